import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typescript: {
    // Never ship a build with type errors (STYLE habit 10); stated so nobody flips it quietly.
    ignoreBuildErrors: false,
  },
}

export default nextConfig
