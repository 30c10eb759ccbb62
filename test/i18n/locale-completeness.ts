/** A `_locales/<lang>/messages.json` as written. */
export type MessagesFile = Record<
  string,
  { message?: unknown; placeholders?: Record<string, { content?: unknown }> }
>;

function placeholderShape(entry: MessagesFile[string]): string {
  const named = Object.entries(entry.placeholders ?? {}).map(
    ([name, placeholder]) => `${name.toLowerCase()}=${String(placeholder?.content)}`,
  );
  const message = typeof entry.message === "string" ? entry.message : "";
  const direct = [...message.matchAll(/\$([1-9])/g)].map((match) => `$${match[1]}`);
  return [...named, ...direct].sort().join(" ");
}

function namesUsed(message: string): string {
  const names = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
  return [...new Set(names)].sort().join(" ");
}

/**
 * What keeps `translation` from standing in for `reference` (English): missing or unknown keys, an
 * empty message, placeholders (name, content, `$n`) that differ, a `$NAME$` with no definition or a
 * definition never used. One line per problem; none means complete.
 */
export function localeProblems(reference: MessagesFile, translation: MessagesFile): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    if (!Object.hasOwn(translation, key)) problems.push(`${key}: missing`);
  }
  for (const [key, entry] of Object.entries(translation)) {
    const original = Object.hasOwn(reference, key) ? reference[key] : undefined;
    if (!original) {
      problems.push(`${key}: not in English`);
      continue;
    }
    if (!/^[A-Za-z0-9_]+$/.test(key))
      problems.push(`${key}: Chrome allows only letters, digits and _ in keys`);
    if (typeof entry?.message !== "string" || entry.message.trim() === "") {
      problems.push(`${key}: empty message`);
      continue;
    }
    const [mine, theirs] = [placeholderShape(entry), placeholderShape(original)];
    if (mine !== theirs) problems.push(`${key}: placeholders "${mine}", English has "${theirs}"`);
    const defined = Object.keys(entry.placeholders ?? {})
      .map((name) => name.toLowerCase())
      .sort()
      .join(" ");
    const used = namesUsed(entry.message);
    if (used !== defined) problems.push(`${key}: uses $…$ "${used}", defines "${defined}"`);
  }
  return problems;
}
