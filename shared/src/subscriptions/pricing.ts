/**
 * Subscribe-and-save price maths. Medusa v2 prices are decimal major units (29.99); the maths runs on
 * exact decimals (BigInt) so 29.99 at 15% is 25.49 and 4.35 at 10% is 3.92, never a float-drifted cent.
 */

/** value = digits / 10^scale, exactly. */
interface Decimal {
  digits: bigint
  scale: number
}

function toDecimal(value: number, what: string): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`)
  // String(value) is the shortest decimal that round-trips, i.e. the price as it was typed.
  const [mantissa = "0", exponent = "0"] = String(value).toLowerCase().split("e")
  const negative = mantissa.startsWith("-")
  const [whole = "0", fraction = ""] = mantissa.replace("-", "").split(".")
  let digits = BigInt(whole + fraction)
  let scale = fraction.length - Number(exponent)
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { digits: negative ? -digits : digits, scale }
}

/** numerator / denominator rounded half-up (away from zero on .5) to a whole number. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n
  const n = numerator * sign
  return (sign * (2n * n + denominator)) / (2n * denominator)
}

function assertPrice(unitPrice: number): Decimal {
  const price = toDecimal(unitPrice, "unitPrice")
  if (price.digits < 0n) throw new RangeError(`unitPrice must not be negative, got ${unitPrice}`)
  return price
}

function assertDiscount(discountPercent: number): Decimal {
  const discount = toDecimal(discountPercent, "discountPercent")
  if (discountPercent < 0 || discountPercent > 100) {
    throw new RangeError(`discountPercent must be between 0 and 100, got ${discountPercent}`)
  }
  return discount
}

/** Price after the subscription discount, in cents (an integer). */
function subscriptionCents(unitPrice: number, discountPercent: number): bigint {
  const price = assertPrice(unitPrice)
  const discount = assertDiscount(discountPercent)
  const discountScale = 10n ** BigInt(discount.scale)
  // cents = price × (100 − discount) / 100 × 100; the two hundreds cancel.
  const numerator = price.digits * (100n * discountScale - discount.digits)
  const denominator = 10n ** BigInt(price.scale) * discountScale
  return roundHalfUp(numerator, denominator)
}

/** The subscribe-and-save unit price in major units, rounded half-up to cents: (29.99, 15) → 25.49. */
export function subscriptionPrice(unitPrice: number, discountPercent: number): number {
  return Number(subscriptionCents(unitPrice, discountPercent)) / 100
}

/** What a subscription line saves against buying the same quantity once: (29.99, 15, 2) → 9. */
export function lineSavings(unitPrice: number, discountPercent: number, quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 0) {
    throw new RangeError(`quantity must be a whole number of at least 0, got ${quantity}`)
  }
  const price = assertPrice(unitPrice)
  const regularCents = roundHalfUp(price.digits * BigInt(quantity) * 100n, 10n ** BigInt(price.scale))
  const discountedCents = subscriptionCents(unitPrice, discountPercent) * BigInt(quantity)
  return Number(regularCents - discountedCents) / 100
}

/**
 * The unit price a renewal charges: the subscribe-and-save price, less the one-time retention discount the
 * customer accepted (taken off the subscription price, rounded half-up to cents). (29.99, 15, 20) → 20.39.
 * The renewal order and the portal's "next price" both use it, so the customer is charged what they were shown.
 */
export function renewalUnitPrice(unitPrice: number, discountPercent: number, retentionDiscountPercent: number | null = null): number {
  const subscribed = subscriptionPrice(unitPrice, discountPercent)
  return retentionDiscountPercent ? subscriptionPrice(subscribed, retentionDiscountPercent) : subscribed
}
