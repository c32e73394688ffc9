import { z } from "@medusajs/framework/zod"
import { NewsletterEmail } from "../newsletter-subscriptions/validators"

/** "Find my order": the email it was placed with and the number on the confirmation. */
export const StoreOrderLookup = z
  .object({
    email: NewsletterEmail,
    order_number: z.coerce
      .number({ error: "order_number must be the order's number, e.g. 1042" })
      .int("order_number must be a whole number")
      .min(1, "order_number must be at least 1")
      .max(2_147_483_647, "order_number is too large"),
  })
  .strict()
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
