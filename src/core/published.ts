/**
 * Stage 2b: the publication date and the title, from what the top of the text says:
 * a "date 2019-03-04" or "Published: ..." header, a byline date, a dateline
 * ("WASHINGTON, May 3, 2025 (Reuters) -"). A date without a year is not a publication date.
 */
import { parseAbsoluteDate } from './dates';
import type { Line } from './model';

/** Header lines scanned for a date: publication metadata sits above the story. */
const HEADER_LINES = 8;
const DATE_TEXT = String.raw`(\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})`;
const LABELLED = new RegExp(String.raw`^\s*(?:date|published(?: on)?|posted(?: on)?|first published(?: on)?|updated(?: on)?|last updated(?: on)?|last modified)\s*[:：]?\s*(?:[A-Z][a-z]+day,?\s*)?${DATE_TEXT}`, 'i');
const DATELINE = new RegExp(String.raw`^\s*[A-Z][A-Za-z .'-]{1,40},\s*${DATE_TEXT}\s*(?:\([^)]{1,30}\))?\s*[-–—:]`);
const BYLINE = new RegExp(String.raw`^\s*(?:by\s+[^|•·]{1,60}[|•·,]\s*)?(?:[A-Z][a-z]+day,?\s*)?${DATE_TEXT}\s*(?:[|•·,].{0,40})?$`, 'i');
const LEADING_HEADER = new RegExp(String.raw`^\s*(?:date|published|posted|updated)\s*[:：]?\s*${DATE_TEXT}\s*`, 'i');

export interface Header {
  published: string | null;
  title: string | null;
}

export function findHeader(text: string, lines: Line[], boilerplate: (offset: number) => boolean): Header {
  let published: string | null = null;
  let updated: string | null = null;
  let title: string | null = null;
  let seen = 0;
  for (const line of lines) {
    const content = text.slice(line.start, line.contentEnd);
    if (content.trim() === '' || boilerplate(line.start + content.search(/\S/))) continue;
    if (title === null) {
      const rest = content.replace(LEADING_HEADER, '').trim();
      if (rest !== '' && !BYLINE.test(content)) title = rest;
    }
    if (seen++ >= HEADER_LINES) break;
    const labelled = LABELLED.exec(content);
    if (labelled) {
      const iso = parseAbsoluteDate(labelled[1]);
      if (iso && /^\d{4}/.test(iso)) {
        if (/updated|modified/i.test(labelled[0])) updated ??= iso;
        else published ??= iso;
      }
      continue;
    }
    const dated = DATELINE.exec(content) ?? BYLINE.exec(content);
    if (dated && published === null) {
      const iso = parseAbsoluteDate(dated[1]);
      if (iso && /^\d{4}/.test(iso)) published = iso;
    }
  }
  return { published: published ?? updated, title };
}
