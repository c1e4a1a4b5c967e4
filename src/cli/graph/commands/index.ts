// Every command of the graph CLI, in the order --help lists them.

import type { Command } from '../command.ts';
import { actorCommand } from './actor.ts';
import { actorsCommand } from './actors.ts';
import { centralityCommand } from './centrality.ts';
import { communitiesCommand } from './communities.ts';
import { egoCommand } from './ego.ts';
import { exportCommand } from './export.ts';
import { mediationsCommand } from './mediations.ts';
import { pathCommand } from './path.ts';
import { relationsCommand } from './relations.ts';

export const COMMANDS: readonly Command[] = [
  actorsCommand,
  actorCommand,
  relationsCommand,
  mediationsCommand,
  centralityCommand,
  pathCommand,
  egoCommand,
  communitiesCommand,
  exportCommand,
];
