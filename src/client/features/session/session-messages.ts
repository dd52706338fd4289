/** The message for each way a group-session request can fail, per situation. */
import type { MessageId } from '../../i18n/messages.ts';
import type { SessionFailure } from './session-api.ts';

type Situation = 'start' | 'join' | 'facilitator' | 'participant' | 'send';

/** What to tell the person, in the words that fit what they were doing. */
export function failureMessage(failure: SessionFailure, situation: Situation): MessageId {
  if (failure === 'network')
    return situation === 'send' ? 'session.failure.sendNetwork' : 'session.failure.network';
  if (failure === 'too-many-requests') return 'session.failure.tooMany';
  if (failure === 'not-found') {
    return situation === 'join' ? 'session.failure.wrongCode' : 'session.failure.ended';
  }
  if (failure === 'unauthorized') {
    return situation === 'facilitator' ? 'session.failure.badLink' : 'session.failure.notJoined';
  }
  if (failure === 'conflict') return 'session.failure.conflict';
  return 'session.failure.rejected';
}
