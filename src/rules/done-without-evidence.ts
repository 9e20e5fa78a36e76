import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const doneWithoutEvidence: Rule = {
  id: 'done-without-evidence',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
