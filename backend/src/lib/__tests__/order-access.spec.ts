import { orderAccessToken, tokenOpensOrder } from "../order-access"

const SECRET = "a-test-secret-of-enough-length-000"
const NOW = new Date("2026-11-21T12:00:00Z")
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000)

describe("signed links to one order", () => {
  it("open their own order for a day, and nothing after", () => {
    const token = orderAccessToken("order_1", NOW, SECRET)
    expect(tokenOpensOrder(token, "order_1", hours(23.9), SECRET)).toBe(true)
    expect(tokenOpensOrder(token, "order_1", hours(24.1), SECRET)).toBe(false)
  })

  it("do not open another order, nor survive a changed signature, payload or secret", () => {
    const token = orderAccessToken("order_1", NOW, SECRET)
    const forged = `${Buffer.from(JSON.stringify({ o: "order_2", x: hours(24).getTime() })).toString("base64url")}.${token.split(".")[1]}`
    expect(tokenOpensOrder(token, "order_2", NOW, SECRET)).toBe(false)
    expect(tokenOpensOrder(forged, "order_2", NOW, SECRET)).toBe(false)
    expect(tokenOpensOrder(`${token}x`, "order_1", NOW, SECRET)).toBe(false)
    expect(tokenOpensOrder(token, "order_1", NOW, "another-secret-of-enough-length-00")).toBe(false)
    expect(tokenOpensOrder("nonsense", "order_1", NOW, SECRET)).toBe(false)
  })
})
