import type { Text } from "mdast"

const ESCAPABLE = /[!-/:-@[-`{-~]/
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/**
 * Where each character of a text node's value sits in the source. A value differs from its source by
 * backslash escapes, character references and the container prefixes ("> ", indentation) of wrapped
 * lines, so the two are walked side by side; a source character with no counterpart is skipped.
 */
export function valueOffsets(node: Pick<Text, "value" | "position">, source: string): number[] {
  const { value } = node
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const offsets: number[] = []
  if (start === undefined || end === undefined) return offsets
  let r = start
  let v = 0
  while (v < value.length && r < end) {
    const c = source[r]
    if (c === value[v]) {
      offsets[v++] = r++
    } else if (c === "\\" && source[r + 1] === value[v] && ESCAPABLE.test(value[v] ?? "")) {
      offsets[v++] = r + 1
      r += 2
    } else if (c === "&" && CHARACTER_REFERENCE.test(source.slice(r, r + 40))) {
      const reference = CHARACTER_REFERENCE.exec(source.slice(r, r + 40))![0]
      const after = source[r + reference.length]
      offsets[v++] = r
      // A reference may decode to two code units; both stand where the reference stands.
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists single code units (low surrogates, combining marks) on purpose
      while (v < value.length && value[v] !== after && /[\uDC00-\uDFFF\u0300-\u036F]/.test(value[v]!)) offsets[v++] = r
      r += reference.length
    } else {
      r++
    }
  }
  for (; v < value.length; v++) offsets[v] = Math.max(start, end - 1)
  return offsets
}
