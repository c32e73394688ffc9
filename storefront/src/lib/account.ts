import type { Money } from "./catalog"

/** A postal address as forms and pages use it. */
export interface Address {
  id: string | null
  firstName: string
  lastName: string
  company: string
  address1: string
  address2: string
  city: string
  postalCode: string
  province: string
  countryCode: string
  phone: string
  isDefaultShipping: boolean
}

export interface Customer {
  id: string
  email: string
  firstName: string
  lastName: string
  addresses: Address[]
}

export interface OrderSummary {
  id: string
  displayId: number | null
  createdAt: string
  status: string
  paymentStatus: string | null
  fulfillmentStatus: string | null
  total: Money
}

export interface OrderLine {
  id: string
  title: string
  variantTitle: string | null
  productHandle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: Money
  total: Money
  /** Set for a subscribe-and-save line: the order is the subscription's first delivery. */
  subscriptionIntervalDays: number | null
}

export interface OrderDetail extends OrderSummary {
  email: string | null
  customerId: string | null
  lines: OrderLine[]
  subtotal: Money
  shippingTotal: Money
  taxTotal: Money
  discountTotal: Money
  shippingAddress: Address | null
  shippingMethods: string[]
}

/** Medusa's raw address fields, as the API sends and accepts them. */
export interface StoreAddress {
  id?: string
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  phone?: string | null
  is_default_shipping?: boolean | null
}

export function toAddress(address: StoreAddress | null | undefined): Address | null {
  if (!address?.address_1) return null
  return {
    id: address.id ?? null,
    firstName: address.first_name ?? "",
    lastName: address.last_name ?? "",
    company: address.company ?? "",
    address1: address.address_1 ?? "",
    address2: address.address_2 ?? "",
    city: address.city ?? "",
    postalCode: address.postal_code ?? "",
    province: address.province ?? "",
    countryCode: (address.country_code ?? "").toLowerCase(),
    phone: address.phone ?? "",
    isDefaultShipping: address.is_default_shipping === true,
  }
}

export function toStoreAddress(address: Omit<Address, "id" | "isDefaultShipping">): Omit<StoreAddress, "id" | "is_default_shipping"> {
  return {
    first_name: address.firstName,
    last_name: address.lastName,
    company: address.company || undefined,
    address_1: address.address1,
    address_2: address.address2 || undefined,
    city: address.city,
    postal_code: address.postalCode,
    province: address.province || undefined,
    country_code: address.countryCode.toLowerCase(),
    phone: address.phone || undefined,
  }
}

/** "Jane Doe, 1 Main St, Portland 97201, US" for one-line summaries. */
export function formatAddressLine(address: Address): string {
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.address1,
    address.address2,
    [address.city, address.province, address.postalCode].filter(Boolean).join(" "),
    address.countryCode.toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")
}

const ORDER_STATUS_LABELS: Record<string, string> = {
  pending: "Received",
  completed: "Completed",
  draft: "Draft",
  archived: "Archived",
  canceled: "Cancelled",
  requires_action: "Needs your attention",
}

export function orderStatusLabel(status: string): string {
  return ORDER_STATUS_LABELS[status] ?? status.replace(/_/g, " ")
}
