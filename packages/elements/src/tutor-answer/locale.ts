/** Picks a locale's text from a string or a `{ locale: text }` map: exact tag, then language, then `en`, then any. */
export function pickLocalized(text: string | Readonly<Record<string, string>>, lang: string): string {
  if (typeof text === 'string') return text;
  const lower = lang.toLowerCase();
  const language = lower.split(/[-_]/)[0] ?? lower;
  const entries = Object.entries(text);
  const find = (want: string) => entries.find(([k]) => k.toLowerCase() === want)?.[1];
  return find(lower) ?? find(language) ?? find('en') ?? entries[0]?.[1] ?? '';
}
