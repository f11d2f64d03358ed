/**
 * Stage 2a: page furniture, line by line. Copied web articles carry navigation, contact
 * blocks, copyright lines and share buttons; nothing found there is news, so no figure,
 * entity, event or claim may come from it.
 */
import type { Line } from './model';
import type { Span } from './report';

const NAV_LINE = /^(home|menu|search|subscribe( now)?|sign (in|up)|log ?in|log ?out|register|contact( us)?|about( us)?|share( this( article| story| post)?)?|follow us|advertisement|sponsored( content)?|related( articles| stories| posts| news)?|read more|more from .{0,40}|privacy( policy)?|terms( of (use|service))?|cookie( policy| settings)?|site ?map|skip to (main )?content|newsletter|tags?|categories|comments?|leave a (comment|reply)|print|email|e-mail|tel|phone|fax|mobile|address|working hours|opening hours|office hours|business hours|back to top|next article|previous article|trending|most read|top stories|latest news|all rights reserved)\s*[:：]?\s*$/i;
const COPYRIGHT = /(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved)/i;
const LABELLED_CONTACT = /^(tel|phone|fax|mobile|e-?mail|address|add|whatsapp|wechat)\s*[:：]/i;
const PHONE_ONLY = /^[+(]?\d[\d\s().\-/]{6,}\d$/;
const EMAIL_OR_URL = /^(\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+)$/i;
const HOURS_LINE = /^\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)?\s*(to|-|–)\s*\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)?,?\s*(mon|tue|wed|thu|fri|sat|sun)/i;
const SHARE_LINE = /^(share|tweet|pin|like|follow)( (on|this|it|us))?\b.{0,40}$/i;
const BREADCRUMB = /^[^.!?]{1,80}(\s[/>»›|]\s[^.!?]{1,60})+$/;
const LEGAL_NAME_ONLY = /^[A-Z][\w&.'’-]*(\s+[A-Z][\w&.'’-]*)*,?\s+(Co\.,?\s*Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|S\.A\.|PLC|Corp\.?|Corporation|Co\.)$/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Why a line is furniture: a breadcrumb trail ("Home > World > Asia"), which only the page's
 * head has, or anything else furniture is; null for a line of the article.
 */
function furnitureKind(content: string): 'breadcrumb' | 'furniture' | null {
  const t = content.trim();
  if (t === '') return null;
  if (NAV_LINE.test(t) || LABELLED_CONTACT.test(t) || PHONE_ONLY.test(t) || EMAIL_OR_URL.test(t)) return 'furniture';
  if (HOURS_LINE.test(t) || SHARE_LINE.test(t) && t.length < 40) return 'furniture';
  if (COPYRIGHT.test(t) && t.length < 200) return 'furniture';
  if (LEGAL_NAME_ONLY.test(t) && wordCount(t) <= 10) return 'furniture';
  // A short line with no Latin letter in an English article is a language switch or an icon.
  if (!LATIN_LETTER.test(t) && t.length <= 12 && !/\d/.test(t)) return 'furniture';
  if (BREADCRUMB.test(t) && wordCount(t) <= 12 && !/[.!?]$/.test(t)) return 'breadcrumb';
  return null;
}

/** A line that reads as a sentence of the article rather than a label or a heading. */
function isProse(content: string): boolean {
  return wordCount(content) >= 8 && /[.!?"”’)]$/.test(content.trim());
}

/**
 * Boilerplate spans (whole lines, content only). Past the last prose line, a footer that
 * starts with furniture is furniture to the end: contact blocks list names and numbers that
 * no single-line rule recognises.
 */
export function findBoilerplate(text: string, lines: Line[]): Span[] {
  const kinds = lines.map((l) => furnitureKind(text.slice(l.start, l.contentEnd)));
  const flags = kinds.map((k) => k !== null);
  let lastProse = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!flags[i] && isProse(text.slice(lines[i].start, lines[i].contentEnd))) lastProse = i;
  }
  // A footer starts with furniture other than a breadcrumb: past the prose, a line like one is
  // more often a table's header ("W D L / F A P") than navigation, and what follows is the table.
  const firstFooter = kinds.findIndex((k, i) => k === 'furniture' && i > lastProse);
  if (firstFooter >= 0) for (let i = firstFooter; i < lines.length; i++) flags[i] = true;
  const spans: Span[] = [];
  lines.forEach((l, i) => {
    if (!flags[i] || l.contentEnd <= l.start) return;
    let start = l.start;
    while (start < l.contentEnd && /\s/.test(text[start])) start++;
    spans.push({ start, end: l.contentEnd });
  });
  return spans;
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}
