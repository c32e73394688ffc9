import { describe, expect, it } from "vitest"
import { intField, isEmail, safeReturnPath, textField } from "./forms"

describe("form fields", () => {
  it("sends a customer back only to a page of this shop after logging in", () => {
    expect(safeReturnPath("/checkout")).toBe("/checkout")
    expect(safeReturnPath("/account/subscriptions?x=1")).toBe("/account/subscriptions?x=1")
    for (const outside of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, "/a\nb"]) {
      expect(safeReturnPath(outside), String(outside)).toBe("/account")
    }
  })

  it("accepts ordinary email addresses and rejects obvious mistakes", () => {
    expect(isEmail("jane.doe+gut@example.co.uk")).toBe(true)
    for (const bad of ["jane", "jane@", "jane@example", "jane doe@example.com", "<jane@example.com>"]) {
      expect(isEmail(bad), bad).toBe(false)
    }
  })

  it("trims and caps text, and reads whole numbers within bounds", () => {
    const form = new FormData()
    form.set("name", `  ${"x".repeat(500)}  `)
    form.set("quantity", "3")
    form.set("days", "3.5")

    expect(textField(form, "name", 10)).toBe("xxxxxxxxxx")
    expect(intField(form, "quantity", 1, 10)).toBe(3)
    expect(intField(form, "quantity", 4, 10)).toBeNull()
    expect(intField(form, "days", 1, 365)).toBeNull()
    expect(intField(form, "missing", 1, 10)).toBeNull()
  })
})
