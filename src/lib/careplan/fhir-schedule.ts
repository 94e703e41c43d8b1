/**
 * The questionnaire schedule's part of a care plan in FHIR (D-032): the days the person
 * started with the service and was discharged as `CarePlan.period` (FHIR dates), and the
 * questionnaires asked at the standard occasions as one `care-plan-standard-questionnaire`
 * extension (`valueCanonical`) per questionnaire, in order.
 * See: https://hl7.org/fhir/R4/careplan.html, datatypes.html#Period
 */
import { dateIn } from '$lib/proms/calendar-date';
import { EXTENSION } from './fhir-codes';
import { asObject, extensionsOf, type Json } from './fhir-json';
import type { CarePlanContent } from './types';

type Schedule = Pick<CarePlanContent, 'startedOn' | 'dischargedOn' | 'standardQuestionnaires'>;

/** The period (none when neither date is set) and the extensions for the questionnaires. */
export function writeSchedule(content: Schedule): { period: Json | null; extensions: Json[] } {
	const { startedOn, dischargedOn } = content;
	const period = {
		...(startedOn ? { start: startedOn } : {}),
		...(dischargedOn ? { end: dischargedOn } : {})
	};
	return {
		period: Object.keys(period).length > 0 ? period : null,
		extensions: content.standardQuestionnaires.map((url) => ({
			url: EXTENSION.standardQuestionnaire,
			valueCanonical: url
		}))
	};
}

const PARTIAL_DATE = /^\d{4}(-\d{2})?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/**
 * A period bound as a calendar date: a date as it is; a dateTime as its date in the
 * service's time zone; a year or a month alone as no date (Tend will not guess the day).
 * Anything else is passed on for the schema to refuse.
 */
function calendarDate(value: unknown): unknown {
	if (value === undefined || (typeof value === 'string' && PARTIAL_DATE.test(value))) return null;
	if (typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) {
		return dateIn(new Date(value), 'Europe/London');
	}
	return value;
}

/** The schedule of a CarePlan, not yet checked: the schema decides. */
export function readSchedule(plan: Json) {
	const period = asObject(plan.period);
	const urls = extensionsOf(plan, EXTENSION.standardQuestionnaire).map(
		(extension) => extension.valueCanonical
	);
	return {
		startedOn: calendarDate(period?.start),
		dischargedOn: calendarDate(period?.end),
		// The same questionnaire twice asks nothing more; one that is not a url fails the schema.
		standardQuestionnaires: [...new Set(urls)]
	};
}
