import { revalidateTag } from "next/cache"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { POST } from "./route"

vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }))

const SECRET = "a-long-shared-secret-for-revalidation"

function request(body: unknown, secret: string | null = SECRET) {
  return new Request("http://localhost:8000/api/revalidate", {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null ? { "x-revalidate-secret": secret } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  })
}

beforeEach(() => {
  vi.stubEnv("REVALIDATE_SECRET", SECRET)
  vi.mocked(revalidateTag).mockClear()
})

afterEach(() => vi.unstubAllEnvs())

describe("POST /api/revalidate, called by the backend after an admin edit", () => {
  it("refuses a caller without the secret, or with a wrong one", async () => {
    for (const secret of [null, "wrong", `${SECRET}x`]) {
      const response = await POST(request({ tags: ["products"] }, secret))
      expect(response.status).toBe(401)
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("refuses everyone while no secret is configured", async () => {
    vi.stubEnv("REVALIDATE_SECRET", "")

    const response = await POST(request({ tags: ["products"] }, ""))

    expect(response.status).toBe(401)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("answers 400 to a body that is not { tags: string[] }", async () => {
    for (const body of ["not json", [], { tags: [] }, { tags: "products" }, { tags: [1] }, { tags: ["<script>"] }, {}]) {
      const response = await POST(request(body))
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(((await response.json()) as { message: string }).message).toBeTruthy()
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("expires each tag at once so the next visitor sees the change", async () => {
    const tags = ["products", "product:daily-balance-probiotic", "guides", "guide:what-is-the-gut-skin-axis", "regions"]

    const response = await POST(request({ tags: [...tags, "products"] }))

    expect(response.status).toBe(200)
    expect(((await response.json()) as { revalidated: string[] }).revalidated).toEqual(tags)
    expect(vi.mocked(revalidateTag).mock.calls).toEqual(tags.map((tag) => [tag, { expire: 0 }]))
  })
})
