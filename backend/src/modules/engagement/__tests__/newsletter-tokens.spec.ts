import { newsletterToken, readNewsletterToken } from "../newsletter-tokens"

const SECRET = "a-test-secret"
const NOW = new Date("2026-11-21T12:00:00Z")
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000)

describe("newsletter link tokens", () => {
  it("a confirmation token gives back its address within the week, and is expired after it", () => {
    const token = newsletterToken(SECRET, "confirm", "ana@example.com", NOW)
    expect(readNewsletterToken(SECRET, "confirm", token, days(6.9))).toEqual({ ok: true, email: "ana@example.com" })
    expect(readNewsletterToken(SECRET, "confirm", token, days(7.1))).toEqual({ ok: false, reason: "expired" })
  })

  it("an unsubscribe token never expires", () => {
    const token = newsletterToken(SECRET, "unsubscribe", "ana@example.com", NOW)
    expect(readNewsletterToken(SECRET, "unsubscribe", token, days(3650))).toEqual({ ok: true, email: "ana@example.com" })
  })

  it("is URL-safe", () => {
    expect(newsletterToken(SECRET, "unsubscribe", "o'brien+news@example.com")).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  })

  it("refuses a token used for the other purpose", () => {
    const unsubscribe = newsletterToken(SECRET, "unsubscribe", "ana@example.com", NOW)
    expect(readNewsletterToken(SECRET, "confirm", unsubscribe, NOW)).toEqual({ ok: false, reason: "invalid" })
  })

  it("refuses a token signed with another secret, or whose address was changed", () => {
    const token = newsletterToken(SECRET, "unsubscribe", "ana@example.com", NOW)
    expect(readNewsletterToken("another-secret", "unsubscribe", token, NOW).ok).toBe(false)

    const [, signature] = token.split(".")
    const forged = Buffer.from(JSON.stringify({ e: "bob@example.com", p: "unsubscribe" })).toString("base64url")
    expect(readNewsletterToken(SECRET, "unsubscribe", `${forged}.${signature}`, NOW)).toEqual({ ok: false, reason: "invalid" })
  })

  it.each(["", "abc", "a.b.c", "not base64!.sig", "..."])("refuses the malformed token %j", (token) => {
    expect(readNewsletterToken(SECRET, "confirm", token, NOW)).toEqual({ ok: false, reason: "invalid" })
  })
})
