import {readFileSync} from 'node:fs'
import {UserError} from '../errors.js'

/** The text of `path`, or of stdin when it is `-` (a pipe is read to its end); `what` names it in errors. */
export function readTextInput(path: string, what: string): string {
  try {
    // File descriptor 0 is stdin.
    return readFileSync(path === '-' ? 0 : path, 'utf8')
  } catch (error) {
    throw new UserError(`cannot read ${what} from ${path === '-' ? 'stdin' : path}: ${(error as Error).message}`, {hint: 'give a readable file, or - to read stdin'})
  }
}
