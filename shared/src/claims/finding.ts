/** The shapes the claim rules share: a finding, and what the check knows about the sentence it reads. */
import type { SentenceGrammar } from "./grammar"
import type { ContentKind, SubjectRef, Topic } from "./subjects"
import type { Mention } from "./text"
import type { ClaimMeaning, DiseaseTerm } from "./vocabulary"

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

export type Framing = "research" | "hedged" | "asserted"

export interface Trigger extends Mention {
  meaning: ClaimMeaning
  passive: boolean
  selfAgent: boolean
  weak: boolean
  embedded: boolean
  needsSubjectInGuide: boolean
}

export interface Disease extends Mention {
  term: DiseaseTerm
}

export interface SentenceContext {
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
