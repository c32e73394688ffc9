import type { Parent, Root, RootContent } from "mdast"
import { toString as textOf } from "mdast-util-to-string"
import { SKIP, visit } from "unist-util-visit"
import { valueOffsets } from "../offsets"
import { positionsIn } from "./positions"
import { splitText, type Cut } from "./split-text"

// What a claim's asterisk follows: a word, a closing parenthesis or a full stop ("health*", "(daily)*", "health.*").
const ANCHOR = /[\p{L}\p{N}).]/u
const WORD = /[\p{L}\p{N}]/u

const lastChar = (node: RootContent | undefined) => (node ? textOf(node).slice(-1) : "")
const firstChar = (node: RootContent | undefined) => (node ? textOf(node).slice(0, 1) : "")

/**
 * Claim marks: an asterisk the parser left as text (not emphasis), written or escaped (`\*`) straight after
 * a word, a closing parenthesis or a full stop, and not followed by a word. "supports digestive comfort*"
 * has one; "*L. rhamnosus* GG" and "**bold**" have none, and "**supports gut health***" has its last one.
 */
export function remarkClaims() {
  return (tree: Root, file: { value: unknown }) => {
    const source = String(file.value)
    const position = positionsIn(source)
    visit(tree, "text", (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.value.includes("*")) return
      let offsets: number[] | undefined
      const cuts: Cut[] = []
      for (let i = node.value.indexOf("*"); i >= 0; i = node.value.indexOf("*", i + 1)) {
        const before = i > 0 ? node.value[i - 1]! : lastChar(parent.children[index - 1])
        const after = i + 1 < node.value.length ? node.value[i + 1]! : firstChar(parent.children[index + 1])
        if (!ANCHOR.test(before) || WORD.test(after) || after === "*") continue
        offsets ??= valueOffsets(node, source)
        // An asterisk written as a character reference (&ast;) is the writer's literal asterisk.
        if (source[offsets[i]!] !== "*") continue
        cuts.push({ from: i, to: i + 1, node: (at) => ({ type: "claim", position: at }) })
      }
      if (cuts.length === 0) return
      const pieces = splitText(node, source, cuts, position)
      parent.children.splice(index, 1, ...pieces)
      return [SKIP, index + pieces.length]
    })
  }
}
