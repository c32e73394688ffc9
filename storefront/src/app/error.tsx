"use client"

import Link from "next/link"
import { useEffect } from "react"

/** Shown when a page could not be rendered, most often because the shop backend is unreachable. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null

  return (
    <section className="notice" role="alert">
      <h1>We couldn&apos;t load this page</h1>
      <p>Our shop system didn&apos;t answer in time. Nothing is wrong on your side; please try again in a moment.</p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </p>
      {digest && <p className="notice__reference">Reference for our support team: {digest}</p>}
    </section>
  )
}
