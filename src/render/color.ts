/**
 * Color only on a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org).
 * FORCE_COLOR is deliberately not supported: one opt-out and the TTY check keep behaviour predictable.
 */
export function shouldUseColor(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR
}
