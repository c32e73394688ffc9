import { Fragment, type ReactNode } from "react"

/**
 * A small Markdown renderer for the guide preview. It builds React elements only (no HTML strings, no
 * dangerouslySetInnerHTML), so whatever an editor types is shown as text. It covers what guides use:
 * headings, paragraphs, lists, quotes, rules, code, bold, italics, links and citation markers.
 */

type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "quote"; text: string }
  | { kind: "code"; text: string }
  | { kind: "rule" }

const HEADING = /^(#{1,6})\s+(.*)$/
const BULLET = /^\s*[-+*]\s+(.*)$/
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/
const QUOTE = /^\s*>\s?(.*)$/
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n")
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ""
    if (line.trim() === "") {
      i++
    } else if (line.trim().startsWith("```")) {
      const code: string[] = []
      i++
      while (i < lines.length && !(lines[i] ?? "").trim().startsWith("```")) code.push(lines[i++] ?? "")
      i++
      blocks.push({ kind: "code", text: code.join("\n") })
    } else if (HEADING.test(line)) {
      const [, hashes = "#", text = ""] = line.match(HEADING) ?? []
      blocks.push({ kind: "heading", level: hashes.length, text })
      i++
    } else if (RULE.test(line)) {
      blocks.push({ kind: "rule" })
      i++
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = !BULLET.test(line)
      const pattern = ordered ? NUMBERED : BULLET
      const items: string[] = []
      while (i < lines.length && pattern.test(lines[i] ?? "")) items.push((lines[i++] ?? "").match(pattern)?.[1] ?? "")
      blocks.push({ kind: "list", ordered, items })
    } else if (QUOTE.test(line)) {
      const quoted: string[] = []
      while (i < lines.length && QUOTE.test(lines[i] ?? "")) quoted.push((lines[i++] ?? "").match(QUOTE)?.[1] ?? "")
      blocks.push({ kind: "quote", text: quoted.join(" ") })
    } else {
      const paragraph: string[] = []
      while (i < lines.length && (lines[i] ?? "").trim() !== "" && !startsBlock(lines[i] ?? "")) paragraph.push(lines[i++] ?? "")
      blocks.push({ kind: "paragraph", text: paragraph.join(" ") })
    }
  }
  return blocks
}

function startsBlock(line: string): boolean {
  return [HEADING, BULLET, NUMBERED, QUOTE, RULE].some((re) => re.test(line)) || line.trim().startsWith("```")
}

// Code, bold, citation markers, links, italics with * or _ (an asterisk right after a word is a claim marker, not emphasis).
const INLINE =
  /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[\^?\d+(?:\s*[,–-]\s*\d+)*\])|(\[[^\]]+\]\([^)\s]+\))|((?<![\p{L}\p{N}*])\*(?=\S)[^*]+?(?<=\S)\*(?![\p{L}\p{N}]))|((?<![\p{L}\p{N}])_(?=\S)[^_]+?(?<=\S)_(?![\p{L}\p{N}]))/gu

const SAFE_URL = /^(https?:\/\/|\/|#)/i

export function renderInline(text: string, keyPrefix = "i"): ReactNode[] {
  const nodes: ReactNode[] = []
  let last = 0
  let n = 0
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) nodes.push(text.slice(last, m.index))
    const key = `${keyPrefix}-${n++}`
    const [token] = m
    if (m[1]) {
      nodes.push(<code key={key} className="bg-ui-bg-subtle rounded px-1 font-mono text-xs">{token.slice(1, -1)}</code>)
    } else if (m[2]) {
      nodes.push(<strong key={key}>{renderInline(token.slice(2, -2), key)}</strong>)
    } else if (m[3]) {
      const first = token.match(/\d+/)?.[0] ?? ""
      nodes.push(
        <sup key={key}>
          <a href={`#guide-ref-${first}`} className="text-ui-fg-interactive">{token.replace("^", "")}</a>
        </sup>
      )
    } else if (m[4]) {
      const [, label = "", href = ""] = token.match(/^\[([^\]]+)\]\(([^)\s]+)\)$/) ?? []
      nodes.push(
        SAFE_URL.test(href) ? (
          <a key={key} href={href} target="_blank" rel="noreferrer noopener" className="text-ui-fg-interactive underline">
            {renderInline(label, key)}
          </a>
        ) : (
          <Fragment key={key}>{renderInline(label, key)}</Fragment>
        )
      )
    } else {
      nodes.push(<em key={key}>{renderInline(token.slice(1, -1), key)}</em>)
    }
    last = m.index + token.length
  }
  if (last < text.length) nodes.push(text.slice(last))
  return nodes
}

const HEADING_CLASS = ["text-xl", "text-lg", "text-base", "text-sm", "text-sm", "text-sm"]

export function Markdown({ source }: { source: string }) {
  return (
    <div className="text-ui-fg-base flex flex-col gap-3 text-sm leading-6">
      {parseBlocks(source).map((block, i) => {
        const key = `b${i}`
        switch (block.kind) {
          case "heading": {
            const Tag = `h${Math.min(block.level + 1, 6)}` as "h2"
            return <Tag key={key} className={`${HEADING_CLASS[block.level - 1]} font-semibold`}>{renderInline(block.text, key)}</Tag>
          }
          case "paragraph":
            return <p key={key}>{renderInline(block.text, key)}</p>
          case "list": {
            const List = block.ordered ? "ol" : "ul"
            return (
              <List key={key} className={`${block.ordered ? "list-decimal" : "list-disc"} pl-6`}>
                {block.items.map((item, j) => <li key={j}>{renderInline(item, `${key}-${j}`)}</li>)}
              </List>
            )
          }
          case "quote":
            return <blockquote key={key} className="border-ui-border-strong text-ui-fg-subtle border-l-4 pl-3 italic">{renderInline(block.text, key)}</blockquote>
          case "code":
            return <pre key={key} className="bg-ui-bg-subtle overflow-x-auto rounded p-3 font-mono text-xs">{block.text}</pre>
          case "rule":
            return <hr key={key} className="border-ui-border-base" />
        }
      })}
    </div>
  )
}
