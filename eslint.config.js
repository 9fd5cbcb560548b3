import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'lib', 'coverage', 'test/output', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Text is text: data never goes through innerHTML or lit's unsafe directives.
      'no-restricted-imports': ['error', { patterns: ['lit/directives/unsafe-*'] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text through lit templates; never innerHTML.' },
        { property: 'outerHTML', message: 'Render text through lit templates; never outerHTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
