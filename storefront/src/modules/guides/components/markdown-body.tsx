import type { ReactNode } from "react"
import { plainText, type Block, type Inline } from "@/lib/markdown/parse"
import { ClaimMark } from "@/modules/claims/components/claim-text"

/**
 * The second half of the guide sanitising pipeline: React elements built from the parsed tree, one known
 * element per node type. Text is always a React text child, attributes are only the ones written here, and
 * there is no dangerouslySetInnerHTML, so nothing in a guide can add a script, a handler or a style.
 */

export const referenceId = (position: number) => `ref-${position}`
export const citationId = (position: number, occurrence: number) => `cite-${position}-${occurrence}`

interface RenderContext {
  citations: ReadonlySet<number>
  occurrences: Map<number, number>
  headingIds: Set<string>
}

export function MarkdownBody({ blocks, citations }: { blocks: Block[]; citations: readonly number[] }) {
  const context: RenderContext = { citations: new Set(citations), occurrences: new Map(), headingIds: new Set() }
  return <div className="prose guide-body">{renderBlocks(blocks, context)}</div>
}

function renderBlocks(blocks: Block[], context: RenderContext): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, index, context))
}

function renderBlock(block: Block, key: number, context: RenderContext): ReactNode {
  switch (block.type) {
    case "heading": {
      const id = uniqueHeadingId(plainText(block.children), context)
      const children = renderInlines(block.children, context)
      if (block.level === 2) return <h2 key={key} id={id}>{children}</h2>
      if (block.level === 3) return <h3 key={key} id={id}>{children}</h3>
      return <h4 key={key} id={id}>{children}</h4>
    }
    case "paragraph":
      return <p key={key}>{renderInlines(block.children, context)}</p>
    case "blockquote":
      return <blockquote key={key}>{renderBlocks(block.children, context)}</blockquote>
    case "code":
      return (
        <pre key={key}>
          <code>{block.value}</code>
        </pre>
      )
    case "rule":
      return <hr key={key} />
    case "list": {
      const items = block.items.map((item, i) => <li key={i}>{renderListItem(item, context)}</li>)
      if (!block.ordered) return <ul key={key}>{items}</ul>
      return (
        <ol key={key} start={block.start !== 1 ? block.start : undefined}>
          {items}
        </ol>
      )
    }
  }
}

// A tight item (one paragraph) renders without a <p>, like the list a writer sees in the editor.
function renderListItem(blocks: Block[], context: RenderContext): ReactNode {
  const [first, ...rest] = blocks
  if (first?.type === "paragraph") return [renderInlines(first.children, context), ...renderBlocks(rest, context)]
  return renderBlocks(blocks, context)
}

function renderInlines(nodes: Inline[], context: RenderContext): ReactNode[] {
  return nodes.map((node, key) => {
    switch (node.type) {
      case "text":
        return node.value
      case "strong":
        return <strong key={key}>{renderInlines(node.children, context)}</strong>
      case "em":
        return <em key={key}>{renderInlines(node.children, context)}</em>
      case "code":
        return <code key={key}>{node.value}</code>
      case "break":
        return <br key={key} />
      case "claim":
        return <ClaimMark key={key} />
      case "image":
        return <img key={key} src={node.src} alt={node.alt} loading="lazy" referrerPolicy="no-referrer" />
      case "link":
        return (
          <a key={key} href={node.href} rel={node.external ? "noopener noreferrer" : undefined}>
            {renderInlines(node.children, context)}
          </a>
        )
      case "citation":
        return renderCitation(node.numbers, node.raw, key, context)
    }
  })
}

/** "[1]" or "[1, 2]" as superscript links to the reference list; a number without a reference stays text. */
function renderCitation(numbers: number[], raw: string, key: number, context: RenderContext): ReactNode {
  if (numbers.length === 0 || !numbers.every((n) => context.citations.has(n))) return raw
  return (
    <sup key={key} className="citation">
      [
      {numbers.map((n, i) => {
        const occurrence = (context.occurrences.get(n) ?? 0) + 1
        context.occurrences.set(n, occurrence)
        return (
          <span key={n}>
            {i > 0 && ", "}
            <a href={`#${referenceId(n)}`} id={citationId(n, occurrence)} aria-label={`Reference ${n}`}>
              {n}
            </a>
          </span>
        )
      })}
      ]
    </sup>
  )
}

function uniqueHeadingId(text: string, context: RenderContext): string {
  const slug =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "section"
  let id = `section-${slug}`
  for (let n = 2; context.headingIds.has(id); n++) id = `section-${slug}-${n}`
  context.headingIds.add(id)
  return id
}
