/**
 * Regression tests for an index folder left in a bad state (issue #8, items 8, 9 and 12): staging
 * folders of a killed ingest, manifests that parse but lack fields or point outside the index,
 * and data files that must reach the disk before the manifest names them.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SummitError } from "../../src/errors.js";
import { readIndex } from "../../src/index/storage/store.js";
import { MANIFEST } from "../../src/index/storage/files.js";
import { type Manifest } from "../../src/index/storage/manifest.js";
import { buildFixtureIndex, copyCorpus, tempDirs } from "../helpers/fixtures.js";
import { errorOf, indexCopy as copyIndex } from "../helpers/index-copies.js";

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return {
    ...actual,
    fsyncSync: vi.fn(actual.fsyncSync),
    openSync: vi.fn(actual.openSync),
    renameSync: vi.fn(actual.renameSync),
  };
});

const actualFs = await vi.importActual<typeof import("node:fs")>("node:fs");
const tmp = tempDirs();
let root: string;
let corpusDir: string;
let indexDir: string;

beforeAll(async () => {
  root = tmp("summit-hostile-index-");
  corpusDir = copyCorpus(join(root, "corpus"));
  indexDir = join(root, "index");
  await buildFixtureIndex(corpusDir, indexDir);
});

afterEach(() => {
  vi.mocked(fs.fsyncSync).mockImplementation(actualFs.fsyncSync);
  vi.mocked(fs.openSync).mockImplementation(actualFs.openSync);
  vi.mocked(fs.renameSync).mockImplementation(actualFs.renameSync);
});

const indexCopy = (): string => copyIndex(indexDir, root);

/** Rewrites the copy's manifest with `edit` applied, then returns the error reading it gives. */
function readWith(edit: (m: Record<string, unknown>) => Record<string, unknown>): SummitError {
  const dir = indexCopy();
  const path = join(dir, MANIFEST);
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>)));
  return errorOf(() => readIndex(dir));
}

/** The pid of a process that has exited (a killed ingest's). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

describe("a killed ingest's leftovers", () => {
  it("are removed by the next ingest: staging folders and temporary manifests of processes that are gone", async () => {
    const dir = indexCopy();
    const pid = await deadPid();
    mkdirSync(join(dir, `.staging-${pid}-1700000000000`));
    writeFileSync(join(dir, `.staging-${pid}-1700000000000`, "passages.json"), "x".repeat(1000));
    writeFileSync(join(dir, `${MANIFEST}.tmp-${pid}`), "{");
    await buildFixtureIndex(corpusDir, dir);
    expect(readdirSync(dir).filter((n) => n.startsWith(".staging") || n.includes(".tmp"))).toEqual([]);
  });

  it("keep the staging folder of an ingest that is still running", async () => {
    const dir = indexCopy();
    const live = join(dir, `.staging-${process.ppid}-1700000000000`);
    mkdirSync(live);
    await buildFixtureIndex(corpusDir, dir);
    expect(existsSync(live)).toBe(true);
  });
});

describe("a manifest that is valid JSON but not a manifest is refused as damaged, not with a TypeError", () => {
  it.each([
    [
      "without files",
      (m: Record<string, unknown>) => ({ ...m, files: undefined }),
      "manifest.json: files: expected an object of data files, received nothing",
    ],
    [
      "without an embedder",
      (m: Record<string, unknown>) => ({ ...m, embedder: null }),
      "manifest.json: embedder: expected { id, dims }, received null",
    ],
    [
      "with passages as text",
      (m: Record<string, unknown>) => ({ ...m, passages: "many" }),
      'manifest.json: passages: expected a count, received "many"',
    ],
    [
      "without documents",
      (m: Record<string, unknown>) => ({ ...m, documents: {} }),
      "manifest.json: documents: expected a list of { docId, title, … }, received an object",
    ],
    [
      "without corpus",
      (m: Record<string, unknown>) => ({ ...m, corpus: 3 }),
      "manifest.json: corpus: expected { dir, files }, received number 3",
    ],
    [
      "with corpus stamps that are not [size, mtime, ctime]",
      (m: Record<string, unknown>) => ({
        ...m,
        corpus: { ...(m.corpus as object), stamps: { "trade-energy.md": ["big", 0, 0] } },
      }),
      "manifest.json: corpus.stamps: expected [size, mtime, ctime] by file, received an object",
    ],
  ])("%s", (_name, edit, expected) => {
    const e = readWith(edit);
    expect(e.code).toBe("INDEX_CORRUPT");
    expect(e.message).toContain(expected);
    expect(e.message).toMatch(/summit-bot ingest --corpus \S+ --index /);
  });

  it("a JSON value that is not an object at all", () => {
    expect(readWith(() => [1, 2] as unknown as Record<string, unknown>).code).toBe("INDEX_CORRUPT");
  });

  it("a generation or file name that points outside the index folder", () => {
    const outside = readWith((m) => ({ ...m, generation: "../../etc" }));
    expect(outside.code).toBe("INDEX_CORRUPT");
    expect(outside.message).toContain('generation: expected a folder name like g-0123abcd, received "../../etc"');
    const files = (m: Record<string, unknown>) => m.files as Record<string, unknown>;
    const fileOut = readWith((m) => ({ ...m, files: { ...files(m), "../passages.bin": files(m)["passages.bin"] } }));
    expect(fileOut.message).toContain('files: expected plain file names, received "../passages.bin"');
  });
});

describe("a new index is durable before it is published", () => {
  it("flushes every data file and the folders to disk before the manifest is renamed into place", async () => {
    const dir = indexCopy();
    writeFileSync(join(corpusDir, "added.md"), "---\ntitle: 追加\n---\n新しい段落です。\n");
    const events: string[] = [];
    const paths = new Map<number, string>();
    vi.mocked(fs.openSync).mockImplementation(((path: fs.PathLike, ...rest: unknown[]) => {
      const fd = (actualFs.openSync as (...a: unknown[]) => number)(path, ...rest);
      paths.set(fd, String(path));
      return fd;
    }) as never);
    vi.mocked(fs.fsyncSync).mockImplementation((fd) => {
      events.push(`fsync ${basename(paths.get(fd as number) ?? "?")}`);
      actualFs.fsyncSync(fd);
    });
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      events.push(`rename ${basename(String(to))}`);
      actualFs.renameSync(from, to);
    });
    const manifest = (await buildFixtureIndex(corpusDir, dir)).manifest as Manifest;
    actualFs.rmSync(join(corpusDir, "added.md"));
    const published = events.indexOf(`rename ${MANIFEST}`);
    expect(published).toBeGreaterThan(0);
    const before = events.slice(0, published);
    for (const name of Object.keys(manifest.files)) expect(before, name).toContain(`fsync ${name}`);
    expect(before).toContain(`fsync ${MANIFEST}.tmp-${process.pid}`);
    // The folder holding the renamed manifest is flushed after the rename.
    expect(events.slice(published + 1)).toContain(`fsync ${basename(dir)}`);
  });
});
