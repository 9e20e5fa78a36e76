import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** Rows in the stress plan: enough for 50 writers to each tick their own. */
export const PLAN_ROWS = 60
export const FIX_PLAN = 'docs/fix_plan.md'
export const FINDINGS = 'docs/findings.md'
export const PLAN = 'plans/active/STRESS-001/implementation.md'
/** Items in the fix plan by default: STRESS-001 … STRESS-008. */
export const ITEMS = 8
export const FINDING_IDS = ['POLICY-001', 'FORMAT-001', 'DATA-001']

export function itemId(n: number): string {
  return `STRESS-${String(n).padStart(3, '0')}`
}

export function rowId(n: number): string {
  return `A${n}`
}

function fixPlanText(items: number): string {
  const lines = ['# Stress Fix Plan', '', '**Last Updated:** 2026-01-01', '', '## Index', '', '| ID | Title | Priority | Status |', '| --- | --- | --- | --- |']
  for (let n = 1; n <= items; n++) lines.push(`| [${itemId(n)}](#${itemId(n).toLowerCase()}-item-${n}) | Item ${n} | Medium | pending |`)
  for (let n = 1; n <= items; n++) {
    lines.push('', `## [${itemId(n)}] Item ${n}`, '- Priority: Medium', '- Status: pending', '- Findings: —', '- Attempts History:')
    lines.push(`  * [2026-01-01] Attempt #1 — first look at item ${n}.`)
  }
  return `${lines.join('\n')}\n`
}

function findingsText(): string {
  const lines = ['# Findings', '', '| Finding ID | Date | Keywords | Synopsis | Evidence Pointer | Status |', '| --- | --- | --- | --- | --- | --- |']
  for (const id of FINDING_IDS) lines.push(`| ${id} | 2026-01-01 | stress | Finding ${id} for the stress suite. | [Link](x.md) | Active |`)
  return `${lines.join('\n')}\n`
}

function planText(): string {
  const lines = ['# STRESS-001 — Stress Plan', '', '### Phase A — Everything', '', '| ID | Task Description | State | How/Why & Guidance |', '| --- | --- | --- | --- |']
  for (let n = 1; n <= PLAN_ROWS; n++) lines.push(`| ${rowId(n)} | Task ${n} | [ ] | Do task ${n}. |`)
  return `${lines.join('\n')}\n`
}

/** A small repository of its own (fix plan, findings, one phase plan), as a git work tree, in `parent` (default: the temp folder). */
export function makeStressRepo(options: {items?: number; parent?: string} = {}): string {
  const root = mkdtempSync(join(options.parent ?? tmpdir(), 'planledger-stress-'))
  mkdirSync(join(root, 'docs'))
  mkdirSync(join(root, 'plans/active/STRESS-001'), {recursive: true})
  writeFileSync(join(root, FIX_PLAN), fixPlanText(options.items ?? ITEMS))
  writeFileSync(join(root, FINDINGS), findingsText())
  writeFileSync(join(root, PLAN), planText())
  execFileSync('git', ['init', '-q'], {cwd: root})
  return root
}

export function removeStressRepo(root: string): void {
  rmSync(root, {recursive: true, force: true})
}
