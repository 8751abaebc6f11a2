import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areaFigures, countFigures, type Figure } from '../received';
import classes from '../reports.module.css';

interface Props {
  figures: Record<Figure, string>;
  /** Errors by field, e.g. 'keyFigures.clearedArea'. */
  errors: Record<string, string>;
  onChange: (figure: Figure, value: string) => void;
}

/**
 * The figures of a received report that the ISU's analysis adds up: munitions and submunitions
 * stockpiled, destroyed and retained, and land contaminated and cleared (m²). Blank: not given.
 */
export function KeyFiguresFields({ figures, errors, onChange }: Props) {
  const { t } = useTranslation('reports');
  const input = (figure: Figure, area: boolean) => (
    <TextInput
      key={figure}
      type="number"
      inputMode={area ? 'decimal' : 'numeric'}
      min={0}
      step={area ? 'any' : 1}
      label={t(`reports.figures.${figure}`)}
      value={figures[figure]}
      onChange={(event) => onChange(figure, event.currentTarget.value)}
      error={errors[`keyFigures.${figure}`]}
    />
  );
  return (
    <fieldset className={classes.fieldset}>
      <legend>{t('reports.received.figures')}</legend>
      <Text size="sm" mb="xs">
        {t('reports.received.figuresHint')}
      </Text>
      <div className={classes.figures}>{countFigures.map((f) => input(f, false))}</div>
      <div className={classes.figures}>{areaFigures.map((f) => input(f, true))}</div>
    </fieldset>
  );
}
