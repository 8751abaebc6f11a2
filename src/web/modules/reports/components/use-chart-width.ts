import { useElementSize } from '@mantine/hooks';

/**
 * The width to draw a chart at: the width of its box in CSS pixels, so that its 11 px text stays
 * 11 px on a 360 px phone instead of shrinking with the whole drawing. `widest` until the box is
 * measured (and in tests), and on wide screens, where the drawing scales up a little.
 */
export function useChartWidth(widest: number, narrowest = 280) {
  const { ref, width } = useElementSize<HTMLElement>();
  const drawn = width > 0 ? Math.round(Math.min(widest, Math.max(narrowest, width))) : widest;
  return { ref, width: drawn };
}
