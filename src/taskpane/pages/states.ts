// How the pane draws the second-round states (core/queue.ts ROW_STATES): one Fluent badge colour
// each, the same on the home card and in the queue. The words carry the meaning; red and orange stay
// the clocks' (overdue, due soon). Not "subtle": on the card's light background its outline badge
// is white on white.
import type { BadgeProps } from '@fluentui/react-components';
import type { RowState } from '../../core/queue';

export const STATE_COLOURS: Readonly<Record<RowState, NonNullable<BadgeProps['color']>>> = {
  reopened: 'important',
  'appeal-pending': 'brand',
  'appeal-upheld': 'success',
  extended: 'informative',
  paused: 'informative',
  invalid: 'informative',
};
