import { useEffect, useState } from "react"

/** The value, once it has stopped changing for `ms` (so the claims check runs as the editor pauses). */
export function useDebounced<T>(value: T, ms = 600): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
