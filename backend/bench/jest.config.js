// Benchmarks run with the test set-up but their own file pattern, so `npm test` never runs them.
const base = require("../jest.config")

module.exports = {
  ...base,
  rootDir: "..",
  testMatch: ["<rootDir>/bench/**/*.bench.ts"],
  reporters: ["default"],
}
