import { checkClaims, type CitationProblem, type ClaimFinding, type GuideComplianceReport } from "@biome/shared"
import { MedusaError } from "@medusajs/framework/utils"
import { checkCitations } from "./citations"

export interface GuideContentToReview {
  body: string
  citations: readonly { title?: string }[]
  /** Titles of the products the guide is linked to, so "Daily Balance clears acne" reads as the product speaking. */
  product_names?: readonly string[]
}

/** Runs the shop's claims check (as a guide) and the citation check over a guide's body. */
export function reviewGuideContent(content: GuideContentToReview): GuideComplianceReport {
  const claims = checkClaims(content.body, { kind: "guide", productNames: content.product_names ?? [] })
  const citationErrors = checkCitations(content.body, content.citations)
  return {
    ok: claims.ok && citationErrors.length === 0,
    claims: { ok: claims.ok, findings: claims.findings, marked_claims: claims.markedClaims, disclaimer: claims.disclaimer },
    citation_errors: citationErrors,
  }
}

/**
 * Refusal to publish a guide that breaks the claims rules or cites badly. Its own properties survive the
 * workflow engine's error serialisation, so a route can answer with the findings.
 */
export class GuideComplianceError extends MedusaError {
  findings: ClaimFinding[]
  citation_errors: CitationProblem[]

  constructor(title: string, report: GuideComplianceReport) {
    const findings = report.claims.findings.filter((f) => f.severity === "error")
    const problems = [...findings.map((f) => f.reason), ...report.citation_errors.map((p) => p.message)]
    const list = problems.map((p, i) => `${i + 1}. ${p}`).join("\n")
    super(
      MedusaError.Types.INVALID_DATA,
      `The guide "${title}" cannot be published until ${problems.length === 1 ? "this problem is" : `these ${problems.length} problems are`} fixed:\n${list}`
    )
    this.findings = findings
    this.citation_errors = report.citation_errors
  }
}

/** Recognises the refusal above, also after serialisation (a plain object with the same properties). */
export function isGuideComplianceError(
  error: unknown
): error is { message: string; findings: ClaimFinding[]; citation_errors: CitationProblem[] } {
  return (
    typeof error === "object" &&
    error !== null &&
    Array.isArray((error as { findings?: unknown }).findings) &&
    Array.isArray((error as { citation_errors?: unknown }).citation_errors)
  )
}
