// Guesses an article's publication date from a dateline near its top ("Nov 14, 2025",
// "17 November 2025"), to prefill the form. Only full dates with a year count; null if none.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`);
/** A dateline sits in the first lines; a date deep in the story is an event, not publication. */
const HEAD_CHARS = 600;

function iso(year: string, month: string, day: string): string | null {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  const d = new Date(Date.UTC(Number(year), m, Number(day)));
  if (m < 0 || d.getUTCMonth() !== m || d.getUTCDate() !== Number(day)) return null;
  return d.toISOString().slice(0, 10);
}

export function guessArticleDate(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const a = MONTH_DAY_YEAR.exec(head);
  const b = DAY_MONTH_YEAR.exec(head);
  // The earlier of the two forms is the dateline.
  const first = a && (!b || a.index <= b.index) ? iso(a[3]!, a[1]!, a[2]!) : b ? iso(b[3]!, b[2]!, b[1]!) : null;
  return first;
}
