import { render, screen } from "@testing-library/react"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it } from "vitest"
import { ClaimParagraphs } from "./claim-text"
import { FdaDisclaimer } from "./fda-disclaimer"

describe("FDA disclaimer box", () => {
  it("uses the singular wording for exactly one marked claim", () => {
    render(<FdaDisclaimer markedClaimCount={1} />)

    const box = screen.getByRole("complementary", { name: "FDA disclaimer" })
    expect(box.textContent).toContain(FDA_DISCLAIMER_SINGULAR)
    expect(box.textContent).toMatch(/This statement has not been evaluated/)
  })

  it("uses the plural wording for several marked claims", () => {
    render(<FdaDisclaimer markedClaimCount={2} />)

    const box = screen.getByRole("complementary", { name: "FDA disclaimer" })
    expect(box.textContent).toContain(FDA_DISCLAIMER_PLURAL)
    expect(box.textContent).toMatch(/These statements have not been evaluated/)
  })

  it("is absent from a page without marked claims", () => {
    const { container } = render(<FdaDisclaimer markedClaimCount={0} />)

    expect(container.innerHTML).toBe("")
  })
})

describe("copy with claims", () => {
  it("keeps every asterisk visible and links it to the disclaimer", () => {
    const { container } = render(<ClaimParagraphs text={"Supports digestive comfort* and a balanced gut microbiome*.\n\nNo claim here."} />)

    expect(container.textContent).toBe("Supports digestive comfort* and a balanced gut microbiome*.No claim here.")
    const marks = container.querySelectorAll("a.claim-mark")
    expect(marks).toHaveLength(2)
    expect(marks[0]?.getAttribute("href")).toBe("#fda-disclaimer")
    expect(container.querySelectorAll("p")).toHaveLength(2)
  })
})
