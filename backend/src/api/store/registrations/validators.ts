import { isSafeReturnPath } from "@biome/shared"
import { z } from "@medusajs/framework/zod"
import { NewsletterEmail, StoreNewsletterToken } from "../newsletter-subscriptions/validators"

/** "Create an account": the address to email the link to, where to continue afterwards, a guest order to keep. */
export const StoreRegistrationRequest = z
  .object({
    email: NewsletterEmail,
    next: z
      .string({ error: "next must be a path on the shop, like /checkout" })
      .max(500, "next must be at most 500 characters")
      .refine(isSafeReturnPath, "next must be a path on the shop, like /checkout")
      .optional(),
    order_id: z
      .string({ error: "order_id must be an order id" })
      .regex(/^order_[0-9A-Za-z]{1,60}$/, "order_id must be an order id, like order_01H…")
      .optional(),
  })
  .strict()
export type StoreRegistrationRequestType = z.infer<typeof StoreRegistrationRequest>

/** The signed token from a registration link. */
export const StoreRegistrationToken = StoreNewsletterToken
export type StoreRegistrationTokenType = z.infer<typeof StoreRegistrationToken>
