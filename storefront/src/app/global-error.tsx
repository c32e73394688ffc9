"use client"

import { useEffect } from "react"

/** The last resort when even the layout fails: a plain page that still explains and offers a way back. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
          <h1>We couldn&apos;t load the shop</h1>
          <p>Our shop system didn&apos;t answer. Nothing is wrong on your side; please try again in a moment.</p>
          <p>
            <button type="button" onClick={() => retry()}>
              Try again
            </button>{" "}
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  )
}
