import {
  errorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CONFLICT_WITH_REASON } from "../../lib/error-codes"
import { setSecurityHeaders } from "./security-headers"

// PostgreSQL's classes for data it cannot take (22: data exception) and a NUL in a bound parameter (08P01).
const BAD_DATA_SQLSTATE = /^(22[0-9A-Z]{3}|08P01)$/

type ErrorLike = { name?: string; code?: unknown; status?: unknown; statusCode?: unknown; type?: unknown; message?: string }

/** The 4xx a fault caused by the request itself deserves (status and message), or null for a real fault. */
export function requestFault(err: unknown): { status: number; message: string } | null {
  const e = (err ?? {}) as ErrorLike
  if (err instanceof URIError) return { status: 400, message: "The address contains a malformed percent-encoding" }
  const status = typeof e.status === "number" ? e.status : typeof e.statusCode === "number" ? e.statusCode : null
  // body-parser and Express: malformed JSON, an unknown charset, a body over the size limit.
  if (status !== null && status >= 400 && status < 500) {
    if (status === 413) return { status, message: "The request body is too large" }
    if (e.type === "entity.parse.failed") return { status: 400, message: "The request body is not valid JSON" }
    if (e.type === "encoding.unsupported" || e.type === "charset.unsupported") {
      return { status: 415, message: "The request body's encoding is not supported; send UTF-8" }
    }
    return { status, message: e.message ?? "The request is not valid" }
  }
  const sqlState = typeof e.code === "string" ? e.code : (e as { sqlState?: unknown }).sqlState
  if (typeof sqlState === "string" && BAD_DATA_SQLSTATE.test(sqlState)) {
    return { status: 400, message: "A value in the request cannot be stored or searched for (out of range or not valid text)" }
  }
  return null
}

/**
 * The one error path for every route, Medusa's own included: input the request got wrong is a 4xx that says
 * what; a real fault is a 500 logged with its request id, and the answer names only that id.
 */
export function shopErrorHandler() {
  const medusaHandler = errorHandler()
  return function handleShopError(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    // Medusa's own checks (publishable key, auth) refuse before the global middlewares run.
    setSecurityHeaders(req, res)
    const fault = requestFault(err)
    if (fault) {
      const type = fault.status === 400 ? MedusaError.Types.INVALID_DATA : "invalid_request_error"
      res.status(fault.status).json({ type, message: fault.message })
      return
    }
    const { type, code, message } = (err ?? {}) as ErrorLike
    if (type === MedusaError.Types.CONFLICT && code === CONFLICT_WITH_REASON) {
      res.status(409).json({ type, message })
      return
    }
    const { statusCode } = getHttpResponseFromError(err as Error)
    if (statusCode < 500) return medusaHandler(err as Error, req, res, next)

    const requestId = (req as MedusaRequest & { requestId?: string }).requestId ?? "-"
    const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
    logger.error(`Request ${requestId} (${req.method} ${req.path.slice(0, 200)}) failed: ${(err as Error)?.stack ?? String(err)}`)
    if (res.headersSent) return
    res.status(500).json({
      type: "unknown_error",
      code: "unknown_error",
      message: `Something went wrong on our side. If it happens again, please quote request ${requestId}.`,
      request_id: requestId,
    })
  }
}
