/** Reading one sentence: its diseases, the verbs that act on them, negation, and who is speaking. */
import type { Disease, SentenceContext, Trigger } from "./finding"
import { resolveAgent, type Agent } from "./subjects"
import { compile, dropOverlaps, findAll, matches, wordCount, type Mention } from "./text"
import { DRUG_ADJECTIVES } from "./drug-vocabulary"
import { ANY_DISEASE, DISEASES, DISEASE_TRIGGERS } from "./vocabulary"

const DISEASE_MATCHERS = DISEASES.map((term) => ({ term, re: compile(term.pattern) }))
export const ADJECTIVE_MATCHERS = DRUG_ADJECTIVES.map((a) => ({
  re: compile(a.pattern),
  term: DISEASES.find((d) => d.name === a.name) ?? { name: a.name, area: "general" as const, pattern: a.pattern },
}))
const TRIGGER_MATCHERS = DISEASE_TRIGGERS.map((t) => ({ ...t, re: compile(t.pattern) }))
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+|not\s+|also\s+|often\s+)?$/i
const PARTICIPLE = /(?:ed|en|ught)(?:\s+up)?$/i
const NEGATOR = /\b(?:not|never|no(?!\s+(?:more|need))|none|nobody|nothing|cannot|neither|nor|without)\b|n['’]t\b/gi
const NOT_ONLY = /^(?:not|n['’]t)\s+(?:only|just)\b/i
const NEGATION_BREAK =
  /[;:]|\b(?:but|yet|however|although|though|while)\b|,\s*(?:it|this|our|they|we|these)\b|\band\s+(?:it|this|our|they)\b/i
// Between a verb and its object: a new clause starts, so a later disease is not what the verb acts on.
const OBJECT_BREAK = /[;:—–]|\b(?:but|while|whereas|although|though|because|unlike|without|unless|except)\b/i
// On the masked sentence, where claim asterisks and citation markers after the question mark are blank.
export const QUESTION = /\?[\s"”’')\]]*$/
// Verbs that only make a claim about an ordinary complaint when they say it is treated ("treats bloating").
const STRONG_VERB = /^(?:treat|heal|cur|remed|eradicat|eliminat|revers)/i
// Directions: the product is what is taken, so a disease they name is what it is taken for.
export const DOSING_LEMMAS = new Set([
  "take",
  "chew",
  "swallow",
  "mix",
  "stir",
  "sprinkle",
  "pop",
  "use",
  "start",
  "keep",
  "add",
  "try",
  "give",
  "dissolve",
  "double",
  "increase",
  "continue",
])

// One pass over all disease words first: most sentences name none, and then no single term is tried.
const ANY_DISEASE_RE = compile(ANY_DISEASE)
const diseasesSeen = new Map<string, Disease[]>()

export function findDiseases(s: string): Disease[] {
  const seen = diseasesSeen.get(s)
  if (seen) return seen
  const found = matches(ANY_DISEASE_RE, s)
    ? dropOverlaps(DISEASE_MATCHERS.flatMap(({ term, re }) => findAll(re, s).map((m) => ({ ...m, term }))))
    : []
  if (diseasesSeen.size >= 512) diseasesSeen.delete(diseasesSeen.keys().next().value!)
  diseasesSeen.set(s, found)
  return found
}

export function findTriggers(s: string): Trigger[] {
  const found = TRIGGER_MATCHERS.flatMap((t) =>
    findAll(t.re, s).map((m) => ({
      ...m,
      meaning: t.meaning,
      passive: t.neverPassive !== true && isPassive(s, m),
      selfAgent: t.selfAgent === true,
      weak: t.weak === true,
      embedded: t.embedded === true,
      needsSubjectInGuide: t.needsSubjectInGuide === true,
    }))
  )
  const adjectives = ADJECTIVE_MATCHERS.flatMap(({ re }) => findAll(re, s)).map((m) => ({
    ...m,
    meaning: "treat" as const,
    passive: false,
    selfAgent: false,
    weak: false,
    embedded: true,
    needsSubjectInGuide: false,
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
export function closeInClause(s: string, from: number, to: number, maxWords: number): boolean {
  const gap = s.slice(from, to)
  return wordCount(gap) <= maxWords && !OBJECT_BREAK.test(gap)
}

export function isNegated(s: string, at: number): boolean {
  const negators = findAll(NEGATOR, s.slice(0, at))
  const last = negators[negators.length - 1]
  if (!last || NOT_ONLY.test(s.slice(last.start))) return false
  const gap = s.slice(last.end, at)
  return wordCount(gap) <= 8 && !NEGATION_BREAK.test(gap)
}

/** The disease a trigger acts on: its object, or its subject when the verb is passive. */
export function diseaseFor(t: Trigger, diseases: Disease[], triggers: Trigger[], s: string): Disease | undefined {
  if (t.embedded) {
    return diseases.find((d) => d.start >= t.start && d.end <= t.end && !d.term.complaint) ?? adjectiveDisease(t)
  }
  if (t.passive) {
    return [...diseases]
      .reverse()
      .find((d) => d.end <= t.start && !(d.term.complaint && !STRONG_VERB.test(t.text)) && closeInClause(s, d.end, t.start, 6))
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
export function agentOf(c: SentenceContext, t: { start: number; end: number; passive: boolean; selfAgent: boolean }): Agent {
  const agent = resolveAgent({ sentence: c.sentence, refs: c.refs, trigger: t, kind: c.kind, topic: c.topic })
  if (c.kind !== "product" || agent === "product" || agent === "implied") return agent
  const purpose = /\b(?:to|and)\s+$/i.test(c.sentence.slice(0, t.start))
  if (purpose && opensWithVerb(c) && !/^(?:ask|talk|see|consult|speak|call|visit)$/.test(c.grammar().firstLemma)) return "implied"
  return agent
}

export function opensWithVerb(c: SentenceContext): boolean {
  const g = c.grammar()
  return g.opensWithVerb || DOSING_LEMMAS.has(g.firstLemma) || DOSING_LEMMAS.has(g.firstWord)
}

function adjectiveDisease(t: Trigger): Disease | undefined {
  const adjective = ADJECTIVE_MATCHERS.find(({ re }) => matches(re, t.text))
  return adjective ? { start: t.start, end: t.end, text: t.text, term: adjective.term } : undefined
}
