import { createDataTableColumnHelper, DataTable, StatusBadge, Text, clx, useDataTable } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { emptyText, onRecordClick } from "../../components/data-table"
import { forecastColumns, formatCover, formatDay, shortage } from "../format"
import type { VariantForecast } from "../types"

const column = createDataTableColumnHelper<VariantForecast>()
const count = (heading: string, value: (v: VariantForecast) => number) =>
  column.accessor(value, { id: heading, header: heading, align: "right" })

/**
 * The columns in `forecastColumns` order. The variant cell marks its row short or selected, which the table's
 * class list turns into the row's colour (DataTable takes no class per row).
 */
function columnsFor(days: number, selected: string | null) {
  const [variant, available, due7, due30, due60, due90, dueWindow, subscriptionRate, oneTimeRate, cover, runsOut, atRisk, status] =
    forecastColumns(days)
  return [
    column.accessor("product_title", {
      id: variant,
      header: variant,
      cell: ({ row: { original: v } }) => (
        <div
          className="flex flex-col"
          data-short={shortage(v).color !== "green" || undefined}
          data-selected={selected === v.variant_id || undefined}
        >
          <Link
            className="text-ui-fg-interactive"
            to={`/products/${v.product_id}/variants/${v.variant_id}`}
            onClick={(e) => e.stopPropagation()}
          >
            {v.product_title}
          </Link>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {v.variant_title}
            {v.sku ? ` · ${v.sku}` : ""}
            {v.locations.length > 1 ? ` · ${v.locations.length} locations` : ""}
          </Text>
        </div>
      ),
    }),
    column.accessor("available", {
      id: available,
      header: available,
      align: "right",
      cell: ({ row: { original: v } }) => (
        <div className="flex flex-col items-end">
          <span className={clx(v.available <= 0 && "text-ui-fg-error")}>{v.available}</span>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {v.stocked} in stock, {v.reserved} held
          </Text>
        </div>
      ),
    }),
    count(due7, (v) => v.units_needed.next_7_days),
    count(due30, (v) => v.units_needed.next_30_days),
    count(due60, (v) => v.units_needed.next_60_days),
    count(due90, (v) => v.units_needed.next_90_days),
    column.accessor((v) => v.units_needed.in_window, {
      id: dueWindow,
      header: dueWindow,
      align: "right",
      cell: ({ row: { original: v } }) => (
        <span className={clx(v.short_by > 0 && "text-ui-fg-error font-medium")}>{v.units_needed.in_window}</span>
      ),
    }),
    count(subscriptionRate, (v) => v.subscription_daily_demand),
    column.accessor("one_time_daily_demand", {
      id: oneTimeRate,
      header: oneTimeRate,
      align: "right",
      cell: ({ row: { original: v } }) => (
        <div className="flex flex-col items-end">
          <span>{v.one_time_daily_demand}</span>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {v.one_time_units_sold} sold in 30 days
          </Text>
        </div>
      ),
    }),
    column.accessor("days_of_cover", {
      id: cover,
      header: cover,
      cell: ({ row: { original: v } }) => (
        <span className={clx(v.below_threshold && "text-ui-fg-error")}>{formatCover(v.days_of_cover)}</span>
      ),
    }),
    column.accessor("run_out_date", { id: runsOut, header: runsOut, cell: ({ getValue }) => formatDay(getValue()) }),
    column.accessor((v) => v.at_risk_subscriptions || "—", { id: atRisk, header: atRisk, align: "right" }),
    column.accessor((v) => shortage(v).label, {
      id: status,
      header: status,
      cell: ({ row: { original: v } }) => <StatusBadge color={shortage(v).color}>{shortage(v).label}</StatusBadge>,
    }),
  ]
}

/**
 * Variants with their stock, subscription demand and one-time sales, earliest run-out first (the API's order).
 * Not paged: the route answers with every variant at once, as the chart and the shortage count need them all.
 */
export const ForecastTable = ({
  variants,
  days,
  selected,
  onSelect,
}: {
  variants: VariantForecast[]
  days: number
  selected: string | null
  onSelect: (variantId: string | null) => void
}) => {
  const columns = useMemo(() => columnsFor(days, selected), [days, selected])
  const table = useDataTable({
    columns,
    data: variants,
    getRowId: (v) => v.variant_id,
    rowCount: variants.length,
    onRowClick: onRecordClick((v) => onSelect(selected === v.variant_id ? null : v.variant_id)),
  })
  return (
    <DataTable
      instance={table}
      className="[&_tr:has([data-short])_td]:bg-ui-tag-red-bg/40 [&_tr:has([data-selected])_td]:bg-ui-bg-base-pressed"
    >
      <DataTable.Table emptyState={emptyText("No variant tracks stock yet.")} />
    </DataTable>
  )
}
