import type { AdminHeaders } from "./admin"

type Api = {
  post: (url: string, body: unknown, config?: unknown) => Promise<{ data: any }>
  get: (url: string, config?: unknown) => Promise<{ data: any }>
}

export const SALEM_2018 = {
  authors: "Salem I, Ramser A, Isham N, Ghannoum MA",
  title: "The Gut Microbiome as a Major Regulator of the Gut-Skin Axis",
  journal: "Front Microbiol",
  year: 2018,
  volume: "9",
  pages: "1459",
  doi: "10.3389/fmicb.2018.01459",
}

export const MONDA_2017 = {
  authors: "Monda V, et al.",
  title: "Exercise Modifies the Gut Microbiota with Positive Health Effects",
  journal: "Oxid Med Cell Longev",
  year: 2017,
  volume: "2017",
  pages: "3831972",
  pmid: "28357027",
}

export const CLEAN_BODY = "## Why walk\n\nA review found that regular exercise changes the gut microbiota[^1]. Fibre feeds gut microbes[2]."

/** A writer the test guides can be credited to. */
export async function createAuthor(api: Api, admin: AdminHeaders, name = "Test Writer") {
  const { data } = await api.post("/admin/guide-authors", { name, credentials: "MSc, RD", bio: "Writes tests." }, admin)
  return data.guide_author as { id: string; name: string }
}

/** A draft guide with two citations, cited properly; `overrides` change any field. */
export async function createDraftGuide(api: Api, admin: AdminHeaders, authorId: string, overrides: Record<string, unknown> = {}) {
  const { data } = await api.post(
    "/admin/guides",
    {
      slug: "walking-and-your-gut",
      title: "Walking and your gut",
      summary: "Why a daily walk matters to your microbes.",
      body: CLEAN_BODY,
      tags: ["exercise", "habits"],
      author_id: authorId,
      citations: [MONDA_2017, SALEM_2018],
      ...overrides,
    },
    admin
  )
  return data.guide as { id: string; slug: string; status: string; [key: string]: any }
}
