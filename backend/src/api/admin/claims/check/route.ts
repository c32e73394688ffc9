import { checkClaims } from "@biome/shared"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCheckClaimsType } from "../validators"

/** POST /admin/claims/check: the shop's claims check on any text, for the editors' compliance panels. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCheckClaimsType>, res: MedusaResponse) => {
  const { text, kind } = req.validatedBody
  const result = checkClaims(text, { kind })
  res.json({ ok: result.ok, findings: result.findings, marked_claims: result.markedClaims, disclaimer: result.disclaimer })
}
