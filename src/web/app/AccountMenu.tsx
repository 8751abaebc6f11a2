import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { type Ability, hasAbility, signOut, useAuth } from '../lib/auth';
import classes from './Layout.module.css';

const LINKS: {
  to: string;
  labelKey:
    | 'accountMenu.account'
    | 'accountMenu.users'
    | 'accountMenu.audit'
    | 'accountMenu.outbox'
    | 'accountMenu.outreach'
    | 'accountMenu.depositaryImport'
    | 'accountMenu.obligationsDashboard'
    | 'accountMenu.obligationsRequests';
  ability?: Ability;
}[] = [
  { to: '/account', labelKey: 'accountMenu.account' },
  { to: '/admin/users', labelKey: 'accountMenu.users', ability: 'manageUsers' },
  { to: '/admin/audit', labelKey: 'accountMenu.audit', ability: 'readAudit' },
  { to: '/admin/outbox', labelKey: 'accountMenu.outbox', ability: 'readOutbox' },
  { to: '/outreach', labelKey: 'accountMenu.outreach', ability: 'outreach' },
  { to: '/admin/depositary-import', labelKey: 'accountMenu.depositaryImport', ability: 'staff' },
  {
    to: '/obligations/dashboard',
    labelKey: 'accountMenu.obligationsDashboard',
    ability: 'obligationsDashboard',
  },
  { to: '/obligations/requests', labelKey: 'accountMenu.obligationsRequests' },
];

/**
 * "Sign in" for visitors; for a signed-in person a disclosure button with their name that opens
 * their links and "Sign out". A plain disclosure (button + list) rather than an ARIA menu: every
 * assistive technology handles it, and it adds a few hundred bytes instead of a popover library.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data } = useAuth();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on purpose whenever the page changes.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const user = data?.user;
  if (!data) return null;
  if (!user) {
    return (
      <Link to="/sign-in" className={classes.navLink}>
        {t('accountMenu.signIn')}
      </Link>
    );
  }

  const onSignOut = () => {
    setSigningOut(true);
    signOut(queryClient)
      .catch(() => {})
      .finally(() => {
        setSigningOut(false);
        navigate('/');
      });
  };

  return (
    <div ref={rootRef} className={classes.account}>
      <button
        ref={buttonRef}
        type="button"
        className={classes.accountButton}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className={classes.visuallyHidden}>{t('accountMenu.label')} </span>
        {user.name}
        <span aria-hidden="true" className={classes.caret} />
      </button>
      <ul id={listId} className={classes.accountList} hidden={!open}>
        {LINKS.filter((link) => !link.ability || hasAbility(user, link.ability)).map((link) => (
          <li key={link.to}>
            <Link to={link.to} className={classes.accountLink}>
              {t(link.labelKey)}
            </Link>
          </li>
        ))}
        <li>
          <button type="button" className={classes.accountLink} onClick={onSignOut} disabled={signingOut}>
            {t('accountMenu.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
