import { createServer, request as httpRequest, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A pass-through in front of the backend that notes every request the storefront's server makes, so tests can
 * tell a page served from cache (no backend request) from one rendered again. Its own log is at
 * GET /__e2e/requests (never forwarded).
 */
export interface RequestLog {
  url: string
  stop: () => Promise<void>
}

export const REQUEST_LOG_PATH = "/__e2e/requests"

export async function startRequestLog(target: string): Promise<RequestLog> {
  const upstream = new URL(target)
  const seen: { method: string; path: string; at: number }[] = []
  const server: Server = createServer((req, res) => {
    if (req.url === REQUEST_LOG_PATH) {
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify(seen))
      return
    }
    seen.push({ method: req.method ?? "GET", path: req.url ?? "/", at: Date.now() })
    const forward = httpRequest(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on("error", () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The backend requests the storefront has made so far. */
export async function backendRequests(logUrl: string): Promise<{ method: string; path: string }[]> {
  return (await fetch(`${logUrl}${REQUEST_LOG_PATH}`)).json() as Promise<{ method: string; path: string }[]>
}
