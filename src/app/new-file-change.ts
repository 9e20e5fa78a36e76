import type {PlannedChange} from './apply-change.js'

/** A file the command creates (`path` cwd-relative): written only if still absent; undone by removing it. */
export function plannedNewFile(path: string, after: string): PlannedChange {
  return {
    path,
    before: '',
    after,
    write: async () => {
      const {createNewFile} = await import('../io/create-file.js')
      return createNewFile(path, after)
    },
    isCurrent: async () => {
      const {exists} = await import('../io/find-config.js')
      return !(await exists(path))
    },
    restore: async () => {
      const {removeCreatedFile} = await import('../io/create-file.js')
      return removeCreatedFile(path, after)
    },
  }
}
