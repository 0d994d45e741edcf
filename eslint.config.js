import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers: core <- editor <- store <- ui, and platform (browser I/O) <- ui.
// Each layer lists what it must never import; a violation fails `npm run lint`.
const fence = (files, forbidden, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

const ui = ['**/ui/**', 'react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'];
const editor = ['**/editor/**', 'prosemirror-*'];
// The team server runs in Node: nothing in the app imports it.
const server = ['**/server/**', '@hocuspocus/server', '@hocuspocus/extension-*', 'better-sqlite3'];

export default defineConfig([
  globalIgnores(['dist', 'test-results', 'playwright-report', 'reports', 'bench-results', 'node_modules']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  fence(
    ['src/core/**'],
    [...ui, ...editor, ...server, '**/store/**', '**/platform/**', '**/cli/**'],
    'src/core is pure: no DOM, React, ProseMirror, store or platform imports.',
  ),
  fence(
    ['src/editor/**'],
    [...ui, ...server, '**/store/**', '**/platform/**', '**/cli/**'],
    'src/editor may import core and ProseMirror only.',
  ),
  fence(
    ['src/store/**'],
    ['**/ui/**', 'react', 'react-dom', ...server, '**/platform/**', '**/cli/**'],
    'src/store may import core and editor only.',
  ),
  fence(
    ['src/platform/**'],
    [...ui, ...editor, ...server, '**/store/**', '**/cli/**'],
    'src/platform (browser I/O) may import core only.',
  ),
  fence(
    ['src/cli/**'],
    [...ui, ...editor, ...server, '**/store/**', '**/platform/**'],
    'src/cli runs in Node on the pure core only.',
  ),
  fence(
    ['src/ui/**', 'src/*.{ts,tsx}'],
    server,
    'The team server (src/server) runs in Node; the app never imports it.',
  ),
  fence(
    ['src/server/**'],
    [...ui, ...editor, '**/store/**', '**/platform/**', '**/cli/**'],
    'src/server (the team server, Node) may import core only.',
  ),
]);
