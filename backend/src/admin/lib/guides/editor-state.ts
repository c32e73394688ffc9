/** The guide editor's and the product's guide list's pure rules: unsaved changes, why Publish waits, list edits. */
import type { GuideCompliance, GuideDraft, GuideListItem, GuideStatus } from "./types"

const DRAFT_FIELDS = ["slug", "title", "summary", "body", "hero_image_url", "tags", "author_id", "reviewer_id", "citations"] as const

/** Whether the form holds changes the saved guide does not have (an empty hero URL and none are the same). */
export function hasUnsavedChanges(saved: GuideDraft, draft: GuideDraft): boolean {
  const canonical = (d: GuideDraft) =>
    JSON.stringify(DRAFT_FIELDS.map((field) => (field === "hero_image_url" ? d.hero_image_url?.trim() || null : d[field])))
  return canonical(saved) !== canonical(draft)
}

/** Problems that stop the guide from being published: disease claims, citation and product card errors. */
export function blockingProblems(report: GuideCompliance): number {
  return (
    report.claims.findings.filter((f) => f.severity === "error").length + report.citation_errors.length + report.product_card_errors.length
  )
}

export interface ComplianceState {
  body: string
  checking: boolean
  failed: boolean
  report: GuideCompliance | undefined
}

/** Why "Publish" is disabled right now, or null when the claims panel lets it through. */
export function publishBlockedBecause({ body, checking, failed, report }: ComplianceState): string | null {
  if (!body.trim()) return "Write the body first: the claims check reads it before anything is published."
  if (failed) return "The claims check could not run, so publishing waits until it can."
  if (checking || !report) return "Waiting for the claims check of the latest text…"
  if (!report.ok) {
    const n = blockingProblems(report)
    return `The compliance panel lists ${n} problem${n === 1 ? "" : "s"} to fix before publishing.`
  }
  return null
}

/** The list with the item at `index` moved one place up (-1) or down (1); out of range changes nothing. */
export function moveBy<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list]
  const next = [...list]
  const [moved] = next.splice(index, 1)
  next.splice(to, 0, moved!)
  return next
}

/** Guides a product may be linked to: published ones not linked yet. A draft would show nothing in the store. */
export function linkableGuides<G extends Pick<GuideListItem, "id"> & { status: GuideStatus }>(
  guides: readonly G[],
  linkedIds: Iterable<string>
): G[] {
  const linked = new Set(linkedIds)
  return guides.filter((g) => g.status === "published" && !linked.has(g.id))
}
