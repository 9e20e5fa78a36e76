import assert from 'node:assert/strict'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

// What a terminal would act on or hide, none of which may reach it raw from any command.
const RAW_UNSAFE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/u
// An OSC 8 hyperlink opener (BEL-terminated: a file name cannot hold the `/` of a URL).
const OSC8 = '\x1b]8;;evil.example\x07'

function assertNothingRaw(result: {stdout: string; stderr: string}): void {
  assert.ok(!RAW_UNSAFE.test(result.stdout), `raw control on stdout: ${JSON.stringify(result.stdout)}`)
  assert.ok(!RAW_UNSAFE.test(result.stderr), `raw control on stderr: ${JSON.stringify(result.stderr)}`)
}

describe('untrusted text in every printed line', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  it('the `Wrote <path>.` line escapes ESC, OSC 8 and bidi in the file name', async () => {
    const name = `plan\x1b[31m${OSC8}\u202e.md`
    copyFileSync(join(root, 'docs/fix_plan.md'), join(root, name))
    const result = await runCli(['set', 'DATA-LOADER-002', 'Priority=Low', '--file', name, '--date', '2026-01-01', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assertNothingRaw(result)
    assert.ok(result.stdout.endsWith('Wrote plan\\x1B[31m\\x1B]8;;evil.example\\x07\\u202E.md.\n'), result.stdout)
  })

  it('warning lines escape the text they quote, and the file is untouched on a dry run', async () => {
    const before = snapshotFiles(root)
    // Controls and line breaks are refused in a value (a one-line context); format characters pass, to be escaped when shown.
    const artifact = `reports/\u202e\u200bx\u00ad.md`
    const result = await runCli(['tick', 'TEST-PYTORCH-001', 'D1.A', '--artifact', artifact, '--date', '2026-01-01', '--dry-run'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assertNothingRaw(result)
    assert.match(result.stderr, /^planledger: warning: .*reports\/\\u202E\\u200Bx\\xAD\.md/m)
    assert.ok(result.stdout.includes('reports/\\u202E\\u200Bx\\xAD.md'), 'the diff preview shows the escaped path')
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('list escapes hidden tag characters, soft hyphens and Hangul fillers in a title; --json keeps them as \\u escapes', async () => {
    const path = join(root, 'docs/fix_plan.md')
    const title = 'Legacy\u3164NPZ\u{e0041}\u00ad guard'
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('Stream batches from disk', title))
    const text = await runCli(['list'], {cwd: root, env: {COLUMNS: '200'}})
    assertNothingRaw(text)
    assert.ok(text.stdout.includes('Legacy\\u3164NPZ\\u{E0041}\\xAD guard'), text.stdout)
    const json = await runCli(['list', '--json'], {cwd: root})
    assertNothingRaw(json)
    assert.ok(json.stdout.includes('Legacy\\u3164NPZ\\udb40\\udc41\\u00ad guard'), json.stdout)
    const titles = JSON.parse(json.stdout).items.map((item: {title: string}) => item.title)
    assert.ok(titles.includes(title), 'JSON parses back to the exact title')
  })

  it('an error quoting the input escapes it and stays on one line', async () => {
    const result = await runCli(['show', `D1\x1b[2J\nX${OSC8}`], {cwd: root})
    assert.equal(result.exitCode, 2)
    assertNothingRaw(result)
    assert.equal(result.stderr, 'planledger: Unknown ID `D1\\x1B[2J\\x0AX\\x1B]8;;evil.example\\x07`\n')
  })
})
