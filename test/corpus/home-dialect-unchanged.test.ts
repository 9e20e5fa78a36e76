import assert from 'node:assert/strict'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {runCli} from '../cli/run-cli.js'
import {corpusPath, describeWithCorpus, repoRoot} from '../support/corpus.js'

/**
 * The home dialect's answers must not change while other dialects are added: the JSON of every
 * read-only command on ptychopinn/ and seed-scenario/, recorded once (PLANLEDGER_RECORD_GOLDEN=1),
 * must still be there, key for key and value for value. New keys are allowed: they add, not change.
 */
const GOLDEN_DIR = join(repoRoot, 'test/fixtures/golden/home-dialect')
const RECORD = process.env.PLANLEDGER_RECORD_GOLDEN === '1'

interface Case {
  name: string
  folder: string[]
  args: string[]
}

/** Per folder, lookups beyond the fix plan's own items: plan rows, findings, the root fix plan. */
const FOLDERS: Array<{name: string; folder: string[]; shows: string[][]}> = [
  {name: 'seed', folder: ['seed-scenario'], shows: [['D1.A'], ['C3'], ['POLICY-001'], ['CONFIG-001']]},
  {name: 'dose', folder: ['ptychopinn', 'dose_experiments'], shows: [['--file', 'fix_plan.md', 'seed'], ['POLICY-001']]},
  {name: 'main', folder: ['ptychopinn', 'main'], shows: [['POLICY-001'], ['CONFIG-001']]},
]

describeWithCorpus('home dialect: read-only JSON unchanged (ptychopinn, seed-scenario)', function () {
  this.timeout(120_000)

  for (const {name, folder, shows} of FOLDERS) {
    it(`${name}: list, next, check and show of every item give the recorded JSON`, async () => {
      const cwd = corpusPath(...folder)
      const cases: Case[] = [
        {name: `${name}-list`, folder, args: ['list', '--json']},
        {name: `${name}-next`, folder, args: ['next', '--json']},
        {name: `${name}-check`, folder, args: ['check', '--json']},
      ]
      for (const show of shows) cases.push({name: `${name}-show-${show.join('-')}`, folder, args: ['show', '--json', ...show]})
      const listed = await runCli(['list', '--json'], {cwd})
      if (listed.exitCode === 0) {
        for (const item of JSON.parse(listed.stdout).items as Array<{id: string}>) {
          cases.push({name: `${name}-show-${item.id}`, folder, args: ['show', '--json', item.id]})
        }
      }
      for (const testCase of cases) await compareWithGolden(testCase, cwd)
    })
  }
})

async function compareWithGolden(testCase: Case, cwd: string): Promise<void> {
  const result = await runCli(testCase.args, {cwd})
  const actual = {exitCode: result.exitCode, stdout: parseJson(result.stdout), stderr: result.stdout.trim() === '' ? result.stderr : ''}
  const file = join(GOLDEN_DIR, `${testCase.name.replace(/[^\w.-]+/g, '_')}.json`)
  if (RECORD) {
    writeFileSync(file, JSON.stringify(actual, null, 2) + '\n')
    return
  }
  assert.ok(existsSync(file), `no golden file ${file} for \`${testCase.args.join(' ')}\`; record with PLANLEDGER_RECORD_GOLDEN=1`)
  assertContains(actual, JSON.parse(readFileSync(file, 'utf8')), `${testCase.args.join(' ')} in ${testCase.folder.join('/')}`)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Every key and value of `expected` is in `actual` (objects may have more keys; arrays match element for element). */
function assertContains(actual: unknown, expected: unknown, where: string): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array`)
    assert.equal(actual.length, expected.length, `${where}: length`)
    expected.forEach((value, index) => assertContains(actual[index], value, `${where}[${index}]`))
    return
  }
  if (typeof expected === 'object' && expected !== null) {
    assert.ok(typeof actual === 'object' && actual !== null && !Array.isArray(actual), `${where}: expected an object`)
    for (const [key, value] of Object.entries(expected)) {
      assert.ok(key in actual, `${where}: key \`${key}\` is gone`)
      assertContains((actual as Record<string, unknown>)[key], value, `${where}.${key}`)
    }
    return
  }
  assert.deepEqual(actual, expected, where)
}
