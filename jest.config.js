/** Unit and integration tests (node; component tests opt into jsdom with a docblock). */
module.exports = {
  testEnvironment: "node",
  // A ceiling, not a speed goal: workbook round trips (ExcelJS, LibreOffice, worker threads) take seconds on a busy
  // 2-core machine, and a hung test should still end the run. Speed is measured by `npm run bench`, never here.
  testTimeout: 30_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          jsx: "react-jsx",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
};
