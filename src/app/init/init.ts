import {basename, dirname, join, relative} from 'node:path'
import type {GitHookLayout} from '../../io/git-hooks.js'
import {leavesFolder} from '../../ledger/leaves-folder.js'
import type {PlannedChange} from '../apply-change.js'
import {CONFIG_FILE_NAME, type PlanledgerConfig} from '../../config/config.js'
import {chooseLedgers, configFileText, describeConfig, type LedgerCandidates} from './init-detect.js'
import {hookLineToAdd, isPlanledgerHook, preCommitHookScript, runsPlanledgerCheck, type HookRunner} from './init-hook-script.js'
import {plannedNewFile} from '../new-file-change.js'
import {defaultMergeDriverPorts, planMergeAttributes, planMergeDriverConfig, type MergeDriverPorts} from './init-merge-driver.js'
import type {InitStep} from './init-step.js'

export {stepStatus, type InitStep, type InitStepName, type InitStepStatus} from './init-step.js'

export interface InitInput {
  cwd: string
  runner: HookRunner
  /** Register the ledger merge driver (.gitattributes and git config); default true. */
  mergeDriver?: boolean
}

/** The disk and git access init needs; tests pass fakes. */
export interface InitPorts extends MergeDriverPorts {
  readGitHookLayout(cwd: string): Promise<GitHookLayout>
  readHook(path: string): Promise<string | undefined>
  findLedgerCandidates(root: string): Promise<LedgerCandidates>
  /** Creates an executable hook that must not exist yet; `path` as shown (cwd-relative). */
  installHook(path: string, text: string): Promise<void>
  /** Undoes installHook when a later write fails. */
  removeCreatedFile(path: string, text: string): Promise<void>
}

export interface InitPlan {
  changes: PlannedChange[]
  steps: InitStep[]
  /** The configuration that will be written; undefined when `.planledger.json` already exists. */
  config?: PlanledgerConfig
}

/** Looks at the repository and plans the files to create (nothing is written here). */
export async function planInit(input: InitInput, givenPorts?: InitPorts): Promise<InitPlan> {
  const ports = givenPorts ?? (await defaultInitPorts())
  const layout = await ports.readGitHookLayout(input.cwd)
  const shown = (path: string) => relative(input.cwd, path).split('\\').join('/') || '.'
  const config = await planConfig(ports, layout.root, shown)
  const hook = await planHook(ports, layout, input.runner, shown)
  const planned = [config, hook]
  if (input.mergeDriver !== false) {
    planned.push(await planMergeAttributes(ports, layout.root, shown, config.written))
    planned.push(await planMergeDriverConfig(ports, layout.root, shown, input.runner))
  }
  return {changes: planned.flatMap((part) => part.changes), steps: planned.map((part) => part.step), config: config.written}
}

type Shown = (absolutePath: string) => string

async function planConfig(ports: InitPorts, root: string, shown: Shown): Promise<{step: InitStep; changes: PlannedChange[]; written?: PlanledgerConfig}> {
  const configPath = join(root, CONFIG_FILE_NAME)
  const path = shown(configPath)
  if (await ports.exists(configPath)) {
    return {step: {name: 'config', path, action: 'skip', reason: 'already exists, left as it is'}, changes: []}
  }
  const config = chooseLedgers(await ports.findLedgerCandidates(root))
  return {step: {name: 'config', path, action: 'create', reason: describeConfig(config)}, changes: [plannedNewFile(path, configFileText(config))], written: config}
}

async function planHook(ports: InitPorts, layout: GitHookLayout, runner: HookRunner, shown: Shown): Promise<{step: InitStep; changes: PlannedChange[]}> {
  const hookPath = preCommitHookPath(layout)
  const path = shown(hookPath)
  const outside = leavesFolder(relative(layout.root, hookPath)) ? ', outside this repository' : ''
  const where = layout.hooksPathSetting === undefined ? '' : ` (core.hooksPath is ${layout.hooksPathSetting}${outside})`
  const skip = (reason: string, lineToAdd?: string): {step: InitStep; changes: PlannedChange[]} => ({
    step: {name: 'pre-commit-hook', path, action: 'skip', reason, ...(lineToAdd === undefined ? {} : {lineToAdd})},
    changes: [],
  })
  const existing = await ports.readHook(hookPath)
  if (existing === undefined) {
    const text = preCommitHookScript(runner)
    const change = {path, before: '', after: text, write: () => ports.installHook(path, text), restore: () => ports.removeCreatedFile(path, text)}
    return {step: {name: 'pre-commit-hook', path, action: 'create', reason: `runs planledger check --staged before each commit${where}`}, changes: [change]}
  }
  if (isPlanledgerHook(existing)) return skip(`planledger's hook is already installed${where}`)
  if (runsPlanledgerCheck(existing)) return skip(`the existing hook already runs planledger check --staged${where}`)
  const lineToAdd = hookLineToAdd(await ports.planledgerCommandsAt(layout.root), runner)
  return skip(`a pre-commit hook planledger did not write is already there${where}; left as it is`, lineToAdd)
}

/**
 * The pre-commit hook file. husky 9 points core.hooksPath at `.husky/_`, whose files it regenerates and
 * which run the user's `.husky/pre-commit`: that is the file to write or extend.
 */
export function preCommitHookPath(layout: GitHookLayout): string {
  const {hooksDir} = layout
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return join(dirname(hooksDir), 'pre-commit')
  return join(hooksDir, 'pre-commit')
}

async function defaultInitPorts(): Promise<InitPorts> {
  // The merge-driver ports already bring exists and planledgerCommandsAt.
  const [git, {removeCreatedFile}, {findLedgerCandidates}, mergeDriverPorts] = await Promise.all([
    import('../../io/git-hooks.js'),
    import('../../io/create-file.js'),
    import('./init-detect.js'),
    defaultMergeDriverPorts(),
  ])
  return {
    ...mergeDriverPorts,
    readGitHookLayout: git.readGitHookLayout,
    readHook: git.readHook,
    findLedgerCandidates,
    installHook: git.installHookFile,
    removeCreatedFile: (path, text) => removeCreatedFile(path, text),
  }
}
