// cytoscape-svg ships no types: declare the extension and the cy.svg() method it adds.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}

declare namespace cytoscape {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    bg?: string;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
