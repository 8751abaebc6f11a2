import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/**
 * Markdown for country summaries. Raw HTML in the source is shown as text, never interpreted;
 * headings start at level 3 so a summary never competes with the page's own h1 and h2; images
 * are shown as their description (the Content-Security-Policy would block outside images anyway).
 */
const markdown = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ text }: Tokens.Image) => escapeHtml(text),
    heading(
      this: { parser: { parseInline: (tokens: Tokens.Heading['tokens']) => string } },
      { tokens, depth }: Tokens.Heading,
    ) {
      const level = Math.min(depth + 2, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

const allowedTags = [
  'p',
  'br',
  'hr',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
];

/**
 * Markdown to safe HTML: marked escapes raw HTML, then DOMPurify keeps only the tags above and
 * plain links (no `javascript:` or other script URLs, no event handlers, no style).
 */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href', 'title', 'type', 'checked', 'disabled', 'start', 'align'],
    ALLOW_DATA_ATTR: false,
  });
}
