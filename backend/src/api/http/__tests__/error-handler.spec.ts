import { MedusaError } from "@medusajs/framework/utils"
import { shopErrorHandler } from "../error-handler"

/** A request and a response that record what the handler logged and answered. */
function exchange() {
  const logged: string[] = []
  const answer: { status?: number; body?: any } = {}
  const req = {
    requestId: "req_test_1",
    method: "POST",
    path: "/store/carts",
    scope: { resolve: () => ({ error: (m: string) => logged.push(m), info: () => undefined }) },
  }
  const headers: Record<string, string> = {}
  const res = {
    headersSent: false,
    setHeader: (name: string, value: string) => {
      headers[name] = value
    },
    removeHeader: (name: string) => void delete headers[name],
    status(code: number) {
      answer.status = code
      return this
    },
    json(body: unknown) {
      answer.body = body
      return this
    },
  }
  return { req: req as any, res: res as any, logged, answer, headers }
}

describe("the shop's error handler", () => {
  it("answers a real fault with a 500 that names only the request id, and logs the fault with that id", () => {
    const { req, res, logged, answer } = exchange()
    const fault = new Error('relation "secret_table" does not exist at /app/src/internal.ts:12')
    shopErrorHandler()(fault, req, res, () => undefined)

    expect(answer.status).toBe(500)
    expect(answer.body.request_id).toBe("req_test_1")
    expect(JSON.stringify(answer.body)).not.toContain("secret_table")
    expect(logged).toHaveLength(1)
    expect(logged[0]).toContain("req_test_1")
    expect(logged[0]).toContain("secret_table")
  })

  it("hides a database error's text too, though Medusa would pass it on", () => {
    const { req, res, answer } = exchange()
    shopErrorHandler()(new MedusaError(MedusaError.Types.DB_ERROR, "column cart.secret does not exist"), req, res, () => undefined)
    expect(answer.status).toBe(500)
    expect(answer.body.message).not.toContain("secret")
  })

  it("turns PostgreSQL's refusal of the request's own data into a 400", () => {
    for (const code of ["22021", "22P05", "2201X", "22003", "08P01"]) {
      const { req, res, answer } = exchange()
      shopErrorHandler()(Object.assign(new Error("invalid byte sequence"), { code }), req, res, () => undefined)
      expect({ code, status: answer.status }).toEqual({ code, status: 400 })
    }
  })

  it("turns a URIError from decoding an address into a 400, with the security headers", () => {
    const { req, res, answer, headers } = exchange()
    shopErrorHandler()(new URIError("URI malformed"), req, res, () => undefined)
    expect(answer).toEqual({ status: 400, body: { type: "invalid_data", message: "The address contains a malformed percent-encoding" } })
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "frame-ancestors 'none'" })
  })

  it("leaves Medusa's own answers for typed errors as they are", () => {
    const { req, res, answer } = exchange()
    shopErrorHandler()(new MedusaError(MedusaError.Types.NOT_FOUND, "Cart not found"), req, res, () => undefined)
    expect(answer).toEqual({ status: 404, body: { type: "not_found", message: "Cart not found" } })
  })
})
