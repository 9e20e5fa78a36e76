import {resolve} from 'node:path'
import type {InitPorts} from '../../../src/app/init/init.js'
import type {GitHookLayout} from '../../../src/io/git-hooks.js'
import type {LoadedFile} from '../../../src/io/read-ledger.js'

export const runner = {node: '/usr/bin/node', script: '/opt/planledger/bin/run.js'}

/** An in-memory repository at /repo: `files` by absolute path; writes are recorded, not made. */
export function fakePorts(files: Record<string, string>, layout: Partial<GitHookLayout> = {}, gitSettings: Record<string, string> = {}) {
  const created: Array<{path: string; text: string}> = []
  const removed: string[] = []
  const calls = {detect: 0}
  const gitConfigText = '[core]\n\tbare = false\n'
  const ports: InitPorts = {
    readTextFile: async (path) => {
      const absolute = resolve('/repo', path)
      return files[absolute] === undefined ? undefined : {path, realPath: absolute, text: files[absolute], fingerprint: {} as LoadedFile['fingerprint']}
    },
    readLocalGitConfig: async () => ({path: '/repo/.git/config', text: gitConfigText}),
    readLocalGitSetting: async (_root, key) => gitSettings[key],
    gitConfigTextAfter: async (text, settings) => `${text}[merge "planledger"]\n${settings.map(([key, value]) => `\t${key.split('.').pop()} = ${value}\n`).join('')}`,
    setLocalGitSettings: async (_root, settings) => {
      for (const [key, value] of settings) gitSettings[key] = value
    },
    unsetLocalGitSettings: async (_root, keys) => {
      for (const key of keys) delete gitSettings[key]
    },
    readGitHookLayout: async () => ({root: '/repo', hooksDir: '/repo/.git/hooks', ...layout}),
    exists: async (path) => path in files,
    readHook: async (path) => files[path],
    findLedgerCandidates: async () => {
      calls.detect++
      return {fixPlans: ['docs/fix_plan.md'], findings: ['docs/findings.md'], archives: [], activePlanFolders: ['plans/active'], planFolders: ['plans']}
    },
    planledgerCommandsAt: async () => ({localBin: false, onPath: true}),
    installHook: async (path, text) => {
      created.push({path, text})
    },
    removeCreatedFile: async (path) => {
      removed.push(path)
    },
  }
  return {ports, created, removed, calls}
}
