import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast"
import { SKIP, visit } from "unist-util-visit"

const sourceOf = (file: { value: unknown }) => String(file.value)
const rawOf = (node: RootContent, source: string) => source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)

/**
 * The shop's directives: `::product{handle="…"}` on its own line becomes a product card. Words with a colon
 * inside ("ratio:high"), which remark-directive reads as text directives, are put back as the text they were;
 * any other block directive is kept as an unknown one, for the editor to be told.
 */
export function remarkShopDirectives() {
  return (tree: Root, file: { value: unknown }) => {
    const source = sourceOf(file)
    const restored = new Set<Parent>()
    visit(tree, (visited, index, parent: Parent | undefined) => {
      const node = visited as Nodes
      if (!parent || index === undefined) return
      if (node.type === "textDirective") {
        const text: PhrasingContent = { type: "text", value: rawOf(node, source), position: node.position }
        parent.children.splice(index, 1, text)
        restored.add(parent)
        return SKIP
      }
      if (node.type === "leafDirective" && node.name === "product") {
        const handle = node.attributes?.handle ?? ""
        parent.children.splice(index, 1, { type: "productCard", handle: handle.trim(), position: node.position })
        return SKIP
      }
      if (node.type === "leafDirective" || node.type === "containerDirective") {
        const raw = rawOf(node, source)
        const children: RootContent[] =
          node.type === "containerDirective" ? node.children : [{ type: "text", value: raw, position: node.position }]
        parent.children.splice(index, 1, {
          type: "unknownDirective",
          name: node.name,
          raw,
          children: children as PhrasingContent[],
          position: node.position,
        })
        return index
      }
      return undefined
    })
    restored.forEach(mergeTexts)
  }
}

/** Neighbouring text nodes become one, so a marker written across them is still found. */
function mergeTexts(parent: Parent) {
  const merged: RootContent[] = []
  for (const child of parent.children) {
    const last = merged[merged.length - 1]
    if (child.type === "text" && last?.type === "text") {
      merged[merged.length - 1] = {
        type: "text",
        value: last.value + child.value,
        position: last.position && child.position ? { start: last.position.start, end: child.position.end } : undefined,
      }
    } else merged.push(child)
  }
  parent.children = merged
}
