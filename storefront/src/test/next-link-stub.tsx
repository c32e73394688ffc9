import type { AnchorHTMLAttributes, ReactNode } from "react"

// next/link resolves React from the workspace root (React 18) under vitest; a plain anchor is all
// the component tests need to check where a link goes.
export default function Link({
  href,
  children,
  prefetch: _prefetch,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children?: ReactNode; prefetch?: boolean | null }) {
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  )
}
