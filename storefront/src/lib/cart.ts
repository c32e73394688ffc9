import { STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "@biome/shared"
import type { Address } from "./account"
import type { Money } from "./catalog"

/** The line-item metadata the backend reads to price a subscribe-and-save line. */
export const SUBSCRIPTION_INTERVAL_KEY = "subscription_interval_days"
export const SUBSCRIPTION_DISCOUNT_KEY = "subscription_discount_percent"

export interface CartLineSubscription {
  intervalDays: number
  discountPercent: number | null
  /** What this line saves on every delivery against buying the same quantity once. */
  savingPerDelivery: Money | null
}

export interface CartLine {
  id: string
  variantId: string | null
  productHandle: string | null
  productTitle: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: Money
  /** The regular price a subscription line is discounted from. */
  compareAtUnitPrice: Money | null
  total: Money
  subscription: CartLineSubscription | null
}

export interface CartShippingMethod {
  optionId: string | null
  name: string
  amount: Money
}

export interface CartPaymentSession {
  id: string
  providerId: string
  status: string
  /** Stripe's PaymentIntent client secret, for Stripe Elements. */
  clientSecret: string | null
}

export interface Cart {
  id: string
  email: string | null
  customerId: string | null
  regionId: string | null
  currencyCode: string
  lines: CartLine[]
  itemSubtotal: Money
  shippingTotal: Money
  taxTotal: Money
  discountTotal: Money
  total: Money
  shippingAddress: Address | null
  shippingMethod: CartShippingMethod | null
  paymentCollectionId: string | null
  paymentSession: CartPaymentSession | null
  /** Countries the cart's region ships to, for the address form. */
  countries: { code: string; name: string }[]
}

export interface ShippingOption {
  id: string
  name: string
  amount: Money | null
}

export interface PaymentProvider {
  id: string
}

export { SYSTEM_PAYMENT_PROVIDER, STRIPE_PAYMENT_PROVIDER } from "@biome/shared"

/**
 * How checkout takes payment, from the providers the region offers (and the storefront can show): by card,
 * in a demo store that takes no payment, or not at all (Stripe without its publishable key here).
 */
export type CheckoutPaymentMode = "card" | "demo" | "unavailable"

export function checkoutPaymentMode(providers: readonly string[]): CheckoutPaymentMode {
  // Card first: a store that can charge must never announce that it takes no payment.
  if (providers.includes(STRIPE_PAYMENT_PROVIDER)) return "card"
  if (providers.includes(SYSTEM_PAYMENT_PROVIDER)) return "demo"
  return "unavailable"
}

export function hasSubscriptionLine(cart: Pick<Cart, "lines">): boolean {
  return cart.lines.some((line) => line.subscription !== null)
}

export function itemCount(cart: Pick<Cart, "lines">): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0)
}

/** The interval a line's metadata asks for, or null for a one-time line. */
export function subscriptionIntervalOf(metadata: Record<string, unknown> | null | undefined): number | null {
  const raw = metadata?.[SUBSCRIPTION_INTERVAL_KEY]
  const days = typeof raw === "string" ? Number(raw) : raw
  return typeof days === "number" && Number.isInteger(days) && days > 0 ? days : null
}

/** (regular − discounted) × quantity, in exact cents. */
export function savingOf(regular: number, discounted: number, quantity: number): number {
  const cents = Math.round(regular * 100) - Math.round(discounted * 100)
  return cents > 0 ? (cents * quantity) / 100 : 0
}

export function paymentProviderLabel(providerId: string): string {
  if (providerId === STRIPE_PAYMENT_PROVIDER) return "Card"
  if (providerId === SYSTEM_PAYMENT_PROVIDER) return "Demo payment (nothing is charged)"
  return providerId.replace(/^pp_/, "").replace(/_/g, " ")
}
