import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './account.module.css';

interface RecoveryCodesProps {
  codes: string[];
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The ten recovery codes, shown once: the server keeps only their hashes. Each works once, in
 * place of an authenticator code. Copy, download as .txt or print (the print style sheet leaves
 * out the site header and these buttons).
 */
export function RecoveryCodes({ codes }: RecoveryCodesProps) {
  const { t } = useTranslation('account');
  const [status, setStatus] = useState('');
  const text = [t('recoveryCodes.fileHeading', { site: t('site.name') }), '', ...codes, ''].join('\n');

  const copy = () => {
    const clipboard = navigator.clipboard;
    if (!clipboard) {
      setStatus(t('recoveryCodes.copyFailed'));
      return;
    }
    clipboard.writeText(text).then(
      () => setStatus(t('recoveryCodes.copied')),
      () => setStatus(t('recoveryCodes.copyFailed')),
    );
  };

  return (
    <div>
      <Alert color="yellow" mb="md" title={t('recoveryCodes.onceTitle')}>
        {t('recoveryCodes.once')}
      </Alert>
      <ul className={classes.codes} aria-label={t('recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Group mt="md" className="no-print">
        <Button variant="default" onClick={copy}>
          {t('recoveryCodes.copy')}
        </Button>
        <Button variant="default" onClick={() => download('ccm-recovery-codes.txt', text)}>
          {t('recoveryCodes.download')}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {t('recoveryCodes.print')}
        </Button>
      </Group>
      <Text size="sm" mt="xs" role="status">
        {status}
      </Text>
    </div>
  );
}
