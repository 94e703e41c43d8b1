import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

/** A fresh, empty in-memory IndexedDB for one test, in the shape of Dexie's options. */
export function freshIndexedDb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
	return { indexedDB: new IDBFactory(), IDBKeyRange };
}
