import { checkClaims, type ClaimFinding } from "@biome/shared"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findProductCopyFindings, type ProductCopyFinding } from "../product-copy"

interface ProductRow {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  metadata: Record<string, unknown> | null
  variants: { title: string | null }[] | null
}

interface GuideRow {
  id: string
  slug: string
  title: string
  summary: string | null
  body: string
  status: string
}

type GuideFinding = ClaimFinding & { field: "title" | "summary" | "body" }

const countErrors = (findings: { severity: string }[]) => findings.filter((f) => f.severity === "error").length

/**
 * GET /admin/claims/report: every product and guide with what today's claims check says about it, errors
 * and warnings, field by field. Run it after a rule change to see which existing copy the change touches.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: productRows } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "subtitle", "description", "status", "metadata", "variants.title"],
  })
  const { data: guideRows } = await query.graph({ entity: "guide", fields: ["id", "slug", "title", "summary", "body", "status"] })
  const products = productRows as unknown as ProductRow[]
  const titles = products.map((p) => p.title)

  const productReports = products
    .map((p) => {
      const findings: ProductCopyFinding[] = findProductCopyFindings({ ...p, variants: p.variants ?? [] }, { title: p.title })
      return {
        id: p.id,
        handle: p.handle,
        title: p.title,
        status: p.status,
        ok: countErrors(findings) === 0,
        errors: countErrors(findings),
        findings,
      }
    })
    .sort((a, b) => a.handle.localeCompare(b.handle))

  const guideReports = (guideRows as unknown as GuideRow[])
    .map((g) => {
      const fields = [
        ["title", g.title],
        ["summary", g.summary],
        ["body", g.body],
      ] as const
      const findings: GuideFinding[] = fields.flatMap(([field, text]) =>
        text ? checkClaims(text, { kind: "guide", productNames: titles }).findings.map((f) => ({ ...f, field })) : []
      )
      return {
        id: g.id,
        slug: g.slug,
        title: g.title,
        status: g.status,
        ok: countErrors(findings) === 0,
        errors: countErrors(findings),
        findings,
      }
    })
    .sort((a, b) => a.slug.localeCompare(b.slug))

  res.json({
    products: productReports,
    guides: guideReports,
    totals: {
      products: productReports.length,
      guides: guideReports.length,
      with_errors: [...productReports, ...guideReports].filter((r) => !r.ok).length,
      with_warnings: [...productReports, ...guideReports].filter((r) => r.ok && r.findings.length > 0).length,
    },
  })
}
