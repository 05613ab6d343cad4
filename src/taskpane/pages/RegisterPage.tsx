import type { Msg } from '../../core/messages';
import { useState } from 'react';
import { Button, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { FIELDS, FieldKey, FIELD_BY_KEY } from '../../core/register/fields';
import type { Policy } from '../../core/policy/types';
import { ColumnMapping, InspectResult, mappingProblems } from '../../workbook/mapping';
import type { OpContext, WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import { Problems } from './Problems';
import type { Lang, Words } from '../i18n';
import type { ReadView } from '../../workbook/model';
import { lookup } from '../../core/messages';
import { wallClockNow } from '../../core/now';
import { ReadoutView } from './ReadoutView';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // Fixed layout: a field drop-down's longest option must not widen the table past 320 px.
  table: {
    borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed',
    '& td, & th': { padding: '2px 4px', textAlign: 'left', overflowWrap: 'anywhere', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    '& .fui-Select, & select': { minWidth: 0, width: '100%', maxWidth: '100%' },
  },
});

export interface RegisterPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  lang: Lang;
  /** The policy to set up with (the edited one, else the workbook's). */
  policy: () => Promise<Policy>;
}

export function RegisterPage({ backend, op, w, lang, policy }: RegisterPageProps) {
  const s = useStyles();
  const [preview, setPreview] = useState<InspectResult | undefined>();
  const [columns, setColumns] = useState<ColumnMapping[]>([]);
  const [read, setRead] = useState<ReadView | undefined>();
  /** Sets up, then says what the register is now read as. */
  const setUp = (f: (ctx: OpContext) => Promise<Msg>) =>
    op.run(async (ctx) => {
      const msg = await f(ctx);
      setRead(await backend.whatIsRead(ctx));
      return msg;
    });
  const problems = preview ? mappingProblems(columns) : [];
  const label = (k: FieldKey) => (lang === 'zh' ? `${FIELD_BY_KEY[k].zh} ${FIELD_BY_KEY[k].en}` : `${FIELD_BY_KEY[k].en} ${FIELD_BY_KEY[k].zh}`);
  return (
    <section aria-label={w.tabRegister}>
      <div className={s.row}>
        <Button appearance="primary" disabledFocusable={op.busy} onClick={() => setUp(async (ctx) => backend.setUpNew(await policy(), ctx))}>
          {w.newRegister}
        </Button>
        <Button
          disabledFocusable={op.busy}
          onClick={() =>
            op.run(async (ctx) => {
              const p = await backend.inspect(ctx);
              setPreview(p);
              setColumns(p.columns.map((c) => ({ ...c })));
            })
          }
        >
          {w.adoptSheet}
        </Button>
        <Button disabledFocusable={op.busy} onClick={() => op.run(async (ctx) => setRead(await backend.whatIsRead(ctx)))}>
          {lookup(lang, 'read.show')}
        </Button>
        {backend.fillIds && (
          <Button disabled={op.busy} onClick={() => op.run((ctx) => backend.fillIds!(wallClockNow(), ctx))}>
            {w.fillIds}
          </Button>
        )}
        {backend.save && (
          <Button disabledFocusable={op.busy} onClick={() => op.run(() => backend.save!())}>
            {w.saveFile}
          </Button>
        )}
      </div>
      {read && <ReadoutView read={read} lang={lang} />}
      {preview && (
        <>
          <Subtitle2 as="h2">
            {w.mapping}: {preview.sheet} ({w.row} {preview.headerRow + 1})
          </Subtitle2>
          <table className={s.table}>
            <thead>
              <tr>
                <th scope="col">{w.header}</th>
                <th scope="col">{w.field}</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c, i) => (
                <tr key={c.col}>
                  <td id={`hdr-${c.col}`}>{c.header}</td>
                  <td>
                    <Select
                      aria-labelledby={`hdr-${c.col}`}
                      value={c.field ?? ''}
                      onChange={(_, d) => setColumns(columns.map((x, j) => (j === i ? { ...x, field: (d.value || null) as FieldKey | null } : x)))}
                    >
                      <option value="">{w.notUsed}</option>
                      {FIELDS.map((f) => (
                        <option key={f.key} value={f.key}>
                          {label(f.key)}
                        </option>
                      ))}
                    </Select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Problems problems={problems} />
          <div className={s.row}>
            <Button appearance="primary" disabledFocusable={op.busy || problems.length > 0} onClick={() => setUp(async (ctx) => backend.adopt(preview, columns, await policy(), ctx))}>
              {w.apply}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
