import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, sep } from "node:path"

export interface ApiRoute {
  method: string
  /** Express-style path, e.g. /store/guides/:slug/feedback */
  path: string
  /** Field names the route's validators name, to aim wrong types at them. */
  fields: string[]
}

const API_DIR = join(__dirname, "..", "..", "src", "api")
const METHOD_EXPORT = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
const FIELD = /^\s*([a-z_][a-z0-9_]*)\s*:\s*z[\s.]/gm

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(path)
    return entry.name === "route.ts" ? [path] : []
  })
}

/** Field names in the validators beside a route and in its parent folders (shared validators sit higher up). */
function validatorFields(routeDir: string): string[] {
  const fields = new Set<string>()
  for (let dir = routeDir; dir.startsWith(API_DIR) && dir !== API_DIR; dir = dirname(dir)) {
    const file = join(dir, "validators.ts")
    if (existsSync(file)) for (const [, name] of readFileSync(file, "utf8").matchAll(FIELD)) fields.add(name!)
  }
  return [...fields]
}

/** Every route under backend/src/api, found from the files: a new route is covered without anyone listing it. */
export function customRoutes(): ApiRoute[] {
  return routeFiles(API_DIR).flatMap((file) => {
    const path = `/${relative(API_DIR, dirname(file)).split(sep).join("/")}`.replace(/\[(\w+)\]/g, ":$1")
    const fields = validatorFields(dirname(file))
    return [...readFileSync(file, "utf8").matchAll(METHOD_EXPORT)].map(([, method]) => ({ method: method!, path, fields }))
  })
}

/** Medusa's own routes the storefront calls (src/lib/data), with the fields it sends. */
export const CORE_ROUTES_THE_STOREFRONT_USES: ApiRoute[] = [
  { method: "GET", path: "/store/products", fields: [] },
  { method: "GET", path: "/store/products/:id", fields: [] },
  { method: "GET", path: "/store/regions", fields: [] },
  { method: "GET", path: "/store/product-categories", fields: [] },
  { method: "GET", path: "/store/payment-providers", fields: [] },
  { method: "GET", path: "/store/shipping-options", fields: [] },
  { method: "POST", path: "/store/carts", fields: ["region_id", "email", "items", "metadata"] },
  { method: "GET", path: "/store/carts/:id", fields: [] },
  { method: "POST", path: "/store/carts/:id", fields: ["email", "shipping_address", "billing_address", "metadata"] },
  { method: "POST", path: "/store/carts/:id/customer", fields: [] },
  { method: "POST", path: "/store/carts/:id/line-items", fields: ["variant_id", "quantity", "metadata"] },
  { method: "POST", path: "/store/carts/:id/line-items/:line_id", fields: ["quantity", "metadata"] },
  { method: "DELETE", path: "/store/carts/:id/line-items/:line_id", fields: [] },
  { method: "POST", path: "/store/carts/:id/shipping-methods", fields: ["option_id", "data"] },
  { method: "POST", path: "/store/carts/:id/complete", fields: [] },
  { method: "POST", path: "/store/payment-collections", fields: ["cart_id"] },
  { method: "POST", path: "/store/payment-collections/:id/payment-sessions", fields: ["provider_id", "data"] },
  { method: "POST", path: "/store/customers", fields: ["email", "first_name", "last_name", "phone"] },
  { method: "GET", path: "/store/customers/me", fields: [] },
  { method: "POST", path: "/store/customers/me", fields: ["first_name", "last_name", "phone", "metadata"] },
  { method: "GET", path: "/store/customers/me/addresses", fields: [] },
  { method: "POST", path: "/store/customers/me/addresses", fields: ["address_1", "city", "country_code", "postal_code"] },
  { method: "POST", path: "/store/customers/me/addresses/:address_id", fields: ["address_1", "city"] },
  { method: "DELETE", path: "/store/customers/me/addresses/:address_id", fields: [] },
  { method: "GET", path: "/store/orders", fields: [] },
  { method: "GET", path: "/store/orders/:id", fields: [] },
  { method: "POST", path: "/auth/customer/emailpass", fields: ["email", "password"] },
  { method: "POST", path: "/auth/customer/emailpass/register", fields: ["email", "password", "registration_token"] },
  { method: "POST", path: "/auth/customer/emailpass/reset-password", fields: ["identifier"] },
  { method: "POST", path: "/auth/user/emailpass", fields: ["email", "password"] },
]
