/**
 * What a Server Action tells its form: nothing yet, it worked, or why it did not (a sentence for the
 * customer). Shared by the actions and the client components that show the message.
 */
export interface ActionState {
  status: "idle" | "success" | "error"
  message: string
}

export const IDLE: ActionState = { status: "idle", message: "" }

export const succeeded = (message: string): ActionState => ({ status: "success", message })
export const failed = (message: string): ActionState => ({ status: "error", message })

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>

/** A text field, trimmed and capped, so an oversized post cannot reach the backend. */
export function textField(formData: FormData, name: string, maxLength = 200): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim().slice(0, maxLength) : ""
}

/** A whole number field within bounds, or null when missing or out of range. */
export function intField(formData: FormData, name: string, min: number, max: number): number | null {
  const raw = textField(formData, name, 12)
  if (!/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return value >= min && value <= max ? value : null
}

// Deliberately plain: one @, no spaces, a dot in the domain. The backend has the last word.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}

/** Where to go after logging in: only a path on this site (one rule, in @biome/shared). */
export { safeReturnPath } from "@biome/shared/commerce"
