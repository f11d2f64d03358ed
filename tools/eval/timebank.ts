/**
 * Date and duration detection and normalisation on TimeBank 1.2 (TempEval-3 cleaned): each
 * document analysed with its creation time as reference date; a predicted date or duration
 * matches a gold TIMEX3 of type DATE or DURATION when the spans overlap; value accuracy is
 * counted over the matched pairs.
 */
import { analyzeDocument } from '../../src/core/analyzeDocument';
import { f3, line, prf, readJsonLines, sharedPath } from './shared';

interface Doc { doc_id: string; dct: string; text: string }
interface Timex { doc_id: string; type: string; value: string; start: number; end: number; text: string }

export function evaluateTimebank(): void {
  const docsFile = sharedPath('dev-corpus', 'timebank', 'docs.jsonl');
  const goldFile = sharedPath('dev-corpus', 'timebank', 'timex3_gold.jsonl');
  if (!docsFile || !goldFile) {
    line('TimeBank dates', 'skipped: ../shared/dev-corpus/timebank is absent');
    return;
  }
  const gold = readJsonLines<Timex>(goldFile).filter((t) => t.type === 'DATE' || t.type === 'DURATION');
  const byDoc = new Map<string, Timex[]>();
  for (const t of gold) byDoc.set(t.doc_id, [...(byDoc.get(t.doc_id) ?? []), t]);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let valueOk = 0;
  // Vague references ("now", "recently", "in the future": TIMEX3 PRESENT_REF, PAST_REF,
  // FUTURE_REF) carry no value to compare; Crosscheck does not report them as figures by design
  // (the seeds' gold agrees), so they are also counted apart.
  let vagueMissed = 0;
  let vagueTotal = 0;
  for (const d of readJsonLines<Doc>(docsFile)) {
    const a = analyzeDocument(d.doc_id, d.text, { referenceDate: d.dct.slice(0, 10) });
    const pred = a.figures.filter((f) => f.kind === 'date' || f.kind === 'duration');
    const g = byDoc.get(d.doc_id) ?? [];
    const used = new Set<Timex>();
    for (const p of pred) {
      const m = g.find((x) => !used.has(x) && x.start < p.end && p.start < x.end);
      if (!m) { fp++; continue; }
      used.add(m);
      tp++;
      if (String(p.value) === m.value) valueOk++;
    }
    fn += g.length - used.size;
    for (const x of g) {
      if (!/_REF$/.test(x.value)) continue;
      vagueTotal++;
      if (!used.has(x)) vagueMissed++;
    }
  }
  const s = prf(tp, fp, fn);
  line('TimeBank date+duration P / R / F1 (overlap)', `${f3(s.p)} / ${f3(s.r)} / ${f3(s.f)}`, 'F1 >= 0.90');
  line('TimeBank value accuracy on matched', `${f3(tp ? valueOk / tp : 0)}  (${valueOk}/${tp})`, '>= 0.85');
  const s2 = prf(tp - (vagueTotal - vagueMissed), fp, fn - vagueMissed);
  line('TimeBank F1 without vague references', `${f3(s2.f)}  (P ${f3(s2.p)}, R ${f3(s2.r)}; ${vagueTotal} PRESENT/PAST/FUTURE_REF gold left out)`);
}
