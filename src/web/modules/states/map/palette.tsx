import type { TreatyStatus } from '../api';

/**
 * Map colours by status. Status is never shown by colour alone: each has its own texture (solid,
 * dots, hatching, cross-hatching) and the legend names it. The solid base colours differ in lightness
 * too (dark blue, mid blue, amber, light grey, dark red), so they stay apart in greyscale and for
 * the common colour-vision deficiencies (Okabe–Ito-like hues).
 */
export const STATUS_STYLE: Record<
  TreatyStatus,
  { base: string; ink?: string; texture?: 'dots' | 'hatch' | 'cross' }
> = {
  state_party: { base: '#1b4f80' },
  party_not_in_force: { base: '#7fb3df', ink: '#1b4f80', texture: 'dots' },
  signatory: { base: '#f0b429', ink: '#6b4a00', texture: 'hatch' },
  not_party: { base: '#d5d9de' },
  withdrawn: { base: '#b3362b', ink: '#ffffff', texture: 'cross' },
};

/** Outlines drawn for context only (territories that are not among the States listed). */
export const OTHER_FILL = '#f4f5f7';
export const OTHER_STROKE = '#9aa3ad';

/** The `fill` for a status: a pattern where the status has a texture. */
export const fillFor = (status: TreatyStatus, prefix: string) =>
  STATUS_STYLE[status].texture ? `url(#${prefix}-${status})` : STATUS_STYLE[status].base;

/** <pattern> definitions, one per textured status; `prefix` keeps ids unique per <svg> family. */
export function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(Object.keys(STATUS_STYLE) as TreatyStatus[]).map((status) => {
        const { base, ink, texture } = STATUS_STYLE[status];
        if (!texture) return null;
        return (
          <pattern key={status} id={`${prefix}-${status}`} width="4" height="4" patternUnits="userSpaceOnUse">
            <rect width="4" height="4" fill={base} />
            {texture === 'dots' && <circle cx="2" cy="2" r="0.9" fill={ink} />}
            {texture !== 'dots' && <path d="M-1 1l2-2M0 4l4-4M3 5l2-2" stroke={ink} strokeWidth="0.7" />}
            {texture === 'cross' && <path d="M-1 3l2 2M0 0l4 4M3-1l2 2" stroke={ink} strokeWidth="0.7" />}
          </pattern>
        );
      })}
    </defs>
  );
}
