/** Plain-text tables whose columns line up whether or not the cells are coloured. */

/** One cell: its text, and an optional colour applied after padding. */
export interface Cell {
  readonly text: string;
  readonly paint?: ((text: string) => string) | undefined;
  readonly align?: 'left' | 'right' | undefined;
}

/** Renders rows of cells (the first row is the header) with two spaces between columns. */
export function renderTable(rows: readonly (readonly (Cell | string)[])[]): string[] {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell)));
  const widths: number[] = [];
  for (const row of cells)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell.text].length);
    });
  return cells.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell.text].length);
        const last = i === row.length - 1;
        const text = cell.align === 'right' ? pad + cell.text : last ? cell.text : cell.text + pad;
        return cell.paint ? cell.paint(text) : text;
      })
      .join('  ')
      .trimEnd(),
  );
}
