import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCarePlanForm, isoDate, type CarePlanFormError } from './form';
import {
	addRow,
	emptyFormValues,
	FIELD,
	isBlankRow,
	MAX_ROWS,
	withBlankRows,
	type CarePlanFormValues
} from './form-fields';
import { formRecord, formValuesFromContent, readFormValues } from './form-read';
import { CarePlanContentSchema } from './schema';
import { fullCarePlan } from './test-support';
import { emptyCarePlan } from './types';

function counter(prefix = 'new') {
	let next = 0;
	return () => `${prefix}-${++next}`;
}
const values = (change: (values: CarePlanFormValues) => void = () => undefined) => {
	const result = formValuesFromContent(fullCarePlan(), counter());
	change(result);
	return result;
};
const errorsOf = (form: CarePlanFormValues): CarePlanFormError[] => {
	const result = parseCarePlanForm(form);
	return result.ok ? [] : result.errors;
};
const contentOf = (form: CarePlanFormValues) => {
	const result = parseCarePlanForm(form);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.content;
};

describe('content → form → FormData → content', () => {
	it.each([
		['a full plan', fullCarePlan()],
		['an empty plan', emptyCarePlan()]
	])('is the identity for %s', (_, content) => {
		const form = formValuesFromContent(content, counter());
		const data = new FormData();
		for (const [name, value] of Object.entries(formRecord(form))) {
			for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
		}
		expect(contentOf(readFormValues(data))).toEqual(content);
		expect(contentOf(readFormValues(formRecord(form)))).toEqual(content);
	});

	it('is the identity for any one-line, trimmed list items', () => {
		const item = fc
			.string({ minLength: 1, maxLength: 30 })
			.map((text) => text.replace(/\s+/g, ' ').trim())
			.filter(Boolean);
		fc.assert(
			fc.property(fc.array(item, { maxLength: 30 }), fc.array(item, { maxLength: 5 }), (a, b) => {
				const content = { ...emptyCarePlan(), whatMatters: a, reengagement: b };
				const form = readFormValues(formRecord(formValuesFromContent(content, counter())));
				expect(contentOf(form)).toEqual(content);
			})
		);
	});

	it('gives a plan the schema accepts whenever it accepts the form', () => {
		expect(CarePlanContentSchema.safeParse(contentOf(values())).success).toBe(true);
	});
});

describe('formValuesFromContent', () => {
	it('shows each list one item per line, dates in boxes without leading zeros', () => {
		const form = values();
		expect(form.reengagement).toBe(fullCarePlan().reengagement.join('\n'));
		expect(form.reviewDate).toEqual({ day: '2', month: '11', year: '2026' });
		expect(form.pifuWindowEnd).toEqual({ day: '1', month: '5', year: '2027' });
		expect(form.pifuResponseDays).toBe('3');
		expect(form.startedOn).toEqual({ day: '2', month: '3', year: '2026' });
		expect(form.dischargedOn).toEqual({ day: '14', month: '9', year: '2026' });
		expect(form.standardQuestionnaires).toEqual(fullCarePlan().standardQuestionnaires);
	});

	it('keeps goal and red flag ids, and adds one blank row to each group', () => {
		const form = values();
		expect(form.goals.map((goal) => goal.id)).toEqual(['goal-walk', 'goal-sleep', 'new-5']);
		expect(form.careTeam.map((member) => member.id)).toEqual([
			'new-1',
			'new-2',
			'new-3',
			'new-4',
			'new-6'
		]);
		expect(form.extraRedFlags.map((flag) => flag.id)).toEqual(['rf-1', 'rf-2', 'new-7']);
		expect(
			[form.goals, form.careTeam, form.extraRedFlags].map((rows) => isBlankRow(rows.at(-1)!))
		).toEqual([true, true, true]);
	});

	it('starts an empty form with one blank row per group', () => {
		const form = formValuesFromContent(null, counter());
		expect([form.goals.length, form.careTeam.length, form.extraRedFlags.length]).toEqual([1, 1, 1]);
		expect(contentOf(form)).toEqual(emptyCarePlan());
	});
});

describe('rows', () => {
	it('adds a row up to the limit, and a blank row only where the last one is filled', () => {
		let form = emptyFormValues();
		for (let index = 0; index < MAX_ROWS + 2; index++) form = addRow(form, 'goals', `g${index}`);
		expect(form.goals).toHaveLength(MAX_ROWS);
		const once = withBlankRows(values(), counter('x'));
		expect(withBlankRows(once, counter('y'))).toEqual(once);
	});

	it('counts a row with only a radio chosen as blank, and drops it', () => {
		const form = values((form) => {
			form.careTeam.at(-1)!.role = 'gp';
			form.extraRedFlags.at(-1)!.level = 'urgent';
		});
		expect(contentOf(form)).toEqual(fullCarePlan());
	});

	it('ignores row ids that are not id-shaped or come twice', () => {
		const record = formRecord(values());
		record[FIELD.rows.goals] = ['goal-walk', 'goal-walk', 'bad id"><', 'goal-sleep'];
		expect(readFormValues(record).goals.map((goal) => goal.id)).toEqual([
			'goal-walk',
			'goal-sleep'
		]);
	});
});

describe('parseCarePlanForm', () => {
	it('trims, splits lines and leaves out empty ones', () => {
		const form = values((form) => {
			form.whatMatters = '  Walking  \r\n\n   \nGardening\n';
			form.contact.hours = '  9 to 5 ';
		});
		expect(contentOf(form).whatMatters).toEqual(['Walking', 'Gardening']);
		expect(contentOf(form).contact.hours).toBe('9 to 5');
	});

	it.each<[string, (form: CarePlanFormValues) => void, Partial<CarePlanFormError>[]]>([
		[
			'a measure with no goal',
			(form) => (form.goals.at(-1)!.measure = 'Walk further'),
			[{ field: 'goal-new-5-text', message: 'careplan:errors.goal_text_missing' }]
		],
		[
			'a member with no name or role',
			(form) => (form.careTeam.at(-1)!.phone = '0113 496 0002'),
			[
				{ field: 'member-new-6-name', message: 'careplan:errors.member_name_missing' },
				{ field: 'member-new-6-role', message: 'careplan:errors.member_role_missing' }
			]
		],
		[
			'a phone number with too few digits',
			(form) => (form.contact.phone = 'ring reception'),
			[{ field: 'contact-phone', message: 'careplan:errors.phone_invalid' }]
		],
		[
			'an email address with no @',
			(form) => (form.contact.email = 'pain.service.example.nhs.uk'),
			[{ field: 'contact-email', message: 'careplan:errors.email_invalid' }]
		],
		[
			'a review date that does not exist',
			(form) => (form.reviewDate = { day: '31', month: '2', year: '2026' }),
			[
				{
					field: 'review-date',
					anchor: 'review-date-day',
					message: 'careplan:errors.review_date_invalid'
				}
			]
		],
		[
			'a review date with a box left empty',
			(form) => (form.reviewDate = { day: '3', month: '', year: '2026' }),
			[{ field: 'review-date', message: 'careplan:errors.review_date_invalid' }]
		],
		[
			'PIFU response days of 0',
			(form) => (form.pifuResponseDays = '0'),
			[
				{
					field: 'pifu-response-days',
					message: 'careplan:errors.response_days_range',
					values: { min: 1, max: 60 }
				}
			]
		],
		[
			'PIFU response days of 61',
			(form) => (form.pifuResponseDays = '61'),
			[{ field: 'pifu-response-days', message: 'careplan:errors.response_days_range' }]
		],
		[
			'PIFU response days that are not a whole number',
			(form) => (form.pifuResponseDays = '2.5'),
			[{ field: 'pifu-response-days', message: 'careplan:errors.response_days_range' }]
		],
		[
			'a PIFU window with no response time',
			(form) => (form.pifuResponseDays = ''),
			[{ field: 'pifu-response-days', message: 'careplan:errors.response_days_missing' }]
		],
		[
			'a PIFU response time with no window end',
			(form) => (form.pifuWindowEnd = { day: '', month: '', year: '' }),
			[
				{
					field: 'pifu-window-end',
					anchor: 'pifu-window-end-day',
					message: 'careplan:errors.pifu_date_missing'
				}
			]
		],
		[
			'a PIFU window end that is not a date',
			(form) => (form.pifuWindowEnd = { day: '1', month: '13', year: '2027' }),
			[{ field: 'pifu-window-end', message: 'careplan:errors.pifu_date_invalid' }]
		],
		[
			'a flare lasting 0 days',
			(form) => (form.flare.contactAfterDays = '0'),
			[{ field: 'flare-contact-after-days', message: 'careplan:errors.contact_after_days_range' }]
		],
		[
			'a red flag with no level',
			(form) => (form.extraRedFlags.at(-1)!.text = 'Fever with the pain'),
			[{ field: 'red-flag-new-7-level', message: 'careplan:errors.red_flag_level_missing' }]
		],
		[
			'31 lines in a list',
			(form) =>
				(form.reengagement = Array.from({ length: 31 }, (_, i) => `Reason ${i}`).join('\n')),
			[{ field: 'reengagement', message: 'careplan:errors.too_many_lines', values: { max: 30 } }]
		],
		[
			'a line of 2,001 characters',
			(form) => (form.flare.firstSteps = 'x'.repeat(2001)),
			[{ field: 'flare-first-steps', message: 'careplan:errors.line_too_long' }]
		],
		[
			'a start date that does not exist',
			(form) => (form.startedOn = { day: '30', month: '2', year: '2026' }),
			[
				{
					field: 'started-on',
					anchor: 'started-on-day',
					message: 'careplan:errors.started_on_invalid'
				}
			]
		],
		[
			'a discharge date with a box left empty',
			(form) => (form.dischargedOn = { day: '14', month: '', year: '2026' }),
			[
				{
					field: 'discharged-on',
					anchor: 'discharged-on-day',
					message: 'careplan:errors.discharged_on_invalid'
				}
			]
		],
		[
			'a discharge the day before the start',
			(form) => (form.dischargedOn = { day: '1', month: '3', year: '2026' }),
			[
				{
					field: 'discharged-on',
					anchor: 'discharged-on-day',
					message: 'careplan:errors.discharged_before_start'
				}
			]
		],
		[
			'a questionnaire that is not a url (only a changed page sends one)',
			(form) => form.standardQuestionnaires.push('PHQ 9'),
			[
				{
					field: 'standard-questionnaires',
					anchor: 'standard-questionnaires',
					message: 'careplan:errors.questionnaires_invalid'
				}
			]
		],
		[
			'opening hours of 201 characters',
			(form) => (form.contact.hours = 'x'.repeat(201)),
			[{ field: 'contact-hours', message: 'careplan:errors.text_too_long', values: { max: 200 } }]
		]
	])('refuses %s, naming the field', (_, change, expected) => {
		expect(errorsOf(values(change))).toEqual(
			expected.map((error) => expect.objectContaining(error))
		);
	});

	it('lists errors in the order of the form', () => {
		const errors = errorsOf(
			values((form) => {
				form.extraRedFlags.at(-1)!.text = 'Fever';
				form.contact.email = 'nope';
				form.goals.at(-1)!.measure = 'x';
			})
		);
		expect(errors.map((error) => error.field)).toEqual([
			'goal-new-5-text',
			'contact-email',
			'red-flag-new-7-level'
		]);
	});

	it('takes a discharge on the day of the start, or with no start, and each questionnaire once', () => {
		const sameDay = values((form) => (form.dischargedOn = { day: '2', month: '3', year: '2026' }));
		expect(contentOf(sameDay)).toMatchObject({
			startedOn: '2026-03-02',
			dischargedOn: '2026-03-02'
		});
		const noStart = values((form) => (form.startedOn = { day: '', month: '', year: '' }));
		expect(contentOf(noStart)).toMatchObject({ startedOn: null, dischargedOn: '2026-09-14' });
		const [phq9, gad7, peg3] = fullCarePlan().standardQuestionnaires;
		const twice = values((form) => (form.standardQuestionnaires = [gad7!, phq9!, gad7!, peg3!]));
		expect(contentOf(twice).standardQuestionnaires).toEqual([gad7, phq9, peg3]);
	});

	it('reads a form without the service fields (the person’s own plan) as no dates and no questionnaires', () => {
		const record = formRecord(values());
		for (const name of Object.keys(record)) {
			if (/^(started-on|discharged-on|standard-questionnaires)/.test(name)) delete record[name];
		}
		expect(contentOf(readFormValues(record))).toEqual({
			...fullCarePlan(),
			startedOn: null,
			dischargedOn: null,
			standardQuestionnaires: []
		});
	});

	it.each([
		['2 11 2026', { day: '2', month: '11', year: '2026' }, '2026-11-02'],
		['29 2 2028 (leap year)', { day: '29', month: '2', year: '2028' }, '2028-02-29'],
		['29 2 2027', { day: '29', month: '2', year: '2027' }, undefined],
		['empty', { day: '', month: ' ', year: '' }, null],
		['a two-digit year', { day: '1', month: '1', year: '26' }, undefined],
		['words', { day: 'first', month: 'May', year: '2026' }, undefined]
	])('reads the date %s', (_, parts, expected) => {
		expect(isoDate(parts)).toBe(expected);
	});
});
