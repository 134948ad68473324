/** Behaviour tests load the compiled package from dist/ (as n8n does), so `npm test` builds first
 * (in its own script: `ignore-scripts` in .npmrc also skips npm's pre-scripts). */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
