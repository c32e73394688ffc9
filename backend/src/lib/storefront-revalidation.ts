import type { Logger } from "@medusajs/framework/types"
import { readEnv } from "../config/env"
import { REVALIDATE_MAX_TAGS } from "@biome/shared"

export interface RevalidationTarget {
  /** The storefront's revalidation endpoint, e.g. https://shop.example/api/revalidate. */
  url: string
  secret: string
}

/** Where to ask the storefront to refresh its cache; null (do nothing) when REVALIDATE_SECRET is unset. */
export function revalidationTarget(env: {
  STOREFRONT_URL: string
  STOREFRONT_INTERNAL_URL?: string | undefined
  REVALIDATE_SECRET?: string | undefined
}): RevalidationTarget | null {
  if (!env.REVALIDATE_SECRET) return null
  const base = env.STOREFRONT_INTERNAL_URL ?? env.STOREFRONT_URL
  return { url: new URL("/api/revalidate", base).toString(), secret: env.REVALIDATE_SECRET }
}

const REQUEST_TIMEOUT_MS = 3_000
/** One admin save emits a burst of events (product, variants, prices); they become one request. */
const GATHER_MS = 200

/**
 * Tells the storefront which cache tags are stale. Never throws: the storefront being down must not fail
 * anything in the backend, so a failed request is a warning and the page refreshes on its own timer.
 */
export async function postRevalidation(target: RevalidationTarget, tags: string[], logger: Logger): Promise<boolean> {
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": target.secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    if (response.ok) return true
    logger.warn(`Storefront revalidation of ${tags.join(", ")} answered ${response.status} from ${target.url}`)
  } catch (error) {
    logger.warn(`Storefront revalidation of ${tags.join(", ")} failed (${target.url}): ${(error as Error).message}`)
  }
  return false
}

/** Gathers the tags of a burst of changes and sends them in one request. */
export class StorefrontRevalidator {
  private pending = new Set<string>()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly target: RevalidationTarget,
    private readonly logger: Logger
  ) {}

  revalidate(tags: string[]) {
    if (tags.length === 0) return
    for (const tag of tags) this.pending.add(tag)
    if (this.timer) return
    this.timer = setTimeout(() => void this.flush(), GATHER_MS)
    this.timer.unref()
  }

  private async flush() {
    const tags = [...this.pending].sort()
    this.pending.clear()
    this.timer = null
    // The storefront refuses a request with more tags than it takes (a batch edit of 100+ products).
    for (let start = 0; start < tags.length; start += REVALIDATE_MAX_TAGS) {
      await postRevalidation(this.target, tags.slice(start, start + REVALIDATE_MAX_TAGS), this.logger)
    }
  }
}

let revalidator: StorefrontRevalidator | null | undefined

/**
 * The process's revalidator, made on first use from the environment validated at start-up (by then the
 * config has loaded, so readEnv cannot fail here); null when revalidation is switched off.
 */
export function storefrontRevalidator(logger: Logger): StorefrontRevalidator | null {
  if (revalidator === undefined) {
    const target = revalidationTarget(readEnv())
    revalidator = target ? new StorefrontRevalidator(target, logger) : null
  }
  return revalidator
}
