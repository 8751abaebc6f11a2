import { type ChangeEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../lib/i18n';
import { DEFAULT_LANGUAGE, isLanguageCode, LANGUAGES, matchLanguage } from '../lib/languages';
import { SelectField } from './plain';

interface LanguageSwitcherProps {
  className?: string;
}

/**
 * A native <select>: every browser and screen reader already knows how to operate it, and it
 * needs no script-positioned popup. Each option carries its own `lang` so it is pronounced right.
 */
export function LanguageSwitcher({ className }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const active = matchLanguage(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE;
  // Shows the choice at once, while the new language file is still loading.
  const [selected, setSelected] = useState(active);
  useEffect(() => setSelected(active), [active]);

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.currentTarget.value;
    if (!isLanguageCode(value)) return;
    setSelected(value);
    setLanguage(value).catch(() => setSelected(active));
  };

  return (
    <SelectField
      className={className}
      label={t('language.label')}
      value={selected}
      onChange={onChange}
      options={LANGUAGES.map((language) => ({
        value: language.code,
        label: language.name,
        lang: language.code,
      }))}
    />
  );
}
