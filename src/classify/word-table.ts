import { hasAt } from "./route-normalise";

interface SameLength<T> {
  /** Where words of this length differ most: compared first, before a word is compared whole. */
  at: number;
  readonly words: string[];
  readonly values: T[];
}

/**
 * Words, each with a value, looked up where they sit in a text: no slice of the text is made and no
 * hash of it computed, which for a name of twenty-odd characters costs more than the lookup itself.
 * A segment is compared only with words of its length whose character at their most telling place
 * is its own (the rule index's walk reads route segments the same way).
 */
export class WordTable<T> {
  readonly #byLength: Array<SameLength<T> | undefined> = [];

  constructor(entries: Iterable<readonly [word: string, value: T]>) {
    for (const [word, value] of entries) {
      if (word === "") throw new Error("WordTable takes no empty word");
      this.#byLength[word.length] ??= { at: 0, words: [], values: [] };
      const same = this.#byLength[word.length]!;
      if (same.words.includes(word)) continue;
      same.words.push(word);
      same.values.push(value);
    }
    for (const same of this.#byLength) {
      if (same === undefined) continue;
      let most = 0;
      for (let position = 0; position < same.words[0]!.length; position += 1) {
        const differ = new Set(same.words.map((word) => word.charCodeAt(position))).size;
        if (differ > most) [most, same.at] = [differ, position];
      }
    }
  }

  /** The value of the word `text` holds from `start` to `end`, or undefined. */
  at(text: string, start: number, end: number): T | undefined {
    const same = this.#byLength[end - start];
    if (same === undefined) return undefined;
    const code = text.charCodeAt(start + same.at);
    for (let index = 0; index < same.words.length; index += 1) {
      const word = same.words[index]!;
      if (word.charCodeAt(same.at) === code && hasAt(text, word, start)) return same.values[index];
    }
    return undefined;
  }
}
