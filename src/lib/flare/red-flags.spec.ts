import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import defaults from '$content/red-flags/default.json';
import { defaultCrisisQuestion, defaultRedFlagGroups } from './red-flags';
import { RedFlagContentSchema } from './schema';

const english = JSON.parse(readFileSync('locales/en-GB/urgent.json', 'utf8'));
const lookup = (key: string): unknown =>
	key
		.replace(/^urgent:/, '')
		.split('.')
		.reduce<unknown>(
			(node, part) => (node as Record<string, unknown> | undefined)?.[part],
			english
		);

describe('default red flags (hazards H-001, H-003)', () => {
	const groups = defaultRedFlagGroups();

	it('content file matches its schema', () => {
		const result = RedFlagContentSchema.safeParse(defaults);
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
	});

	it('the schema rejects a contact that is not a phone or text link', () => {
		const broken = structuredClone(defaults);
		broken.groups[0]!.contacts[0]!.href = 'https://example.org';
		expect(RedFlagContentSchema.safeParse(broken).success).toBe(false);
	});

	it('lists emergency first, then urgent, then crisis', () => {
		expect(groups.map((group) => group.level)).toEqual(['emergency', 'urgent', 'crisis']);
	});

	it('contains every 999 / A&E red flag from the domain brief', () => {
		const emergency = groups.find((group) => group.level === 'emergency');
		expect(emergency?.flags.map((flag) => flag.id)).toEqual([
			'both-legs',
			'saddle-numbness',
			'bladder-bowel',
			'erectile-dysfunction',
			'chest-pain',
			'accident-or-fall'
		]);
		expect(emergency?.contacts.map((contact) => contact.href)).toEqual(['tel:999']);
	});

	it('contains every urgent GP / NHS 111 red flag', () => {
		const urgent = groups.find((group) => group.level === 'urgent');
		expect(urgent?.flags).toHaveLength(6);
		expect(urgent?.contacts.map((contact) => contact.href)).toEqual(['tel:111']);
	});

	it('always offers 999, NHS 111 option 2, Samaritans and Shout in a crisis', () => {
		const crisis = groups.find((group) => group.level === 'crisis');
		expect(crisis?.contacts.map((contact) => contact.href)).toEqual([
			'tel:999',
			'tel:111',
			'tel:116123',
			'sms:85258?&body=SHOUT'
		]);
	});

	it('asks one mental-health crisis question, with an id no red flag uses', () => {
		const question = defaultCrisisQuestion();
		expect(question).toEqual({
			id: 'mental-health-crisis',
			textKey: 'urgent:crisis.question'
		});
		const flagIds = groups.flatMap((group) => group.flags.map((flag) => flag.id));
		expect(flagIds).not.toContain(question.id);
	});

	it('has English wording for every heading, flag, contact and the crisis question', () => {
		const keys = groups.flatMap((group) => [
			group.headingKey,
			group.introKey,
			...group.flags.map((flag) => flag.textKey),
			...group.contacts.map((contact) => contact.labelKey)
		]);
		keys.push(defaultCrisisQuestion().textKey);
		for (const key of keys) expect(lookup(key), key).toEqual(expect.any(String));
	});
});
