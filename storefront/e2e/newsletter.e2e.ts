import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import postgres from "postgres"
import { mailCatcherClient } from "../../backend/integration-tests/helpers/mail-catcher"
import { launchBrowser, url } from "./browser"

/**
 * Double opt-in from the reader's side: sign up on the home page, open the emailed link, confirm with the
 * button, then leave the list from the welcome email's link. The emails are read where a reader would: in
 * the inbox of the mail catcher the backend sends to over SMTP.
 */
describe("a reader who joins the newsletter and later leaves it", () => {
  let browser: Browser
  let page: Page
  let sql: postgres.Sql
  const email = `reader.${Date.now()}@example.com`

  /** The link to the storefront's /newsletter/<page> in the email to the reader whose subject matches. */
  async function linkFromEmail(subject: RegExp, page: "confirm" | "unsubscribe"): Promise<string> {
    const received = await mailCatcherClient(inject("mailInboxUrl")).waitFor(email, (e) => subject.test(e.subject))
    const link = new RegExp(`https?://\\S+/newsletter/${page}\\?token=[\\w.-]+`).exec(received.text)?.[0]
    if (!link) throw new Error(`no ${page} link in: ${received.text}`)
    return link
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} })
  })

  afterAll(async () => {
    await browser?.close()
    await sql?.end()
  })

  it("signs up on the home page and is asked to confirm from the inbox", async () => {
    await page.goto(url("/"))
    await page.getByLabel("Email address").fill(email)
    await page.getByRole("button", { name: "Sign up" }).click()
    await page.getByText("Please check your inbox").waitFor()
    expect(await page.getByText(email, { exact: false }).count()).toBeGreaterThan(0)
  })

  it("opening the emailed link confirms nothing until the button is pressed, even without JavaScript", async () => {
    const link = await linkFromEmail(/confirm your .* newsletter sign-up/, "confirm")
    expect(new URL(link).pathname).toBe("/newsletter/confirm")
    const context = await browser.newContext({ javaScriptEnabled: false })
    const reader = await context.newPage()
    await reader.goto(link)
    const [before] = await sql<{ status: string }[]>`select status from newsletter_subscription where email = ${email}`
    expect(before?.status).toBe("pending")

    await reader.getByRole("button", { name: "Confirm my subscription" }).click()
    await reader.getByText("you're subscribed").waitFor()
    const [after] = await sql<{ status: string }[]>`select status from newsletter_subscription where email = ${email}`
    expect(after?.status).toBe("subscribed")
    await context.close()
  })

  it("leaves the list with the welcome email's unsubscribe link", async () => {
    await page.goto(await linkFromEmail(/You're on the .* newsletter/, "unsubscribe"))
    await page.getByRole("button", { name: "Unsubscribe" }).click()
    await page.getByText("we won't send our newsletter").waitFor()
    const [row] = await sql<{ status: string }[]>`select status from newsletter_subscription where email = ${email}`
    expect(row?.status).toBe("unsubscribed")
  })

  it("a mangled link gets a clear message, not an error page", async () => {
    await page.goto(url("/newsletter/unsubscribe?token=not-a-real-token"))
    await page.getByRole("button", { name: "Unsubscribe" }).click()
    await page.getByText("This unsubscribe link is not valid").waitFor()
  })
})
