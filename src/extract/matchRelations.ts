// Finds the relations a sentence states: each lexicon pattern's trigger phrase, with the relation's
// source and target taken from the slots the pattern names (nearest actor to the left, first actor
// to the right, the possessive before the phrase, the parties of a mediation, the other side of the
// document's main dyad). Patterns are tried in file order and a span of text used by one pattern is
// not used again, so specific phrases ("laid blame … at X's feet") go before general ones ("blame").

import type { Actor, SourceDocument } from '../core/model/graphDocument.ts';
import { RELATION_TYPE_INFO, type RelationType } from '../core/model/relationTypes.ts';
import type { Lexicon, RelationPattern, SourceSlot, TargetSlot } from './loadPatterns.ts';
import type { Sentence } from './segmentSentences.ts';
import { isArgument, type Mention } from './Mention.ts';
import { findQuoteSpans, inSpans, type Span } from './findQuoteSpans.ts';
import { findDates } from './findDates.ts';

export interface RawRelation {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly parties?: readonly string[];
  readonly venue?: string;
  readonly doc: string;
  readonly sentence: Sentence;
  readonly date: string;
  readonly dateSource: 'text' | 'article';
  readonly pattern: string;
  /** Offset of the trigger phrase in the document. */
  readonly at: number;
}

export interface MatchContext {
  readonly doc: SourceDocument;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly actors: ReadonlyMap<string, Actor>;
  readonly lexicon: Lexicon;
  readonly compiled: CompiledLexicon;
  readonly dyad: readonly [string, string] | null;
}

type Accusers = ReadonlyMap<string, { actor: string; sentence: number }>;

/** Mentions grouped by sentence index, so per-sentence work stays linear in the text. */
type BySentence = ReadonlyMap<number, readonly Mention[]>;

export interface CompiledLexicon {
  readonly triggers: readonly { readonly pattern: RelationPattern; readonly regex: RegExp }[];
  readonly clauseBreak: RegExp | null;
  readonly venues: RegExp | null;
}

const COORDINATION = /^\s*(?:,|and|,\s*and|&|as well as|or|,\s*or|and (?:his|her|its) (?:[\p{L}-]+ )?counterparts?)\s*$/iu;
/** A verb coordinated with an earlier one takes the sentence's subject: "X thanked Y but accused Z", ", denying". */
const COORDINATED_VERB = /(?:,|\band|\bbut|\bthen)\s+(?:\p{Ll}+ly\s+)?$/u;
const MEDIATION_TYPES = new Set<RelationType>(['mediates', 'offers_mediation']);
const RIGHT_WINDOW = 90;
const POSSESSIVE_WINDOW = /^\s*(?:[\p{L}-]+\s+){0,2}$/u;

export function compileLexicon(lexicon: Lexicon, venues: RegExp | null): CompiledLexicon {
  const breaks = lexicon.clauseBreaks.map((b) => b.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return {
    triggers: lexicon.patterns.map((pattern) => ({ pattern, regex: new RegExp(pattern.trigger.source, 'giu') })),
    clauseBreak: breaks.length ? new RegExp(breaks.join('|'), 'giu') : null,
    venues,
  };
}

export function matchRelations(ctx: MatchContext): RawRelation[] {
  const out: RawRelation[] = [];
  const { mentions } = ctx;
  const accusers = new Map<string, { actor: string; sentence: number }>();
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  let mi = 0;
  for (const s of ctx.sentences) {
    const here: Mention[] = [];
    while (mi < mentions.length && mentions[mi]!.sentence < s.index) mi++;
    for (let k = mi; k < mentions.length && mentions[k]!.sentence === s.index; k++) here.push(mentions[k]!);
    if (here.length === 0) continue;
    const args = here.filter(isArgument);
    const from = out.length;
    matchSentence(ctx, s, args, out, accusers, bySentence);
    // Remember who last accused each side, so "denied these allegations" answers the accuser.
    for (let k = from; k < out.length; k++) {
      const r = out[k]!;
      if (r.type !== 'accuses') continue;
      const side = sideOf(ctx, r.target);
      if (side && sideOf(ctx, r.source) !== side) accusers.set(side, { actor: r.source, sentence: s.index });
    }
  }
  return out;
}

/** The member of the main dyad an actor is, or belongs to. */
function sideOf(ctx: MatchContext, id: string): string | null {
  const dyad = ctx.dyad;
  if (!dyad) return null;
  return [id, ...ancestors(ctx.actors, id)].find((a) => dyad.includes(a)) ?? null;
}

function matchSentence(ctx: MatchContext, s: Sentence, args: readonly Mention[], out: RawRelation[], accusers: ReadonlyMap<string, { actor: string; sentence: number }>, bySentence: BySentence): void {
  const from = out.length;
  const text = ctx.doc.text;
  const quotes = findQuoteSpans(text, s.start, s.end);
  const used: Span[] = [];
  const breaks: number[] = [];
  if (ctx.compiled.clauseBreak) {
    const re = ctx.compiled.clauseBreak;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) breaks.push(s.start + m.index);
  }
  const dates = findDates(s.text, ctx.doc.date);
  const venues = findVenues(ctx.compiled.venues, s.text);

  for (const { pattern, regex } of ctx.compiled.triggers) {
    if (pattern.requires && !pattern.requires.test(s.text)) continue;
    regex.lastIndex = 0;
    // exec with lastIndex, not matchAll: matchAll clones the regular expression on every call.
    for (let m = regex.exec(s.text); m !== null; m = regex.exec(s.text)) {
      if (m[0] === '') regex.lastIndex++;
      if (!startsWord(s.text, m.index)) {
        regex.lastIndex = m.index + 1;
        continue;
      }
      const tStart = s.start + m.index;
      const tEnd = tStart + m[0].length;
      if (inSpans(quotes, tStart, tEnd)) continue;
      if (used.some(([a, b]) => tStart < b && a < tEnd)) continue;
      if (pattern.unless && pattern.unless.test(text.slice(Math.max(s.start, tStart - 40), tStart))) continue;
      const [leftBound, rightBound] = clauseBounds(breaks, s, tStart, tEnd);
      const slots = new Slots(ctx, args, tStart, tEnd, leftBound, rightBound, s.start);
      const rel = tStart - s.start;
      const venue = venues.length ? venues.reduce((b, v) => (Math.abs(v.at - rel) < Math.abs(b.at - rel) ? v : b)).name : null;
      const emitted = emit(ctx, pattern, slots, s, tStart, dates, venue, out, accusers);
      if (emitted) used.push([tStart, tEnd]);
    }
  }
  reportedAccusations(ctx, s, args, quotes, breaks, dates, out, from);
  quotedRelations(ctx, s, quotes, dates, out, bySentence, accusers);
}

/**
 * "“Pakistan's demands were unrealistic and unreasonable,” Muttaqi said": a quote holding a cue word
 * of the lexicon and naming an actor of the other side is the speaker's relation to that actor. The
 * speaker is named right after the quote ("” Muttaqi said"), right before it ("Mujahid said, “"), or,
 * for a quote that fills its sentence, in the sentence before.
 */
function quotedRelations(ctx: MatchContext, s: Sentence, quotes: readonly Span[], dates: ReturnType<typeof findDates>, out: RawRelation[], bySentence: BySentence, accusers: Accusers): void {
  const { quotedSpeech, speechVerbs } = ctx.lexicon;
  if (quotedSpeech.length === 0 || !speechVerbs || quotes.length === 0) return;
  const text = ctx.doc.text;
  const usable = (i: number) => (bySentence.get(i) ?? []).filter((m) => m.actors.length > 0 && !m.absorbed);
  const all = usable(s.index);
  for (const [qs, qe] of quotes) {
    const inside = text.slice(qs, qe);
    const speaker = quoteSpeaker(ctx, s, all, qs, qe, speechVerbs, usable);
    if (!speaker) continue;
    const own = sideOf(ctx, speaker);
    const named = unique(all.filter((m) => m.start >= qs && m.end <= qe && m.kind !== 'pronoun').flatMap((m) => m.actors))
      .filter((a) => a !== speaker && (own === null || sideOf(ctx, a) !== own) && ctx.actors.get(a)?.type !== 'armed_group');
    // The quote's topic is the first actor of the other side it names.
    for (const q of quotedSpeech) {
      if (!q.cues.test(inside)) continue;
      let target = named[0];
      if (target === undefined && q.counterpartFallback) target = counterpartOf(ctx, speaker, s.index, accusers);
      if (target === undefined) continue;
      const nearest = nearestDate(dates, qs - s.start);
      out.push({ type: q.type, source: speaker, target, doc: ctx.doc.id, sentence: s, date: nearest ? nearest.date : ctx.doc.date, dateSource: nearest ? 'text' : 'article', pattern: 'quoted-speech', at: qs });
      break;
    }
  }
}

/** The other side for a speaker: the last actor who accused the speaker's side (if recent), else the dyad's other member. */
function counterpartOf(ctx: MatchContext, speaker: string, sentence: number, accusers: Accusers): string | undefined {
  const side = sideOf(ctx, speaker);
  if (!side || !ctx.dyad) return undefined;
  const last = accusers.get(side);
  if (last && sentence - last.sentence <= 3) return last.actor;
  return ctx.dyad[0] === side ? ctx.dyad[1] : ctx.dyad[0];
}

function quoteSpeaker(ctx: MatchContext, s: Sentence, mentions: readonly Mention[], qs: number, qe: number, verbs: RegExp, usable: (sentence: number) => Mention[]): string | null {
  const text = ctx.doc.text;
  const person = (m: Mention | undefined): string | null => (m && m.actors.length === 1 && !m.inQuote ? m.actors[0]! : null);
  // "…,” Muttaqi said" / "…,” said Muttaqi"
  const after = mentions.find((m) => m.start >= qe && m.start - qe <= 25);
  if (after) {
    const between = text.slice(qe, after.start).trim();
    const next = /^\s*(\p{L}+)/u.exec(text.slice(after.end))?.[1] ?? '';
    if ((between === '' || between === ',') && verbs.test(next)) return person(after);
    const prevWord = /(\p{L}+)\s*$/u.exec(between)?.[1] ?? '';
    if (verbs.test(prevWord)) return person(after);
  }
  // "Mujahid said, “…”" / "Mujahid told reporters, “…”"
  const before = [...mentions].reverse().find((m) => m.end <= qs && qs - m.end <= 40);
  if (before && /^\s+(\p{L}+)/u.test(text.slice(before.end, qs))) {
    const verb = /^\s+(\p{L}+)/u.exec(text.slice(before.end, qs))![1]!;
    if (verbs.test(verb)) return person(before);
  }
  // A quote that fills its sentence continues the previous sentence's quote.
  if (qs - s.start <= 1 && s.index > 0) {
    const prevMentions = usable(s.index - 1);
    const prevSentence = ctx.sentences[s.index - 1]!;
    const prevQuotes = findQuoteSpans(text, prevSentence.start, prevSentence.end);
    const last = prevQuotes[prevQuotes.length - 1];
    if (last) return quoteSpeaker(ctx, prevSentence, prevMentions, last[0], last[1], verbs, usable);
  }
  return null;
}

/**
 * "Islamabad alleges that the TTP operates from Afghan soil": the reported act (Afghanistan supports
 * the TTP) is also the speaker accusing the actor of it. Only for the types the lexicon names.
 */
function reportedAccusations(ctx: MatchContext, s: Sentence, args: readonly Mention[], quotes: readonly Span[], breaks: readonly number[], dates: ReturnType<typeof findDates>, out: RawRelation[], from: number): void {
  const rule = ctx.lexicon.reportedAccusation;
  if (!rule) return;
  const found = out.slice(from).filter((r) => rule.types.includes(r.type));
  if (found.length === 0) return;
  rule.verbs.lastIndex = 0;
  for (const v of s.text.matchAll(rule.verbs)) {
    const vStart = s.start + v.index;
    const vEnd = vStart + v[0].length;
    if (inSpans(quotes, vStart, vEnd)) continue;
    const [leftBound] = clauseBounds(breaks, s, vStart, vEnd);
    const speakers = new Slots(ctx, args, vStart, vEnd, leftBound, s.end, s.start).source('left');
    for (const r of found) {
      // Armed groups are accused of their own attacks by the narrator's patterns already.
      if (r.at < vEnd || ctx.actors.get(r.source)?.type === 'armed_group') continue;
      for (const speaker of speakers) {
        const side = sideOf(ctx, speaker);
        if (speaker === r.source || (side !== null && side === sideOf(ctx, r.source))) continue;
        const nearest = nearestDate(dates, vStart - s.start);
        out.push({ type: 'accuses', source: speaker, target: r.source, doc: ctx.doc.id, sentence: s, date: nearest ? nearest.date : ctx.doc.date, dateSource: nearest ? 'text' : 'article', pattern: `reported:${r.pattern}`, at: vStart });
        // "Islamabad alleges that the TTP operates from Afghan soil" accuses Afghanistan, not the TTP.
        for (let k = out.length - 2; k >= from; k--) {
          const o = out[k]!;
          if (o.type === 'accuses' && o.at === vStart && o.source === speaker && o.target === r.target) out.splice(k, 1);
        }
      }
    }
  }
}

function nearestDate(dates: ReturnType<typeof findDates>, rel: number): ReturnType<typeof findDates>[number] | null {
  return dates.length ? dates.reduce((best, d) => (Math.abs(d.at - rel) < Math.abs(best.at - rel) ? d : best)) : null;
}

class Slots {
  constructor(
    private readonly ctx: MatchContext,
    private readonly args: readonly Mention[],
    private readonly tStart: number,
    private readonly tEnd: number,
    private readonly leftBound: number,
    private readonly rightBound: number,
    private readonly sentenceStart: number,
  ) {}

  source(slot: SourceSlot): string[] {
    return this.slot(slot);
  }

  target(slot: TargetSlot, sources: readonly string[]): string[] {
    if (slot === 'parties') return this.parties(sources);
    if (slot === 'counterpart') return this.counterpart(sources);
    return this.slot(slot);
  }

  private slot(slot: SourceSlot | 'possessive' | 'right_after'): string[] {
    const { args, tStart, tEnd } = this;
    const text = this.ctx.doc.text;
    if (slot === 'left') {
      const before = text.slice(Math.max(this.sentenceStart, tStart - 20), tStart);
      const i = lastIndex(args, (m) => m.end <= tStart && m.start >= this.leftBound);
      if (i >= 0 && !COORDINATED_VERB.test(before)) return this.group(i, -1);
      return this.slot('subject');
    }
    if (slot === 'subject') {
      const i = args.findIndex((m) => m.end <= tStart && m.start >= this.sentenceStart);
      return i < 0 ? [] : this.group(i, 1, tStart);
    }
    if (slot === 'right') {
      const i = args.findIndex((m) => m.start >= tEnd && m.start < this.rightBound && m.start - tEnd <= RIGHT_WINDOW && m.kind !== 'pronoun');
      return i < 0 ? [] : this.group(i, 1, this.rightBound);
    }
    if (slot === 'right_after') {
      let j = args.findIndex((m) => m.start >= tEnd && m.start < this.rightBound && m.kind !== 'pronoun');
      if (j < 0) return [];
      while (j + 1 < args.length && COORDINATION.test(text.slice(args[j]!.end, args[j + 1]!.start))) j++;
      const next = args.findIndex((m, k) => k > j && m.start < this.rightBound && m.kind !== 'pronoun');
      return next < 0 ? [] : this.group(next, 1, this.rightBound);
    }
    // possessive: "Iran's offer", "his meeting with"; a demonym modifies the same way ("Pakistani airstrikes").
    const i = lastIndex(args, (m) => m.end <= tStart && (m.possessive || m.kind === 'demonym'));
    if (i < 0) return [];
    const gap = this.ctx.doc.text.slice(args[i]!.end, tStart);
    return POSSESSIVE_WINDOW.test(gap) ? [...args[i]!.actors] : [];
  }

  /** A mention and those coordinated with it ("Qatar and Türkiye", "Turkey, Qatar and Iran"). */
  private group(i: number, dir: 1 | -1, limit?: number): string[] {
    const text = this.ctx.doc.text;
    const ids = [...this.args[i]!.actors];
    for (let j = i; ; j += dir) {
      const a = this.args[j];
      const b = this.args[j + dir];
      if (!a || !b) break;
      const [first, second] = dir === 1 ? [a, b] : [b, a];
      if (limit !== undefined && dir === 1 && second.start >= limit) break;
      if (!COORDINATION.test(text.slice(first.end, second.start))) break;
      ids.push(...b.actors);
    }
    return unique(ids);
  }

  /** Parties of a mediation: "between X and Y", else other states in the sentence, else the main dyad. */
  private parties(mediators: readonly string[]): string[] {
    const text = this.ctx.doc.text;
    const sentenceStart = this.sentenceStart;
    for (let i = 0; i < this.args.length; i++) {
      const m = this.args[i]!;
      if (/\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentenceStart, m.start - 14), m.start))) {
        const g = this.group(i, 1).filter((a) => !mediators.includes(a));
        if (g.length >= 2) return g;
      }
    }
    const states = unique(this.args.flatMap((m) => m.actors)).filter((a) => !mediators.includes(a) && this.ctx.actors.get(a)?.type === 'state');
    if (states.length >= 2 && this.ctx.dyad && this.ctx.dyad.every((d) => states.includes(d))) return [...this.ctx.dyad];
    return this.ctx.dyad ? [...this.ctx.dyad].filter((a) => !mediators.includes(a)) : [];
  }

  /** The other side of the main dyad from the source (or the state it belongs to). */
  counterpart(sources: readonly string[]): string[] {
    const dyad = this.ctx.dyad;
    if (!dyad) return [];
    const out = new Set<string>();
    for (const s of sources) {
      const side = [s, ...ancestors(this.ctx.actors, s)].find((a) => dyad.includes(a));
      if (side) out.add(dyad[0] === side ? dyad[1] : dyad[0]);
    }
    return [...out];
  }
}

function emit(ctx: MatchContext, p: RelationPattern, slots: Slots, s: Sentence, tStart: number, dates: ReturnType<typeof findDates>, venue: string | null, out: RawRelation[], accusers: ReadonlyMap<string, { actor: string; sentence: number }>): boolean {
  const sources = slots.source(p.source);
  if (sources.length === 0) return false;
  let targets = p.mutual ? [] : slots.target(p.target, sources);
  if (p.target === 'counterpart' && (p.type === 'denies' || p.type === 'rejects')) {
    // A denial answers the accusation: the last actor who accused this side, if recent.
    const side = sideOf(ctx, sources[0]!);
    const last = side ? accusers.get(side) : undefined;
    if (last && s.index - last.sentence <= 3) targets = [last.actor];
  }
  if (p.counterpartFallback) {
    // A threat or a suspension is aimed at the other side: drop targets on the source's own side.
    const own = new Set(sources.flatMap((a) => [a, ...ancestors(ctx.actors, a)]));
    targets = targets.filter((t) => !own.has(t) && !ancestors(ctx.actors, t).some((x) => own.has(x)));
    if (targets.length === 0) targets = slots.counterpart(sources);
  }
  const directed = RELATION_TYPE_INFO[p.type].directed;
  const pairs: [string, string][] = [];
  // "Afghan and Pakistani delegations meet …", "both countries agreed …": the relation is among the
  // coordinated actors themselves; what follows ("as Türkiye and Qatar mediate") is another clause.
  if (p.mutual || (!directed && (targets.length === 0 || (sources.length >= 2 && p.source !== p.target)))) {
    const group = p.mutual && sources.length < 2 ? [...sources, ...targets] : sources;
    for (const a of group) for (const b of group) if (a !== b && (p.mutual || a < b)) pairs.push([a, b]);
  } else {
    for (const a of sources) for (const b of targets) pairs.push([a, b]);
  }
  const nearest = nearestDate(dates, tStart - s.start);
  const isMediation = MEDIATION_TYPES.has(p.type);
  const parties = isMediation ? unique(targets).sort() : undefined;
  let n = 0;
  for (const [a, b] of pairs) {
    if (a === b || ancestors(ctx.actors, a).includes(b) || ancestors(ctx.actors, b).includes(a)) continue;
    const [source, target] = directed ? [a, b] : [a, b].sort() as [string, string];
    out.push({
      type: p.type,
      source,
      target,
      ...(parties && parties.length ? { parties } : {}),
      ...(venue && (isMediation || p.type === 'meets') ? { venue } : {}),
      doc: ctx.doc.id,
      sentence: s,
      date: nearest ? nearest.date : ctx.doc.date,
      dateSource: nearest ? 'text' : 'article',
      pattern: p.id,
      at: tStart,
    });
    n++;
  }
  return n > 0;
}

/** Venues named in a sentence, with their offsets; a relation takes the one nearest its trigger. */
function findVenues(re: RegExp | null, sentence: string): { at: number; name: string }[] {
  if (!re) return [];
  re.lastIndex = 0;
  const out: { at: number; name: string }[] = [];
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) out.push({ at: m.index, name: m[0] });
  return out;
}

function ancestors(actors: ReadonlyMap<string, Actor>, id: string): string[] {
  const out: string[] = [];
  let cur = actors.get(id)?.affiliation ?? null;
  while (cur !== null && !out.includes(cur)) {
    out.push(cur);
    cur = actors.get(cur)?.affiliation ?? null;
  }
  return out;
}

/** The clause around a phrase: from the last clause break before it to the first one after it. */
function clauseBounds(breaks: readonly number[], s: Sentence, from: number, to: number): [number, number] {
  let left = s.start;
  let right = s.end;
  for (const b of breaks) {
    if (b < from && b > left) left = b;
    if (b >= to && b < right) right = b;
  }
  return [left, right];
}

/** True when no letter or digit stands right before the offset (a word starts there). */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  return !/[\p{L}\p{N}_]/u.test(text[at - 1]!);
}

function lastIndex<T>(xs: readonly T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i]!)) return i;
  return -1;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
