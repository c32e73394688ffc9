/** A "contains" pattern for $ilike where the searcher's own % and _ (and \) match themselves, not anything. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`
}
