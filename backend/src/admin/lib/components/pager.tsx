import { Table } from "@medusajs/ui"
import type { Dispatch, SetStateAction } from "react"

/** The pager under an admin list: `page` counts from 0, and there is always at least one page. */
export function Pager({
  count,
  pageSize,
  page,
  setPage,
}: {
  count: number
  pageSize: number
  page: number
  setPage: Dispatch<SetStateAction<number>>
}) {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => setPage((p) => Math.max(0, p - 1))}
      nextPage={() => setPage((p) => p + 1)}
    />
  )
}
