/**
 * The claims check (US 21 CFR 101.93): flags disease claims, and structure/function claims that lack
 * the asterisk marker, sentence by sentence, with positions into the original text.
 */
import { disclaimerFor } from "../disclaimer"
import { findCitationMarkers } from "../markdown/citations"
import { askedAboutIn, findDiseaseClaims, findDiseaseNames, findDosingClaims, findDrugComparisons } from "./disease-claims"
import type { ClaimFinding, Disease, Framing, SentenceContext } from "./finding"
import type { SentenceGrammar } from "./grammar"
import { findClaimMarkers } from "./markers"
import { readGrammar } from "./nlp"
import { QUESTION } from "./sentence-reading"
import { findUnmarkedClaims } from "./structure-function-claims"
import { findSubjectRefs, topicAfter, type ContentKind, type Topic } from "./subjects"
import { compile, maskMarkdown, matches, splitSentences } from "./text"

export type { ClaimFinding, ClaimRule, ClaimSeverity } from "./finding"

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

const RESEARCH = compile(
  [
    "stud(?:y|ies|ied)",
    "trials?",
    "research(?:ers)?",
    "scientists?",
    "evidence",
    "meta-analys[ie]s",
    "reviews?",
    "reviewed",
    "investigat(?:e|ed|ing|ions?)",
    "examin(?:e|ed|ing)",
    "tested",
    "whether",
    "found that",
    "suggests?",
    "reported",
    "observed",
    "cohort",
    "participants",
    "randomi[sz]ed",
    "placebo",
    "et al",
  ].join("|")
)
// An author-year reference such as "(Lee 2021)"; citation markers ([^1]) are read from the syntax tree.
const AUTHOR_YEAR = /\([^()]*\b(?:19|20)\d{2}[a-z]?\)/
const HEDGE = compile("may|might|could|possibly|potentially|perhaps")
// A research ref inside "proven in trials to…" is how a claim is backed, not who makes it.
const BACKING_BEFORE = /\b(?:proven|shown|tested|demonstrated|backed)\s+(?:in|by)\s+(?:[\w-]+\s+)?$/i

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
      (r) => !(r.cls === "other" && BACKING_BEFORE.test(sentence.slice(0, r.start)))
    )
    const context: SentenceContext = {
      sentence,
      raw: text.slice(span.start, span.end),
      offset: span.start,
      refs,
      kind,
      topic,
      framing: framingOf(
        sentence,
        text.slice(span.start, span.end),
        citations.some((c) => c.start >= span.start && c.start < span.end)
      ),
      markers: markers.filter((m) => m >= span.start && m < span.end).map((m) => m - span.start),
      grammar: lazyGrammar(sentence),
      askedAbout,
    }
    const diseaseFindings = dedupe([
      ...findDiseaseClaims(context),
      ...findDrugComparisons(context),
      ...findDosingClaims(context),
      ...findDiseaseNames(context),
    ])
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

function framingOf(sentence: string, raw: string, cited: boolean): Framing {
  if (matches(RESEARCH, sentence) || cited || AUTHOR_YEAR.test(raw) || QUESTION.test(sentence)) return "research"
  return matches(HEDGE, sentence) ? "hedged" : "asserted"
}

function dedupe(findings: ClaimFinding[]): ClaimFinding[] {
  return findings.filter((f, i) => !findings.some((g, j) => j < i && g.start < f.end && f.start < g.end))
}

function lazyGrammar(sentence: string): () => SentenceGrammar {
  let grammar: SentenceGrammar | null = null
  return () => (grammar ??= readGrammar(sentence))
}
