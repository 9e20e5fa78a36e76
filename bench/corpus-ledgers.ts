// The corpus's real ledgers the merge scenarios start from.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {DEFAULT_FIX_PLAN_CANDIDATES} from '../src/config/config.js'

export interface WildRepo {
  name: string
  dir: string
  /** The fix plan's path in the repository (the first default candidate present), if any. */
  fixPlan?: string
}

export function wildRepos(corpusRoot: string): WildRepo[] {
  const wild = join(corpusRoot, 'wild')
  if (!existsSync(wild)) return []
  return readdirSync(wild)
    .filter((name) => statSync(join(wild, name)).isDirectory())
    .sort()
    .map((name) => ({name, dir: join(wild, name), fixPlan: DEFAULT_FIX_PLAN_CANDIDATES.find((path) => existsSync(join(wild, name, path)))}))
}

export interface CorpusFile {
  name: string
  path: string
  text: string
}

/** The current fix plans: ptychopinn's branches, the seed scenario's and each wild repository's. */
export function realFixPlans(corpusRoot: string): CorpusFile[] {
  const files: CorpusFile[] = []
  for (const project of ['ptychopinn/dose_experiments', 'ptychopinn/main', 'seed-scenario']) {
    const path = DEFAULT_FIX_PLAN_CANDIDATES.find((candidate) => existsSync(join(corpusRoot, project, candidate)))
    if (path) files.push({name: `${project}/${path}`, path, text: readFileSync(join(corpusRoot, project, path), 'utf8')})
  }
  for (const repo of wildRepos(corpusRoot)) {
    if (repo.fixPlan) files.push({name: `${repo.name}/${repo.fixPlan}`, path: repo.fixPlan, text: readFileSync(join(repo.dir, repo.fixPlan), 'utf8')})
  }
  return files
}

/** Plan files under `plans/` of ptychopinn's branches and the seed scenario. */
export function realPlanFiles(corpusRoot: string): CorpusFile[] {
  const files: CorpusFile[] = []
  for (const project of ['ptychopinn/dose_experiments', 'ptychopinn/main', 'seed-scenario']) {
    const root = join(corpusRoot, project)
    for (const file of markdownUnder(join(root, 'plans'))) {
      const path = relative(root, file).split('\\').join('/')
      files.push({name: `${project}/${path}`, path, text: readFileSync(file, 'utf8')})
    }
  }
  return files
}

function markdownUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? markdownUnder(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []))
}

/** The findings ledgers of ptychopinn's branches and the seed scenario. */
export function realFindings(corpusRoot: string): CorpusFile[] {
  const path = 'docs/findings.md'
  return ['ptychopinn/dose_experiments', 'ptychopinn/main', 'seed-scenario']
    .filter((project) => existsSync(join(corpusRoot, project, path)))
    .map((project) => ({name: `${project}/${path}`, path, text: readFileSync(join(corpusRoot, project, path), 'utf8')}))
}
