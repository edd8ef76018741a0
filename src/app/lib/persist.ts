/**
 * What survives a reload: each tab's draft (localStorage while small,
 * IndexedDB when large), the settings, and each tab's fix history and last
 * report (IndexedDB). Storage failures (private mode, quota) are not fatal:
 * the app works without them.
 */
const INPUT_KEY = 'eli:input';
const TAB_KEY = 'eli:tab';
const LAST_TAB_KEY = 'eli:last-tab';
const DB_NAME = 'email-link-inspector';
const STORE = 'kv';
/** localStorage holds about 5 M UTF-16 units per origin in Chromium; leave room for the rest. */
const LOCAL_LIMIT = 1_000_000;

export interface StoredInput {
  text: string;
  name: string;
  kind?: 'html' | 'eml';
}

let connection: Promise<IDBDatabase> | null = null;

/** One connection for the page's lifetime (opening one per write cost more than a small write). */
function openDb(): Promise<IDBDatabase> {
  connection ??= connect();
  connection.catch(() => {
    connection = null;
  });
  return connection;
}

function connect(): Promise<IDBDatabase> {
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
  });
}

export async function idbSet(key: string, value: unknown): Promise<void> {
  const db = await openDb();
  return new Promise<void>((resolve, reject) => {
    // Relaxed: the write survives a reload or a crash of the tab, and completes without waiting for the disk.
    const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
    if (value === undefined) tx.objectStore(STORE).delete(key);
    else tx.objectStore(STORE).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
}

/**
 * This tab's id: each tab keeps its own draft and fix history (sessionStorage
 * survives a reload of the tab, and only of that tab). A new tab starts from
 * the draft saved last by any tab.
 */
function tabId(): { id: string; fresh: boolean } {
  try {
    const known = sessionStorage.getItem(TAB_KEY);
    if (known) return { id: known, fresh: false };
    const id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
    return { id, fresh: true };
  } catch {
    return { id: 'shared', fresh: false };
  }
}

const TAB = tabId();
/** Where this tab's draft lives: localStorage (small, read synchronously) or, marked there, IndexedDB. */
const draftKey = (tab: string): string => `${INPUT_KEY}:${tab}`;
/** This tab's IndexedDB key for `name` (fix history, last report). */
export const tabKey = (name: string): string => `${name}:${TAB.id}`;

/** The tab whose draft to start from: this one, or for a new tab the one that saved last. */
function sourceTab(): string {
  if (!TAB.fresh) return TAB.id;
  try {
    return localStorage.getItem(LAST_TAB_KEY) ?? TAB.id;
  } catch {
    return TAB.id;
  }
}

function parseInput(raw: string): StoredInput | null {
  try {
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

/** The draft kept in localStorage, read synchronously so the first render already shows it. */
export function loadLocalInput(): StoredInput | null | 'in-idb' {
  try {
    const tab = sourceTab();
    // The one shared slot of earlier versions, for a tab that has no draft of its own yet.
    const raw = localStorage.getItem(draftKey(tab)) ?? localStorage.getItem(INPUT_KEY);
    if (raw === null) return null;
    if (raw === 'idb') return 'in-idb';
    return parseInput(raw);
  } catch {
    return null;
  }
}

export async function loadIdbInput(): Promise<StoredInput | null> {
  try {
    return (
      (await idbGet<StoredInput>(draftKey(sourceTab()))) ?? (await idbGet<StoredInput>(INPUT_KEY)) ?? null
    );
  } catch {
    return null;
  }
}

async function writeInput(input: StoredInput): Promise<void> {
  const key = draftKey(TAB.id);
  if (input.text.length <= LOCAL_LIMIT) {
    localStorage.setItem(key, JSON.stringify(input));
  } else {
    // The marker is set only once the write has completed: a reload before then finds the previous draft.
    await idbSet(key, input);
    localStorage.setItem(key, 'idb');
  }
  localStorage.setItem(LAST_TAB_KEY, TAB.id);
}

/** Writes in order, one at a time; while one runs, only the newest waiting draft is kept (last write wins, within this tab). */
let writing: Promise<void> = Promise.resolve();
let waiting: StoredInput | null = null;

/** Saves the draft; resolves once it is stored (or storage refused it: the app works without). */
export function saveInput(input: StoredInput): Promise<void> {
  const queued = waiting !== null;
  waiting = input;
  if (queued) return writing;
  // After the fix history's writes: the draft never gets ahead of the Undo that leads back from it.
  writing = Promise.all([writing, ...[...idbQueues.values()].map((q) => q.writing)]).then(async () => {
    const next = waiting;
    waiting = null;
    if (!next) return;
    try {
      await writeInput(next);
    } catch {
      // Storage full or unavailable: keep working without persistence.
    }
  });
  return writing;
}

/** Resolves once every draft write asked for so far is done. */
export function awaitSaved(): Promise<void> {
  return writing;
}

/** A small draft saved at once (pagehide: nothing asynchronous may still run); a large one is queued. */
export function saveInputNow(input: StoredInput): void {
  if (tabWritesPending > 0) {
    // The history of a fix is still being written: the draft stays as it was, its Undo consistent with it.
    void saveInput(input);
    return;
  }
  if (input.text.length <= LOCAL_LIMIT) {
    try {
      localStorage.setItem(draftKey(TAB.id), JSON.stringify(input));
      localStorage.setItem(LAST_TAB_KEY, TAB.id);
    } catch {
      // as above
    }
  } else void saveInput(input);
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

/**
 * Runs `run` when the page is idle (at the latest after `timeout` ms), so a
 * write to storage never competes with input or rendering. Returns a cancel.
 */
export function whenIdle(run: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

let tabWritesPending = 0;
const idbQueues = new Map<string, { writing: Promise<void>; waiting: { value: unknown } | null }>();

/**
 * Stores `value` under this tab's `name` in IndexedDB, in order: while one
 * write runs, only the newest waiting value is kept (last write wins, within
 * this tab). Resolves once stored.
 */
export function saveTabValue(name: string, value: unknown): Promise<void> {
  const key = tabKey(name);
  const queue = idbQueues.get(key) ?? { writing: Promise.resolve(), waiting: null };
  idbQueues.set(key, queue);
  const queued = queue.waiting !== null;
  queue.waiting = { value };
  if (queued) return queue.writing;
  tabWritesPending++;
  queue.writing = queue.writing.then(async () => {
    const next = queue.waiting;
    queue.waiting = null;
    if (next) await idbSet(key, next.value).catch(() => undefined);
    tabWritesPending--;
  });
  return queue.writing;
}

/** This tab's value of `name` (for a new tab: none). */
export async function loadTabValue<T>(name: string): Promise<T | undefined> {
  try {
    return await idbGet<T>(tabKey(name));
  } catch {
    return undefined;
  }
}
