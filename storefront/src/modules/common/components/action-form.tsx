"use client"

import { useActionState, useContext, useEffect, useTransition, type FormEvent, type ReactNode } from "react"
import { VISITOR_CHANGED_EVENT } from "@/lib/client/visitor"
import { IDLE, type FormAction } from "@/lib/forms"
import { ActionMessagesContext, useHydrated } from "./action-messages"
import { FormMessage } from "./form-message"
import { FormPendingContext } from "./submit-button"

/**
 * A form posting to a Server Action, with the action's answer shown under it. It works before and without
 * JavaScript too: the browser posts the form and the page comes back with the same message.
 *
 * With JavaScript the submit is dispatched by hand, because React resets a form after its action runs:
 * a customer whose address was refused for a missing postal code would lose everything typed.
 */
export function ActionForm({
  action,
  children,
  className,
  label,
}: {
  action: FormAction
  children: ReactNode
  className?: string
  /** Names the form for assistive technology when a page has several alike. */
  label?: string
}) {
  const [state, formAction, actionPending] = useActionState(action, IDLE)
  const [transitionPending, startTransition] = useTransition()
  const pending = actionPending || transitionPending
  // Inside an ActionMessagesProvider the answer goes to the group's one message place, which outlives this
  // form: the refresh after a pause or a cancellation may remove the form in the same render as its answer.
  const messages = useContext(ActionMessagesContext)
  const hydrated = useHydrated()
  // The header's cart count is read by the browser (pages are cached): an answered action may have changed it.
  useEffect(() => {
    if (state !== IDLE) window.dispatchEvent(new Event(VISITOR_CHANGED_EVENT))
  }, [state])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const data = new FormData(event.currentTarget)
    // The pressed button's name and value ("helpful" = "yes"), as a native submit would send them.
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    if (submitter instanceof HTMLButtonElement && submitter.name) data.append(submitter.name, submitter.value)
    if (messages) {
      const { publish } = messages
      startTransition(async () => publish(await action(state, data)))
      return
    }
    startTransition(() => formAction(data))
  }

  return (
    <form action={formAction} onSubmit={submit} className={className} aria-label={label} aria-busy={pending || undefined}>
      <FormPendingContext value={pending}>{children}</FormPendingContext>
      {!(messages && hydrated) && <FormMessage state={state} />}
    </form>
  )
}
