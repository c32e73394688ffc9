import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { notFound } from "next/navigation"

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

/** The backend rejected the request (bad key, bad query): a bug or misconfiguration, not an outage. */
export class BackendRequestError extends Error {
  override name = "BackendRequestError"
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
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
