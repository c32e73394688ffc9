import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { inventoryApi } from "../../lib/inventory/client"
import { ForecastTable } from "../../lib/inventory/components/forecast-table"
import { WeeklyDemandChart } from "../../lib/inventory/components/weekly-demand-chart"
import { WindowSelect } from "../../lib/inventory/components/window-select"
import { errorMessage, oneTimeWeekly, weeklyTotals } from "../../lib/inventory/format"

/** What active subscriptions will need from stock, variant by variant, with the ones that run out first on top. */
const SubscriptionForecastPage = () => {
  const [days, setDays] = useState(30)
  const [selected, setSelected] = useState<string | null>(null)
  const forecast = useQuery({
    queryKey: ["subscription-forecast", days],
    queryFn: () => inventoryApi.forecast({ days }),
    placeholderData: keepPreviousData,
  })
  const variants = forecast.data?.variants ?? []
  const chosen = variants.find((v) => v.variant_id === selected)
  const short = variants.filter((v) => v.short_by > 0 || v.below_threshold || v.available <= 0).length
  const oneTimePerDay = chosen ? chosen.one_time_daily_demand : variants.reduce((sum, v) => sum + v.one_time_daily_demand, 0)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Subscription forecast</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Units that active and past-due subscriptions will need and one-time sales at their last-30-days rate, next to available stock.
            Variants that run out first are on top; those nobody needs follow, least stock first.
          </Text>
        </div>
        <WindowSelect days={days} onChange={setDays} />
      </div>
      {forecast.isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(forecast.error)}</Text>}
      {forecast.data && (
        <div className="flex flex-col gap-2 px-6 py-4">
          <WeeklyDemandChart
            weeks={chosen ? chosen.units_per_week : weeklyTotals(variants)}
            oneTime={oneTimeWeekly(oneTimePerDay, forecast.data.days)}
            from={forecast.data.generated_at}
            title={`Units due per week, next ${forecast.data.days} days: ${chosen ? `${chosen.product_title}, ${chosen.variant_title}` : "all variants"}`}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {short ? `${short} variant${short === 1 ? "" : "s"} out of stock, short or under the low-stock threshold. ` : ""}
            Click a row to chart that variant alone. Demand is counted against all of a variant's locations.
          </Text>
        </div>
      )}
      {forecast.isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Working out demand…</Text>
      ) : (
        <ForecastTable variants={variants} days={days} selected={selected} onSelect={setSelected} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Subscription forecast", icon: ChartBar, nested: "/inventory" })

export default SubscriptionForecastPage
