import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// C0 controls and DEL; a body may still carry tab, newline and carriage return (Markdown, comments).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL_IN_ADDRESS = /[\u0000-\u001F\u007F]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** Deeper than any shape the shop accepts; a guard against stack-heavy bodies, not a schema. */
export const MAX_BODY_DEPTH = 32
const PAGING_PARAMS = ["offset", "limit"]
/**
 * Longer than any text a shopper sends (an address line, a comment, a token). Only the admin writes long text
 * (guide bodies), so only customer-facing routes carry this cap; without it Medusa stores a 20 KB "email".
 */
export const MAX_SHOPPER_TEXT_LENGTH = 4000
const SHOPPER_ROUTES = /^\/(store|auth)(\/|$)/

/** Why a string cannot be stored or looked up, or null when it is fine. */
function problemWith(text: string, controls: RegExp): string | null {
  if (text.includes("\u0000")) return "contains a NUL character"
  if (controls.test(text)) return "contains a control character"
  if (LONE_SURROGATE.test(text)) return "contains an unpaired UTF-16 surrogate (not valid Unicode)"
  return null
}

interface Limits {
  controls: RegExp
  maxLength: number
}

function checkValue(value: unknown, where: string, limits: Limits, depth: number): string | null {
  if (depth > MAX_BODY_DEPTH) return `${where} is nested more than ${MAX_BODY_DEPTH} levels deep`
  if (typeof value === "string") {
    if (value.length > limits.maxLength) return `${where} is longer than ${limits.maxLength} characters`
    const problem = problemWith(value, limits.controls)
    return problem && `${where} ${problem}`
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = checkValue(value[i], `${where}[${i}]`, limits, depth + 1)
      if (problem) return problem
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const keyProblem = problemWith(key, CONTROL_IN_ADDRESS)
      if (keyProblem) return `a field name in ${where} ${keyProblem}`
      const problem = checkValue(inner, `${where}.${key}`, limits, depth + 1)
      if (problem) return problem
    }
  }
  return null
}

/** What is wrong with a request's path, query or body before any handler or database sees it; null when nothing. */
export function malformedInputProblem(req: Pick<MedusaRequest, "path" | "query" | "body">): string | null {
  for (const segment of req.path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return "The address contains a malformed percent-encoding (it is not valid UTF-8)"
    }
    const problem = problemWith(decoded, CONTROL_IN_ADDRESS)
    if (problem) return `The address ${problem}`
  }
  const maxLength = SHOPPER_ROUTES.test(req.path) ? MAX_SHOPPER_TEXT_LENGTH : Number.POSITIVE_INFINITY
  const queryProblem = checkValue(req.query ?? {}, "query", { controls: CONTROL_IN_ADDRESS, maxLength }, 0)
  if (queryProblem) return `The ${queryProblem.replace(/^query\./, "query parameter ")}`
  for (const name of PAGING_PARAMS) {
    const raw = (req.query as Record<string, unknown> | undefined)?.[name]
    if (raw === undefined) continue
    if (typeof raw !== "string" || !/^\d{1,9}$/.test(raw.trim())) {
      return `The query parameter ${name} must be a whole number from 0 to 999999999`
    }
  }
  const bodyProblem = checkValue(req.body, "body", { controls: CONTROL_IN_TEXT, maxLength }, 0)
  return bodyProblem && `The request ${bodyProblem.replace(/^body\./, "field ")}`
}

/** Turns malformed input into a 400 that says what is wrong, for every route, Medusa's own included. */
export function rejectMalformedInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = malformedInputProblem(req)
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  next()
}
