import { z } from 'zod';

/** The service's settings, read from the environment once at start. */
export interface Config {
	/** Folder holding the SQLite file (relative paths are taken from the working folder). */
	readonly dataDir: string;
	/** Public origin of the service, without a trailing slash (used in printed links). */
	readonly origin: string;
	/** Public base URL of the FHIR API, without a trailing slash. */
	readonly fhirBaseUrl: string;
	readonly port: number;
	/** How patients reach the pain service, handed to the app at enrolment; null when none is set. */
	readonly service: ServiceContact | null;
}

/** The pain service's contact details; each field only when set. */
export interface ServiceContact {
	readonly name?: string;
	readonly phone?: string;
	readonly hours?: string;
	readonly email?: string;
}

/** Environment variables as Node gives them; an empty value counts as unset. */
export type Env = Readonly<Record<string, string | undefined>>;

const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
		schema.optional()
	);

const httpUrl = z
	.string()
	.trim()
	.pipe(z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }))
	.transform((value) => value.replace(/\/+$/, ''));

const PORT_MESSAGE = 'must be a whole number from 1 to 65535';

const EnvSchema = z.object({
	DATA_DIR: optional(z.string().trim()),
	PORT: optional(
		z.coerce
			.number({ message: PORT_MESSAGE })
			.int(PORT_MESSAGE)
			.min(1, PORT_MESSAGE)
			.max(65535, PORT_MESSAGE)
	),
	ORIGIN: optional(
		httpUrl.refine((value) => new URL(value).pathname === '/', 'must be an origin with no path')
	),
	FHIR_BASE_URL: optional(httpUrl),
	SERVICE_NAME: optional(z.string().trim().max(200, 'must be at most 200 characters')),
	SERVICE_PHONE: optional(z.string().trim().max(50, 'must be at most 50 characters')),
	SERVICE_HOURS: optional(z.string().trim().max(200, 'must be at most 200 characters')),
	SERVICE_EMAIL: optional(
		z
			.string()
			.trim()
			.pipe(z.email({ message: 'must be an email address' }))
	)
});

/** Thrown when the environment holds a setting the service cannot use. */
export class ConfigError extends Error {
	override readonly name = 'ConfigError';
}

/**
 * Turns environment variables into a frozen Config, with defaults for everything.
 * @throws ConfigError naming each bad variable
 */
export function readConfig(env: Env): Config {
	const parsed = EnvSchema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
		throw new ConfigError(`Tend cannot start: ${problems.join('; ')}.`);
	}
	const { DATA_DIR, PORT, ORIGIN, FHIR_BASE_URL } = parsed.data;
	const { SERVICE_NAME, SERVICE_PHONE, SERVICE_HOURS, SERVICE_EMAIL } = parsed.data;
	const port = PORT ?? 3000;
	const origin = ORIGIN ?? `http://localhost:${port}`;
	return Object.freeze({
		dataDir: DATA_DIR ?? './data',
		origin,
		fhirBaseUrl: FHIR_BASE_URL ?? `${origin}/fhir`,
		port,
		service: serviceContact({
			name: SERVICE_NAME,
			phone: SERVICE_PHONE,
			hours: SERVICE_HOURS,
			email: SERVICE_EMAIL
		})
	});
}

/** The contact details that are set, or null when none is. */
function serviceContact(
	fields: Record<keyof ServiceContact, string | undefined>
): ServiceContact | null {
	const set = Object.entries(fields).filter(([, value]) => value !== undefined);
	return set.length > 0 ? Object.freeze(Object.fromEntries(set)) : null;
}

let current: Config | undefined;

/** The running service's Config, read from process.env on first use. */
export function getConfig(): Config {
	current ??= readConfig(process.env);
	return current;
}
