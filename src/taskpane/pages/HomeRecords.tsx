// The home card's records lines (issue 13), Excel only: who is making the changes (操作人, asked
// once and kept on this machine: workbook/operator.ts), and whether the workbook loads the add-in
// when it opens, so that changes made with the pane closed are logged and new rows numbered; the
// user can turn that off (and on again). A chunk of its own: the browser never needs it, and
// Fluent's Input is not part of the first paint.
import { useEffect, useId, useState } from 'react';
import { Button, Caption1, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookBackend } from '../../workbook/backend';
import { readOperator, saveOperator } from '../../workbook/operator';
import type { OpState } from '../ops';
import type { Words } from '../i18n';
import { MsgError, render } from '../../core/messages';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  input: { flexGrow: 1, flexBasis: '8em', minWidth: 0 },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  note: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

/** 操作人: the name on this machine, or the question when there is none (or the user changes it). */
export function OperatorLine({ w, op }: { w: Words; op: OpState }) {
  const s = useStyles();
  const [name, setName] = useState<string | undefined>(() => readOperator());
  const [editing, setEditing] = useState(name === undefined);
  const [draft, setDraft] = useState(name ?? '');
  const labelId = useId();
  const save = () => {
    const r = saveOperator(draft);
    if (r instanceof MsgError) return op.setNotice({ intent: 'error', text: render(r.msg, w.lang) });
    setName(r);
    setEditing(r === undefined);
    if (r !== undefined) op.setNotice({ intent: 'success', text: `${w.operatorSaved}: ${r}` });
  };
  if (!editing && name !== undefined) {
    return (
      <div className={s.line} data-testid="operator">
        <Text id={labelId}>{w.operator}</Text>
        <Text weight="semibold" className={s.name}>{name}</Text>
        <Button size="small" appearance="subtle" aria-describedby={labelId} onClick={() => (setDraft(name), setEditing(true))}>{w.operatorChange}</Button>
      </div>
    );
  }
  return (
    <div className={s.line} data-testid="operator">
      <Caption1 id={labelId} className={s.note}>{w.operatorAsk}</Caption1>
      <Input
        className={s.input}
        size="small"
        aria-label={w.operator}
        aria-describedby={labelId}
        value={draft}
        maxLength={40}
        onChange={(_, d) => setDraft(d.value)}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      <Button size="small" appearance="primary" disabled={draft.trim() === ''} onClick={save}>{w.operatorSave}</Button>
      {name !== undefined && <Button size="small" onClick={() => setEditing(false)}>{w.operatorCancel}</Button>}
    </div>
  );
}

/** Loading on open: said as it is, with the switch; nothing where the host cannot (or has no register). */
export function LoadOnOpenLine({ backend, w, op }: { backend: WorkbookBackend; w: Words; op: OpState }) {
  const s = useStyles();
  const [on, setOn] = useState<boolean | undefined>();
  useEffect(() => {
    let live = true;
    backend.loadOnOpen?.().then((v) => live && setOn(v), () => live && setOn(undefined));
    return () => {
      live = false;
    };
  }, [backend]);
  if (on === undefined || !backend.setLoadOnOpen) return null;
  const flip = backend.setLoadOnOpen.bind(backend);
  return (
    <div className={s.line} data-testid="load-on-open">
      <Caption1 className={s.note}>{on ? w.loadOnOpenOn : w.loadOnOpenOff}</Caption1>
      <Button size="small" appearance="subtle" disabledFocusable={op.busy} onClick={() => op.run(async () => {
        const now = await flip(!on);
        setOn(now);
        return now ? w.loadOnOpenOn : w.loadOnOpenOff;
      })}>
        {on ? w.loadOnOpenTurnOff : w.loadOnOpenTurnOn}
      </Button>
    </div>
  );
}

/** Both lines, as the home card shows them in Excel; loading on open once there is a register. */
export function HomeRecords({ backend, w, op, register }: { backend: WorkbookBackend; w: Words; op: OpState; register?: string }) {
  return (
    <>
      <OperatorLine w={w} op={op} />
      {register !== undefined && <LoadOnOpenLine key={register} backend={backend} w={w} op={op} />}
    </>
  );
}
