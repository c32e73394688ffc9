import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { paymentProvidersFor } from "@biome/shared"
import { readEnv } from "../config/env"
import { syncRegionPaymentProviders } from "../lib/payments/sync-region-payment-providers"
import { CATALOG, CATEGORIES } from "./seed/catalog"
import { seedGuides } from "./seed/guides"
import { ensureSalesChannel } from "./seed/sales-channel"

const PUBLISHABLE_KEY_TITLE = "Storefront"
const US_COUNTRIES = ["us"]
const EU_COUNTRIES = ["de", "fr", "nl", "ie", "at", "be"]

type Container = ExecArgs["container"]

/**
 * Seeds the shop once: store, regions, shipping, stock, categories and the supplement catalog. A second
 * run finds the catalog and only makes sure the storefront has its publishable key and every region the
 * payment providers of the shop's payment mode.
 */
export default async function seedShop({ container }: ExecArgs): Promise<{ publishableKey: string }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: seeded } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { handle: CATALOG[0]!.handle },
  })
  const paymentMode = readEnv().PAYMENT_MODE
  if (seeded.length > 0) {
    logger.info("Catalog already seeded; checking the storefront's publishable key and the regions' payment providers only.")
    for (const change of await syncRegionPaymentProviders(container, paymentMode)) {
      logger.info(`${change.region} now takes payments with ${change.to.join(", ")} (was ${change.from.join(", ") || "none"})`)
    }
    const token = await ensurePublishableKey(container, await ensureSalesChannel(container))
    writeStorefrontEnv(token, logger)
    return { publishableKey: token }
  }

  logger.info("Seeding store, regions and sales channel…")
  const salesChannelId = await ensureSalesChannel(container)
  const store = await ensureStore(container)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Biome & Bloom",
        supported_currencies: [{ currency_code: "usd", is_default: true }, { currency_code: "eur" }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })

  // Stripe alone when it is set up; the system provider alone in a demo store.
  const paymentProviders = paymentProvidersFor(paymentMode)
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "United States", currency_code: "usd", countries: US_COUNTRIES, payment_providers: paymentProviders },
        { name: "Europe", currency_code: "eur", countries: EU_COUNTRIES, payment_providers: paymentProviders },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [...US_COUNTRIES, ...EU_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  logger.info("Seeding warehouse and shipping…")
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Portland Warehouse",
          address: { address_1: "1200 NW Naito Pkwy", city: "Portland", province: "OR", postal_code: "97209", country_code: "us" },
        },
      ],
    },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location!.id, add: [salesChannelId] },
  })

  const shippingProfileId = await ensureShippingProfile(container)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Portland Warehouse delivery",
    type: "shipping",
    service_zones: [
      { name: "United States", geo_zones: US_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
      { name: "Europe", geo_zones: EU_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location!.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const zones = Object.fromEntries(fulfillmentSet.service_zones.map((z) => [z.name, z.id]))
  const [us, eu] = regions
  const storeRules = [
    { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
    { attribute: "is_return", operator: "eq" as const, value: "false" },
  ]
  const shippingOption = (zone: string, name: string, code: string, label: string, usd: number, eur: number) => ({
    name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: zones[zone]!,
    shipping_profile_id: shippingProfileId,
    type: { label, description: name, code },
    prices: [
      { currency_code: "usd", amount: usd },
      { currency_code: "eur", amount: eur },
      { region_id: zone === "Europe" ? eu!.id : us!.id, amount: zone === "Europe" ? eur : usd },
    ],
    rules: storeRules,
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      shippingOption("United States", "Standard shipping (3–5 business days)", "standard", "Standard", 4.95, 4.95),
      shippingOption("United States", "Express shipping (1–2 business days)", "express", "Express", 12.95, 12.95),
      shippingOption("Europe", "Standard EU shipping (4–7 business days)", "standard-eu", "Standard", 6.95, 6.95),
    ],
  })

  logger.info("Seeding categories and products…")
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((c) => ({
        name: c.name,
        handle: c.handle,
        description: c.description,
        is_active: true,
      })),
    },
  })
  const categoryId = Object.fromEntries(categories.map((c) => [c.handle, c.id]))
  const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"

  await createProductsWorkflow(container).run({
    input: {
      products: CATALOG.map((p) => {
        const sizes = p.variants.map((v) => `${v.count} ${p.unit}`)
        return {
          title: p.title,
          handle: p.handle,
          subtitle: p.subtitle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryId[p.category]!],
          thumbnail: `${storefrontUrl}/images/products/${p.handle}.svg`,
          images: [{ url: `${storefrontUrl}/images/products/${p.handle}.svg` }],
          shipping_profile_id: shippingProfileId,
          options: [{ title: "Size", values: sizes }],
          variants: p.variants.map((v, i) => ({
            title: sizes[i]!,
            sku: `${p.handle}-${v.count}`.toUpperCase(),
            options: { Size: sizes[i]! },
            manage_inventory: true,
            prices: [
              { amount: v.usd, currency_code: "usd" },
              { amount: v.eur, currency_code: "eur" },
            ],
            metadata: { servings: v.count },
          })),
          sales_channels: [{ id: salesChannelId }],
          metadata: {
            supplement_facts: p.facts,
            ...(p.subscription ? { subscription: p.subscription } : {}),
          },
        }
      }),
    },
  })

  logger.info("Seeding inventory levels…")
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: CATALOG.flatMap((p) => p.variants.map((v) => `${p.handle}-${v.count}`.toUpperCase())) },
  })
  const stockBySku = new Map(CATALOG.flatMap((p) => p.variants.map((v) => [`${p.handle}-${v.count}`.toUpperCase(), v.stock] as const)))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        (v.inventory_items ?? []).map((item) => ({
          location_id: location!.id,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(v.sku!) ?? 0,
        }))
      ),
    },
  })

  logger.info("Seeding guides…")
  await seedGuides(container)

  const token = await ensurePublishableKey(container, salesChannelId)
  writeStorefrontEnv(token, logger)
  logger.info(`Seeded ${CATALOG.length} products in ${CATEGORIES.length} categories.`)
  return { publishableKey: token }
}

async function ensureStore(container: Container) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1 })
  if (store) return store
  // A fresh database has no store until the app has booted once; make one rather than fail silently.
  const { result } = await createStoresWorkflow(container).run({
    input: { stores: [{ name: "Biome & Bloom", supported_currencies: [{ currency_code: "usd", is_default: true }] }] },
  })
  return result[0]!
}

async function ensureShippingProfile(container: Container): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default shipping profile", type: "default" }] },
  })
  return result[0]!.id
}

async function ensurePublishableKey(container: Container, salesChannelId: string): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  const existing = keys.find((k) => !k.revoked_at)
  if (existing) return existing.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0]!.id, add: [salesChannelId] },
  })
  return result[0]!.token
}

/** Puts the publishable key and backend URL where the storefront reads them, keeping other settings. */
function writeStorefrontEnv(token: string, logger: { info: (m: string) => void }) {
  const file = process.env.STOREFRONT_ENV_FILE ?? resolve(process.cwd(), "../storefront/.env.local")
  if (!existsSync(dirname(file))) {
    if (!process.env.STOREFRONT_ENV_FILE) {
      logger.info(`No storefront beside the backend; publishable key: ${token}`)
      return
    }
    mkdirSync(dirname(file), { recursive: true })
  }
  const values: Record<string, string> = {
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: token,
    // Where the storefront's server reaches the backend; in compose that is the internal http://backend:9000.
    MEDUSA_BACKEND_URL: process.env.STOREFRONT_BACKEND_URL ?? process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
  }
  const kept = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim() && !Object.keys(values).some((k) => line.startsWith(`${k}=`)))
    : []
  const lines = [...kept, ...Object.entries(values).map(([k, v]) => `${k}=${v}`)]
  writeFileSync(file, `${lines.join("\n")}\n`)
  logger.info(`Wrote the publishable key to ${file}`)
}
