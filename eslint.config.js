import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A feature is reached from outside only through its index.ts (or index.lazy.ts, the parts it
 * offers to lazy chunks only). Relative imports that climb
 * out of a feature `depth` folders deep and into another feature's inner file are refused.
 */
const featureBoundary = (depth) => ({
  files: [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth}}(?!\\.)[^/]+/(?!index(\\.lazy)?\\.ts$)`,
            message: 'Import another feature only through its index.ts (src/features/<name>/index.ts).',
          },
          BROWSER_ONLY,
          CLASSIC_ZOD,
        ],
      },
    ],
  },
});

const BROWSER_ONLY = {
  group: ['**/server/**', 'node:*', 'sharp', 'hono*', '@hono/*'],
  message: 'Browser code must not import Node or server modules.',
};

/** Classic zod is 90 KiB in the first chunk; zod/mini is a third of it and the server's zod reads it. */
const CLASSIC_ZOD = {
  regex: '^zod$',
  message: "Browser code imports zod as `import * as z from 'zod/mini'`.",
};

/**
 * Rooms depend one way. The low rooms keep the studio's data (and the panels that show only
 * their own) and read only each other, catalog, wire, api and ui; every other room composes
 * them and may read any room below it. A new feature is a composing room unless listed here.
 */
const LOW_ROOMS = [
  'providers',
  'settings',
  'document',
  'source',
  'mask',
  'history',
  'compare',
  'library',
  'session',
];
const ROOMS_WITHOUT_CYCLES = {
  files: ['src/**/*.{ts,tsx}'],
  // No module imports a test, so a test is never part of a cycle.
  ignores: ['**/*.test.{ts,tsx}'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.tsx'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    // Imports name their files with extensions and no path aliases: the plain resolver finds them.
    'import-x/resolver-next': [createNodeResolver()],
  },
  rules: {
    // An import cycle through any number of files is refused.
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: LOW_ROOMS.map((room) => `./src/features/${room}`),
            from: [`./src/features/!(${LOW_ROOMS.join('|')})/**`, './src/app/**', './src/*.tsx'],
            message:
              'A low room reads only low rooms (LOW_ROOMS in eslint.config.js), never one that composes.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/.artifacts', 'bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            BROWSER_ONLY,
            CLASSIC_ZOD,
            {
              regex: '^\\./features/[^/]+/(?!index(\\.lazy)?\\.ts$)',
              message: 'Import a feature only through its index.ts (src/features/<name>/index.ts).',
            },
          ],
        },
      ],
    },
  },
  featureBoundary(1),
  featureBoundary(2),
  featureBoundary(3),
  ROOMS_WITHOUT_CYCLES,
);
