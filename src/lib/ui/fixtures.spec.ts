import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures';

// Field ids the gallery renders from fixtures, as the components derive them.
function fieldIds(): string[] {
	const ids: string[] = [];
	for (const { props } of [
		...fixtures.textInputFixtures,
		...fixtures.textareaFixtures,
		...fixtures.radiosFixtures,
		...fixtures.checkboxesFixtures,
		...fixtures.scaleInputFixtures
	]) {
		ids.push(props.id);
	}
	for (const { props } of fixtures.dateInputFixtures) {
		ids.push(`${props.id}-day`, `${props.id}-month`, `${props.id}-year`);
	}
	return ids;
}

describe('UI kit fixtures', () => {
	it('give every field a different id, so the gallery has no duplicates', () => {
		const ids = fieldIds();
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('link error summaries only to fields that the gallery shows', () => {
		const ids = new Set(fieldIds());
		for (const { props } of fixtures.errorSummaryFixtures) {
			for (const error of props.errors) {
				expect(ids, error.href).toContain(error.href.slice(1));
			}
		}
	});

	it('name every fixture of a component differently', () => {
		for (const [name, list] of Object.entries(fixtures)) {
			const names = list.map((fixture: { name: string }) => fixture.name);
			expect(new Set(names).size, name).toBe(names.length);
		}
	});
});
