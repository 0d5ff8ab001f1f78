/** The pack planner and the compare worker's frame cutter as the studio ships them, for a bench page. */
export { cutFrames } from '../../src/features/compare/compose-result.ts';
export { COMMON_TARGETS } from '../../src/features/packs/targets.ts';
export { planPicture } from '../../src/features/packs/work.ts';
