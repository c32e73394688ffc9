import Link from "next/link"

export default function GuideNotFound() {
  return (
    <section className="notice">
      <h1>We can&apos;t find that guide</h1>
      <p>It may have been renamed or is being updated by our team. All published guides are on the guides page.</p>
      <p className="notice__actions">
        <Link className="button" href="/guides">
          Browse all guides
        </Link>
        <Link href="/store">Shop our probiotics</Link>
      </p>
    </section>
  )
}
