import type { Metadata } from "next"
import { orFallback } from "@/lib/data/errors"
import { listGuides } from "@/lib/data/guides"
import { listProducts } from "@/lib/data/products"
import { pageMetadata } from "@/lib/seo"
import { HomeTemplate } from "@/modules/home/templates/home-template"

// Rendered per request so `next build` needs no backend; the catalog fetch itself is cached by tag.
export const dynamic = "force-dynamic"

export const metadata: Metadata = pageMetadata({
  title: "Biome & Bloom · Probiotics with clear labels",
  absoluteTitle: true,
  description: "Shop probiotics and prebiotic fibre with named strains, guaranteed CFU counts and honest labels.",
  path: "/",
})

export default async function HomePage() {
  const [products, latest] = await Promise.all([
    listProducts(),
    orFallback(listGuides({ limit: 3 }), { guides: [], count: 0 }, "the latest guides"),
  ])
  return <HomeTemplate products={products} guides={latest.guides} />
}
