import {corpusSkipNote} from './corpus.js'

// A mocha root hook (.mocharc.json `require`): after the whole run, one line saying which corpus
// tests were left out and how to run them, instead of a line per skipped test.
export const mochaHooks = {
  afterAll(): void {
    const note = corpusSkipNote()
    if (note) process.stdout.write(`\n  ${note}\n`)
  },
}
