"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import { placeOrderAction } from "@/lib/actions/checkout"
import { IDLE } from "@/lib/forms"
import styles from "./stripe-payment.module.css"

// The few parts of Stripe.js (https://js.stripe.com/v3) this component uses; the script defines window.Stripe.
interface StripeError {
  message?: string
}
interface StripePaymentElement {
  mount(element: HTMLElement): void
  destroy(): void
}
interface StripeElements {
  create(type: "payment"): StripePaymentElement
}
interface StripeClient {
  elements(options: { clientSecret: string }): StripeElements
  confirmPayment(options: {
    elements: StripeElements
    redirect: "if_required"
    confirmParams: { return_url: string }
  }): Promise<{ error?: StripeError }>
  retrievePaymentIntent(clientSecret: string): Promise<{ paymentIntent?: { status: string } }>
}
declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeClient
  }
}

const STRIPE_JS = "https://js.stripe.com/v3/"
// A PaymentIntent in one of these states has been authorised already (e.g. after a bank's 3-D Secure page).
const AUTHORISED = new Set(["requires_capture", "succeeded", "processing"])

function loadStripeJs(): Promise<void> {
  if (window.Stripe) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const existing = document.querySelector<HTMLScriptElement>(`script[src="${STRIPE_JS}"]`)
    const script = existing ?? Object.assign(document.createElement("script"), { src: STRIPE_JS, async: true })
    script.addEventListener("load", () => resolve(), { once: true })
    script.addEventListener("error", () => reject(new Error("Stripe.js did not load")), { once: true })
    if (!existing) document.head.appendChild(script)
  })
}

/**
 * Card payment with Stripe Elements: the card form is Stripe's own, so card numbers never touch the shop.
 * "Place order" confirms the card with Stripe, then places the order through the same Server Action as
 * every other payment method.
 */
export function StripePayment({ publishableKey, clientSecret }: { publishableKey: string; clientSecret: string }) {
  const mountRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<{ stripe: StripeClient; elements: StripeElements } | null>(null)
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading")
  const [message, setMessage] = useState("")
  const [pending, startTransition] = useTransition()

  useEffect(() => {
    let element: StripePaymentElement | null = null
    let cancelled = false
    loadStripeJs()
      .then(() => {
        if (cancelled || !window.Stripe || !mountRef.current) return
        const stripe = window.Stripe(publishableKey)
        const elements = stripe.elements({ clientSecret })
        element = elements.create("payment")
        element.mount(mountRef.current)
        stripeRef.current = { stripe, elements }
        setStatus("ready")
      })
      .catch(() => {
        if (!cancelled) setStatus("failed")
      })
    return () => {
      cancelled = true
      element?.destroy()
    }
  }, [publishableKey, clientSecret])

  function placeOrder() {
    const loaded = stripeRef.current
    if (!loaded) return
    setMessage("")
    startTransition(async () => {
      const { paymentIntent } = await loaded.stripe.retrievePaymentIntent(clientSecret)
      if (!paymentIntent || !AUTHORISED.has(paymentIntent.status)) {
        const { error } = await loaded.stripe.confirmPayment({
          elements: loaded.elements,
          redirect: "if_required",
          confirmParams: { return_url: window.location.href },
        })
        if (error) {
          setMessage(error.message ?? "Your card was not accepted. Please check the details or try another card.")
          return
        }
      }
      // On success the action redirects to the confirmation page; otherwise it says what went wrong.
      const result = await placeOrderAction(IDLE, new FormData())
      if (result.status === "error") setMessage(result.message)
    })
  }

  return (
    <div>
      <div ref={mountRef} className={styles.element} />
      {status === "loading" && <p className="meta">Loading the secure card form…</p>}
      {status === "failed" && (
        <p role="alert" className="form-message form-message--error">
          The card form could not load. Please check your connection and reload the page.
        </p>
      )}
      <noscript>
        <p className="form-message form-message--error">Card payments need JavaScript. Please enable it to pay by card.</p>
      </noscript>
      <button type="button" className="button button--large" onClick={placeOrder} disabled={status !== "ready" || pending}>
        Place order
      </button>
      <p role="alert" className="form-message form-message--error">
        {message}
      </p>
    </div>
  )
}
