import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import GuideProductLink from "../../links/guide-product"
import { GUIDE_MODULE } from "../../modules/guide"
import type GuideModuleService from "../../modules/guide/service"
import type { GuideAuthorInput } from "../../modules/guide/types"
import { GUIDES } from "./guide-bodies"
import { createGuideAuthorWorkflow, createGuideWorkflow, linkGuidesToProductWorkflow, publishGuideWorkflow } from "../../workflows/guides"

type Container = ExecArgs["container"]

export const GUIDE_AUTHORS: GuideAuthorInput[] = [
  {
    name: "Hannah Okafor",
    credentials: "MSc, RD",
    bio: "Hannah is a registered dietitian who specialises in digestive health and plant-rich eating. She writes about everyday food habits and how to read the evidence behind them.",
  },
  {
    name: "Dr. Samuel Reyes",
    credentials: "PhD, Microbiology",
    bio: "Samuel studied lactic acid bacteria for ten years before joining Biome & Bloom's product team. He explains strains, CFU counts and fermentation.",
  },
  {
    name: "Dr. Elena Marsh",
    credentials: "MD, board-certified dermatologist",
    bio: "Elena reviews our guides for medical accuracy. She has a special interest in the skin microbiome and patient education.",
  },
]

export { GUIDES, type SeedGuide } from "./guide-bodies"

/** Each product's guides in display order; the first is its primary guide. */
export const PRODUCT_GUIDES: Record<string, string[]> = {
  "daily-balance-probiotic": ["how-to-read-a-probiotic-label", "daily-habits-for-a-healthy-gut-microbiome", "what-is-the-gut-skin-axis"],
  "gut-restore-50": ["daily-habits-for-a-healthy-gut-microbiome", "how-to-read-a-probiotic-label"],
  "skin-biome-glow": ["what-is-the-gut-skin-axis", "how-to-read-a-probiotic-label"],
  "barrier-duo-synbiotic": ["what-is-the-gut-skin-axis", "fermented-foods-a-practical-guide"],
  "womens-flora": ["how-to-read-a-probiotic-label", "daily-habits-for-a-healthy-gut-microbiome"],
  "kids-berry-chewables": ["how-to-read-a-probiotic-label", "fermented-foods-a-practical-guide"],
  "prebiotic-fibre-blend": ["fermented-foods-a-practical-guide", "daily-habits-for-a-healthy-gut-microbiome"],
  "travel-boulardii": ["how-to-read-a-probiotic-label"],
  "immune-daily-defence": ["daily-habits-for-a-healthy-gut-microbiome", "how-to-read-a-probiotic-label"],
}

/**
 * Seeds the guide authors, the guides and each product's guide list, then publishes the new guides through
 * the same workflows and checks as the admin (claims, citations, and product cards, which need the links
 * first). Safe to run again: it only adds what is missing and leaves a product whose guides the content
 * team has already arranged alone.
 */
export async function seedGuides(container: Container): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)

  const authorIds = new Map((await guides.listGuideAuthors({ name: GUIDE_AUTHORS.map((a) => a.name) })).map((a) => [a.name, a.id]))
  for (const author of GUIDE_AUTHORS.filter((a) => !authorIds.has(a.name))) {
    const { result } = await createGuideAuthorWorkflow(container).run({ input: author })
    authorIds.set(author.name, result.id)
  }

  const guideIds = new Map((await guides.listGuides({ slug: GUIDES.map((g) => g.slug) })).map((g) => [g.slug, g.id]))
  const created: string[] = []
  for (const { author, reviewer, citations, ...guide } of GUIDES.filter((g) => !guideIds.has(g.slug))) {
    const { result } = await createGuideWorkflow(container).run({
      input: {
        guide: { ...guide, status: "draft", author_id: authorIds.get(author)!, reviewer_id: authorIds.get(reviewer)! },
        citations,
      },
    })
    guideIds.set(guide.slug, result.id)
    created.push(result.id)
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: Object.keys(PRODUCT_GUIDES) },
  })
  const { data: links } = await query.graph({
    entity: GuideProductLink.entryPoint,
    fields: ["product_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  const arranged = new Set(links.map((l: { product_id: string }) => l.product_id))
  for (const product of products.filter((p) => !arranged.has(p.id))) {
    const slugs = PRODUCT_GUIDES[product.handle!] ?? []
    await linkGuidesToProductWorkflow(container).run({
      input: { product_id: product.id, guides: slugs.map((slug, i) => ({ guide_id: guideIds.get(slug)!, is_primary: i === 0 })) },
    })
  }
  for (const id of created) await publishGuideWorkflow(container).run({ input: { id } })
  logger.info(`Seeded ${GUIDES.length} guides by ${GUIDE_AUTHORS.length} authors, linked to ${products.length} products.`)
}
