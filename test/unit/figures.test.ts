import * as assert from 'assert';
import { figure, figuresOf } from './helpers';

describe('figures (first version)', () => {
  it('reads no month, money or number into words an object literal would answer for ("constructor", "toString")', () => {
    const found = figuresOf('Constructor Ostra won the race. The constructor said 40 constructor cars and 30 toString units were sold.');
    assert.ok(!found.some((f) => f.kind === 'date' || f.kind === 'money'), JSON.stringify(found.map((f) => [f.text, f.kind, f.unit])));
    assert.ok(found.every((f) => f.value === null || typeof f.value === 'number'), JSON.stringify(found.map((f) => f.value)));
  });

  it('reads money with its currency and qualifier', () => {
    const f = figure('The port authority spent nearly $4.2 billion on the expansion.', '$4.2 billion');
    assert.strictEqual(f.kind, 'money');
    assert.strictEqual(f.value, 4.2e9);
    assert.strictEqual(f.unit, 'USD');
    assert.strictEqual(f.qualifier, 'about');
    const g = figure('Losses could reach as much as $600 million this year.', '$600 million');
    assert.strictEqual(g.qualifier, 'at-most');
    assert.strictEqual(g.text, 'as much as $600 million');
  });

  it('reads "billions of dollars" as at least two billion', () => {
    const f = figure('The ruling cost the insurer billions of dollars.', 'billions of dollars');
    assert.strictEqual(f.kind, 'money');
    assert.strictEqual(f.value, 2e9);
    assert.strictEqual(f.qualifier, 'at-least');
  });

  it('reads percentages and shares', () => {
    assert.strictEqual(figure('Turnout rose to 62% on Sunday.', '62%').value, 62);
    const half = figure('Nearly half of the voters stayed home.', 'half');
    assert.strictEqual(half.kind, 'percent');
    assert.strictEqual(half.value, 50);
    assert.strictEqual(half.qualifier, 'about');
    const twoThirds = figure('Two-thirds of the members voted against it.', 'thirds');
    assert.strictEqual(twoThirds.kind, 'percent');
    assert.strictEqual(Math.round(twoThirds.value as number), 67);
    assert.strictEqual(twoThirds.text, 'Two-thirds');
  });

  it('reads a currency code before the amount', () => {
    const f = figure('The fund raised USD 40 million from investors.', 'USD 40 million');
    assert.strictEqual(f.kind, 'money');
    assert.strictEqual(f.value, 40e6);
    assert.strictEqual(f.unit, 'USD');
  });

  it('reads counts with the noun they count', () => {
    const f = figure('More than 3,000 residents were evacuated.', '3,000');
    assert.strictEqual(f.kind, 'count');
    assert.strictEqual(f.value, 3000);
    assert.strictEqual(f.unit, 'residents');
    assert.strictEqual(f.qualifier, 'at-least');
  });

  it('reads dates, durations and ordinals', () => {
    assert.strictEqual(figure('The talks began in October 2022.', 'October 2022').value, '2022-10');
    assert.strictEqual(figure('The strike lasted three weeks.', 'three weeks').value, 'P3W');
    const o = figure('It was her third attempt at the title.', 'third');
    assert.strictEqual(o.kind, 'ordinal');
    assert.strictEqual(o.value, 3);
  });

  it('does not take product codes or phone numbers for figures', () => {
    const figs = figuresOf('The airline ordered the A320 and the Boeing 787.\nCall +1 202 555 0143 for details.');
    assert.deepStrictEqual(figs.map((f) => f.text), []);
  });
});
