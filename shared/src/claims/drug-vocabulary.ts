/** Drugs, drug classes and the phrases that put a product in a drug's place: the disease claims that name no disease. */

/**
 * Drugs and drug classes. Saying the product is an "alternative to", "works like" or "replaces" one of them
 * claims it treats what the drug treats (21 CFR 101.93(g)(2)(vi)).
 */
export const DRUGS = [
  "antibiotics?",
  "antivirals?",
  "antifungals?",
  "antihistamines?",
  "antidepressants?",
  "antacids?",
  "antiseptics?",
  "decongestants?",
  "painkillers?",
  "analgesics?",
  "ibuprofen",
  "paracetamol",
  "acetaminophen",
  "aspirin",
  "statins?",
  "laxatives?",
  "(?:cortico)?steroids?(?: creams?)?",
  "(?:acne|eczema|steroid|prescription|antifungal|hydrocortisone) (?:creams?|gels?|treatments?)",
  "(?:prescription |over-the-counter |otc )?(?:drugs?|medications?|medicines?|meds|pills)",
  "flu (?:shots?|jabs?|vaccines?)",
  "vaccines?",
  "inhalers?",
  "proton pump inhibitors?|ppis?",
  "metformin",
  "insulin",
  "imodium|loperamide",
  "retinoids?",
  "isotretinoin",
].join("|")

/** Phrases that put the product in a drug's place or compare it with one. */
export const DRUG_COMPARISONS = [
  "(?:natural |gentle |drug-free |safer |better )?alternatives? to",
  "instead of",
  "replac(?:e|es|ing|ement for)",
  "substitutes? for",
  "swap(?:s|ping)? (?:your |the )?",
  "ditch(?:es|ing)? (?:your |the )?",
  "skip(?:s|ping)? (?:your |the )?",
  "no need for",
  "answer to",
  "(?:works?|working|acts?|acting|behaves?) (?:just )?(?:like|as)",
  "as (?:effective|good|strong|powerful) as",
  "works? as well as",
  "nature['’]?s (?:own |very own )?",
  "(?:a |an )?natural",
  "better than",
  "rivals?",
  "outperforms?",
].join("|")

/** Implied drug claims that name no disease from the list but are disease claims all the same. */
export const DRUG_ADJECTIVES: readonly { name: string; pattern: string }[] = [
  { name: "inflammation", pattern: "anti-?inflammator(?:y|ies)" },
  { name: "infections", pattern: "anti-?(?:viral|bacterial|fungal|microbial|septic)s?" },
  { name: "allergies", pattern: "antihistamin(?:e|es|ic)|decongestants?" },
]
