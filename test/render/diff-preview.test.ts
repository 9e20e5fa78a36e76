import assert from 'node:assert/strict'

import {renderDiff} from '../../src/render/diff-preview.js'

const plain = (before: string, after: string, context?: number) =>
  renderDiff({path: 'PLAN.md', before, after}, {color: false, context})

// Chalk level 1 (16 colors) codes, spelled out so the test does not depend on chalk.
const bold = (s: string) => `\x1b[1m${s}\x1b[22m`
const cyan = (s: string) => `\x1b[36m${s}\x1b[39m`
const red = (s: string) => `\x1b[31m${s}\x1b[39m`
const green = (s: string) => `\x1b[32m${s}\x1b[39m`

const TEN = '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n'

describe('renderDiff', () => {
  describe('shape', () => {
    it('is empty when nothing changed', () => {
      assert.equal(plain('same\n', 'same\n'), '')
      assert.equal(plain('', ''), '')
    })

    it('renders a one-line change with headers and a hunk', () => {
      assert.equal(
        plain('# Plan\n- [ ] D1\n- [ ] D2\n', '# Plan\n- [x] D1\n- [ ] D2\n'),
        ['--- a/PLAN.md', '+++ b/PLAN.md', '@@ -1,3 +1,3 @@', ' # Plan', '-- [ ] D1', '+- [x] D1', ' - [ ] D2', ''].join('\n'),
      )
    })

    it('shows 3 lines of context by default', () => {
      assert.equal(
        plain(TEN, TEN.replace('5\n', 'five\n')),
        ['--- a/PLAN.md', '+++ b/PLAN.md', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'),
      )
    })

    it('honours a custom context, including 0', () => {
      const after = TEN.replace('5\n', 'five\n')
      assert.equal(plain(TEN, after, 1), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -4,3 +4,3 @@\n 4\n-5\n+five\n 6\n')
      assert.equal(plain(TEN, after, 0), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -5,1 +5,1 @@\n-5\n+five\n')
    })

    it('splits distant changes into separate hunks', () => {
      assert.equal(
        plain(TEN, TEN.replace('1\n', 'one\n').replace('10\n', 'ten\n'), 1),
        [
          '--- a/PLAN.md',
          '+++ b/PLAN.md',
          '@@ -1,2 +1,2 @@',
          '-1',
          '+one',
          ' 2',
          '@@ -9,2 +9,2 @@',
          ' 9',
          '-10',
          '+ten',
          '',
        ].join('\n'),
      )
    })

    it('uses the line-before convention for empty ranges (new and emptied files)', () => {
      assert.equal(plain('', 'x\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -0,0 +1,1 @@\n+x\n')
      assert.equal(plain('x\n', ''), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,1 +0,0 @@\n-x\n')
    })

    it('shows pure insertions and deletions', () => {
      assert.equal(plain('a\nc\n', 'a\nb\nc\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,3 @@\n a\n+b\n c\n')
      assert.equal(plain('a\nb\nc\n', 'a\nc\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,3 +1,2 @@\n a\n-b\n c\n')
    })
  })

  describe('untrusted content', () => {
    it('escapes ESC, bidi and zero-width characters in changed lines', () => {
      assert.equal(
        plain('a\nb\n', 'a\n\x1b[2J\x1b[31mred\u202eevil\u200b.\n'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n a\n-b\n+\\x1B[2J\\x1B[31mred\\u202Eevil\\u200B.\n',
      )
    })

    it('escapes context lines too', () => {
      assert.equal(plain('\x07bell\nb\n', '\x07bell\nc\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n \\x07bell\n-b\n+c\n')
    })

    it('escapes the path and keeps each header on one line', () => {
      const diff = renderDiff({path: 'evil\x1b]0;title\x07\n+++ b/x.md', before: 'a\n', after: 'b\n'}, {color: false})
      assert.equal(
        diff,
        '--- a/evil\\x1B]0;title\\x07\\x0A+++ b/x.md\n+++ b/evil\\x1B]0;title\\x07\\x0A+++ b/x.md\n@@ -1,1 +1,1 @@\n-a\n+b\n',
      )
    })

    it('contains no raw escape characters even when colored', () => {
      const diff = renderDiff({path: 'p', before: 'a\n', after: '\x1b[31m\u202e\n'}, {color: true})
      // Every ESC must start one of our SGR codes, never content.
      assert.equal(diff.replace(/\x1b\[\d+m/g, '').includes('\x1b'), false)
      assert.equal(diff.includes('\u202e'), false)
    })
  })

  describe('line endings', () => {
    it('shows a CRLF file without CR garbage or markers', () => {
      assert.equal(
        plain('# Plan\r\n- [ ] D1\r\n- [ ] D2\r\n', '# Plan\r\n- [x] D1\r\n- [ ] D2\r\n'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,3 +1,3 @@\n # Plan\n-- [ ] D1\n+- [x] D1\n - [ ] D2\n',
      )
    })

    it('makes a change of only the line ending visible with ␍', () => {
      assert.equal(plain('a\nb\nc\n', 'a\nb\r\nc\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,3 +1,3 @@\n a\n-b\n+b␍\n c\n')
      assert.equal(plain('a\r\nb\r\n', 'a\r\nb\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n a␍\n-b␍\n+b\n')
    })

    it('marks a whole-file LF to CRLF conversion', () => {
      assert.equal(plain('a\nb\n', 'a\r\nb\r\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n-a\n-b\n+a␍\n+b␍\n')
    })

    it('flags an edit that slips an LF line into a CRLF file', () => {
      assert.equal(
        plain('a\r\nb\r\nc\r\n', 'a\r\nB\nc\r\n'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,3 +1,3 @@\n a␍\n-b␍\n+B\n c␍\n',
      )
    })

    it('shows a missing final newline being added', () => {
      assert.equal(
        plain('a\nb', 'a\nb\n'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
      )
    })

    it('shows a final newline being removed', () => {
      assert.equal(
        plain('a\nb\n', 'a\nb'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n',
      )
    })

    it('keeps the no-newline note on an unchanged last context line', () => {
      assert.equal(
        plain('a\nb\nc', 'A\nb\nc'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n\\ No newline at end of file\n',
      )
    })

    it('handles a CRLF file without a final newline', () => {
      assert.equal(
        plain('a\r\nb', 'a\r\nB'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n',
      )
    })

    it('escapes a CR that ends the file, since it is not a line ending', () => {
      assert.equal(
        plain('a\nb\r', 'a\nb\n'),
        '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,2 +1,2 @@\n a\n-b\\x0D\n\\ No newline at end of file\n+b\n',
      )
    })

    it('escapes a lone CR inside a line', () => {
      assert.equal(plain('x\n', 'fake\rx\n'), '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,1 +1,1 @@\n-x\n+fake\\x0Dx\n')
    })
  })

  describe('color', () => {
    it('emits no ANSI codes when color is off', () => {
      const diff = plain(TEN, TEN.replace('5\n', 'five\n'))
      assert.equal(diff.includes('\x1b'), false)
    })

    it('colors headers bold, hunk headers cyan, removals red, additions green, context plain', () => {
      assert.equal(
        renderDiff({path: 'PLAN.md', before: 'a\nb\nc', after: 'a\nB\nc'}, {color: true}),
        [
          bold('--- a/PLAN.md'),
          bold('+++ b/PLAN.md'),
          cyan('@@ -1,3 +1,3 @@'),
          ' a',
          red('-b'),
          green('+B'),
          ' c',
          '\\ No newline at end of file',
          '',
        ].join('\n'),
      )
    })

    it('colors the ␍ marker with its line', () => {
      assert.equal(
        renderDiff({path: 'p', before: 'a\n', after: 'a\r\n'}, {color: true}),
        [bold('--- a/p'), bold('+++ b/p'), cyan('@@ -1,1 +1,1 @@'), red('-a'), green('+a␍'), ''].join('\n'),
      )
    })

    it('has the same text with and without color', () => {
      const change = {path: 'p', before: TEN, after: TEN.replace('3\n', 'x\x1b\n')}
      const colored = renderDiff(change, {color: true})
      assert.equal(colored.replace(/\x1b\[\d+m/g, ''), renderDiff(change, {color: false}))
    })
  })
})
