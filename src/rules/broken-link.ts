import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const brokenLink: Rule = {
  id: 'broken-link',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
