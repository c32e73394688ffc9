import { spawn } from "node:child_process"

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(cmd, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let output = ""
    if (quiet) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output)
      else {
        const err = new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})\n${output.slice(-4000)}`)
        err.code = code
        reject(err)
      }
    })
  })
}

/** Starts a long-running service whose output is prefixed with its name. */
export function startService(name, cmd, args, { cwd, env, color = 35 } = {}) {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const prefix = `\x1b[${color}m${name.padEnd(10)}|\x1b[0m `
  const pipe = (stream, out) => {
    let rest = ""
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n")
      rest = lines.pop() ?? ""
      for (const line of lines) out.write(`${prefix + line}\n`)
    })
  }
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
  return child
}

/** Stops a service started with startService, its whole process group, and waits for it. */
export function stopService(child, timeoutMs = 10000) {
  if (!child || child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
      resolve()
    }, timeoutMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      resolve()
    }
  })
}

/** Polls a URL until it answers 200. */
export async function waitForHttp(url, { timeoutMs = 300000, isAlive = () => true } = {}) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (!isAlive()) return false
    try {
      const res = await fetch(url)
      if (res.ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  return false
}
