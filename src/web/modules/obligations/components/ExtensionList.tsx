import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../api';
import { dateOrDash } from '../format';
import classes from '../obligations.module.css';

type Extension = Obligation['extensions'][number];

/** One line per extension: "To 1 April 2021 (9MSP)" (the deciding meeting's short name), or its outcome. */
export function extensionText(e: Extension, t: TFunction<'obligations'>, language: string) {
  const at = e.decidedAt ? ` (${e.decidedAt})` : '';
  if (e.decision === 'not_granted') return `${t('obligations.extension.notGranted')}${at}`;
  if (e.grantedUntil)
    return `${t('obligations.extension.grantedUntil', { date: dateOrDash(e.grantedUntil, language) })}${at}`;
  return t('obligations.extension.pending', { date: dateOrDash(e.requestedUntil, language) });
}

export function ExtensionList({ extensions }: { extensions: Extension[] }) {
  const { t, i18n } = useTranslation('obligations');
  if (extensions.length === 0) return <>—</>;
  return (
    <ol className={classes.plainList}>
      {extensions.map((e) => (
        <li key={`${e.requestedOn}-${e.requestedUntil}-${e.grantedUntil}`}>
          {extensionText(e, t, i18n.language)}
        </li>
      ))}
    </ol>
  );
}
