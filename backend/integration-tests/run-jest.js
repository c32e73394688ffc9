// Runs the backend's jest suites one file at a time: each boots a Medusa app on its own database, and the
// machine has two cores. The one worker is replaced once it holds more than the idle-memory limit after a file:
// every booted app leaves some memory behind, and in one process the whole suite ran out of heap.
// Extra arguments go to jest (e.g. a file pattern).
const { spawnSync } = require("node:child_process")

const args = ["--maxWorkers=1", "--workerIdleMemoryLimit=1536MB", "--forceExit", "--silent", ...process.argv.slice(2)]
const result = spawnSync(require.resolve("jest/bin/jest"), args, {
  stdio: "inherit",
  env: {
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
    ...process.env,
    NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=6144",
  },
})
process.exit(result.status ?? 1)
