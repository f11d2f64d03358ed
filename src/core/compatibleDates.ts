/**
 * Whether two normalised dates can name the same time: "2025-04" and "2025-04-17" can;
 * "XXXX-04-17" (no year stated) and "2025-04" can; "2025-04" and "2025-05" cannot.
 * A missing date is compatible with anything.
 */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i] || a[i] === 'X' || b[i] === 'X') continue;
    return false;
  }
  return true;
}
