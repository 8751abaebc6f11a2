import { Title, type TitleOrder } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';

interface FocusHeadingProps {
  order?: TitleOrder;
  /** Move focus here when shown: after a form step, screen readers then start at the new step. */
  focus?: boolean;
  children: ReactNode;
}

export function FocusHeading({ order = 1, focus = false, children }: FocusHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <Title order={order} ref={ref} tabIndex={-1} mb="md">
      {children}
    </Title>
  );
}
