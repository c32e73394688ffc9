import type { Metadata } from "next"
import Link from "next/link"
import { readRegistrationLink, RegistrationLinkError, type RegistrationLink } from "@/lib/data/customer"
import { privatePageMetadata } from "@/lib/seo"
import authForms from "@/modules/account/components/auth-forms.module.css"
import { CompleteRegistrationForm, RegisterForm } from "@/modules/account/components/login-form"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Create an account", "/account/register")

interface RegisterPageProps {
  searchParams: Promise<{ token?: string | string[] }>
}

/**
 * Where the emailed registration link lands: with a good link, name and password; with an expired or broken
 * one, why, and the form to ask for a new link; with none, that form alone.
 */
export default async function RegisterPage({ searchParams }: RegisterPageProps) {
  const { token: rawToken } = await searchParams
  const token = (Array.isArray(rawToken) ? rawToken[0] : rawToken)?.slice(0, 2000) ?? ""
  let link: RegistrationLink | null = null
  let problem: string | null = null
  if (token) {
    try {
      link = await readRegistrationLink(token)
    } catch (error) {
      if (!(error instanceof RegistrationLinkError)) throw error
      problem = error.message
    }
  }
  return (
    <div className="account">
      <h1>Create an account</h1>
      {link ? (
        <CompleteRegistrationForm token={link.token} email={link.email} />
      ) : (
        <>
          {problem && (
            <p role="alert" className="notice notice--inline">
              {problem}
            </p>
          )}
          <div className={authForms.forms}>
            <RegisterForm next="/account" idPrefix="register-again" />
          </div>
          <p>
            Already have an account? <Link href="/account/login">Log in</Link>.
          </p>
        </>
      )}
    </div>
  )
}
