export { checkClaims } from "./check-claims"
export type { ClaimCheckOptions, ClaimCheckResult, ClaimFinding, ClaimRule, ClaimSeverity } from "./check-claims"
export { findClaimMarkers } from "./markers"
export type { ContentKind } from "./subjects"
