import type { Parent, Root } from "mdast"
import { SKIP, visit } from "unist-util-visit"

// Elements whose content is code or invisible: their words go with the tags.
const DROP_WITH_CONTENT = /^<(script|style|iframe|object|embed|noscript|template|textarea|title|xmp|svg|math)\b/i

/**
 * Guides never carry raw HTML: every HTML node goes, and inline between an opening <script> (or the like)
 * and its closing tag, the words in between go too, so the preview and the claims check see what readers see.
 */
export function remarkDropRawHtml() {
  return (tree: Root) => {
    visit(tree, "html", (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return
      const opening = DROP_WITH_CONTENT.exec(node.value)
      let end = index + 1
      if (opening && !node.value.includes(`</`)) {
        const closing = new RegExp(`^</${opening[1]}\\s*>`, "i")
        while (end < parent.children.length) {
          const sibling = parent.children[end++]!
          if (sibling.type === "html" && closing.test(sibling.value)) break
        }
      }
      parent.children.splice(index, end - index)
      return [SKIP, index]
    })
  }
}
