/** A problem with an input the user can fix; the CLI prints `file: message` and exits non-zero. */
export class IngestError extends Error {
  /** The file (or entry id) the problem is about, as the user named it. */
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.name = 'IngestError';
    this.file = file;
  }
}
