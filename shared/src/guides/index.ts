export { GUIDE_STATUSES } from "./types"
export type { Citation, CitationProblem, CitationProblemCode, ClaimsCheck, GuideComplianceReport, GuideStatus, ProductCardProblem, ProductCardProblemCode } from "./types"
