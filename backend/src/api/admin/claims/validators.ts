import { z } from "@medusajs/framework/zod"

export const AdminCheckClaims = z
  .object({
    text: z.string().max(100_000, "text must be at most 100000 characters"),
    kind: z.enum(["product", "guide"]).default("product"),
  })
  .strict()
export type AdminCheckClaimsType = z.infer<typeof AdminCheckClaims>

const draftValue = z.union([z.string(), z.number(), z.null()]).optional()

/** A citation being typed: only its place in the list and its title matter to the check. */
const CitationDraft = z
  .object({
    title: z.string().optional(),
    authors: draftValue,
    journal: draftValue,
    year: draftValue,
    volume: draftValue,
    issue: draftValue,
    pages: draftValue,
    doi: draftValue,
    pmid: draftValue,
    url: draftValue,
  })
  .strict()

/** A guide as the editor has it now; citations may be half-written, only their number and title matter here. */
export const AdminCheckGuide = z
  .object({
    body: z.string().max(100_000, "body must be at most 100000 characters"),
    citations: z.array(CitationDraft).max(200).default([]),
    /** The guide being edited, so its linked products' names count as the product speaking. */
    guide_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminCheckGuideType = z.infer<typeof AdminCheckGuide>
