/**
 * Who a claim is about. A disease verb only makes a disease claim when its subject is the product (or
 * an ingredient of it); "a dermatologist can treat rosacea" is education.
 */
import { compile, dropOverlaps, findAll, matches, type Mention } from "./text"

export type ContentKind = "product" | "guide"
export type RefClass = "product" | "ingredient" | "other" | "body" | "pronoun"
/** implied = nobody named, so the page's product is the subject ("Clears acne in 30 days"). */
export type Agent = "product" | "ingredient" | "other" | "implied"
export type Topic = "product" | "ingredient" | null

export interface SubjectRef extends Mention {
  cls: RefClass
}

const PRODUCT_NOUNS =
  "products?|supplements?|formulas?|formulations?|blends?|probiotics?|capsules?|caps|softgels?|gumm(?:y|ies)|powders?|sachets?|servings?|doses?|tablets?|pills?|strains?|cultures?|range|fib(?:re|er)s?|drops|tonics?|drinks?|teas?|mix(?:es)?"
// Up to three modifiers between determiner and noun ("our 10-strain daily probiotic"), never across a preposition.
const MODIFIERS =
  "(?:(?!(?:on|of|in|for|with|and|or|that|which|who|is|are|was|were|may|can|could|to|from|about|by|as|at|than|like)\\b)[\\w'’-]+ ){0,3}?"
const STRONG_PRODUCT = compile(`(?:this|our|my|each|every) ${MODIFIERS}(?:${PRODUCT_NOUNS})|ours`)
// "the probiotic", "a strain": the shop's product on a product page, probiotics in general in a guide.
const WEAK_PRODUCT = compile(`(?:the|these|those|a|an|your|one|two|three|four|\\d+) ${MODIFIERS}(?:${PRODUCT_NOUNS})`)
const SPECIES =
  "rhamnosus|acidophilus|casei|paracasei|plantarum|reuteri|salivarius|gasseri|fermentum|helveticus|johnsonii|crispatus|bulgaricus|lactis|longum|breve|bifidum|infantis|animalis|boulardii|coagulans|thermophilus"
const INGREDIENT = compile(
  [
    "probiotics?(?: (?:supplements?|bacteria|strains?|cultures?|yeasts?))?",
    "prebiotics?",
    "synbiotics?",
    "postbiotics?",
    "(?:good|friendly|beneficial|live|probiotic|lactic acid) (?:bacteria|microbes|microorganisms|cultures|strains|yeasts?)",
    "strains?",
    "lactobacill(?:us|i)",
    "lacticaseibacillus",
    "lactiplantibacillus",
    "limosilactobacillus",
    "ligilactobacillus",
    "lactococcus",
    "bifidobacteri(?:um|a)",
    "streptococcus",
    "saccharomyces",
    "bacillus",
    "akkermansia",
    `(?:[lbs]\\.\\s*)?(?:${SPECIES})`,
    "lgg",
    "bb-?12",
    "inulin",
    "fos",
    "gos",
    "fructooligosaccharides",
  ].join("|")
)
const OTHER = compile(
  [
    "doctors?(?![-‐]recommended)",
    "dermatologists?(?![-‐]recommended)",
    "gastroenterologists?",
    "physicians?",
    "gps?",
    "clinicians?",
    "nurses?",
    "pharmacists?",
    "dietitians?",
    "nutritionists?",
    "specialists?",
    "health ?care (?:providers?|professionals?)",
    "medications?",
    "medicines?",
    "drugs?(?![-‐]free)",
    "antibiotics?",
    "antifungals?",
    "antihistamines?",
    "antacids?",
    "antivirals?",
    "painkillers?",
    "decongestants?",
    "ibuprofen",
    "paracetamol",
    "aspirin",
    "statins?",
    "inhalers?",
    "(?:cortico)?steroids?",
    "creams?",
    "ointments?",
    "moisturi[sz]ers?",
    "sunscreens?",
    "retinoids?",
    "isotretinoin",
    "laxatives?",
    "treatments?",
    "therap(?:y|ies)",
    "surgery",
    "vaccines?",
    "diets?",
    "foods?",
    "fib(?:re|er)",
    "vegetables",
    "fruits?",
    "whole ?grains",
    "beans",
    "yog(?:h)?urts?",
    "kefir",
    "kimchi",
    "sauerkraut",
    "tempeh",
    "exercise",
    "sleep",
    "hydration",
    "water",
    "habits?",
    "lifestyle",
    "stress management",
    "researchers?",
    "scientists?",
    "stud(?:y|ies)",
    "trials?",
    "evidence",
    "research",
  ].join("|")
)
const OUR_NAMED = /\b[Oo]ur (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3}/g
const BODY = compile(
  "(?:your|the|our|their) (?:body|immune system|immune cells|skin|gut|digestive system|(?:gut )?microbiome)|white blood cells|immune cells"
)
// "it" that stands for nothing: "it is important to…", "it's possible that…".
const PRONOUN =
  /\b(?:it(?!(?:\s+(?:is|was|may\s+be|can\s+be|might\s+be|seems|takes)|['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:to|that|whether|important|possible|hard|worth|unclear|likely)\b)|they|this(?=\s+(?:[a-z]+(?:ed|s)|can|could|may|might|will|would|is|was|has|had|really|actually|also|finally|truly|literally|just)\b))\b/gi
const CAUSATIVE_BEFORE = /\b(?:help|helps|helped|helping|allow|allows|enable|enables|let|lets)\s+$/i
const PASSIVE_AGENT = /\b(?:by|with|using|thanks to|through|via|after taking|when taking)\b/i
const PRODUCT_AFTER_WITH = /\b(?:with|using|thanks to|by taking|after taking)\s+$/i
// Words that may stand before a verb when the sentence names no subject ("Clinically shown to…").
const FILLER =
  /^(?:[\s"“'‘•*-]|\b(?:and|also|to|help|helps|helping|may|can|will|could|naturally|gently|clinically|scientifically|proven|shown|designed|formulated|made|work|works|working|daily|fast|quickly|finally|effectively|actively|visibly|safely|powerfully|now|instantly|always|so|you|your|we|our|us|that|which)\b)*$/i

function escapeForPattern(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, " ")
}

/** Every product, ingredient, other agent, body part and pronoun mentioned in a (masked) sentence. */
export function findSubjectRefs(s: string, kind: ContentKind, productNames: readonly string[] = []): SubjectRef[] {
  const tag = (re: RegExp, cls: RefClass): SubjectRef[] => findAll(re, s).map((m) => ({ ...m, cls }))
  const names = productNames.filter((n) => n.trim() !== "").map(escapeForPattern)
  return dropOverlaps([
    ...(names.length > 0 ? tag(compile(names.join("|")), "product") : []),
    // "our Skin Balance": the shop's own product, named in title case.
    ...findAll(OUR_NAMED, s).map((m) => ({ ...m, cls: "product" as const })),
    ...tag(STRONG_PRODUCT, "product"),
    ...tag(WEAK_PRODUCT, kind === "product" ? "product" : "ingredient"),
    ...tag(INGREDIENT, "ingredient"),
    ...tag(OTHER, "other"),
    ...tag(BODY, "body"),
    ...tag(PRONOUN, "pronoun"),
  ])
}

export interface AgentQuery {
  sentence: string
  refs: SubjectRef[]
  trigger: { start: number; end: number; passive: boolean; selfAgent: boolean }
  kind: ContentKind
  topic: Topic
}

/** Decides who a claim at `trigger` is about. */
export function resolveAgent(q: AgentQuery): Agent {
  const { sentence: s, refs, trigger: t, kind } = q
  if (t.passive) {
    // Only "by/with this probiotic" makes a passive sentence about the product.
    const after = refs.find((r) => r.start >= t.end && matches(PASSIVE_AGENT, s.slice(t.end, r.start)))
    const before = refs.find((r) => r.end <= t.start && matches(PRODUCT_AFTER_WITH, s.slice(Math.max(0, r.start - 16), r.start)))
    const ref = after ?? before
    if (ref) return classOf(ref, q)
    return kind === "product" ? "implied" : "other"
  }
  const candidates = refs.filter((r) => r.end <= t.start || (t.selfAgent && r.start <= t.start && r.end <= t.end))
  for (let i = candidates.length - 1; i >= 0; i--) {
    const ref = candidates[i]
    if (!ref) continue
    // "helps your body fight infections": the body is the object, keep looking for the subject.
    if (ref.cls === "body" && matches(CAUSATIVE_BEFORE, s.slice(0, ref.start))) continue
    return classOf(ref, q)
  }
  const clauseStart = Math.max(...[",", ";", ":", "—", "–", "("].map((c) => s.lastIndexOf(c, t.start - 1))) + 1
  if (FILLER.test(s.slice(clauseStart, t.start))) {
    // Verb-first ("Clears acne", "To treat eczema, doctors…"): the subject may follow.
    // On a product page only across a clause break: in "Calms an upset stomach caused by food poisoning"
    // food is no subject. A guide's education keeps any later subject ("Treating acne starts with a doctor").
    const later = refs.find(
      (r) => r.start >= t.end && r.cls !== "pronoun" && r.cls !== "body" && (kind === "guide" || /[,;:—–]/.test(s.slice(t.start, r.start)))
    )
    return later ? classOf(later, q) : "implied"
  }
  return kind === "product" ? "implied" : "other"
}

function classOf(ref: SubjectRef, q: AgentQuery): Agent {
  switch (ref.cls) {
    case "product":
    case "ingredient":
    case "other":
      return ref.cls
    case "body":
      return "other"
    case "pronoun": {
      const antecedent = [...q.refs].reverse().find((r) => r.end <= ref.start && (r.cls === "product" || r.cls === "ingredient"))
      if (antecedent) return antecedent.cls === "product" ? "product" : "ingredient"
      if (q.kind === "product") return "product"
      return q.topic ?? "other"
    }
  }
}

/** What later pronouns in the paragraph refer to, after this sentence. */
export function topicAfter(refs: SubjectRef[], previous: Topic): Topic {
  if (refs.some((r) => r.cls === "product")) return "product"
  if (refs.some((r) => r.cls === "ingredient")) return "ingredient"
  return previous
}
