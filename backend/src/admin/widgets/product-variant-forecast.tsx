import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { inventoryApi } from "../lib/inventory/client"
import { ThresholdEditor } from "../lib/inventory/components/threshold-editor"
import { WeeklyDemandChart } from "../lib/inventory/components/weekly-demand-chart"
import { WindowSelect } from "../lib/inventory/components/window-select"
import { errorMessage, formatCover, formatDay, oneTimeWeekly, shortage } from "../lib/inventory/format"

const Figure = ({ label, value, alert }: { label: string; value: string | number; alert?: boolean }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus" className={alert ? "text-ui-fg-error" : undefined}>
      {value}
    </Text>
  </div>
)

/**
 * On a variant's page, in the side column right under its prices so it is seen without scrolling (this Medusa
 * version places every widget after the page's own sections, so the main column would put it at the bottom):
 * its stock against subscription demand and one-time sales, its threshold, and who waits for a restock.
 */
const ProductVariantForecastWidget = ({ data: variant }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => {
  const [days, setDays] = useState(30)
  const tracked = variant.manage_inventory !== false
  const forecast = useQuery({
    queryKey: ["subscription-forecast", days, variant.id],
    queryFn: () => inventoryApi.forecast({ days, variant_id: variant.id }),
    enabled: tracked,
  })
  const waiting = useQuery({
    queryKey: ["back-in-stock-requests", variant.id],
    queryFn: () => inventoryApi.backInStockRequests({ variant_id: variant.id, status: "waiting" }),
    enabled: tracked,
  })
  const figures = forecast.data?.variants[0]

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">Demand forecast</Heading>
        {tracked && <WindowSelect days={days} onChange={setDays} />}
      </div>
      {!tracked && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          This variant does not track stock.
        </Text>
      )}
      {forecast.isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(forecast.error)}</Text>}
      {tracked && forecast.data && !figures && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No stock location holds this variant yet.
        </Text>
      )}
      {figures && (
        <>
          <div className="grid grid-cols-2 gap-x-6 gap-y-3 px-6 py-4">
            <div className="col-span-2">
              <StatusBadge color={shortage(figures).color}>{shortage(figures).label}</StatusBadge>
            </div>
            <Figure
              label="Available"
              value={`${figures.available} (${figures.stocked} in stock, ${figures.reserved} held)`}
              alert={figures.available <= 0}
            />
            <Figure label={`Subscriptions need in ${days} days`} value={figures.units_needed.in_window} alert={figures.short_by > 0} />
            <Figure label={`One-time sales expected in ${days} days`} value={figures.one_time_in_window} alert={figures.short_by > 0} />
            <Figure
              label="Subscriptions due in 7 / 30 / 60 / 90 days"
              value={`${figures.units_needed.next_7_days} / ${figures.units_needed.next_30_days} / ${figures.units_needed.next_60_days} / ${figures.units_needed.next_90_days}`}
            />
            <Figure
              label="Units a day: subscriptions + one-time"
              value={`${figures.subscription_daily_demand} + ${figures.one_time_daily_demand}`}
            />
            <Figure label="One-time sold, last 30 days" value={figures.one_time_units_sold} />
            <Figure label="Cover" value={formatCover(figures.days_of_cover)} alert={figures.below_threshold} />
            <Figure label="Runs out" value={formatDay(figures.run_out_date)} />
            <Figure
              label="Subscriptions (past due, at risk)"
              value={`${figures.subscriptions} (${figures.past_due_subscriptions}, ${figures.at_risk_subscriptions})`}
              alert={figures.at_risk_subscriptions > 0}
            />
            <Figure label="Waiting for restock" value={waiting.data?.count ?? "—"} />
          </div>
          {figures.locations.length > 1 && (
            <div className="flex flex-col gap-1 px-6 py-4">
              {figures.locations.map((l) => (
                <Text key={l.location_id} size="small">
                  {l.location_name}: {l.available} available, {l.units_needed.in_window} needed by subscriptions it serves
                  {l.run_out_date ? `, runs out ${formatDay(l.run_out_date)}` : ""}
                </Text>
              ))}
            </div>
          )}
          <div className="px-6 py-4">
            <WeeklyDemandChart
              weeks={figures.units_per_week}
              oneTime={oneTimeWeekly(figures.one_time_daily_demand, days)}
              from={forecast.data!.generated_at}
              title={`Units due per week, next ${days} days`}
            />
          </div>
          <div className="px-6 py-4">
            <ThresholdEditor variantId={variant.id} thresholdDays={figures.low_stock_threshold_days} />
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_variant.details.side.after" })

export default ProductVariantForecastWidget
