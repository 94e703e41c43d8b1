import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionForPath, sectionsFor } from './sections';

describe('sectionForPath', () => {
	it.each([
		['/plan', 'plan'],
		['/settings', 'settings'],
		['/questionnaires/phq-9', 'questionnaires']
	])('%s belongs to %s', (path, id) => {
		expect(sectionForPath(path)?.id).toBe(id);
	});

	it('does not match a longer word that only starts the same', () => {
		expect(sectionForPath('/planets')).toBeUndefined();
	});

	it('leaves home and urgent help outside the sections', () => {
		expect(sectionForPath('/')).toBeUndefined();
		expect(sectionForPath('/urgent-help')).toBeUndefined();
	});

	it('has unique ids and paths', () => {
		expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(SECTIONS.length);
		expect(new Set(SECTIONS.map((s) => s.href)).size).toBe(SECTIONS.length);
	});
});

describe('sectionsFor', () => {
	it('offers every section on the patient’s own or a self-guided device', () => {
		expect(sectionsFor('patient')).toEqual(SECTIONS);
		expect(sectionsFor(null)).toEqual(SECTIONS);
	});

	it('leaves the patient’s diary (check-in) off a carer’s device', () => {
		const ids = sectionsFor('carer').map((section) => section.id);
		expect(ids).not.toContain('check-in');
		expect(ids).toEqual(SECTIONS.map((s) => s.id).filter((id) => id !== 'check-in'));
	});
});
