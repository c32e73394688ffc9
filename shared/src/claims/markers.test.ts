import { describe, expect, it } from "vitest"
import { countMarkedClaims } from "../disclaimer"
import { findClaimMarkers } from "./markers"

describe("claim markers", () => {
  it("finds an asterisk right after the claim", () => {
    const text = "Supports digestive health* every day"
    expect(findClaimMarkers(text)).toEqual([text.indexOf("*")])
  })

  it("accepts an asterisk after a closing parenthesis or a full stop", () => {
    expect(countMarkedClaims("Promotes regularity (with daily use)*")).toBe(1)
    expect(countMarkedClaims("Supports immune health.*")).toBe(1)
  })

  it("does not count italic or bold emphasis", () => {
    expect(countMarkedClaims("Made with *L. rhamnosus* GG")).toBe(0)
    expect(countMarkedClaims("**Vegan** and *gluten-free*")).toBe(0)
    expect(countMarkedClaims("*Supports digestive health.*")).toBe(0)
  })

  it("tells a marker from emphasis in the same sentence", () => {
    expect(countMarkedClaims("Supports digestive health* with *L. rhamnosus* GG")).toBe(1)
    expect(countMarkedClaims("*New:* supports gut flora balance*")).toBe(1)
  })

  it("counts the extra asterisk after a bold claim", () => {
    const text = "**Supports gut health***"
    // The bold takes two of the three asterisks; the one left over, the last, is the mark.
    expect(findClaimMarkers(text)).toEqual([text.length - 1])
  })

  it("ignores list bullets, rules and the footnote asterisk that opens the disclaimer", () => {
    expect(countMarkedClaims("* Vegan\n* Gluten-free\n\n***\n\n*These statements have not been evaluated…")).toBe(0)
  })

  it("counts an escaped asterisk, which renders as a literal one", () => {
    const text = "Supports digestive health\\*"
    expect(findClaimMarkers(text)).toEqual([text.length - 1])
  })

  it("does not let emphasis opened in one paragraph swallow a marker in the next", () => {
    expect(countMarkedClaims("An *unfinished thought\n\nSupports gut health*")).toBe(1)
  })
})
