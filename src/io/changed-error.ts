import {FileChangedError} from '../errors.js'

export function changedSinceReadError(path: string): FileChangedError {
  return new FileChangedError(`${path} changed since planledger read it; nothing written`, {
    path,
    hint: 're-run the command to apply it to the current file',
  })
}
