import { checkClaims, type ClaimFinding } from "@biome/shared"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The product fields shoppers read as the shop's claims. */
const COPY_FIELDS = ["title", "subtitle", "description"] as const
/** The text fields of the supplement-facts panel (product.metadata.supplement_facts), shown on the product page. */
const FACTS_TEXT_FIELDS = ["serving_size", "directions", "storage"] as const
const FACTS_LIST_FIELDS = ["other_ingredients", "allergens"] as const

export interface ProductCopyFinding extends ClaimFinding {
  /** Where the words are: "description", "variants[1].title", "metadata.supplement_facts.directions"… */
  field: string
  /** For a batch: "create" or "update" and the product's index there. */
  batch?: { list: "create" | "update"; index: number }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value)
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null)

/** Every piece of customer-facing text in a product (or a product update), with the field it sits in. */
export function productCopyTexts(copy: Record<string, unknown>): { field: string; text: string }[] {
  const texts: { field: string; text: string | null }[] = COPY_FIELDS.map((field) => ({ field, text: text(copy[field]) }))
  if (Array.isArray(copy.variants)) {
    for (const [i, v] of copy.variants.entries()) texts.push({ field: `variants[${i}].title`, text: isRecord(v) ? text(v.title) : null })
  }
  const facts = isRecord(copy.metadata) && isRecord(copy.metadata.supplement_facts) ? copy.metadata.supplement_facts : null
  if (facts) {
    const at = (name: string) => `metadata.supplement_facts.${name}`
    for (const name of FACTS_TEXT_FIELDS) texts.push({ field: at(name), text: text(facts[name]) })
    for (const name of FACTS_LIST_FIELDS) {
      if (!Array.isArray(facts[name])) continue
      for (const [i, item] of (facts[name] as unknown[]).entries()) texts.push({ field: `${at(name)}[${i}]`, text: text(item) })
    }
    for (const name of ["strains", "other_actives"] as const) {
      if (!Array.isArray(facts[name])) continue
      for (const [i, item] of (facts[name] as unknown[]).entries())
        texts.push({ field: `${at(name)}[${i}].name`, text: isRecord(item) ? text(item.name) : null })
    }
  }
  return texts.filter((t): t is { field: string; text: string } => t.text !== null)
}

/** The claims check over every customer-facing text of a product, warnings included unless `errorsOnly`. */
export function findProductCopyFindings(
  copy: Record<string, unknown>,
  { errorsOnly = false, title }: { errorsOnly?: boolean; title?: string } = {}
): ProductCopyFinding[] {
  const name = title ?? (typeof copy.title === "string" ? copy.title : undefined)
  return productCopyTexts(copy).flatMap(({ field, text }) =>
    checkClaims(text, { kind: "product", productNames: name ? [name] : [] })
      .findings.filter((f) => !errorsOnly || f.severity === "error")
      .map((f) => ({ ...f, field }))
  )
}

/**
 * Blocking problems in product copy: disease claims and unmarked structure/function claims are both
 * errors for a product page.
 */
export function findProductCopyProblems(copy: Record<string, unknown>): ProductCopyFinding[] {
  return findProductCopyFindings(copy, { errorsOnly: true })
}

function refuse(res: MedusaResponse, findings: ProductCopyFinding[]) {
  const list = findings
    .map(
      (f, i) =>
        `${i + 1}. ${f.batch ? `${f.batch.list}[${f.batch.index}].` : ""}${f.field}: ${f.reason}${f.rewrite ? ` Try: "${f.rewrite}".` : ""}`
    )
    .join("\n")
  res.status(400).json({
    type: "invalid_data",
    message: `The product copy cannot be saved until ${findings.length === 1 ? "this problem is" : `these ${findings.length} problems are`} fixed:\n${list}`,
    findings,
  })
}

/** Middleware for POST /admin/products and /admin/products/:id: refuses copy that breaks the claims rules. */
export function refuseUnlawfulProductCopy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const findings = isRecord(req.body) ? findProductCopyProblems(req.body) : []
  if (findings.length > 0) return refuse(res, findings)
  next()
}

/** Middleware for POST /admin/products/:id/variants(/:variant_id): a variant's title is copy too. */
export function refuseUnlawfulVariantCopy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const title = isRecord(req.body) ? text(req.body.title) : null
  const findings = title
    ? checkClaims(title, { kind: "product" })
        .findings.filter((f) => f.severity === "error")
        .map((f) => ({ ...f, field: "variant.title" }))
    : []
  if (findings.length > 0) return refuse(res, findings)
  next()
}

/** Middleware for POST /admin/products/batch: the same check on every product created or updated. */
export function refuseUnlawfulProductCopyInBatch(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = isRecord(req.body) ? req.body : {}
  const findings = (["create", "update"] as const).flatMap((list) => {
    const products = Array.isArray(body[list]) ? (body[list] as unknown[]) : []
    return products.flatMap((product, index) =>
      isRecord(product) ? findProductCopyProblems(product).map((f) => ({ ...f, batch: { list, index } })) : []
    )
  })
  if (findings.length > 0) return refuse(res, findings)
  next()
}
