import { z } from "@medusajs/framework/zod"
import { NEWSLETTER_STATUSES } from "@/modules/engagement/types"

export const AdminListNewsletterSubscriptions = z
  .object({
    /** Part of the reader's email. */
    q: z.string().trim().min(1).max(254).optional(),
    status: z.enum(NEWSLETTER_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListNewsletterSubscriptionsType = z.infer<typeof AdminListNewsletterSubscriptions>
