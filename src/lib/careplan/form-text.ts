/**
 * The care plan form's labels and hints in two voices: to staff ("What matters to the
 * person") and to the person ("What matters to me", with examples). Translation keys only.
 */
import type { FlareList, MedicationList, StrategyKind } from './types';

export type CarePlanVoice = 'staff' | 'self';

export interface FieldText {
	label: string;
	hint?: string;
}
export type Voiced = Record<CarePlanVoice, FieldText>;

const voiced = (staff: FieldText, self: FieldText): Voiced => ({ staff, self });

/** Labels (or legends) and hints of the single fields and sections. */
export const FIELD_TEXT = {
	whatMatters: voiced(
		{
			label: 'staff:care_plan.fields.what_matters.label',
			hint: 'staff:care_plan.fields.what_matters.hint'
		},
		{ label: 'careplan:sections.what_matters', hint: 'careplan:form.what_matters_hint' }
	),
	goals: voiced(
		{ label: 'staff:care_plan.fields.goals.legend', hint: 'staff:care_plan.fields.goals.hint' },
		{ label: 'careplan:sections.goals', hint: 'careplan:form.goals_hint' }
	),
	goalText: voiced(
		{ label: 'staff:care_plan.fields.goal_text' },
		{ label: 'careplan:form.goal_text', hint: 'careplan:form.goal_text_hint' }
	),
	goalMeasure: voiced(
		{
			label: 'staff:care_plan.fields.goal_measure.label',
			hint: 'staff:care_plan.fields.goal_measure.hint'
		},
		{ label: 'careplan:goal.measure', hint: 'careplan:form.goal_measure_hint' }
	),
	strategies: voiced(
		{
			label: 'staff:care_plan.fields.strategies.legend',
			hint: 'staff:care_plan.fields.strategies.hint'
		},
		{ label: 'careplan:sections.strategies', hint: 'careplan:form.strategies_hint' }
	),
	medication: voiced(
		{
			label: 'staff:care_plan.fields.medication.legend',
			hint: 'staff:care_plan.fields.medication.hint'
		},
		{ label: 'careplan:sections.medication', hint: 'careplan:form.medication_hint' }
	),
	careTeam: voiced(
		{
			label: 'staff:care_plan.fields.care_team.legend',
			hint: 'staff:care_plan.fields.care_team.hint'
		},
		{ label: 'careplan:sections.care_team', hint: 'careplan:form.care_team_hint' }
	),
	memberRole: voiced(
		{ label: 'staff:care_plan.fields.member_role' },
		{ label: 'careplan:form.member_role' }
	),
	memberName: voiced(
		{ label: 'staff:care_plan.fields.member_name' },
		{ label: 'careplan:form.member_name' }
	),
	memberJobTitle: voiced(
		{
			label: 'staff:care_plan.fields.member_job_title.label',
			hint: 'staff:care_plan.fields.member_job_title.hint'
		},
		{ label: 'careplan:form.member_job_title', hint: 'careplan:form.member_job_title_hint' }
	),
	memberPhone: voiced(
		{ label: 'staff:care_plan.fields.member_phone' },
		{ label: 'careplan:form.member_phone' }
	),
	contact: voiced(
		{ label: 'staff:care_plan.fields.contact.legend', hint: 'staff:care_plan.fields.contact.hint' },
		{ label: 'careplan:sections.contact', hint: 'careplan:form.contact_hint' }
	),
	contactPhone: voiced(
		{ label: 'staff:care_plan.fields.contact_phone' },
		{ label: 'careplan:contact.phone' }
	),
	contactHours: voiced(
		{
			label: 'staff:care_plan.fields.contact_hours.label',
			hint: 'staff:care_plan.fields.contact_hours.hint'
		},
		{ label: 'careplan:contact.hours', hint: 'careplan:form.contact_hours_hint' }
	),
	contactEmail: voiced(
		{ label: 'staff:care_plan.fields.contact_email' },
		{ label: 'careplan:contact.email' }
	),
	reviewDate: voiced(
		{
			label: 'staff:care_plan.fields.review_date.legend',
			hint: 'staff:care_plan.fields.review_date.hint'
		},
		{ label: 'careplan:sections.review', hint: 'careplan:form.date_hint' }
	),
	reengagement: voiced(
		{
			label: 'staff:care_plan.fields.reengagement.label',
			hint: 'staff:care_plan.fields.reengagement.hint'
		},
		{ label: 'careplan:sections.reengagement', hint: 'careplan:form.reengagement_hint' }
	),
	pifu: voiced(
		{ label: 'staff:care_plan.fields.pifu.legend', hint: 'staff:care_plan.fields.pifu.hint' },
		{ label: 'careplan:sections.pifu', hint: 'careplan:form.pifu_hint' }
	),
	pifuWindowEnd: voiced(
		{
			label: 'staff:care_plan.fields.pifu_window_end.legend',
			hint: 'staff:care_plan.fields.pifu_window_end.hint'
		},
		{ label: 'careplan:pifu.window_end', hint: 'careplan:form.date_hint' }
	),
	pifuResponseDays: voiced(
		{
			label: 'staff:care_plan.fields.pifu_response_days.label',
			hint: 'staff:care_plan.fields.pifu_response_days.hint'
		},
		{ label: 'careplan:form.pifu_response_days' }
	),
	flare: voiced(
		{ label: 'staff:care_plan.fields.flare.legend', hint: 'staff:care_plan.fields.flare.hint' },
		{ label: 'careplan:sections.flare', hint: 'careplan:form.flare_hint' }
	),
	flareContactAfterDays: voiced(
		{
			label: 'staff:care_plan.fields.contact_after_days.label',
			hint: 'staff:care_plan.fields.contact_after_days.hint'
		},
		{ label: 'careplan:form.contact_after_days', hint: 'careplan:form.contact_after_days_hint' }
	)
} satisfies Record<string, Voiced>;

export const STRATEGY_TEXT: Record<StrategyKind, Voiced> = {
	pacing: voiced(
		{ label: 'staff:care_plan.fields.strategy.pacing' },
		{ label: 'careplan:strategy.pacing', hint: 'careplan:form.strategy_hint.pacing' }
	),
	activity: voiced(
		{ label: 'staff:care_plan.fields.strategy.activity' },
		{ label: 'careplan:strategy.activity', hint: 'careplan:form.strategy_hint.activity' }
	),
	relaxationSleep: voiced(
		{ label: 'staff:care_plan.fields.strategy.relaxationSleep' },
		{
			label: 'careplan:strategy.relaxationSleep',
			hint: 'careplan:form.strategy_hint.relaxationSleep'
		}
	),
	psychological: voiced(
		{ label: 'staff:care_plan.fields.strategy.psychological' },
		{ label: 'careplan:strategy.psychological', hint: 'careplan:form.strategy_hint.psychological' }
	),
	selfHelp: voiced(
		{ label: 'staff:care_plan.fields.strategy.selfHelp' },
		{ label: 'careplan:strategy.selfHelp', hint: 'careplan:form.strategy_hint.selfHelp' }
	),
	thinkFamily: voiced(
		{ label: 'staff:care_plan.fields.strategy.thinkFamily' },
		{ label: 'careplan:strategy.thinkFamily', hint: 'careplan:form.strategy_hint.thinkFamily' }
	)
};

export const MEDICATION_TEXT: Record<MedicationList, Voiced> = {
	regular: voiced(
		{ label: 'staff:care_plan.fields.medication_field.regular' },
		{ label: 'careplan:medication.regular', hint: 'careplan:form.medication_field_hint.regular' }
	),
	asNeeded: voiced(
		{
			label: 'staff:care_plan.fields.medication_field.asNeeded.label',
			hint: 'staff:care_plan.fields.medication_field.asNeeded.hint'
		},
		{ label: 'careplan:medication.asNeeded', hint: 'careplan:form.medication_field_hint.asNeeded' }
	),
	reductionSteps: voiced(
		{
			label: 'staff:care_plan.fields.medication_field.reductionSteps.label',
			hint: 'staff:care_plan.fields.medication_field.reductionSteps.hint'
		},
		{
			label: 'careplan:medication.reductionSteps',
			hint: 'careplan:form.medication_field_hint.reductionSteps'
		}
	)
};

export const FLARE_TEXT: Record<FlareList, Voiced> = {
	warningSigns: voiced(
		{ label: 'staff:care_plan.fields.flare_field.warningSigns' },
		{ label: 'careplan:flare.warningSigns', hint: 'careplan:form.flare_field_hint.warningSigns' }
	),
	triggers: voiced(
		{ label: 'staff:care_plan.fields.flare_field.triggers' },
		{ label: 'careplan:flare.triggers', hint: 'careplan:form.flare_field_hint.triggers' }
	),
	firstSteps: voiced(
		{
			label: 'staff:care_plan.fields.flare_field.firstSteps.label',
			hint: 'staff:care_plan.fields.flare_field.firstSteps.hint'
		},
		{ label: 'careplan:flare.firstSteps', hint: 'careplan:form.flare_field_hint.firstSteps' }
	),
	nextDays: voiced(
		{ label: 'staff:care_plan.fields.flare_field.nextDays' },
		{ label: 'careplan:flare.nextDays', hint: 'careplan:form.flare_field_hint.nextDays' }
	),
	helpedBefore: voiced(
		{ label: 'staff:care_plan.fields.flare_field.helpedBefore' },
		{ label: 'careplan:flare.helpedBefore', hint: 'careplan:form.flare_field_hint.helpedBefore' }
	),
	medication: voiced(
		{ label: 'staff:care_plan.fields.flare_field.medication' },
		{ label: 'careplan:flare.medication', hint: 'careplan:form.flare_field_hint.medication' }
	),
	whoToTell: voiced(
		{ label: 'staff:care_plan.fields.flare_field.whoToTell' },
		{ label: 'careplan:flare.whoToTell', hint: 'careplan:form.flare_field_hint.whoToTell' }
	),
	contactServiceWhen: voiced(
		{ label: 'staff:care_plan.fields.flare_field.contactServiceWhen' },
		{
			label: 'careplan:flare.contactServiceWhen',
			hint: 'careplan:form.flare_field_hint.contactServiceWhen'
		}
	)
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A field's label and hint in `voice`, translated. */
export function textFor(
	entry: Voiced,
	voice: CarePlanVoice,
	translate: Translate
): { label: string; hint?: string } {
	const { label, hint } = entry[voice];
	return hint ? { label: translate(label), hint: translate(hint) } : { label: translate(label) };
}

/** The translated error for one field, or undefined when it has none. */
export function errorText(
	errors: readonly { field: string; message: string; values?: Record<string, string | number> }[],
	field: string,
	translate: Translate
): string | undefined {
	const error = errors.find((candidate) => candidate.field === field);
	return error && translate(error.message, error.values);
}
