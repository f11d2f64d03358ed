/** Currency symbols, codes and words as news writes them, mapped to ISO 4217. */
import { wordTable } from './wordTable';

/** Symbols and codes written before an amount ("$", "US$", "€", "USD"); keys lower-case. */
export const CURRENCY_SYMBOL = wordTable<string>({
  $: 'USD', 'us$': 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY',
  jpy: 'JPY', cny: 'CNY', rmb: 'CNY', 'hk$': 'HKD', hkd: 'HKD', 'a$': 'AUD', aud: 'AUD', 'c$': 'CAD',
  cad: 'CAD', chf: 'CHF', inr: 'INR', '₹': 'INR', '₩': 'KRW', krw: 'KRW', rub: 'RUB', '₽': 'RUB',
  'r$': 'BRL', brl: 'BRL', mxn: 'MXN', zar: 'ZAR', sek: 'SEK', nok: 'NOK', dkk: 'DKK', sgd: 'SGD', 's$': 'SGD',
  'nz$': 'NZD', nzd: 'NZD', '₺': 'TRY', '₦': 'NGN', ngn: 'NGN', '₪': 'ILS', ils: 'ILS',
});

/** Words written after an amount ("40 million euros"); ones that are common English words ("real") are left out. */
export const CURRENCY_WORD = wordTable<string>({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  won: 'KRW', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF',
  reais: 'BRL', peso: 'MXN', pesos: 'MXN', rand: 'ZAR', naira: 'NGN', shekel: 'ILS', shekels: 'ILS',
  lira: 'TRY', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
});

const GLUED_SYMBOL = /^(us\$|hk\$|a\$|c\$|r\$|s\$|nz\$|[$€£¥₹₩₽₺₦₪])/;

/** The currency a token names: a symbol or code ("$", "USD"), or a symbol glued to digits ("$2.5"). */
export function currencyOfToken(normal: string): string | null {
  if (CURRENCY_SYMBOL[normal]) return CURRENCY_SYMBOL[normal];
  const glued = GLUED_SYMBOL.exec(normal);
  return glued ? CURRENCY_SYMBOL[glued[1]] : null;
}

/** The token without a glued currency symbol ("$2.5" -> "2.5"). */
export function stripCurrency(normal: string): string {
  return normal.replace(GLUED_SYMBOL, '');
}
