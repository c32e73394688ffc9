/**
 * The ES build's stand-in for nlp.ts (see build.mjs): no 4 MB model in the admin or storefront bundles,
 * which never run the claims check themselves (the backend's /admin/claims routes do). A verb-first
 * sentence is recognised from a short list of verbs only.
 */
import type { SentenceGrammar } from "./grammar"

const OPENING_VERBS =
  /^(?:take|takes|chew|swallow|mix|stir|sprinkle|pop|use|start|keep|add|try|give|dissolve|double|prevents?|treats?|cures?|heals?|clears?|relieves?|restores?|stops?|fights?|helps?|supports?|promotes?)$/

export function readGrammar(sentence: string): SentenceGrammar {
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []
  const first = words[0] ?? ""
  return { firstWord: first, firstLemma: first.replace(/s$/, ""), opensWithVerb: OPENING_VERBS.test(first), negatedOffsets: [] }
}
