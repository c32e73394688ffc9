export const WORDS_PER_MINUTE = 220

/** Minutes a reader needs for a Markdown body, counting words and not syntax; at least one. */
export function readingMinutes(markdown: string): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[\^?[\d\s,–-]+\]/g, " ")
    .replace(/[#>*_`|~-]+/g, " ")
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}
