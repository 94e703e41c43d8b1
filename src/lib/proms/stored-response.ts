// The row of `promResponses`, safe for any page's bundle (no Dexie).
import type { PromResponse } from './draft';
import type { ResponseFlag } from './fhir';
import type { ScoreResult } from './scoring/types';

/** A draft or completed response as kept on the device. */
export interface StoredResponse extends PromResponse {
	/** Scores, set when completed; null before, or for a questionnaire Tend does not score. */
	scores: ScoreResult | null;
	/** Flags sent with the response ('safety-netting' for PHQ-9 item 9 above "Not at all"). */
	flags: ResponseFlag[];
	/** The schedule key it was started for ('baseline:<url>', 'assigned:<id>'), or null. */
	occasion: string | null;
	/** Client UUIDs of the score Observations, by score id, so a resend is recognised. */
	scoreIds: Readonly<Record<string, string>>;
}
