import type { Metadata } from "next"
import { listProducts } from "@/lib/data/products"
import { HomeTemplate } from "@/modules/home/templates/home-template"

// Rendered per request so `next build` needs no backend; the catalog fetch itself is cached by tag.
export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: { absolute: "Biome & Bloom · Probiotics with clear labels" },
  description: "Shop probiotics and prebiotic fibre with named strains, guaranteed CFU counts and honest labels.",
}

export default async function HomePage() {
  const products = await listProducts()
  return <HomeTemplate products={products} />
}
