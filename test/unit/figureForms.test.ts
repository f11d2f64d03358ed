/**
 * Every figure form issue 4 lists, in sentences written for these tests. Each case: a
 * sentence, the text of the figure in it, and what it must normalise to.
 */
import * as assert from 'assert';
import { figure, figuresOf } from './helpers';

interface Case {
  sentence: string;
  surface: string;
  kind: string;
  value: number | string | null;
  unit?: string | null;
  qualifier?: string;
  range?: [number, number];
  ref?: string;
}

function check(c: Case): void {
  const f = figure(c.sentence, c.surface, c.ref ?? null);
  const where = `${c.surface} in "${c.sentence}"`;
  assert.strictEqual(f.kind, c.kind, `kind of ${where}`);
  if (typeof c.value === 'number') assert.ok(typeof f.value === 'number' && Math.abs(f.value - c.value) <= Math.abs(c.value) * 0.005, `value of ${where}: ${f.value}`);
  else assert.strictEqual(f.value, c.value, `value of ${where}`);
  if (c.unit !== undefined) assert.strictEqual(f.unit, c.unit, `unit of ${where}`);
  assert.strictEqual(f.qualifier, c.qualifier ?? 'exact', `qualifier of ${where}`);
  if (c.range) assert.deepStrictEqual(f.range, c.range, `range of ${where}`);
}

const cases: Record<string, Case[]> = {
  money: [
    { sentence: 'The airport expansion will cost $2.5 billion.', surface: '$2.5 billion', kind: 'money', value: 2.5e9, unit: 'USD' },
    { sentence: 'The club paid 2.5bn dollars for the stadium.', surface: '2.5bn dollars', kind: 'money', value: 2.5e9, unit: 'USD' },
    { sentence: 'The bakery chain raised €3m from investors.', surface: '€3m', kind: 'money', value: 3e6, unit: 'EUR' },
    { sentence: 'The grant is worth USD 40 million over five years.', surface: 'USD 40 million', kind: 'money', value: 40e6, unit: 'USD' },
    { sentence: 'Floods caused billions of dollars in damage.', surface: 'billions of dollars', kind: 'money', value: 2e9, unit: 'USD', qualifier: 'at-least' },
    { sentence: 'The painting sold for £1,250,000 at auction.', surface: '£1,250,000', kind: 'money', value: 1.25e6, unit: 'GBP' },
  ],
  percent: [
    { sentence: 'Turnout reached 35% in the capital.', surface: '35%', kind: 'percent', value: 35 },
    { sentence: 'Prices rose 35 per cent last year.', surface: '35 per cent', kind: 'percent', value: 35 },
    { sentence: 'Nearly half of the nurses voted to strike.', surface: 'half', kind: 'percent', value: 50, qualifier: 'about' },
    { sentence: 'A third of the budget goes to schools.', surface: 'third', kind: 'percent', value: 33.333 },
    { sentence: 'Two-thirds of the members agreed.', surface: 'thirds', kind: 'percent', value: 66.667 },
    { sentence: 'Margins were 10-15% in the region.', surface: '10-15%', kind: 'percent', value: 15, qualifier: 'range', range: [10, 15] },
  ],
  count: [
    { sentence: 'The platform has over 1.5 million developers.', surface: '1.5 million developers', kind: 'count', value: 1.5e6, unit: 'developers', qualifier: 'at-least' },
    { sentence: 'The blast left 24 dead and many injured.', surface: '24 dead', kind: 'count', value: 24, unit: 'dead' },
    { sentence: 'A dozen officers guarded the gate.', surface: 'dozen officers', kind: 'count', value: 12, unit: 'officers' },
    { sentence: 'Tens of thousands of people marched on Sunday.', surface: 'thousands of people', kind: 'count', value: 20000, unit: 'people', qualifier: 'at-least' },
    { sentence: 'Twenty-four miners were rescued.', surface: 'Twenty-four miners', kind: 'count', value: 24, unit: 'miners' },
    { sentence: 'The town hired a hundred teachers.', surface: 'hundred teachers', kind: 'count', value: 100, unit: 'teachers' },
    { sentence: 'Between 5 and 7 ships were lost.', surface: '5 and 7', kind: 'count', value: 7, qualifier: 'range', range: [5, 7] },
  ],
  number: [
    { sentence: 'The index fell to -3.5 on Tuesday.', surface: '-3.5', kind: 'number', value: -3.5 },
  ],
  ordinal: [
    { sentence: 'It was her second visit to the island.', surface: 'second visit', kind: 'ordinal', value: 2 },
    { sentence: 'The team finished 3rd in the league.', surface: '3rd', kind: 'ordinal', value: 3 },
  ],
  duration: [
    { sentence: 'The strike lasted three months.', surface: 'three months', kind: 'duration', value: 'P3M' },
    { sentence: 'He has lived there for over 30 years.', surface: 'over 30 years', kind: 'duration', value: 'P30Y', qualifier: 'at-least' },
    { sentence: 'She signed a two-year contract.', surface: 'two-year', kind: 'duration', value: 'P2Y' },
    { sentence: 'Talks ran for 36 hours.', surface: '36 hours', kind: 'duration', value: 'PT36H' },
  ],
  date: [
    { sentence: 'The law took effect on 2025-05-21.', surface: '2025-05-21', kind: 'date', value: '2025-05-21' },
    { sentence: 'The plant opened in April 2025.', surface: 'April 2025', kind: 'date', value: '2025-04' },
    { sentence: 'The minister arrived on April 17 for talks.', surface: 'April 17', kind: 'date', value: 'XXXX-04-17' },
    { sentence: 'The minister arrived on April 17 for talks.', surface: 'April 17', kind: 'date', value: '2025-04-17', ref: '2025-05-21' },
    { sentence: 'The rules were first drafted in late 2022.', surface: 'late 2022', kind: 'date', value: '2022' },
    { sentence: 'Profit rose in the third quarter of 2023.', surface: 'third quarter of 2023', kind: 'date', value: '2023-Q3' },
    { sentence: 'Rates peaked in the nineties.', surface: 'nineties', kind: 'date', value: '199', ref: '2024-01-10' },
    { sentence: 'The deal closed on Sept. 30, 2021.', surface: 'Sept. 30, 2021', kind: 'date', value: '2021-09-30' },
  ],
  relative: [
    { sentence: 'The mayor resigned last month.', surface: 'last month', kind: 'date', value: '2025-04', ref: '2025-05-21' },
    { sentence: 'The mayor resigned last month.', surface: 'last month', kind: 'date', value: null },
    { sentence: 'The vote was held on Friday.', surface: 'Friday', kind: 'date', value: '2025-05-16', ref: '2025-05-21' },
    { sentence: 'The bridge closed two weeks ago.', surface: 'two weeks ago', kind: 'date', value: '2025-W19', ref: '2025-05-21' },
    { sentence: 'Sales slowed earlier this year.', surface: 'earlier this year', kind: 'date', value: '2025', ref: '2025-05-21' },
    { sentence: 'Elections are due next year.', surface: 'next year', kind: 'date', value: '2026', ref: '2025-05-21' },
    { sentence: 'Revenue fell in the previous quarter.', surface: 'previous quarter', kind: 'date', value: '2025-Q1', ref: '2025-05-21' },
    { sentence: 'The ferry returned last fall.', surface: 'last fall', kind: 'date', value: '2024-FA', ref: '2025-05-21' },
  ],
  time: [
    { sentence: 'The polls close at 8 p.m. tonight.', surface: '8 p.m.', kind: 'time', value: '2025-05-21T20:00', ref: '2025-05-21' },
  ],
};

describe('figure forms (issue 4)', () => {
  for (const [group, list] of Object.entries(cases)) {
    describe(group, () => {
      for (const c of list) it(`${c.surface}${c.ref ? ` (reference ${c.ref})` : ''}`, () => check(c));
    });
  }

  it('qualifiers: about, at-least, at-most', () => {
    for (const [sentence, surface, qualifier] of [
      ['Approximately 400 jobs were cut.', '400', 'about'],
      ['Roughly $9 million was stolen.', '$9 million', 'about'],
      ['Some 300 protesters gathered.', '300', 'about'],
      ['More than 60 flights were cancelled.', '60', 'at-least'],
      ['At least 12 people were hurt.', '12', 'at-least'],
      ['Up to 500 homes lost power.', '500', 'at-most'],
      ['Less than 10% of voters agreed.', '10%', 'at-most'],
    ]) {
      assert.strictEqual(figure(sentence, surface).qualifier, qualifier, sentence);
    }
  });

  it('vague time references are not figures', () => {
    assert.deepStrictEqual(figuresOf('Prices are now higher and the firm recently said it would soon expand.').map((f) => f.text), []);
  });

  it('product codes, versions, phone numbers and addresses are not figures', () => {
    const text = 'The RTX 4090 and the A320 use firmware 2.4.1. Call +44 20 7946 0958 or visit 221 Baker Street.';
    const figs = figuresOf(text).map((f) => f.text);
    for (const code of ['4090', 'A320', '2.4.1', '7946', '0958', '221']) {
      assert.ok(!figs.some((f) => f.includes(code)), `${code} is not a figure: ${JSON.stringify(figs)}`);
    }
  });

  it('COVID-19 is a name, not the number 19', () => {
    assert.deepStrictEqual(figuresOf('COVID-19 cases fell.').filter((f) => f.text.includes('19')), []);
  });
});

describe('what a figure measures (about)', () => {
  const about = (sentence: string, surface: string) => figure(sentence, surface).about;

  it('takes the noun the figure is joined to', () => {
    assert.strictEqual(about('The government imposed tariffs of up to 25% on steel.', '25%'), 'tariffs');
    assert.strictEqual(about('The airline reported an operating loss of $300 million in fuel costs.', '$300 million'), 'operating loss in fuel costs');
  });

  it('takes the thing a share is of', () => {
    assert.strictEqual(about('Nearly 40% of voters stayed home.', '40%'), 'voters');
  });

  it("falls back to the clause's subject", () => {
    assert.strictEqual(about("The city's unemployment rate fell from 7% to 5% last year.", '5%'), "city's unemployment rate");
  });

  it('follows "this figure" back to the figure it refers to', () => {
    const figs = figuresOf('The insurer expects a loss of $2 billion in claims; this figure may rise to $3 billion.');
    assert.deepStrictEqual(figs.filter((f) => f.kind === 'money').map((f) => f.about), ['loss in claims', 'loss in claims']);
  });

  it('leaves dates and ordinals without one', () => {
    assert.strictEqual(figure('The talks began in October 2022.', 'October 2022').about, null);
  });
});
