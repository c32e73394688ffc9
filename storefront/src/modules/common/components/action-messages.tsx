"use client"

import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from "react"
import type { ActionState } from "@/lib/forms"
import { FormMessage } from "./form-message"

interface ActionMessages {
  /** Shows a form's answer in place of the one before. */
  publish: (state: ActionState) => void
  latest: ActionState & { seq: number }
}

/**
 * One message place for a group of forms (a subscription's actions): each answer replaces the previous one
 * instead of piling up under every form that was used. Without JavaScript each form shows its own answer.
 */
export const ActionMessagesContext = createContext<ActionMessages | null>(null)

export function ActionMessagesProvider({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<ActionMessages["latest"]>({ status: "idle", message: "", seq: 0 })
  const publish = useCallback((state: ActionState) => setLatest((prev) => ({ ...state, seq: prev.seq + 1 })), [])
  const value = useMemo(() => ({ publish, latest }), [publish, latest])
  return <ActionMessagesContext value={value}>{children}</ActionMessagesContext>
}

/** Where the group's latest answer is shown (and announced). */
export function ActionMessagesOutlet({ className }: { className?: string }) {
  const messages = useContext(ActionMessagesContext)
  return (
    <div className={className} data-testid="action-message">
      <FormMessage key={messages?.latest.seq} state={messages?.latest ?? { status: "idle", message: "" }} />
    </div>
  )
}

const noSubscription = () => () => {}

/** False during the server render and hydration, true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false
  )
}
