import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ problem: { color: tokens.colorPaletteRedForeground1 } });

export interface ProblemsProps {
  /** One line each; an empty list shows nothing. */
  problems: readonly string[];
}

/** What stops the user from going on (a mapping, a policy), each line announced as an alert. */
export function Problems({ problems }: ProblemsProps) {
  const s = useStyles();
  return (
    <>
      {problems.map((p) => (
        <Caption1 key={p} className={s.problem} role="alert">
          {p}
        </Caption1>
      ))}
    </>
  );
}
