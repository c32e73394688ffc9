import Link from "next/link"

export default function ProductNotFound() {
  return (
    <section className="notice">
      <h1>We can&apos;t find that product</h1>
      <p>
        It may have been renamed or taken out of our range. Everything we sell right now is on the shop page, with its full supplement
        facts.
      </p>
      <p>
        <Link className="button" href="/store">
          See all products
        </Link>
      </p>
    </section>
  )
}
