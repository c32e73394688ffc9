/** What the claims check needs to know about a sentence's grammar (read by nlp.ts). */
export interface SentenceGrammar {
  /** The first word, lower case. */
  firstWord: string
  /** Its dictionary form ("takes" → "take"). */
  firstLemma: string
  /** The sentence opens with a verb: an imperative or a fragment without a subject. */
  opensWithVerb: boolean
  /** Offsets (into the sentence) of the words a negation governs. */
  negatedOffsets: number[]
}
