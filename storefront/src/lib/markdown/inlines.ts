import { decodeEntities, plainText, safeHref } from "./text"
import { CLAIM, HARD_BREAK, MAX_DEPTH, type Inline } from "./syntax"

/** Inline content of a paragraph or heading: emphasis, code, links, images, citations, claim marks. */

const MAX_CITATIONS_IN_MARKER = 20

interface Delimiter {
  type: "delimiter"
  char: "*" | "_"
  length: number
  originalLength: number
  canOpen: boolean
  canClose: boolean
}

type Node = Inline | Delimiter

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const isWhitespace = (c: string) => /\s/.test(c) || c === HARD_BREAK
const isPunctuation = (c: string) => /[\p{P}\p{S}]/u.test(c)

// Elements whose content is code or invisible; the content goes with the tags.
const DROP_WITH_CONTENT = new Set(["script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "title", "xmp", "svg", "math"])
// Each pattern stops at the next "<" or ">", so a page of unclosed tags cannot make matching quadratic.
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^<>"']|"[^"<>]*"|'[^'<>]*')*)?\/?>/y
const HTML_DECLARATION = /<[!?][^<>]*>/y
/** How far a code span, a link's label, address or title may reach: longer ones are not real Markdown. */
const MAX_SPAN = 1_000
const MAX_LABEL = 500
const MAX_BRACKET_DEPTH = 16
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y
const CITATION = /\[\^?(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\](?!\()/y

export function parseInline(text: string, depth: number): Inline[] {
  const nodes: Node[] = []
  let buffer = ""
  const flush = () => {
    if (buffer) nodes.push({ type: "text", value: decodeEntities(buffer) })
    buffer = ""
  }
  const push = (node: Node) => {
    flush()
    nodes.push(node)
  }

  let i = 0
  while (i < text.length) {
    const ch = text[i]!

    if (ch === "\\") {
      const next = text[i + 1]
      if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        // An escaped character is literal: flushed now so entity decoding cannot touch "\&amp;".
        flush()
        nodes.push({ type: "text", value: next })
        i += 2
        continue
      }
      buffer += ch
      i++
      continue
    }

    if (ch === CLAIM) {
      push({ type: "claim" })
      i++
      continue
    }

    if (ch === HARD_BREAK) {
      push({ type: "break" })
      i++
      continue
    }

    if (ch === "`") {
      const run = /^`+/.exec(text.slice(i))![0]
      const close = findBacktickRun(text, i + run.length, run.length)
      if (close >= 0) {
        let code = text.slice(i + run.length, close).replace(/\n/g, " ").replace(/\uE000/g, "*").replace(/\uE001/g, " ")
        if (code.length > 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim()) code = code.slice(1, -1)
        push({ type: "code", value: code })
        i = close + run.length
      } else {
        buffer += run
        i += run.length
      }
      continue
    }

    if (ch === "!" && text[i + 1] === "[") {
      const link = parseLinkAt(text, i + 1)
      if (link) {
        const src = safeHref(link.destination)
        const alt = plainText(parseInline(link.label, depth + 1))
        if (src) push({ type: "image", src: src.href, alt })
        else buffer += alt
        i = link.end
        continue
      }
    }

    if (ch === "[") {
      CITATION.lastIndex = i
      const citation = CITATION.exec(text)
      if (citation) {
        push({ type: "citation", numbers: expandCitationNumbers(citation[1]!), raw: citation[0] })
        i = CITATION.lastIndex
        continue
      }
      const link = depth < MAX_DEPTH ? parseLinkAt(text, i) : null
      if (link) {
        const children = parseInline(link.label, depth + 1)
        const href = safeHref(link.destination)
        if (href) push({ type: "link", href: href.href, external: href.external, children })
        else {
          // A refused address keeps its words and loses the link.
          flush()
          nodes.push(...children)
        }
        i = link.end
        continue
      }
    }

    if (ch === "<") {
      const html = matchHtmlAt(text, i)
      if (html) {
        flush()
        i = html.end
        continue
      }
      AUTOLINK.lastIndex = i
      const autolink = AUTOLINK.exec(text)
      if (autolink) {
        const href = safeHref(autolink[1]!)
        if (href) push({ type: "link", href: href.href, external: href.external, children: [{ type: "text", value: autolink[1]! }] })
        else buffer += autolink[1]!
        i = AUTOLINK.lastIndex
        continue
      }
    }

    if (ch === "*" || ch === "_") {
      const run = ch === "*" ? /^\*+/.exec(text.slice(i))![0] : /^_+/.exec(text.slice(i))![0]
      const before = i === 0 ? "\n" : text[i - 1]!
      const after = i + run.length >= text.length ? "\n" : text[i + run.length]!
      const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
      const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
      const canOpen = ch === "*" ? leftFlanking : leftFlanking && (!rightFlanking || isPunctuation(before))
      const canClose = ch === "*" ? rightFlanking : rightFlanking && (!leftFlanking || isPunctuation(after))
      push({ type: "delimiter", char: ch, length: run.length, originalLength: run.length, canOpen, canClose })
      i += run.length
      continue
    }

    buffer += ch
    i++
  }
  flush()
  return resolveEmphasis(nodes)
}

function findBacktickRun(text: string, from: number, length: number): number {
  let i = from
  const end = Math.min(text.length, from + MAX_SPAN)
  while (i < end) {
    if (text[i] === "`") {
      let j = i
      while (text[j] === "`") j++
      if (j - i === length) return i
      i = j
    } else i++
  }
  return -1
}

/** A raw HTML tag, comment or declaration at `at`, and where the dropped text ends. */
function matchHtmlAt(text: string, at: number): { end: number } | null {
  if (text.startsWith("<!--", at)) {
    // An unclosed comment hides the rest, as in a browser; either way the scan happens once.
    const close = text.indexOf("-->", at + 4)
    return { end: close < 0 ? text.length : close + 3 }
  }
  HTML_DECLARATION.lastIndex = at
  if (HTML_DECLARATION.exec(text)) return { end: HTML_DECLARATION.lastIndex }
  HTML_TAG.lastIndex = at
  const tag = HTML_TAG.exec(text)
  if (!tag) return null
  const name = tag[1]!.toLowerCase()
  const opening = !tag[0].startsWith("</") && !tag[0].endsWith("/>")
  if (opening && DROP_WITH_CONTENT.has(name)) {
    // Unclosed, the element swallows the rest of the paragraph, so no later tag scans it again.
    const close = new RegExp(`</${name}\\s*>`, "ig")
    close.lastIndex = HTML_TAG.lastIndex
    const found = close.exec(text)
    return { end: found ? close.lastIndex : text.length }
  }
  return { end: HTML_TAG.lastIndex }
}

/** `[label](destination "title")` starting at the "[" at `at`. */
function parseLinkAt(text: string, at: number): { label: string; destination: string; end: number } | null {
  let depth = 0
  let i = at
  const labelEnd = Math.min(text.length, at + MAX_LABEL)
  for (; i < labelEnd; i++) {
    const c = text[i]
    if (c === "\\") {
      i++
      continue
    }
    if (c === "[") {
      if (++depth > MAX_BRACKET_DEPTH) return null
    } else if (c === "]") {
      depth--
      if (depth === 0) break
    }
  }
  if (depth !== 0 || text[i + 1] !== "(") return null
  const label = text.slice(at + 1, i)
  let j = i + 2
  while (text[j] === " " || text[j] === "\n") j++
  let destination = ""
  if (text[j] === "<") {
    const close = text.indexOf(">", j)
    if (close < 0 || close - j > MAX_SPAN || text.slice(j, close).includes("\n")) return null
    destination = text.slice(j + 1, close)
    j = close + 1
  } else {
    let parens = 0
    const start = j
    const destinationEnd = Math.min(text.length, j + MAX_SPAN)
    for (; j < destinationEnd; j++) {
      const c = text[j]!
      if (c === "\\" && j + 1 < text.length) {
        j++
        continue
      }
      if (/\s/.test(c)) break
      if (c === "(") {
        if (++parens > MAX_BRACKET_DEPTH) return null
      } else if (c === ")") {
        if (parens === 0) break
        parens--
      }
    }
    destination = text.slice(start, j).replace(/\\([!-/:-@[-`{-~])/g, "$1")
  }
  while (text[j] === " " || text[j] === "\n") j++
  const quote = text[j]
  if (quote === '"' || quote === "'" || quote === "(") {
    const closing = quote === "(" ? ")" : quote
    const close = text.indexOf(closing, j + 1)
    if (close < 0 || close - j > MAX_SPAN) return null
    j = close + 1
    while (text[j] === " " || text[j] === "\n") j++
  }
  if (text[j] !== ")") return null
  return { label, destination, end: j + 1 }
}

function expandCitationNumbers(list: string): number[] {
  const numbers: number[] = []
  for (const part of list.split(",")) {
    const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(part)
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2])
      for (let n = from; n <= to && numbers.length < MAX_CITATIONS_IN_MARKER; n++) numbers.push(n)
    } else if (numbers.length < MAX_CITATIONS_IN_MARKER) numbers.push(Number(part.trim()))
  }
  return numbers
}

interface Link {
  node: Node
  /** Position in the original list; wrappers sit between their opener and closer. */
  order: number
  prev: Link | null
  next: Link | null
}

/**
 * CommonMark's "process emphasis", with its rule of three, over the node list. Like the reference
 * implementation it remembers, per kind of closer, below which position no opener exists, and it wraps
 * through a linked list, so a paragraph of a thousand asterisks costs no more than reading it.
 */
function resolveEmphasis(nodes: Node[]): Inline[] {
  let head: Link | null = null
  let tail: Link | null = null
  for (let order = 0; order < nodes.length; order++) {
    const link: Link = { node: nodes[order]!, order, prev: tail, next: null }
    if (tail) tail.next = link
    else head = link
    tail = link
  }
  const unlink = (link: Link) => {
    if (link.prev) link.prev.next = link.next
    else head = link.next
    if (link.next) link.next.prev = link.prev
  }

  const bottoms = new Map<string, number>()
  let closerLink: Link | null = head
  while (closerLink) {
    const closer = closerLink.node
    if (closer.type !== "delimiter" || !closer.canClose || closer.length === 0) {
      closerLink = closerLink.next
      continue
    }
    const kind = `${closer.char}${closer.canOpen ? 1 : 0}${closer.originalLength % 3}`
    const bottom = bottoms.get(kind) ?? -1
    let openerLink: Link | null = closerLink.prev
    for (; openerLink && openerLink.order > bottom; openerLink = openerLink.prev) {
      const opener = openerLink.node
      if (opener.type !== "delimiter" || opener.char !== closer.char || !opener.canOpen || opener.length === 0) continue
      const ruleOfThree =
        (opener.canClose || closer.canOpen) &&
        (opener.originalLength + closer.originalLength) % 3 === 0 &&
        !(opener.originalLength % 3 === 0 && closer.originalLength % 3 === 0)
      if (!ruleOfThree) break
    }
    if (!openerLink || openerLink.order <= bottom) {
      bottoms.set(kind, closerLink.prev?.order ?? -1)
      closerLink = closerLink.next
      continue
    }
    const opener = openerLink.node as Delimiter
    const use = opener.length >= 2 && closer.length >= 2 ? 2 : 1
    const inner: Node[] = []
    for (let link = openerLink.next; link && link !== closerLink; link = link.next) inner.push(link.node)
    const children = toInlines(inner)
    const wrapper: Link = {
      node: use === 2 ? { type: "strong", children } : { type: "em", children },
      order: openerLink.order + 0.5,
      prev: openerLink,
      next: closerLink,
    }
    openerLink.next = wrapper
    closerLink.prev = wrapper
    opener.length -= use
    closer.length -= use
    if (opener.length === 0) unlink(openerLink)
    if (closer.length === 0) {
      const next: Link | null = closerLink.next
      unlink(closerLink)
      closerLink = next
    }
  }

  const remaining: Node[] = []
  for (let link: Link | null = head; link; link = link.next) remaining.push(link.node)
  return toInlines(remaining)
}

/** Unmatched delimiters become their asterisks or underscores again; neighbouring texts merge. */
function toInlines(nodes: Node[]): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    const inline: Inline | null =
      node.type === "delimiter" ? (node.length > 0 ? { type: "text", value: node.char.repeat(node.length) } : null) : node
    if (!inline) continue
    const last = out[out.length - 1]
    if (inline.type === "text" && last?.type === "text") out[out.length - 1] = { type: "text", value: last.value + inline.value }
    else out.push(inline)
  }
  return out
}

/** The words of inline content, for an image's alt text or a heading's anchor. */
