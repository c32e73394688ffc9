import { createHmac, timingSafeEqual } from "node:crypto"
import { readEnv } from "../config/env"
import { storefrontUrl } from "./storefront-url"

/**
 * A signed link to one order, for a guest who proved they own its email address (the order lookup emails it).
 * It lasts a day and names the order only; no row stores it.
 */
export const ORDER_LINK_HOURS = 24
const HOUR_MS = 3_600_000

const sign = (secret: string, body: string) => createHmac("sha256", `order-access:${secret}`).update(body).digest("base64url")

export function orderAccessToken(orderId: string, now = new Date(), secret = readEnv().JWT_SECRET): string {
  const body = Buffer.from(JSON.stringify({ o: orderId, x: now.getTime() + ORDER_LINK_HOURS * HOUR_MS })).toString("base64url")
  return `${body}.${sign(secret, body)}`
}

/** True when the token is genuine, unexpired and made for this order. */
export function tokenOpensOrder(token: string, orderId: string, now = new Date(), secret = readEnv().JWT_SECRET): boolean {
  const [body, signature, ...rest] = token.split(".")
  if (!body || !signature || rest.length > 0) return false
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { o?: unknown; x?: unknown }
    return payload.o === orderId && typeof payload.x === "number" && now.getTime() <= payload.x
  } catch {
    return false
  }
}

/** The confirmation page of an order, opened with its signed link. */
export function orderAccessLink(orderId: string, now = new Date()): string {
  return `${storefrontUrl(`/order/confirmed/${encodeURIComponent(orderId)}`)}?access=${orderAccessToken(orderId, now)}`
}
