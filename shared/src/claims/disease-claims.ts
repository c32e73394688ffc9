/** Disease claims (21 CFR 101.93(g)): a verb acting on a disease, a drug comparison, directions, a product name. */
import type { ClaimFinding, ClaimSeverity, Disease, Framing, SentenceContext } from "./finding"
import {
  ADJECTIVE_MATCHERS,
  agentOf,
  closeInClause,
  diseaseFor,
  DOSING_LEMMAS,
  findDiseases,
  findTriggers,
  isNegated,
  QUESTION,
} from "./sentence-reading"
import type { Agent, ContentKind } from "./subjects"
import { compile, findAll, matches, wordCount } from "./text"
import { DRUG_COMPARISONS, DRUGS } from "./drug-vocabulary"
import { SUGGESTIONS } from "./structure-function-vocabulary"
import type { DiseaseTerm } from "./vocabulary"

const DRUG = compile(DRUGS)
const COMPARISON = compile(DRUG_COMPARISONS)
const DOSING_OCCASION = compile(
  "when(?:ever)?|during|at the (?:first )?(?:sign|signs|start|onset) of|in case of|as soon as|before|after|if you (?:get|feel|catch|suffer|start)|for"
)
// A product name that carries a disease ("AcneAway", "FluShield"): an implied claim (21 CFR 101.93(g)(2)(iv)).
const DISEASE_NAME =
  /\b(?:Acne|Flu|Cold|Eczema|Ibs|IBS|Candi|Psoria|Rosacea|Allerg[yi]|Uti|UTI|Yeast|Migraine|Cough|Sinus|Arthri|Gout|Reflux|Ulcer|Thrush|Colic)(?:[A-Z][a-z]+)+|\b[A-Z][a-z]+(?:Acne|Flu|Eczema|Ibs|IBS|Uti|UTI|Cold|Colic)\b/g

function diseaseFinding(
  c: SentenceContext,
  severity: ClaimSeverity,
  start: number,
  end: number,
  lead: string,
  area: DiseaseTerm["area"]
): ClaimFinding {
  const excerpt = c.raw.slice(start, end)
  return {
    rule: "disease-claim",
    severity,
    start: c.offset + start,
    end: c.offset + end,
    excerpt,
    reason:
      `${severity === "error" ? "Disease claim" : "Possible disease claim"}: "${excerpt}" ${lead} A supplement may not claim to diagnose, treat, cure, ` +
      `mitigate or prevent a disease (21 CFR 101.93(g)); describe a normal body function instead, e.g. "${SUGGESTIONS[area]}".`,
    rewrite: SUGGESTIONS[area],
  }
}

/** "An alternative to antibiotics", "acts like an antiviral": putting the product in a drug's place. */
export function findDrugComparisons(c: SentenceContext): ClaimFinding[] {
  const drugs = findAll(DRUG, c.sentence)
  if (drugs.length === 0) return []
  const findings: ClaimFinding[] = []
  for (const cmp of findAll(COMPARISON, c.sentence)) {
    const drug = drugs.find(
      (d) => d.start >= cmp.end && wordCount(c.sentence.slice(cmp.end, d.start)) <= 3 && !/[,;:.]/.test(c.sentence.slice(cmp.end, d.start))
    )
    if (!drug || isNegated(c.sentence, cmp.start)) continue
    // The drug is no subject: only what stands before the comparison, or the product anywhere, speaks.
    const refs = c.refs.filter((r) => r.end <= cmp.start || r.cls === "product")
    const agent = agentOf({ ...c, refs }, { ...cmp, passive: false, selfAgent: false })
    const severity: ClaimSeverity | null =
      agent === "product" ? "error" : agent === "implied" ? (c.kind === "product" ? "error" : "warning") : null
    if (!severity) continue
    const lead = `compares the product with ${drug.text}, which claims it treats what that drug treats.`
    findings.push(diseaseFinding(c, severity, cmp.start, drug.end, lead, "general"))
  }
  return findings
}

/** Directions that name a disease: "Take three capsules when a migraine starts", "Sore throat? Take two." */
export function findDosingClaims(c: SentenceContext): ClaimFinding[] {
  const productHere = c.kind === "product" || c.refs.some((r) => r.cls === "product")
  if (!productHere) return []
  const diseases = findDiseases(c.sentence).filter((d) => !d.term.complaint)
  if (diseases.length === 0 && !c.askedAbout) return []
  const g = c.grammar()
  const answers = c.askedAbout !== null && diseases.length === 0 && ANSWER.test(c.sentence)
  if (!answers && !DOSING_LEMMAS.has(g.firstLemma) && !DOSING_LEMMAS.has(g.firstWord)) return []
  if (c.askedAbout && diseases.length === 0) {
    const end = c.sentence.trimEnd().length
    return [
      diseaseFinding(c, "error", 0, end, `are directions for ${c.askedAbout.term.name}, asked about just before.`, c.askedAbout.term.area),
    ]
  }
  for (const occasion of findAll(DOSING_OCCASION, c.sentence)) {
    const disease = diseases.find((d) => d.start >= occasion.end && closeInClause(c.sentence, occasion.end, d.start, 6))
    if (!disease || isNegated(c.sentence, occasion.start) || /\bif you (?:have|are)\b/i.test(c.sentence)) continue
    const lead = `tells the reader to take the product for ${disease.term.name}.`
    return [diseaseFinding(c, "error", occasion.start, disease.end, lead, disease.term.area)]
  }
  return []
}

/** A product name built on a disease ("AcneAway", "FluShield"). */
export function findDiseaseNames(c: SentenceContext): ClaimFinding[] {
  return [...c.sentence.matchAll(DISEASE_NAME)].map((m) => {
    const severity: ClaimSeverity = c.kind === "product" ? "error" : "warning"
    return diseaseFinding(
      c,
      severity,
      m.index,
      m.index + m[0].length,
      "is a name that promises to treat a disease (an implied claim).",
      "general"
    )
  })
}

/** A short question that names a disease ("Sore throat?"), which the next sentence may answer with directions. */
// Answers to a question about a disease that offer the product ("We've got you covered.").
const ANSWER = /\b(?:got you covered|look no further|we can help|here to help|has you covered|try (?:our|this|these))\b/i

export function askedAboutIn(c: SentenceContext): Disease | null {
  if (!QUESTION.test(c.sentence) || wordCount(c.sentence) > 6) return null
  return findDiseases(c.sentence).find((d) => !d.term.complaint) ?? null
}

function diseaseSeverity(agent: Agent, framing: Framing, kind: ContentKind): ClaimSeverity | null {
  switch (agent) {
    case "product":
      return "error"
    case "implied":
      return kind === "product" ? "error" : "warning"
    case "ingredient":
      // A guide may report research on strains; a product page that does so implies the product works.
      if (framing === "research") return kind === "product" ? "warning" : null
      if (framing === "hedged") return kind === "product" ? "error" : "warning"
      return "error"
    case "other":
      return null
  }
}

export function findDiseaseClaims(c: SentenceContext): ClaimFinding[] {
  const diseases = findDiseases(c.sentence)
  if (diseases.length === 0 && !ADJECTIVE_MATCHERS.some(({ re }) => matches(re, c.sentence))) return []
  const triggers = findTriggers(c.sentence)
  const reported = new Set<number>()
  const findings: ClaimFinding[] = []
  for (const t of triggers) {
    // Our own reading of "not/never/no…" and the tagger's, which also knows "nothing", "hardly" and the like.
    if (isNegated(c.sentence, t.start) || c.grammar().negatedOffsets.includes(t.start)) continue
    const disease = diseaseFor(t, diseases, triggers, c.sentence)
    if (!disease || reported.has(disease.start)) continue
    const agent = agentOf(c, t)
    if (agent === "implied" && t.needsSubjectInGuide && c.kind === "guide") continue
    const framing = t.weak && c.framing === "asserted" ? "hedged" : c.framing
    const severity = diseaseSeverity(agent, framing, c.kind)
    if (!severity) continue
    reported.add(disease.start)
    const start = Math.min(t.start, disease.start)
    const end = Math.max(t.end, disease.end)
    const excerpt = c.raw.slice(start, end)
    const who = agent === "ingredient" ? "an ingredient" : "the product"
    const lead =
      severity === "error"
        ? `Disease claim: "${excerpt}" says ${who} can ${t.meaning} ${disease.term.name}.`
        : `Possible disease claim: "${excerpt}" may read as saying ${who} can ${t.meaning} ${disease.term.name}.`
    findings.push({
      rule: "disease-claim",
      severity,
      start: c.offset + start,
      end: c.offset + end,
      excerpt,
      reason:
        `${lead} A supplement may not claim to diagnose, treat, cure, mitigate or prevent a disease (21 CFR 101.93(g)); ` +
        `describe a normal body function instead, e.g. "${SUGGESTIONS[disease.term.area]}".`,
      rewrite: SUGGESTIONS[disease.term.area],
    })
  }
  return findings
}
