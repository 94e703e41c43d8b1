import { describe, expect, it } from 'vitest';
import { createMedplumPeer } from './medplum-peer';

describe('the Medplum peer', () => {
	it('accepts a valid transaction and rejects an invalid resource', async () => {
		const peer = createMedplumPeer();
		const ok = await peer.request('POST', '/', {
			resourceType: 'Bundle',
			type: 'transaction',
			entry: [
				{
					resource: {
						resourceType: 'Observation',
						status: 'final',
						code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
						valueInteger: 4
					},
					request: { method: 'POST', url: 'Observation' }
				}
			]
		});
		expect(ok.status).toBe(200);
		expect(ok.body?.resourceType).toBe('Bundle');

		const bad = await peer.request('POST', '/Observation', {
			resourceType: 'Observation',
			status: 'not-a-status',
			code: {}
		});
		expect(bad.status).toBe(400);
	}, 30_000);

	it('honours conditional create: a replayed entry is not stored twice', async () => {
		const peer = createMedplumPeer();
		const identifier = {
			system: 'urn:ietf:rfc:3986',
			value: 'urn:uuid:7a2d3c1e-0b7f-4e61-9d1c-2f8a6b0c9e11'
		};
		const bundle = {
			resourceType: 'Bundle',
			type: 'transaction',
			entry: [
				{
					resource: {
						resourceType: 'Observation',
						identifier: [identifier],
						status: 'final',
						code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
						valueInteger: 6
					},
					request: {
						method: 'POST',
						url: 'Observation',
						ifNoneExist: `identifier=${identifier.system}|${identifier.value}`
					}
				}
			]
		};
		await peer.request('POST', '/', bundle);
		await peer.request('POST', '/', bundle);
		const search = await peer.request(
			'GET',
			`/Observation?identifier=${encodeURIComponent(`${identifier.system}|${identifier.value}`)}`
		);
		expect((search.body as { entry?: unknown[] }).entry).toHaveLength(1);
	}, 30_000);
});
