import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { timingSafeEqual } from "node:crypto"
import { readEnv, type BackendEnv } from "../../config/env"
import { rateLimits, type RateLimitedAction, type RateLimitScope } from "./rate-limit-config"

type Limiters = Record<RateLimitedAction, Record<RateLimitScope, RateLimiterAbstract>>
let limiters: Limiters | null = null
let redis: Redis | null = null

/**
 * One limiter per action and scope: in Redis when REDIS_URL is set, so every server process counts together;
 * in memory otherwise, where one process serves every request.
 */
function buildLimiters(): Limiters {
  const env = readEnv()
  const limits = rateLimits(env.RATE_LIMITS, env.RATE_LIMIT_MULTIPLIER)
  if (env.REDIS_URL && !redis) redis = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  const make = (action: RateLimitedAction, scope: RateLimitScope): RateLimiterAbstract => {
    const options = {
      keyPrefix: `${env.RATE_LIMIT_PREFIX}:${action}:${scope}`,
      points: limits[action][scope].points,
      duration: limits[action][scope].seconds,
    }
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options)
  }
  return Object.fromEntries(
    Object.keys(limits).map((action) => [
      action,
      { ip: make(action as RateLimitedAction, "ip"), key: make(action as RateLimitedAction, "key") },
    ])
  ) as Limiters
}

export function rateLimiters(): Limiters {
  limiters ??= buildLimiters()
  return limiters
}

/** Headers the storefront's server sends with a shopper's form: whose address it is, and proof it is the storefront. */
export const STOREFRONT_CLIENT_IP_HEADER = "x-storefront-client-ip"
export const STOREFRONT_SECRET_HEADER = "x-storefront-secret"

function isStorefront(req: Pick<MedusaRequest, "headers">, secret: string | undefined): boolean {
  const given = req.headers[STOREFRONT_SECRET_HEADER]
  if (!secret || typeof given !== "string") return false
  const [a, b] = [Buffer.from(given), Buffer.from(secret)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The client's address. The storefront's server posts every shopper's form, so it names the shopper's address,
 * proven with the secret it shares with the backend (REVALIDATE_SECRET). Medusa trusts one proxy hop, which
 * lets a client with no proxy in front name any address in X-Forwarded-For; so otherwise the socket's address
 * counts, unless TRUST_PROXY_HOPS says how many proxies to trust.
 */
export function clientIp(
  req: Pick<MedusaRequest, "headers" | "socket">,
  env: Pick<BackendEnv, "TRUST_PROXY_HOPS" | "REVALIDATE_SECRET"> = readEnv()
): string {
  const named = req.headers[STOREFRONT_CLIENT_IP_HEADER]
  if (typeof named === "string" && named && isStorefront(req, env.REVALIDATE_SECRET)) return named.slice(0, 64)
  const trustedHops = env.TRUST_PROXY_HOPS
  const socketAddress = req.socket?.remoteAddress ?? "unknown"
  if (trustedHops <= 0) return socketAddress
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean)
  return forwarded[forwarded.length - trustedHops] ?? forwarded[0] ?? socketAddress
}

/**
 * Counts a request against its client address and, when `keyOf` names one, its account or email address.
 * Over either limit: 429 with Retry-After, and the route never runs.
 */
export function rateLimit(action: RateLimitedAction, keyOf?: (req: MedusaRequest) => string | null | undefined) {
  return async function limitRate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const { ip, key } = rateLimiters()[action]
    const subject = keyOf?.(req)
    const results = await Promise.allSettled([
      ip.consume(clientIp(req)),
      ...(typeof subject === "string" && subject ? [key.consume(subject.trim().toLowerCase().slice(0, 320))] : []),
    ])
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []))
    const error = refused.find((r) => !(r instanceof RateLimiterRes))
    if (error) return next(error)
    if (refused.length === 0) return next()
    const retryAfter = Math.max(1, Math.ceil(Math.max(...refused.map((r: RateLimiterRes) => r.msBeforeNext)) / 1000))
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many attempts. Please wait ${retryAfter} seconds and try again.`,
    })
  }
}

/**
 * Resolves once the limiters' Redis connection is up (at once without REDIS_URL). Until then each process counts
 * in its own memory (the insurance limiter), so tests of the shared count wait for it.
 */
export async function rateLimitStoreReady(timeoutMs = 5000): Promise<void> {
  rateLimiters()
  const client = redis
  if (!client || client.status === "ready") return
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis for the rate limits is not ready after ${timeoutMs} ms`)), timeoutMs)
    client.once("ready", () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** Drops the Redis connection, for a clean exit of tests and scripts. */
export async function closeRateLimiters() {
  await redis?.quit().catch(() => undefined)
  redis = null
  limiters = null
}
