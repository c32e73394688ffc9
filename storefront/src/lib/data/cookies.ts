import "server-only"
import { cookies } from "next/headers"
import { siteUrl } from "@/lib/env"

/**
 * The visitor's own state: the customer's login token, the cart, the order just placed. httpOnly so no
 * script (ours or injected) can read them; read per request, so nothing here is ever cached across visitors.
 */
export const AUTH_COOKIE = "_biome_jwt"
export const CART_COOKIE = "_biome_cart_id"
export const PLACED_ORDER_COOKIE = "_biome_last_order"
/** An anonymous id for this browser, so a guide gets one "was this helpful?" vote from it. */
export const VISITOR_COOKIE = "_biome_visitor"
/** The cart the order was placed from: the backend shows a guest's order only to the holder of its cart id. */
export const PLACED_ORDER_CART_COOKIE = "_biome_last_order_cart"

const DAY_SECONDS = 24 * 60 * 60

function cookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure whenever the shop is served over https; a plain-http local or container address must still work.
    secure: siteUrl().startsWith("https:"),
    path: "/",
    maxAge: maxAgeSeconds,
  }
}

async function read(name: string): Promise<string | null> {
  const value = (await cookies()).get(name)?.value
  return value ? value : null
}

export async function getAuthToken(): Promise<string | null> {
  return read(AUTH_COOKIE)
}

/** Only from a Server Action or Route Handler: rendering cannot set cookies. */
export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, cookieOptions(7 * DAY_SECONDS))
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

export async function getCartId(): Promise<string | null> {
  return read(CART_COOKIE)
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, cookieOptions(30 * DAY_SECONDS))
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

/** The order this browser just placed, so its confirmation page can be shown to a guest and to nobody else. */
export async function getPlacedOrderId(): Promise<string | null> {
  return read(PLACED_ORDER_COOKIE)
}

/** This browser's visitor id, made on first use. Only from a Server Action: it may set the cookie. */
export async function visitorId(): Promise<string> {
  const existing = await read(VISITOR_COOKIE)
  if (existing && /^[\w-]{16,64}$/.test(existing)) return existing
  const id = crypto.randomUUID()
  ;(await cookies()).set(VISITOR_COOKIE, id, cookieOptions(365 * DAY_SECONDS))
  return id
}

export async function getPlacedOrderCartId(): Promise<string | null> {
  return read(PLACED_ORDER_CART_COOKIE)
}

export async function setPlacedOrderId(orderId: string, cartId: string): Promise<void> {
  const jar = await cookies()
  jar.set(PLACED_ORDER_COOKIE, orderId, cookieOptions(DAY_SECONDS))
  jar.set(PLACED_ORDER_CART_COOKIE, cartId, cookieOptions(DAY_SECONDS))
}
