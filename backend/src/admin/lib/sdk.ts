import Medusa from "@medusajs/js-sdk"

/** The dashboard's own session: the admin is already logged in, so requests carry its cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
