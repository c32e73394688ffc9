import type { Address } from "./account"
import { textField } from "./forms"
import { usStateCode } from "./us-states"

export type AddressFields = Omit<Address, "id" | "isDefaultShipping">

/** Reads the address form's fields; names the first missing one so the customer knows what to fix. */
export function parseAddressForm(formData: FormData): { ok: true; address: AddressFields } | { ok: false; message: string } {
  const address: AddressFields = {
    firstName: textField(formData, "first_name", 100),
    lastName: textField(formData, "last_name", 100),
    company: textField(formData, "company", 100),
    address1: textField(formData, "address_1", 200),
    address2: textField(formData, "address_2", 200),
    city: textField(formData, "city", 100),
    postalCode: textField(formData, "postal_code", 20),
    province: textField(formData, "province", 100),
    countryCode: textField(formData, "country_code", 2).toLowerCase(),
    phone: textField(formData, "phone", 40),
  }
  const required: [keyof AddressFields, string][] = [
    ["firstName", "first name"],
    ["lastName", "last name"],
    ["address1", "street address"],
    ["city", "city"],
    ["postalCode", "postal code"],
    ["countryCode", "country"],
  ]
  const missing = required.find(([key]) => !address[key])
  if (missing) return { ok: false, message: `Please enter your ${missing[1]}.` }
  if (!/^[a-z]{2}$/.test(address.countryCode)) return { ok: false, message: "Please choose a country from the list." }
  if (address.countryCode === "us") {
    const state = usStateCode(address.province)
    if (!state) return { ok: false, message: "Please choose your state from the list." }
    address.province = state
  }
  return { ok: true, address }
}

/** Whether two addresses deliver to the same place (case and spacing aside), so the address book keeps one. */
export function sameAddress(a: AddressFields, b: AddressFields): boolean {
  const keys: (keyof AddressFields)[] = [
    "firstName",
    "lastName",
    "company",
    "address1",
    "address2",
    "city",
    "postalCode",
    "province",
    "countryCode",
  ]
  const norm = (v: string) => v.trim().replace(/\s+/g, " ").toLowerCase()
  return keys.every((k) => norm(a[k] ?? "") === norm(b[k] ?? ""))
}
