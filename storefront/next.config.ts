import type { NextConfig } from "next"
import { securityHeaderRules } from "./src/lib/security-headers"

const nextConfig: NextConfig = {
  // The test command builds into its own folder (NEXT_DIST_DIR=.next-test), so a running `npm start` keeps its build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  experimental: {
    // Pages rendered at runtime are kept in memory only with NEXT_ISR_MEMORY_ONLY=1 (tests and benchmarks, each
    // on a fresh database): otherwise they are also written under the build folder (server/route-cache) and
    // outlive the process.
    isrFlushToDisk: process.env.NEXT_ISR_MEMORY_ONLY !== "1",
  },
  poweredByHeader: false,
  // Next would hash every cached page's whole HTML on every request for an ETag (a twentieth of a cached
  // view's CPU); cached pages are revalidated by s-maxage / stale-while-revalidate instead, and built assets
  // are immutable by name.
  generateEtags: false,
  typescript: {
    // Never ship a build with type errors (STYLE habit 10); stated so nobody flips it quietly.
    ignoreBuildErrors: false,
  },
  // The home page is served by its cached render (src/app/cached/[page]) without meeting the proxy, which would
  // cost a fifth of a cached view's CPU (src/proxy.ts). A category's ?page=N is served by its own cached render
  // (src/app/categories/[handle]/page/[page]); the first page and a malformed number stay at the plain address.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/cached/home" },
        {
          source: "/categories/:handle",
          has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,3})" }],
          destination: "/categories/:handle/page/:page",
        },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
  // Static headers, so cached pages carry them too (src/lib/security-headers.ts).
  async headers() {
    return securityHeaderRules({
      development: process.env.NODE_ENV === "development",
      httpsOnly: (process.env.NEXT_PUBLIC_BASE_URL ?? "").startsWith("https://"),
    })
  },
}

export default nextConfig
