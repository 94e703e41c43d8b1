/** One step of the service's SQLite schema. */
export interface Migration {
	readonly id: number;
	readonly name: string;
	readonly up: string;
}
