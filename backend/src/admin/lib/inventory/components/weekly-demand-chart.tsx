import { Text } from "@medusajs/ui"

const WIDTH = 520
const HEIGHT = 140
const AXIS = 18

/**
 * Units due per week of the chosen window as plain SVG bars, week 1 starting on `from`: subscription units, with
 * the one-time units expected at the recent rate stacked on top in a lighter shade when given.
 */
export const WeeklyDemandChart = ({
  weeks,
  oneTime,
  from,
  title,
}: {
  weeks: number[]
  oneTime?: number[]
  from: string
  title: string
}) => {
  const totals = weeks.map((units, week) => units + (oneTime?.[week] ?? 0))
  const max = Math.max(1, ...totals)
  const gap = weeks.length > 20 ? 2 : 6
  const barWidth = (WIDTH - gap * (weeks.length - 1)) / Math.max(1, weeks.length)
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 7))
  const start = new Date(from).getTime()
  const weekLabel = (week: number) =>
    new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(start + week * 7 * 86_400_000))
  const barHeight = (units: number) => (units <= 0 ? 0 : Math.max(2, (units / max) * (HEIGHT - 14)))

  return (
    <figure className="flex flex-col gap-2">
      <Text size="small" weight="plus">
        {title}
      </Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={title} className="w-full max-w-[640px]">
        {weeks.map((units, week) => {
          const extra = oneTime?.[week] ?? 0
          const subscriptionHeight = barHeight(units)
          const totalHeight = barHeight(units + extra)
          const x = week * (barWidth + gap)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a bar is its week: the index is the week number
            <g key={week}>
              <title>{`Week of ${weekLabel(week)}: ${units} subscription units${oneTime ? `, about ${extra} one-time` : ""}`}</title>
              {totalHeight > subscriptionHeight && (
                <rect
                  x={x}
                  y={HEIGHT - totalHeight}
                  width={barWidth}
                  height={totalHeight - subscriptionHeight}
                  rx={2}
                  className="fill-ui-tag-blue-border"
                />
              )}
              <rect
                x={x}
                y={HEIGHT - subscriptionHeight}
                width={barWidth}
                height={subscriptionHeight}
                rx={2}
                className="fill-ui-fg-interactive"
              />
              {units > 0 && weeks.length <= 13 && (
                <text x={x + barWidth / 2} y={HEIGHT - totalHeight - 3} textAnchor="middle" fontSize={10} className="fill-ui-fg-subtle">
                  {units}
                </text>
              )}
              {week % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT + 13} textAnchor="middle" fontSize={10} className="fill-ui-fg-muted">
                  {weekLabel(week)}
                </text>
              )}
            </g>
          )
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-ui-border-base" />
      </svg>
      {oneTime && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Dark: subscription deliveries due. Light: one-time sales expected at the last 30 days' rate.
        </Text>
      )}
    </figure>
  )
}
