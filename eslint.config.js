// Lint rules that keep the architecture visible: which runtime each folder may touch.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist-main/', 'dist-renderer/', 'release/', 'test-artifacts/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The contract and domain code is shared by both processes: pure TypeScript only.
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'kysely', 'undici', 'exceljs', 'cheerio'].map((name) => ({
          name,
          message: 'src-shared es TypeScript puro: sin Node, Electron, DOM ni dependencias de un proceso.',
        })),
        patterns: [{ group: ['**/src-main/**', '**/src-renderer/**', '../src-main/*', '../src-renderer/*'], message: 'src-shared no importa de los procesos.' }],
      }],
    },
  },
  {
    // The renderer only talks to the main process through the contract client.
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely'].map((name) => ({ name, message: 'El renderer no usa APIs del proceso principal.' })),
        patterns: [{ group: ['**/src-main/**', '**/src-main'], message: 'src-renderer nunca importa src-main: use el cliente del contrato.' }],
      }],
    },
  },
);
