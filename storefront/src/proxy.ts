import { NextResponse, type NextRequest } from "next/server"
import { hostileAddressProblem } from "@/lib/hostile-address"

/** A hostile address is a 400 before any page renders or asks the backend anything. */
export function proxy(request: NextRequest) {
  const url = new URL(request.url)
  const problem = hostileAddressProblem(`${url.pathname}${url.search}`)
  if (problem) {
    return new NextResponse(`${problem}.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } })
  }
  return NextResponse.next()
}

export const config = {
  // Built assets are never hostile and are served without running anything.
  matcher: ["/((?!_next/static|_next/image).*)"],
}
