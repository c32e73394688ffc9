import { describe, expect, it } from "vitest"
import { contentSecurityPolicy, HSTS, securityHeaderRules } from "./security-headers"

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1)
    .split(" ")

describe("the storefront's security headers", () => {
  it("let scripts come only from the shop and Stripe, and never allow eval in production", () => {
    const policy = contentSecurityPolicy({ development: false })
    expect(directive(policy, "script-src")).toEqual(["'self'", "'unsafe-inline'", "https://js.stripe.com"])
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"])
    expect(directive(policy, "object-src")).toEqual(["'none'"])
    expect(directive(policy, "base-uri")).toEqual(["'self'"])
    expect(directive(policy, "form-action")).toEqual(["'self'"])
  })

  it("send HSTS on every response of a shop served over https only", () => {
    const [rule] = securityHeaderRules({ development: false, httpsOnly: true })
    expect(rule!.headers).toContainEqual({ key: "Strict-Transport-Security", value: HSTS })
  })

  it("send HSTS behind a TLS proxy only when the request came over https", () => {
    const rules = securityHeaderRules({ development: false, httpsOnly: false })
    expect(rules[0]!.headers.map((h) => h.key)).not.toContain("Strict-Transport-Security")
    expect(rules[1]).toMatchObject({ has: [{ key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security" }] })
  })
})
