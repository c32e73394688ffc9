import { z } from "@medusajs/framework/zod"
import { GUIDE_STATUSES } from "@/modules/guide/types"
import { httpUrl } from "../../http-url"

const text = (field: string, max: number) =>
  z.string().trim().min(1, `${field} must not be empty`).max(max, `${field} must be at most ${max} characters`)
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null))

export const GuideSlug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase words joined by hyphens, e.g. gut-skin-axis")

const Tags = z
  .array(z.string().trim().toLowerCase().min(1, "a tag must not be empty").max(40, "a tag must be at most 40 characters"))
  .max(12, "a guide has at most 12 tags")
  .transform((tags) => [...new Set(tags)])

/** One reference; at least one of DOI, PMID or URL lets a reader find it. */
const CitationFields = z
  .object({
    authors: text("authors", 500),
    title: text("title", 500),
    journal: text("journal", 200),
    year: z.number().int().min(1800).max(2100),
    volume: optionalText(40),
    issue: optionalText(40),
    pages: optionalText(40),
    doi: z
      .string()
      .trim()
      .regex(/^10\.\d{4,9}\/\S+$/, "doi must look like 10.1234/abc (without https://doi.org/)")
      .nullish(),
    pmid: z
      .string()
      .trim()
      .regex(/^\d{1,9}$/, "pmid must be digits")
      .nullish(),
    url: httpUrl("url").nullish(),
  })
  .strict()

export const GuideCitation = CitationFields.refine((c) => Boolean(c.doi || c.pmid || c.url), {
  message: "a citation needs a doi, a pmid or a url",
})
export type GuideCitationBody = z.infer<typeof GuideCitation>

const Citations = z.array(GuideCitation).max(200)

const guideFields = {
  slug: GuideSlug,
  title: text("title", 200),
  summary: text("summary", 1000),
  body: text("body", 100_000),
  hero_image_url: httpUrl("hero_image_url").nullish(),
  tags: Tags,
  status: z.enum(GUIDE_STATUSES),
  author_id: z.string().min(1),
  reviewer_id: z.string().min(1).nullish(),
  citations: Citations,
}

export const AdminCreateGuide = z
  .object({ ...guideFields, tags: guideFields.tags.optional(), status: guideFields.status.optional(), citations: Citations.optional() })
  .strict()
export type AdminCreateGuideType = z.infer<typeof AdminCreateGuide>

export const AdminUpdateGuide = z
  .object(guideFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "nothing to update: send at least one field" })
export type AdminUpdateGuideType = z.infer<typeof AdminUpdateGuide>

export const AdminListGuides = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(GUIDE_STATUSES).optional(),
    tag: z.string().trim().toLowerCase().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListGuidesType = z.infer<typeof AdminListGuides>

export const AdminGetGuide = z.object({}).strict()

export const AdminLinkGuideProducts = z
  .object({
    add: z
      .array(
        z
          .object({
            product_id: z.string().min(1),
            position: z.number().int().min(0).optional(),
            is_primary: z.boolean().optional(),
          })
          .strict()
      )
      .max(100)
      .optional(),
    remove: z.array(z.string().min(1)).max(100).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const added = (body.add ?? []).map((a) => a.product_id)
    const twice = added.filter((id, i) => added.indexOf(id) !== i)
    if (twice.length > 0) ctx.addIssue({ code: "custom", path: ["add"], message: `product listed twice in add: ${twice.join(", ")}` })
    const both = added.filter((id) => body.remove?.includes(id))
    if (both.length > 0) ctx.addIssue({ code: "custom", path: ["remove"], message: `product both added and removed: ${both.join(", ")}` })
    if (added.length === 0 && (body.remove ?? []).length === 0) ctx.addIssue({ code: "custom", message: "send products to add or remove" })
  })
export type AdminLinkGuideProductsType = z.infer<typeof AdminLinkGuideProducts>
