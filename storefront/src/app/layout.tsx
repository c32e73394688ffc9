import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SHOP_NAME, SiteHeader } from "@/modules/layout/components/site-header"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: `${SHOP_NAME} · Probiotics with clear labels`, template: `%s · ${SHOP_NAME}` },
  description:
    "Probiotic and prebiotic supplements built on well-studied strains, with every strain and CFU count on the label.",
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
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
