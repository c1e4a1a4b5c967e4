// Registers the Cytoscape extensions once, at start-up (main.ts, bench and tests call it; never
// a component). Asks Cytoscape's own registry first, so a second call is harmless.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

export function registerExtensions(): void {
  // cytoscape(type, name) returns the registered extension, or undefined when absent.
  const lookup = cytoscape as unknown as (type: string, name: string) => unknown;
  if (!lookup('layout', 'fcose')) cytoscape.use(fcose);
  if (!lookup('core', 'svg')) cytoscape.use(svg);
}
