/** The planledger that ran `init`: the hook's last resort when no other planledger is found. */
export interface HookRunner {
  /** Absolute path of the node binary. */
  node: string
  /** Absolute path of planledger's bin/run.js. */
  script: string
}

/**
 * What the hook runs; its exit status is the hook's. `--quiet`: a commit shows only what blocks it,
 * not every warning an old ledger carries (run `planledger check` to see those).
 */
export const HOOK_COMMAND = 'check --staged --quiet'

/** The marker that makes a hook planledger's own: init leaves such a hook alone. */
export const HOOK_MARKER = '# planledger-hook: pre-commit'

/**
 * A POSIX sh pre-commit hook. planledger is looked up where a project pins it (node_modules/.bin, as
 * npm scripts do), then on PATH, then at the copy that ran init: git does not run hooks through npm, and
 * `npx` would be slow and may try the network.
 */
export function preCommitHookScript(runner: HookRunner): string {
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} — written by \`planledger init\`; delete this file to remove it.`,
    `# Runs \`planledger ${HOOK_COMMAND}\`: its exit status is the hook's, so a problem in the staged ledgers`,
    '# blocks the commit (skip once with `git commit --no-verify`). planledger is looked for in the',
    "# project's node_modules/.bin, then on PATH, then at the copy that ran `planledger init`:",
    `node=${shellQuote(runner.node)}`,
    `script=${shellQuote(runner.script)}`,
    'if [ -x node_modules/.bin/planledger ]; then',
    `  exec node_modules/.bin/planledger ${HOOK_COMMAND}`,
    'elif command -v planledger >/dev/null 2>&1; then',
    `  exec planledger ${HOOK_COMMAND}`,
    'elif [ -f "$script" ]; then',
    '  [ -x "$node" ] || node=node',
    `  exec "$node" "$script" ${HOOK_COMMAND}`,
    'fi',
    'echo "planledger pre-commit hook: cannot find planledger (not in node_modules/.bin, not on PATH, and $script is gone); install it, or delete $0 and run planledger init again" >&2',
    'exit 1',
    '',
  ].join('\n')
}

/** Whether init wrote this hook (any version): then it is left as it is. */
export function isPlanledgerHook(text: string): boolean {
  return text.split(/\r?\n/).some((line) => line.startsWith(HOOK_MARKER))
}

/** Whether someone else's hook already calls planledger's check (e.g. the line init suggested). */
export function runsPlanledgerCheck(text: string): boolean {
  // Any `check --staged` counts, with or without --quiet: the user chose how much it prints.
  return /planledger|run\.js/.test(text) && /\bcheck --staged\b/.test(text)
}

/**
 * The one line to add to someone else's hook, calling the planledger such a hook would find; `|| exit $?`
 * keeps check's exit status.
 */
export function hookLineToAdd(found: {localBin: boolean; onPath: boolean}, runner: HookRunner): string {
  const command = found.localBin ? 'node_modules/.bin/planledger' : found.onPath ? 'planledger' : `${shellQuote(runner.node)} ${shellQuote(runner.script)}`
  return `${command} ${HOOK_COMMAND} || exit $?`
}

/** Single-quoted for sh: a quote inside becomes '\''. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}
