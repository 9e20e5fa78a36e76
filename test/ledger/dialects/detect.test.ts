import assert from 'node:assert/strict'
import {readLines} from './read.js'

describe('dialect detection', () => {
  it('says a prose plan has no items instead of guessing', () => {
    const ledger = readLines(['# Plan', '', 'We should fix the loader first,', 'then look at the cache.', '', '## Notes', '- keep it small'])
    assert.equal(ledger.dialect, 'none')
    assert.deepEqual(ledger.items, [])
  })

  it('reads `## [ID]` headings whenever there are any, however many boxes the file has', () => {
    const ledger = readLines(['# Plan', '', '## [A-1] Only item', '- Status: done', '', '## Checks', '- [ ] one', '- [ ] two', '- [ ] three'])
    assert.equal(ledger.dialect, 'bracketed-headings')
    assert.deepEqual(ledger.items.map((item) => [item.id, item.state, item.status, item.statusSource]), [['A-1', 'done', 'done', 'field']])
  })

  it('gives boxes under an ID heading with prose to the heading, as tasks', () => {
    const ledger = readLines(['# Plan', '', '### 1.1 Auth bypass', 'Why it matters.', '- [ ] handlers checked', '- [ ] tests pass', '', '### 1.2 Weak passwords', 'Prose.', '- [ ] rejected'])
    assert.equal(ledger.dialect, 'id-headings')
    assert.deepEqual(ledger.items.map((item) => [item.id, item.tasks.length]), [['1.1', 2], ['1.2', 1]])
  })

  it('reads ID headings that open straight into boxes as groups of checklist items', () => {
    const ledger = readLines(['# Plan', '', '### 0. Bootstrap', '', '- [x] init the app', '- [x] add docs', '', '### 1. Auth', '- [ ] users'])
    assert.equal(ledger.dialect, 'checklist')
    assert.deepEqual(ledger.items.map((item) => [item.line, item.section, item.state]), [[5, '0. Bootstrap', 'done'], [6, '0. Bootstrap', 'done'], [9, '1. Auth', 'open']])
  })

  it('reads the dialect the config names, even where detection would choose another', () => {
    const lines = ['# Plan', '', '### 1.1 Auth', 'Prose.', '- [ ] a', '- [x] b']
    assert.equal(readLines(lines).dialect, 'id-headings')
    const forced = readLines(lines, {dialect: 'checklist'})
    assert.equal(forced.dialect, 'checklist')
    assert.deepEqual(forced.items.map((item) => item.line), [5, 6])
    assert.deepEqual(readLines(lines, {dialect: 'none'}).items, [])
  })
})
