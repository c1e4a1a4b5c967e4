// Keeps an image export inside the browser's canvas limits: past them Chrome silently returns an
// empty image, so the scale is lowered and the caller tells the user.

/** Chrome: 32,767 px per side and 268,435,456 px in all. */
export const MAX_CANVAS_SIDE = 32767;
export const MAX_CANVAS_AREA = 268_435_456;

export function clampExportScale(
  width: number,
  height: number,
  requested: number,
): { scale: number; clamped: boolean } {
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  const limit = Math.min(MAX_CANVAS_SIDE / w, MAX_CANVAS_SIDE / h, Math.sqrt(MAX_CANVAS_AREA / (w * h)));
  // Stay a hair under the limit: cytoscape rounds sizes up.
  const max = limit * 0.999;
  return requested > max ? { scale: max, clamped: true } : { scale: requested, clamped: false };
}
