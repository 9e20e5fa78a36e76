import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

import fc from 'fast-check'

import {escapeKeepingColor, oneLine, terminalSafeJson} from '../../src/render/escape-untrusted.js'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))
// Characters a terminal acts on or hides, which no printed text may carry raw (TAB and LF may).
const RAW_UNSAFE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]/u

describe('escaping what planledger prints', () => {
  describe('escapeKeepingColor (text planledger colored itself)', () => {
    it('keeps color and style sequences (SGR) and the text around them', () => {
      const colored = '\x1b[1mdocs/fix_plan.md:3:1\x1b[22m  \x1b[31merror\x1b[39m  text\n'
      assert.equal(escapeKeepingColor(colored), colored)
    })

    it('escapes every other control: cursor movement, screen clearing, OSC 8 links, bidi, tags', () => {
      const hostile = 'a\x1b[2Jb\x1b[10;1Hc\x1b]8;;https://evil.example\x07link\x1b]8;;\x07d\u202ee\u{e0041}\u2028'
      assert.equal(
        escapeKeepingColor(hostile),
        'a\\x1B[2Jb\\x1B[10;1Hc\\x1B]8;;https://evil.example\\x07link\\x1B]8;;\\x07d\\u202Ee\\u{E0041}\\u2028',
      )
    })

    it('never lets anything but an SGR sequence carry an ESC (property)', () => {
      fc.assert(
        fc.property(fc.string({unit: 'binary'}), (text) => {
          const out = escapeKeepingColor(text).replace(/\x1B\[[0-9;]*m/g, '')
          assert.ok(!RAW_UNSAFE.test(out), `raw control left in ${JSON.stringify(out)}`)
        }),
      )
    })
  })

  describe('oneLine (error, warning and note lines)', () => {
    it('escapes a line break inside the text, so the message stays one line', () => {
      assert.equal(oneLine('unknown ID `D1\nX`'), 'unknown ID `D1\\x0AX`')
      assert.equal(oneLine('one\r\ntwo'), 'one\\x0Atwo')
      assert.equal(oneLine('separator\u2028here'), 'separator\\u2028here')
    })

    it('keeps a tab, which does not break a line', () => {
      assert.equal(oneLine('a\tb'), 'a\tb')
    })
  })

  describe('terminalSafeJson (every --json document)', () => {
    it('writes bidi, C1, DEL, U+2028/2029 and tags as \\u escapes', () => {
      const json = JSON.stringify({title: 'x\u202ey\x9b\x7f\u2028\u{e0041}'})
      assert.equal(terminalSafeJson(json), '{"title":"x\\u202ey\\u009b\\u007f\\u2028\\udb40\\udc41"}')
    })

    it('parses back to exactly the same value, with no raw unsafe character left (property)', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.string({unit: 'binary'}), (value, text) => {
          const document = {value, text, list: [text, {nested: text}]}
          const safe = terminalSafeJson(JSON.stringify(document, null, 2))
          assert.ok(!RAW_UNSAFE.test(safe), `raw control left in ${safe}`)
          assert.deepEqual(JSON.parse(safe), JSON.parse(JSON.stringify(document)))
        }),
      )
    })

    it('leaves JSON without such characters byte for byte as JSON.stringify wrote it', () => {
      const json = JSON.stringify({path: 'docs/fix_plan.md', line: 3, text: 'café — 日本語 🚀\ttab'}, null, 2)
      assert.equal(terminalSafeJson(json), json)
    })
  })

  describe('the one output path', () => {
    // Printing anywhere else would skip the escaping: output.ts is the only writer to stdout/stderr.
    const WRITERS = /process\.(stdout|stderr)\.write|console\.(log|error|warn|info)|\bux\.(stdout|stderr)\(/
    const ALLOWED = new Set(['commands/output.ts'])

    it('no source file but src/commands/output.ts writes to stdout or stderr', () => {
      const offenders = sourceFiles(SRC)
        .filter((path) => !ALLOWED.has(relative(SRC, path)))
        .filter((path) => WRITERS.test(readFileSync(path, 'utf8')))
        .map((path) => relative(SRC, path))
      assert.deepEqual(offenders, [])
    })
  })
})

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}
