// Finds the dates a sentence states ("on November 9", "November 9, 2025", "6 November 2025",
// "(18-19 October)", "on Tuesday") and turns them into ISO dates using the article's date for the
// missing year (or week). A month-day later than the article (by over a week) is taken as last year.

export interface DateMention {
  /** Offset in the sentence. */
  readonly at: number;
  readonly date: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(\\d{4}))?\\b`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const WEEKDAY = /\b(?:[Oo]n|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function findDates(sentence: string, articleDate: string): DateMention[] {
  const out: DateMention[] = [];
  const article = new Date(`${articleDate}T00:00:00Z`);
  const make = (at: number, month: number, day: number, year: string | undefined): void => {
    if (day < 1 || day > 31) return;
    let y = year ? Number(year) : article.getUTCFullYear();
    let d = new Date(Date.UTC(y, month - 1, day));
    if (!year && d.getTime() - article.getTime() > 7 * 86400000) {
      y -= 1;
      d = new Date(Date.UTC(y, month - 1, day));
    }
    if (d.getUTCMonth() !== month - 1) return; // 31 November and the like
    out.push({ at, date: d.toISOString().slice(0, 10) });
  };
  // Cheap guards first: most sentences hold no digit and no weekday.
  if (/\d/.test(sentence)) {
    for (const m of execAll(MONTH_DAY, sentence)) make(m.index, MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), m[3]);
    for (const m of execAll(DAY_MONTH, sentence)) make(m.index, MONTHS[m[2]!.toLowerCase()]!, Number(m[1]), m[3]);
  }
  if (sentence.includes('day')) for (const m of execAll(WEEKDAY, sentence)) {
    const want = WEEKDAYS.indexOf(m[1]!);
    const back = (article.getUTCDay() - want + 7) % 7;
    out.push({ at: m.index, date: new Date(article.getTime() - back * 86400000).toISOString().slice(0, 10) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** All matches of a global expression, without the copy of the expression matchAll makes per call. */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  return out;
}
