// Progress lines for the start and test scripts: one clock for the whole run, so slow steps stand out.
const t0 = Date.now()
const seconds = () => `${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s`

export const step = (msg) => console.log(`\x1b[36m[${seconds()}]\x1b[0m ${msg}`)
export const ok = (msg) => console.log(`\x1b[32m[${seconds()}]\x1b[0m ${msg}`)
export const warn = (msg) => console.warn(`\x1b[33m[${seconds()}]\x1b[0m ${msg}`)
export const fail = (msg) => {
  console.error(`\x1b[31m[${seconds()}] ${msg}\x1b[0m`)
  process.exit(1)
}
