// File names that say what an export holds: the view (full or filtered, ego focus) and the date
// window, e.g. "actor-graph_filtered_2025-10-15_2025-11-16.png".

export interface ExportNameParts {
  readonly filtered: boolean;
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  /** Actor id when the view is an ego network. */
  readonly ego: string | null;
  /** "viewport" for a PNG/SVG of the visible part only. */
  readonly scope?: 'viewport' | 'full';
  readonly extension: string;
}

export function exportFileName(parts: ExportNameParts): string {
  const segments = ['actor-graph', parts.filtered ? 'filtered' : 'all'];
  if (parts.ego) segments.push(`ego-${parts.ego}`);
  if (parts.dateFrom || parts.dateTo) segments.push(parts.dateFrom ?? 'start', parts.dateTo ?? 'end');
  if (parts.scope === 'viewport') segments.push('viewport');
  return `${segments.join('_').replace(/[^a-zA-Z0-9_.-]/g, '-')}.${parts.extension}`;
}
