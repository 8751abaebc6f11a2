import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileField } from '../../../../domain/reports/format-types';
import type { FileRef } from '../../../../domain/reports/report-data';
import { errorText } from '../../../lib/api-errors';
import { useEditor } from './context';
import classes from './editor.module.css';
import type { ControlProps } from './FieldControl';

const isFileRef = (value: unknown): value is FileRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FileRef).ref === 'string' &&
  typeof (value as FileRef).name === 'string';

export const filesOf = (value: unknown): FileRef[] =>
  Array.isArray(value) ? value.filter(isFileRef) : isFileRef(value) ? [value] : [];

/**
 * Documents or photographs: each upload goes to the report's file store at once and the report
 * keeps { ref, name }. The list names every file with a button to take it out.
 */
export function FileControl({
  field,
  id,
  value,
  label,
  visibleLabel,
  describedBy,
  onChange,
}: ControlProps & { field: FileField }) {
  const { t } = useTranslation('reportEditor');
  const { upload } = useEditor();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const files = filesOf(value);

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    if (picked.length === 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const added: FileRef[] = [];
      for (const file of picked) added.push(await upload(file));
      onChange((old: unknown) => (field.multiple ? [...filesOf(old), ...added] : added[0]));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const remove = (ref: string) =>
    onChange((old: unknown) => (field.multiple ? filesOf(old).filter((f) => f.ref !== ref) : undefined));

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-label={visibleLabel ? undefined : label}
      aria-labelledby={visibleLabel ? `${id}-label` : undefined}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      className={classes.files}
    >
      {files.length > 0 && (
        <ul className={classes.fileList}>
          {files.map((file) => (
            <li key={file.ref}>
              {file.name}{' '}
              <button
                type="button"
                className={classes.linkButton}
                onClick={() => remove(file.ref)}
                aria-label={t('reportEditor.file.remove', { name: file.name })}
              >
                {t('reportEditor.file.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {(field.multiple || files.length === 0) && (
        <input
          type="file"
          className={classes.fileInput}
          multiple={field.multiple}
          disabled={busy}
          aria-label={t('reportEditor.file.upload', { label })}
          onChange={(event) => void onPick(event)}
        />
      )}
      {busy && <span role="status">{t('reportEditor.file.uploading')}</span>}
      {failure !== null && (
        <span role="alert" className={classes.errorText}>
          {t('reportEditor.file.failed', { reason: errorText(failure, t) })}
        </span>
      )}
    </fieldset>
  );
}
