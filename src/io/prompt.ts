import confirm from '@inquirer/confirm'

// Error names @inquirer/core uses when the user leaves the prompt (Ctrl-C, process exit, abort, cancel).
const LEFT_PROMPT = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError'])

/**
 * Asks a yes/no question on the terminal, defaulting to "no". The only place that reads terminal
 * input. Ctrl-C or closed input count as "no".
 */
export async function confirmOnTerminal(question: string): Promise<boolean> {
  // @inquirer/confirm appends its own "(y/N)", so a hint already in the question would show twice.
  const prompt = confirm({message: question.replace(/\s*[[(]y\/N[\])]\s*$/i, ''), default: false})
  // Ctrl-D closes readline and inquirer only rejects from the process 'exit' hook, too late for async
  // work; an emptying event loop already means no answer can come, so settle as "no" there.
  const cancelOnIdle = () => prompt.cancel()
  process.once('beforeExit', cancelOnIdle)
  try {
    return await prompt
  } catch (error) {
    if (error instanceof Error && LEFT_PROMPT.has(error.name)) return false
    throw error
  } finally {
    process.removeListener('beforeExit', cancelOnIdle)
  }
}
