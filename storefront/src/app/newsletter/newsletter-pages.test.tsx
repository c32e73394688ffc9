import { render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import ConfirmNewsletterPage, { metadata as confirmMetadata } from "./confirm/page"
import UnsubscribeNewsletterPage, { metadata as unsubscribeMetadata } from "./unsubscribe/page"

vi.mock("@/lib/actions/engagement", () => ({ confirmNewsletterAction: vi.fn(), unsubscribeNewsletterAction: vi.fn() }))

const TOKEN = "eyJlIjoiamFuZUBleGFtcGxlLmNvbSJ9.c2lnbmF0dXJl"

describe("the newsletter link pages", () => {
  it("take the token from the link, the first one if repeated, and stay out of search indexes", async () => {
    render(await ConfirmNewsletterPage({ searchParams: Promise.resolve({ token: [` ${TOKEN} `, "second"] }) }))
    expect(document.querySelector<HTMLInputElement>('input[name="token"]')!.value).toBe(TOKEN)

    render(await UnsubscribeNewsletterPage({ searchParams: Promise.resolve({}) }))
    expect(screen.getByRole("heading", { name: "This unsubscribe link is incomplete" })).toBeTruthy()

    expect(confirmMetadata.robots).toMatchObject({ index: false })
    expect(unsubscribeMetadata.robots).toMatchObject({ index: false })
  })
})
