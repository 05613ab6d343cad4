// How the pane draws the second-round states (core/queue.ts ROW_STATES): one Fluent badge colour
// each, the same on the home card and in the queue. Red and orange stay the clocks' (overdue, due soon).
import type { BadgeProps } from '@fluentui/react-components';
import type { RowState } from '../../core/queue';

export const STATE_COLOURS: Readonly<Record<RowState, NonNullable<BadgeProps['color']>>> = {
  reopened: 'important',
  'appeal-pending': 'informative',
  'appeal-upheld': 'success',
  extended: 'brand',
  paused: 'subtle',
  invalid: 'subtle',
};
