import type { Position } from "unist"

/** Turns source offsets into unist positions (line and column too), for nodes the shop's plugins make. */
export function positionsIn(source: string) {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineStarts.push(i + 1)
  const point = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset }
  }
  return (start: number, end: number): Position => ({ start: point(start), end: point(end) })
}
