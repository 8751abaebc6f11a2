import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ExtensionRequest, requestChecklist } from '../../api';
import { itemLabel } from '../../checks';
import classes from '../../obligations.module.css';
import { ItemAttachments } from './ItemAttachments';

/** The request as submitted, item by item (read only). */
export function RequestContents({ request }: { request: ExtensionRequest }) {
  const { t } = useTranslation('obligations');
  return (
    <section className={classes.section} aria-labelledby="contents-heading">
      <Title order={2} size="h3" id="contents-heading" mb="sm">
        {t(`obligations.editor.checklist${request.article}`)}
      </Title>
      {request.exceptionalCircumstances && (
        <>
          <Title order={3} size="h5">
            {t('obligations.editor.exceptional')}
          </Title>
          <Text className={classes.text} mb="sm">
            {request.exceptionalCircumstances}
          </Text>
        </>
      )}
      {requestChecklist[request.article].map((item) => (
        <div key={item}>
          <Title order={3} size="h5">
            {itemLabel(request.article, item, t)}
          </Title>
          <Text className={classes.text} mb="sm">
            {request.contents[item]?.trim() || '—'}
          </Text>
          <ItemAttachments requestId={request.id} item={item} editable={false} />
        </div>
      ))}
    </section>
  );
}
