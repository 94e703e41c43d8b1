/**
 * The questionnaires a pain service asks at the standard occasions (at the start, at
 * discharge and 3 months after; D-026), as a care plan lists them (D-032).
 */
import { QUESTIONNAIRE_BASE } from '$lib/proms/scoring/common';
import { emptyCarePlan, type CarePlanContent } from './types';

/** What a new service plan asks: PHQ-9, GAD-7 and PEG-3. */
export const DEFAULT_STANDARD_QUESTIONNAIRES: readonly string[] = ['phq-9', 'gad-7', 'peg-3'].map(
	(id) => `${QUESTIONNAIRE_BASE}${id}`
);

/**
 * The plan to open in the staff editor: a new plan, or one whose schedule was never set (no
 * dates and no questionnaires, as every plan published before plans had a schedule), starts
 * with the default questionnaires ticked. Anything already set is shown as it is.
 */
export function withDefaultQuestionnaires(content: CarePlanContent | null): CarePlanContent {
	const plan = content ?? emptyCarePlan();
	const isUnset =
		plan.startedOn === null &&
		plan.dischargedOn === null &&
		plan.standardQuestionnaires.length === 0;
	return isUnset ? { ...plan, standardQuestionnaires: [...DEFAULT_STANDARD_QUESTIONNAIRES] } : plan;
}
