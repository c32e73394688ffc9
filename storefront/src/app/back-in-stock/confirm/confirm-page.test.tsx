import { render, screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import ConfirmBackInStockPage, { metadata } from "./page"

vi.mock("@/lib/actions/engagement", () => ({ confirmBackInStockAction: vi.fn() }))

const TOKEN = "eyJ2IjoidmFyaWFudF82MCJ9.c2lnbmF0dXJl"

describe("the back-in-stock confirmation page", () => {
  it("puts the link's token in a form that confirms only when pressed, and stays out of search indexes", async () => {
    render(await ConfirmBackInStockPage({ searchParams: Promise.resolve({ token: [` ${TOKEN} `, "second"] }) }))
    expect(document.querySelector<HTMLInputElement>('input[name="token"]')!.value).toBe(TOKEN)
    expect(screen.getByRole("button", { name: "Confirm my alert" })).toBeTruthy()
    expect(metadata.robots).toMatchObject({ index: false })
  })

  it("says so when the link lost its token", async () => {
    render(await ConfirmBackInStockPage({ searchParams: Promise.resolve({}) }))
    expect(screen.getByRole("heading", { name: "This confirmation link is incomplete" })).toBeTruthy()
  })
})
