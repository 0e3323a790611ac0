import type { Answer, Engine } from "../../src/engine/types.js";

/** Every turn asked as the bot asks it (with the turns before it as history); the answers. */
export async function converse(engine: Pick<Engine, "ask">, turns: readonly string[]): Promise<Answer[]> {
  const out: Answer[] = [];
  for (let i = 0; i < turns.length; i++) out.push(await engine.ask(turns[i]!, { k: 3, history: turns.slice(0, i) }));
  return out;
}
