import { z } from "@medusajs/framework/zod"

export const AdminSetProductGuides = z
  .object({
    guides: z
      .array(z.object({ guide_id: z.string().min(1), is_primary: z.boolean().default(false) }).strict())
      .max(100)
      .superRefine((guides, ctx) => {
        const ids = guides.map((g) => g.guide_id)
        const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
        if (twice.length > 0) ctx.addIssue({ code: "custom", message: `guide listed twice: ${twice.join(", ")}` })
        const primaries = guides.filter((g) => g.is_primary).length
        if (primaries > 1) ctx.addIssue({ code: "custom", message: `only one guide can be primary, ${primaries} were` })
      }),
  })
  .strict()
export type AdminSetProductGuidesType = z.infer<typeof AdminSetProductGuides>

export const AdminGetProductGuides = z.object({}).strict()
