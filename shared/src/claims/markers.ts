import { claimMarkOffsets } from "../markdown/mask"

/**
 * Structure/function claim markers: an asterisk straight after a word, a closing parenthesis or a full
 * stop ("supports digestive health*", "(daily)*", "health.*" as US labels print it) that is not Markdown
 * emphasis (`*italic*`, `**bold**`). An escaped `\*` after a word renders as a literal asterisk, so it is a
 * marker too. Read from the shop's Markdown syntax tree, so the marks shown and the marks counted agree.
 */
export function findClaimMarkers(text: string): number[] {
  return claimMarkOffsets(text)
}
