import { describe, expect, it } from 'vitest';
import { packZipName, targetFileName } from './file-names.ts';
import { targetProblems } from './target-problems.ts';
import { COMMON_TARGETS } from './targets.ts';

describe('targets', () => {
  it('ships ten common targets, each a distinct exact size', () => {
    expect(COMMON_TARGETS).toHaveLength(10);
    expect(new Set(COMMON_TARGETS.map((t) => `${t.width}x${t.height}`)).size).toBe(10);
  });

  it('says why a typed target cannot be added', () => {
    expect(targetProblems('Poster', 1200, 1800, COMMON_TARGETS)).toEqual([]);
    expect(targetProblems(' ', 0, 1.5, COMMON_TARGETS)).toEqual([
      'Give the target a name.',
      'The width must be a whole number of pixels from 1 to 8192.',
      'The height must be a whole number of pixels from 1 to 8192.',
    ]);
    expect(targetProblems('Story', 1080, 1920, COMMON_TARGETS)).toEqual([
      'Story at 1080×1920 is in the pack already.',
    ]);
  });

  it('names each file by target and size, and the zip by pack and date', () => {
    const story = COMMON_TARGETS[2]!;
    expect(targetFileName(story)).toBe('story_1080x1920.png');
    expect(targetFileName(story, 'Key visual final.PNG')).toBe('key-visual-final_story_1080x1920.png');
    expect(packZipName('Spring launch / social', new Date(2026, 11, 3, 23, 59).getTime())).toBe(
      'spring-launch-social_2026-12-03.zip',
    );
    expect(packZipName('!!', new Date(2026, 0, 9).getTime())).toBe('deliverables_2026-01-09.zip');
  });
});
