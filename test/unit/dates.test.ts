import * as assert from 'assert';
import { compatibleDates } from '../../src/core/compatibleDates';
import { parseAbsoluteDate, parseDuration, parseIsoDay, resolveRelativeDate } from '../../src/core/dates';
import { parseQuantity } from '../../src/core/numbers';

const anchor = parseIsoDay('2024-08-14'); // a Wednesday

describe('dates', () => {
  it('normalises absolute dates to ISO prefixes', () => {
    assert.strictEqual(parseAbsoluteDate('2023-02-28'), '2023-02-28');
    assert.strictEqual(parseAbsoluteDate('March 5, 2019'), '2019-03-05');
    assert.strictEqual(parseAbsoluteDate('5 March 2019'), '2019-03-05');
    assert.strictEqual(parseAbsoluteDate('September 2021'), '2021-09');
    assert.strictEqual(parseAbsoluteDate('Sept. 9'), 'XXXX-09-09');
    assert.strictEqual(parseAbsoluteDate('late 2018'), '2018');
    assert.strictEqual(parseAbsoluteDate('the 1990s'), '199');
    assert.strictEqual(parseAbsoluteDate('February 30, 2023'), null);
  });

  it('resolves relative dates against the anchor, and to null without one', () => {
    assert.strictEqual(resolveRelativeDate('last month', anchor), '2024-07');
    assert.strictEqual(resolveRelativeDate('next year', anchor), '2025');
    assert.strictEqual(resolveRelativeDate('yesterday', anchor), '2024-08-13');
    assert.strictEqual(resolveRelativeDate('on Friday', anchor), '2024-08-09');
    assert.strictEqual(resolveRelativeDate('two weeks ago', anchor), '2024-W31');
    assert.strictEqual(resolveRelativeDate('earlier this year', anchor), '2024');
    assert.strictEqual(resolveRelativeDate('the previous quarter', anchor), '2024-Q2');
    assert.strictEqual(resolveRelativeDate('last month', null), null);
    assert.strictEqual(resolveRelativeDate('the river', anchor), undefined);
  });

  it('normalises durations to ISO 8601', () => {
    assert.strictEqual(parseDuration('three months', parseQuantity), 'P3M');
    assert.strictEqual(parseDuration('30 years', parseQuantity), 'P30Y');
    assert.strictEqual(parseDuration('24 hours', parseQuantity), 'PT24H');
    assert.strictEqual(parseDuration('a decade', parseQuantity), 'P10Y');
    assert.strictEqual(parseDuration('years', parseQuantity), null);
  });

  it('tells compatible dates from conflicting ones', () => {
    assert.ok(compatibleDates('2024-07', '2024-07-19'));
    assert.ok(compatibleDates('XXXX-07-19', '2024-07'));
    assert.ok(!compatibleDates('2024-07', '2024-08'));
    assert.ok(compatibleDates(null, '2024'));
  });
});
