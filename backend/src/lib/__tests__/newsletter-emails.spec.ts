import { renderNewsletterEmail } from "../newsletter-emails"

const LINKS = {
  confirm_url: "https://shop.example/newsletter/confirm?token=abc.def",
  unsubscribe_url: "https://shop.example/newsletter/unsubscribe?token=ghi.jkl",
}

describe("newsletter emails", () => {
  it("the confirmation gives the confirm link, says how long it lasts, and what happens if it was not the reader", () => {
    const { subject, text } = renderNewsletterEmail("newsletter-confirmation", LINKS)
    expect(subject).toBe("Please confirm your Biome & Bloom newsletter sign-up")
    expect(text).toContain(`within 7 days: ${LINKS.confirm_url}`)
    expect(text).toContain("nothing is sent until the address is confirmed")
  })

  it("the welcome carries the link to leave the list", () => {
    const { text } = renderNewsletterEmail("newsletter-welcome", LINKS)
    expect(text).toContain(`at any time: ${LINKS.unsubscribe_url}`)
    expect(text).not.toContain(LINKS.confirm_url)
  })
})
