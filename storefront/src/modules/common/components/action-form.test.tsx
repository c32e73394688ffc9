import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { failed, succeeded, type ActionState } from "@/lib/forms"
import { ActionForm } from "./action-form"
import { SubmitButton } from "./submit-button"

function feedbackForm(action: (state: ActionState, data: FormData) => Promise<ActionState>) {
  render(
    <ActionForm action={action}>
      <label htmlFor="comment">Tell us more (optional)</label>
      <input id="comment" name="comment" />
      <SubmitButton name="helpful" value="yes">
        Yes
      </SubmitButton>
      <SubmitButton name="helpful" value="no">
        No
      </SubmitButton>
    </ActionForm>
  )
}

describe("a form posting to a Server Action", () => {
  it("sends the fields with the pressed button and shows the answer", async () => {
    const action = vi.fn(async (_state: ActionState, data: FormData) =>
      succeeded(`Thanks (${data.get("helpful")}: ${data.get("comment")})`)
    )
    feedbackForm(action)

    fireEvent.change(screen.getByRole("textbox", { name: "Tell us more (optional)" }), { target: { value: "More on kefir" } })
    fireEvent.click(screen.getByRole("button", { name: "No" }))

    // The status line is on the page, empty, from the start: wait for the answer to fill it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Thanks (no: More on kefir)"))
    expect(action).toHaveBeenCalledTimes(1)
  })

  it("keeps what the customer typed when the action refuses it, and says why", async () => {
    feedbackForm(async () => failed("Please enter a shorter comment."))

    const comment = screen.getByRole("textbox", { name: "Tell us more (optional)" })
    fireEvent.change(comment, { target: { value: "A very long comment" } })
    fireEvent.click(screen.getByRole("button", { name: "Yes" }))

    expect((await screen.findByRole("alert")).textContent).toBe("Please enter a shorter comment.")
    expect(comment).toHaveProperty("value", "A very long comment")
  })
})
