// Runs the backend's jest suites one file at a time: each boots a Medusa app on its own database, and the
// machine has two cores. Extra arguments go to jest (e.g. a file pattern).
const { spawnSync } = require("node:child_process")

const args = ["--runInBand", "--forceExit", "--silent", ...process.argv.slice(2)]
const result = spawnSync(require.resolve("jest/bin/jest"), args, {
  stdio: "inherit",
  env: { MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error", ...process.env, NODE_OPTIONS: "--experimental-vm-modules" },
})
process.exit(result.status ?? 1)
