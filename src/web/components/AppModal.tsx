import { Modal, type ModalProps } from '@mantine/core';

/**
 * Mantine's Modal with scroll locking off: the lock (react-remove-scroll) injects a <style>
 * element, which the Content-Security-Policy (style-src 'self') refuses. Focus trapping, Escape
 * and returning focus to the opening button all still work.
 */
export function AppModal(props: ModalProps) {
  return <Modal lockScroll={false} {...props} />;
}
