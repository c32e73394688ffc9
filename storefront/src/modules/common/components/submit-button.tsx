"use client"

import { createContext, useContext, type ReactNode } from "react"
import { useFormStatus } from "react-dom"

/** Set by ActionForm while its action runs, since it dispatches submits itself. */
export const FormPendingContext = createContext(false)

/** A form's submit button that says it is working and cannot be pressed twice while the action runs. */
export function SubmitButton({
  children,
  className = "button",
  name,
  value,
  disabled,
}: {
  children: ReactNode
  className?: string
  name?: string
  value?: string
  disabled?: boolean
}) {
  const { pending: submitting } = useFormStatus()
  const pending = useContext(FormPendingContext) || submitting
  return (
    <button
      type="submit"
      className={className}
      name={name}
      value={value}
      disabled={disabled || pending}
      aria-disabled={disabled || pending || undefined}
    >
      {children}
    </button>
  )
}
