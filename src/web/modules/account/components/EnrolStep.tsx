import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../../components/FocusHeading';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSetup } from './TotpSetup';

interface EnrolStepProps {
  /** The codes are saved: finish signing in. */
  onDone: () => void;
  focusHeading: boolean;
}

/** Staff accounts must set up a second factor before anything else; the sign-in waits for it. */
export function EnrolStep({ onDone, focusHeading }: EnrolStepProps) {
  const { t } = useTranslation('account');
  const [codes, setCodes] = useState<string[]>();
  const [finishing, setFinishing] = useState(false);

  if (codes) {
    return (
      <>
        <FocusHeading key="codes" focus>
          {t('recoveryCodes.heading')}
        </FocusHeading>
        <RecoveryCodes codes={codes} />
        <Button
          mt="lg"
          className="no-print"
          loading={finishing}
          onClick={() => {
            setFinishing(true);
            onDone();
          }}
        >
          {t('recoveryCodes.continue')}
        </Button>
      </>
    );
  }
  return (
    <>
      <FocusHeading focus={focusHeading}>{t('enrol.heading')}</FocusHeading>
      <Text mb="md">{t('enrol.intro')}</Text>
      <TotpSetup onConfirmed={setCodes} />
    </>
  );
}
