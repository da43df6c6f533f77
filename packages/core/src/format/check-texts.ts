/** Checks every text of a pack: locale maps complete, rich text safe and well formed. */
import { mayHaveRichTextProblems, parseRichText } from '../rich-text/parse.js';
import type { RichTextResult } from '../rich-text/tree.js';
import { escapePointerToken, type IssueList } from './issues.js';
import type { Pack } from './schema.js';
import { forEachText, type Localizable, type TextKind } from './texts.js';

function checkLocales(value: Localizable, pointer: string, locales: readonly string[], out: IssueList): void {
  if (typeof value === 'string' || Array.isArray(value)) return; // one text for every locale
  const declared = locales.join(', ');
  for (const locale of locales) {
    if (!(locale in value)) {
      out.error(pointer, 'locale/missing', `the "${locale}" text is missing; the pack declares ${declared}`, {
        expected: `texts for ${declared}`,
        found: `texts for ${Object.keys(value).join(', ') || 'no locale'}`,
      });
    }
  }
  for (const key of Object.keys(value)) {
    if (!locales.includes(key)) {
      out.error(
        `${pointer}/${escapePointerToken(key)}`,
        'locale/undeclared',
        `"${key}" is not one of the pack's locales (${declared})`,
        {
          expected: `one of ${declared}`,
          found: JSON.stringify(key),
        },
      );
    }
  }
}

export function checkTexts(pack: Pack, out: IssueList): void {
  // Templated packs repeat the same hint or feedback many times: parse each string once.
  const parsed = new Map<string, RichTextResult>();
  const checkRich = (source: string, pointer: string) => {
    if (!mayHaveRichTextProblems(source)) return;
    let result = parsed.get(source);
    if (!result) {
      result = parseRichText(source);
      parsed.set(source, result);
    }
    if (result.ok) return;
    for (const problem of result.problems) {
      out.error(pointer, problem.rule, problem.message, { found: JSON.stringify(problem.found) });
    }
  };
  forEachText(pack, (pointer: string, value: Localizable, kind: TextKind) => {
    checkLocales(value, pointer, pack.locales, out);
    if (kind !== 'rich') return;
    if (typeof value === 'string') checkRich(value, pointer);
    else {
      for (const [locale, text] of Object.entries(value as Record<string, string>)) {
        checkRich(text, `${pointer}/${escapePointerToken(locale)}`);
      }
    }
  });
}
