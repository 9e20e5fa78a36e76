/** Stable exit codes: part of the interface agents and hooks rely on. */
export const ExitCode = {
  ok: 0,
  /** `check` found problems, or a write was refused (file changed, not confirmed). */
  refused: 1,
  /** Usage or input error: bad flag, unknown ID, unreadable file. */
  usage: 2,
  /** A bug in planledger (an internal error): never 1, so a crash cannot pass for problems found. */
  internal: 3,
} as const

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode]

export interface UserErrorOptions {
  /** A short next step, e.g. "did you mean D1.B?". */
  hint?: string
  exitCode?: ExitCodeValue
  /** Where the problem is, when known. */
  path?: string
  line?: number
}

/**
 * A problem with the user's input or environment: printed as one line (plus hint), never with a
 * stack trace.
 */
export class UserError extends Error {
  readonly hint?: string
  readonly exitCode: ExitCodeValue
  readonly path?: string
  readonly line?: number

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message)
    this.name = 'UserError'
    this.hint = options.hint
    this.exitCode = options.exitCode ?? ExitCode.usage
    this.path = options.path
    this.line = options.line
  }
}

/** A write that planledger declined to make (file changed since read, not confirmed, lock busy). */
export class WriteRefusedError extends UserError {
  constructor(message: string, options: Omit<UserErrorOptions, 'exitCode'> = {}) {
    super(message, {...options, exitCode: ExitCode.refused})
    this.name = 'WriteRefusedError'
  }
}

/** The file no longer holds what planledger read and planned from: re-plan against what it holds now. */
export class FileChangedError extends WriteRefusedError {
  constructor(message: string, options: Omit<UserErrorOptions, 'exitCode'> = {}) {
    super(message, options)
    this.name = 'FileChangedError'
  }
}

/** A bug in planledger itself: `internal error`, exit 3, shown with its stack so it can be reported. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InternalError'
  }
}

/** `path:line` when both are known, else whichever is. */
export function formatLocation(path?: string, line?: number): string {
  if (path && line) return `${path}:${line}`
  return path ?? (line ? `line ${line}` : '')
}
