// Takes docs/screenshots/guide-editor.png from a running, freshly seeded backend with an admin user. It moves one
// seeded guide back to drafts and types an unsaved disease claim into it, so use a throwaway database:
//   BACKEND_URL=http://localhost:9000 ADMIN_EMAIL=… ADMIN_PASSWORD=… node docs/screenshots/admin-guide-editor.mjs
// Plain-http logins need the backend in development mode (NODE_ENV=development) until the session cookie is fixed.
import { chromium } from "playwright-core"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
})
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1300 } })
  page.setDefaultTimeout(180_000) // the development server compiles the dashboard on first load
  await page.goto(`${backend}/app/login`, { waitUntil: "domcontentloaded" })
  await page.fill('input[name="email"]', process.env.ADMIN_EMAIL ?? "admin@biome-bloom.local")
  await page.fill('input[name="password"]', process.env.ADMIN_PASSWORD ?? "")
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
  // The guide with the most linked products, as a draft: its links, the primary marking and a blocked Publish.
  const guide = await page.evaluate(async () => {
    const { guides } = await (await fetch("/admin/guides?limit=100", { credentials: "include" })).json()
    const chosen = guides.sort((a, b) => b.product_count - a.product_count)[0]
    await fetch(`/admin/guides/${chosen.id}/unpublish`, {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json" },
      body: "{}",
    })
    return chosen
  })
  await page.goto(`${backend}/app/guides/${guide.id}`, { waitUntil: "domcontentloaded" })
  const body = page.locator("textarea").nth(1)
  await body.fill(`${await body.inputValue()}\n\nThis probiotic cures eczema.`)
  await page.getByText(/problems? to fix before publishing/).waitFor()
  await page.screenshot({ path: join(dirname(fileURLToPath(import.meta.url)), "guide-editor.png") })
  console.log(`guide-editor.png: ${guide.title}`)
} finally {
  await browser.close()
}
