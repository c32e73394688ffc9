import type { Root as HastRoot } from "hast"
import rehypeReact, { type Options as RehypeReactOptions } from "rehype-react"
import { unified } from "unified"
import { PRODUCT_CARD_TAG } from "./schema"

/**
 * The JSX runtime of whoever renders: the storefront passes React 19's, the admin React 18's, so this
 * package carries no React of its own and one renderer serves both.
 */
export interface JsxRuntime<Element> {
  Fragment: unknown
  // biome-ignore lint/suspicious/noExplicitAny: each React version types its element types its own way
  jsx: (type: any, props: Record<string, unknown>, key?: string) => Element
  // biome-ignore lint/suspicious/noExplicitAny: as for jsx
  jsxs: (type: any, props: Record<string, unknown>, key?: string) => Element
}

export interface GuideBodyComponents {
  /** Renders `::product{handle="…"}` where it stands; without one, the card is left out. */
  ProductCard?: (props: { handle: string }) => unknown
}

/** Renders a prepared guide body (see prepareGuideBody) with the caller's React. */
export function renderGuideBody<Element>(tree: HastRoot, runtime: JsxRuntime<Element>, components: GuideBodyComponents = {}): Element {
  const options = {
    Fragment: runtime.Fragment,
    jsx: runtime.jsx,
    jsxs: runtime.jsxs,
    development: false,
    // Alignment stays the align attribute the sanitiser allowed: no style attribute ever comes from content.
    tableCellAlignToStyle: false,
    components: { [PRODUCT_CARD_TAG]: components.ProductCard ?? (() => null) },
  } as unknown as RehypeReactOptions
  return unified().use(rehypeReact, options).stringify(tree) as Element
}
