/**
 * CoNLL-2003 read into texts with gold entity spans (character offsets), and the split the
 * NER tagger is trained and measured on: every fifth document is held out from training.
 */
import { readFileSync } from 'node:fs';

export interface ConllDoc {
  text: string;
  /** Gold entities: [start, end) in text, and the CoNLL type. */
  gold: { start: number; end: number; type: string }[];
}

/**
 * Which fifth npm run train:ner holds out: none by default (the shipped weights learn from
 * every document; cross-validation, npm run cv:ner, measures the method on fresh text);
 * NER_FOLD=0..4 holds that fifth out, so that npm run eval can score the weights on it.
 */
export function foldToHoldOut(): number | null {
  const fold = process.env.NER_FOLD;
  return fold === undefined || fold === '' ? null : Number(fold);
}

export const inFold = (docIndex: number, fold: number): boolean => docIndex % 5 === fold;

export function readConll(file: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: { token: string; tag: string }[][] = [];
  let sentence: { token: string; tag: string }[] = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDoc = () => {
    endSentence();
    if (sentences.length) docs.push(build(sentences));
    sentences = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const l = raw.trim();
    if (l.startsWith('-DOCSTART-')) endDoc();
    else if (!l) endSentence();
    else {
      const parts = l.split(' ');
      sentence.push({ token: parts[0], tag: parts[parts.length - 1] });
    }
  }
  endDoc();
  return docs;
}

/** Sentences one per line, tokens joined by single spaces. */
function build(sentences: { token: string; tag: string }[][]): ConllDoc {
  let text = '';
  const gold: ConllDoc['gold'] = [];
  for (const s of sentences) {
    if (text) text += '\n';
    let open: { start: number; end: number; type: string } | null = null;
    s.forEach((t, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += t.token;
      const [bio, type] = t.tag.split('-');
      if (open && (bio !== 'I' || type !== open.type)) {
        gold.push(open);
        open = null;
      }
      if (bio === 'B' || (bio === 'I' && !open)) open = { start, end: text.length, type };
      else if (open) open.end = text.length;
    });
    if (open) gold.push(open);
  }
  return { text, gold };
}
