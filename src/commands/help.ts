import * as Args from '@oclif/core/args'
import {UserError} from '../errors.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {shownInput} from '../shown-input.js'
import {BaseCommand} from './base-command.js'

/** `planledger help [COMMAND…]`: what `--help` shows, as the command people type first. */
export default class Help extends BaseCommand {
  static override summary = 'Show help for planledger, or for one command'
  static override enableJsonFlag = false
  static override strict = false
  static override examples = ['<%= config.bin %> help', '<%= config.bin %> help tick', '<%= config.bin %> help finding add']

  static override args = {
    command: Args.string({description: 'a command, e.g. list or finding add (more words for commands of more words)'}),
  }

  async run(): Promise<void> {
    const {argv} = await this.parse(Help)
    const words = argv as string[]
    const typed = words.join(' ')
    const known = this.config.commandIDs.map((id) => id.replaceAll(':', ' '))
    const topics = this.config.topics.map((topic) => topic.name.replaceAll(':', ' '))
    if (words.length > 0 && !known.includes(typed) && !topics.includes(typed)) {
      throw new UserError(`unknown command \`${shownInput(typed)}\``, {hint: didYouMean(suggestClosest(typed, known)) ?? `commands: ${known.sort().join(', ')}`})
    }
    const {loadHelpClass} = await import('@oclif/core/help')
    const HelpClass = await loadHelpClass(this.config)
    await new HelpClass(this.config, this.config.pjson.oclif.helpOptions).showHelp(words)
  }
}
