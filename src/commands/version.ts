import {BaseCommand} from './base-command.js'

/** `planledger version`: the line `--version` and `-v` print. */
export default class Version extends BaseCommand {
  static override summary = 'Show the planledger version'
  static override enableJsonFlag = false

  async run(): Promise<void> {
    await this.parse(Version)
    this.log(this.config.userAgent)
  }
}
