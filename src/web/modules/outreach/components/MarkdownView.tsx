import { useMemo } from 'react';
import classes from '../outreach.module.css';
import { renderMarkdown } from './markdown';

interface MarkdownViewProps {
  source: string;
  /** Names the rendered region for screen readers (e.g. "Preview"). */
  label?: string;
}

/** Renders a Markdown summary; loaded on its own so the list page never downloads the parser. */
export default function MarkdownView({ source, label }: MarkdownViewProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div
      className={classes.markdown}
      {...(label ? { role: 'region', 'aria-label': label } : {})}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by renderMarkdown (raw HTML escaped, DOMPurify allow-list).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
