import {InternalError} from '../errors.js'
import {BaseCommand} from './base-command.js'

// Placeholder while the command is being written; replaced in the same change series.
export default class FindingAdd extends BaseCommand {
  static override summary = 'not yet implemented'
  async run(): Promise<void> {
    throw new InternalError('finding-add is not implemented yet')
  }
}
