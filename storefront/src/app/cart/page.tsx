import type { Metadata } from "next"
import { getCart } from "@/lib/data/cart"
import { getCustomer } from "@/lib/data/customer"
import { orFallback } from "@/lib/data/errors"
import { privatePageMetadata } from "@/lib/seo"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

// The visitor's own cart: read from their cookie on every request, never cached.
export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Your cart", "/cart")

export default async function CartPage() {
  const [cart, customer] = await Promise.all([getCart(), orFallback(getCustomer(), null, "the customer")])
  return <CartTemplate cart={cart} loggedIn={customer !== null} />
}
