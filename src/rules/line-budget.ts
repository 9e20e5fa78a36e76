import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const lineBudget: Rule = {
  id: 'line-budget',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
