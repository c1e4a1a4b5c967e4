// The one error type the extractor throws for bad input: it names the file, the line and the problem,
// so that the CLI can print a single actionable line and exit without writing anything.

export class ExtractError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;

  constructor(file: string, line: number | null, problem: string) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${problem}`);
    this.name = 'ExtractError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
