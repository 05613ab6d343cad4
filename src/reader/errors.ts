// Why a file cannot be read, as data: the CLI and the pane turn it into one line (what, which file,
// why, what to do) in the user's language. The reader never lets a library's own exception text
// reach a user on its own: a parser's words at most follow as a detail inside a catalogued message.
import { Msg, render } from '../core/messages';

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
 * A file the reader refuses: `kind` says what it is instead, `why` the detail as a catalogued
 * message (src/core/messages/reader.ts), rendered where it is shown. What the user can do about
 * each kind is in the catalogue too (src/core/messages/files.ts, `refuse.<kind>`).
 */
export class ReaderRefusal extends Error {
  constructor(readonly kind: RefusalKind, readonly why: Msg) {
    // English for a log; users see `why` rendered in their language.
    super(render(why, 'en'));
    this.name = 'ReaderRefusal';
  }
}

export const refuse = (kind: RefusalKind, why: Msg): ReaderRefusal => new ReaderRefusal(kind, why);
