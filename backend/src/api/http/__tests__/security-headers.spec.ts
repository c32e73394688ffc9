import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { installSecurityHeaders } from "../security-headers"

describe("security headers on every response of the backend process", () => {
  it("go with an answer written straight to the socket, before any middleware, and keep a route's own choice", async () => {
    installSecurityHeaders()
    const server = createServer((req, res) => {
      if (req.url === "/own") res.setHeader("Content-Security-Policy", "default-src 'none'")
      res.setHeader("X-Powered-By", "Express")
      res.writeHead(401, { "Content-Type": "application/json" }).end('{"message":"Unauthorized"}')
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const refused = await fetch(`${base}/admin/products`)
      expect(refused.status).toBe(401)
      expect(refused.headers.get("x-content-type-options")).toBe("nosniff")
      expect(refused.headers.get("content-security-policy")).toBe("frame-ancestors 'none'")
      expect(refused.headers.get("x-powered-by")).toBeNull()
      const own = await fetch(`${base}/own`)
      expect(own.headers.get("content-security-policy")).toBe("default-src 'none'")
    } finally {
      server.close()
    }
  })
})
