/** What the caller of `attempt` gives: the content; the tool owns the prefix. */
export interface AttemptRequest {
  /** The caller's content: the first line follows the prefix, later lines become continuation lines. */
  body: string
  /** Written verbatim when given; otherwise `now` in the style's own precision. */
  date?: string
  now: Date
  label?: string
  number?: number
  result?: string
  artifacts: readonly string[]
  findings: readonly string[]
  /** Continue the newest entry (continuation lines after its last line) instead of adding one. */
  amend?: boolean
}
