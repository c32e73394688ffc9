import { z } from "@medusajs/framework/zod"

export const AdminListBackInStockRequests = z
  .object({
    variant_id: z.string().trim().min(1).optional(),
    status: z.enum(["waiting", "notified"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListBackInStockRequestsType = z.infer<typeof AdminListBackInStockRequests>
