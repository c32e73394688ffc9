/**
 * The claims check (US 21 CFR 101.93): flags disease claims, and structure/function claims that lack
 * the asterisk marker, sentence by sentence, with positions into the original text.
 */
import { disclaimerFor } from "../disclaimer"
import { findClaimMarkers } from "./markers"
import { findSubjectRefs, resolveAgent, topicAfter, type Agent, type ContentKind, type SubjectRef, type Topic } from "./subjects"
import { compile, dropOverlaps, findAll, maskMarkdown, matches, splitSentences, wordCount, type Mention } from "./text"
import {
  DISEASES,
  DISEASE_TRIGGERS,
  DRUG_ADJECTIVES,
  STRUCTURE_FUNCTION_TARGETS,
  STRUCTURE_FUNCTION_VERBS,
  SUGGESTIONS,
  type ClaimMeaning,
  type DiseaseTerm,
} from "./vocabulary"

export type ClaimSeverity = "error" | "warning"
export type ClaimRule = "disease-claim" | "unmarked-structure-function"

export interface ClaimFinding {
  rule: ClaimRule
  severity: ClaimSeverity
  start: number
  end: number
  excerpt: string
  reason: string
}

export interface ClaimCheckResult {
  /** No error findings; warnings alone do not block publishing. */
  ok: boolean
  findings: ClaimFinding[]
  /** Claim markers in the text (see findClaimMarkers), which decide the disclaimer's wording. */
  markedClaims: number
  disclaimer: string | null
}

export interface ClaimCheckOptions {
  /** Product copy (the default, strictest) or a guide, where general education about diseases is fine. */
  kind?: ContentKind
  /** Product titles, so "Gut Balance clears acne" is read as the product speaking. */
  productNames?: readonly string[]
}

type Framing = "research" | "hedged" | "asserted"

interface Trigger extends Mention {
  meaning: ClaimMeaning
  passive: boolean
  selfAgent: boolean
  weak: boolean
  embedded: boolean
  needsSubjectInGuide: boolean
}

interface Disease extends Mention {
  term: DiseaseTerm
}

const DISEASE_MATCHERS = DISEASES.map((term) => ({ term, re: compile(term.pattern) }))
const ADJECTIVE_MATCHERS = DRUG_ADJECTIVES.map((a) => ({
  re: compile(a.pattern),
  term: DISEASES.find((d) => d.name === a.name) ?? { name: a.name, area: "general" as const, pattern: a.pattern },
}))
const TRIGGER_MATCHERS = DISEASE_TRIGGERS.map((t) => ({ ...t, re: compile(t.pattern) }))
const SF_VERB = compile(STRUCTURE_FUNCTION_VERBS)
const SF_TARGET = compile(STRUCTURE_FUNCTION_TARGETS)
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+|not\s+|also\s+|often\s+)?$/i
const PARTICIPLE = /(?:ed|en|ught)(?:\s+up)?$/i
const NEGATOR = /\b(?:not|never|no(?!\s+more)|cannot|neither|nor|without)\b|n['’]t\b/gi
const NOT_ONLY = /^(?:not|n['’]t)\s+(?:only|just)\b/i
const NEGATION_BREAK = /[;:]|\b(?:but|yet|however|although|though|while)\b|,\s*(?:it|this|our|they|we|these)\b|\band\s+(?:it|this|our|they)\b/i
// Between a verb and its object: a new clause starts, so a later disease is not what the verb acts on.
const OBJECT_BREAK = /[;:—–]|\b(?:but|while|whereas|although|though|because|unlike|without|unless|except)\b/i
const RESEARCH = compile(
  [
    "stud(?:y|ies|ied)", "trials?", "research(?:ers)?", "scientists?", "evidence", "meta-analys[ie]s", "reviews?", "reviewed",
    "investigat(?:e|ed|ing|ions?)", "examin(?:e|ed|ing)", "tested", "whether", "found that", "suggests?", "reported",
    "observed", "cohort", "participants", "randomi[sz]ed", "placebo", "et al",
  ].join("|"),
)
const CITATION = /\[\^?\d+(?:\s*[,–-]\s*\d+)*\]|\([^()]*\b(?:19|20)\d{2}[a-z]?\)/
const QUESTION = /\?[\s*"”’')\]]*$/
const HEDGE = compile("may|might|could|possibly|potentially|perhaps")

/** Checks product copy (default) or a guide for disease claims and unmarked structure/function claims. */
export function checkClaims(text: string, options: ClaimCheckOptions = {}): ClaimCheckResult {
  const kind = options.kind ?? "product"
  const masked = maskMarkdown(text)
  const markers = findClaimMarkers(text)
  const findings: ClaimFinding[] = []
  let topic: Topic = null
  for (const span of splitSentences(text, masked)) {
    if (span.paragraphStart) topic = null
    const sentence = masked.slice(span.start, span.end)
    const refs = findSubjectRefs(sentence, kind, options.productNames)
    const context: SentenceContext = {
      sentence,
      raw: text.slice(span.start, span.end),
      offset: span.start,
      refs,
      kind,
      topic,
      framing: framingOf(sentence, text.slice(span.start, span.end)),
      markers: markers.filter((m) => m >= span.start && m < span.end).map((m) => m - span.start),
    }
    const diseaseFindings = findDiseaseClaims(context)
    findings.push(...diseaseFindings, ...findUnmarkedClaims(context, diseaseFindings))
    topic = topicAfter(refs, topic)
  }
  return {
    ok: !findings.some((f) => f.severity === "error"),
    findings,
    markedClaims: markers.length,
    disclaimer: disclaimerFor(markers.length),
  }
}

interface SentenceContext {
  sentence: string
  raw: string
  offset: number
  refs: SubjectRef[]
  kind: ContentKind
  topic: Topic
  framing: Framing
  markers: number[]
}

function framingOf(sentence: string, raw: string): Framing {
  if (matches(RESEARCH, sentence) || CITATION.test(raw) || QUESTION.test(raw)) return "research"
  return matches(HEDGE, sentence) ? "hedged" : "asserted"
}

function findDiseases(s: string): Disease[] {
  const found = DISEASE_MATCHERS.flatMap(({ term, re }) => findAll(re, s).map((m) => ({ ...m, term })))
  return dropOverlaps(found)
}

function findTriggers(s: string): Trigger[] {
  const found = TRIGGER_MATCHERS.flatMap((t) =>
    findAll(t.re, s).map((m) => ({
      ...m,
      meaning: t.meaning,
      passive: t.neverPassive !== true && isPassive(s, m),
      selfAgent: t.selfAgent === true,
      weak: t.weak === true,
      embedded: t.embedded === true,
      needsSubjectInGuide: t.needsSubjectInGuide === true,
    })),
  )
  const adjectives = ADJECTIVE_MATCHERS.flatMap(({ re }) => findAll(re, s)).map((m) => ({
    ...m, meaning: "treat" as const, passive: false, selfAgent: false, weak: false, embedded: true, needsSubjectInGuide: false,
  }))
  return dropOverlaps([...found, ...adjectives])
}

// "Acne can be treated", "is often relieved", or a headline participle right after the disease ("Eczema relieved").
function isPassive(s: string, m: Mention): boolean {
  if (!PARTICIPLE.test(m.text)) return false
  const before = s.slice(0, m.start)
  return PASSIVE_BEFORE.test(before) || endsWithDisease(before)
}

function endsWithDisease(before: string): boolean {
  const trimmed = before.trimEnd()
  return findDiseases(trimmed).some((d) => d.end === trimmed.length)
}

/** A verb and a word at most `maxWords` further on, in the same clause. */
function closeInClause(s: string, from: number, to: number, maxWords: number): boolean {
  const gap = s.slice(from, to)
  return wordCount(gap) <= maxWords && !OBJECT_BREAK.test(gap)
}

function isNegated(s: string, at: number): boolean {
  const negators = findAll(NEGATOR, s.slice(0, at))
  const last = negators[negators.length - 1]
  if (!last || NOT_ONLY.test(s.slice(last.start))) return false
  const gap = s.slice(last.end, at)
  return wordCount(gap) <= 8 && !NEGATION_BREAK.test(gap)
}

/** The disease a trigger acts on: its object, or its subject when the verb is passive. */
function diseaseFor(t: Trigger, diseases: Disease[], triggers: Trigger[], s: string): Disease | undefined {
  if (t.embedded) {
    return diseases.find((d) => d.start >= t.start && d.end <= t.end) ?? adjectiveDisease(t)
  }
  if (t.passive) {
    return [...diseases].reverse().find((d) => d.end <= t.start && closeInClause(s, d.end, t.start, 6))
  }
  return diseases.find((d) => {
    if (d.start < t.end) return false
    // "relieves bloating and prevents IBS": IBS belongs to the nearer verb.
    const anotherVerb = triggers.some((o) => o !== t && o.start >= t.end && o.start < d.start && !o.embedded)
    return !anotherVerb && closeInClause(s, t.end, d.start, 8)
  })
}

function adjectiveDisease(t: Trigger): Disease | undefined {
  const adjective = ADJECTIVE_MATCHERS.find(({ re }) => matches(re, t.text))
  return adjective ? { start: t.start, end: t.end, text: t.text, term: adjective.term } : undefined
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

function findDiseaseClaims(c: SentenceContext): ClaimFinding[] {
  const diseases = findDiseases(c.sentence)
  if (diseases.length === 0 && !ADJECTIVE_MATCHERS.some(({ re }) => matches(re, c.sentence))) return []
  const triggers = findTriggers(c.sentence)
  const reported = new Set<number>()
  const findings: ClaimFinding[] = []
  for (const t of triggers) {
    if (isNegated(c.sentence, t.start)) continue
    const disease = diseaseFor(t, diseases, triggers, c.sentence)
    if (!disease || reported.has(disease.start)) continue
    const agent = resolveAgent({ sentence: c.sentence, refs: c.refs, trigger: t, kind: c.kind, topic: c.topic })
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
    })
  }
  return findings
}

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

function findUnmarkedClaims(c: SentenceContext, diseaseFindings: ClaimFinding[]): ClaimFinding[] {
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
      reason:
        `Structure/function claim without a marker: write "${excerpt}*" so the page carries ` +
        "the FDA disclaimer (21 CFR 101.93(c)).",
    })
  })
  return findings
}
