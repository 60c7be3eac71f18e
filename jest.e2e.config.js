/**
 * End-to-end tests: dist/ served on a free localhost port (globalSetup), pages driven in Debian's Chromium through
 * playwright-core. Run with `npm run test:e2e` (builds dist/ first when missing).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.js",
  globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.js",
  testTimeout: 60000,
  maxWorkers: 1,
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
};
