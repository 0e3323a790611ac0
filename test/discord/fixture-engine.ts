/**
 * The engine the end-to-end tests run on, over test/fixtures/discord-corpus.
 */
import type { Engine } from "../../src/engine-types.js";
import { fakeEngine } from "./fake-engine.js";

export const FIXTURE_CORPUS = new URL("../fixtures/discord-corpus/", import.meta.url).pathname;

export async function fixtureEngine(): Promise<Engine> {
  return fakeEngine(FIXTURE_CORPUS);
}
