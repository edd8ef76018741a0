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

/** A stored draft: the input and when it was saved (ms since the epoch; 0 for drafts of earlier versions). */
type StampedInput = StoredInput & { at?: number };

/**
 * A large draft as IndexedDB keeps it: the text as a Blob (made in a few
 * milliseconds; the database writes its bytes away from the page's thread,
 * where a string would be serialised on it), its name, kind and stamp.
 */
interface StoredBlobDraft {
  blob: Blob;
  name: string;
  kind?: 'html' | 'eml';
  at: number;
}

/** This tab's draft as localStorage knows it: the draft itself, or that IndexedDB holds it, and when it was saved. */
export interface LocalDraft {
  input: StoredInput | null;
  inIdb: boolean;
  at: number;
}

let connection: Promise<IDBDatabase> | null = null;
/** The open connection, once there is one: a draft write can then start within the paste's own event. */
let openConnection: IDBDatabase | null = null;

/** One connection for the page's lifetime (opening one per write cost more than a small write). */
function openDb(): Promise<IDBDatabase> {
  connection ??= connect();
  connection.then(
    (db) => {
      openConnection = db;
    },
    () => {
      connection = null;
    },
  );
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
  return idbWrite(openConnection ?? (await openDb()), key, value);
}

/**
 * One write, started at once: the value is copied and sent, and the
 * transaction committed, before this returns — the database commits it even
 * while the page is busy rendering, so a reload a moment later finds it. The
 * promise resolves when the commit is reported.
 */
function idbWrite(db: IDBDatabase, key: string, value: unknown): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Relaxed: the write survives a reload or a crash of the tab, and completes without waiting for the disk.
    const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
    if (value === undefined) tx.objectStore(STORE).delete(key);
    else tx.objectStore(STORE).put(value, key);
    // Without an explicit commit, the transaction ends only once the page has handled the put's success event.
    if (typeof tx.commit === 'function') tx.commit();
  });
}

// Open the database while the page loads, so the first large paste is written from its own event.
if (typeof indexedDB !== 'undefined') void openDb().catch(() => undefined);

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

function asInput(parsed: Partial<StoredInput> | undefined): StoredInput | null {
  if (parsed === undefined || parsed === null || typeof parsed.text !== 'string') return null;
  return {
    text: parsed.text,
    name: typeof parsed.name === 'string' ? parsed.name : 'input.html',
    ...(parsed.kind === 'html' || parsed.kind === 'eml' ? { kind: parsed.kind } : {}),
  };
}

function stampOf(value: unknown): number {
  const at = (value as { at?: unknown } | null)?.at;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}

/**
 * The draft kept in localStorage, read synchronously so the first render
 * already shows it: the draft, or the mark that IndexedDB holds it. A large
 * draft whose write was committed but not yet marked (the page was reloaded
 * meanwhile) is found by loadIdbInput, being newer.
 */
export function loadLocalInput(): LocalDraft {
  try {
    const tab = sourceTab();
    // The one shared slot of earlier versions, for a tab that has no draft of its own yet.
    const raw = localStorage.getItem(draftKey(tab)) ?? localStorage.getItem(INPUT_KEY);
    if (raw === null) return { input: null, inIdb: false, at: 0 };
    if (raw === 'idb') return { input: null, inIdb: true, at: 0 };
    const parsed = JSON.parse(raw) as Partial<StoredInput> & { idb?: unknown };
    if (parsed.idb === true) return { input: null, inIdb: true, at: stampOf(parsed) };
    return { input: asInput(parsed), inIdb: false, at: stampOf(parsed) };
  } catch {
    return { input: null, inIdb: false, at: 0 };
  }
}

/** The draft IndexedDB holds for this tab (or, for a new tab, the last one saved), with when it was saved. */
export async function loadIdbInput(): Promise<{ input: StoredInput; at: number } | null> {
  try {
    let stored =
      (await idbGet<StampedInput | StoredBlobDraft>(draftKey(sourceTab()))) ??
      (await idbGet<StampedInput>(INPUT_KEY));
    if (stored && 'blob' in stored && stored.blob instanceof Blob) {
      const { blob, ...rest } = stored;
      stored = { ...rest, text: await blob.text() };
    }
    const input = asInput(stored as StampedInput | undefined);
    return input ? { input, at: stampOf(stored) } : null;
  } catch {
    return null;
  }
}

/**
 * Stores one draft. A small one goes to localStorage. A large one goes to
 * IndexedDB, its write started before this returns (when the database is
 * open), and localStorage marks it once the commit is reported; a reload
 * before that finds it all the same, its stamp being the newest.
 */
function writeInput(input: StoredInput): Promise<void> {
  const key = draftKey(TAB.id);
  const at = Math.max(Date.now(), lastStamp + 1);
  lastStamp = at;
  if (input.text.length <= LOCAL_LIMIT) {
    localStorage.setItem(key, JSON.stringify({ ...input, at }));
    localStorage.setItem(LAST_TAB_KEY, TAB.id);
    return Promise.resolve();
  }
  const stamped: StoredBlobDraft = {
    blob: new Blob([input.text], { type: 'text/plain;charset=utf-8' }),
    name: input.name,
    ...(input.kind ? { kind: input.kind } : {}),
    at,
  };
  // Started in this call when the database is open (idbSet awaits nothing then).
  return idbSet(key, stamped).then(() => {
    // A newer draft saved meanwhile (on pagehide, synchronously) keeps its place.
    if (lastStamp !== at) return;
    localStorage.setItem(key, JSON.stringify({ idb: true, at }));
    localStorage.setItem(LAST_TAB_KEY, TAB.id);
  });
}

/** Writes in order, one at a time; while one runs, only the newest waiting draft is kept (last write wins, within this tab). */
let writing: Promise<void> = Promise.resolve();
let waiting: StoredInput | null = null;
let draftWrites = 0;
let lastStamp = 0;
/** The last draft given to be written: the same one is not written again (pagehide after a paste). */
let lastGiven: StoredInput | null = null;

/** Saves the draft; resolves once it is stored (or storage refused it: the app works without). */
export function saveInput(input: StoredInput): Promise<void> {
  lastGiven = input;
  const queued = waiting !== null;
  waiting = input;
  if (queued) return writing;
  const run = (): Promise<void> => {
    const next = waiting;
    waiting = null;
    if (!next) return Promise.resolve();
    draftWrites++;
    let started: Promise<void>;
    try {
      started = writeInput(next);
    } catch (e) {
      started = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return started
      .catch(() => {
        // Storage full or unavailable: keep working without persistence.
      })
      .finally(() => {
        draftWrites--;
      });
  };
  if (draftWrites === 0 && tabWritesPending === 0) {
    // Nothing to wait for: start now, within the caller's event (a paste), before the page renders.
    writing = run();
    return writing;
  }
  // After the fix history's writes: the draft never gets ahead of the Undo that leads back from it.
  writing = Promise.all([writing, ...[...idbQueues.values()].map((q) => q.writing)]).then(run);
  return writing;
}

/** Resolves once every draft write asked for so far is done. */
export function awaitSaved(): Promise<void> {
  return writing;
}

/**
 * On pagehide or when the tab is hidden: a small draft saved at once (nothing
 * asynchronous may still run); a large one started at once when nothing is
 * being written, else queued. A draft already given to be written is left to
 * that write.
 */
export function saveInputNow(input: StoredInput): void {
  if (input === lastGiven) return;
  if (tabWritesPending > 0) {
    // The history of a fix is still being written: the draft stays as it was, its Undo consistent with it.
    void saveInput(input);
    return;
  }
  if (input.text.length <= LOCAL_LIMIT) {
    try {
      lastGiven = input;
      // A small draft is written synchronously (a storage error is thrown here).
      void writeInput(input);
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
