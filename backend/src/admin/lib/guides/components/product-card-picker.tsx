import { Button, Text } from "@medusajs/ui"
import type { LinkedProduct } from "../types"

/** The directive that puts a product's card at a place in the body. */
export const productCardDirective = (handle: string) => `::product{handle="${handle}"}`

/**
 * Inserts a linked product's card where the cursor is in the body, on a line of its own (a card is a block).
 * Only linked products are offered: a card for any other product is refused at publishing.
 */
export function ProductCardPicker({ products, onInsert }: { products: LinkedProduct[]; onInsert: (directive: string) => void }) {
  if (products.length === 0) {
    return (
      <Text size="xsmall" className="text-ui-fg-subtle">
        Link a product below to put its card in the text.
      </Text>
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Text size="xsmall" className="text-ui-fg-subtle">
        Insert a product card:
      </Text>
      {products.map((p) => (
        <Button key={p.id} size="small" variant="secondary" type="button" onClick={() => onInsert(productCardDirective(p.handle))}>
          {p.title}
        </Button>
      ))}
    </div>
  )
}

/** The body with a block inserted at the cursor, separated from the text around it by blank lines. */
export function insertBlock(body: string, at: number, block: string): { body: string; cursor: number } {
  const before = body.slice(0, at).replace(/\s*$/, "")
  const after = body.slice(at).replace(/^\s*/, "")
  const head = before ? `${before}\n\n` : ""
  const inserted = `${head}${block}\n\n`
  return { body: `${inserted}${after}`, cursor: inserted.length }
}
