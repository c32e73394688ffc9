/**
 * Structure/function claim markers. A marker is an asterisk straight after a word, a closing
 * parenthesis or a full stop ("supports digestive health*", "(daily)*", "health.*" as US labels print
 * it) that is not one end of a Markdown emphasis pair (`*italic*`, `**bold**`). An escaped `\*` after a
 * word renders as a literal asterisk, so it is a marker too.
 */

interface Opener {
  length: number
}

// Asterisk runs, escaped asterisks, and blank lines (emphasis never spans paragraphs).
const TOKENS = /\\\*|\*+|\n[ \t]*\n/g

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c)
const isPunctuation = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c)
const isAnchor = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}).]/u.test(c)

/** Index in `text` of every claim-marker asterisk, in order. */
export function findClaimMarkers(text: string): number[] {
  const markers: number[] = []
  const openers: Opener[] = []
  for (const match of text.matchAll(TOKENS)) {
    const token = match[0]
    const at = match.index
    if (token.startsWith("\n")) {
      openers.length = 0
      continue
    }
    const before = text[at - 1]
    if (token === "\\*") {
      if (isAnchor(before)) markers.push(at + 1)
      continue
    }
    const after = text[at + token.length]
    // CommonMark's flanking rules decide whether a run can open or close emphasis.
    const canOpen = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
    const canClose = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
    if (canClose) {
      const same = lastIndexOfLength(openers, token.length)
      if (same >= 0) {
        openers.length = same
        continue
      }
      // "**supports digestive health***": the bold closes and the extra asterisk marks the claim.
      const shorter = lastIndexOfLength(openers, token.length - 1)
      if (shorter >= 0 && isAnchor(before)) {
        openers.length = shorter
        markers.push(at)
        continue
      }
      if (token.length === 1 && !canOpen && isAnchor(before)) {
        markers.push(at)
        continue
      }
    }
    if (canOpen) openers.push({ length: token.length })
  }
  return markers
}

function lastIndexOfLength(openers: Opener[], length: number): number {
  for (let i = openers.length - 1; i >= 0; i--) {
    if (openers[i]?.length === length) return i
  }
  return -1
}
