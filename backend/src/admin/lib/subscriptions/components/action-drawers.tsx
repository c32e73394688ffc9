import { Button, DatePicker, Drawer, Label, Select, Text, Textarea, Input } from "@medusajs/ui"
import { useState } from "react"
import { CANCEL_REASON_LABEL } from "../format"
import type { CancelReason } from "../types"

interface DrawerProps<T> {
  open: boolean
  onOpenChange: (open: boolean) => void
  busy: boolean
  onSubmit: (values: T) => void
}

/** Pause on the customer's behalf: until a date (at most a year ahead) or until someone resumes it. */
export const PauseDrawer = ({ open, onOpenChange, busy, onSubmit }: DrawerProps<{ until: string | null; reason?: string }>) => {
  const [until, setUntil] = useState<Date | null>(null)
  const [reason, setReason] = useState("")
  const tomorrow = new Date(Date.now() + 86_400_000)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Pause subscription</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label size="small">Pause until (optional)</Label>
            <DatePicker value={until} onChange={setUntil} minValue={tomorrow} maxValue={new Date(Date.now() + 365 * 86_400_000)} />
            <Text size="small" className="text-ui-fg-subtle">
              Leave empty to pause until it is resumed.
            </Text>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">Note</Label>
            <Input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="e.g. customer phoned: travelling"
              maxLength={200}
            />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Keep active</Button>
          </Drawer.Close>
          <Button
            isLoading={busy}
            onClick={() => onSubmit({ until: until ? until.toISOString() : null, ...(reason.trim() ? { reason: reason.trim() } : {}) })}
          >
            Pause
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Cancel on the customer's behalf, recording the reason they gave. */
export const CancelDrawer = ({ open, onOpenChange, busy, onSubmit }: DrawerProps<{ reason: CancelReason; comment?: string }>) => {
  const [reason, setReason] = useState<CancelReason | "">("")
  const [comment, setComment] = useState("")
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Cancel subscription</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <Text size="small" className="text-ui-fg-subtle">
            No further deliveries are made or charged. This cannot be undone.
          </Text>
          <div className="flex flex-col gap-1">
            <Label size="small">Reason</Label>
            <Select value={reason} onValueChange={(v) => setReason(v as CancelReason)}>
              <Select.Trigger>
                <Select.Value placeholder="Choose the customer's reason" />
              </Select.Trigger>
              <Select.Content>
                {(Object.keys(CANCEL_REASON_LABEL) as CancelReason[]).map((r) => (
                  <Select.Item key={r} value={r}>
                    {CANCEL_REASON_LABEL[r]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label size="small">Comment</Label>
            <Textarea value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} rows={4} />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Keep subscription</Button>
          </Drawer.Close>
          <Button
            variant="danger"
            disabled={!reason}
            isLoading={busy}
            onClick={() => reason && onSubmit({ reason, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
          >
            Cancel subscription
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
