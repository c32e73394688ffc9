import { checkClaims, type ClaimFinding } from "@biome/shared"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The product fields shoppers read as the shop's claims. */
const COPY_FIELDS = ["title", "subtitle", "description"] as const
type CopyField = (typeof COPY_FIELDS)[number]

export interface ProductCopyFinding extends ClaimFinding {
  field: CopyField
  /** For a batch: "create" or "update" and the product's index there. */
  batch?: { list: "create" | "update"; index: number }
}

/**
 * Blocking problems in product copy: disease claims and unmarked structure/function claims are both
 * errors for a product page.
 */
export function findProductCopyProblems(copy: Record<string, unknown>): ProductCopyFinding[] {
  const title = typeof copy.title === "string" ? copy.title : undefined
  return COPY_FIELDS.flatMap((field) => {
    const text = copy[field]
    if (typeof text !== "string" || text.trim() === "") return []
    return checkClaims(text, { kind: "product", productNames: title ? [title] : [] })
      .findings.filter((f) => f.severity === "error")
      .map((f) => ({ ...f, field }))
  })
}

function refuse(res: MedusaResponse, findings: ProductCopyFinding[]) {
  const list = findings
    .map((f, i) => `${i + 1}. ${f.batch ? `${f.batch.list}[${f.batch.index}].` : ""}${f.field}: ${f.reason}`)
    .join("\n")
  res.status(400).json({
    type: "invalid_data",
    message: `The product copy cannot be saved until ${findings.length === 1 ? "this problem is" : `these ${findings.length} problems are`} fixed:\n${list}`,
    findings,
  })
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value)

/** Middleware for POST /admin/products and /admin/products/:id: refuses copy that breaks the claims rules. */
export function refuseUnlawfulProductCopy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const findings = isRecord(req.body) ? findProductCopyProblems(req.body) : []
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
