import { Text } from "@medusajs/ui"

const WIDTH = 520
const HEIGHT = 140
const AXIS = 18
const GAP = 6

/** Units due per week as plain SVG bars; week 1 starts on `from`. */
export const WeeklyDemandChart = ({ weeks, from, title }: { weeks: number[]; from: string; title: string }) => {
  const max = Math.max(1, ...weeks)
  const barWidth = (WIDTH - GAP * (weeks.length - 1)) / weeks.length
  const start = new Date(from).getTime()
  const weekLabel = (week: number) =>
    new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(start + week * 7 * 86_400_000))

  return (
    <figure className="flex flex-col gap-2">
      <Text size="small" weight="plus">{title}</Text>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={title} className="w-full max-w-[640px]">
        {weeks.map((units, week) => {
          const height = units === 0 ? 0 : Math.max(2, (units / max) * (HEIGHT - 14))
          const x = week * (barWidth + GAP)
          return (
            <g key={week}>
              <title>{`Week of ${weekLabel(week)}: ${units} units`}</title>
              <rect x={x} y={HEIGHT - height} width={barWidth} height={height} rx={2} className="fill-ui-fg-interactive" />
              {units > 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - height - 3} textAnchor="middle" fontSize={10} className="fill-ui-fg-subtle">
                  {units}
                </text>
              )}
              {week % 2 === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT + 13} textAnchor="middle" fontSize={10} className="fill-ui-fg-muted">
                  {weekLabel(week)}
                </text>
              )}
            </g>
          )
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-ui-border-base" />
      </svg>
    </figure>
  )
}
