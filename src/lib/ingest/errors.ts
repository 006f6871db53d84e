/** A problem with an input the user can fix; the CLI prints `file: message` and exits non-zero. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
