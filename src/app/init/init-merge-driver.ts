import {join} from 'node:path'
import type {GitSetting} from '../../io/git-config.js'
import type {LoadedFile} from '../../io/read-ledger.js'
import {CONFIG_FILE_NAME, validateConfig, type PlanledgerConfig} from '../../config/config.js'
import {parseConfigJson} from '../../config/parse-config-json.js'
import {UserError} from '../../errors.js'
import type {PlannedChange} from '../apply-change.js'
import {plannedFileChange} from '../file-change.js'
import {plannedNewFile} from '../new-file-change.js'
import {shellQuote, type HookRunner} from './init-hook-script.js'
import {addMergeAttributes, MERGE_DRIVER_NAME} from './merge-attributes.js'
import {mergeLedgerPatterns} from './merge-ledgers.js'
import type {InitStep} from './init-step.js'

/** The disk and git access registering the merge driver needs; tests pass fakes. */
export interface MergeDriverPorts {
  exists(path: string): Promise<boolean>
  /** The file read for editing (`path` as shown, cwd-relative); undefined when absent. */
  readTextFile(path: string): Promise<LoadedFile | undefined>
  planledgerCommandsAt(root: string): Promise<{localBin: boolean; onPath: boolean}>
  readLocalGitConfig(root: string): Promise<{path: string; text: string}>
  readLocalGitSetting(root: string, key: string): Promise<string | undefined>
  gitConfigTextAfter(text: string, settings: readonly GitSetting[]): Promise<string>
  setLocalGitSettings(root: string, settings: readonly GitSetting[]): Promise<void>
  unsetLocalGitSettings(root: string, keys: readonly string[]): Promise<void>
}

/** What git runs for a ledger merge; git fills in the placeholders (base, ours, theirs, path, marker size). */
export const DRIVER_ARGUMENTS = 'merge-driver %O %A %B --path %P --marker-size %L'
export const DRIVER_KEY = `merge.${MERGE_DRIVER_NAME}.driver`
export const DRIVER_NAME_KEY = `merge.${MERGE_DRIVER_NAME}.name`
export const DRIVER_DESCRIPTION = 'planledger: merge the ledgers by item, row and entry'

/**
 * The driver command set here. Git runs it from the work-tree root, so a project-pinned planledger is
 * `node_modules/.bin/planledger`; else one on PATH; else the copy that ran init (a merge must not
 * fail for want of a planledger).
 */
export function driverCommand(found: {localBin: boolean; onPath: boolean}, runner: HookRunner): string {
  const program = found.localBin ? 'node_modules/.bin/planledger' : found.onPath ? 'planledger' : `${shellQuote(runner.node)} ${shellQuote(runner.script)}`
  return `${program} ${DRIVER_ARGUMENTS}`
}

/** The command collaborators run in their clones, git config not being committed: never this machine's paths. */
export function collaboratorCommand(found: {localBin: boolean}): string {
  const program = found.localBin ? 'node_modules/.bin/planledger' : 'planledger'
  return `git config ${DRIVER_KEY} "${program} ${DRIVER_ARGUMENTS}"`
}


type Shown = (absolutePath: string) => string

/**
 * `.gitattributes` lines for the ledgers (`config`: the configuration init writes now; undefined: the
 * existing `.planledger.json` is read). Existing lines are kept as they are; only missing ones are added.
 */
export async function planMergeAttributes(ports: MergeDriverPorts, root: string, shown: Shown, config: PlanledgerConfig | undefined): Promise<{step: InitStep; changes: PlannedChange[]}> {
  const absolute = join(root, '.gitattributes')
  const path = shown(absolute)
  const skip = (reason: string) => ({step: {name: 'gitattributes', path, action: 'skip', reason} satisfies InitStep, changes: []})
  let user: PlanledgerConfig
  try {
    user = config ?? (await readExistingConfig(ports, root, shown))
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return skip(`${error.message}; fix it and run planledger init again`)
  }
  const patterns = await mergeLedgerPatterns(user, (rootRelative) => ports.exists(join(root, rootRelative)))
  if (patterns.length === 0) return skip('no ledgers found to register')
  const file = await ports.readTextFile(path)
  const {after, added} = addMergeAttributes(file?.text ?? '', patterns)
  if (added.length === 0) return skip(`the ledgers already merge with ${MERGE_DRIVER_NAME}: ${patterns.join(', ')}`)
  const reason = `merge=${MERGE_DRIVER_NAME} for ${added.join(', ')}`
  if (file === undefined) return {step: {name: 'gitattributes', path, action: 'create', reason}, changes: [plannedNewFile(path, after)]}
  return {step: {name: 'gitattributes', path, action: 'update', reason}, changes: [plannedFileChange(file, after)]}
}

async function readExistingConfig(ports: MergeDriverPorts, root: string, shown: Shown): Promise<PlanledgerConfig> {
  const path = shown(join(root, CONFIG_FILE_NAME))
  const file = await ports.readTextFile(path)
  return file === undefined ? {} : validateConfig(parseConfigJson(file.text, path), path)
}

/** The repository-local `merge.planledger.driver` (and its name), unless a driver is already configured. */
export async function planMergeDriverConfig(ports: MergeDriverPorts, root: string, shown: Shown, runner: HookRunner): Promise<{step: InitStep; changes: PlannedChange[]}> {
  const found = await ports.planledgerCommandsAt(root)
  const command = collaboratorCommand(found)
  const [config, driver, name] = await Promise.all([ports.readLocalGitConfig(root), ports.readLocalGitSetting(root, DRIVER_KEY), ports.readLocalGitSetting(root, DRIVER_NAME_KEY)])
  const path = shown(config.path)
  const wanted = driverCommand(found, runner)
  if (driver !== undefined) {
    const reason = driver === wanted ? `${DRIVER_KEY} is already set` : `${DRIVER_KEY} is already set (to ${driver}); left as it is`
    return {step: {name: 'merge-driver', path, action: 'skip', reason, command}, changes: []}
  }
  const settings: GitSetting[] = [...(name === undefined ? [[DRIVER_NAME_KEY, DRIVER_DESCRIPTION] as const] : []), [DRIVER_KEY, wanted]]
  const after = await ports.gitConfigTextAfter(config.text, settings)
  const change: PlannedChange = {
    path,
    before: config.text,
    after,
    locksItself: true,
    write: () => ports.setLocalGitSettings(root, settings),
    restore: () => ports.unsetLocalGitSettings(root, settings.map(([key]) => key)),
    isCurrent: async () => (await ports.readLocalGitConfig(root)).text === config.text,
  }
  const reason = `sets ${DRIVER_KEY}: git merges the ledgers .gitattributes marks with planledger merge-driver`
  return {step: {name: 'merge-driver', path, action: config.text === '' ? 'create' : 'update', reason, command}, changes: [change]}
}

/** The real ports. */
export async function defaultMergeDriverPorts(): Promise<MergeDriverPorts> {
  const [gitConfig, {planledgerCommandsAt}, {exists}, {readLedgerFile}] = await Promise.all([
    import('../../io/git-config.js'),
    import('../../io/git-hooks.js'),
    import('../../io/find-config.js'),
    import('../../io/read-ledger.js'),
  ])
  return {
    ...gitConfig,
    exists,
    planledgerCommandsAt: (root) => planledgerCommandsAt(root),
    readTextFile: async (path) => ((await exists(path)) ? readLedgerFile(path) : undefined),
  }
}
