/** Milliseconds since the epoch of the newest file under `dirs` (0 when there is none). */
export function newest(...dirs: string[]): number;
