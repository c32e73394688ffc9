import { renderNewsletterEmail } from "../newsletter-emails"

const LINKS = {
  confirm_url: "https://shop.example/newsletter/confirm?token=abc.def",
  unsubscribe_url: "https://shop.example/newsletter/unsubscribe?token=ghi.jkl",
}

describe("newsletter emails", () => {
  it("the confirmation gives the confirm link, says how long it lasts, and what happens if it was not the reader", () => {
    const { subject, text, html } = renderNewsletterEmail("newsletter-confirmation", LINKS)
    expect(subject).toBe("Please confirm your Biome & Bloom newsletter sign-up")
    expect(text).toContain(`Confirm my address: ${LINKS.confirm_url}\n\nThe link works for 7 days.`)
    expect(html).toContain(`href="${LINKS.confirm_url}"`)
    expect(text).toContain("nothing is sent until the address is confirmed")
  })

  it("the welcome carries the link to leave the list", () => {
    const { text, html } = renderNewsletterEmail("newsletter-welcome", LINKS)
    expect(text).toContain(`Unsubscribe: ${LINKS.unsubscribe_url}`)
    expect(html).toContain(`href="${LINKS.unsubscribe_url}"`)
    expect(text).not.toContain(LINKS.confirm_url)
  })
})
