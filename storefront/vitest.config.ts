import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const reportsDir = process.env.REPORTS_DIR

export default defineConfig({
  // The js-sdk ships ESM without its TypeScript sources; vite would warn once per file about the sourcemaps.
  logLevel: "error",
  // No @vitejs/plugin-react: esbuild's automatic runtime is all the .tsx tests need.
  esbuild: { jsx: "automatic" },
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // The real package throws outside a React Server Components bundle; tests run the modules directly.
      "server-only": fileURLToPath(new URL("./src/test/server-only-stub.ts", import.meta.url)),
      // Its ESM build, inlined below, so its react/react-dom imports go through `dedupe` instead of Node's
      // require, which would find the workspace root's React 18.
      "@testing-library/react": fileURLToPath(
        new URL("../node_modules/@testing-library/react/dist/@testing-library/react.esm.js", import.meta.url)
      ),
    },
    // The workspace root also holds React 18 (for the Medusa admin); tests must render with the storefront's React 19.
    dedupe: ["react", "react-dom"],
  },
  test: {
    reporters: reportsDir ? ["default", "json"] : ["default"],
    outputFile: reportsDir ? { json: `${reportsDir}/storefront.json` } : undefined,
    projects: [
      {
        extends: true,
        test: { name: "data", environment: "node", include: ["src/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "components",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["./src/test/setup-dom.ts"],
          server: { deps: { inline: [/@testing-library[\\/]react/] } },
          alias: { "next/link": fileURLToPath(new URL("./src/test/next-link-stub.tsx", import.meta.url)) },
        },
      },
    ],
  },
})
