import type { SubscriptionOffer, SupplementFacts } from "@biome/shared"

/** One product of the seeded catalog. All copy here is the shop's own; claims carry the asterisk. */
export interface CatalogProduct {
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  /** Unit of the variants, e.g. "capsules". */
  unit: string
  variants: { count: number; usd: number; eur: number; stock: number }[]
  facts: SupplementFacts
  subscription?: SubscriptionOffer
}

export const CATEGORIES = [
  { handle: "daily-digestive", name: "Daily Digestive", description: "Everyday probiotics for a balanced gut." },
  { handle: "skin-and-gut", name: "Skin & Gut", description: "Formulas built around the gut-skin axis." },
  { handle: "womens-health", name: "Women's Health", description: "Strains chosen for women's microbiomes." },
  { handle: "kids", name: "Kids", description: "Gentle, chewable probiotics for children." },
  { handle: "prebiotic-fibre", name: "Prebiotic Fibre", description: "Fibre that feeds the bacteria you already have." },
] as const

const B = 1_000_000_000
const VEGAN_CAPSULE = ["Hydroxypropyl methylcellulose (vegan capsule)", "Microcrystalline cellulose"]
const FRIDGE_FREE = "Store below 25 °C in a dry place, lid closed. No refrigeration needed."

export const CATALOG: CatalogProduct[] = [
  {
    handle: "daily-balance-probiotic",
    title: "Daily Balance Probiotic",
    subtitle: "Three well-studied strains, 20 billion CFU",
    description:
      "Our everyday formula pairs three of the most researched strains in a delayed-release capsule. Daily Balance supports digestive comfort* and helps maintain a balanced gut microbiome* as part of a varied, fibre-rich diet.",
    category: "daily-digestive",
    unit: "capsules",
    variants: [
      { count: 30, usd: 29.99, eur: 27.99, stock: 240 },
      { count: 60, usd: 49.99, eur: 46.99, stock: 160 },
    ],
    facts: {
      serving_size: "1 capsule",
      strains: [
        { name: "Lacticaseibacillus rhamnosus GG", cfu: 10 * B },
        { name: "Bifidobacterium animalis subsp. lactis BB-12", cfu: 6 * B },
        { name: "Lactobacillus acidophilus NCFM", cfu: 4 * B },
      ],
      other_actives: [],
      other_ingredients: VEGAN_CAPSULE,
      allergens: ["Free from dairy, gluten, soy and nuts"],
      directions: "Take one capsule a day with breakfast and a glass of water.",
      storage: FRIDGE_FREE,
    },
  },
  {
    handle: "gut-restore-50",
    title: "Gut Restore 50",
    subtitle: "High-potency blend of ten strains, 50 billion CFU",
    description:
      "Ten complementary Lactobacillus and Bifidobacterium strains at a higher count, for people who want a stronger daily dose. Gut Restore 50 helps maintain healthy gut flora* and supports regularity*.",
    category: "daily-digestive",
    unit: "capsules",
    variants: [
      { count: 30, usd: 39.99, eur: 37.99, stock: 120 },
      { count: 60, usd: 69.99, eur: 65.99, stock: 80 },
    ],
    facts: {
      serving_size: "1 capsule",
      strains: [
        { name: "Lactobacillus acidophilus La-14", cfu: 8 * B },
        { name: "Lactiplantibacillus plantarum Lp-115", cfu: 6 * B },
        { name: "Lacticaseibacillus paracasei Lpc-37", cfu: 6 * B },
        { name: "Bifidobacterium lactis Bl-04", cfu: 6 * B },
        { name: "Bifidobacterium longum BB536", cfu: 5 * B },
        { name: "Lacticaseibacillus rhamnosus GG", cfu: 5 * B },
        { name: "Bifidobacterium breve M-16V", cfu: 4 * B },
        { name: "Limosilactobacillus reuteri DSM 17938", cfu: 4 * B },
        { name: "Lactobacillus gasseri BNR17", cfu: 3 * B },
        { name: "Streptococcus thermophilus St-21", cfu: 3 * B },
      ],
      other_actives: [],
      other_ingredients: VEGAN_CAPSULE,
      allergens: ["Contains traces of milk from fermentation media", "Free from gluten and soy"],
      directions: "Take one capsule a day with a meal. Start with one every other day for the first week if you are new to probiotics.",
      storage: FRIDGE_FREE,
    },
  },
  {
    handle: "skin-biome-glow",
    title: "Skin Biome Glow",
    subtitle: "Gut-skin axis formula with L. rhamnosus HN001",
    description:
      "Built around the two-way conversation between gut and skin, Skin Biome Glow combines three strains with zinc. It helps maintain skin hydration from within* and zinc contributes to the maintenance of normal skin*.",
    category: "skin-and-gut",
    unit: "capsules",
    variants: [
      { count: 30, usd: 34.99, eur: 32.99, stock: 150 },
      { count: 60, usd: 59.99, eur: 55.99, stock: 90 },
    ],
    facts: {
      serving_size: "1 capsule",
      strains: [
        { name: "Lacticaseibacillus rhamnosus HN001", cfu: 6 * B },
        { name: "Bifidobacterium longum BB536", cfu: 4 * B },
        { name: "Lactiplantibacillus plantarum HEAL9", cfu: 2 * B },
      ],
      other_actives: [{ name: "Zinc (as zinc bisglycinate)", amount: "10 mg" }],
      other_ingredients: VEGAN_CAPSULE,
      allergens: ["Free from dairy, gluten, soy and nuts"],
      directions: "Take one capsule a day with food. Give it at least eight weeks alongside your usual skincare.",
      storage: FRIDGE_FREE,
    },
  },
  {
    handle: "barrier-duo-synbiotic",
    title: "Barrier Duo Synbiotic",
    subtitle: "Probiotic strains plus acacia fibre in one sachet",
    description:
      "A powder sachet that brings live cultures and the acacia fibre they feed on together. Barrier Duo nourishes beneficial gut bacteria* and supports the skin's natural moisture barrier*.",
    category: "skin-and-gut",
    unit: "sachets",
    variants: [
      { count: 30, usd: 36.99, eur: 34.99, stock: 100 },
      { count: 60, usd: 64.99, eur: 60.99, stock: 60 },
    ],
    facts: {
      serving_size: "1 sachet (5 g)",
      strains: [
        { name: "Lactiplantibacillus plantarum 299v", cfu: 10 * B },
        { name: "Bifidobacterium animalis subsp. lactis HN019", cfu: 5 * B },
      ],
      other_actives: [{ name: "Acacia fibre (gum arabic)", amount: "4 g" }],
      other_ingredients: ["Maltodextrin", "Natural lemon flavour"],
      allergens: ["Free from dairy, gluten and soy"],
      directions: "Stir one sachet into a glass of cool water or yogurt once a day. Do not mix into hot drinks.",
      storage: FRIDGE_FREE,
    },
  },
  {
    handle: "womens-flora",
    title: "Women's Flora",
    subtitle: "L. rhamnosus GR-1 and L. reuteri RC-14",
    description:
      "Two strains studied together for decades, paired with cranberry extract. Women's Flora supports a balanced vaginal microbiome* and helps maintain normal digestive function*.",
    category: "womens-health",
    unit: "capsules",
    variants: [
      { count: 30, usd: 32.99, eur: 30.99, stock: 130 },
      { count: 60, usd: 56.99, eur: 52.99, stock: 70 },
    ],
    facts: {
      serving_size: "1 capsule",
      strains: [
        { name: "Lacticaseibacillus rhamnosus GR-1", cfu: 2.5 * B },
        { name: "Limosilactobacillus reuteri RC-14", cfu: 2.5 * B },
      ],
      other_actives: [{ name: "Cranberry fruit extract", amount: "200 mg" }],
      other_ingredients: VEGAN_CAPSULE,
      allergens: ["Free from dairy, gluten, soy and nuts"],
      directions: "Take one capsule a day with water, with or without food.",
      storage: FRIDGE_FREE,
    },
  },
  {
    handle: "kids-berry-chewables",
    title: "Kids' Berry Chewables",
    subtitle: "Chewable probiotic for ages 3 and up",
    description:
      "A mixed-berry chewable tablet with no added sugar, sweetened with xylitol. It supports children's digestive health* and a normal immune function*. For children aged three and over.",
    category: "kids",
    unit: "chewables",
    variants: [
      { count: 30, usd: 21.99, eur: 19.99, stock: 200 },
      { count: 60, usd: 37.99, eur: 34.99, stock: 110 },
    ],
    facts: {
      serving_size: "1 chewable tablet",
      strains: [
        { name: "Lacticaseibacillus rhamnosus GG", cfu: 3 * B },
        { name: "Bifidobacterium animalis subsp. lactis BB-12", cfu: 2 * B },
      ],
      other_actives: [],
      other_ingredients: ["Xylitol", "Inulin", "Natural berry flavour", "Beetroot powder (colour)", "Magnesium stearate"],
      allergens: ["Free from dairy, gluten, soy and nuts", "Keep away from dogs: contains xylitol"],
      directions: "Children 3 years and older: chew one tablet a day. Supervise young children while they chew.",
      storage: FRIDGE_FREE,
    },
    subscription: { discount_percent: 10, interval_days: [30, 60] },
  },
  {
    handle: "prebiotic-fibre-blend",
    title: "Prebiotic Fibre Blend",
    subtitle: "Unflavoured PHGG and inulin powder",
    description:
      "A tasteless fibre powder that dissolves in any drink. Partially hydrolysed guar gum and chicory inulin feed the bacteria already living in your gut* and support regularity*. Contains no live cultures.",
    category: "prebiotic-fibre",
    unit: "servings",
    variants: [
      { count: 30, usd: 24.99, eur: 22.99, stock: 180 },
      { count: 60, usd: 42.99, eur: 39.99, stock: 90 },
    ],
    facts: {
      serving_size: "1 scoop (6 g)",
      strains: [],
      other_actives: [
        { name: "Partially hydrolysed guar gum (PHGG)", amount: "4 g" },
        { name: "Chicory root inulin", amount: "2 g" },
      ],
      other_ingredients: [],
      allergens: ["Free from dairy, gluten, soy and nuts"],
      directions: "Stir one scoop into water, coffee or a smoothie once a day. Build up from half a scoop over the first week.",
      storage: "Store in a cool, dry place and close the pouch after use.",
    },
  },
  {
    handle: "travel-boulardii",
    title: "Travel Boulardii",
    subtitle: "Shelf-stable Saccharomyces boulardii",
    description:
      "A probiotic yeast that tolerates heat and needs no fridge, which makes it an easy companion on the road. Travel Boulardii supports digestive balance while you travel*.",
    category: "daily-digestive",
    unit: "capsules",
    variants: [
      { count: 30, usd: 27.99, eur: 25.99, stock: 90 },
      { count: 60, usd: 46.99, eur: 43.99, stock: 40 },
    ],
    facts: {
      serving_size: "1 capsule",
      strains: [{ name: "Saccharomyces boulardii CNCM I-745", cfu: 5 * B }],
      other_actives: [],
      other_ingredients: VEGAN_CAPSULE,
      allergens: ["Free from dairy, gluten, soy and nuts"],
      directions: "Take one capsule twice a day with water, starting five days before you travel.",
      storage: FRIDGE_FREE,
    },
  },
  {
    handle: "immune-daily-defence",
    title: "Immune Daily Defence",
    subtitle: "Probiotic with vitamin D3 and zinc",
    description:
      "Two strains with vitamin D3 and zinc in one daily capsule. Vitamin D and zinc contribute to the normal function of the immune system*, and the cultures help maintain a healthy gut microbiome*.",
    category: "daily-digestive",
    unit: "capsules",
    variants: [
      { count: 30, usd: 31.99, eur: 29.99, stock: 8 },
      { count: 60, usd: 54.99, eur: 50.99, stock: 0 },
    ],
    facts: {
      serving_size: "1 capsule",
      strains: [
        { name: "Lacticaseibacillus paracasei 8700:2", cfu: 5 * B },
        { name: "Lactiplantibacillus plantarum HEAL9", cfu: 5 * B },
      ],
      other_actives: [
        { name: "Vitamin D3 (cholecalciferol)", amount: "25 µg (1000 IU)" },
        { name: "Zinc (as zinc bisglycinate)", amount: "5 mg" },
      ],
      other_ingredients: VEGAN_CAPSULE,
      allergens: ["Free from dairy, gluten, soy and nuts"],
      directions: "Take one capsule a day with a meal that contains some fat.",
      storage: FRIDGE_FREE,
    },
  },
]
