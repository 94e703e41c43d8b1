import { describe, expect, it } from 'vitest';
import { instrumentLanguage } from './instrument-language';
import { bundledDefinition, definitionOf } from './test-support';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const translated = (lang: string, content: string) => ({
	extension: [
		{
			url: TRANSLATION,
			extension: [
				{ url: 'lang', valueCode: lang },
				{ url: 'content', valueString: content }
			]
		}
	]
});

describe('instrumentLanguage', () => {
	const phq9 = bundledDefinition('phq-9');

	it('shows an English instrument as it is to an English reader', () => {
		expect(instrumentLanguage(phq9, 'en-GB')).toEqual({ language: 'en', isFallback: false });
	});

	it.each(['cy', 'pl', 'ro', 'pa', 'ur', 'ar'])(
		'shows the English PHQ-9 with a note in %s (no checked translation is bundled)',
		(language) => {
			expect(instrumentLanguage(phq9, language)).toEqual({ language: 'en', isFallback: true });
		}
	);

	it('uses a translation only when every text of the instrument has one', () => {
		const full = definitionOf([
			{ linkId: 'a', type: 'boolean', text: 'Yes?', _text: translated('cy', 'Ie?') }
		]);
		expect(instrumentLanguage(full, 'cy')).toEqual({ language: 'cy', isFallback: false });
		expect(instrumentLanguage(full, 'cy-GB')).toEqual({ language: 'cy-GB', isFallback: false });
		const partial = definitionOf([
			{ linkId: 'a', type: 'boolean', text: 'Yes?', _text: translated('cy', 'Ie?') },
			{ linkId: 'b', type: 'string', text: 'Why?' }
		]);
		expect(instrumentLanguage(partial, 'cy')).toEqual({ language: 'en', isFallback: true });
	});
});
