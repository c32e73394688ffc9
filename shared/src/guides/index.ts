export { GUIDE_STATUSES } from "./types"
export type {
  Citation,
  CitationProblem,
  CitationProblemCode,
  ClaimsCheck,
  GuideComplianceReport,
  GuideStatus,
  ProductCardProblem,
  ProductCardProblemCode,
} from "./types"
export type {
  StoreGuide,
  StoreGuideCard,
  StoreGuideCitation,
  StoreGuideFeedbackResponse,
  StoreGuideListResponse,
  StoreGuidePerson,
  StoreGuideProduct,
  StoreGuideResponse,
  StoreProductGuidesResponse,
} from "./store"
