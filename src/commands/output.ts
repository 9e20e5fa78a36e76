import {escapeKeepingColor, escapeUntrusted, terminalSafeJson} from '../render/escape-untrusted.js'

/**
 * The one way planledger prints: every line of text and every JSON document on stdout or stderr
 * passes through here, so untrusted text reaches the terminal escaped whatever the call site forgot.
 * Renderers still escape what they quote (colored output needs that), which this leaves as it is.
 */

export interface PrintOptions {
  /** The text carries colors planledger added: keep color sequences, escape every other control. */
  color?: boolean
}

export function printOut(text: string, options: PrintOptions = {}): void {
  process.stdout.write(terminalSafe(text, options))
}

export function printErr(text: string, options: PrintOptions = {}): void {
  process.stderr.write(terminalSafe(text, options))
}

/** A JSON document on stdout, two-space indented, ending with a newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${terminalSafeJson(JSON.stringify(value, null, 2))}\n`)
}

function terminalSafe(text: string, options: PrintOptions): string {
  return options.color ? escapeKeepingColor(text) : escapeUntrusted(text)
}
