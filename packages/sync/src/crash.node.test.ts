/**
 * No data loss (DESIGN.md): every append that resolved survives the browser being killed. A real
 * Chromium appends batches to a real IndexedDB store, is killed with SIGKILL while appends are in
 * flight, is relaunched on the same profile, and must read back every batch that resolved, whole.
 */
// Node only: the suite spawns Chromium. `--files` on the command line overrides the Chromium test
// runner's exclusion of *.node.test.ts, so in a browser this file loads and declares nothing.
if (typeof process !== 'undefined' && process.versions?.node) {
  const { describeCrashSuite } = await import('./test-support/crash-suite.js');
  describeCrashSuite();
}
