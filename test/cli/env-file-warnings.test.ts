import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { envFileWarnings, SETTING_NAMES } from "../../src/cli/env-file-warnings.js";

const root = new URL("../../", import.meta.url);

describe(".env lines that would be silently ignored are named", () => {
  it("a misspelt setting is named with the nearest real one", () => {
    expect(envFileWarnings("SUMMIT_EMBEDDER=hash\nSUMMIT_EMBEDER=transformers\n")).toEqual([
      ".env line 2: SUMMIT_EMBEDER is not a setting summit-bot reads, so it changes nothing (did you mean SUMMIT_EMBEDDER?); .env.example lists every setting",
    ]);
  });

  it("an unknown name with one of the program's prefixes is named even when nothing is near", () => {
    const [warning] = envFileWarnings("SUMMIT_COLOUR_THEME=dark\n");
    expect(warning).toBe(
      ".env line 1: SUMMIT_COLOUR_THEME is not a setting summit-bot reads, so it changes nothing; .env.example lists every setting",
    );
  });

  it("other programs' variables and the token aliases (named by start and doctor) are left alone", () => {
    expect(
      envFileWarnings("COMPOSE_PROJECT_NAME=summit\nTZ=UTC\nNODE_OPTIONS=--max-old-space-size=4096\nBOT_TOKEN=x\n"),
    ).toEqual([]);
  });

  it("a line that is not NAME=value is reported by number, without quoting it (it may be a secret)", () => {
    const warnings = envFileWarnings("# comment\n\nMTIzNDU2Nzg5MA.fake.secretpart\nLOG_LEVEL=debug\n");
    expect(warnings).toEqual([
      '.env line 3: expected NAME=value, received a line without "=" (30 characters); it is ignored',
    ]);
    expect(warnings.join("\n")).not.toContain("secretpart");
  });

  it("the lines of a multi-line quoted value are part of it, not stray lines", () => {
    expect(envFileWarnings('FEEDBACK_SALT="first\nsecond line"\nexport LOG_LEVEL=info\n')).toEqual([]);
  });

  it("every setting config.ts reads and .env.example lists is known", () => {
    const config = readFileSync(new URL("src/config.ts", root), "utf8");
    const read = new Set([...config.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!));
    const example = readFileSync(new URL(".env.example", root), "utf8");
    const listed = new Set([...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(30);
    for (const name of [...read, ...listed]) expect(SETTING_NAMES).toContain(name);
  });
});
