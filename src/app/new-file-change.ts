import {dirname} from 'node:path'
import type {PlannedChange} from './apply-change.js'

/**
 * A file the command creates (`path` cwd-relative): written only if still absent; undone by removing
 * it. With `makeFolders`, missing folders above it are created first and removed again by the undo.
 */
export function plannedNewFile(path: string, after: string, options: {makeFolders?: boolean} = {}): PlannedChange {
  let created: string[] = []
  return {
    path,
    before: '',
    after,
    write: async () => {
      const {createNewFile} = await import('../io/create-file.js')
      if (options.makeFolders) {
        const {makeFolders, removeFolders} = await import('../io/make-folders.js')
        created = await makeFolders(dirname(path))
        return createNewFile(path, after).catch(async (error: unknown) => {
          await removeFolders(created)
          throw error
        })
      }
      return createNewFile(path, after)
    },
    isCurrent: async () => {
      const {exists} = await import('../io/find-config.js')
      return !(await exists(path))
    },
    restore: async () => {
      const [{removeCreatedFile}, {removeFolders}] = await Promise.all([import('../io/create-file.js'), import('../io/make-folders.js')])
      await removeCreatedFile(path, after)
      await removeFolders(created)
    },
  }
}
