/**
 * Ports of the e2e servers: the Playwright web server at the base, each spec's own
 * AppServer at base + its offset. E2E_PORT_BASE moves them all, so two runs can share a
 * machine without taking each other's ports.
 */
export const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);

// Ports that fetch() refuses to connect to ("bad port", https://fetch.spec.whatwg.org/#port-blocking)
// above 1024; 4190 (the default base 4173 + 17) is one of them.
const FETCH_BLOCKED = new Set([
	1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669,
	6679, 6697, 10080
]);

export function e2ePort(offset: number): number {
	const port = PORT_BASE + offset;
	if (FETCH_BLOCKED.has(port))
		throw new Error(`Port ${port} is blocked by fetch(): use another offset`);
	return port;
}
