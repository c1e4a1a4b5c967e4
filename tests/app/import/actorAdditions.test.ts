// The pure part of adding actors in the browser: slug ids from names, comma lists, the YAML entries
// (read back by the extractor's own dictionary loader) and the dictionary with them appended.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ActorAddition } from '../../../src/app/import/ActorAddition.ts';
import { actorEntriesYaml } from '../../../src/app/import/actorEntriesYaml.ts';
import { mergeActorsYaml } from '../../../src/app/import/mergeActorsYaml.ts';
import { slugFromName } from '../../../src/app/import/slugFromName.ts';
import { splitList } from '../../../src/app/import/splitList.ts';
import { ExtractError } from '../../../src/extract/ExtractError.ts';
import { loadActorDictionary } from '../../../src/extract/loadActorDictionary.ts';

const saudi: ActorAddition = {
  id: 'saudi-arabia', name: 'Saudi Arabia', type: 'state', aliases: ['Saudi Arabia', 'Riyadh'], demonyms: ['Saudi'], affiliation: null, role: null,
};
const DICT = 'actors:\n  - id: pakistan\n    name: Pakistan\n    type: state\n    aliases: [Pakistan, Islamabad]\n';

describe('slugFromName', () => {
  it('lowercases, drops accents and apostrophes, and joins words with single hyphens', () => {
    expect(slugFromName('Saudi Arabia')).toBe('saudi-arabia');
    expect(slugFromName('Türkiye')).toBe('turkiye');
    expect(slugFromName("  Ma’ruf  O'Neil -- (Jr.) ")).toBe('maruf-oneil-jr');
    expect(slugFromName('...')).toBe('');
  });
});

describe('splitList', () => {
  it('trims, drops empty items and repeats', () => {
    expect(splitList(' Riyadh, Saudi Arabia,, Riyadh ,')).toEqual(['Riyadh', 'Saudi Arabia']);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('actorEntriesYaml', () => {
  it('is empty for no additions', () => {
    expect(actorEntriesYaml([])).toBe('');
  });

  it('writes entries in the form of actors.yaml: block mappings, flow lists, every key', () => {
    expect(actorEntriesYaml([saudi])).toBe(
      [
        '  # ---------------------------------------------------------------- added in the explorer',
        '  - id: saudi-arabia',
        '    name: Saudi Arabia',
        '    type: state',
        '    aliases: [Saudi Arabia, Riyadh]',
        '    demonyms: [Saudi]',
        '    affiliation: null',
        '    role: null',
        '    references: []',
        '',
      ].join('\n'),
    );
  });

  it('quotes names YAML would misread, so they come back exactly', () => {
    const tricky: ActorAddition = { ...saudi, id: 'x', name: 'No: "quoted" #1', aliases: ['a, b', '[c]', 'null'], role: 'yes' };
    const back = parse(`actors:\n${actorEntriesYaml([tricky])}`) as { actors: Record<string, unknown>[] };
    expect(back.actors[0]).toMatchObject({ name: 'No: "quoted" #1', aliases: ['a, b', '[c]', 'null'], role: 'yes', affiliation: null });
  });
});

describe('mergeActorsYaml', () => {
  it('returns the dictionary unchanged without additions, and appends under "actors:" with them', () => {
    expect(mergeActorsYaml(DICT, [])).toBe(DICT);
    const merged = mergeActorsYaml(DICT.trimEnd(), [{ ...saudi, affiliation: 'pakistan' }]);
    expect(merged.startsWith(DICT)).toBe(true);
    const dict = loadActorDictionary(merged, 'actors.yaml');
    expect(dict.actors.map((a) => a.id)).toEqual(['pakistan', 'saudi-arabia']);
    expect(dict.byId.get('saudi-arabia')).toMatchObject({ name: 'Saudi Arabia', type: 'state', affiliation: 'pakistan', aliases: ['Riyadh', 'Saudi'] });
  });

  it('leaves validation to the extractor: a claimed alias or a bad id fails with file and line', () => {
    const clash = () => loadActorDictionary(mergeActorsYaml(DICT, [{ ...saudi, aliases: ['Islamabad'] }]), 'actors.yaml');
    expect(clash).toThrow(ExtractError);
    expect(clash).toThrow(/^actors\.yaml:10: alias "Islamabad" of actor "saudi-arabia" is already claimed by actor "pakistan"/);
    expect(() => loadActorDictionary(mergeActorsYaml(DICT, [{ ...saudi, id: 'Saudi Arabia' }]), 'actors.yaml')).toThrow(/"id" must be a lowercase slug/);
  });
});
