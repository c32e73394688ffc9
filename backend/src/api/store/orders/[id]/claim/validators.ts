import { z } from "@medusajs/framework/zod"

/** Nothing to send: the proof travels in headers, the account in the login. */
export const StoreOrderClaim = z.object({}).strict()
