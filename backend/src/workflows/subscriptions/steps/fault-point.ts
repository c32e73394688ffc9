import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { faultPoint, type FaultPoint } from "@/lib/faults"

/** A named point between two renewal steps where the tests make the process crash (see lib/faults). */
export const faultPointStep = createStep(
  "renewal-fault-point",
  async (input: { point: FaultPoint; renewal_id: string; order_id?: string }) => {
    await faultPoint(input.point, input)
    return new StepResponse(input.point)
  }
)
