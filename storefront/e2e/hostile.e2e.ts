import { readdirSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { describe, expect, it } from "vitest"
import { BACKEND_URL, STOREFRONT_URL } from "./stack"

/** Every page of the storefront, found from src/app: a new page is covered without anyone listing it. */
function pagePaths(): string[] {
  const appDir = join(__dirname, "..", "src", "app")
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === "page.tsx" ? [relative(appDir, dir)] : []
    )
  const paths = walk(appDir).map((dir) => `/${dir.split(sep).join("/")}`.replace(/\/$/, "") || "/")
  // The cached index pages are reached at their public addresses, which the proxy rewrites to /cached/….
  return paths.flatMap((path) => (path === "/cached/[page]" ? ["/", "/store", "/guides"] : [path]))
}

const HOSTILE_SEGMENTS = [
  "%E0%A4%A",
  "a%00b",
  "%ED%A0%80",
  "x".repeat(3000),
  "..%2F..%2Fetc%2Fpasswd",
  "%27%20OR%201%3D1--",
  "%25_%25",
  "%0D%0ASet-Cookie:%20x=1",
]
const HOSTILE_QUERIES = [
  "tag=%00",
  "q=%00",
  "q=%E0%A4%A",
  "page=-1",
  "page=99999999999999999999",
  "q[]=a&q[]=b",
  `q=${"a".repeat(5000)}`,
  "access=%00",
  "token=%E0%A4%A",
  "next=javascript:alert(1)",
  "tag=%25_%25",
  "q=%3Cscript%3Ealert(1)%3C/script%3E",
]

describe("hostile addresses on every storefront page", () => {
  it("are answered with a 4xx or the page, never a 5xx", async () => {
    const failures: string[] = []
    const paths = pagePaths()
    expect(paths).toEqual(expect.arrayContaining(["/", "/guides", "/products/[handle]", "/order/confirmed/[id]"]))
    for (const page of paths) {
      const targets = [
        ...(page.includes("[") ? HOSTILE_SEGMENTS.map((segment) => page.replace(/\[\w+\]/g, segment)) : []),
        ...HOSTILE_QUERIES.map((query) => `${page.replace(/\[\w+\]/g, "probe-missing")}?${query}`),
      ]
      for (const target of targets) {
        const res = await fetch(`${STOREFRONT_URL}${target}`, { redirect: "manual" })
        if (res.status >= 500) failures.push(`${res.status} ${target.slice(0, 120)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it("the issue's own examples are 400s", async () => {
    for (const target of ["/guides?tag=%00", "/guides?q=%00", "/products/%E0%A4%A", "/guides/%E0%A4%A"]) {
      expect({ target, status: (await fetch(`${STOREFRONT_URL}${target}`)).status }).toEqual({ target, status: 400 })
    }
  })
})

describe("security headers from the running servers", () => {
  it("every storefront page, cached or not, carries the policy: scripts only from the shop and Stripe, no framing", async () => {
    for (const path of ["/", "/guides", "/store", "/account", "/robots.txt", "/no-such-page"]) {
      const res = await fetch(`${STOREFRONT_URL}${path}`)
      const policy = res.headers.get("content-security-policy") ?? ""
      expect({ path, script: /script-src 'self' 'unsafe-inline' https:\/\/js\.stripe\.com(;|$)/.test(policy) }).toEqual({
        path,
        script: true,
      })
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
        expect({ path, directive, present: policy.includes(directive) }).toEqual({ path, directive, present: true })
      }
      expect(res.headers.get("x-content-type-options")).toBe("nosniff")
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
      expect(res.headers.get("permissions-policy")).toContain("camera=()")
      expect(res.headers.get("x-powered-by")).toBeNull()
      // Served over plain http here: HSTS only when the request came over https.
      expect(res.headers.get("strict-transport-security")).toBeNull()
    }
    const overTls = await fetch(`${STOREFRONT_URL}/guides`, { headers: { "x-forwarded-proto": "https" } })
    expect(overTls.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains")
  })

  it("the backend API and the admin dashboard cannot be framed or sniffed and do not name their framework", async () => {
    for (const path of ["/health", "/store/products", "/admin/products", "/app"]) {
      const res = await fetch(`${BACKEND_URL}${path}`, { redirect: "manual" })
      expect({ path, poweredBy: res.headers.get("x-powered-by") }).toEqual({ path, poweredBy: null })
      if (path === "/health") continue
      expect({ path, nosniff: res.headers.get("x-content-type-options") }).toEqual({ path, nosniff: "nosniff" })
      expect({ path, frames: res.headers.get("content-security-policy") }).toEqual({ path, frames: "frame-ancestors 'none'" })
    }
  })
})
