/** Structure/function claims (21 CFR 101.93(c)) that lack the asterisk leading to the FDA disclaimer. */
import type { ClaimFinding, ClaimSeverity, Framing, SentenceContext } from "./finding"
import { closeInClause, isNegated } from "./sentence-reading"
import { resolveAgent, type Agent, type ContentKind } from "./subjects"
import { compile, findAll } from "./text"
import { STRUCTURE_FUNCTION_TARGETS, STRUCTURE_FUNCTION_VERBS } from "./structure-function-vocabulary"

const SF_VERB = compile(STRUCTURE_FUNCTION_VERBS)
const SF_TARGET = compile(STRUCTURE_FUNCTION_TARGETS)

function structureFunctionSeverity(agent: Agent, framing: Framing, kind: ContentKind): ClaimSeverity | null {
  switch (agent) {
    case "product":
      return "error"
    case "implied":
      return kind === "product" ? "error" : "warning"
    case "ingredient":
      if (kind === "product") return "error"
      return framing === "asserted" ? "warning" : null
    case "other":
      return null
  }
}

export function findUnmarkedClaims(c: SentenceContext, diseaseFindings: ClaimFinding[]): ClaimFinding[] {
  const targets = findAll(SF_TARGET, c.sentence)
  // A verb inside a claim's own target ("digestive balance") is part of that claim, not the start of another.
  const verbs = findAll(SF_VERB, c.sentence).filter((v) => !targets.some((t) => v.start >= t.start && v.end <= t.end))
  const findings: ClaimFinding[] = []
  const usedTargets = new Set<number>()
  verbs.forEach((verb, i) => {
    const nextVerb = verbs[i + 1]?.start ?? c.sentence.length
    const target = targets.find((t) => t.start >= verb.end && t.start < nextVerb && closeInClause(c.sentence, verb.end, t.start, 5))
    if (!target || usedTargets.has(target.start) || isNegated(c.sentence, verb.start)) return
    usedTargets.add(target.start)
    const start = c.offset + verb.start
    const end = c.offset + target.end
    if (diseaseFindings.some((f) => f.start < end && start < f.end)) return
    // Marked when an asterisk follows the claim before the next claim starts.
    const limit = i + 1 < verbs.length ? nextVerb : Infinity
    if (c.markers.some((m) => m >= target.start && m < limit)) return
    const trigger = { ...verb, passive: false, selfAgent: false }
    const agent = resolveAgent({ sentence: c.sentence, refs: c.refs, trigger, kind: c.kind, topic: c.topic })
    const severity = structureFunctionSeverity(agent, c.framing, c.kind)
    if (!severity) return
    const excerpt = c.raw.slice(verb.start, target.end)
    findings.push({
      rule: "unmarked-structure-function",
      severity,
      start,
      end,
      excerpt,
      reason: `Structure/function claim without a marker: write "${excerpt}*" so the page carries the FDA disclaimer (21 CFR 101.93(c)).`,
      rewrite: `${excerpt}*`,
    })
  })
  return findings
}
