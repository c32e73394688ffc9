import type { Nodes, Parent, Root, RootContent } from "mdast"

/** Deeper nesting than this is not a real guide (a quote in a list in a quote…); what is below it becomes text. */
export const MAX_NESTING = 20

const PHRASING = new Set(["emphasis", "strong", "delete", "link", "linkReference", "textDirective"])

/**
 * Flattens whatever lies deeper than MAX_NESTING into the text it was written as, walking without recursion,
 * so a paste of ten thousand ">" cannot exhaust the stack of the plugins and renderer that follow.
 */
export function remarkLimitNesting() {
  return (tree: Root, file: { value: unknown }) => {
    const source = String(file.value)
    const stack: { node: Parent; depth: number }[] = [{ node: tree, depth: 0 }]
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!
      node.children = node.children.map((child): RootContent => {
        if (!("children" in child)) return child
        if (depth + 1 < MAX_NESTING) {
          stack.push({ node: child, depth: depth + 1 })
          return child
        }
        const value = source.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0)
        const text = { type: "text" as const, value, position: child.position }
        return (
          PHRASING.has((child as Nodes).type) ? text : { type: "paragraph", children: [text], position: child.position }
        ) as RootContent
      })
    }
  }
}
