import { authenticate, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "./http/rate-limits"
import { hideTakenAdminAddresses, requireRegistrationToken } from "./http/registration-privacy"

const bodyField = (name: string) => (req: MedusaRequest) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name]
  return typeof value === "string" ? value : null
}
const loggedInCustomer = (req: MedusaRequest) => {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  return auth?.actor_type === "customer" ? auth.actor_id : null
}

const forActors = (path: (actor: string) => string) => ["customer", "user"].map(path)

/**
 * Every form a stranger could turn against someone, limited per client address and per account or email
 * address (src/api/http/rate-limit-config.ts has the numbers). Listed before the routes' own middlewares, so
 * a refused request is not even validated.
 */
export const rateLimitMiddlewares: MiddlewareRoute[] = [
  ...forActors((actor) => `/auth/${actor}/emailpass`).map((matcher) => ({
    method: ["POST" as const],
    matcher,
    middlewares: [rateLimit("login", bodyField("email"))],
  })),
  ...forActors((actor) => `/auth/${actor}/emailpass/register`).map((matcher) => ({
    method: ["POST" as const],
    matcher,
    // A customer registers only with the token of the link emailed to the address; admins are invited.
    middlewares: [
      rateLimit("registration", bodyField("email")),
      matcher.includes("/customer/") ? requireRegistrationToken : hideTakenAdminAddresses,
    ],
  })),
  ...forActors((actor) => `/auth/${actor}/emailpass/reset-password`).map((matcher) => ({
    method: ["POST" as const],
    matcher,
    middlewares: [rateLimit("password_reset", bodyField("identifier"))],
  })),
  { method: ["POST"], matcher: "/store/registrations", middlewares: [rateLimit("registration", bodyField("email"))] },
  { method: ["POST"], matcher: "/store/newsletter-subscriptions", middlewares: [rateLimit("newsletter", bodyField("email"))] },
  { method: ["POST"], matcher: "/store/back-in-stock-requests", middlewares: [rateLimit("back_in_stock", bodyField("email"))] },
  // The route's own authenticate runs after this list, so the account is read here first for its count.
  {
    method: ["POST"],
    matcher: "/store/guides/:slug/feedback",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), rateLimit("feedback", loggedInCustomer)],
  },
  { method: ["POST"], matcher: "/store/order-lookups", middlewares: [rateLimit("order_lookup", bodyField("email"))] },
]
