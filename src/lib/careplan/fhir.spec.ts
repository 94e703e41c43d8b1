import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirErrors } from '$lib/server/fhir/testing';
import type { FhirResource } from '$lib/sync/types';
import { carePlanFromFhir, carePlanToFhir, type CarePlanPublication } from './fhir';
import { EXTENSION, OWN_CARE_PLAN_EXTENSIONS, TEND_FHIR_BASE } from './fhir-codes';
import { CarePlanContentSchema } from './schema';
import { arbitraryCarePlan, fullCarePlan } from './test-support';
import { emptyCarePlan, type CarePlanContent } from './types';

const PATIENT_ID = '0b5c3a57-7f3e-4c1e-9d0a-2f6b8e4d1c9a';
const publication: CarePlanPublication = { patientId: PATIENT_ID, authorName: 'Priya Shah' };
const fixture = (name: string) =>
	JSON.parse(readFileSync(`tests/fixtures/careplan/${name}.json`, 'utf8')) as FhirResource;

/** The resource as the store keeps it: with the id and meta it sets. */
function stored(resource: FhirResource, versionId = '1', lastUpdated = '2026-05-11T09:00:00.000Z') {
	return { ...resource, id: 'cp-1', meta: { ...(resource.meta ?? {}), versionId, lastUpdated } };
}
const roundTrip = (content: CarePlanContent) =>
	carePlanFromFhir(stored(carePlanToFhir(content, publication)))?.content;

describe('carePlanToFhir', () => {
	it('writes an active CarePlan for the patient, by its author, that is valid R4', () => {
		const resource = carePlanToFhir(fullCarePlan(), publication);
		expect(resource).toMatchObject({
			resourceType: 'CarePlan',
			status: 'active',
			intent: 'plan',
			subject: { reference: `Patient/${PATIENT_ID}` },
			author: { display: 'Priya Shah' },
			goal: [{ reference: '#goal-1' }, { reference: '#goal-2' }],
			careTeam: [{ reference: '#care-team' }]
		});
		expect(resource).not.toHaveProperty('id');
		expect(fhirErrors(resource)).toEqual([]);
	});

	it('names no patient record for a self-guided person’s own plan, and is still valid R4', () => {
		const resource = carePlanToFhir(fullCarePlan(), { patientId: '', authorName: '' });
		expect(resource.subject).toEqual({
			display: 'The person who wrote this plan (self-guided)'
		});
		expect(JSON.stringify(resource)).not.toContain('Patient/');
		expect(fhirErrors(resource)).toEqual([]);
		expect(carePlanFromFhir(stored(resource))?.content).toEqual(fullCarePlan());
	});

	it('keeps "how we will know" in Goal.target.detailString, with its measure', () => {
		const [goal] = (carePlanToFhir(fullCarePlan(), publication).contained ?? []) as object[];
		expect(goal).toMatchObject({
			resourceType: 'Goal',
			lifecycleStatus: 'active',
			description: { text: 'Walk to the school and back three times a week' },
			target: [
				{
					measure: { coding: [{ code: 'how-we-will-know' }] },
					detailString: 'I do the school walk three times a week for a month'
				}
			]
		});
	});

	it('puts every Tend extension under the one base URL', () => {
		const urls = JSON.stringify(carePlanToFhir(fullCarePlan(), publication)).match(
			/"(url|system)":"https?:[^"]+"/g
		);
		const own = (urls ?? []).map((pair) => pair.split('":"')[1]!.slice(0, -1));
		for (const url of own) expect(url.startsWith(TEND_FHIR_BASE)).toBe(true);
	});

	it('writes an empty plan as a valid CarePlan with nothing but the essentials', () => {
		const resource = carePlanToFhir(emptyCarePlan(), { patientId: PATIENT_ID, authorName: '' });
		expect(Object.keys(resource)).toEqual(['resourceType', 'status', 'intent', 'title', 'subject']);
		expect(fhirErrors(resource)).toEqual([]);
	});

	it('every plan the schema accepts becomes valid R4', () => {
		fc.assert(
			fc.property(arbitraryCarePlan, (content) => {
				expect(fhirErrors(carePlanToFhir(content, publication))).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	}, 30_000);

	it('writes the service dates as period and each standard questionnaire as an extension', () => {
		const resource = carePlanToFhir(fullCarePlan(), publication);
		expect(resource.period).toEqual({ start: '2026-03-02', end: '2026-09-14' });
		expect(
			(resource.extension as { url: string }[]).filter(
				(extension) => extension.url === EXTENSION.standardQuestionnaire
			)
		).toEqual(
			['phq-9', 'gad-7', 'peg-3'].map((id) => ({
				url: EXTENSION.standardQuestionnaire,
				valueCanonical: `${TEND_FHIR_BASE}/Questionnaire/${id}`
			}))
		);
		const started = { ...emptyCarePlan(), startedOn: '2026-03-02' };
		expect(carePlanToFhir(started, publication).period).toEqual({ start: '2026-03-02' });
		expect(fhirErrors(carePlanToFhir(started, publication))).toEqual([]);
	});

	it('is the example in tests/fixtures/careplan', () => {
		const { id: _id, meta: _meta, ...example } = fixture('care-plan-full');
		expect(carePlanToFhir(fullCarePlan(), publication)).toEqual(example);
	});
});

describe('content → FHIR → content', () => {
	it('is the identity for a full plan and an empty one', () => {
		expect(roundTrip(fullCarePlan())).toEqual(fullCarePlan());
		expect(roundTrip(emptyCarePlan())).toEqual(emptyCarePlan());
	});

	it('is the identity for any plan the schema accepts', () => {
		fc.assert(
			fc.property(arbitraryCarePlan, (content) => {
				expect(CarePlanContentSchema.safeParse(content).success).toBe(true);
				expect(roundTrip(content)).toEqual(content);
			}),
			{ numRuns: 300 }
		);
	}, 30_000);
});

describe('carePlanFromFhir', () => {
	it('reads the version, time and author from the stored resource', () => {
		const resource = stored(carePlanToFhir(fullCarePlan(), publication), '4');
		expect(carePlanFromFhir(resource)).toEqual({
			source: 'service',
			planId: 'cp-1',
			versionId: '4',
			updatedAt: '2026-05-11T09:00:00.000Z',
			authorName: 'Priya Shah',
			content: fullCarePlan()
		});
	});

	it('reads the example fixture', () => {
		expect(carePlanFromFhir(fixture('care-plan-full'))?.content).toEqual(fullCarePlan());
	});

	it('reads a plan from a newer service, ignoring what it does not know', () => {
		const plan = carePlanFromFhir(fixture('care-plan-newer-service'));
		expect(plan?.versionId).toBe('7');
		expect(plan?.content.whatMatters).toEqual(['Singing in the choir again']);
		expect(plan?.content.strategies.pacing).toEqual(['Sing for 20 minutes, then rest']);
		expect(plan?.content.goals).toEqual([
			{ id: 'goal-choir', text: 'Sing a whole rehearsal', measure: 'I stay to the end twice' }
		]);
	});

	it('reads a plan published before plans had a schedule as no dates and no questionnaires', () => {
		const { period: _period, ...old }: Record<string, unknown> = stored(
			carePlanToFhir(fullCarePlan(), publication)
		);
		old.extension = (old.extension as { url: string }[]).filter(
			(extension) => extension.url !== EXTENSION.standardQuestionnaire
		);
		expect(carePlanFromFhir(old)?.content).toEqual({
			...fullCarePlan(),
			startedOn: null,
			dischargedOn: null,
			standardQuestionnaires: []
		});
	});

	it.each<[string, unknown, string | null]>([
		['a date', '2026-03-02', '2026-03-02'],
		['a time in winter', '2026-01-05T23:30:00Z', '2026-01-05'],
		['a time in summer, the next day in London', '2026-07-05T23:30:00Z', '2026-07-06'],
		['a time with an offset', '2026-07-06T00:30:00+01:00', '2026-07-06'],
		['a month alone (no day to guess)', '2026-03', null],
		['a year alone', '2026', null]
	])('reads a period starting with %s', (_, start, startedOn) => {
		const plan = { ...stored(carePlanToFhir(emptyCarePlan(), publication)), period: { start } };
		expect(carePlanFromFhir(plan)?.content.startedOn).toBe(startedOn);
	});

	it('reads the newer service’s period start, and a questionnaire listed twice once', () => {
		expect(carePlanFromFhir(fixture('care-plan-newer-service'))?.content.startedOn).toBe(
			'2026-03-02'
		);
		const url = `${TEND_FHIR_BASE}/Questionnaire/phq-9`;
		const twice = {
			...stored(carePlanToFhir(emptyCarePlan(), publication)),
			extension: [1, 2].map(() => ({ url: EXTENSION.standardQuestionnaire, valueCanonical: url }))
		};
		expect(carePlanFromFhir(twice)?.content.standardQuestionnaires).toEqual([url]);
	});

	const valid = () => stored(carePlanToFhir(fullCarePlan(), publication));
	const withChange = (change: (plan: Record<string, unknown>) => void) => {
		const plan: Record<string, unknown> = valid();
		change(plan);
		return plan;
	};
	it.each<[string, unknown]>([
		['null', null],
		['a string', 'CarePlan'],
		['an array', [valid()]],
		['another resource type', { ...valid(), resourceType: 'Goal' }],
		['a completed plan', { ...valid(), status: 'completed' }],
		['a draft', { ...valid(), status: 'draft' }],
		['a proposal', { ...valid(), intent: 'proposal' }],
		['a plan with no id', { ...valid(), id: undefined }],
		['a plan with no lastUpdated', { ...valid(), meta: { versionId: '1' } }],
		['a plan with a lastUpdated that is not a time', { ...valid(), meta: { lastUpdated: 'soon' } }],
		['an unknown modifier extension', { ...valid(), modifierExtension: [{ url: 'x' }] }],
		[
			'a goal with an unknown modifier extension',
			withChange(
				(plan) => ((plan.contained as Record<string, unknown>[])[0]!.modifierExtension = [])
			)
		],
		[
			'a PIFU response time out of range',
			withChange((plan) => {
				const pifu = (plan.extension as { url: string; extension: { url: string }[] }[]).find(
					(extension) => extension.url === EXTENSION.pifu
				);
				pifu!.extension[1] = { url: 'responseDays', valuePositiveInt: 400 } as never;
			})
		],
		[
			'a review date that is not a date',
			withChange((plan) => {
				plan.extension = (plan.extension as { url: string }[]).map((extension) =>
					extension.url === EXTENSION.reviewDate
						? { ...extension, valueDate: 'next week' }
						: extension
				);
			})
		],
		[
			'an extra red flag of an unknown level',
			withChange((plan) =>
				(plan.extension as unknown[]).push({
					url: EXTENSION.extraRedFlag,
					extension: [
						{ url: 'id', valueId: 'x' },
						{ url: 'level', valueCode: 'mild' },
						{ url: 'text', valueString: 'Something' }
					]
				})
			)
		],
		[
			'a discharge before the start',
			{ ...valid(), period: { start: '2026-03-02', end: '2026-03-01' } }
		],
		['a period start that is not a date', { ...valid(), period: { start: 'spring' } }],
		['a period end that is not a real day', { ...valid(), period: { end: '2026-02-30' } }],
		[
			'a standard questionnaire given as a uri, not a canonical',
			withChange((plan) =>
				(plan.extension as unknown[]).push({
					url: EXTENSION.standardQuestionnaire,
					valueUri: 'https://fhir.tend.example/Questionnaire/pseq'
				})
			)
		],
		[
			'a standard questionnaire that is not a url',
			withChange((plan) =>
				(plan.extension as unknown[]).push({
					url: EXTENSION.standardQuestionnaire,
					valueCanonical: 'PHQ 9'
				})
			)
		],
		[
			'31 things that matter',
			withChange((plan) => {
				const more = Array.from({ length: 31 }, () => ({
					url: EXTENSION.whatMatters,
					valueString: 'x'
				}));
				plan.extension = [...(plan.extension as unknown[]), ...more];
			})
		]
	])('gives null for %s', (_, input) => {
		expect(carePlanFromFhir(input)).toBeNull();
	});

	it('skips goals, members and activities it cannot use, and reads the rest', () => {
		const plan = withChange((resource) => {
			const contained = resource.contained as Record<string, unknown>[];
			contained[0]!.lifecycleStatus = 'cancelled';
			(resource.goal as unknown[]).push({ reference: 'Goal/elsewhere' }, 'nonsense');
			(resource.activity as unknown[]).push(
				{ reference: { reference: 'ServiceRequest/1' } },
				{ detail: { status: 'in-progress', description: 'Swimming', code: { text: 'Swim' } } }
			);
		});
		const content = carePlanFromFhir(plan)?.content;
		expect(content?.goals.map((goal) => goal.id)).toEqual(['goal-sleep']);
		expect(content?.strategies).toEqual(fullCarePlan().strategies);
	});
});

describe('a new version over a previous one', () => {
	it('keeps unknown extensions and top-level elements of a newer service, drops its narrative', () => {
		const previous = fixture('care-plan-newer-service');
		const next = carePlanToFhir(fullCarePlan(), { ...publication, previous });
		const urls = (next.extension as { url: string }[]).map((extension) => extension.url);
		expect(urls).toContain(`${TEND_FHIR_BASE}/StructureDefinition/care-plan-children-at-home`);
		expect(urls).toContain('https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-Example');
		expect(next).toMatchObject({
			category: previous.category,
			note: previous.note,
			created: previous.created,
			meta: { profile: (previous.meta as { profile: unknown }).profile }
		});
		// The period is Tend's own now (D-032): the dates in the plan, not the old ones.
		expect(next.period).toEqual({ start: '2026-03-02', end: '2026-09-14' });
		expect(next).not.toHaveProperty('text');
		expect(next).not.toHaveProperty('id');
		expect(next.meta).not.toHaveProperty('versionId');
		expect(next.meta).not.toHaveProperty('lastUpdated');
		// Tend's own extensions are written afresh, never twice.
		expect(urls.filter((url) => url === EXTENSION.whatMatters)).toHaveLength(2);
		expect(carePlanFromFhir(stored(next))?.content).toEqual(fullCarePlan());
		expect(fhirErrors(next)).toEqual([]);
	});

	it('carries what it kept through every later version', () => {
		const previous = fixture('care-plan-newer-service');
		const second = stored(carePlanToFhir(emptyCarePlan(), { ...publication, previous }), '8');
		const third = carePlanToFhir(fullCarePlan(), { ...publication, previous: second });
		expect(third.extension).toEqual(
			expect.arrayContaining(
				(previous.extension as { url: string }[]).filter(
					(extension) => !OWN_CARE_PLAN_EXTENSIONS.has(extension.url)
				)
			)
		);
		expect(third.category).toEqual(previous.category);
	});
});
