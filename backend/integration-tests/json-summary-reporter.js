// Writes the pass/fail counts in the same shape as vitest's JSON report, so `npm test` can add them up.
const { mkdirSync, writeFileSync } = require("node:fs")
const { dirname } = require("node:path")

class JsonSummaryReporter {
  constructor(_globalConfig, options) {
    this.file = options.file
  }
  onRunComplete(_contexts, results) {
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileSync(
      this.file,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests + results.numRuntimeErrorTestSuites,
        numPendingTests: results.numPendingTests + results.numTodoTests,
        success: results.success,
      })
    )
  }
}

module.exports = JsonSummaryReporter
