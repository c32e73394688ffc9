import { z } from "@medusajs/framework/zod"

export const AdminGetGuideFeedback = z
  .object({
    /** How many of the latest comments to include. */
    limit: z.coerce.number().int().min(1).max(100).default(10),
  })
  .strict()
export type AdminGetGuideFeedbackType = z.infer<typeof AdminGetGuideFeedback>
