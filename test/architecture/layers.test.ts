import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The layer check as CI runs it (`npm run lint:layers`): the dependency-cruiser CLI with the
// project's config, here run on the real src/ and on small generated trees.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const configPath = join(root, ".dependency-cruiser.mjs");
const cli = join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string; readonly severity: string };
  readonly cycle?: readonly unknown[];
}
interface Cruise {
  readonly status: number | null;
  readonly output: string;
  readonly violations: readonly Violation[];
}
interface LayerConfig {
  readonly LAYERS: readonly (readonly [string, string])[];
  readonly SHARED: string;
}

const config = (await import(pathToFileURL(configPath).href)) as LayerConfig;
const layers = config.LAYERS.map(([name]) => name);
const shared = new RegExp(config.SHARED);

function depcruise(cwd: string, outputType: "json" | "err") {
  return spawnSync(process.execPath, [cli, "src", "--config", configPath, "--output-type", outputType], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The violations (JSON report) and the exit status CI sees (the `err` report, as `npm run lint:layers` runs it). */
function cruise(cwd: string, { exitStatus = true } = {}): Cruise {
  const run = depcruise(cwd, "json");
  if (!run.stdout.startsWith("{")) throw new Error(`dependency-cruiser printed no result: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  const ci = exitStatus ? depcruise(cwd, "err") : undefined;
  return { status: ci?.status ?? null, output: ci?.stdout ?? "", violations: result.summary.violations };
}

const TSCONFIG = JSON.stringify({
  compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true },
  include: ["src"],
});

/** A throw-away tree: `files` maps a path under src/ to the modules it imports (paths under src/). */
function makeTree(files: Record<string, readonly string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "summit-layers-"));
  writeFileSync(join(dir, "tsconfig.json"), TSCONFIG);
  const all = new Set([...Object.keys(files), ...Object.values(files).flat()]);
  for (const file of all) {
    const imports = files[file] ?? [];
    const path = join(dir, "src", file);
    mkdirSync(dirname(path), { recursive: true });
    const lines = imports.map((target, i) => {
      let spec = relative(dirname(path), join(dir, "src", target)).replace(/\.ts$/, ".js");
      if (!spec.startsWith(".")) spec = `./${spec}`;
      return `import { x as x${i} } from "${spec}";\nvoid x${i};`;
    });
    writeFileSync(path, `${lines.join("\n")}\nexport const x = 1;\n`);
  }
  return dir;
}

const module_ = (layer: string): string => `${layer}/m.ts`;
const SURFACES = ["discord", "web", "cli"];

describe("layer check (dependency-cruiser, .dependency-cruiser.mjs)", () => {
  const trees: string[] = [];
  afterAll(() => {
    for (const dir of trees) rmSync(dir, { recursive: true, force: true });
  });

  // `npm run lint:layers` checks the same with its exit status before vitest runs.
  it("finds no violation in the real src/", () => {
    const { violations } = cruise(root, { exitStatus: false });
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it("reports every import of a layer above, a cycle, a shared module importing a layer and a module outside the layers, and exits non-zero", () => {
    const files: Record<string, string[]> = {};
    // Every layer imports every layer above it: each such import is a violation of its own.
    layers.forEach((layer, i) => {
      files[module_(layer)] = layers.slice(i + 1).map(module_);
    });
    files["text/a.ts"] = ["text/b.ts"];
    files["text/b.ts"] = ["text/a.ts"];
    files["config.ts"] = [module_("search")];
    files["engine/uses-stray.ts"] = ["stray.ts"];
    const dir = makeTree(files);
    trees.push(dir);

    const { status, output, violations } = cruise(dir);
    const seen = new Set(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`));
    layers.forEach((layer, i) => {
      for (const above of layers.slice(i + 1)) {
        expect(seen).toContain(`${layer}-imports-nothing-above-it: src/${module_(layer)} → src/${module_(above)}`);
      }
    });
    expect(seen).toContain("no-circular: src/text/a.ts → src/text/b.ts");
    expect(seen).toContain("shared-modules-import-only-shared-modules: src/config.ts → src/search/m.ts");
    expect(seen).toContain("every-module-is-in-a-layer: src/engine/uses-stray.ts → src/stray.ts");
    for (const v of violations) expect(v.rule.severity).toBe("error");
    expect(output).toContain("error embed-imports-nothing-above-it: src/embed/m.ts → src/index/m.ts");
    expect(status).not.toBe(0);
  });

  it("reports discord/ and cli/ reaching past the engine, discord/ running ingest, and render/ knowing how answers are found", () => {
    const behind = ["corpus", "embed", "index", "search", "translate", "quotes"];
    const files: Record<string, string[]> = {};
    for (const surface of SURFACES) files[module_(surface)] = behind.map(module_);
    files["discord/ingests.ts"] = [module_("ingest")];
    const finding = ["embed", "index", "ingest", "translate", "engine"];
    files[module_("render")] = finding.map(module_);
    const dir = makeTree(files);
    trees.push(dir);

    const seen = new Set(
      cruise(dir, { exitStatus: false }).violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`),
    );
    for (const surface of SURFACES) {
      for (const layer of behind) {
        expect(seen).toContain(`surfaces-go-through-the-engine: src/${module_(surface)} → src/${module_(layer)}`);
      }
    }
    expect(seen).toContain("discord-does-not-run-ingest: src/discord/ingests.ts → src/ingest/m.ts");
    for (const layer of finding) {
      expect(seen).toContain(`render-knows-only-the-answer-shapes: src/render/m.ts → src/${module_(layer)}`);
    }
  });

  it("reports an import of a folder's index.ts barrel, except the engine's entrance", () => {
    const dir = makeTree({
      "search/uses-barrel.ts": ["text/index.ts"],
      "cli/uses-engine.ts": ["engine/index.ts"],
      "text/own.ts": ["text/index.ts"],
    });
    trees.push(dir);
    const seen = new Set(
      cruise(dir, { exitStatus: false }).violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`),
    );
    expect(seen).toContain("no-folder-barrels-but-the-engine: src/search/uses-barrel.ts → src/text/index.ts");
    expect(seen).toContain("no-folder-barrels-but-the-engine: src/text/own.ts → src/text/index.ts");
    expect([...seen].filter((v) => v.includes("engine/index.ts"))).toEqual([]);
  });

  it("allows every import down the table, the surfaces' use of engine/ and render/, and the shared modules from everywhere", () => {
    const files: Record<string, string[]> = {};
    const behind = new Set(["corpus", "embed", "index", "search", "translate", "quotes"]);
    layers.forEach((layer, i) => {
      const below = layers.slice(0, i).filter((l) => !SURFACES.includes(layer) || !behind.has(l));
      const notFrom: Record<string, readonly string[]> = {
        discord: ["ingest"],
        render: ["embed", "index", "ingest", "translate", "engine"],
      };
      const allowed = below.filter((l) => !(notFrom[layer] ?? []).includes(l));
      files[module_(layer)] = [...allowed.map(module_), "config.ts", "errors.ts", "util/strings.ts"];
    });
    files["config.ts"] = ["errors.ts"];
    files["util/strings.ts"] = ["errors.ts"];
    const dir = makeTree(files);
    trees.push(dir);

    const { status, violations } = cruise(dir);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    expect(status).toBe(0);
  });

  it("puts every module of src/ in a layer folder or among the shared modules", () => {
    const outside = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .filter((path) => !shared.test(path) && !layers.some((layer) => path.startsWith(`src/${layer}/`)));
    expect(outside).toEqual([]);
  });
});
