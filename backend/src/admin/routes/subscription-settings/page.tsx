import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { errorMessage } from "../../lib/format"
import { sdk } from "../../lib/sdk"

type RetentionSettings = { settings: { retention_discount_percent: number } }

const PATH = "/admin/subscription-settings"
const KEY = ["subscription-retention-settings"]

/**
 * The one-time discount the portal offers a customer about to cancel (0 switches the offer off). It applies
 * to that customer's next renewal only, and each subscription can take it once.
 */
const SubscriptionSettingsPage = () => {
  const queryClient = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: KEY,
    queryFn: () => sdk.client.fetch<RetentionSettings>(PATH),
  })
  const [percent, setPercent] = useState("0")
  useEffect(() => {
    if (data) setPercent(String(data.settings.retention_discount_percent))
  }, [data])

  const save = useMutation({
    mutationFn: () => sdk.client.fetch<RetentionSettings>(PATH, { method: "POST", body: { retention_discount_percent: Number(percent) } }),
    onSuccess: (result) => {
      queryClient.setQueryData(KEY, result)
      toast.success(
        result.settings.retention_discount_percent > 0
          ? `Customers about to cancel are offered ${result.settings.retention_discount_percent}% off their next delivery`
          : "No retention discount is offered"
      )
    },
    onError: (e) => toast.error(errorMessage(e)),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Subscription settings</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          What the customer portal offers before a cancellation goes through.
        </Text>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {isLoading ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : (
        <form
          className="flex max-w-xl flex-col gap-4 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            save.mutate()
          }}
        >
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="retention-discount">
              One-time retention discount (%)
            </Label>
            <Input
              id="retention-discount"
              type="number"
              min={0}
              max={50}
              step={0.5}
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
            <Text size="small" className="text-ui-fg-subtle">
              0 to 50. Taken off the next delivery only, once per subscription, on top of the subscribe-and-save price. 0 offers no
              discount.
            </Text>
          </div>
          <div>
            <Button size="small" type="submit" isLoading={save.isPending}>
              Save
            </Button>
          </div>
        </form>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Subscription settings", icon: ReceiptPercent })

export default SubscriptionSettingsPage
