// Pure: the zoom and pan that fit a bounding box into the part of the canvas no overlay covers.
// A corner overlay (the legend, bottom left) is kept clear by reserving either a strip along the
// bottom or one along the left, whichever leaves the graph larger for this box's shape.

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

/** Screen space taken by overlays, kept free when fitting the graph. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  /** An overlay in the bottom-left corner (width × height from the corner, margins included). */
  readonly bottomLeft?: { readonly width: number; readonly height: number };
}

export interface FitInput {
  readonly width: number;
  readonly height: number;
  readonly bounds: Box;
  readonly insets: Insets;
  /** Space kept around the graph inside the free area. Default 30. */
  readonly padding?: number;
  readonly minZoom?: number;
  readonly maxZoom?: number;
  /** A tiny graph is not blown up past this. Default 1.6: huge nodes read worse than white space. */
  readonly maxFitZoom?: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

const DEFAULTS = { padding: 30, minZoom: 0.05, maxZoom: 6, maxFitZoom: 1.6 } as const;

/** Free areas smaller than this (px) are not worth keeping clear: the overlay is ignored instead. */
const MIN_FREE = 100;

export function fitViewport(input: FitInput): Viewport {
  const { width, height, bounds, insets } = input;
  if (!(width > 0) || !(height > 0)) throw new Error(`fitViewport: canvas size must be positive, got ${width}×${height}`);
  if (![bounds.x1, bounds.y1, bounds.w, bounds.h].every(Number.isFinite)) throw new Error('fitViewport: bounds must be finite');
  const padding = input.padding ?? DEFAULTS.padding;
  const minZoom = input.minZoom ?? DEFAULTS.minZoom;
  const maxZoom = Math.min(input.maxZoom ?? DEFAULTS.maxZoom, input.maxFitZoom ?? DEFAULTS.maxFitZoom);

  const candidates: Omit<Insets, 'bottomLeft'>[] = [];
  const corner = insets.bottomLeft;
  if (corner && corner.width > 0 && corner.height > 0) {
    candidates.push({ ...insets, bottom: Math.max(insets.bottom, corner.height) });
    candidates.push({ ...insets, left: Math.max(insets.left, corner.width) });
  } else candidates.push(insets);
  // Last resort: no overlay kept clear, only the padding.
  candidates.push({ top: 0, right: 0, bottom: 0, left: 0 });

  let best: Viewport | null = null;
  for (const c of candidates) {
    const w = width - c.left - c.right - 2 * padding;
    const h = height - c.top - c.bottom - 2 * padding;
    const isFallback = c === candidates[candidates.length - 1];
    if ((w < MIN_FREE || h < MIN_FREE) && !isFallback) continue;
    const free = { w: Math.max(w, 1), h: Math.max(h, 1) };
    const zoom = Math.max(minZoom, Math.min(maxZoom, free.w / Math.max(bounds.w, 1), free.h / Math.max(bounds.h, 1)));
    const viewport = {
      zoom,
      pan: {
        x: c.left + padding + free.w / 2 - zoom * (bounds.x1 + bounds.w / 2),
        y: c.top + padding + free.h / 2 - zoom * (bounds.y1 + bounds.h / 2),
      },
    };
    // Among usable candidates the larger zoom wins; the fallback only when none was usable.
    if (isFallback) return best ?? viewport;
    if (!best || viewport.zoom > best.zoom + 1e-9) best = viewport;
  }
  return best!;
}

/** The box around node centres, grown by each node's half size (labels not included). */
export function boundsOfPositions(
  positions: Readonly<Record<string, { x: number; y: number }>>,
  sizeOf: (id: string) => number = () => 0,
): Box | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const id in positions) {
    const p = positions[id]!;
    const r = sizeOf(id) / 2;
    if (p.x - r < x1) x1 = p.x - r;
    if (p.y - r < y1) y1 = p.y - r;
    if (p.x + r > x2) x2 = p.x + r;
    if (p.y + r > y2) y2 = p.y + r;
  }
  return x1 === Infinity ? null : { x1, y1, w: x2 - x1, h: y2 - y1 };
}
