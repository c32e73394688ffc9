import { Button, DatePicker, Drawer, Input, Label, Text } from "@medusajs/ui"
import { SUBSCRIPTION_QUANTITY } from "@biome/shared"
import { useState } from "react"
import type { AdminSubscription, SubscriptionAddress, SubscriptionChange } from "../types"

interface DrawerProps<T> {
  subscription: AdminSubscription
  open: boolean
  onOpenChange: (open: boolean) => void
  busy: boolean
  onSubmit: (values: T) => void
}

/** "2026-12-01" for the day the admin picked in their own calendar. */
const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`

/** Frequency, quantity and next date for the customer; only what the admin changed is sent, and the API checks it. */
export const ChangeScheduleDrawer = ({ subscription, open, onOpenChange, busy, onSubmit }: DrawerProps<SubscriptionChange>) => {
  const [interval, setInterval] = useState(String(subscription.interval_days))
  const [quantity, setQuantity] = useState(String(subscription.quantity))
  const [next, setNext] = useState<Date | null>(null)
  const changes: SubscriptionChange = {
    ...(Number(interval) !== subscription.interval_days ? { interval_days: Number(interval) } : {}),
    ...(Number(quantity) !== subscription.quantity ? { quantity: Number(quantity) } : {}),
    ...(next ? { next_delivery_at: dayOf(next) } : {}),
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Change schedule</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="change-interval">
              Deliver every (days)
            </Label>
            <Input id="change-interval" type="number" min={1} value={interval} onChange={(e) => setInterval(e.target.value)} />
            <Text size="small" className="text-ui-fg-subtle">
              Only the intervals the product offers are accepted.
            </Text>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="change-quantity">
              Quantity
            </Label>
            <Input
              id="change-quantity"
              type="number"
              min={SUBSCRIPTION_QUANTITY.min}
              max={SUBSCRIPTION_QUANTITY.max}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">Next delivery (optional)</Label>
            <DatePicker value={next} onChange={setNext} minValue={new Date(Date.now() + 86_400_000)} />
            <Text size="small" className="text-ui-fg-subtle">
              Leave empty to keep the current date.
            </Text>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Keep as is</Button>
          </Drawer.Close>
          <Button isLoading={busy} disabled={Object.keys(changes).length === 0} onClick={() => onSubmit(changes)}>
            Save changes
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const FIELDS: { key: keyof SubscriptionAddress; label: string; required?: boolean }[] = [
  { key: "first_name", label: "First name", required: true },
  { key: "last_name", label: "Last name", required: true },
  { key: "company", label: "Company" },
  { key: "address_1", label: "Address", required: true },
  { key: "address_2", label: "Apartment, suite" },
  { key: "city", label: "City", required: true },
  { key: "province", label: "State or province" },
  { key: "postal_code", label: "Postal code", required: true },
  { key: "country_code", label: "Country code (e.g. us)", required: true },
  { key: "phone", label: "Phone" },
]

/** Where future deliveries go; the API checks the region ships to the country. */
export const AddressDrawer = ({ subscription, open, onOpenChange, busy, onSubmit }: DrawerProps<SubscriptionAddress>) => {
  const current = subscription.delivery_address ?? subscription.shipping_address ?? {}
  const [address, setAddress] = useState<Record<string, string>>(
    Object.fromEntries(FIELDS.map((f) => [f.key, (current[f.key] as string | null | undefined) ?? ""]))
  )
  const complete = FIELDS.every((f) => !f.required || address[f.key]!.trim())
  const body = Object.fromEntries(Object.entries(address).filter(([, v]) => v.trim())) as unknown as SubscriptionAddress
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Delivery address</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3 overflow-y-auto">
          {FIELDS.map((f) => (
            <div key={f.key} className="flex flex-col gap-1">
              <Label size="small" htmlFor={`address-${f.key}`}>
                {f.label}
                {f.required ? "" : " (optional)"}
              </Label>
              <Input id={`address-${f.key}`} value={address[f.key]} onChange={(e) => setAddress({ ...address, [f.key]: e.target.value })} />
            </div>
          ))}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Keep the old address</Button>
          </Drawer.Close>
          <Button isLoading={busy} disabled={!complete} onClick={() => onSubmit(body)}>
            Save address
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
