// Shared by the locale tests of each namespace (not imported by the app).

/** Every leaf of a resource file as `dot.path → value`; arrays and non-strings are kept as is. */
export function flatten(node: unknown, prefix = ''): Record<string, unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return { [prefix]: node };
  return Object.assign(
    {},
    ...Object.entries(node).map(([key, value]) =>
      flatten(value, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

/** The `{{variables}}` a text interpolates, sorted. */
export function variables(text: unknown): Array<string | undefined> {
  return [...String(text).matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)]
    .map((match) => match[1])
    .sort();
}

/** Whether `key` has a text in `keys`, directly or through i18next's plural forms. */
export function hasKey(keys: ReadonlySet<string>, key: string): boolean {
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}

/** Where a key as written in the source lives: `ns:key` in `ns`, a bare key in `common`. */
export function splitKey(written: string): { ns: string; key: string } {
  const colon = written.indexOf(':');
  return colon < 0
    ? { ns: 'common', key: written }
    : { ns: written.slice(0, colon), key: written.slice(colon + 1) };
}

/** The literal keys of namespace `ns` passed to `t()` in the given sources (`t('ns:key')`). */
export function literalKeys(sources: Record<string, string>, ns: string): Set<string> {
  const used = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`$]+?)\1/g)) {
      const found = splitKey(match[2] ?? '');
      if (found.ns === ns) used.add(found.key);
    }
  }
  return used;
}

/**
 * Keys of namespace `ns` written as plain strings anywhere (kept in data, returned by rules,
 * passed to an action as its failure message): any dotted literal whose first segment is one of
 * the namespace's `sections` (`'nav.home'`, `'team:syncErrors.offline'`).
 */
export function writtenKeys(
  sources: Record<string, string>,
  ns: string,
  sections: ReadonlySet<string>,
): Set<string> {
  const used = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const match of text.matchAll(/(['"`])((?:\w+:)?[a-zA-Z]+(?:\.[\w-]+)+)\1/g)) {
      const found = splitKey(match[2] ?? '');
      if (found.ns === ns && sections.has(found.key.split('.')[0] ?? '')) used.add(found.key);
    }
  }
  return used;
}

/** Problems between two languages of a namespace: keys missing on either side, blank texts, variables that differ. */
export function parityProblems(fr: unknown, en: unknown): string[] {
  const frFlat = flatten(fr);
  const enFlat = flatten(en);
  const problems: string[] = [];
  for (const key of Object.keys(frFlat))
    if (!(key in enFlat)) problems.push(`missing in en: ${key}`);
  for (const key of Object.keys(enFlat))
    if (!(key in frFlat)) problems.push(`missing in fr: ${key}`);
  for (const [lang, strings] of [
    ['fr', frFlat],
    ['en', enFlat],
  ] as const) {
    for (const [key, value] of Object.entries(strings)) {
      if (typeof value !== 'string' || value.trim() === '')
        problems.push(`blank in ${lang}: ${key}`);
    }
  }
  for (const key of Object.keys(frFlat)) {
    if (key in enFlat && variables(frFlat[key]).join() !== variables(enFlat[key]).join()) {
      problems.push(`variables differ: ${key}`);
    }
  }
  return problems;
}
