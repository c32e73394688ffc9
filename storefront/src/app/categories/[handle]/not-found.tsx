import Link from "next/link"

export default function CategoryNotFound() {
  return (
    <section className="notice">
      <h1>We can&apos;t find that category</h1>
      <p>Our range may have been reorganised. Everything we sell is in the shop, sorted by category.</p>
      <p>
        <Link className="button" href="/store">
          See all products
        </Link>
      </p>
    </section>
  )
}
