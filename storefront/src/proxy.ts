import { NextResponse, type NextRequest } from "next/server"
import { cachedPageRewrite } from "@/lib/cached-pages"
import { hostileAddressProblem } from "@/lib/hostile-address"

/**
 * A hostile address is a 400 before any page renders or asks the backend anything. /store and the plain
 * /guides are rewritten to their cached renders (src/lib/cached-pages.ts); the home page, which reads no
 * query string, skips the proxy and is rewritten by next.config.ts.
 */
export function proxy(request: NextRequest) {
  const url = new URL(request.url)
  const problem = hostileAddressProblem(`${url.pathname}${url.search}`)
  if (problem) {
    return new NextResponse(`${problem}.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  const rewrite = cachedPageRewrite(url.pathname, url.searchParams)
  if (rewrite === "not-found") return NextResponse.rewrite(new URL("/cached/not-a-page", url))
  if (rewrite) return NextResponse.rewrite(new URL(`${rewrite}${url.search}`, url))
  return NextResponse.next()
}

export const config = {
  // Built assets are never hostile and are served without running anything. Nor is a product, category or
  // guide address made only of the characters a handle may have (HANDLE_PATTERN): those cached pages are
  // sent straight from Next's cache, which the proxy's run would cost a fifth of the CPU of a cached view
  // (README: Benchmarks). Anything else there (a percent sign, a dot) still meets the proxy, and such pages
  // read no query string. Nor does the home page, which next.config.ts rewrites to its cached render.
  matcher: ["/((?!$|_next/static|_next/image|(?:products|categories|guides)/[a-z0-9-]+$).*)"],
}
