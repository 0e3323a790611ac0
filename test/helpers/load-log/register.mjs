// `node --import ./register.mjs …`: records the URL of every module the process resolves through
// the ES module loader (one per line, in LOAD_LOG), so a test can see which libraries a command loaded.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);
