// What the register was read as, in the user's language: the header row, every column read
// (column → field, and whether the mapping said so), every column left unread with why (and a
// note when it looks like dates or a status), rows skipped, and the reader's warnings. The same
// facts `complaints check` prints (core's readout); the words come from the shared catalogue.
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { FIELD_BY_KEY, FieldKey, ValueScale } from '../../core/register/fields';
import { Lang, lookup, msg, render } from '../../core/messages';
import type { ReadView } from '../../workbook/model';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalS} 0` },
  table: { borderCollapse: 'collapse', width: '100%', '& td, & th': { padding: '2px 4px', textAlign: 'left', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ReadoutView({ read, lang }: { read: ReadView; lang: Lang }) {
  const s = useStyles();
  const t = (key: Parameters<typeof lookup>[1], params?: Parameters<typeof lookup>[2]) => lookup(lang, key, params);
  const field = (k: FieldKey) => `${FIELD_BY_KEY[k][lang]}`;
  const why = (u: ReadView['unread'][number]) => t(`read.why.${u.why}`, { field: u.field ? field(u.field) : '' });
  return (
    <section aria-label={t('read.title')} className={s.box} data-testid="readout">
      <Subtitle2 as="h2">{t('read.title')}</Subtitle2>
      <Caption1>
        {t('read.header', { sheet: read.sheet, row: read.headerRow })}
        {read.headerRow > 1 ? t('read.above', { last: read.headerRow - 1 }) : ''}
      </Caption1>
      <table className={s.table} aria-label={t('read.columns', { n: read.columns.length })}>
        <caption style={{ textAlign: 'left' }}>{t('read.columns', { n: read.columns.length })}</caption>
        <tbody>
          {read.columns.map((c) => (
            <tr key={`${c.column}-${c.field}`}>
              <td>{c.column}</td>
              <td>{c.header}</td>
              <td>
                → {field(c.field)}
                {c.scale ? ` (${t('read.scale', { scale: render(msg(`scale.${c.scale as ValueScale}`), lang) })})` : ''}
                {c.by !== 'table' ? ` [${t(c.by === 'mapping' ? 'read.by.mapping' : 'read.by.joined')}]` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {read.unread.length === 0 ? (
        <Caption1>{t('read.allRead')}</Caption1>
      ) : (
        <table className={s.table} aria-label={t('read.unread', { n: read.unread.length })}>
          <caption style={{ textAlign: 'left' }}>{t('read.unread', { n: read.unread.length })}</caption>
          <tbody>
            {read.unread.map((u) => (
              <tr key={u.column}>
                <td>{u.column}</td>
                <td>{u.header}</td>
                <td className={u.looks ? s.warn : undefined}>
                  {why(u)}
                  {u.looks ? ` — ${t(`read.looks.${u.looks}`)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {read.skipped.length > 0 && <Caption1>{t('read.skipped', { rows: read.skipped.map((r) => `${r.row} (${t(`read.skip.${r.why}`)})`).join(', ') })}</Caption1>}
      {read.warnings.length > 0 && (
        <div role="note" aria-label={t('read.warnings')}>
          <Caption1 className={s.warn}>{t('read.warnings')}</Caption1>
          <ul className={s.list}>
            {read.warnings.map((w, i) => (
              <li key={i} className={s.warn}>{render(w, lang)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
