/** The system Chromium: CHROME_PATH or a known Debian path; undefined when none is installed. */
export function findChromium(): string | undefined;
/** Flags for headless Chromium as root on a machine with a closed network. */
export const CHROMIUM_ARGS: readonly string[];
