/**
 * The words the claims check knows: diseases and disease symptoms, the verbs that make a disease claim
 * (21 CFR 101.93(g)), and the verbs and targets of structure/function claims. A space in a pattern
 * matches any whitespace (see `compile`).
 */

export type HealthArea = "skin" | "gut" | "immune" | "general"

/** What a disease claim says the product does, as the reason words it. */
export type ClaimMeaning = "diagnose" | "treat" | "cure" | "mitigate" | "prevent" | "reduce the risk of"

export interface DiseaseTerm {
  name: string
  area: HealthArea
  pattern: string
  /**
   * An ordinary complaint, not a disease: only a claim with a verb that says the product treats, cures or
   * heals it ("treats diarrhoea", "cures bloating"); "relieves occasional bloating*" is structure/function.
   */
  complaint?: boolean
}

export const DISEASES: readonly DiseaseTerm[] = [
  // Breakouts and pimples are acne lesions: "say goodbye to breakouts" is an implied acne claim.
  { name: "acne", area: "skin", pattern: "(?:cystic |hormonal |adult )?acne(?: vulgaris)?|break-?outs?|pimples?|zits?" },
  { name: "eczema", area: "skin", pattern: "eczema" },
  { name: "atopic dermatitis", area: "skin", pattern: "atopic dermatitis" },
  { name: "dermatitis", area: "skin", pattern: "(?:seborrh?o?eic |contact )?dermatitis" },
  { name: "rosacea", area: "skin", pattern: "rosacea" },
  { name: "psoriasis", area: "skin", pattern: "psoriasis" },
  { name: "hives", area: "skin", pattern: "hives|urticaria" },
  { name: "IBS", area: "gut", pattern: "ibs|irritable bowel(?: syndrome)?" },
  { name: "IBD", area: "gut", pattern: "ibd|inflammatory bowel diseases?" },
  { name: "Crohn's disease", area: "gut", pattern: "crohn['’]?s(?: disease)?" },
  { name: "colitis", area: "gut", pattern: "(?:ulcerative )?colitis" },
  { name: "SIBO", area: "gut", pattern: "sibo|small intestinal bacterial overgrowth" },
  { name: "candida", area: "gut", pattern: "candida(?: overgrowth)?|candidiasis|thrush|yeast (?:overgrowth|infections?)" },
  { name: "C. difficile infection", area: "gut", pattern: "c\\.\\s*diff(?:icile)?|clostridi(?:um|oides) difficile" },
  {
    name: "infections",
    area: "immune",
    pattern: "(?:urinary tract |bacterial |viral |fungal |gut |skin |ear |respiratory )?infections?|utis?",
  },
  // FDA treats diarrhoea as a disease symptom; only "occasional" constipation or heartburn is not.
  { name: "diarrhoea", area: "gut", pattern: "(?:travell?er['’]?s |antibiotic-associated )?diarrh(?:o)?ea" },
  { name: "constipation", area: "gut", pattern: "(?<!occasional\\s+)(?:chronic )?constipation" },
  { name: "heartburn", area: "gut", pattern: "(?<!occasional\\s+)heartburn|acid reflux|gerd" },
  { name: "leaky gut", area: "gut", pattern: "leaky gut(?: syndrome)?" },
  { name: "ulcers", area: "gut", pattern: "h\\.\\s*pylori|helicobacter(?: pylori)?|(?:stomach |peptic )?ulcers?" },
  { name: "gastroenteritis", area: "gut", pattern: "gastroenteritis|stomach (?:bugs?|flu)|food poisoning" },
  { name: "colic", area: "gut", pattern: "colic" },
  { name: "dysbiosis", area: "gut", pattern: "dysbiosis" },
  { name: "diabetes", area: "general", pattern: "(?:type [12] )?diabetes" },
  { name: "depression", area: "general", pattern: "depression" },
  { name: "anxiety", area: "general", pattern: "anxiety(?: disorders?)?" },
  { name: "cancer", area: "general", pattern: "(?:colon |colorectal |bowel |skin |breast |stomach )?cancers?|tumou?rs?" },
  { name: "allergies", area: "immune", pattern: "allerg(?:y|ies)|allergic (?:reactions?|rhinitis)|hay fever" },
  { name: "asthma", area: "immune", pattern: "asthma" },
  { name: "colds and flu", area: "immune", pattern: "(?:the )?common cold|colds|flu|influenza" },
  { name: "autoimmune disease", area: "immune", pattern: "autoimmune (?:diseases?|conditions?|disorders?)" },
  { name: "inflammation", area: "general", pattern: "(?:chronic |gut |skin )?inflammation|inflammatory (?:conditions?|diseases?)" },
  { name: "obesity", area: "general", pattern: "obesity" },
  { name: "high cholesterol", area: "general", pattern: "(?:high )?cholesterol" },
  { name: "high blood pressure", area: "general", pattern: "high blood pressure|hypertension" },
  { name: "arthritis", area: "general", pattern: "(?:rheumatoid )?arthritis" },
  { name: "dementia", area: "general", pattern: "dementia|alzheimer['’]?s(?: disease)?" },
  { name: "ADHD", area: "general", pattern: "adhd" },
  { name: "autism", area: "general", pattern: "autism" },
  { name: "insomnia", area: "general", pattern: "insomnia" },
  { name: "migraine", area: "general", pattern: "migraines?" },
  { name: "bacterial vaginosis", area: "general", pattern: "bacterial vaginosis" },
  { name: "flare-ups", area: "general", pattern: "flare-?ups?" },
  // Common illnesses and their symptoms: their course ("get over a cold", "shorter colds") is a disease claim.
  {
    name: "colds and flu",
    area: "immune",
    pattern:
      "cold and flu|(?<=\\b(?:a|an|your|the|next|every|winter|head|chest|any)\\s)colds?(?!\\s*(?:water|drinks?|storage|chain|place|weather|showers?|brew|juice|pressed|packs?)\\b|-)|colds|cold sores?|sniffles|sore throats?|runny nose|blocked nose|nasal congestion|sneezing|coughs?|coughing|fevers?|sick days?|chest infections?|covid(?:-19)?",
  },
  { name: "respiratory symptoms", area: "immune", pattern: "wheez(?:e|es|ing)|shortness of breath" },
  { name: "infections", area: "immune", pattern: "infected (?:skin|wounds?|cuts?)|bv|recurrent thrush" },
  { name: "gastroenteritis", area: "gut", pattern: "stomach cramps|loose stools|vomiting" },
  { name: "heartburn", area: "gut", pattern: "(?<!occasional\\s+)reflux" },
  { name: "pain", area: "general", pattern: "joint pain|arthritis pain|chronic pain|nerve pain|period pain" },
  { name: "high blood sugar", area: "general", pattern: "blood (?:sugar|glucose)(?: control| levels?| spikes?)?|insulin resistance" },
  { name: "high blood pressure", area: "general", pattern: "blood pressure" },
  { name: "chronic fatigue", area: "general", pattern: "chronic fatigue(?: syndrome)?|fibromyalgia" },
  { name: "endometriosis", area: "general", pattern: "endometriosis|pcos|polycystic ovary syndrome" },
  { name: "itching", area: "skin", pattern: "(?:eczema |psoriasis |skin )?itch(?:ing|iness)?|itchy rash(?:es)?|rash(?:es)?" },
  // Ordinary complaints: a disease claim only with a treat/cure/heal verb.
  {
    name: "digestive complaints",
    area: "gut",
    complaint: true,
    pattern:
      "(?:occasional )?(?:bloating|gas|wind|indigestion|stomach ache|tummy ache|(?:an )?upset stomach|stomach upsets?|constipation)|(?:your |the )?gut(?: lining)?",
  },
  {
    name: "disease",
    area: "general",
    pattern: "diseases?|illness(?:es)?|disorders?|ailments?|sickness|(?:skin|bowel|digestive|gut|medical|chronic) conditions?",
  },
]

/** All disease patterns as one alternative, for triggers that embed the disease ("acne-free"). */
export const ANY_DISEASE = DISEASES.map((d) => `(?:${d.pattern})`).join("|")

export interface ClaimTrigger {
  meaning: ClaimMeaning
  pattern: string
  /** The disease sits inside the match ("acne-free", "anti-acne", "eczema relief"). */
  embedded?: boolean
  /** The product or ingredient named at the start of the match is the subject ("probiotics for IBS"). */
  selfAgent?: boolean
  /** Positioning rather than an outright claim ("probiotics for eczema"): never stronger than hedged. */
  weak?: boolean
  /** A participle whose grammatical subject is the product ("our probiotic has been studied for eczema"). */
  neverPassive?: boolean
  /** In a guide, only a claim when a product or ingredient is named ("Research on eczema is growing" is fine). */
  needsSubjectInGuide?: boolean
}

/** A verb stem in all its forms: "reduc" matches reduce, reduces, reduced and reducing. */
export const ing = (stem: string): string => `${stem}(?:e|es|ed|ing)`

export const DISEASE_TRIGGERS: readonly ClaimTrigger[] = [
  { meaning: "diagnose", pattern: `${ing("diagnos")}|detect(?:s|ed|ing)?` },
  { meaning: "cure", pattern: `${ing("cur")}|${ing("revers")}` },
  {
    meaning: "treat",
    pattern: [
      "treat(?:s|ed|ing)?",
      "heal(?:s|ed|ing)?",
      "fight(?:s|ing)?(?: off)?",
      "fought",
      "combat(?:s|ed|ing|ted|ting)?",
      "clear(?:s|ed|ing)?(?: up)?",
      ing("eliminat"),
      ing("eradicat"),
      "beat(?:s|en|ing)?",
      "banish(?:es|ed|ing)?",
      "conquer(?:s|ed|ing)?",
      "overcom(?:e|es|ing)|overcame",
      "kill(?:s|ed|ing)?",
      "zap(?:s|ped|ping)?",
      "stop(?:s|ped|ping)?(?! taking| using)",
      "remed(?:y|ies|ied|ying)",
      ing("resolv"),
      ing("tackl"),
      "repair(?:s|ed|ing)?",
      "knock(?:s|ed|ing)? out",
      "(?:get|gets|got|getting) rid of",
      "recover(?:s|ed|ing)? from",
      "put(?:s|ting)? an end to",
      "say(?:s|ing)? goodbye to",
      "goodbye(?: to)?",
      "bye-?bye",
      "kiss(?:es)?",
      "no more",
      "never again",
      "free (?:from|of)",
    ].join("|"),
  },
  {
    meaning: "mitigate",
    pattern: [
      ing("mitigat"),
      ing("reliev"),
      ing("alleviat"),
      ing("eas"),
      ing("sooth"),
      "calm(?:s|ed|ing)?",
      ing("reduc"),
      "lower(?:s|ed|ing)?",
      ing("decreas"),
      `minimi[sz](?:e|es|ed|ing)`,
      ing("improv"),
      ing("manag"),
      "control(?:s|led|ling)?",
      "suppress(?:es|ed|ing)?",
      "counteract(?:s|ed|ing)?",
      "shrink(?:s|ing)?|shrunk",
      "help(?:s|ed|ing)? with",
    ].join("|"),
  },
  {
    meaning: "prevent",
    pattern: [
      "prevent(?:s|ed|ing)?",
      "(?:protect|defend|guard|shield)(?:s|ed|ing)? (?:[\\w'’-]+ )?against",
      "(?:protect|shield|guard)(?:s|ed|ing)? (?:[\\w'’-]+ ){0,2}?from",
      "(?:ward|fend)(?:s|ed|ing)? off",
    ].join("|"),
  },
  { meaning: "reduce the risk of", pattern: "(?:reduc|lower|decreas|cut|minimi[sz])\\w* (?:the |your )?risks? (?:of|for)" },
  // Nouns and positioning that tie a product to a disease.
  {
    meaning: "treat",
    pattern: "(?:treatments?|cures?|remed(?:y|ies)|therap(?:y|ies)|antidotes?|relief|prevention|solutions?|fix) (?:for|of|from|against)",
  },
  {
    meaning: "treat",
    pattern:
      "(?:(?:specially |specifically )?(?:designed|formulated|made|developed|created)|ideal|perfect|great|good|recommended|best) for",
  },
  // A product page that points to disease research implies the product treats it (21 CFR 101.93(g)(2)(iv)(C)).
  { meaning: "treat", pattern: "(?:research|studies|evidence|trials?|data) (?:on|in|into|for|about)", needsSubjectInGuide: true },
  { meaning: "treat", pattern: "(?:studied|tested|trialled|trialed|used|taken|proven) (?:for|against)", neverPassive: true },
  { meaning: "treat", pattern: "(?:probiotics?|supplements?|formulas?|blends?|capsules?) (?:for|against)", selfAgent: true, weak: true },
  // Keeping a disease away, making it shorter, milder or rarer, or claiming it is gone.
  {
    meaning: "prevent",
    pattern: `keep(?:s|ing)? (?:[\\w'’-]+ ){0,2}?(?:${ANY_DISEASE}) (?:away|at bay|in check|under control)`,
    embedded: true,
  },
  {
    meaning: "prevent",
    pattern:
      "avoid(?:s|ed|ing)?|(?:shield|shields|defen[cs]es?|protection|armou?r|barrier|weapon|first line of defen[cs]e) (?:against|from)",
  },
  {
    meaning: "prevent",
    pattern:
      "(?:lower(?:s|ing)?|reduc(?:e|es|ing)|cut(?:s|ting)?|slash(?:es|ing)?) (?:the |your )?(?:chances?|odds|likelihood) (?:of|that)(?: (?:catching|getting|developing|having))?",
  },
  {
    meaning: "prevent",
    pattern: `(?:won['’]t|will not|never|no longer|don['’]t have to|stop) (?:catch(?:ing)?|get(?:ting)?|develop(?:ing)?|suffer(?:ing)? (?:from|with)) (?:[\\w'’]+ ){0,2}?(?:${ANY_DISEASE})`,
    embedded: true,
  },
  {
    meaning: "mitigate",
    pattern:
      "shorten(?:s|ed|ing)?|(?:get(?:s|ting)?|got) over|bounce(?:s|d)? back from|(?:faster |quicker |speedy )?recovery from|recover(?:s|ed|ing)? (?:faster |quicker |sooner )?from|back on (?:your|their) feet after|(?:duration|length|severity) of|fewer|less|milder|shorter|say(?:s|ing)? farewell to|end(?:s|ed|ing)?(?! of| up)|work(?:s|ing)? against|targets?|take(?:s|n)? the sting out of",
  },
  {
    meaning: "mitigate",
    pattern: `(?:make|makes|making) (?:the |a |your )?(?:${ANY_DISEASE}) (?:less severe|milder|shorter|go away|disappear)`,
    embedded: true,
  },
  {
    meaning: "cure",
    pattern: `(?:${ANY_DISEASE}) (?:(?:is|are|was|were|has|have|had|been|just|completely|totally|all|become|became|finally|simply) ){0,3}(?:gone|disappeared|vanished|went away|cleared up|history|a thing of the past)`,
    embedded: true,
  },
  {
    meaning: "treat",
    pattern: `(?:${ANY_DISEASE})(?: and (?:${ANY_DISEASE}))? season\\?? (?:[\\w'’]+ ){0,3}got you covered`,
    embedded: true,
  },
  { meaning: "treat", pattern: `(?:${ANY_DISEASE}) (?:sufferers|patients)`, embedded: true, needsSubjectInGuide: true },
  // Recommending the product for a disease ("For rosacea, try our…", "we recommend it for IBS").
  {
    meaning: "treat",
    pattern: `for (?:${ANY_DISEASE}), (?:we |i )?(?:recommend|suggest|try|use|choose|reach for|take)`,
    embedded: true,
    needsSubjectInGuide: true,
  },
  { meaning: "treat", pattern: "recommend(?:s|ed)? (?:[\\w'’-]+ ){0,4}?for", needsSubjectInGuide: true },
  {
    meaning: "treat",
    pattern:
      "(?:doctor|dermatologist|gp|pharmacist|physician)-?recommended for|(?:clinically |scientifically )?(?:proven|shown) (?:in (?:clinical )?(?:trials|studies) )?to",
  },
  { meaning: "treat", pattern: `(?:${ANY_DISEASE})[- ]free`, embedded: true },
  { meaning: "treat", pattern: `anti-?(?:${ANY_DISEASE})`, embedded: true },
  {
    meaning: "mitigate",
    pattern: `(?:${ANY_DISEASE}) (?:relief|remed(?:y|ies)|cure|solution|fighter|buster|formula|support|probiotic|supplement|blend|defen[cs]e|calm|clear|away|shield|guard|rescue|care|control|season|pack|kit)`,
    embedded: true,
  },
]
