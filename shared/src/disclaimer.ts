import { findClaimMarkers } from "./claims/markers"

/**
 * The FDA disclaimer of 21 CFR 101.93(c). Its wording changes with the number of structure/function
 * claims on the page: one claim reads "This statement has…", several read "These statements have…".
 */
export const FDA_DISCLAIMER_PLURAL =
  "These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease."

export const FDA_DISCLAIMER_SINGULAR =
  "This statement has not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease."

/** The disclaimer a page needs for the number of marked claims it carries; null when it carries none. */
export function disclaimerFor(markedClaimCount: number): string | null {
  if (markedClaimCount <= 0) return null
  return markedClaimCount === 1 ? FDA_DISCLAIMER_SINGULAR : FDA_DISCLAIMER_PLURAL
}

/**
 * Counts claims marked with the asterisk convention ("supports digestive health*"). Markdown emphasis
 * (`*italic*`, `**bold**`) is not a marker; the claims check uses the same rule.
 */
export function countMarkedClaims(text: string): number {
  return findClaimMarkers(text).length
}
