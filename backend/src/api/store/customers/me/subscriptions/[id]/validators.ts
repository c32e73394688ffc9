import { z } from "@medusajs/framework/zod"
import { isoDate, noBody } from "@/api/subscription-validators"

/** Bodies of the portal's undo-skip, restart, retention-discount and address routes. */

export const StoreUndoSkip = noBody
export const StoreAcceptRetentionDiscount = noBody

/** `next_delivery_at` omitted restarts with a delivery tomorrow. */
export const StoreRestartSubscription = z.object({ next_delivery_at: isoDate.optional() }).strict()
export type StoreRestartSubscriptionType = z.infer<typeof StoreRestartSubscription>

const line = (max: number) => z.string().trim().max(max)

/** A new address; the workflow checks it against the subscription's region (a US state from the list, a ZIP). */
export const DeliveryAddressBody = z
  .object({
    first_name: line(100).min(1, "first_name is required"),
    last_name: line(100).min(1, "last_name is required"),
    company: line(200).optional(),
    address_1: line(200).min(1, "address_1 is required"),
    address_2: line(200).optional(),
    city: line(100).min(1, "city is required"),
    province: line(50).optional(),
    postal_code: line(20).min(1, "postal_code is required"),
    country_code: z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2}$/, "country_code must be a two-letter country code such as us"),
    phone: line(40).optional(),
  })
  .strict()

/** One of the customer's saved addresses by id, or a new address: exactly one of the two. */
export const StoreChangeDeliveryAddress = z
  .object({ address_id: z.string().trim().min(1).max(100).optional(), address: DeliveryAddressBody.optional() })
  .strict()
  .refine((body) => (body.address_id === undefined) !== (body.address === undefined), {
    message: "Give either address_id (a saved address) or address (a new one), not both",
  })
export type StoreChangeDeliveryAddressType = z.infer<typeof StoreChangeDeliveryAddress>
