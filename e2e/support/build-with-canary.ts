/**
 * Builds the production bundle with canary keys in the environment, so the e2e check that
 * the bundle holds no key means something: a key present at build time must not leak in.
 */
import { execFileSync } from 'node:child_process';
import { CANARY } from './env.ts';

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, ONEMIN_API_KEY: CANARY.onemin, GPTIMAGEAPI_API_KEY: CANARY.gptimageapi },
});
