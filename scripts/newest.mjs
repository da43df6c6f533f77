// The newest modification time of the files under some folders: to rebuild an output only when a
// source is newer (node_modules and build outputs are skipped).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', 'app-dist']);

/** Milliseconds since the epoch of the newest file under `dirs` (0 when there is none). */
export function newest(...dirs) {
  let time = 0;
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }
  }
  return time;
}
