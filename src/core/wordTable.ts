/**
 * A table keyed by words read from articles. A plain object literal answers for any key its
 * prototype has: `{}['constructor']` is a function, so "Constructor" read as a month, and
 * "40 constructor" as money. The table has no prototype, so only its own words are in it.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
