// Lint rules: the recommended sets, type-aware for TypeScript, plus the architecture's purity rules for the engine.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/e2e/artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The rules, the AI and the analysis must be deterministic and free of the browser (architecture.md).
    files: ['src/scenario/**/*.ts', 'src/engine/**/*.ts', 'src/analysis/**/*.ts', 'src/replay/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: "Use the game state's seeded RNG." },
        { object: 'Date', property: 'now', message: 'The rules never read the clock.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['phaser', 'zustand', 'zustand/*', '**/game/**', '**/store/**', '**/ui/**'] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
