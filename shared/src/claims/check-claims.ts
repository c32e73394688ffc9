/**
 * The claims check (US 21 CFR 101.93): flags disease claims, and structure/function claims that lack
 * the asterisk marker, sentence by sentence, with positions into the original text.
 */
import { disclaimerFor } from "../disclaimer"
import { findCitationMarkers } from "../markdown/citations"
import type { SentenceGrammar } from "./grammar"
import { findClaimMarkers } from "./markers"
import { readGrammar } from "./nlp"
import { findSubjectRefs, resolveAgent, topicAfter, type Agent, type ContentKind, type SubjectRef, type Topic } from "./subjects"
import { compile, dropOverlaps, findAll, maskMarkdown, matches, splitSentences, wordCount, type Mention } from "./text"
import {
  ANY_DISEASE,
  DISEASES,
  DISEASE_TRIGGERS,
  DRUG_ADJECTIVES,
  DRUG_COMPARISONS,
  DRUGS,
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
  /** A compliant wording to put in the excerpt's place, where one exists. */
  rewrite?: string
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
const NEGATOR = /\b(?:not|never|no(?!\s+(?:more|need))|none|nobody|nothing|cannot|neither|nor|without)\b|n['’]t\b/gi
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
// An author-year reference such as "(Lee 2021)"; citation markers ([^1]) are read from the syntax tree.
const AUTHOR_YEAR = /\([^()]*\b(?:19|20)\d{2}[a-z]?\)/
// On the masked sentence, where claim asterisks and citation markers after the question mark are blank.
const QUESTION = /\?[\s"”’')\]]*$/
const HEDGE = compile("may|might|could|possibly|potentially|perhaps")
// Verbs that only make a claim about an ordinary complaint when they say it is treated ("treats bloating").
const STRONG_VERB = /^(?:treat|heal|cur|remed|eradicat|eliminat|revers)/i
const DRUG = compile(DRUGS)
const COMPARISON = compile(DRUG_COMPARISONS)
// Directions: the product is what is taken, so a disease they name is what it is taken for.
const DOSING_LEMMAS = new Set(["take", "chew", "swallow", "mix", "stir", "sprinkle", "pop", "use", "start", "keep", "add", "try", "give", "dissolve", "double", "increase", "continue"])
const DOSING_OCCASION = compile("when(?:ever)?|during|at the (?:first )?(?:sign|signs|start|onset) of|in case of|as soon as|before|after|if you (?:get|feel|catch|suffer|start)|for")
// A research ref inside "proven in trials to…" is how a claim is backed, not who makes it.
const BACKING_BEFORE = /\b(?:proven|shown|tested|demonstrated|backed)\s+(?:in|by)\s+(?:[\w-]+\s+)?$/i
// A product name that carries a disease ("AcneAway", "FluShield"): an implied claim (21 CFR 101.93(g)(2)(iv)).
const DISEASE_NAME =
  /\b(?:Acne|Flu|Cold|Eczema|Ibs|IBS|Candi|Psoria|Rosacea|Allerg[yi]|Uti|UTI|Yeast|Migraine|Cough|Sinus|Arthri|Gout|Reflux|Ulcer|Thrush|Colic)(?:[A-Z][a-z]+)+|\b[A-Z][a-z]+(?:Acne|Flu|Eczema|Ibs|IBS|Uti|UTI|Cold|Colic)\b/g

/** Checks product copy (default) or a guide for disease claims and unmarked structure/function claims. */
export function checkClaims(text: string, options: ClaimCheckOptions = {}): ClaimCheckResult {
  const kind = options.kind ?? "product"
  const masked = maskMarkdown(text)
  const markers = findClaimMarkers(text)
  const citations = findCitationMarkers(text)
  const findings: ClaimFinding[] = []
  let topic: Topic = null
  let askedAbout: Disease | null = null
  for (const span of splitSentences(text, masked)) {
    if (span.paragraphStart) topic = null
    const sentence = masked.slice(span.start, span.end)
    const refs = findSubjectRefs(sentence, kind, options.productNames).filter(
      (r) => !(r.cls === "other" && BACKING_BEFORE.test(sentence.slice(0, r.start))),
    )
    const context: SentenceContext = {
      sentence,
      raw: text.slice(span.start, span.end),
      offset: span.start,
      refs,
      kind,
      topic,
      framing: framingOf(sentence, text.slice(span.start, span.end), citations.some((c) => c.start >= span.start && c.start < span.end)),
      markers: markers.filter((m) => m >= span.start && m < span.end).map((m) => m - span.start),
      grammar: lazyGrammar(sentence),
      askedAbout,
    }
    const diseaseFindings = dedupe([...findDiseaseClaims(context), ...findDrugComparisons(context), ...findDosingClaims(context), ...findDiseaseNames(context)])
    findings.push(...diseaseFindings, ...findUnmarkedClaims(context, diseaseFindings))
    topic = topicAfter(refs, topic)
    askedAbout = askedAboutIn(context)
  }
  return {
    ok: !findings.some((f) => f.severity === "error"),
    findings,
    markedClaims: markers.length,
    disclaimer: disclaimerFor(markers.length),
  }
}

interface SentenceContext {
  /** The sentence's grammar (wink-nlp), read only when a rule needs it. */
  grammar: () => SentenceGrammar
  /** A disease the sentence before asked about ("Sore throat?"), for directions that follow it. */
  askedAbout: Disease | null
  sentence: string
  raw: string
  offset: number
  refs: SubjectRef[]
  kind: ContentKind
  topic: Topic
  framing: Framing
  markers: number[]
}

function framingOf(sentence: string, raw: string, cited: boolean): Framing {
  if (matches(RESEARCH, sentence) || cited || AUTHOR_YEAR.test(raw) || QUESTION.test(sentence)) return "research"
  return matches(HEDGE, sentence) ? "hedged" : "asserted"
}

// One pass over all disease words first: most sentences name none, and then no single term is tried.
const ANY_DISEASE_RE = compile(ANY_DISEASE)
const diseasesSeen = new Map<string, Disease[]>()

function findDiseases(s: string): Disease[] {
  const seen = diseasesSeen.get(s)
  if (seen) return seen
  const found = matches(ANY_DISEASE_RE, s) ? dropOverlaps(DISEASE_MATCHERS.flatMap(({ term, re }) => findAll(re, s).map((m) => ({ ...m, term })))) : []
  if (diseasesSeen.size >= 512) diseasesSeen.delete(diseasesSeen.keys().next().value!)
  diseasesSeen.set(s, found)
  return found
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
    return diseases.find((d) => d.start >= t.start && d.end <= t.end && !d.term.complaint) ?? adjectiveDisease(t)
  }
  if (t.passive) {
    return [...diseases].reverse().find((d) => d.end <= t.start && !(d.term.complaint && !STRONG_VERB.test(t.text)) && closeInClause(s, d.end, t.start, 6))
  }
  return diseases.find((d) => {
    if (d.start < t.end) return false
    if (d.term.complaint && !STRONG_VERB.test(t.text)) return false
    // "relieves bloating and prevents IBS": IBS belongs to the nearer verb.
    const anotherVerb = triggers.some((o) => o !== t && o.start >= t.end && o.start < d.start && !o.embedded)
    return !anotherVerb && closeInClause(s, t.end, d.start, 8)
  })
}

/**
 * Who makes a claim: the nearest subject before the verb, except in a sentence that opens with a verb
 * ("Take two capsules with water to treat rosacea", "Restores gut flora after antibiotics to stop
 * diarrhoea"), where a purpose clause's verb belongs to what the sentence is about, the product on its page.
 */
function agentOf(c: SentenceContext, t: { start: number; end: number; passive: boolean; selfAgent: boolean }): Agent {
  const agent = resolveAgent({ sentence: c.sentence, refs: c.refs, trigger: t, kind: c.kind, topic: c.topic })
  if (c.kind !== "product" || agent === "product" || agent === "implied") return agent
  const purpose = /\b(?:to|and)\s+$/i.test(c.sentence.slice(0, t.start))
  if (purpose && opensWithVerb(c) && !/^(?:ask|talk|see|consult|speak|call|visit)$/.test(c.grammar().firstLemma)) return "implied"
  return agent
}

function opensWithVerb(c: SentenceContext): boolean {
  const g = c.grammar()
  return g.opensWithVerb || DOSING_LEMMAS.has(g.firstLemma) || DOSING_LEMMAS.has(g.firstWord)
}

function dedupe(findings: ClaimFinding[]): ClaimFinding[] {
  return findings.filter((f, i) => !findings.some((g, j) => j < i && g.start < f.end && f.start < g.end))
}

function lazyGrammar(sentence: string): () => SentenceGrammar {
  let grammar: SentenceGrammar | null = null
  return () => (grammar ??= readGrammar(sentence))
}

function diseaseFinding(c: SentenceContext, severity: ClaimSeverity, start: number, end: number, lead: string, area: DiseaseTerm["area"]): ClaimFinding {
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
function findDrugComparisons(c: SentenceContext): ClaimFinding[] {
  const drugs = findAll(DRUG, c.sentence)
  if (drugs.length === 0) return []
  const findings: ClaimFinding[] = []
  for (const cmp of findAll(COMPARISON, c.sentence)) {
    const drug = drugs.find((d) => d.start >= cmp.end && wordCount(c.sentence.slice(cmp.end, d.start)) <= 3 && !/[,;:.]/.test(c.sentence.slice(cmp.end, d.start)))
    if (!drug || isNegated(c.sentence, cmp.start)) continue
    // The drug is no subject: only what stands before the comparison, or the product anywhere, speaks.
    const refs = c.refs.filter((r) => r.end <= cmp.start || r.cls === "product")
    const agent = agentOf({ ...c, refs }, { ...cmp, passive: false, selfAgent: false })
    const severity: ClaimSeverity | null = agent === "product" ? "error" : agent === "implied" ? (c.kind === "product" ? "error" : "warning") : null
    if (!severity) continue
    const lead = `compares the product with ${drug.text}, which claims it treats what that drug treats.`
    findings.push(diseaseFinding(c, severity, cmp.start, drug.end, lead, "general"))
  }
  return findings
}

/** Directions that name a disease: "Take three capsules when a migraine starts", "Sore throat? Take two." */
function findDosingClaims(c: SentenceContext): ClaimFinding[] {
  const productHere = c.kind === "product" || c.refs.some((r) => r.cls === "product")
  if (!productHere) return []
  const diseases = findDiseases(c.sentence).filter((d) => !d.term.complaint)
  if (diseases.length === 0 && !c.askedAbout) return []
  const g = c.grammar()
  const answers = c.askedAbout !== null && diseases.length === 0 && ANSWER.test(c.sentence)
  if (!answers && !DOSING_LEMMAS.has(g.firstLemma) && !DOSING_LEMMAS.has(g.firstWord)) return []
  if (c.askedAbout && diseases.length === 0) {
    const end = c.sentence.trimEnd().length
    return [diseaseFinding(c, "error", 0, end, `are directions for ${c.askedAbout.term.name}, asked about just before.`, c.askedAbout.term.area)]
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
function findDiseaseNames(c: SentenceContext): ClaimFinding[] {
  return [...c.sentence.matchAll(DISEASE_NAME)].map((m) => {
    const severity: ClaimSeverity = c.kind === "product" ? "error" : "warning"
    return diseaseFinding(c, severity, m.index, m.index + m[0].length, "is a name that promises to treat a disease (an implied claim).", "general")
  })
}

/** A short question that names a disease ("Sore throat?"), which the next sentence may answer with directions. */
// Answers to a question about a disease that offer the product ("We've got you covered.").
const ANSWER = /\b(?:got you covered|look no further|we can help|here to help|has you covered|try (?:our|this|these))\b/i

function askedAboutIn(c: SentenceContext): Disease | null {
  if (!QUESTION.test(c.sentence) || wordCount(c.sentence) > 6) return null
  return findDiseases(c.sentence).find((d) => !d.term.complaint) ?? null
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
      rewrite: `${excerpt}*`,
    })
  })
  return findings
}
