// One linter. Beyond the TypeScript rules it holds the arrows of the design (README "Layout"):
// the engine touches neither DOM-side code nor the extension; popup and content script never import each other.
import tseslint from 'typescript-eslint';

const noExtension = { group: ['webextension-polyfill'], message: 'Only src/browser.ts touches the extension API.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', '.cache/**', 'scripts/_*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noExtension] }],
    },
  },
  {
    files: ['src/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The linked-source matcher is pure too (strings in, a verdict out).
    files: ['src/analysis/**', 'src/linkcheck/match/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        noExtension,
        { group: ['**/page/**', '**/ui/**', '**/browser', '**/messages', 'preact', 'preact/*', 'jsdom', 'node:*'],
          message: 'src/analysis is pure: no DOM, no UI, no extension, no Node.' },
      ] }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'chrome', 'browser', 'Node', 'Element'],
    },
  },
  {
    // Issue 10: the engine stays small modules with short functions (counting every line, comments too).
    files: ['src/analysis/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    // The ledger's matching and storage: no DOM, no extension API (its IndexedDB comes from the context it runs in).
    files: ['src/ledger/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        noExtension,
        { group: ['**/browser', '**/messages', '**/content-scripts/**', '**/popup/**', 'preact', 'preact/*', 'jsdom'],
          message: 'src/ledger is pure: matching and storage only, no DOM, no UI, no extension.' },
      ] }],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'Node', 'Element'],
    },
  },
  {
    files: ['src/page/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        noExtension,
        { group: ['**/browser', '**/content-scripts/**', '**/popup/**'], message: 'src/page and src/ui stay free of the extension.' },
      ] }],
    },
  },
  {
    files: ['src/extension-pages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noExtension, { group: ['**/content-scripts/**', '../../../popup/**'], message: 'The extension pages use src/ only.' }] }] },
  },
  {
    files: ['popup/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noExtension, { group: ['**/content-scripts/**'], message: 'The popup talks to the content script through src/messages.ts only.' }] }] },
  },
  {
    files: ['content-scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noExtension, { group: ['**/popup/**'], message: 'The content script talks to the popup through src/messages.ts only.' }] }] },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
