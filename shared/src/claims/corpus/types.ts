import type { ContentKind } from "../subjects"

/** flag = the check must refuse the sentence (an error finding); pass = it must allow it (warnings are allowed). */
export type Label = "flag" | "pass"
export type LabelledSentence = readonly [kind: ContentKind, label: Label, text: string]
