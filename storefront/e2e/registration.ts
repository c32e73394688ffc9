import { inject } from "vitest"
import type { Locator, Page } from "playwright-core"
import { mailCatcherClient } from "../../backend/integration-tests/helpers/mail-catcher"

/** The link in the newest "finish creating your account" email to `email`, read from the catcher's inbox. */
export async function registrationLinkFor(email: string): Promise<string> {
  const received = await mailCatcherClient(inject("mailInboxUrl")).waitFor(email, (e) => /Finish creating your .* account/.test(e.subject))
  const link = /https?:\/\/\S+\/account\/register\?token=[\w.-]+/.exec(received.text)?.[0]
  if (!link) throw new Error(`no registration link in: ${received.text}`)
  return link
}

export interface NewCustomer {
  email: string
  firstName: string
  lastName: string
  password: string
}

/**
 * Registers as a shopper does: the email in the "Create an account" form (`form`, the region on the page),
 * "Check your inbox", the link from the email opened in the same browser, then name and password. The page
 * then continues to where the form was (the caller waits for that).
 */
export async function registerThroughEmail(page: Page, form: Locator, customer: NewCustomer): Promise<void> {
  await form.getByLabel("Email").fill(customer.email)
  await form.getByRole("button", { name: "Create account" }).click()
  await form.getByText("Check your inbox").waitFor()
  await page.goto(await registrationLinkFor(customer.email))
  const finish = page.getByRole("region", { name: "Finish creating your account" })
  await finish.getByLabel("First name").fill(customer.firstName)
  await finish.getByLabel("Last name").fill(customer.lastName)
  await finish.getByLabel("Password").fill(customer.password)
  await finish.getByRole("button", { name: "Create my account" }).click()
}
