import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtraRedFlag } from '$lib/careplan/types';
import { mergeRedFlags } from './merge-red-flags';
import { defaultRedFlagGroups } from './red-flags';
import { RED_FLAG_LEVELS, type RedFlagGroup, type RedFlagLevel } from './types';

// Hazards H-003 (defaults changed by mistake) and H-009 (red flag not shown).
const defaults = defaultRedFlagGroups();
const defaultIds = defaults.flatMap((group) => group.flags.map((flag) => flag.id));

function extra(id: string, level: RedFlagLevel, text = `Service words for ${id}`): ExtraRedFlag {
	return { id, level, text };
}

function flagsAt(groups: ReturnType<typeof mergeRedFlags>, level: RedFlagLevel) {
	return groups.find((group) => group.level === level)?.flags ?? [];
}

/** The defaults exactly as shipped, in the shape the merge returns. */
function unchangedDefaults(groups: ReturnType<typeof mergeRedFlags>) {
	return groups.map((group) => ({
		...group,
		flags: group.flags.filter((flag) => flag.origin === 'default')
	}));
}

const asShown = (group: RedFlagGroup) => ({
	...group,
	flags: group.flags.map((flag) => ({ id: flag.id, origin: 'default', textKey: flag.textKey }))
});

describe('mergeRedFlags', () => {
	it('with no extras gives the defaults, unchanged and in order', () => {
		expect(mergeRedFlags(defaults, [])).toEqual(defaults.map(asShown));
	});

	it.each(RED_FLAG_LEVELS)('adds a %s extra after the defaults of that level only', (level) => {
		const merged = mergeRedFlags(defaults, [
			extra('service-1', level, 'Sudden weakness in one arm')
		]);
		const flags = flagsAt(merged, level);
		expect(flags.at(-1)).toEqual({
			id: 'service-1',
			origin: 'service',
			text: 'Sudden weakness in one arm'
		});
		for (const other of RED_FLAG_LEVELS.filter((l) => l !== level)) {
			expect(flagsAt(merged, other).some((flag) => flag.origin === 'service')).toBe(false);
		}
		expect(unchangedDefaults(merged)).toEqual(defaults.map(asShown));
	});

	it('keeps the service text exactly as given (not translated, not trimmed)', () => {
		const text = '  Pain in the jaw when chewing — tell us the same day  ';
		const merged = mergeRedFlags(defaults, [extra('jaw', 'urgent', text)]);
		expect(flagsAt(merged, 'urgent').at(-1)).toMatchObject({ origin: 'service', text });
	});

	it.each(defaultIds)('ignores an extra that reuses the default id "%s"', (id) => {
		const merged = mergeRedFlags(defaults, [
			extra(id, 'emergency', 'reworded'),
			extra(id, 'urgent', 'reworded'),
			extra(id, 'crisis', 'reworded')
		]);
		expect(merged).toEqual(defaults.map(asShown));
	});

	it('ignores a second extra with the same id, whatever its level', () => {
		const merged = mergeRedFlags(defaults, [
			extra('dup', 'urgent', 'first'),
			extra('dup', 'emergency', 'second'),
			extra('dup', 'urgent', 'third')
		]);
		expect(flagsAt(merged, 'urgent').filter((flag) => flag.id === 'dup')).toEqual([
			{ id: 'dup', origin: 'service', text: 'first' }
		]);
		expect(flagsAt(merged, 'emergency').some((flag) => flag.id === 'dup')).toBe(false);
	});

	it('keeps several extras at a level in the order given', () => {
		const merged = mergeRedFlags(defaults, [
			extra('b', 'crisis'),
			extra('a', 'crisis'),
			extra('c', 'crisis')
		]);
		expect(flagsAt(merged, 'crisis').map((flag) => flag.id)).toEqual(['b', 'a', 'c']);
	});

	it('drops damaged extras (unknown level, empty words, no id) and still shows the defaults', () => {
		const damaged = [
			{ id: 'x', level: 'routine', text: 'not a level' },
			{ id: 'y', level: 'urgent', text: '   ' },
			{ id: '', level: 'urgent', text: 'no id' },
			{ id: 'z', level: 'urgent' },
			null
		] as unknown as ExtraRedFlag[];
		expect(mergeRedFlags(defaults, damaged)).toEqual(defaults.map(asShown));
	});

	it('never changes the defaults it was given', () => {
		const before = structuredClone(defaults);
		const merged = mergeRedFlags(defaults, [extra('new', 'emergency')]);
		merged[0]!.flags.length = 0;
		merged[0]!.contacts.length = 0;
		expect(defaults).toEqual(before);
	});

	it('for any extras: every default stays, unchanged, first at its level; only unique valid extras are added', () => {
		const level = fc.constantFrom(...RED_FLAG_LEVELS);
		const id = fc.oneof(fc.constantFrom(...defaultIds, 'a', 'b', 'c'), fc.string());
		const extras = fc.array(fc.record({ id, level, text: fc.string() }), { maxLength: 30 });
		fc.assert(
			fc.property(extras, (list) => {
				const merged = mergeRedFlags(defaults, list);
				expect(unchangedDefaults(merged)).toEqual(defaults.map(asShown));
				for (const group of merged) {
					const firstService = group.flags.findIndex((flag) => flag.origin === 'service');
					const lastDefault = group.flags.findLastIndex((flag) => flag.origin === 'default');
					if (firstService >= 0) expect(firstService).toBeGreaterThan(lastDefault);
				}
				const ids = merged.flatMap((group) => group.flags.map((flag) => flag.id));
				expect(new Set(ids).size).toBe(ids.length);
				const usable = list.filter(
					(e) => e.id !== '' && e.text.trim() !== '' && !defaultIds.includes(e.id)
				);
				expect(ids.length).toBe(defaultIds.length + new Set(usable.map((e) => e.id)).size);
				for (const group of merged) {
					for (const flag of group.flags.filter((f) => f.origin === 'service')) {
						const first = usable.find((e) => e.id === flag.id);
						expect(flag).toEqual({ id: first?.id, origin: 'service', text: first?.text });
						expect(first?.level).toBe(group.level);
					}
				}
			})
		);
	});
});
