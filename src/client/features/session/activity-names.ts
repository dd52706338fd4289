/** The interface text naming each activity of a group session. */
import type {
  AnswerActivity,
  SessionActivity,
  SessionState,
} from '../../../core/group-session/contract.ts';
import type { MessageId } from '../../i18n/messages.ts';

export const activityName: Record<SessionActivity, MessageId> = {
  'self-test': 'session.activity.self-test',
  'culture-scan': 'session.activity.culture-scan',
  dilemmas: 'session.activity.dilemmas',
  'risk-scan': 'session.activity.risk-scan',
};

/** The answer activities of a session (not the dilemma votes), in the order the session lists them. */
export function answerActivitiesOf(state: SessionState): AnswerActivity[] {
  return state.session.activities.filter(
    (activity): activity is AnswerActivity => activity !== 'dilemmas',
  );
}
