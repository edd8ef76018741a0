/// <reference lib="webworker" />
/**
 * The core, off the main thread, behind one typed RPC (comlink): the engine
 * of engine-service.ts, exposed to the page.
 */
import { expose } from 'comlink';
import { createEngine } from './engine-service';

expose(createEngine());
