const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const reportsDir = process.env.REPORTS_DIR

/** Backend tests: jest, because Medusa's integration test runner is built on jest's globals. */
module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2022" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  // tsconfig.json's `@/*` path alias.
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: ["<rootDir>/integration-tests/**/*.spec.ts", "<rootDir>/src/**/__tests__/**/*.spec.ts"],
  reporters: reportsDir
    ? ["default", ["<rootDir>/integration-tests/json-summary-reporter.js", { file: `${reportsDir}/backend.json` }]]
    : ["default"],
}
