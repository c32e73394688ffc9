import { Container, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useParams } from "react-router-dom"
import { guidesApi } from "@/admin/lib/guides/client"
import { GuideEditor } from "@/admin/lib/guides/components/guide-editor"

/** /guides/new writes a guide; /guides/:id edits one. */
const GuidePage = () => {
  const { id = "new" } = useParams()
  const isNew = id === "new"
  const { data, isLoading, isError, error } = useQuery({ queryKey: ["guide", id], queryFn: () => guidesApi.retrieve(id), enabled: !isNew })

  if (isNew) return <GuideEditor />
  if (isLoading)
    return (
      <Container>
        <Text>Loading guide…</Text>
      </Container>
    )
  if (isError || !data)
    return (
      <Container>
        <Text className="text-ui-fg-error">{(error as Error | null)?.message ?? "Guide not found"}</Text>
      </Container>
    )
  return <GuideEditor key={data.guide.id} guide={data.guide} />
}

export default GuidePage
