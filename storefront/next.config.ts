import type { NextConfig } from "next"
import { securityHeaderRules } from "./src/lib/security-headers"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typescript: {
    // Never ship a build with type errors (STYLE habit 10); stated so nobody flips it quietly.
    ignoreBuildErrors: false,
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
