import type { MetadataRoute } from "next"
import { absoluteUrl } from "@/lib/seo"

// Per request, so the sitemap's address follows NEXT_PUBLIC_BASE_URL at run time.
export const dynamic = "force-dynamic"

/** robots.txt: everything public is indexable; carts, checkout, accounts and order pages are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/cart", "/checkout", "/order", "/api"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  }
}
