/**
 * Locale typing shared by every builder.
 *
 * A text is a string (the same in every locale) or a map with exactly the pack's locales. Each
 * built part carries, as a phantom type, the set of locales its texts use (`never` when all of
 * them are plain strings), so that `definePack({ locales: ['en', 'es'], … })` rejects a part
 * whose maps lack `es` or add `fr`, even when that part was built in another module.
 *
 * The phantom is an optional property that never exists at run time. It holds the locale set
 * both as a parameter and as a result, which makes the check exact (neither a subset nor a
 * superset passes), and it is absent for plain-string parts, which fit every pack.
 */

/** A map from each locale to a string. */
export type LocaleMap<L extends string> = { readonly [K in L]: string };

/** A human-readable text: one string for every locale, or one string per locale. */
export type Text<L extends string = string> = string | LocaleMap<L>;

/**
 * The locales a builder found. Plain strings alone make TypeScript infer `string`, which means
 * "no locale map here": such a part fits a pack of any locales.
 */
export type Known<L extends string> = string extends L ? never : L;

/** The phantom locale marker: nothing for plain-string parts, an exact set otherwise. */
export type LocaleTag<L extends string> = [L] extends [never]
  ? Record<never, never>
  : { readonly '~localesIn'?: (locale: L) => void; readonly '~localesOut'?: L };

/** A built part whose texts use the locales `L`. */
export interface Localized<L extends string> {
  /** Type-level only: the locales this part's texts use. Never present at run time. */
  readonly '~locales'?: LocaleTag<L>;
}

/**
 * The same marker, as a structural type for parameters. Builders take `Ref` types rather than
 * the handle interfaces so that TypeScript compares markers structurally (a plain-string part
 * fits anywhere) instead of by the handle's type argument.
 */
export type LocaleRef<L extends string> = { readonly '~locales'?: LocaleTag<L> };
