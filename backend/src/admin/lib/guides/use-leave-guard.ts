import { usePrompt } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { useBlocker } from "react-router-dom"

/**
 * Asks before the page is left with unsaved changes: the browser's own prompt on reload or close, ours when the
 * dashboard navigates. `leaving` lets the editor's own navigations (after saving a new guide, after deleting) through.
 */
export function useLeaveGuard(unsaved: boolean) {
  const prompt = usePrompt()
  const leaving = useRef(false)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && !leaving.current && currentLocation.pathname !== nextLocation.pathname
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks once per block; the blocker and prompt objects change identity on every render
  useEffect(() => {
    if (blocker.state !== "blocked") return
    void prompt({
      title: "Leave without saving?",
      description: "This guide has changes that are not saved. They are lost if you leave now.",
      confirmText: "Leave",
      cancelText: "Stay",
    }).then((leave) => (leave ? blocker.proceed() : blocker.reset()))
  }, [blocker.state])
  useEffect(() => {
    if (!unsaved) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ""
    }
    window.addEventListener("beforeunload", warn)
    return () => window.removeEventListener("beforeunload", warn)
  }, [unsaved])
  return leaving
}
