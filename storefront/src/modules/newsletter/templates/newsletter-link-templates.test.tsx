import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { confirmNewsletterAction, unsubscribeNewsletterAction } from "@/lib/actions/engagement"
import { failed, succeeded } from "@/lib/forms"
import { ConfirmNewsletterTemplate, UnsubscribeNewsletterTemplate } from "./newsletter-link-templates"

vi.mock("@/lib/actions/engagement", () => ({ confirmNewsletterAction: vi.fn(), unsubscribeNewsletterAction: vi.fn() }))

const TOKEN = "eyJlIjoiamFuZUBleGFtcGxlLmNvbSJ9.c2lnbmF0dXJl"

beforeEach(() => vi.clearAllMocks())

describe("the page a confirmation email links to", () => {
  it("confirms nothing on opening, only when the reader presses the button, and shows the answer", async () => {
    vi.mocked(confirmNewsletterAction).mockResolvedValueOnce(succeeded("Thank you, you're subscribed!"))
    render(<ConfirmNewsletterTemplate token={TOKEN} />)

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Confirm your newsletter subscription")
    expect(confirmNewsletterAction).not.toHaveBeenCalled()
    expect(screen.getByRole("form", { name: "Confirm your newsletter subscription" })).toBeTruthy()
    expect(document.querySelector<HTMLInputElement>('input[type="hidden"][name="token"]')!.value).toBe(TOKEN)

    fireEvent.click(screen.getByRole("button", { name: "Confirm my subscription" }))

    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Thank you, you're subscribed!"))
    const [, sent] = vi.mocked(confirmNewsletterAction).mock.calls[0]!
    expect(sent.get("token")).toBe(TOKEN)
  })

  it("says why when the link has run out, with a way to sign up again", async () => {
    vi.mocked(confirmNewsletterAction).mockResolvedValueOnce(failed("This confirmation link has expired."))
    render(<ConfirmNewsletterTemplate token={TOKEN} />)

    fireEvent.click(screen.getByRole("button", { name: "Confirm my subscription" }))

    expect((await screen.findByRole("alert")).textContent).toBe("This confirmation link has expired.")
    expect(screen.getByRole("link", { name: "sign up again" }).getAttribute("href")).toBe("/#newsletter-heading")
  })

  it("explains a link without its token and offers to sign up again instead of a button", () => {
    render(<ConfirmNewsletterTemplate token="" />)

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("This confirmation link is incomplete")
    expect(screen.queryByRole("button")).toBeNull()
    expect(screen.getByRole("link", { name: "Sign up again" }).getAttribute("href")).toBe("/#newsletter-heading")
    expect(screen.getByRole("link", { name: "Go to the home page" }).getAttribute("href")).toBe("/")
  })
})

describe("the page a newsletter's unsubscribe link opens", () => {
  it("unsubscribes only when the reader presses the button", async () => {
    vi.mocked(unsubscribeNewsletterAction).mockResolvedValueOnce(succeeded("Done: we won't send our newsletter any more."))
    render(<UnsubscribeNewsletterTemplate token={TOKEN} />)

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Unsubscribe from our newsletter")
    expect(unsubscribeNewsletterAction).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole("button", { name: "Unsubscribe" }))

    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Done: we won't send our newsletter any more."))
    expect(vi.mocked(unsubscribeNewsletterAction).mock.calls[0]![1].get("token")).toBe(TOKEN)
  })

  it("explains a link without its token", () => {
    render(<UnsubscribeNewsletterTemplate token="" />)

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("This unsubscribe link is incomplete")
    expect(screen.queryByRole("button")).toBeNull()
    expect(screen.getByRole("link", { name: "Go to the home page" }).getAttribute("href")).toBe("/")
  })
})
