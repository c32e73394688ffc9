import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getCustomer } from "@/lib/data/customer"
import { safeReturnPath } from "@/lib/forms"
import { privatePageMetadata } from "@/lib/seo"
import { AuthForms } from "@/modules/account/components/login-form"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Log in", "/account/login")

interface LoginPageProps {
  searchParams: Promise<{ next?: string | string[] }>
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { next: rawNext } = await searchParams
  const next = safeReturnPath(Array.isArray(rawNext) ? rawNext[0] : rawNext)
  if (await getCustomer()) redirect(next)
  return (
    <div className="account">
      <h1>Log in or create an account</h1>
      {next !== "/account" && <p className="lead">Please log in to continue. You&apos;ll come straight back afterwards.</p>}
      <AuthForms next={next} />
    </div>
  )
}
