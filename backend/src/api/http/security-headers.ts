import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The API never serves a page to frame or a file to sniff; nor does it say what it is built with. */
export const BACKEND_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
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
