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

/** What the user can do about each kind of refusal. */
const HINT: Readonly<Record<RefusalKind, string>> = {
  empty: 'check that the copy or download finished, or pick the right file',
  truncated: 'the file is incomplete; copy or download it again',
  corrupt: 'the file is damaged; restore it from a backup, or open it in Excel and save it again',
  xls: 'open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)',
  encrypted: 'open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and try again',
  cfb: 'open it in the program that made it and save it as .xlsx',
  ods: 'open it in LibreOffice or Excel and save it as .xlsx (Excel 2007-365)',
  text: 'open it in Excel and save it as .xlsx (Excel Workbook)',
  'not-zip': 'give an .xlsx workbook saved by Excel, WPS or LibreOffice',
  'not-workbook': 'give an .xlsx workbook saved by Excel, WPS or LibreOffice',
  unsupported: 'open it in Excel and save it again as .xlsx',
};

/** A file the reader refuses; `why` names the cause, `hint` what to do. */
export class ReaderRefusal extends Error {
  readonly hint: string;
  constructor(readonly kind: RefusalKind, readonly why: string) {
    super(why);
    this.name = 'ReaderRefusal';
    this.hint = HINT[kind];
  }
}

export const refuse = (kind: RefusalKind, why: string): ReaderRefusal => new ReaderRefusal(kind, why);
