import * as assert from 'assert';
import { parseDigits, parseOrdinal, parseQuantity } from '../../src/core/numbers';

describe('numbers', () => {
  it('reads digits with separators, decimals, signs and scale suffixes', () => {
    assert.strictEqual(parseDigits('1,500'), 1500);
    assert.strictEqual(parseDigits('-3.25'), -3.25);
    assert.strictEqual(parseDigits('2.5bn'), 2.5e9);
    assert.strictEqual(parseDigits('40m'), 40e6);
    assert.strictEqual(parseDigits('12k'), 12000);
    assert.strictEqual(parseDigits('H100'), null);
  });

  it('reads written numbers and scale words', () => {
    assert.strictEqual(parseQuantity(['twenty-four']), 24);
    assert.strictEqual(parseQuantity(['a', 'hundred']), 100);
    assert.strictEqual(parseQuantity(['1.5', 'million']), 1.5e6);
    assert.strictEqual(parseQuantity(['three', 'hundred', 'thousand']), 300000);
    assert.strictEqual(parseQuantity(['a', 'dozen']), 12);
    assert.strictEqual(parseQuantity(['two-thirds'])!.toFixed(4), (2 / 3).toFixed(4));
    assert.strictEqual(parseQuantity(['half']), 0.5);
    assert.strictEqual(parseQuantity(['cats']), null);
  });

  it('reads ordinals', () => {
    assert.strictEqual(parseOrdinal('second'), 2);
    assert.strictEqual(parseOrdinal('3rd'), 3);
    assert.strictEqual(parseOrdinal('twenty-first'), 21);
    assert.strictEqual(parseOrdinal('visit'), null);
  });
});
