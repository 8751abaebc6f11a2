import type { TFunction } from 'i18next';
import type { Finding } from '../../../../domain/reports/findings';
import type { ReportFormat } from '../../../../domain/reports/format-types';
import type { Language } from '../../../../domain/reports/kinds';
import { intlLocale } from '../../../lib/languages';

/**
 * A finding in the interface language: the domain's English message is replaced by a translated
 * sentence built from the finding's rule and params (figures formatted for the language).
 */
export function findingText(
  finding: Finding,
  t: TFunction<'reportEditor'>,
  language: Language,
  format: ReportFormat,
): string {
  const numbers = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 });
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(finding.params ?? {}))
    params[key] = typeof value === 'number' ? numbers.format(value) : value;
  const form = /^cover\.([A-J])/.exec(finding.path)?.[1] ?? finding.path.charAt(0);

  switch (finding.rule) {
    case 'cover_missing':
    case 'not_applicable_with_data':
    case 'changed_without_data':
      return t(`reportEditor.rules.${finding.rule}`, { form });
    case 'cover_year_invalid':
      return t('reportEditor.rules.cover_year_invalid', {
        min: params.min ?? '2010',
        max: params.max ?? String(new Date().getFullYear()),
      });
    case 'stock_balance':
      return t(params.type ? 'reportEditor.rules.stock_balance_type' : 'reportEditor.rules.stock_balance', {
        type: params.type ?? '',
        start: params.start ?? '0',
        discovered: params.discovered ?? '0',
        destroyed: params.destroyed ?? '0',
        out: params.out ?? '0',
        end: params.end ?? '0',
        expected: params.expected ?? '0',
      });
    case 'cleared_exceeds_contaminated':
      if (!params.location)
        return t('reportEditor.rules.cleared_exceeds_contaminated', {
          cleared: params.cleared ?? '',
          contaminated: params.contaminated ?? '',
        });
      return t(
        finding.params?.contaminated === 0
          ? 'reportEditor.rules.cleared_without_contaminated_location'
          : 'reportEditor.rules.cleared_exceeds_contaminated_location',
        { cleared: params.cleared ?? '', contaminated: params.contaminated ?? '', location: params.location },
      );
    case 'large_change': {
      const total = format.totals.find((item) => item.id === params.total);
      return t('reportEditor.rules.large_change', {
        total: total?.label[language] ?? params.total ?? '',
        previous: params.previous ?? '',
        current: params.current ?? '',
      });
    }
    case 'min_rows':
    case 'below_min':
      return t(`reportEditor.rules.${finding.rule}`, { min: params.min ?? '' });
    case 'max_rows':
    case 'too_long':
    case 'above_max':
      return t(`reportEditor.rules.${finding.rule}`, { max: params.max ?? '' });
    case 'not_option':
      return t('reportEditor.rules.not_option');
    case 'cover_choice_not_offered':
      return t('reportEditor.rules.cover_choice_not_offered', { form });
    case 'destruction_without_stockpile':
      return t('reportEditor.rules.destruction_without_stockpile', {
        munitions: params.munitions ?? '0',
        submunitions: params.submunitions ?? '0',
      });
    case 'start_differs_from_previous':
      return t('reportEditor.rules.start_differs_from_previous', {
        current: params.current ?? '',
        previous: params.previous ?? '',
      });
    default:
      return t(`reportEditor.rules.${finding.rule}`);
  }
}
