import { hasAt } from "./route-normalise";

/**
 * Words, each with a value, looked up where they sit in a text: no slice of the text is made and no
 * hash of it computed, which for a name of twenty-odd characters costs more than the lookup itself.
 * A segment is compared only with the words of its length whose last character is its own.
 */
export class WordTable<T> {
  readonly #byLength: [word: string, value: T][][] = [];

  constructor(entries: Iterable<readonly [word: string, value: T]>) {
    for (const [word, value] of entries) {
      this.#byLength[word.length] ??= [];
      this.#byLength[word.length]!.push([word, value]);
    }
  }

  /** The value of the word `text` holds from `start` to `end` (the first given, for a word given twice), or undefined. */
  at(text: string, start: number, end: number): T | undefined {
    const last = text.charCodeAt(end - 1);
    for (const [word, value] of this.#byLength[end - start] ?? [])
      if (word.charCodeAt(word.length - 1) === last && hasAt(text, word, start)) return value;
    return undefined;
  }
}
