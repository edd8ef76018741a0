/**
 * What survives a reload: the input (localStorage while small, IndexedDB when
 * large), the settings and the last report (IndexedDB). Storage failures
 * (private mode, quota) are not fatal: the app works without them.
 */
const INPUT_KEY = 'eli:input';
const DB_NAME = 'email-link-inspector';
const STORE = 'kv';
/** localStorage holds about 5 M UTF-16 units per origin in Chromium; leave room for the rest. */
const LOCAL_LIMIT = 1_000_000;

export interface StoredInput {
  text: string;
  name: string;
  kind?: 'html' | 'eml';
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

export async function idbGet<T>(key: string): Promise<T | undefined> {
  const db = await openDb();
  return new Promise<T | undefined>((resolve, reject) => {
    const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  }).finally(() => db.close());
}

export async function idbSet(key: string, value: unknown): Promise<void> {
  const db = await openDb();
  return new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    if (value === undefined) tx.objectStore(STORE).delete(key);
    else tx.objectStore(STORE).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  }).finally(() => db.close());
}

/** The input kept in localStorage, read synchronously so the first render already shows it. */
export function loadLocalInput(): StoredInput | null | 'in-idb' {
  try {
    const raw = localStorage.getItem(INPUT_KEY);
    if (raw === null) return null;
    if (raw === 'idb') return 'in-idb';
    const parsed = JSON.parse(raw) as Partial<StoredInput>;
    if (typeof parsed.text !== 'string') return null;
    return {
      text: parsed.text,
      name: typeof parsed.name === 'string' ? parsed.name : 'input.html',
      ...(parsed.kind === 'html' || parsed.kind === 'eml' ? { kind: parsed.kind } : {}),
    };
  } catch {
    return null;
  }
}

export async function loadIdbInput(): Promise<StoredInput | null> {
  try {
    return (await idbGet<StoredInput>(INPUT_KEY)) ?? null;
  } catch {
    return null;
  }
}

export async function saveInput(input: StoredInput): Promise<void> {
  try {
    if (input.text.length <= LOCAL_LIMIT) {
      localStorage.setItem(INPUT_KEY, JSON.stringify(input));
      return;
    }
    localStorage.setItem(INPUT_KEY, 'idb');
    await idbSet(INPUT_KEY, input);
  } catch {
    // Storage full or unavailable: keep working without persistence.
  }
}

export function loadLocal<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : { ...fallback, ...(JSON.parse(raw) as T) };
  } catch {
    return fallback;
  }
}

export function saveLocal(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // as above
  }
}
