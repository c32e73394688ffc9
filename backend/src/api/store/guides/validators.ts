import { z } from "@medusajs/framework/zod"

export const StoreListGuides = z
  .object({
    tag: z.string().trim().toLowerCase().max(40).optional(),
    product_id: z.string().min(1).optional(),
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(12),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListGuidesType = z.infer<typeof StoreListGuides>

export const StoreGetGuide = z.object({}).strict()
