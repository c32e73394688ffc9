import { Button, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { subscriptionsApi } from "../client"
import { errorMessage } from "../format"
import type { AdminSubscription, RenewalResult } from "../types"
import { CancelDrawer, PauseDrawer } from "./action-drawers"
import { activityQueryKey } from "./subscription-activity"
import { AddressDrawer, ChangeScheduleDrawer } from "./change-drawers"

const RENEWAL_MESSAGE: Record<RenewalResult["outcome"], string> = {
  renewed: "Renewed: a new order was placed",
  already_renewed: "This delivery was already renewed",
  failed: "The renewal failed",
  skipped: "The renewal was skipped",
}

/**
 * Change schedule and address, pause, resume, cancel and renew-now buttons, offered only when the subscription's
 * state allows them.
 */
export const SubscriptionActions = ({ subscription }: { subscription: AdminSubscription }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [drawer, setDrawer] = useState<"pause" | "cancel" | "schedule" | "address" | null>(null)
  const allowed = new Set(subscription.allowed_actions)

  const act = useMutation({
    mutationFn: async (run: () => Promise<{ subscription: AdminSubscription; renewal?: RenewalResult }>) => run(),
    onSuccess: async (result) => {
      queryClient.setQueryData(["subscription", subscription.id], { subscription: result.subscription })
      await queryClient.invalidateQueries({ queryKey: ["subscriptions"] })
      await queryClient.invalidateQueries({ queryKey: activityQueryKey(subscription.id) })
      setDrawer(null)
      if (result.renewal) {
        const text = [RENEWAL_MESSAGE[result.renewal.outcome], result.renewal.reason].filter(Boolean).join(": ")
        if (result.renewal.outcome === "failed") toast.error(text)
        else toast.success(text)
      } else {
        toast.success(
          drawer === "schedule" || drawer === "address"
            ? "Subscription updated"
            : `Subscription is now ${result.subscription.status.replace("_", " ")}`
        )
      }
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const confirmThen = async (title: string, description: string, run: () => Promise<{ subscription: AdminSubscription }>) => {
    if (await prompt({ title, description, confirmText: title, cancelText: "Not now", variant: "confirmation" })) act.mutate(run)
  }

  return (
    <div className="flex flex-wrap gap-2">
      {allowed.has("renew") && (
        <Button
          size="small"
          variant="secondary"
          isLoading={act.isPending}
          onClick={() =>
            confirmThen(
              "Renew now",
              "Place and charge the next delivery's order now? The next delivery date moves on by one interval.",
              () => subscriptionsApi.renew(subscription.id)
            )
          }
        >
          Renew now
        </Button>
      )}
      {subscription.status !== "cancelled" && (
        <>
          <Button size="small" variant="secondary" onClick={() => setDrawer("schedule")}>
            Change schedule
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDrawer("address")}>
            Change address
          </Button>
        </>
      )}
      {allowed.has("pause") && (
        <Button size="small" variant="secondary" onClick={() => setDrawer("pause")}>
          Pause
        </Button>
      )}
      {allowed.has("resume") && (
        <Button
          size="small"
          variant="secondary"
          isLoading={act.isPending}
          onClick={() =>
            confirmThen("Resume", "Resume deliveries? If the planned date has passed, the next delivery is tomorrow.", () =>
              subscriptionsApi.resume(subscription.id)
            )
          }
        >
          Resume
        </Button>
      )}
      {allowed.has("cancel") && (
        <Button size="small" variant="danger" onClick={() => setDrawer("cancel")}>
          Cancel
        </Button>
      )}
      <PauseDrawer
        open={drawer === "pause"}
        onOpenChange={(open) => setDrawer(open ? "pause" : null)}
        busy={act.isPending}
        onSubmit={(values) => act.mutate(() => subscriptionsApi.pause(subscription.id, values))}
      />
      {drawer === "schedule" && (
        <ChangeScheduleDrawer
          subscription={subscription}
          open
          onOpenChange={(open) => setDrawer(open ? "schedule" : null)}
          busy={act.isPending}
          onSubmit={(values) => act.mutate(() => subscriptionsApi.change(subscription.id, values))}
        />
      )}
      {drawer === "address" && (
        <AddressDrawer
          subscription={subscription}
          open
          onOpenChange={(open) => setDrawer(open ? "address" : null)}
          busy={act.isPending}
          onSubmit={(values) => act.mutate(() => subscriptionsApi.changeAddress(subscription.id, values))}
        />
      )}
      <CancelDrawer
        open={drawer === "cancel"}
        onOpenChange={(open) => setDrawer(open ? "cancel" : null)}
        busy={act.isPending}
        onSubmit={(values) => act.mutate(() => subscriptionsApi.cancel(subscription.id, values))}
      />
    </div>
  )
}
