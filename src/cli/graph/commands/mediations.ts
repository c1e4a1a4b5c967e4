// `mediations`: mediation events (held, offered, welcomed, rejected), or the mediator ranking.

import { mediationEvents, mediatorRanking } from '../../../core/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../cliError.ts';
import { formatTable } from '../formatTable.ts';
import { stringOption } from '../parseValues.ts';

export const mediationsCommand: Command = {
  name: 'mediations',
  summary: 'list mediation events, or rank mediators',
  help: `Usage: actor-graph mediations [--party X] [--between X Y] [--mediator M] [--ranking]

  --party X       events where X is a party
  --between X Y   events between X and Y (also --between X,Y)
  --mediator M    events M mediates or offers to mediate
  --ranking       rank mediators by number of events instead`,
  options: { party: { type: 'string' }, between: { type: 'string' }, mediator: { type: 'string' }, ranking: { type: 'boolean' } },
  run({ values, positionals, json, loadGraph, print }) {
    const betweenRaw = stringOption(values, 'between');
    let between: [string, string] | undefined;
    const rest = [...positionals];
    if (betweenRaw !== undefined) {
      const parts = betweenRaw.includes(',') ? betweenRaw.split(',').map((s) => s.trim()) : [betweenRaw, rest.shift()];
      if (parts.length !== 2 || !parts[0] || !parts[1]) throw new CliError('--between needs two actors: --between X Y');
      between = [parts[0], parts[1]];
    }
    if (rest.length > 0) throw new CliError(`unexpected argument "${rest[0]}"; see actor-graph mediations --help`);
    const graph = loadGraph();
    const events = mediationEvents(graph, { party: stringOption(values, 'party'), mediator: stringOption(values, 'mediator'), between });
    const nameOf = (id: string) => graph.getNodeAttribute(id, 'name');
    if (values.ranking) {
      const ranking = mediatorRanking(events).map((r) => ({ ...r, name: nameOf(r.mediator) }));
      if (json) return print(JSON.stringify(ranking, null, 2) + '\n');
      return print(
        formatTable(
          ['rank', 'mediator', 'events', 'held', 'offered', 'parties'],
          ranking.map((r, i) => [i + 1, r.name, r.events, r.held, r.offered, r.parties.map(nameOf).join(', ')]),
        ),
      );
    }
    if (json) return print(JSON.stringify(events, null, 2) + '\n');
    print(
      formatTable(
        ['date', 'status', 'mediators', 'parties', 'venue', 'responses', 'event'],
        events.map((e) => [
          e.dateFrom === e.dateTo ? e.dateFrom : `${e.dateFrom}..${e.dateTo}`,
          e.status,
          e.mediators.map(nameOf).join(', '),
          e.parties.map(nameOf).join(', '),
          e.venue,
          e.responses.map((r) => `${nameOf(r.party)} ${r.response}`).join('; '),
          e.id,
        ]),
      ),
    );
    print(`${events.length} event(s)\n`);
  },
};
