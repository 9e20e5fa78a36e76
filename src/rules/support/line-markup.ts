import {codeSpansOf, type CodeSpan} from './code-spans.js'
import {markdownLinksOf, type MarkdownLink} from './markdown-links.js'

/** What one line cites: its inline code spans, and its inline links (those outside the code spans). */
export interface LineMarkup {
  codeSpans: CodeSpan[]
  links: MarkdownLink[]
}

export function lineMarkupOf(text: string): LineMarkup {
  const codeSpans = codeSpansOf(text)
  return {codeSpans, links: markdownLinksOf(text, codeSpans)}
}
