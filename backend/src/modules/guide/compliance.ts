import {
  checkCitations,
  checkClaims,
  checkProductCards,
  type CitationProblem,
  type ClaimFinding,
  type GuideComplianceReport,
  type ProductCardProblem,
  type ProductForCards,
} from "@biome/shared"
import { MedusaError } from "@medusajs/framework/utils"

export interface GuideContentToReview {
  body: string
  /** The summary shown on guide cards and in search results: checked like the body. */
  summary?: string | null
  citations: readonly { title?: string }[]
  /** The products the body's cards name and the guide's linked products (see productsForCards). */
  products?: readonly ProductForCards[]
}

/**
 * Runs the shop's claims check (as a guide), the citation check and the product-card check over a guide's
 * body. The linked products' names count as the product speaking ("Daily Balance clears acne").
 */
export function reviewGuideContent(content: GuideContentToReview): GuideComplianceReport {
  const products = content.products ?? []
  const productNames = products.filter((p) => p.linked && p.title).map((p) => p.title!)
  const claims = checkClaims(content.body, { kind: "guide", productNames })
  // Summary findings point into the summary, so they say so (the body's own findings have no field).
  const summaryFindings = content.summary
    ? checkClaims(content.summary, { kind: "guide", productNames }).findings.map((f) => ({
        ...f,
        field: "summary",
        reason: `Summary: ${f.reason}`,
      }))
    : []
  const claimsOk = claims.ok && !summaryFindings.some((f) => f.severity === "error")
  const citationErrors = checkCitations(content.body, content.citations)
  const productCardErrors = checkProductCards(content.body, products)
  return {
    ok: claimsOk && citationErrors.length === 0 && productCardErrors.length === 0,
    claims: {
      ok: claimsOk,
      findings: [...claims.findings, ...summaryFindings],
      marked_claims: claims.markedClaims,
      disclaimer: claims.disclaimer,
    },
    citation_errors: citationErrors,
    product_card_errors: productCardErrors,
  }
}

/**
 * Refusal to publish a guide that breaks the claims rules, cites badly or shows cards the store cannot.
 * Its own properties survive the workflow engine's error serialisation, so a route can answer with them.
 */
export class GuideComplianceError extends MedusaError {
  findings: ClaimFinding[]
  citation_errors: CitationProblem[]
  product_card_errors: ProductCardProblem[]

  constructor(title: string, report: GuideComplianceReport) {
    const findings = report.claims.findings.filter((f) => f.severity === "error")
    const problems = [
      ...findings.map((f) => f.reason),
      ...report.citation_errors.map((p) => p.message),
      ...report.product_card_errors.map((p) => p.message),
    ]
    const list = problems.map((p, i) => `${i + 1}. ${p}`).join("\n")
    super(
      MedusaError.Types.INVALID_DATA,
      `The guide "${title}" cannot be published until ${problems.length === 1 ? "this problem is" : `these ${problems.length} problems are`} fixed:\n${list}`
    )
    this.findings = findings
    this.citation_errors = report.citation_errors
    this.product_card_errors = report.product_card_errors
  }
}

/** Recognises the refusal above, also after serialisation (a plain object with the same properties). */
export function isGuideComplianceError(
  error: unknown
): error is { message: string; findings: ClaimFinding[]; citation_errors: CitationProblem[]; product_card_errors: ProductCardProblem[] } {
  return (
    typeof error === "object" &&
    error !== null &&
    Array.isArray((error as { findings?: unknown }).findings) &&
    Array.isArray((error as { citation_errors?: unknown }).citation_errors) &&
    Array.isArray((error as { product_card_errors?: unknown }).product_card_errors)
  )
}
