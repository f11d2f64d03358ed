import type { DocumentWork } from './model';

/** The token covering a character offset, or -1 (binary search over the token table). */
export function tokenAt(work: DocumentWork, offset: number): number {
  const { start, end } = work.tokens;
  let lo = 0;
  let hi = work.tokens.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= offset) lo = mid + 1;
    else if (start[mid] > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
