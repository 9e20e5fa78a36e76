import assert from 'node:assert/strict'
import {readLines} from './read.js'

describe('queue-log dialect', () => {
  const ledger = readLines([
    '# fix_plan.md', //                                          1
    '',
    '## Queue', //                                               3
    '',
    '1. Make orchestration complete', //                         5
    '   - Specs: `specs/05.md`', //                              6
    '   - Done when:', //                                        7
    '     - the pipeline test passes', //                        8
    '   - Verify: `cargo test`', //                              9
    '',
    '2. Implement credential resolution', //                    11
    '',
    '## Completed', //                                          13
    '',
    '- 2026-02-27: Brain job groups for large landscapes', //   15
    '  - Spec: `specs/15.md`',
    '- 2026-02-26: Root README added', //                       17
    '',
    '### Done when', //                                         19
  ])

  it('reads queue entries as open and completed entries as done, without IDs', () => {
    assert.equal(ledger.dialect, 'queue-log')
    assert.deepEqual(
      ledger.items.map((item) => [item.line, item.id, item.kind, item.state, item.statusSource, item.title, item.endLine]),
      [
        [5, null, 'queue-entry', 'open', 'section', 'Make orchestration complete', 9],
        [11, null, 'queue-entry', 'open', 'section', 'Implement credential resolution', 11],
        [15, null, 'log-entry', 'done', 'section', 'Brain job groups for large landscapes', 16],
        [17, null, 'log-entry', 'done', 'section', 'Root README added', 17],
      ],
    )
  })

  it('reads the nested `- Key:` bullets of an entry as its fields', () => {
    assert.deepEqual(ledger.items[0].fields.map((field) => field.key), ['Specs', 'Done when', 'Verify'])
  })
})
