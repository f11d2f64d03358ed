/**
 * Reading quantities as people write them in news: digits with separators, written numbers
 * ("twenty-four", "a hundred"), fractions ("two-thirds"), scale words ("2.5bn", "1.5 million").
 */
import { wordTable } from './wordTable';

const SMALL = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1, dozen: 12, dozens: 24,
});

export const SCALE = wordTable<number>({
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
});

/** Fractions as shares (0..1), for "nearly half", "a third", "two-thirds". */
export const FRACTION = wordTable<number>({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
});

const ORDINAL_WORDS = wordTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
});

const DIGITS = /^[-−–+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGITS_WITH_SCALE = /^([-−+]?\d+(?:[.,]\d+)*)(k|m|mn|bn|b|tn|trn)$/i;

/** A number written with digits: "1,500", "-3.25", "2.5bn". Null when it is not one. */
export function parseDigits(word: string): number | null {
  const w = word.replace(/\u2212/g, '-');
  if (DIGITS.test(w)) return Number(w.replace(/,/g, '').replace(/^[–+]/, ''));
  const scaled = DIGITS_WITH_SCALE.exec(w);
  if (scaled) {
    const base = Number(scaled[1].replace(/,/g, ''));
    return Number.isFinite(base) ? base * SCALE[scaled[2].toLowerCase()] : null;
  }
  return null;
}

/**
 * The value of a run of number words and digits ("1.5 million", "twenty-four", "a hundred
 * thousand", "two-thirds" as 0.667). Words that are not part of a number end the run; null
 * when the run holds no number at all.
 */
export function parseQuantity(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let pendingArticle = false;
  for (const raw of words) {
    const parts = raw.toLowerCase().split(/-(?=[a-z])/);
    for (const w of parts) {
      if (w === 'and' && seen) continue;
      if (w === ',' ) continue;
      const digits = parseDigits(w);
      if (digits !== null) {
        current += digits;
        seen = true;
        pendingArticle = false;
        continue;
      }
      if (w in FRACTION && seen) {
        // "two-thirds": the numerator so far times the share.
        current = (current || 1) * FRACTION[w];
        continue;
      }
      if (w in FRACTION && (pendingArticle || !seen)) {
        current = FRACTION[w];
        seen = true;
        pendingArticle = false;
        continue;
      }
      if (w in SMALL) {
        if (w === 'a' || w === 'an') {
          pendingArticle = true;
          continue;
        }
        current += SMALL[w];
        seen = true;
        continue;
      }
      if (w in SCALE && (seen || pendingArticle)) {
        const scale = SCALE[w];
        if (pendingArticle && !seen) current = 1;
        seen = true;
        pendingArticle = false;
        if (scale === 100) {
          current = (current || 1) * 100;
        } else {
          total += (current || 1) * scale;
          current = 0;
        }
        continue;
      }
      return seen ? total + current : null;
    }
  }
  return seen ? total + current : null;
}

/** "second", "3rd", "21st": the ordinal's number, or null. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  if (w in ORDINAL_WORDS) return ORDINAL_WORDS[w];
  const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
  if (m) return Number(m[1]);
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)$/.exec(w);
  if (compound && compound[2] in ORDINAL_WORDS) return SMALL[compound[1]] + ORDINAL_WORDS[compound[2]];
  return null;
}

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return parseDigits(w) !== null || w in SMALL || w in SCALE || w in FRACTION ||
    w.split('-').every((p) => p in SMALL || p in FRACTION);
}
