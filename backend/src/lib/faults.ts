/**
 * Fault injection for the renewal tests: named points in the renewal path where a test makes the process
 * throw, or (in a child process, through TEST_KILL_AT) die on the spot with SIGKILL, as a crash or an
 * out-of-memory kill would. Inert in production.
 */
type FaultHook = (detail: Record<string, unknown>) => void | Promise<void>

const hooks = new Map<string, FaultHook>()
let killCounts = new Map<string, number>()

export type FaultPoint = "renewal:order-created" | "renewal:payment-authorized" | "renewal:before-complete"

/** Tests only: runs `hook` whenever the renewal path passes `point`; returns the function that removes it. */
export function injectFault(point: FaultPoint, hook: FaultHook): () => void {
  hooks.set(point, hook)
  return () => {
    if (hooks.get(point) === hook) hooks.delete(point)
  }
}

/**
 * Marks a point in the renewal path. TEST_KILL_AT="<point>:<n>" kills the process the n-th time it passes
 * that point, so a test can stop a worker between two steps with nothing cleaned up.
 */
export async function faultPoint(point: FaultPoint, detail: Record<string, unknown> = {}): Promise<void> {
  if (process.env.NODE_ENV === "production") return
  const kill = process.env.TEST_KILL_AT
  if (kill) {
    const [at, n] = [kill.slice(0, kill.lastIndexOf(":")), Number(kill.slice(kill.lastIndexOf(":") + 1))]
    if (at === point) {
      const seen = (killCounts.get(point) ?? 0) + 1
      killCounts.set(point, seen)
      if (seen >= n) process.kill(process.pid, "SIGKILL")
    }
  }
  await hooks.get(point)?.(detail)
}

/** Tests only: forgets every hook and kill count. */
export function clearFaults() {
  hooks.clear()
  killCounts = new Map()
}
