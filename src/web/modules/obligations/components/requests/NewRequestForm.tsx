import { Alert, Button, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText, fieldErrors } from '../../../../lib/api-errors';
import {
  createRequest,
  type ExtensionArticle,
  extensionArticles,
  obligationKeys,
  type StateName,
} from '../../api';
import { articleKey } from '../../format';
import classes from '../../obligations.module.css';
import { StateSearch } from '../StateSearch';

interface Props {
  /** A focal point drafts for their own State only; ISU staff for any State. */
  ownState: string | null;
  states: StateName[];
  nameOf: (iso3: string) => string;
}

/** Starts a draft for a State and article, then opens it. */
export function NewRequestForm({ ownState, states, nameOf }: Props) {
  const { t } = useTranslation('obligations');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [iso3, setIso3] = useState(ownState ?? '');
  const [article, setArticle] = useState<ExtensionArticle>('4');
  const [missing, setMissing] = useState('');
  const mutation = useMutation({
    mutationFn: () => createRequest({ iso3, article }),
    onSuccess: (created) => {
      queryClient.setQueryData(obligationKeys.request(created.id), created);
      void queryClient.invalidateQueries({ queryKey: obligationKeys.all, refetchType: 'none' });
      navigate(`/obligations/requests/${created.id}`);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(iso3 ? '' : t('obligations.forms.required'));
    if (iso3) mutation.mutate();
  };
  const errors = fieldErrors(mutation.error, t);
  const articleError = errors.article ? t('obligations.newRequest.notApplicable') : undefined;
  return (
    <section className={classes.section} aria-labelledby="new-request-heading">
      <Title order={2} size="h3" id="new-request-heading" mb="xs">
        {t('obligations.newRequest.heading')}
      </Title>
      <form onSubmit={onSubmit} noValidate aria-labelledby="new-request-heading">
        <Stack gap="sm">
          <div className={classes.row}>
            {ownState ? (
              <Text>{t('obligations.newRequest.forState', { name: nameOf(ownState) })}</Text>
            ) : (
              <StateSearch
                label={t('obligations.columns.state')}
                states={states.filter((s) => s.entryIntoForce)}
                value={iso3}
                onChange={setIso3}
                error={missing || errors.iso3}
                required
              />
            )}
            <NativeSelect
              label={t('obligations.columns.article')}
              value={article}
              onChange={(event) => setArticle(event.currentTarget.value as ExtensionArticle)}
              error={articleError}
            >
              {extensionArticles.map((a) => (
                <option key={a} value={a}>
                  {t(`obligations.article.${articleKey(a)}`)}
                </option>
              ))}
            </NativeSelect>
            <div className={classes.actions}>
              <Button type="submit" loading={mutation.isPending}>
                {t('obligations.newRequest.submit')}
              </Button>
            </div>
          </div>
          {mutation.error && !articleError && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
        </Stack>
      </form>
    </section>
  );
}
