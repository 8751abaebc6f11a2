import { useTranslation } from 'react-i18next';
import { matchLanguage } from '../../../lib/languages';
import { type ReportSummary, useStateNameList } from '../api-editor';

/** "Annual report 2025: Peru" or "Initial report: Peru", the State named in the interface language. */
export function useReportTitle(
  report: Pick<ReportSummary, 'iso3' | 'stateName' | 'kind' | 'year'> | undefined,
) {
  const { t, i18n } = useTranslation('reportEditor');
  const lang = matchLanguage(i18n.language) ?? 'en';
  const states = useStateNameList(lang).data;
  if (!report) return t('reportEditor.page.title');
  const state = states?.find((s) => s.iso3 === report.iso3)?.name ?? report.stateName;
  return report.kind === 'initial'
    ? t('reportEditor.page.initialTitle', { state })
    : t('reportEditor.page.annualTitle', { state, year: report.year });
}
