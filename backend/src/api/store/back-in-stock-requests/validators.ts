import { z } from "@medusajs/framework/zod"

/** "Notify me" on an out-of-stock variant; the storefront prefills a logged-in customer's email. */
export const StoreRequestBackInStock = z
  .object({
    variant_id: z.string().trim().min(1),
    email: z.string().trim().email({ error: "email must be a valid email address" }).max(320),
  })
  .strict()
export type StoreRequestBackInStockType = z.infer<typeof StoreRequestBackInStock>

/** The token from a back-in-stock confirmation email. */
export const StoreConfirmBackInStock = z.object({ token: z.string().trim().min(1, { error: "token is required" }).max(2000) }).strict()
export type StoreConfirmBackInStockType = z.infer<typeof StoreConfirmBackInStock>
