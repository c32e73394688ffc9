import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { launchBrowser, screenshot } from "./browser"
import { registrationLinkFor } from "./registration"
import { ADMIN_EMAIL, ADMIN_PASSWORD, BACKEND_URL } from "./stack"

const admin = (path: string) => `${BACKEND_URL}/app${path}`

/** A store API call as the storefront makes it; throws with the answer when it fails. */
async function store<T>(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const res = await fetch(`${BACKEND_URL}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": inject("publishableKey"),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${init.method ?? (init.body ? "POST" : "GET")} ${path}: ${res.status} ${text}`)
  return JSON.parse(text) as T
}

/** A customer who subscribes at checkout, so the admin has a subscription to look at. */
async function subscribeSomeone(email: string): Promise<void> {
  const password = "correct horse battery staple"
  await store("/store/registrations", { body: { email } })
  const registrationToken = new URL(await registrationLinkFor(email)).searchParams.get("token")!
  const { token: registration } = await store<{ token: string }>("/auth/customer/emailpass/register", {
    body: { email, password, registration_token: registrationToken },
  })
  await store("/store/customers", { body: { email, first_name: "Wren", last_name: "Okafor" }, token: registration })
  const { token } = await store<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
  const { regions } = await store<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
  const us = regions.find((r) => r.currency_code === "usd")!
  const { products } = await store<{ products: { variants: { id: string; title: string }[] }[] }>(
    "/store/products?handle=daily-balance-probiotic&fields=variants.id,variants.title"
  )
  const variant = products[0]!.variants.find((v) => v.title === "30 capsules")!
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", { body: { region_id: us.id, email }, token })
  await store(`/store/carts/${cart.id}/line-items`, {
    body: { variant_id: variant.id, quantity: 2, metadata: { subscription_interval_days: 60 } },
    token,
  })
  const address = {
    first_name: "Wren",
    last_name: "Okafor",
    address_1: "400 SW 6th Ave",
    city: "Portland",
    province: "OR",
    postal_code: "97204",
    country_code: "us",
  }
  await store(`/store/carts/${cart.id}`, { body: { shipping_address: address, billing_address: address }, token })
  const { shipping_options } = await store<{ shipping_options: { id: string; name: string }[] }>(
    `/store/shipping-options?cart_id=${cart.id}`,
    { token }
  )
  await store(`/store/carts/${cart.id}/shipping-methods`, {
    body: { option_id: shipping_options.find((o) => o.name.startsWith("Standard"))!.id },
    token,
  })
  const { payment_collection } = await store<{ payment_collection: { id: string } }>("/store/payment-collections", {
    body: { cart_id: cart.id },
    token,
  })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" }, token })
  const completion = await store<{ type: string }>(`/store/carts/${cart.id}/complete`, { body: {}, token })
  expect(completion.type).toBe("order")
}

/**
 * The store admin's and the content team's way in: the dashboard served by `medusa start` in production mode over
 * plain http, as `npm start` runs it. The session cookie must come back without https, or login loops.
 */
describe("the admin dashboard over plain http", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const subscriber = `admin-e2e.${Date.now()}@example.com`

  beforeAll(async () => {
    await subscribeSomeone(subscriber)
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("logs in at /app with the admin user and keeps the session cookie, which is not Secure over http", async () => {
    await page.goto(admin("/login"))
    await page.locator('input[name="email"]').fill(ADMIN_EMAIL)
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD)
    await page.getByRole("button", { name: "Continue" }).click()
    await page.waitForURL((u) => u.pathname.startsWith("/app") && !u.pathname.startsWith("/app/login"), { timeout: 30_000 })
    const session = (await context.cookies(BACKEND_URL)).find((c) => c.name === "connect.sid")
    expect(session).toBeDefined()
    expect(session!.secure).toBe(false)
    expect(session!.httpOnly).toBe(true)
    // The session survives a fresh page load: the dashboard does not fall back to the login form.
    await page.goto(admin("/orders"))
    await page.getByRole("heading", { name: "Orders" }).first().waitFor()
    expect(new URL(page.url()).pathname).toBe("/app/orders")
  })

  it("opens Subscriptions and finds the customer's subscription with its price", async () => {
    await page.goto(admin("/subscriptions"))
    await page.getByRole("heading", { name: "Subscriptions", level: 1 }).waitFor()
    const row = page.getByRole("row", { name: new RegExp(subscriber.replace(/[.]/g, "\\.")) })
    await row.waitFor()
    const text = await row.innerText()
    expect(text).toContain("Daily Balance Probiotic")
    expect(text).toContain("60 days")
    // Two at the subscribe-and-save price, in dollars; nothing cancelled yet.
    expect(text).toMatch(/\$\d+\.\d{2}/)
    // The totals show what the API counts (other end-to-end files may have subscribed customers too).
    const { summary } = await page.evaluate(() => fetch("/admin/subscriptions/summary", { credentials: "include" }).then((r) => r.json()))
    expect(summary.active_count).toBeGreaterThanOrEqual(1)
    const totals = (await page.getByLabel("Subscription totals").innerText()).replace(/\s+/g, " ")
    expect(totals).toContain(`Active ${summary.active_count}`)
    expect(totals).toMatch(/Monthly recurring revenue \$\d+\.\d{2}/)
    expect(totals).toContain(`New this month ${summary.new_this_month}`)
    expect(totals).toContain(`Cancelled this month ${summary.cancelled_this_month}`)
    // The table pages through the route: its pager counts what the route counts, not the rows on this page.
    const { count } = await page.evaluate(() =>
      fetch("/admin/subscriptions?limit=1", { credentials: "include" }).then((r) => r.json() as Promise<{ count: number }>)
    )
    await page.getByText(new RegExp(`of ${count} results`)).waitFor()
    await screenshot(page, "admin-subscriptions")
  })

  it("opens a subscription and reads it in plain words", async () => {
    await page.getByRole("row", { name: new RegExp(subscriber.replace(/[.]/g, "\\.")) }).click()
    await page.waitForURL(/\/app\/subscriptions\/[^/]+$/)
    await page.getByText("Manual payment").waitFor()
    const main = await page.locator("main").innerText()
    expect(main).toContain(subscriber)
    expect(main).not.toMatch(/pp_system_default/)
    // The activity timeline starts with the checkout that made the subscription, done by the customer.
    const activity = page.getByTestId("subscription-activity")
    const created = activity.getByRole("row", { name: /Subscribed at checkout/ })
    await created.waitFor()
    expect((await created.innerText()).replace(/\s+/g, " ")).toMatch(/Customer .*Subscribed at checkout \(order #\d+\), every 60 days/)
  })

  it("opens the Subscription forecast with the seeded variants' demand", async () => {
    await page.goto(admin("/subscription-forecast"))
    await page.getByRole("heading", { name: "Subscription forecast", level: 1 }).waitFor()
    await page
      .getByRole("cell", { name: /Daily Balance Probiotic/ })
      .first()
      .waitFor()
    expect(await page.getByRole("row").count()).toBeGreaterThan(2)
    // Clicking a variant's row charts that variant alone; clicking it again goes back to every variant.
    const chart = page.getByRole("img", { name: /^Units due per week/ })
    await expect.poll(() => chart.getAttribute("aria-label")).toMatch(/: all variants$/)
    const probiotic = page.getByRole("row", { name: /Daily Balance Probiotic/ }).first()
    await probiotic.getByRole("cell").nth(2).click()
    await expect.poll(() => chart.getAttribute("aria-label")).toMatch(/: Daily Balance Probiotic, /)
    await probiotic.getByRole("cell").nth(2).click()
    await expect.poll(() => chart.getAttribute("aria-label")).toMatch(/: all variants$/)
  })

  it("opens Guides with the seeded guides", async () => {
    await page.goto(admin("/guides"))
    await page.getByRole("heading", { name: "Guides", level: 1 }).waitFor()
    await page
      .getByRole("row", { name: /gut-skin axis/i })
      .first()
      .click()
    // A guide's row opens its editor.
    await page.waitForURL(/\/app\/guides\/guide_[^/]+$/)
  })
})
