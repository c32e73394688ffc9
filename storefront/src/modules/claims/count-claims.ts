import { countMarkedClaims } from "@biome/shared"

/** Marked claims across every piece of copy a page renders, so its disclaimer gets the right wording. */
export function countClaimsOnPage(texts: (string | null | undefined)[]): number {
  return texts.reduce((sum, text) => sum + (text ? countMarkedClaims(text) : 0), 0)
}
