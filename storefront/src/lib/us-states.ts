import { isUsStateCode, US_STATES as STATE_PAIRS } from "@biome/shared"

/** The states a US address can name (one list in @biome/shared, which the backend checks against), for the forms. */
export const US_STATES: { code: string; name: string }[] = STATE_PAIRS.map(([code, name]) => ({ code, name }))

/** A state's postal code as the list has it ("or" → "OR"), or null when it names no state. */
export function usStateCode(value: string): string | null {
  return isUsStateCode(value) ? value.trim().toUpperCase() : null
}
