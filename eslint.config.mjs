// ESLint (flat config): typescript-eslint's recommended rules with type information, React hooks rules for the
// pane, and Prettier owning formatting (eslint-config-prettier turns the formatting rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'coverage/', 'scratch/', 'test/fixtures/bad/', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A disable comment must say why (eslint-comments style): enforced in review and by reportUnusedDisableDirectives.
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Plain scripts: Node CommonJS.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The boot script runs in the page, before anything else, in ES5.
    files: ['src/taskpane/boot.js'],
    languageOptions: {
      sourceType: 'script',
      ecmaVersion: 5,
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly' },
    },
  },
  {
    // The WPS add-in's own pages (ribbon callbacks, probe): ES5 scripts whose top-level functions WPS calls by name.
    files: ['src/hosts/wps/addin/*.js'],
    languageOptions: {
      sourceType: 'script',
      ecmaVersion: 5,
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', String: 'readonly' },
    },
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
  prettier,
);
