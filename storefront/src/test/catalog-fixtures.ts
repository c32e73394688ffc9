import type { CatalogProduct } from "@/lib/catalog"

const B = 1_000_000_000

/** Immune Daily Defence as the seed stocks it: the 30 is running low and the 60 is sold out. */
export const immuneDailyDefence: CatalogProduct = {
  id: "prod_immune",
  handle: "immune-daily-defence",
  title: "Immune Daily Defence",
  subtitle: "Probiotic with vitamin D3 and zinc",
  description:
    "Two strains with vitamin D3 and zinc in one daily capsule. Vitamin D and zinc contribute to the normal function of the immune system*, and the cultures help maintain a healthy gut microbiome*.",
  thumbnail: "http://localhost:8000/images/products/immune-daily-defence.svg",
  images: ["http://localhost:8000/images/products/immune-daily-defence.svg"],
  categories: [{ handle: "daily-digestive", name: "Daily Digestive" }],
  variants: [
    { id: "v30", title: "30 capsules", sku: "IMMUNE-DAILY-DEFENCE-30", price: { amount: 31.99, currencyCode: "usd" }, stock: "low_stock" },
    {
      id: "v60",
      title: "60 capsules",
      sku: "IMMUNE-DAILY-DEFENCE-60",
      price: { amount: 54.99, currencyCode: "usd" },
      stock: "out_of_stock",
    },
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
    other_ingredients: ["Hydroxypropyl methylcellulose (vegan capsule)"],
    allergens: ["Free from dairy, gluten, soy and nuts"],
    directions: "Take one capsule a day with a meal that contains some fat.",
    storage: "Store below 25 °C in a dry place, lid closed.",
  },
  subscription: { discount_percent: 15, interval_days: [30, 60, 90] },
}

export const kidsBerryChewables: CatalogProduct = {
  ...immuneDailyDefence,
  id: "prod_kids",
  handle: "kids-berry-chewables",
  title: "Kids' Berry Chewables",
  subtitle: "Chewable probiotic for ages 3 and up",
  variants: [
    { id: "k30", title: "30 chewables", sku: null, price: { amount: 21.99, currencyCode: "usd" }, stock: "out_of_stock" },
    { id: "k60", title: "60 chewables", sku: null, price: { amount: 37.99, currencyCode: "usd" }, stock: "out_of_stock" },
  ],
  subscription: { discount_percent: 10, interval_days: [30, 60] },
}
