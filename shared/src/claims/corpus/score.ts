import { checkClaims } from "../check-claims"
import type { LabelledSentence } from "./types"

export interface Score {
  recall: number
  specificity: number
  flagged: number
  passed: number
  /** Sentences the check got wrong, with what it said. */
  misses: { kind: string; label: string; text: string; found: string[] }[]
}

/** Recall (must-flag sentences refused) and specificity (must-pass sentences allowed) of the check on a set. */
export function scoreClaimsCheck(set: readonly LabelledSentence[]): Score {
  let truePos = 0
  let trueNeg = 0
  let flagged = 0
  let passed = 0
  const misses: Score["misses"] = []
  for (const [kind, label, text] of set) {
    const result = checkClaims(text, { kind })
    const refused = !result.ok
    if (label === "flag") {
      flagged++
      if (refused) truePos++
    } else {
      passed++
      if (!refused) trueNeg++
    }
    if (refused !== (label === "flag")) {
      misses.push({ kind, label, text, found: result.findings.map((f) => `${f.severity} ${f.rule}: ${f.excerpt}`) })
    }
  }
  return { recall: flagged ? truePos / flagged : 1, specificity: passed ? trueNeg / passed : 1, flagged, passed, misses }
}
