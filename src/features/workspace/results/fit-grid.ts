/** A box, an image's size or a tile's, in CSS pixels. */
type Size = { width: number; height: number };

/** How `count` tiles are laid out: columns, rows and the size of each tile. */
export type GridFit = { columns: number; rows: number } & Size;

export type GridRequest = {
  count: number;
  /** The room the grid may take, all of it visible. */
  box: Size;
  /** Width over height of the images. */
  aspect: number;
  /** Space between tiles, in both directions. */
  gap: number;
  /** The images' pixel size, when known: a tile is never drawn past 100 %. */
  natural?: Size | undefined;
};

/**
 * The grid that draws `count` tiles of one aspect largest inside a box without scrolling: for
 * each number of columns, the tile is as large as both the column width and the row height
 * allow; the largest tile wins, capped at the images' own size. Among layouts that draw the
 * tile equally large (the cap reached), the one whose shape is closest to the box's wins.
 */
export function fitGrid({ count, box, aspect, gap, natural }: GridRequest): GridFit {
  const tiles = Math.max(1, Math.floor(count));
  const ratio = aspect > 0 && Number.isFinite(aspect) ? aspect : 1;
  const cap = natural && natural.width > 0 ? natural.width : Infinity;
  let best: (GridFit & { misfit: number }) | null = null;
  for (let columns = 1; columns <= tiles; columns++) {
    const rows = Math.ceil(tiles / columns);
    // With a column left empty, fewer columns give the same rows and wider cells.
    if ((columns - 1) * rows >= tiles) continue;
    const cellWidth = (box.width - gap * (columns - 1)) / columns;
    const cellHeight = (box.height - gap * (rows - 1)) / rows;
    const width = Math.max(0, Math.min(cellWidth, cellHeight * ratio, cap));
    const gridWidth = columns * width + gap * (columns - 1);
    const gridHeight = rows * (width / ratio) + gap * (rows - 1);
    const misfit = Math.abs(Math.log((gridWidth / gridHeight || 1) / (box.width / box.height || 1)));
    const larger = !best || width > best.width + 0.5;
    const asLarge = best && Math.abs(width - best.width) <= 0.5;
    if (larger || (asLarge && misfit < best!.misfit)) {
      best = { columns, rows, width, height: width / ratio, misfit };
    }
  }
  const { misfit: _, ...fit } = best ?? { columns: 1, rows: 1, width: 0, height: 0, misfit: 0 };
  return { ...fit, width: Math.floor(fit.width), height: Math.floor(fit.height) };
}
