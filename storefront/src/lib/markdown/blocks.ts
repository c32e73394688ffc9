import { parseInline } from "./inlines"
import { decodeEntities } from "./text"
import { HARD_BREAK, MAX_DEPTH, type Block } from "./syntax"

/** Block structure, line by line: headings, paragraphs, lists, quotes, code, rules. */

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HEADING = /^ {0,3}(#{1,6})(?:[ ]+(.*?))?(?:[ ]+#+)?[ ]*$/
const RULE = /^ {0,3}([-*_])(?:[ ]*\1){2,}[ ]*$/
const QUOTE = /^ {0,3}>[ ]?(.*)$/
const LIST_ITEM = /^( {0,3})([-*+]|(\d{1,9})[.)])(?:[ ]+(.*))?$/
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^?\d{1,3}\]:/

const isBlank = (line: string) => line.trim() === ""
const indentOf = (line: string) => line.length - line.trimStart().length

function listMarkerOf(match: RegExpExecArray): { ordered: boolean; char: string; start: number } {
  const ordered = match[3] !== undefined
  return { ordered, char: ordered ? match[2]!.slice(-1) : match[2]!, start: ordered ? Number(match[3]) : 1 }
}

/** A line that ends a paragraph because it starts another block. */
function startsBlock(line: string): boolean {
  if (FENCE.test(line) || HEADING.test(line) || QUOTE.test(line) || RULE.test(line) || FOOTNOTE_DEFINITION.test(line)) return true
  const item = LIST_ITEM.exec(line)
  // As in CommonMark, only a bullet or a list starting at 1 interrupts a paragraph, and never an empty item.
  return item !== null && item[4] !== undefined && (item[3] === undefined || item[3] === "1")
}

export function parseBlocks(lines: string[], depth: number): Block[] {
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (isBlank(line)) {
      i++
      continue
    }

    if (depth >= MAX_DEPTH) {
      // Too deeply nested to be a real guide: what is left is plain paragraphs.
      const text: string[] = []
      while (i < lines.length && !isBlank(lines[i]!)) text.push(lines[i++]!.trim())
      blocks.push({ type: "paragraph", children: [{ type: "text", value: decodeEntities(text.join(" ")) }] })
      continue
    }

    const fence = FENCE.exec(line)
    if (fence) {
      const marker = fence[1]!
      const code: string[] = []
      i++
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ ]*$`).test(lines[i]!)) {
        code.push(lines[i]!)
        i++
      }
      i++ // the closing fence, or past the end
      blocks.push({ type: "code", value: code.join("\n").replace(/\uE000/g, "*") })
      continue
    }

    const heading = HEADING.exec(line)
    if (heading) {
      const hashes = heading[1]!.length
      const level = hashes <= 2 ? 2 : hashes === 3 ? 3 : 4
      blocks.push({ type: "heading", level, children: parseInline(heading[2] ?? "", depth) })
      i++
      continue
    }

    if (RULE.test(line)) {
      blocks.push({ type: "rule" })
      i++
      continue
    }

    if (FOOTNOTE_DEFINITION.test(line)) {
      // The reference list comes from the guide's citations; footnote definitions in the body are skipped.
      i++
      while (i < lines.length && !isBlank(lines[i]!) && indentOf(lines[i]!) >= 2) i++
      continue
    }

    if (QUOTE.test(line)) {
      const quoted: string[] = []
      while (i < lines.length) {
        const quote = QUOTE.exec(lines[i]!)
        if (quote) quoted.push(quote[1]!)
        else if (!isBlank(lines[i]!) && !startsBlock(lines[i]!) && quoted.length > 0 && !isBlank(quoted[quoted.length - 1]!)) {
          quoted.push(lines[i]!) // a lazy continuation of the quoted paragraph
        } else break
        i++
      }
      blocks.push({ type: "blockquote", children: parseBlocks(quoted, depth + 1) })
      continue
    }

    const item = LIST_ITEM.exec(line)
    if (item) {
      const { block, next } = parseList(lines, i, depth)
      blocks.push(block)
      i = next
      continue
    }

    // A paragraph: every line up to a blank one or the start of another block.
    const text: string[] = []
    while (i < lines.length && !isBlank(lines[i]!) && (text.length === 0 || !startsBlock(lines[i]!))) {
      text.push(lines[i]!)
      i++
    }
    const children = parseInline(joinParagraph(text), depth)
    // A paragraph that held only dropped HTML leaves nothing to show.
    if (children.some((node) => node.type !== "text" || node.value.trim() !== "")) {
      blocks.push({ type: "paragraph", children })
    }
  }
  return blocks
}

function joinParagraph(lines: string[]): string {
  return lines
    .map((line, index) => {
      const trimmed = line.trimStart()
      if (index === lines.length - 1) return trimmed.trimEnd()
      // Two trailing spaces or a backslash end a line with a hard break.
      if (/ {2,}$/.test(trimmed)) return trimmed.trimEnd() + HARD_BREAK
      if (/\\$/.test(trimmed)) return trimmed.slice(0, -1) + HARD_BREAK
      return trimmed.trimEnd()
    })
    .join("\n")
    .replace(new RegExp(`${HARD_BREAK}\\n`, "g"), HARD_BREAK)
}

function parseList(lines: string[], from: number, depth: number): { block: Block; next: number } {
  const first = LIST_ITEM.exec(lines[from]!)!
  const kind = listMarkerOf(first)
  const items: Block[][] = []
  let i = from

  while (i < lines.length) {
    const match = LIST_ITEM.exec(lines[i]!)
    if (!match || RULE.test(lines[i]!)) break
    const marker = listMarkerOf(match)
    if (marker.ordered !== kind.ordered || marker.char !== kind.char) break

    const content = match[4] ?? ""
    const contentIndent = content ? lines[i]!.length - content.length : match[1]!.length + match[2]!.length + 1
    const continues = (line: string) => {
      const indent = indentOf(line)
      // Indented under the item's text; a nested list may use two spaces under any marker.
      return indent > 0 && (indent >= Math.min(contentIndent, 4) || (indent >= 2 && LIST_ITEM.test(line)))
    }
    const itemLines = [content]
    i++
    while (i < lines.length) {
      const line = lines[i]!
      if (isBlank(line)) {
        let j = i + 1
        while (j < lines.length && isBlank(lines[j]!)) j++
        if (j < lines.length && continues(lines[j]!)) {
          itemLines.push("")
          i++
          continue
        }
        break
      }
      if (continues(line)) {
        itemLines.push(line.slice(Math.min(indentOf(line), contentIndent)))
        i++
        continue
      }
      if (LIST_ITEM.test(line) || startsBlock(line)) break
      // A lazy continuation line of the item's paragraph.
      itemLines.push(line.trim())
      i++
    }
    items.push(parseBlocks(itemLines, depth + 1))

    // Blank lines between items of the same list belong to the list.
    let j = i
    while (j < lines.length && isBlank(lines[j]!)) j++
    const nextItem = j < lines.length ? LIST_ITEM.exec(lines[j]!) : null
    if (j > i && nextItem && !RULE.test(lines[j]!)) {
      const nextMarker = listMarkerOf(nextItem)
      if (nextMarker.ordered === kind.ordered && nextMarker.char === kind.char) i = j
    }
  }
  return { block: { type: "list", ordered: kind.ordered, start: kind.start, items }, next: i }
}
