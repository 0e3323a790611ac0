/**
 * A removed paragraph's copies at other outlets are looked up at ingest. An index built before
 * ingest did so has no such list: `cite` and `search --json` say the other outlets are not known
 * (until the next ingest) rather than suggesting that no other outlet publishes it.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Hex } from "../../src/index/storage/files.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("removed-copies-unknown");
const UNKNOWN = "Whether other outlets still publish it is not known";

/** The index's revisions.json rewritten by `edit`, its manifest entry made to match (as an older build wrote it). */
function rewriteRevisions(index: string, edit: (data: any) => void): void {
  const manifestPath = join(index, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const path = join(index, manifest.generation, "revisions.json");
  const data = JSON.parse(readFileSync(path, "utf8"));
  edit(data);
  const bytes = Buffer.from(JSON.stringify(data));
  writeFileSync(path, bytes);
  manifest.files["revisions.json"] = {
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    crc32: crc32Hex(crc32(bytes)),
  };
  writeFileSync(manifestPath, JSON.stringify(manifest));
}

describe("cite of a removed paragraph in an index built before its copies were looked up", () => {
  it("says nothing more when ingest looked and found none; says they are not known when the index has no list", async () => {
    const { index, dirs } = await setup.corpusWithIndex();
    expect((await runCli(["remove", "trade-energy", ...dirs])).code).toBe(0);
    const looked = await runCli(["cite", "--index", index, "trade-energy#1"]);
    expect(looked.out).toContain("trade-energy#1 was removed from the article on");
    expect(looked.out).not.toContain(UNKNOWN);

    // As an index built before the lookup: the removed versions carry no `copies` list.
    rewriteRevisions(index, (data) => {
      for (const versions of Object.values<any[]>(data.documents)) for (const v of versions) delete v.copies;
    });
    const old = await runCli(["cite", "--index", index, "trade-energy#1"]);
    expect(old.out).toContain("trade-energy#1 was removed from the article on");
    expect(old.out).toContain(
      `(${UNKNOWN}: this index was built before ingest looked up the copies of removed paragraphs (the next \`summit-bot ingest\` does).)`,
    );
    const json = JSON.parse((await runCli(["search", "--json", "--index", index, "trade-energy#1"])).out.trim());
    expect(json.results[0]).toMatchObject({ status: "removed", copies_unknown: true });
    // The removed paragraph is Japanese; the removal notice is English: each has its field.
    expect(json).toMatchObject({ lang: "ja", message_lang: "en" });
  });
});
