import { checkClaims } from "@biome/shared"
import type { EmailDocument } from "../document"
import { renderEmail } from "../render"
import { backInStock, lowStockAlert, type VariantLabel } from "../templates/inventory"
import { newsletterEmail } from "../templates/newsletter"
import { orderConfirmation, type OrderSummary } from "../templates/order"
import { subscriptionEmail, type SubscriptionEmail } from "../templates/subscription"

const ORDER: OrderSummary = {
  id: "order_1",
  display_id: 1042,
  currency_code: "usd",
  lines: [
    {
      title: "Daily Balance Probiotic — 30 capsules",
      quantity: 2,
      subtotal: 50.98,
      subscription: { interval_days: 60, discount_percent: 15, next_charge_at: "2027-03-14T10:00:00.000Z" },
    },
    { title: "Skin Biome Glow — 60 capsules", quantity: 1, subtotal: 59.99, subscription: null },
  ],
  item_subtotal: 110.97,
  shipping_subtotal: 4.95,
  discount_total: 0,
  tax_total: 0,
  total: 115.92,
  shipping_address: {
    first_name: "Rosa",
    last_name: "Diaz",
    address_1: "400 SW 6th Ave",
    city: "Portland",
    province: "OR",
    postal_code: "97204",
    country_code: "us",
  },
  shipping_method: "Standard shipping (3–5 business days)",
}
const RECIPIENT = { id: "sub_1", email: "rosa@example.com", product_title: "Daily Balance Probiotic" }
const MANAGE = { manage_url: "https://shop.example/account/subscriptions" }
const VARIANT: VariantLabel = { variant_id: "variant_1", product_title: "Gut Restore 50", variant_title: "60 capsules", sku: "GR50-60" }
const SUBSCRIPTION_EMAILS: SubscriptionEmail[] = [
  { template: "subscription-renewed", order_display_id: 1043, next_delivery_at: new Date("2027-05-13T10:00:00Z") },
  { template: "subscription-renewal-failed", reason: "the card was declined", next_retry_at: new Date("2027-03-15T10:00:00Z") },
  { template: "subscription-paused-after-failures", reason: "the card was declined" },
  { template: "subscription-cancelled-after-failures", reason: "the card was declined" },
  {
    template: "subscription-renewal-reminder",
    next_delivery_at: new Date("2027-03-14T10:00:00Z"),
    amount: "$50.98",
    manage_url: MANAGE.manage_url,
  },
]

/** Every email the shop sends, with sample data. */
const EVERY_EMAIL: [string, EmailDocument][] = [
  [
    "order-confirmation",
    orderConfirmation({
      template: "order-confirmation",
      order: ORDER,
      demo_store: false,
      order_url: "https://shop.example/account/orders/order_1",
    }),
  ],
  ...SUBSCRIPTION_EMAILS.map((e): [string, EmailDocument] => [e.template, subscriptionEmail(RECIPIENT, e, { ...MANAGE, order: ORDER })]),
  [
    "newsletter-confirmation",
    newsletterEmail(
      "newsletter-confirmation",
      {
        confirm_url: "https://shop.example/newsletter/confirm?token=a.b",
        unsubscribe_url: "https://shop.example/newsletter/unsubscribe?token=c.d",
      },
      7
    ),
  ],
  [
    "newsletter-welcome",
    newsletterEmail("newsletter-welcome", { unsubscribe_url: "https://shop.example/newsletter/unsubscribe?token=c.d" }, 7),
  ],
  ["back-in-stock", backInStock(VARIANT, "https://shop.example/products/gut-restore-50")],
  [
    "low-stock-alert",
    lowStockAlert(
      VARIANT,
      { days_of_cover: 9, threshold_days: 14, available: 27, daily_demand: 3, run_out_date: "2027-03-20" },
      "https://admin.example/app/subscription-forecast"
    ),
  ],
]

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

describe("the shop's emails", () => {
  it.each(EVERY_EMAIL)("%s has a subject, a plain-text body and an HTML body that say the same things", (_template, doc) => {
    const { subject, text, html } = renderEmail(doc)
    expect(subject.length).toBeGreaterThan(10)
    expect(text).not.toMatch(/<[a-z]/i)
    expect(html).toMatch(/^<!doctype html>[\s\S]*<html lang="en">[\s\S]*<\/html>\n$/)
    for (const block of [...doc.blocks, ...doc.footer]) {
      const sentences =
        block.type === "paragraph" || block.type === "notice" ? [block.text] : block.type === "action" ? [block.label, block.url] : []
      for (const sentence of sentences) {
        expect(text).toContain(sentence)
        expect(html).toContain(escapeHtml(sentence))
      }
    }
  })

  // Emails reach customers too: the shop's own wording in them makes no disease claim and no unmarked
  // structure/function claim (product titles in them were checked when the product was saved).
  it.each(EVERY_EMAIL)("%s passes the claims check", (_template, doc) => {
    const { subject, text } = renderEmail(doc)
    const findings = [subject, text].flatMap((copy) =>
      checkClaims(copy, { kind: "product" }).findings.filter((f) => f.severity === "error")
    )
    expect(findings.map((f) => f.excerpt)).toEqual([])
  })

  it("the order confirmation lists each line, the subscription's rhythm and next charge, the totals and the address", () => {
    const { text } = renderEmail(EVERY_EMAIL[0]![1])
    expect(text).toContain("2 × Daily Balance Probiotic — 30 capsules — $50.98")
    expect(text).toContain("    Subscribe & save: delivered every 60 days, 15% off\n    Next charge and delivery: March 14, 2027")
    expect(text).toContain("1 × Skin Biome Glow — 60 capsules — $59.99")
    expect(text).toContain("Items: $110.97\nShipping: $4.95\nTax: $0.00\nTotal: $115.92")
    expect(text).not.toContain("Discount")
    expect(text).toContain("Delivering to:\n  Rosa Diaz\n  400 SW 6th Ave\n  Portland, OR 97204\n  United States")
    expect(text).toContain("Your subscription renews on its own")
    expect(text).not.toContain("demo store")
  })

  it("a demo store's confirmation says no payment was taken; a guest's has no account link", () => {
    const { text } = renderEmail(
      orderConfirmation({ template: "order-confirmation", order: { ...ORDER, discount_total: 5 }, demo_store: true, order_url: null })
    )
    expect(text).toContain("This is a demo store: no payment was taken for this order, and nothing will be shipped.")
    expect(text).toContain("Discount: −$5.00")
    expect(text).not.toContain("See your order")
  })

  it("the renewal email names its order without the order's details when they cannot be read", () => {
    const doc = subscriptionEmail(RECIPIENT, SUBSCRIPTION_EMAILS[0]!, MANAGE)
    const { text } = renderEmail(doc)
    expect(text).toContain("We have renewed your Daily Balance Probiotic subscription as order #1043.")
    expect(text).toContain("Your next delivery is planned for May 13, 2027.")
    expect(text).not.toContain("Total:")
  })

  it("writes what a customer or admin typed as text, never as markup", () => {
    const hostile = { ...VARIANT, product_title: `Gut <script>alert("x")</script> & Co` }
    const { html, subject } = renderEmail(backInStock(hostile, "https://shop.example/products/x"))
    expect(subject).toContain("<script>")
    expect(html).not.toContain("<script>")
    expect(html).toContain("Gut &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co")
  })

  it("refuses a link that is not a web address, rather than send it", () => {
    expect(() => renderEmail(backInStock(VARIANT, "javascript:alert(1)"))).toThrow(/http\(s\) URL/)
  })
})
