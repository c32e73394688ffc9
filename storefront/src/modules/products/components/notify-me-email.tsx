"use client"

import { useEffect, useRef } from "react"
import { fetchVisitor } from "@/lib/client/visitor"

/**
 * The "notify me" email field. A logged-in customer finds their email filled in by the browser after the page
 * loads, so the product page itself carries nobody's address and can be cached for everyone.
 */
export function NotifyMeEmail({ id }: { id: string }) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    let current = true
    void fetchVisitor({ email: true }).then((visitor) => {
      const field = input.current
      // Never overwrite what the visitor has started typing.
      if (current && field && !field.value && visitor?.email) field.value = visitor.email
    })
    return () => {
      current = false
    }
  }, [])
  return <input ref={input} id={id} name="email" type="email" autoComplete="email" required defaultValue="" />
}
