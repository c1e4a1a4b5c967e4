// Drafts → the extractor's SourceFiles: the bytes as picked (decoded again by the pipeline), and
// the metadata either from the user's sidecar or written from the form as YAML.

import type { SourceFiles } from '../../extract/extractCorpus.ts';
import type { ArticleDraft } from './ArticleDraft.ts';

/** JSON strings are valid YAML double-quoted scalars: no YAML writer in the main bundle. */
const yamlString = (s: string): string => JSON.stringify(s);

export function metadataYaml(d: Pick<ArticleDraft, 'title' | 'date' | 'outlet'>): string {
  const outlet = d.outlet.trim();
  return [`title: ${yamlString(d.title.trim())}`, `date: ${d.date.trim()}`, `outlet: ${outlet ? yamlString(outlet) : 'null'}`, ''].join('\n');
}

export function toSourceFiles(drafts: readonly ArticleDraft[]): SourceFiles[] {
  return drafts.map((d) => ({
    id: d.id,
    textFile: d.textFile,
    bytes: d.bytes,
    metaFile: d.sidecar ? d.sidecar.file : `${d.textFile} (form)`,
    metaText: d.sidecar ? d.sidecar.text : metadataYaml(d),
  }));
}
