import { isUsStateCode, isUsZip, SUBSCRIPTION_ADDRESS_FIELDS, type SubscriptionDeliveryAddress } from "@biome/shared"

/** The address fields a renewal order takes, as the subscription routes answer them. */
export const ADDRESS_FIELDS = SUBSCRIPTION_ADDRESS_FIELDS
export type DeliveryAddress = SubscriptionDeliveryAddress

/**
 * Where a subscription is delivered, one rule for the renewal and the portal: the address the customer chose
 * for it, else their default shipping address, else the first order's address.
 */
export function deliveryAddressSource(
  sub: { delivery_address?: unknown; shipping_address?: unknown },
  defaultAddress: Record<string, unknown> | null | undefined
): Record<string, unknown> | undefined {
  return (sub.delivery_address ?? defaultAddress ?? sub.shipping_address ?? undefined) as Record<string, unknown> | undefined
}

/** Only the address fields that are set, without ids or timestamps. */
export function pickAddress(source: Record<string, unknown> | null | undefined): DeliveryAddress | null {
  if (!source) return null
  return Object.fromEntries(
    ADDRESS_FIELDS.filter((f) => source[f] != null && source[f] !== "").map((f) => [f, String(source[f])])
  ) as DeliveryAddress
}

/** What is wrong with an address for a region that ships to `countries` (ISO-2, lower case), or null. */
export function deliveryAddressProblem(address: DeliveryAddress, countries: string[]): string | null {
  for (const field of ["first_name", "last_name", "address_1", "city", "postal_code", "country_code"] as const) {
    if (!address[field]?.trim()) return `The address needs a ${field.replace("_", " ").replace("1", "line")}.`
  }
  const country = address.country_code!.toLowerCase()
  if (!countries.includes(country)) return `This subscription cannot be delivered to ${country.toUpperCase()}.`
  if (country === "us") {
    if (!isUsStateCode(address.province)) return "Choose the state from the list."
    if (!isUsZip(address.postal_code)) return "A US ZIP code has five digits, e.g. 97209 or 97209-1234."
  }
  return null
}
