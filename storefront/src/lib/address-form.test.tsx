import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { AddressFields } from "@/modules/account/components/address-fields"
import { parseAddressForm } from "./address-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}
const portland = {
  first_name: "Ada",
  last_name: "Okafor",
  address_1: "400 SW 6th Ave",
  city: "Portland",
  postal_code: "97204",
  country_code: "us",
}

describe("a US address's state", () => {
  it("is required, and must be one from the list", () => {
    expect(parseAddressForm(form(portland))).toEqual({ ok: false, message: "Please choose your state from the list." })
    expect(parseAddressForm(form({ ...portland, province: "Oregonia" }))).toEqual({
      ok: false,
      message: "Please choose your state from the list.",
    })
  })

  it("is kept as its postal code", () => {
    const parsed = parseAddressForm(form({ ...portland, province: "or" }))
    expect(parsed.ok && parsed.address.province).toBe("OR")
  })

  it("stays optional free text outside the US", () => {
    const parsed = parseAddressForm(form({ ...portland, country_code: "de", province: "" }))
    expect(parsed.ok).toBe(true)
  })

  it("is a required choice from a list in the form, preselected from a saved address", () => {
    render(
      <AddressFields idPrefix="a" defaults={{ province: "OR", countryCode: "us" }} countries={[{ code: "us", name: "United States" }]} />
    )
    const state = screen.getByRole("combobox", { name: "State" }) as HTMLSelectElement
    expect(state.required).toBe(true)
    expect(state.value).toBe("OR")
    expect(state.options.length).toBe(52)
    expect([...state.options].find((o) => o.value === "NY")?.text).toBe("New York")
  })

  it("asks for a state only when none was saved", () => {
    render(<AddressFields idPrefix="b" countries={[{ code: "us", name: "United States" }]} />)
    expect((screen.getByRole("combobox", { name: "State" }) as HTMLSelectElement).value).toBe("")
  })
})
