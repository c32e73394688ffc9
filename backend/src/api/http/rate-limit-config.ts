/**
 * How often one visitor (by IP) and one account or address may use each form that strangers could abuse,
 * as points per window. RATE_LIMITS overrides any of them ("login.ip=30/600,newsletter.address=3/3600");
 * RATE_LIMIT_MULTIPLIER scales every limit (tests and benchmarks send many requests from one address).
 */
export const RATE_LIMITED_ACTIONS = [
  "login",
  "registration",
  "password_reset",
  "newsletter",
  "back_in_stock",
  "feedback",
  "order_lookup",
] as const
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number]
/** "ip": one client address; "key": one account or email address (login, sign-up, lookup…). */
export type RateLimitScope = "ip" | "key"

export interface Limit {
  points: number
  seconds: number
}

const MINUTE = 60
const HOUR = 60 * MINUTE

export const DEFAULT_RATE_LIMITS: Record<RateLimitedAction, Record<RateLimitScope, Limit>> = {
  login: { ip: { points: 30, seconds: 10 * MINUTE }, key: { points: 10, seconds: 15 * MINUTE } },
  registration: { ip: { points: 10, seconds: HOUR }, key: { points: 5, seconds: HOUR } },
  password_reset: { ip: { points: 10, seconds: HOUR }, key: { points: 3, seconds: HOUR } },
  newsletter: { ip: { points: 10, seconds: HOUR }, key: { points: 3, seconds: HOUR } },
  back_in_stock: { ip: { points: 20, seconds: HOUR }, key: { points: 5, seconds: HOUR } },
  feedback: { ip: { points: 30, seconds: HOUR }, key: { points: 10, seconds: HOUR } },
  order_lookup: { ip: { points: 10, seconds: HOUR }, key: { points: 5, seconds: HOUR } },
}

const OVERRIDE = /^([a-z_]+)\.(ip|key)=(\d+)\/(\d+)$/

/** The limits in force: defaults, then RATE_LIMITS overrides, all scaled by the multiplier. */
export function rateLimits(overrides = "", multiplier = 1): Record<RateLimitedAction, Record<RateLimitScope, Limit>> {
  const limits = structuredClone(DEFAULT_RATE_LIMITS)
  for (const entry of overrides
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = OVERRIDE.exec(entry)
    const action = match?.[1] as RateLimitedAction | undefined
    if (!match || !action || !RATE_LIMITED_ACTIONS.includes(action)) {
      throw new Error(
        `RATE_LIMITS: "${entry}" is not <action>.<ip|key>=<points>/<seconds> with an action of ${RATE_LIMITED_ACTIONS.join(", ")}`
      )
    }
    limits[action][match[2] as RateLimitScope] = { points: Number(match[3]), seconds: Number(match[4]) }
  }
  for (const action of RATE_LIMITED_ACTIONS) {
    for (const scope of ["ip", "key"] as const)
      limits[action][scope].points = Math.max(1, Math.round(limits[action][scope].points * multiplier))
  }
  return limits
}
