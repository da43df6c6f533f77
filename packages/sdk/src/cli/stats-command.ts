/** `tutorkit stats <pack>`: loads the pack and prints {@link packStats}. */
import { EXIT, type Terminal } from './io.js';
import { loadPacks } from './pack-input.js';
import { displayPath } from './report.js';
import { packStats, printStats, type StatsOptions } from './stats.js';

/** Prints the statistics of every pack in the file or entry. */
export async function statsCommand(path: string, options: StatsOptions, term: Terminal): Promise<number> {
  const loaded = await loadPacks(path, term);
  if (!loaded.ok) return loaded.code;
  const packs = options.pack ? loaded.packs.filter((p) => p.pack.id === options.pack) : loaded.packs;
  if (packs.length === 0) {
    term.error(
      `no pack with id "${options.pack}" in ${displayPath(path)}; it has ${loaded.packs.map((p) => p.pack.id).join(', ')}`,
    );
    return EXIT.usage;
  }
  if (options.json && packs.length > 1) {
    // An entry that exports several packs: one JSON array rather than several documents.
    const all = packs.map((p) => ({ file: displayPath(p.file), ...packStats(p.pack, p.templates) }));
    term.print(JSON.stringify(all, null, 2));
    return EXIT.ok;
  }
  packs.forEach((p, i) => {
    if (i > 0) term.print();
    printStats(p.file, packStats(p.pack, p.templates), options, term);
  });
  return EXIT.ok;
}
