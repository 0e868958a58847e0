// ESLint flat config (kept in .config/ so the top level stays small; run via `npm run lint`).
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'content/', 'tests/fixtures/', 'tests/.output/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['.config/*.js'] }, tsconfigRootDir: path.resolve(import.meta.dirname, '..') },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Chinese text and its examples carry 全角空格 (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipComments: true, skipRegExps: true, skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['scripts/ingest/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
