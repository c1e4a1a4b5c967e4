// Debug aid: prints the mentions and raw matches of the sentences containing a phrase
// (run: npx tsx tests/extract/debug-sentence.ts "spoke by telephone").
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { loadActorDictionary } from '../../src/extract/loadActorDictionary.ts';
import { loadPatterns } from '../../src/extract/loadPatterns.ts';
import { compileMentionMatcher } from '../../src/extract/compileMentionMatcher.ts';
import { segmentSentences } from '../../src/extract/segmentSentences.ts';
import { findMentions } from '../../src/extract/findMentions.ts';
import { resolveMentions } from '../../src/extract/resolveMentions.ts';
import { compileLexicon, matchRelations } from '../../src/extract/matchRelations.ts';
import { parseSource } from '../../src/extract/parseSource.ts';

const phrase = process.argv[2] ?? '';
const dict = loadActorDictionary(readFileSync('graph-data/actors.yaml', 'utf8'), 'actors.yaml');
const lex = loadPatterns(readFileSync('graph-data/patterns.yaml', 'utf8'), 'patterns.yaml');
const matcher = compileMentionMatcher(dict, lex.groups, lex.venues, lex.pairs);
const compiled = compileLexicon(lex, matcher.venues);
const attributions = new RegExp(`(?:${lex.attributions.join('|')})\\s+(?:the\\s+)?$`, 'iu');
for (const f of readdirSync('graph-data/sources').filter((x) => x.endsWith('.txt'))) {
  const id = f.slice(0, -4);
  const meta = `graph-data/sources/${id}.meta.yaml`;
  const doc = parseSource({ id, textFile: f, text: readFileSync(`graph-data/sources/${f}`, 'utf8'), metaFile: meta, metaText: existsSync(meta) ? readFileSync(meta, 'utf8') : null });
  const sentences = segmentSentences(doc.text);
  const mentions = findMentions(doc.text, sentences, matcher, attributions);
  const dyad = resolveMentions(doc.text, mentions, dict.byId);
  const raw = matchRelations({ doc, sentences, mentions, actors: dict.byId, lexicon: lex, compiled, dyad });
  for (const s of sentences) {
    if (!s.text.includes(phrase)) continue;
    console.log(`\n[${id}] ${s.text}`);
    for (const m of mentions.filter((x) => x.sentence === s.index)) {
      console.log(`   ${m.kind.padEnd(9)} ${JSON.stringify(doc.text.slice(m.start, m.end))} → ${m.actors.join(',') || '-'}${m.absorbed ? ' absorbed' : ''}${m.attribution ? ' attribution' : ''}${m.inQuote ? ' quoted' : ''}`);
    }
    for (const r of raw.filter((x) => x.sentence.index === s.index)) console.log(`   => ${r.type} ${r.source} -> ${r.target} [${r.pattern}] ${r.date}${r.venue ? ' @' + r.venue : ''}`);
  }
}
