import Link from "next/link"
import { pageHref, pageWindow } from "@/lib/paging"
import styles from "./pagination.module.css"

/** Previous, page numbers and Next as plain links (?page=N), so paging works before and without JavaScript. */
export function Pagination({ basePath, page, pageCount, label }: { basePath: string; page: number; pageCount: number; label: string }) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label={label} className={styles.pagination}>
      {page > 1 && (
        <Link href={pageHref(basePath, page - 1)} rel="prev">
          Previous page
        </Link>
      )}
      <ol className={styles.pages}>
        {pageWindow(page, pageCount).map((number, index) =>
          number === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no page number; its place in the window is its identity
            <li key={`gap-${index}`} aria-hidden="true">
              <span>…</span>
            </li>
          ) : (
            <li key={number}>
              <Link
                href={pageHref(basePath, number)}
                aria-current={number === page ? "page" : undefined}
                aria-label={`Page ${number} of ${pageCount}`}
              >
                {number}
              </Link>
            </li>
          )
        )}
      </ol>
      {page < pageCount && (
        <Link href={pageHref(basePath, page + 1)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  )
}
