import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { subscriptionsApi } from "@/admin/lib/subscriptions/client"
import { errorMessage } from "@/admin/lib/subscriptions/format"
import type { RenewalPolicy } from "@/admin/lib/subscriptions/types"

/** "1, 3, 7" → [1, 3, 7]; the API says what is wrong with a schedule it refuses. */
const parseDays = (text: string) =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)

/** The shop's renewal policy: when failed renewals are retried, what happens after the last try, reminders. */
const RenewalPolicyPage = () => {
  const queryClient = useQueryClient()
  const { data, isLoading } = useQuery({ queryKey: ["subscription-renewal-policy"], queryFn: subscriptionsApi.policy })
  const [retryDays, setRetryDays] = useState("")
  const [afterFinal, setAfterFinal] = useState<RenewalPolicy["after_final_failure"]>("pause")
  const [reminder, setReminder] = useState("3")

  useEffect(() => {
    if (!data) return
    setRetryDays(data.settings.retry_schedule_days.join(", "))
    setAfterFinal(data.settings.after_final_failure)
    setReminder(String(data.settings.reminder_days_before))
  }, [data])

  const save = useMutation({
    mutationFn: () =>
      subscriptionsApi.savePolicy({
        retry_schedule_days: parseDays(retryDays),
        after_final_failure: afterFinal,
        reminder_days_before: Number(reminder),
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(["subscription-renewal-policy"], result)
      toast.success("Renewal policy saved")
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Renewal policy</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          How subscriptions are retried after a failed payment, and when customers are reminded.
        </Text>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">Loading…</Text>
      ) : (
        <div className="flex max-w-xl flex-col gap-5 px-6 py-4">
          <div className="flex flex-col gap-1">
            <Label size="small">Retry after (days)</Label>
            <Input value={retryDays} onChange={(e) => setRetryDays(e.target.value)} placeholder="1, 3, 7" />
            <Text size="small" className="text-ui-fg-subtle">
              Up to 5 waits, each 1–30 days and longer than the one before, counted from the previous failure.
            </Text>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">After the last retry fails</Label>
            <Select value={afterFinal} onValueChange={(v) => setAfterFinal(v as RenewalPolicy["after_final_failure"])}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="pause">Pause the subscription</Select.Item>
                <Select.Item value="cancel">Cancel the subscription</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">Reminder before each renewal (days)</Label>
            <Input type="number" min={0} max={14} value={reminder} onChange={(e) => setReminder(e.target.value)} />
            <Text size="small" className="text-ui-fg-subtle">
              0 to 14; 0 sends no reminder ahead of the charge.
            </Text>
          </div>
          <div>
            <Button size="small" isLoading={save.isPending} onClick={() => save.mutate()}>
              Save policy
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export default RenewalPolicyPage
