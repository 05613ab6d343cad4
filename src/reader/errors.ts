// Why a file cannot be read, as data: the CLI turns it into one line (what, which file, why, what
// to do). The reader never lets a library's own exception text reach a user.

export type RefusalKind =
  | 'empty'
  | 'truncated'
  | 'corrupt'
  | 'xls'
  | 'encrypted'
  | 'cfb'
  | 'ods'
  | 'text'
  | 'not-zip'
  | 'not-workbook'
  | 'unsupported';

/**
 * A file the reader refuses: `kind` says what it is instead, `why` the detail. What the user can do
 * about each kind is in the message catalogue (src/core/messages/files.ts, `refuse.<kind>`).
 */
export class ReaderRefusal extends Error {
  constructor(readonly kind: RefusalKind, readonly why: string) {
    super(why);
    this.name = 'ReaderRefusal';
  }
}

export const refuse = (kind: RefusalKind, why: string): ReaderRefusal => new ReaderRefusal(kind, why);
