/** Where the CLI writes and what it resolves paths against; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
}
