/**
 * The first outcome table of the claims check: each sentence with the exact outcome expected (which rule
 * blocks it, or that it is only a warning). claims.test.ts checks the outcomes; the tuning table reads them
 * as flag (blocked) or pass (allowed, warnings included).
 */
import type { LabelledSentence } from "./types"

type Kind = "product" | "guide"
/** pass = no findings; a rule name = blocked by that rule; warn:<rule> = allowed, but flagged for review. */
export type Outcome = "pass" | "disease" | "unmarked" | "disease+unmarked" | "warn:disease" | "warn:unmarked"

// Every sentence below was written for this table. Decisions worth knowing:
// - "Say goodbye to breakouts" fails: breakouts are acne lesions, so it is an implied acne claim. In a
//   guide, without a product in the sentence, it is only a warning; tied to lifestyle habits it passes.
// - Only "occasional" constipation/bloating/heartburn is a structure/function topic (FDA 2000 rule);
//   plain constipation and any diarrhoea are disease symptoms.
// - Guides may report research on strains ("L. rhamnosus GG reduced eczema in infants [2]"); the same
//   sentence on a product page is a warning, because it implies the product does the same.
export const LEGACY_EXAMPLES: [Kind, string, Outcome][] = [
  // Product copy: a claim whose target holds a verb ("balance") is still one claim with one marker
  ["product", "Travel Boulardii supports digestive balance while you travel*.", "pass"],
  ["product", "It helps maintain gut balance* and supports regularity*.", "pass"],
  ["product", "It helps maintain gut balance and supports regularity*.", "unmarked"],
  // Product copy: disease claims with many verbs and diseases
  ["product", "Clears acne in as little as four weeks.", "disease"],
  ["product", "Our probiotic treats eczema from the inside out.", "disease"],
  ["product", "This formula heals leaky gut.", "disease"],
  ["product", "Gut Balance cures IBS for good.", "disease"],
  ["product", "Each capsule helps prevent traveller's diarrhoea.", "disease"],
  ["product", "Taken daily, it relieves the symptoms of irritable bowel syndrome.", "disease"],
  ["product", "Our strains fight candida overgrowth.", "disease"],
  ["product", "Helps eliminate SIBO naturally.", "disease"],
  ["product", "Reverses type 2 diabetes.", "disease"],
  ["product", "Mitigates the effects of psoriasis.", "disease"],
  ["product", "Manages the symptoms of Crohn's disease.", "disease"],
  ["product", "Eradicates H. pylori in ten days.", "disease"],
  ["product", "Knock out yeast infections fast.", "disease"],
  ["product", "Lowers cholesterol naturally.", "disease"],
  ["product", "Wards off infections when you travel.", "disease"],
  ["product", "Beat the winter flu with two capsules a day.", "disease"],
  ["product", "Fights off colds and flu all winter long.", "disease"],
  ["product", "Calms rosacea and soothes psoriasis.", "disease"],
  ["product", "Eases depression and anxiety.", "disease"],
  ["product", "Protects against urinary tract infections.", "disease"],
  ["product", "Helps with allergies and hay fever.", "disease"],
  ["product", "Kills the bacteria that cause acne.", "disease"],
  ["product", "Helps your body fight infections.", "disease"],
  ["product", "While it is not a medicine, it clears acne.", "disease"],
  ["product", "Take two capsules daily to prevent UTIs.", "disease"],
  ["product", "Stops diarrhoea fast.", "disease"],
  ["product", "Proven for IBS.", "disease"],
  ["product", "Unlike creams, this probiotic fights acne from within.", "disease"],
  ["product", "Not only does it support digestion, it also prevents infections.", "disease+unmarked"],
  // Risk reduction
  ["product", "Lactobacillus rhamnosus GG reduces the risk of eczema in infants.", "disease"],
  ["product", "These capsules lower your risk of colon cancer.", "disease"],
  // Implied claims
  ["product", "Say goodbye to breakouts!", "disease"],
  ["product", "No more eczema flare-ups.", "disease"],
  ["product", "Acne-free skin in 30 days.", "disease"],
  ["product", "The probiotic for people with rosacea.", "disease"],
  ["product", "Designed for IBS sufferers.", "disease"],
  ["product", "Kiss your pimples goodbye with our daily formula.", "disease"],
  ["product", "Eczema relieved in just two weeks.", "disease"],
  ["product", "Your anti-acne probiotic.", "disease"],
  ["product", "An anti-inflammatory blend for the gut.", "disease"],
  ["product", "Your IBS relief, in one capsule a day.", "disease"],
  ["product", "Clinically shown to reduce eczema flare-ups by 40%.", "disease"],
  ["product", "“This cleared my acne in two weeks!” — Jamie, verified buyer", "disease"],
  ["product", "Researchers found that L. rhamnosus GG reduced eczema in infants [2].", "warn:disease"],
  ["product", "Backed by research on eczema in infants [1].", "disease"],
  // Structure/function claims, marked and unmarked
  ["product", "Supports digestive health*", "pass"],
  ["product", "Supports digestive health.", "unmarked"],
  ["product", "Helps maintain regularity*", "pass"],
  ["product", "Nourishes your skin from within.", "unmarked"],
  ["product", "Relieves occasional bloating and gas*", "pass"],
  ["product", "Relieves occasional constipation.", "unmarked"],
  ["product", "Relieves constipation*", "disease"],
  ["product", "Promotes radiant, clear-looking skin (with daily use)*", "pass"],
  ["product", "Supports immune health.*", "pass"],
  ["product", "Our probiotic promotes a balanced gut microbiome* and supports immune function*", "pass"],
  ["product", "Our probiotic promotes a balanced gut microbiome and supports immune function*", "unmarked"],
  ["product", "Unlike antibiotics that treat infections, our probiotic supports a healthy gut flora*.", "pass"],
  // Markdown: emphasis is not a marker, an escaped asterisk is
  ["product", "Our formula *supports digestive health*.", "unmarked"],
  ["product", "**Supports gut health***", "pass"],
  ["product", "*Lacticaseibacillus rhamnosus* GG supports normal immune function*", "pass"],
  ["product", "Supports digestive health\\*", "pass"],
  ["product", "- Supports regularity*\n- Nourishes the gut lining", "unmarked"],
  ["product", "[Our probiotic](/products/gut-balance) clears acne.", "disease"],
  // Disclaimers, negations, label text
  ["product", "This product is not intended to diagnose, treat, cure, or prevent any disease.", "pass"],
  ["product", "These statements have not been evaluated by the Food and Drug Administration.", "pass"],
  ["product", "This supplement is not a treatment for eczema.", "pass"],
  ["product", "Probiotics do not cure acne, and neither does this formula.", "pass"],
  ["product", "Consult your doctor before use if you are pregnant, nursing or have a medical condition.", "pass"],
  ["product", "Stop taking this product if you have an allergic reaction.", "pass"],
  ["product", "Contains milk. Free from gluten and soy.", "pass"],
  ["product", "Vegan, gluten-free and third-party tested.", "pass"],
  ["product", "Store below 25°C to maintain potency.", "pass"],
  ["product", "Gentle enough for sensitive stomachs.", "pass"],
  ["product", "To treat eczema, dermatologists often prescribe steroid creams.", "pass"],
  ["product", "For a healthy gut*", "pass"],
  ["product", "For healthy digestion", "unmarked"],
  // Guides: education passes
  ["guide", "Researchers have studied whether people with acne have a different gut microbiome [1].", "pass"],
  ["guide", "Eczema is a chronic inflammatory skin condition.", "pass"],
  ["guide", "Talk to a dermatologist if you have rosacea.", "pass"],
  ["guide", "A dermatologist can diagnose rosacea and suggest treatment options.", "pass"],
  ["guide", "Antibiotics are often prescribed to treat acne, and they can disrupt the gut microbiome.", "pass"],
  ["guide", "Researchers found that L. rhamnosus GG reduced eczema in infants [2].", "pass"],
  ["guide", "Some small trials have tested whether specific strains reduce eczema in infants, with mixed results [^2].", "pass"],
  ["guide", "Can probiotics help with acne?", "pass"],
  ["guide", "## Probiotics for acne: what the research says", "pass"],
  ["guide", "Eating more fibre may lower the risk of colon cancer.", "pass"],
  ["guide", "Acne is often treated with topical retinoids.", "pass"],
  ["guide", "IBS is diagnosed by a gastroenterologist after ruling out other causes.", "pass"],
  ["guide", "The gut and the skin exchange signals in both directions, which researchers call the gut-skin axis [1].", "pass"],
  ["guide", "About 70% of the immune system is in the gut, a commonly cited estimate.", "pass"],
  ["guide", "Sleep, fibre and regular exercise support a diverse gut microbiome (Monda et al., 2017).", "pass"],
  ["guide", "Fermented foods like kefir and kimchi support a healthy gut.", "pass"],
  ["guide", "Stress can make rosacea and eczema flare.", "pass"],
  ["guide", "Eczema is a common condition. It can flare up with stress.", "pass"],
  ["guide", "If you think you have SIBO, see a gastroenterologist for testing.", "pass"],
  ["guide", "People with IBS often report bloating after meals.", "pass"],
  ["guide", "Treating acne usually starts with a visit to a dermatologist.", "pass"],
  ["guide", "Say goodbye to breakouts with these five habits.", "pass"],
  ["guide", "No supplement can cure eczema.", "pass"],
  ["guide", "Probiotics won't cure rosacea, but they may support skin comfort.", "pass"],
  ["guide", "Phrases like *cures acne* are not allowed on supplement labels.", "pass"],
  ["guide", "It is important to treat SIBO under medical supervision.", "pass"],
  ["guide", "Dr. Lee explains how dermatologists treat rosacea.", "pass"],
  ["guide", "Eczema can be relieved with moisturisers.", "pass"],
  ["guide", "Probiotics have been studied for eczema [3].", "pass"],
  ["guide", "Research on eczema and the gut microbiome is growing quickly.", "pass"],
  ["guide", "Studies in people with IBS suggest that diet matters more than any supplement.", "pass"],
  ["guide", "Isotretinoin can clear severe acne, but it has serious side effects.", "pass"],
  ["guide", "Most cases of diarrhoea clear up on their own within a few days.", "pass"],
  ["guide", "These findings don't prove that probiotics treat acne.", "pass"],
  ["guide", "Your gut microbiome supports immune function.", "pass"],
  ["guide", "Try our Gut Balance probiotic: it supports digestive health*.", "pass"],
  // Guides: claims that tie a product or probiotics to a disease
  ["guide", "Probiotics cure acne.", "disease"],
  ["guide", "Our Daily Gut formula clears acne in weeks.", "disease"],
  ["guide", "Our probiotic contains L. rhamnosus GG. It clears eczema.", "disease"],
  ["guide", "Taking our probiotic daily helps prevent UTIs.", "disease"],
  ["guide", "Eczema can be relieved with our probiotic.", "disease"],
  ["guide", "Our probiotic has been studied for eczema prevention [3].", "disease"],
  ["guide", "Probiotics may help prevent antibiotic-associated diarrhoea.", "warn:disease"],
  ["guide", "Probiotics are live microorganisms. They may prevent eczema.", "warn:disease"],
  ["guide", "Say goodbye to breakouts.", "warn:disease"],
  ["guide", "Our Gut Balance probiotic supports digestive health.", "unmarked"],
  ["guide", "Probiotics support gut health.", "warn:unmarked"],
]

export const LEGACY_TABLE: readonly LabelledSentence[] = LEGACY_EXAMPLES.map(([kind, text, outcome]) => [
  kind,
  outcome === "pass" || outcome.startsWith("warn:") ? "pass" : "flag",
  text,
])
