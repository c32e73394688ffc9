import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES } from "./seed/catalog"
import { SALES_CHANNEL_NAME } from "./seed/sales-channel"

/**
 * The benchmark's big catalogue (`npm run bench -- --big`, never `npm start`): on top of the normal seed,
 * BENCH_BIG_PRODUCTS (5,000) generated products spread evenly over 20 categories (the seed's 5 and 15 more),
 * each with the shop's product shape: two sizes with USD and EUR prices and stock at the warehouse,
 * supplement facts and a subscription offer, published in the Webshop sales channel. Made with Medusa's own
 * workflows in chunks of BENCH_BIG_CHUNK (250). A second run finds the products and does nothing.
 */
const TOTAL = Number(process.env.BENCH_BIG_PRODUCTS ?? 5000)
const CHUNK = Number(process.env.BENCH_BIG_CHUNK ?? 250)
const HANDLE_PREFIX = "bench-"
const B = 1_000_000_000

const EXTRA_CATEGORIES = [
  "Travel Support",
  "Active Lifestyle",
  "Healthy Ageing",
  "Oral Care",
  "Pet-Free Formulas",
  "Morning Routine",
  "Evening Routine",
  "Fermented Foods",
  "Vegan Blends",
  "Single Strain",
  "Spore Probiotics",
  "Family Packs",
  "Sensitive Stomachs",
  "Post-Holiday Reset",
  "Starter Kits",
] as const

const STRAINS = [
  "Lacticaseibacillus rhamnosus GG",
  "Bifidobacterium animalis subsp. lactis BB-12",
  "Lactobacillus acidophilus NCFM",
  "Lactiplantibacillus plantarum 299v",
  "Bifidobacterium longum BB536",
  "Lacticaseibacillus paracasei Lpc-37",
  "Bifidobacterium breve M-16V",
  "Limosilactobacillus reuteri DSM 17938",
  "Bacillus coagulans GBI-30",
  "Saccharomyces boulardii CNCM I-745",
]
const ADJECTIVES = ["Daily", "Gentle", "Bright", "Steady", "Calm", "Active", "Pure", "Simple", "Complete", "Fresh"]
const NOUNS = ["Balance", "Flora", "Harmony", "Rhythm", "Garden", "Culture", "Blend", "Shield", "Ferment", "Routine"]
const FORMS = [
  { unit: "capsules", serving: "1 capsule", directions: "Take one capsule a day with a meal and a glass of water." },
  { unit: "sachets", serving: "1 sachet (5 g)", directions: "Stir one sachet into cool water or yogurt once a day." },
  { unit: "chewables", serving: "1 chewable tablet", directions: "Chew one tablet a day after breakfast." },
]

export default async function seedBigCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const started = Date.now()

  const { data: existing } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: `${HANDLE_PREFIX}00001` } })
  if (existing.length > 0) {
    logger.info("The big catalogue is already seeded.")
    return
  }

  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL_NAME })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!salesChannel || !location || !profile)
    throw new Error("Run the normal seed first: no Webshop sales channel, warehouse or shipping profile")

  const { data: seededCategories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: CATEGORIES.map((c) => c.handle) },
  })
  const { result: extra } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: EXTRA_CATEGORIES.map((name) => ({
        name,
        handle: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
        description: `${name}: probiotics with named strains and a guaranteed count at the end of shelf life.`,
        is_active: true,
      })),
    },
  })
  const categoryIds = [...seededCategories, ...extra].map((c) => c.id)

  const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  for (let from = 1; from <= TOTAL; from += CHUNK) {
    const numbers = Array.from({ length: Math.min(CHUNK, TOTAL - from + 1) }, (_, i) => from + i)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: numbers.map((n) => bigProduct(n, categoryIds[n % categoryIds.length]!, salesChannel.id, profile.id, storefrontUrl)),
      },
    })
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { product_id: products.map((p) => p.id) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((v) =>
          (v.inventory_items ?? []).map((item) => ({
            location_id: location.id,
            inventory_item_id: item!.inventory_item_id,
            stocked_quantity: 500,
          }))
        ),
      },
    })
    logger.info(`Big catalogue: ${from + numbers.length - 1} of ${TOTAL} products (${Math.round((Date.now() - started) / 1000)} s)`)
  }
  logger.info(
    `Seeded ${TOTAL} big-catalogue products in ${categoryIds.length} categories in ${Math.round((Date.now() - started) / 1000)} s.`
  )
}

/** Product number n, with copy and figures drawn from small lists so every product differs a little. */
function bigProduct(n: number, categoryId: string, salesChannelId: string, shippingProfileId: string, storefrontUrl: string) {
  const id = String(n).padStart(5, "0")
  const handle = `${HANDLE_PREFIX}${id}`
  const form = FORMS[n % FORMS.length]!
  const title = `${ADJECTIVES[n % ADJECTIVES.length]} ${NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length]} No. ${id}`
  const strains = [0, 1, 2].map((k) => STRAINS[(n + k * 3) % STRAINS.length]!)
  const cfu = 5 + (n % 6) * 5
  const sizes = [30, 60].map((count) => `${count} ${form.unit}`)
  const usd = 19.99 + (n % 9) * 5
  const image = `${storefrontUrl}/images/products/daily-balance-probiotic.svg`
  return {
    title,
    handle,
    subtitle: `${strains.length} strains, ${cfu} billion CFU per serving`,
    description: `${title} is a benchmark product: ${strains.join(", ")} in ${form.unit}, counted at the end of shelf life. It supports digestive comfort* as part of a varied diet.`,
    status: ProductStatus.PUBLISHED,
    category_ids: [categoryId],
    thumbnail: image,
    images: [{ url: image }],
    shipping_profile_id: shippingProfileId,
    options: [{ title: "Size", values: sizes }],
    variants: sizes.map((size, i) => ({
      title: size,
      sku: `${handle}-${i ? 60 : 30}`.toUpperCase(),
      options: { Size: size },
      manage_inventory: true,
      prices: [
        { amount: Math.round(usd * (i ? 1.7 : 1) * 100) / 100, currency_code: "usd" },
        { amount: Math.round(usd * 0.93 * (i ? 1.7 : 1) * 100) / 100, currency_code: "eur" },
      ],
      metadata: { servings: i ? 60 : 30 },
    })),
    sales_channels: [{ id: salesChannelId }],
    metadata: {
      supplement_facts: {
        serving_size: form.serving,
        strains: strains.map((name, k) => ({ name, cfu: cfu * B * [0.5, 0.3, 0.2][k]! })),
        other_actives: [],
        other_ingredients: ["Microcrystalline cellulose"],
        allergens: ["Free from dairy, gluten, soy and nuts"],
        directions: form.directions,
        storage: "Store below 25 °C in a dry place, lid closed.",
      },
      subscription: { discount_percent: 15, interval_days: [30, 60, 90] },
    },
  }
}
