// Lint rules. The import boundaries keep the domain core pure: see docs/ARCHITECTURE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const coreBoundary =
  'src/core is pure domain logic: it may not import from client, server or content, nor use React, Node or the browser. Pass what it needs (time, locale, data) as parameters.';

export default tseslint.config(
  {
    ignores: [
      '.tmp',
      'dist',
      'node_modules',
      'bench/node_modules',
      'test-results',
      'playwright-report',
      'data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', 'node:*', 'better-sqlite3', 'pg', 'kysely', 'hono'],
              message: 'The browser app may not import server code or Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/client/**', 'react', 'react-dom'],
              message: 'The server may not import browser code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**', '**/server/**', '**/content/**'], message: coreBoundary },
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'hono',
                'hono/*',
                'kysely',
                'pg',
                'better-sqlite3',
                'node:*',
              ],
              message: coreBoundary,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: coreBoundary },
        { name: 'document', message: coreBoundary },
        { name: 'localStorage', message: coreBoundary },
        { name: 'fetch', message: coreBoundary },
        { name: 'process', message: coreBoundary },
        { name: 'crypto', message: coreBoundary },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: coreBoundary },
        { object: 'Math', property: 'random', message: coreBoundary },
      ],
    },
  },
);
