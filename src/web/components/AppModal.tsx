import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Modal with scroll locking off: the lock (react-remove-scroll) injects a <style>
 * element, which the Content-Security-Policy (style-src 'self') refuses. Focus trapping, Escape
 * and returning focus to the opening button all still work. The close button gets a name in the
 * interface language (Mantine's has none, which axe rates critical).
 */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      lockScroll={false}
      {...props}
      closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }}
    />
  );
}
