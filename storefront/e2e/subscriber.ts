import type { Page } from "playwright-core"
import { url } from "./browser"
import { registerThroughEmail } from "./registration"

/**
 * A new customer subscribes to a product at checkout: subscribe-and-save at the given interval, an account
 * created on the way (through the emailed link), a Portland address, the demo payment. Ends on the order confirmation.
 */
export async function subscribeAtCheckout(
  page: Page,
  opts: { email: string; productPath: string; intervalDays: number; firstName?: string; lastName?: string }
) {
  const firstName = opts.firstName ?? "Noor"
  const lastName = opts.lastName ?? "Haddad"
  await page.goto(url(opts.productPath))
  await page.getByRole("radio", { name: /Subscribe & save/ }).check()
  await page.getByLabel("Deliver every").selectOption(String(opts.intervalDays))
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByText(`Added to your cart as a subscription, delivered every ${opts.intervalDays} days.`).waitFor()

  await page.goto(url("/cart"))
  await page.getByRole("button", { name: "Checkout" }).click()
  await page.waitForURL(/\/checkout/)
  await registerThroughEmail(page, page.getByRole("region", { name: "Create an account" }), {
    email: opts.email,
    firstName,
    lastName,
    password: "a long enough password",
  })
  const contact = page.getByRole("region", { name: "1. Contact and delivery address" })
  await contact.waitFor()
  await contact.getByLabel("First name").fill(firstName)
  await contact.getByLabel("Last name").fill(lastName)
  await contact.getByLabel("Street address").fill("1200 NW Naito Pkwy")
  await contact.getByLabel("City").fill("Portland")
  const state = contact.getByLabel(/^State/)
  if ((await state.evaluate((el) => el.tagName)) === "SELECT") await state.selectOption("OR")
  else await state.fill("OR")
  await contact.getByLabel(/Postal code|ZIP/).fill("97209")
  await contact.getByRole("button", { name: "Continue to shipping" }).click()
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await page.getByRole("button", { name: "Place order" }).and(page.locator(":enabled")).waitFor()
  await page.getByRole("button", { name: "Place order" }).click()
  await page.waitForURL(/\/order\/confirmed\//)
}
