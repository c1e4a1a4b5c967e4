// An error the CLI reports as one line and an exit code (2 = bad usage or unusable input).

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
