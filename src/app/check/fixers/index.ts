import {attemptNumberFixer} from './attempt-number.js'
import type {Fixer} from './fixer.js'
import {indexStatusFixer} from './index-status.js'
import {lastUpdatedFixer} from './last-updated.js'

/** The mechanical repairs `check --fix` knows, by the rule whose reports they answer. */
export const FIXERS: readonly Fixer[] = [indexStatusFixer, attemptNumberFixer, lastUpdatedFixer]
