import { Label, Select } from "@medusajs/ui"
import { WINDOW_CHOICES } from "../format"

/** How many days ahead the forecast looks. */
export const WindowSelect = ({ days, onChange }: { days: number; onChange: (days: number) => void }) => (
  <div className="flex items-center gap-2">
    <Label size="xsmall" htmlFor="forecast-window">
      Window
    </Label>
    <Select size="small" value={String(days)} onValueChange={(v) => onChange(Number(v))}>
      <Select.Trigger id="forecast-window" className="w-[140px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {WINDOW_CHOICES.map((d) => (
          <Select.Item key={d} value={String(d)}>
            Next {d} days
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)
