/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
  // The zip backend Node uses (yauzl + zlib); tests of the browser's (fflate) set it themselves.
  setupFiles: ['<rootDir>/test/zipBackend.ts'],
  // The CLI tests spawn bin/roadmap.js over lib/: build it when the sources are newer.
  globalSetup: '<rootDir>/test/cli/buildCli.ts',
};
