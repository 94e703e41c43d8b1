/**
 * Ports of the e2e servers: the Playwright web server at the base, each spec's own
 * AppServer at base + its offset. E2E_PORT_BASE moves them all, so two runs can share a
 * machine without taking each other's ports.
 */
export const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);

export function e2ePort(offset: number): number {
	return PORT_BASE + offset;
}
