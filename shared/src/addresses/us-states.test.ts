import { describe, expect, it } from "vitest"
import { isUsStateCode, isUsZip, US_STATES } from "./us-states"

describe("US states", () => {
  it("lists the 50 states and DC once each", () => {
    expect(US_STATES).toHaveLength(51)
    expect(new Set(US_STATES.map(([code]) => code)).size).toBe(51)
  })

  it("accepts a listed code in any case and nothing else", () => {
    expect(isUsStateCode("NY")).toBe(true)
    expect(isUsStateCode("ny")).toBe(true)
    expect(isUsStateCode("New York")).toBe(false)
    expect(isUsStateCode("XX")).toBe(false)
    expect(isUsStateCode(5)).toBe(false)
  })

  it("accepts five-digit and ZIP+4 codes", () => {
    expect(isUsZip("10001")).toBe(true)
    expect(isUsZip("10001-1234")).toBe(true)
    expect(isUsZip("1000")).toBe(false)
    expect(isUsZip("ABCDE")).toBe(false)
  })
})
