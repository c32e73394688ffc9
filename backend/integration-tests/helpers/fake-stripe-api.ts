import { createServer, type IncomingMessage, type Server } from "node:http"

/** A PaymentIntent as the stand-in keeps it: the fields Medusa's Stripe provider reads and writes. */
export interface FakePaymentIntent {
  id: string
  object: "payment_intent"
  amount: number
  currency: string
  status: string
  customer: string | null
  setup_future_usage: string | null
  payment_method: string | null
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
  last_payment_error: null
}

export interface FakeStripeApi {
  url: string
  /** Every request the shop made, in order, with its form body decoded. */
  requests: { method: string; path: string; body: Record<string, unknown> }[]
  intents: Map<string, FakePaymentIntent>
  /** What Stripe.js does in the customer's browser: the card is confirmed and the amount held. */
  confirmCard(intentId: string, paymentMethod?: string): FakePaymentIntent
  stop(): Promise<void>
}

/** Decodes Stripe's form encoding (metadata[session_id]=…, expand[0]=…) into an object. */
function decodeForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = out as Record<string, unknown>
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value
      else {
        node[part] ??= {}
        node = node[part] as Record<string, unknown>
      }
    })
  }
  return out
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = ""
    req.on("data", (chunk) => (data += chunk))
    req.on("end", () => resolve(data))
  })

/**
 * A local stand-in for the few api.stripe.com endpoints a card checkout uses: customers and PaymentIntents.
 * It answers the way Stripe documents, so Medusa's real Stripe provider and the real stripe-node client run.
 */
export async function startFakeStripeApi(): Promise<FakeStripeApi> {
  const requests: FakeStripeApi["requests"] = []
  const intents = new Map<string, FakePaymentIntent>()
  let counter = 0
  const nextId = (prefix: string) => `${prefix}_fake${++counter}`

  const server: Server = createServer(async (req, res) => {
    const body = decodeForm(await read(req))
    const path = (req.url ?? "").split("?")[0]!
    requests.push({ method: req.method!, path, body })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": nextId("req") })
      res.end(JSON.stringify(payload))
    }
    const intentId = /^\/v1\/payment_intents\/([^/]+)/.exec(path)?.[1]
    const intent = intentId ? intents.get(intentId) : undefined

    if (req.method === "POST" && path === "/v1/customers") {
      return send(200, { id: nextId("cus"), object: "customer", email: body.email ?? null, name: body.name ?? null })
    }
    if (req.method === "POST" && /^\/v1\/customers\/[^/]+$/.test(path)) {
      return send(200, { id: path.split("/").pop(), object: "customer", email: body.email ?? null })
    }
    if (req.method === "POST" && path === "/v1/payment_intents") {
      const id = nextId("pi")
      const created: FakePaymentIntent = {
        id,
        object: "payment_intent",
        amount: Number(body.amount),
        currency: String(body.currency),
        status: "requires_payment_method",
        customer: typeof body.customer === "string" ? body.customer : null,
        setup_future_usage: typeof body.setup_future_usage === "string" ? body.setup_future_usage : null,
        payment_method: null,
        capture_method: typeof body.capture_method === "string" ? body.capture_method : "automatic",
        client_secret: `${id}_secret_fake`,
        metadata: (body.metadata ?? {}) as Record<string, string>,
        last_payment_error: null,
      }
      intents.set(id, created)
      return send(200, created)
    }
    if (intent && req.method === "GET" && path === `/v1/payment_intents/${intent.id}`) return send(200, intent)
    if (intent && req.method === "POST" && path === `/v1/payment_intents/${intent.id}`) {
      if (body.amount) intent.amount = Number(body.amount)
      return send(200, intent)
    }
    if (intent && req.method === "POST" && path.endsWith("/cancel")) {
      intent.status = "canceled"
      return send(200, intent)
    }
    if (intent && req.method === "POST" && path.endsWith("/capture")) {
      intent.status = "succeeded"
      return send(200, intent)
    }
    send(404, { error: { type: "invalid_request_error", message: `The stand-in for Stripe has no ${req.method} ${path}` } })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as { port: number }

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    intents,
    confirmCard(intentId, paymentMethod = "pm_card_visa") {
      const intent = intents.get(intentId)
      if (!intent) throw new Error(`no payment intent ${intentId}`)
      Object.assign(intent, { status: "requires_capture", payment_method: paymentMethod })
      return intent
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
