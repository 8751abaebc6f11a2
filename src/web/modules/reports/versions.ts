/**
 * Which versions a reader can compare. The public reads published versions only, so the version
 * just before another may be hidden from them: a diff is then taken against the nearest earlier
 * version they may read, or not offered at all.
 */

/** The newest version before `number` among those listed (the ones this reader may read). */
export function earlierVersion(versions: readonly { number: number }[], number: number): number | null {
  let earlier: number | null = null;
  for (const version of versions)
    if (version.number < number && (earlier === null || version.number > earlier)) earlier = version.number;
  return earlier;
}

/** The page of what version `number` changed since `against` (the version before needs no query). */
export function diffPath(reportId: string, number: number, against: number): string {
  const path = `/reports/${reportId}/versions/${number}/diff`;
  return against === number - 1 ? path : `${path}?against=${against}`;
}
