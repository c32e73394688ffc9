import { StatusBadge, Table, Text, clx } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { forecastColumns, formatCover, formatDay, shortage } from "../format"
import type { VariantForecast } from "../types"

const TEXT_COLUMNS = new Set(["Variant", "Cover", "Runs out", "Status"])

/** Variants with their stock, subscription demand and one-time sales, earliest run-out first (the API's order). */
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
}) => (
  <Table>
    <Table.Header>
      <Table.Row>
        {forecastColumns(days).map((heading) => (
          <Table.HeaderCell key={heading} className={clx(!TEXT_COLUMNS.has(heading) && "text-right")}>
            {heading}
          </Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {variants.map((v) => {
        const status = shortage(v)
        const short = status.color !== "green"
        return (
          <Table.Row
            key={v.variant_id}
            className={clx("cursor-pointer", short && "bg-ui-tag-red-bg/40", selected === v.variant_id && "bg-ui-bg-base-pressed")}
            onClick={() => onSelect(selected === v.variant_id ? null : v.variant_id)}
          >
            <Table.Cell>
              <div className="flex flex-col">
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
            </Table.Cell>
            <Table.Cell className="text-right">
              <div className="flex flex-col">
                <span className={clx(v.available <= 0 && "text-ui-fg-error")}>{v.available}</span>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {v.stocked} in stock, {v.reserved} held
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell className="text-right">{v.units_needed.next_7_days}</Table.Cell>
            <Table.Cell className="text-right">{v.units_needed.next_30_days}</Table.Cell>
            <Table.Cell className="text-right">{v.units_needed.next_60_days}</Table.Cell>
            <Table.Cell className="text-right">{v.units_needed.next_90_days}</Table.Cell>
            <Table.Cell className={clx("text-right", v.short_by > 0 && "text-ui-fg-error font-medium")}>
              {v.units_needed.in_window}
            </Table.Cell>
            <Table.Cell className="text-right">{v.subscription_daily_demand}</Table.Cell>
            <Table.Cell className="text-right">
              <div className="flex flex-col">
                <span>{v.one_time_daily_demand}</span>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {v.one_time_units_sold} sold in 30 days
                </Text>
              </div>
            </Table.Cell>
            <Table.Cell className={clx(v.below_threshold && "text-ui-fg-error")}>{formatCover(v.days_of_cover)}</Table.Cell>
            <Table.Cell>{formatDay(v.run_out_date)}</Table.Cell>
            <Table.Cell className="text-right">{v.at_risk_subscriptions || "—"}</Table.Cell>
            <Table.Cell>
              <StatusBadge color={status.color}>{status.label}</StatusBadge>
            </Table.Cell>
          </Table.Row>
        )
      })}
    </Table.Body>
  </Table>
)
