import {memoizeByString} from '../string-memo.js'

/** What a heading says about a phase: `Phase D1 — Runtime & Resource Profile ✅ COMPLETE`. */
export interface PhaseHeading {
  /** `A`, `D1`, `EB2.A`; absent for `Final Phase: ...`. */
  id?: string
  title: string
  status?: string
}

const STATUS_WORDS = 'COMPLETED?|DONE|IN[ _-]PROGRESS|BLOCKED|PENDING|PARTIAL|OPEN|TODO|SKIPPED|DEFERRED|WIP'
const STATUS_EMOJI = '✅|☑️?|✔️?|🚧|⏳|❌|⛔|🟢|🟡|🔴|🔄'
// A trailing status, optionally after a dash (group 1): `✅ COMPLETE`, `COMPLETE`, `(DONE)`, `[x]`, a lone `✅`.
// The blank before it is looked behind, not matched: matching it, every start in a long run of blanks
// rescanned the rest of the run (quadratic).
const TRAILING_STATUS = new RegExp(
  `(?:^|(?<=[ \\t]))([—–-][ \\t]*)?(\\(?(?:(?:${STATUS_EMOJI})[ \\t]*)?(?:${STATUS_WORDS})\\)?|\\[[ xX✅PDB]\\]|${STATUS_EMOJI})[ \\t]*$`,
  'iu',
)
// A word that weakens the status after it (`MOSTLY`, `NEARLY`, `ALMOST`), with any dash or emoji before it.
const STATUS_QUALIFIER = new RegExp(`(?:^|(?<=[ \\t]))([—–-][ \\t]*)?((?:(?:${STATUS_EMOJI})[ \\t]*)?(?:ALMOST|HALF|\\p{L}+LY))$`, 'iu')
const PHASE_WITH_ID = /^Phase[ \t]+([\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*)(?=$|[ \t:.—–(-])/iu
const PHASE_WITHOUT_ID = /^(?:\p{L}+[ \t]+)?Phase(?:[ \t]*:|[ \t]+[—–-][ \t])/iu
// Both patterns above need `Phase` as the first or second word: most headings are rejected here, cheaply.
const MAY_NAME_PHASE = /^(?:\p{L}+[ \t]+)?Phase/iu

/**
 * The phase a heading's title names, or undefined when it is not a phase heading. Read once per
 * distinct title (the result is shared, read-only): its Unicode regexes are slow to warm up, and
 * plans repeat titles (`### Attempt`, history versions of one file).
 */
export const parsePhaseHeading: (headingText: string) => Readonly<PhaseHeading> | undefined = memoizeByString(readPhaseHeading)

function readPhaseHeading(headingText: string): PhaseHeading | undefined {
  // Bold and leading emoji are decoration: `**Phase 1: Core**`, `📋 Phase A`.
  let text = headingText.replace(/\*\*/g, '').replace(/^[^\p{L}\p{N}]+/u, '').trim()
  if (!MAY_NAME_PHASE.test(text)) return undefined
  let status: string | undefined
  const trailing = TRAILING_STATUS.exec(text)
  if (trailing && isStatus(trailing[2], trailing[1] !== undefined)) {
    status = trailing[2]
    text = text.slice(0, trailing.index).trim()
    // `✅ MOSTLY COMPLETE`: the qualifier (and the mark before it) belong to the status, not the title.
    const qualifier = trailing[1] === undefined ? STATUS_QUALIFIER.exec(text) : null
    if (qualifier && isQualifier(qualifier[2], qualifier[1] !== undefined)) {
      status = `${qualifier[2]} ${status}`
      text = text.slice(0, qualifier.index).trim()
    }
  }
  const withId = PHASE_WITH_ID.exec(text)
  if (withId && isPhaseId(withId[1])) {
    const title = text.slice(withId[0].length).replace(/^[ \t]*[:.—–-]?[ \t]*/, '').trim()
    return {id: withId[1], title, status}
  }
  if (PHASE_WITHOUT_ID.test(text)) return {title: text, status}
  return undefined
}

/** Status words count in capitals (`COMPLETE`), any case only after a dash (`- Complete`), an emoji or in brackets. */
function isStatus(candidate: string, dashed: boolean): boolean {
  if (dashed || /^\[.\]$/u.test(candidate)) return true
  if (new RegExp(`^\\(?(?:${STATUS_EMOJI})`, 'u').test(candidate)) return true
  return candidate === candidate.toUpperCase()
}

/** In capitals or after an emoji any `-LY` word; after a dash only the usual ones (`— Assembly COMPLETE` is a title). */
function isQualifier(candidate: string, dashed: boolean): boolean {
  if (LEADING_EMOJI.test(candidate) || candidate === candidate.toUpperCase()) return true
  return dashed && USUAL_QUALIFIERS.test(candidate)
}

const LEADING_EMOJI = new RegExp(`^(?:${STATUS_EMOJI})`, 'u')
const USUAL_QUALIFIERS = /^(?:almost|half|nearly|mostly|partially|partly|largely|substantially|essentially|practically|virtually|fully)$/i

/** `D1`, `2`, `EB2.A`, `A`, `IV`; not an English word such as `Status` or `Overview`. */
function isPhaseId(token: string): boolean {
  return /\d/.test(token) || /^[A-Z]{1,4}(?:[._-][A-Z]{1,4})*$/.test(token)
}
