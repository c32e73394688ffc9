import { Button, Input, Label, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { inventoryApi } from "../client"
import { errorMessage } from "../format"

/** The variant's low-stock threshold in days of cover; the API says what is wrong with a value it refuses. */
export const ThresholdEditor = ({ variantId, thresholdDays }: { variantId: string; thresholdDays: number }) => {
  const queryClient = useQueryClient()
  const [value, setValue] = useState(String(thresholdDays))
  useEffect(() => setValue(String(thresholdDays)), [thresholdDays])
  const save = useMutation({
    mutationFn: () => inventoryApi.saveThreshold({ variant_id: variantId, threshold_days: Number(value) }),
    onSuccess: () => {
      toast.success("Low-stock threshold saved")
      return queryClient.invalidateQueries({ queryKey: ["subscription-forecast"] })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate()
      }}
    >
      <div className="flex flex-col gap-1">
        <Label size="xsmall" htmlFor={`threshold-${variantId}`}>
          Alert me under (days of cover)
        </Label>
        <Input
          id={`threshold-${variantId}`}
          size="small"
          type="number"
          min={1}
          max={365}
          className="w-[120px]"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <Button size="small" variant="secondary" type="submit" isLoading={save.isPending} disabled={value === String(thresholdDays)}>
        Save
      </Button>
    </form>
  )
}
