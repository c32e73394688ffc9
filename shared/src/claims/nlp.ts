/**
 * The claims check's reading of a sentence's grammar, with wink-nlp and its English model: whether the
 * sentence opens with a verb (an imperative, "Take two capsules to…", or a subjectless fragment, "Prevents
 * traveller's diarrhoea."), that verb's lemma, and which words a negation governs ("does not cure acne").
 *
 * The model is about 4 MB, so only the backend's CommonJS build carries it: the ES build for the admin and
 * the storefront swaps this file for nlp.browser.ts (see build.mjs), which neither calls checkClaims.
 */
import winkNLP, { type ItemToken, type WinkMethods } from "wink-nlp"
import model from "wink-eng-lite-web-model"
import type { SentenceGrammar } from "./grammar"

let nlp: WinkMethods | null = null
const recent = new Map<string, SentenceGrammar>()

function reader(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos", "negation"])
  return nlp
}

/** How a (masked) sentence opens and where its negated words are, as character offsets into it. */
export function readGrammar(sentence: string): SentenceGrammar {
  const cached = recent.get(sentence)
  if (cached) return cached
  const wink = reader()
  const its = wink.its
  // Sentence-initial capitals make the tagger guess proper nouns ("Pop a capsule"): it reads lower case.
  const doc = wink.readDoc(sentence.toLowerCase())
  const words: { text: string; pos: string; lemma: string; negated: boolean; start: number }[] = []
  let at = 0
  doc.tokens().each((token: ItemToken) => {
    const text = token.out() as string
    const start = sentence.toLowerCase().indexOf(text, at)
    if (start >= 0) at = start + text.length
    words.push({
      text,
      pos: token.out(its.pos) as string,
      lemma: String(token.out(its.lemma as never)),
      negated: Boolean(token.out(its.negationFlag as never)),
      start,
    })
  })
  const first = words.find((w) => /[\p{L}]/u.test(w.text))
  const grammar: SentenceGrammar = {
    firstWord: first?.text ?? "",
    firstLemma: first?.lemma ?? "",
    opensWithVerb: first !== undefined && (first.pos === "VERB" || first.pos === "AUX"),
    negatedOffsets: words.filter((w) => w.negated && w.start >= 0).map((w) => w.start),
  }
  if (recent.size >= 256) recent.delete(recent.keys().next().value!)
  recent.set(sentence, grammar)
  return grammar
}
