import { describe, expect, it } from "vitest"
import { readGrammar } from "./nlp"
import { readGrammar as readGrammarWithoutModel } from "./nlp.browser"

describe("readGrammar (wink-nlp)", () => {
  it.each([
    ["Take two capsules a day to treat rosacea.", true, "take"],
    ["Prevents traveler's diarrhea.", true, "prevent"],
    ["Start taking it at the first sign of a cold.", true, "start"],
    ["Our probiotic supports digestion.", false, "our"],
    ["To treat eczema, dermatologists prescribe creams.", false, "to"],
  ])("%j opens with a verb: %s (lemma %s)", (sentence, verb, lemma) => {
    const g = readGrammar(sentence)
    expect(g.opensWithVerb).toBe(verb)
    expect(g.firstLemma).toBe(lemma)
  })

  it("knows which words a negation governs, up to the clause's end", () => {
    const sentence = "This product does not cure acne, but it supports digestion."
    const { negatedOffsets } = readGrammar(sentence)
    expect(negatedOffsets).toContain(sentence.indexOf("cure"))
    expect(negatedOffsets).not.toContain(sentence.indexOf("supports"))
  })

  it("the model-free stand-in of the ES build knows the common opening verbs", () => {
    expect(readGrammarWithoutModel("Take two capsules.").opensWithVerb).toBe(true)
    expect(readGrammarWithoutModel("Our probiotic supports digestion.").opensWithVerb).toBe(false)
  })
})
