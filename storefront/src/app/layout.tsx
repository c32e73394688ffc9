// Global styles first, so the components' own CSS Modules come after them in the cascade.
import "./tokens.css"
import "./globals.css"
import "./blocks.css"
import "./forms.css"
import "./styles/catalog.css"
import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { siteUrl } from "@/lib/env"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SHOP_NAME, SiteHeader } from "@/modules/layout/components/site-header"

/** Read per request, so one build serves whatever NEXT_PUBLIC_BASE_URL the server runs with. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${SHOP_NAME} · Probiotics with clear labels`, template: `%s · ${SHOP_NAME}` },
    description: "Probiotic and prebiotic supplements built on well-studied strains, with every strain and CFU count on the label.",
    openGraph: { siteName: SHOP_NAME, locale: "en_US", type: "website" },
  }
}

export const viewport: Viewport = {
  themeColor: "#1f5f4a",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
