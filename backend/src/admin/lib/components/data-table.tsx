import { type DataTableEmptyStateProps, type DataTablePaginationState, type DataTableRow, Text } from "@medusajs/ui"
import { useState } from "react"

/**
 * A DataTable paged by its route: the page DataTable shows, and the `limit`/`offset` that ask the route for it.
 * `firstPage` starts again from the top, for a filter kept outside the table.
 */
export function useServerPagination(pageSize: number) {
  const [state, setState] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  return {
    pagination: { state, onPaginationChange: setState },
    page: { limit: pageSize, offset: state.pageIndex * pageSize },
    firstPage: () => setState((current) => ({ ...current, pageIndex: 0 })),
  }
}

/** The one line a table shows when it has no rows, whether or not a filter emptied it. */
export function emptyText(text: string): DataTableEmptyStateProps {
  const content = {
    custom: (
      <Text size="small" className="text-ui-fg-subtle">
        {text}
      </Text>
    ),
  }
  return { empty: content, filtered: content }
}

/**
 * A DataTable `onRowClick` for a handler of the clicked record. @medusajs/ui 4.2.6 types the row as the record but
 * hands over tanstack's row, which holds it as `original`; this takes either, so an upgrade that fixes one side
 * does not break the click.
 */
export function onRecordClick<T extends object>(open: (record: T) => void) {
  return (_event: unknown, row: T) => {
    const tanstackRow = row as unknown as Partial<DataTableRow<T>>
    open(typeof tanstackRow.getVisibleCells === "function" && tanstackRow.original ? tanstackRow.original : row)
  }
}
