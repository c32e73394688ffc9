import { createRequire } from "node:module"
import { join } from "node:path"
import { prepareGuideBody } from "@biome/shared"
import { buildSync } from "esbuild"
import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"
import { GUIDES } from "../../../../backend/src/scripts/seed/guide-bodies"
import type { CatalogProduct } from "@/lib/catalog"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { MarkdownBody } from "./components/markdown-body"

vi.mock("@/lib/actions/cart", () => ({ addFromGuideAction: vi.fn() }))
// next/link from the workspace root would bring the root's React 18 into the store's render.
vi.mock("next/link", () => import("@/test/next-link-stub"))

/**
 * The admin's preview must show what customers will see. Both render the body with the shared renderer, but
 * with different Reacts (the dashboard's 18, the store's 19) and their own product cards; this renders every
 * seeded guide both ways, each with its own React, and compares everything but the inside of the cards.
 */
const backend = join(__dirname, "..", "..", "..", "..", "backend")
const backendRequire = createRequire(join(backend, "package.json"))

type AdminGuideBody = (props: {
  body: ReturnType<typeof prepareGuideBody>
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
}) => unknown

/** The admin's GuideBody component, compiled as the dashboard would and run with the dashboard's React 18. */
function loadAdminGuideBody(): { GuideBody: AdminGuideBody; render: (element: unknown) => string; version: string } {
  const { outputFiles } = buildSync({
    entryPoints: [join(backend, "src/admin/lib/guides/components/guide-body.tsx")],
    bundle: true,
    write: false,
    format: "cjs",
    platform: "node",
    jsx: "automatic",
    external: ["react", "react-dom", "@biome/shared"],
  })
  const module = { exports: {} as { GuideBody: AdminGuideBody } }
  new Function("require", "module", "exports", outputFiles[0]!.text)(backendRequire, module, module.exports)
  const react = backendRequire("react") as { createElement: (...args: unknown[]) => unknown; version: string }
  const server = backendRequire("react-dom/server") as { renderToStaticMarkup: (element: unknown) => string }
  return {
    GuideBody: module.exports.GuideBody,
    render: (props) => server.renderToStaticMarkup(react.createElement(module.exports.GuideBody, props)),
    version: react.version,
  }
}

const CARD = /<aside class="[^"]*" data-product-handle="([^"]+)"[^>]*>[\s\S]*?<\/aside>/g
/** The body's own HTML, each product card reduced to which product it shows. */
const comparable = (html: string) =>
  html
    // React 19 adds its own form-replay script after a page with server-action forms (the store's cards).
    .replace(/<script>addEventListener\("submit"[\s\S]*?<\/script>$/, "")
    .replace(/^<div [^>]*>/, "")
    .replace(/<\/div>$/, "")
    .replace(CARD, (_card, handle: string) => `[card ${handle}]`)

const productFor = (handle: string): CatalogProduct => ({ ...immuneDailyDefence, id: `prod_${handle}`, handle, title: handle })

describe("the guide preview in the admin and the guide in the store", () => {
  const admin = loadAdminGuideBody()

  it("render with the two Reacts the two apps use", async () => {
    expect(admin.version).toMatch(/^18\./)
    expect((await import("react")).version).toMatch(/^19\./)
  })

  for (const guide of GUIDES) {
    it(`show the seeded guide "${guide.title}" alike, product cards in the same places`, () => {
      const body = prepareGuideBody(guide.body, { citations: guide.citations.map((_, i) => i + 1) })
      expect(body.productHandles.length).toBeGreaterThan(0)
      const products = body.productHandles.map(productFor)

      const store = renderToStaticMarkup(createElement(MarkdownBody, { body, products: new Map(products.map((p) => [p.handle, p])) }))
      const preview = admin.render({
        body,
        products: products.map((p) => ({
          id: p.id,
          handle: p.handle,
          title: p.title,
          thumbnail: p.thumbnail,
          status: "published",
          position: 0,
          is_primary: false,
        })),
      })

      expect(comparable(preview)).toBe(comparable(store))
      expect(comparable(store).match(/\[card [a-z0-9-]+\]/g)).toEqual(body.productHandles.map((h) => `[card ${h}]`))
      expect(store).toContain('class="citation"')
      expect(store).toContain('class="claim-mark"')
    })
  }
})
