import { type HealthArea, ing } from "./vocabulary"

/** What a supplement may say it does to the body's normal structure or function, and the wording suggested instead of a disease claim. */

/** Structure/function verbs: what a supplement may say it does to the body's normal structure or function. */
export const STRUCTURE_FUNCTION_VERBS = [
  "(?:help(?:s|ed|ing)? (?:to )?)?(?:support(?:s|ed|ing)?",
  ing("promot"),
  "maintain(?:s|ed|ing)?",
  "nourish(?:es|ed|ing)?",
  "(?:re)?balanc(?:e|es|ed|ing)",
  ing("restor"),
  "replenish(?:es|ed|ing)?",
  "boost(?:s|ed|ing)?",
  "strengthen(?:s|ed|ing)?",
  ing("enhanc"),
  ing("encourag"),
  `${ing("contribut")} to`,
  `optimi[sz](?:e|es|ed|ing)`,
  ing("improv"),
  "keep(?:s|ing)?",
  ing("reliev"),
  ing("eas"),
  ing("reduc"),
  ing("sooth"),
  "calm(?:s|ed|ing)?",
  ing("hydrat"),
  "brighten(?:s|ed|ing)?",
  "fuel(?:s|led|ling)?",
  "feed(?:s|ing)?",
  "aid(?:s|ed|ing)?",
  "assist(?:s|ed|ing)?",
  "for (?:a )?(?:healthy|healthier|normal|balanced|optimal|radiant|clear|happy|happier|comfortable))",
].join("|")

export const STRUCTURE_FUNCTION_TARGETS = [
  "digestive (?:health|comfort|function|system|balance|wellness)",
  "digestion",
  "(?:gut|intestinal) (?:health|flora|microflora|microbiome|microbiota|barrier|lining|comfort|function|balance|bacteria)",
  "(?:gut |intestinal |skin |vaginal )?micro(?:biome|biota|flora)(?: balance)?",
  "(?:beneficial|good|friendly) bacteria",
  "immune (?:health|function|system|defen[cs]es?|response|support)",
  "immunity",
  "natural defen[cs]es",
  "skin",
  "complexion",
  "glow",
  "gut",
  "tummy",
  "regularity",
  "(?:bowel|digestive) (?:movements?|regularity|function)",
  "regular",
  "nutrient absorption",
  "absorption of nutrients",
  "occasional (?:bloating|gas|constipation|heartburn|digestive (?:discomfort|upset)|stomach upset)",
  "bloating",
  "vaginal (?:health|flora)",
  "urinary (?:tract )?health",
  "oral health",
  "mood",
  "energy(?: levels)?",
  "overall (?:health|wellness|well-?being)",
  "well-?being",
  "wellness",
].join("|")

/** A ready-made structure/function wording to suggest instead of a disease claim. */
export const SUGGESTIONS: Record<HealthArea, string> = {
  skin: "supports clear-looking skin*",
  gut: "supports digestive health*",
  immune: "supports normal immune function*",
  general: "supports overall wellbeing*",
}
