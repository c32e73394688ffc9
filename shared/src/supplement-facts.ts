/** One probiotic strain on a label, with its count per serving guaranteed through the expiry date. */
export interface Strain {
  /** Full strain name as printed on the label, e.g. "Lacticaseibacillus rhamnosus GG". */
  name: string
  /** Colony-forming units per serving. */
  cfu: number
}

/** The structured supplement facts panel stored on each product (product.metadata.supplement_facts). */
export interface SupplementFacts {
  serving_size: string
  strains: Strain[]
  /** Non-probiotic actives, e.g. a prebiotic fibre, with amount per serving. */
  other_actives: { name: string; amount: string }[]
  other_ingredients: string[]
  allergens: string[]
  directions: string
  storage: string
}

/** Subscribe-and-save settings per product (product.metadata.subscription). */
export interface SubscriptionOffer {
  discount_percent: number
  interval_days: number[]
}

export const DEFAULT_SUBSCRIPTION_OFFER: SubscriptionOffer = {
  discount_percent: 15,
  interval_days: [30, 60, 90],
}

export function totalCfu(facts: Pick<SupplementFacts, "strains">): number {
  return facts.strains.reduce((sum, strain) => sum + strain.cfu, 0)
}

/** 25000000000 -> "25 billion CFU"; counts under a billion read in millions. */
export function formatCfu(cfu: number): string {
  if (cfu >= 1e9) {
    return `${trimNumber(cfu / 1e9)} billion CFU`
  }
  return `${trimNumber(cfu / 1e6)} million CFU`
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, "")
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string")

/**
 * Reads supplement facts from untrusted product metadata. Returns null when the shape is wrong, so a
 * half-edited product renders without a facts panel instead of breaking the page.
 */
export function parseSupplementFacts(value: unknown): SupplementFacts | null {
  if (!isRecord(value)) return null
  const { serving_size, strains, other_actives, other_ingredients, allergens, directions, storage } = value
  if (typeof serving_size !== "string" || typeof directions !== "string" || typeof storage !== "string") {
    return null
  }
  if (!Array.isArray(strains) || !isStringArray(other_ingredients) || !isStringArray(allergens)) {
    return null
  }
  const parsedStrains: Strain[] = []
  for (const s of strains) {
    if (!isRecord(s) || typeof s.name !== "string" || typeof s.cfu !== "number" || !(s.cfu > 0)) return null
    parsedStrains.push({ name: s.name, cfu: s.cfu })
  }
  const actives: SupplementFacts["other_actives"] = []
  for (const a of Array.isArray(other_actives) ? other_actives : []) {
    if (!isRecord(a) || typeof a.name !== "string" || typeof a.amount !== "string") return null
    actives.push({ name: a.name, amount: a.amount })
  }
  return {
    serving_size,
    strains: parsedStrains,
    other_actives: actives,
    other_ingredients,
    allergens,
    directions,
    storage,
  }
}

/** Reads a product's subscribe-and-save settings, falling back to the shop default (15%, 30/60/90 days). */
export function parseSubscriptionOffer(value: unknown): SubscriptionOffer {
  if (!isRecord(value)) return DEFAULT_SUBSCRIPTION_OFFER
  const discount = value.discount_percent
  const intervals = value.interval_days
  const validDiscount = typeof discount === "number" && discount >= 0 && discount < 100
  const validIntervals =
    Array.isArray(intervals) &&
    intervals.length > 0 &&
    intervals.every((d) => typeof d === "number" && Number.isInteger(d) && d >= 7 && d <= 365)
  return {
    discount_percent: validDiscount ? discount : DEFAULT_SUBSCRIPTION_OFFER.discount_percent,
    interval_days: validIntervals ? [...new Set(intervals as number[])].sort((a, b) => a - b) : DEFAULT_SUBSCRIPTION_OFFER.interval_days,
  }
}

/** "30, 60 or 90": the intervals an offer has, the way messages to customers list them. */
export function listDays(days: number[]): string {
  return days.length === 1 ? String(days[0]) : `${days.slice(0, -1).join(", ")} or ${days[days.length - 1]}`
}
