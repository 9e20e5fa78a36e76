import type {MissingLedger, Rule, RuleReport} from './rule.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/**
 * A configured ledger that is not there. Plain `check`: the configured fix plan or findings ledger
 * does not exist (an absent default is no problem). --staged / --since: a ledger present at the
 * baseline was deleted, which would erase its append-only history without a word, or renamed,
 * which the check follows but the configuration must too, or the next run checks nothing.
 */
export const missingLedger: Rule = {
  id: 'missing-ledger',
  description: 'A configured ledger does not exist, or was deleted or renamed since the baseline (--staged / --since)',
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  check(context) {
    return (context.missingLedgers ?? []).map(report)
  },
}

const ROLE_NAMES = {'fix-plan': 'fix plan', findings: 'findings ledger'} as const
const CONFIG_KEYS = {'fix-plan': 'fixPlan', findings: 'findings'} as const

function report(missing: MissingLedger): RuleReport {
  const name = ROLE_NAMES[missing.role]
  const key = CONFIG_KEYS[missing.role]
  switch (missing.change) {
    case 'absent':
      return {path: missing.path, line: 1, message: `The configured ${name} ${missing.path} does not exist`, hint: `create it, or set "${key}" in .planledger.json to where it is`}
    case 'deleted':
      return {
        path: missing.path,
        line: 1,
        message: `The ${name} ${missing.path} was deleted (it is in ${missing.baseline}); a ledger is kept, its history with it`,
        hint: `restore it (git checkout ${missing.baseline} -- ${missing.path}); move finished items out with \`planledger archive\` instead`,
      }
    case 'renamed': {
      const to = missing.renamedTo
      return {
        path: to.path,
        line: 1,
        message: `The ${name} ${missing.path} was renamed to ${to.path}; checked there, but .planledger.json does not name it`,
        hint: `set "${key}": "${to.rootRelative}" in .planledger.json`,
      }
    }
  }
}
