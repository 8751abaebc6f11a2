import { type MouseEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness, SectionCompleteness } from '../../../../domain/reports/completeness';
import type { Finding } from '../../../../domain/reports/findings';
import { pathLabels } from '../../../../domain/reports/labels';
import { useEditor } from './context';
import classes from './editor.module.css';
import { findingText } from './finding-text';
import { domId } from './paths';

interface ChecksPanelProps {
  result: Completeness;
  /** The section shown: its group is open. */
  current: string;
  /** All groups open (the review step). */
  expanded?: boolean;
  headingLevel?: 2 | 3;
  onGo: (path: string) => void;
}

/** Missing fields, errors and warnings, by section, each a link that moves focus to the field. */
export const ChecksPanel = memo(function ChecksPanel({
  result,
  current,
  expanded,
  headingLevel = 2,
  onGo,
}: ChecksPanelProps) {
  const { t } = useTranslation('reportEditor');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { missing, errors, warnings } = result.counts;
  const groups = result.sections.filter((s) => s.missing.length + s.errors.length + s.warnings.length > 0);
  return (
    <section aria-labelledby="report-checks-heading" className={classes.checks}>
      <Heading id="report-checks-heading" className={classes.sideTitle}>
        {t('reportEditor.checks.heading')}
      </Heading>
      <p className={classes.checksSummary}>
        {missing + errors === 0
          ? t('reportEditor.checks.ready')
          : `${t('reportEditor.checks.missing', { count: missing })} · ${t('reportEditor.checks.errors', { count: errors })}`}
        {warnings > 0 && ` · ${t('reportEditor.checks.warnings', { count: warnings })}`}
      </p>
      {groups.map((section) => (
        <details
          key={section.section}
          open={expanded || section.section === current}
          className={classes.checkGroup}
        >
          <summary>
            {section.title}{' '}
            <span className={classes.help}>
              ({section.missing.length + section.errors.length + section.warnings.length})
            </span>
          </summary>
          <CheckList section={section} onGo={onGo} />
        </details>
      ))}
      {result.general.length > 0 && <GeneralList findings={result.general} />}
    </section>
  );
});

function CheckList({ section, onGo }: { section: SectionCompleteness; onGo: (path: string) => void }) {
  const { t } = useTranslation('reportEditor');
  const { format, lang } = useEditor();
  const where = (path: string) => pathLabels(format, path, lang).slice(1).join(' › ');
  const link = (path: string, text: string) => (
    <a
      href={`#${domId(path)}`}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        onGo(path);
      }}
    >
      {text}
    </a>
  );
  const item = (finding: Finding, tone: 'error' | 'warning') => {
    const place = where(finding.path);
    const text = findingText(finding, t, lang, format);
    return (
      <li
        key={`${tone}:${finding.path}:${finding.rule}`}
        className={tone === 'error' ? classes.errorText : classes.warningText}
      >
        {tone === 'warning' ? `${t('reportEditor.checks.warningPrefix')} ` : ''}
        {link(finding.path, place ? `${place}: ${text}` : text)}
      </li>
    );
  };
  return (
    <ul className={classes.checkList}>
      {section.missing.map((entry) => (
        <li key={`missing:${entry.path}`}>
          {link(entry.path, t('reportEditor.checks.missingItem', { label: entry.label }))}
        </li>
      ))}
      {section.errors.map((finding) => item(finding, 'error'))}
      {section.warnings.map((finding) => item(finding, 'warning'))}
    </ul>
  );
}

/** Findings about the report as a whole (its format version or kind), which no field shows. */
function GeneralList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation('reportEditor');
  const { format, lang } = useEditor();
  return (
    <details open className={classes.checkGroup}>
      <summary>{t('reportEditor.checks.general')}</summary>
      <ul className={classes.checkList}>
        {findings.map((finding) => (
          <li key={`${finding.path}:${finding.rule}`} className={classes.errorText}>
            {findingText(finding, t, lang, format)}
          </li>
        ))}
      </ul>
    </details>
  );
}
