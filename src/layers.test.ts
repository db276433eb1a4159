import { describe, expect, it } from 'vitest';

// The layers of src/ (see src/features/README.md and the design's layers): what may import
// what, checked on the source itself, type-only imports included.

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `specifier` (relative) resolved from the folder of `file`, as a path from src/. */
function resolve(file: string, specifier: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.filter((part) => part !== '.').join('/');
}

/** The files of src/ a file imports, as paths from src/ (`'../../db/live'` → `db/live`). */
function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) => resolve(file, specifier));
}

/** The files matching `from` that import a file under `to`, as `file -> import`. */
function arrows(from: (file: string) => boolean, to: string): string[] {
  return Object.entries(sources)
    .filter(([file]) => from(file))
    .flatMap(([file, text]) =>
      importsOf(file, text)
        .filter((target) => target.startsWith(to))
        .map((target) => `${file} -> ${target}`),
    );
}

describe('the layers of src', () => {
  it('finds the sources', () => {
    expect(Object.keys(sources)).toContain('./features/home/HomeScreen.tsx');
    expect(importsOf('./features/home/HomeScreen.tsx', "from '../../ui/Button'")).toEqual([
      'ui/Button',
    ]);
  });

  it('components never import src/db: they call their feature’s actions and queries', () => {
    expect(arrows((file) => file.endsWith('.tsx'), 'db/')).toEqual([]);
  });

  it('features never import the shell (src/app): the shell mounts features', () => {
    expect(arrows((file) => file.startsWith('./features/'), 'app/')).toEqual([]);
  });

  it('primitives (src/ui) hold no data: they never import src/db or a feature', () => {
    expect(arrows((file) => file.startsWith('./ui/'), 'db/')).toEqual([]);
    expect(arrows((file) => file.startsWith('./ui/'), 'features/')).toEqual([]);
  });

  it('buttons are the Button primitive, not hand-written classes', () => {
    const handWritten = Object.entries(sources)
      .filter(([file, text]) => file.endsWith('.tsx') && /class="button\b/.test(text))
      .map(([file]) => file);
    expect(handWritten).toEqual([]);
  });
});
