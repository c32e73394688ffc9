import { ServerResponse } from "node:http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The API never serves a page to frame or a file to sniff; nor does it say what it is built with. */
export const BACKEND_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
}

/** Sets the headers on a response that has not been sent yet; a header a route chose itself is kept. */
function applySecurityHeaders(res: ServerResponse) {
  if (res.headersSent) return
  res.removeHeader("X-Powered-By")
  for (const [name, value] of Object.entries(BACKEND_SECURITY_HEADERS)) {
    if (!res.hasHeader(name)) res.setHeader(name, value)
  }
}

let installed = false

/**
 * Every response of this process carries the headers, including the ones Medusa answers before any of the
 * shop's middlewares can run (a refused login, a missing publishable key, the admin dashboard's files): the
 * headers are added when the response writes its head. Called once from medusa-config.
 */
export function installSecurityHeaders() {
  if (installed) return
  installed = true
  const writeHead = ServerResponse.prototype.writeHead
  ServerResponse.prototype.writeHead = function writeHeadWithSecurityHeaders(this: ServerResponse, ...args: unknown[]) {
    applySecurityHeaders(this)
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args)
  } as typeof writeHead
}

export function setSecurityHeaders(req: MedusaRequest, res: MedusaResponse) {
  req.app?.disable("x-powered-by")
  if (res.headersSent) return
  res.removeHeader("X-Powered-By")
  for (const [name, value] of Object.entries(BACKEND_SECURITY_HEADERS)) res.setHeader(name, value)
}

export function sendSecurityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  setSecurityHeaders(req, res)
  next()
}
