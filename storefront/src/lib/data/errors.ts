import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { notFound, unstable_rethrow } from "next/navigation"

/** The backend did not answer, or answered with a server error: worth retrying later. */
export class BackendUnavailableError extends Error {
  override name = "BackendUnavailableError"
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/**
 * The backend rejected the request: a bad key or query (a bug), or a rule the customer ran into ("that
 * delivery interval is not offered"). `detail` is the backend's own message, written for people.
 */
export class BackendRequestError extends Error {
  override name = "BackendRequestError"
  readonly detail: string
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown; detail?: string }
  ) {
    super(message, options)
    this.detail = options?.detail ?? ""
  }
}

/** The request needs a logged-in customer and there is none, or the login has expired. */
export class NotAuthenticatedError extends Error {
  override name = "NotAuthenticatedError"
  constructor(message = "A customer login is needed for this request.") {
    super(message)
  }
}

/** What the customer asked for does not exist in the catalog. Pages turn it into a 404 with orNotFound(). */
export class NotFoundError extends Error {
  override name = "NotFoundError"
  constructor(readonly resource: string) {
    super(`${resource} was not found`)
  }
}

/** The backend answers, but lacks set-up the storefront relies on (e.g. a region for the default country). */
export class StoreConfigurationError extends Error {
  override name = "StoreConfigurationError"
}

/**
 * Turns whatever the js-sdk threw into one of the typed errors above. `action` says what the storefront
 * was doing, for the log line a person will read.
 */
export function toBackendError(error: unknown, action: string, resource = action): Error {
  if (error instanceof FetchError) {
    const status = error.status ?? 0
    if (status === 404) return new NotFoundError(resource)
    if (status >= 500 || status === 0) {
      return new BackendUnavailableError(`The shop backend failed while ${action} (HTTP ${status}).`, status, {
        cause: error,
      })
    }
    return new BackendRequestError(`The shop backend rejected ${action}: ${error.message} (HTTP ${status}).`, status, {
      cause: error,
      detail: error.message,
    })
  }
  // fetch() rejects with a TypeError when the connection fails (refused, DNS, reset).
  if (error instanceof TypeError) {
    return new BackendUnavailableError(`The shop backend could not be reached while ${action}.`, undefined, {
      cause: error,
    })
  }
  return error instanceof Error ? error : new Error(String(error))
}

/** Awaits a data call and renders the nearest not-found page when the thing does not exist. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending
  } catch (error) {
    if (error instanceof NotFoundError) notFound()
    throw error
  }
}

/** Awaits a data call and gives null when the thing does not exist, for callers that only decorate a page. */
export async function nullIfNotFound<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending
  } catch (error) {
    if (error instanceof NotFoundError) return null
    throw error
  }
}

const UNAVAILABLE = "Our shop isn't answering right now. Please try again in a minute."
const GENERIC = "Something went wrong on our side. Please try again."

/**
 * What to tell a customer about a failed request: one sentence a person understands, never a stack trace,
 * an HTTP status or an internal id. Rules the backend enforces come with their own readable message.
 */
export function customerMessage(error: unknown, fallback = GENERIC): string {
  if (error instanceof NotAuthenticatedError) return "Please log in to continue."
  if (error instanceof BackendUnavailableError) return UNAVAILABLE
  if (error instanceof NotFoundError) return `${error.resource} could not be found. It may have been removed.`
  if (error instanceof BackendRequestError) return asSentence(error.detail) ?? fallback
  return fallback
}

// Backend messages are sentences already; a few lack the capital or the full stop.
function asSentence(text: string): string | null {
  const trimmed = text.trim()
  // A message that looks like code (a stack line, JSON, an SQL error) is not for customers.
  if (!trimmed || trimmed.length > 300 || /\bat\s+\S+\s+\(|[{}]|\bSELECT\b|\bundefined\b|Error:/.test(trimmed)) return null
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`
}

/** Awaits a call that only decorates a page; a failure is logged and the page renders without it. */
export async function orFallback<T>(pending: Promise<T>, fallback: T, what: string): Promise<T> {
  try {
    return await pending
  } catch (error) {
    // Next's own signals (a redirect, "this page is dynamic") are not failures to hide.
    unstable_rethrow(error)
    console.error(`Rendering without ${what}:`, error instanceof Error ? error.message : error)
    return fallback
  }
}
