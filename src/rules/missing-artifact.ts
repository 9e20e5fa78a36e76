import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const missingArtifact: Rule = {
  id: 'missing-artifact',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
