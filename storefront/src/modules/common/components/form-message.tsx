import type { ActionState } from "@/lib/forms"

/** The answer to a form, announced by screen readers: politely when it worked, at once when it did not. */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.status === "error") {
    return (
      <p className="form-message form-message--error" role="alert">
        {state.message}
      </p>
    )
  }
  return (
    <p className="form-message form-message--success" role="status">
      {state.status === "success" ? state.message : ""}
    </p>
  )
}
