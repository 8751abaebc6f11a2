import { Button } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE, apiGet, apiSend } from '../../../../lib/api';
import classes from '../../obligations.module.css';

type Attachment = { id: string; item: string; filename: string; size: number };

const listKey = (requestId: string) => ['extension-request-attachments', requestId];

/** The documents attached to one checklist item: download links, and upload/remove on a draft. */
export function ItemAttachments({
  requestId,
  item,
  editable,
}: {
  requestId: string;
  item: string;
  editable: boolean;
}) {
  const { t } = useTranslation('obligations');
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const list = useQuery({
    queryKey: listKey(requestId),
    queryFn: () => apiGet<{ items: Attachment[] }>(`/extension-requests/${requestId}/attachments`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: listKey(requestId) });
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('item', item);
      form.append('file', chosen);
      return apiSend('POST', `/extension-requests/${requestId}/attachments`, form);
    },
    onSuccess: () => {
      setFile(null);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/extension-requests/${requestId}/attachments/${id}`),
    onSuccess: refresh,
  });
  const mine = (list.data?.items ?? []).filter((a) => a.item === item);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };

  return (
    <div className={classes.attachments}>
      <p className={classes.muted}>{t('obligations.attachments.label', { item })}</p>
      {mine.length === 0 ? (
        <p className={classes.muted}>{t('obligations.attachments.none')}</p>
      ) : (
        <ul>
          {mine.map((a) => (
            <li key={a.id}>
              <a href={`${API_BASE}/extension-requests/${requestId}/attachments/${a.id}`}>{a.filename}</a> (
              {Math.max(1, Math.round(a.size / 1024))} KB)
              {editable && (
                <Button variant="subtle" size="compact-xs" ml="xs" onClick={() => remove.mutate(a.id)}>
                  {t('obligations.attachments.remove', { name: a.filename })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        // A nested <form> is not allowed inside the editor's form, so this is a plain group.
        <div className={classes.attachmentUpload}>
          <label htmlFor={inputId}>{t('obligations.attachments.choose', { item })}</label>
          <input
            id={inputId}
            type="file"
            accept=".pdf,.doc,.docx,.odt,.xls,.xlsx,.ods,.csv,.txt,.jpg,.jpeg,.png"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          <Button size="xs" variant="default" disabled={!file} loading={upload.isPending} onClick={submit}>
            {t('obligations.attachments.upload')}
          </Button>
          <p className={classes.muted}>{t('obligations.attachments.hint')}</p>
          {upload.error && (
            <p role="alert" className={classes.error}>
              {t('obligations.attachments.failed', { message: upload.error.message })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
