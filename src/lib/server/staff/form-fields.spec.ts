import { describe, expect, it } from 'vitest';
import { formText, readFormData } from './form-fields';

const post = (body: BodyInit, contentType: string) =>
	new Request('https://pain.example/staff/x', {
		method: 'POST',
		headers: { 'content-type': contentType },
		body
	});

describe('readFormData', () => {
	it('reads a posted form', async () => {
		const data = await readFormData(
			post('response=abc&note=+hi+', 'application/x-www-form-urlencoded')
		);
		expect(data && formText(data, 'response')).toBe('abc');
		expect(data && formText(data, 'note')).toBe('hi');
	});

	it('gives null, not an exception, for a body that is not a form', async () => {
		expect(await readFormData(post('{"response":"abc"}', 'application/json'))).toBeNull();
		expect(await readFormData(post('--x\r\nbroken', 'multipart/form-data; boundary=x'))).toBeNull();
	});
});
