import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfPublisher } from "../../src/sources/pdf-publisher.js";
import { outletOfFeedTitle } from "../../src/sources/feed-publisher.js";
import { WEB_FIXTURES, type FixtureSite } from "../fixtures/web/server.js";
import type { PdfSpec } from "../fixtures/web/build-pdf.js";
import { runCli } from "../helpers/io.js";
import { webCliSetup } from "../helpers/web-cli.js";

const setup = webCliSetup("pdf-publisher");
let site: FixtureSite;
beforeAll(() => {
  site = setup.site();
});

const report = JSON.parse(readFileSync(join(WEB_FIXTURES, "dev", "pages", "report.pdf.json"), "utf8")) as PdfSpec;
const sourceOf = (corpus: string, docId: string) =>
  /^source: "(.*)"$/m.exec(readFileSync(join(corpus, `${docId}.md`), "utf8"))?.[1];
const xmp = (fields: Record<string, unknown>) => ({ get: (name: string) => fields[name] });

describe("a PDF's publisher", () => {
  it("is what its metadata names: XMP dc:publisher, else Author, else dc:creator", () => {
    expect(pdfPublisher({ Author: "Jane Roe" }, xmp({ "dc:publisher": "Ministry of Energy of Kazakhstan" }))).toBe(
      "Ministry of Energy of Kazakhstan",
    );
    expect(pdfPublisher({ Author: "Ministry of Foreign Affairs of Kazakhstan" }, undefined)).toBe(
      "Ministry of Foreign Affairs of Kazakhstan",
    );
    expect(pdfPublisher({}, xmp({ "dc:creator": ["", "Secretariat of the China–Central Asia Mechanism"] }))).toBe(
      "Secretariat of the China–Central Asia Mechanism",
    );
  });

  it("passes over the software and logins office tools write there", () => {
    expect(pdfPublisher({ Author: "Microsoft® Word for Microsoft 365" }, undefined)).toBeUndefined();
    expect(pdfPublisher({ Author: "admin" }, xmp({ "dc:creator": ["Administrator"] }))).toBeUndefined();
    expect(
      pdfPublisher({ Author: "  " }, xmp({ "dc:publisher": "pdf-lib (https://github.com/Hopding/pdf-lib)" })),
    ).toBeUndefined();
  });

  it("takes a feed's outlet from its title, not its section", () => {
    expect(outletOfFeedTitle("Steppe Daily – World")).toBe("Steppe Daily");
    expect(outletOfFeedTitle("MFA | Press releases")).toBe("MFA");
    expect(outletOfFeedTitle("シルクロード通信 国際")).toBe("シルクロード通信 国際");
    expect(outletOfFeedTitle("http://127.0.0.1:9/feeds/x.xml")).toBeUndefined();
  });

  it("add URL: the Author the PDF names, else the host", async () => {
    const { corpus, dirs } = await setup.corpusWithIndex();
    site.setPdf("named", { ...report, author: "Ministry of Energy of Kazakhstan" });
    site.setPdf("unnamed", { ...report, title: "Statement without an author", author: "admin" });
    const run = await runCli(["add", `${site.base}/docs/named.pdf`, `${site.base}/docs/unnamed.pdf`, ...dirs]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^added +ministry-of-energy-named: "Joint Statement on Green Energy Cooperation" \(Ministry of Energy of Kazakhstan, /m,
    );
    expect(sourceOf(corpus, "ministry-of-energy-named")).toBe("Ministry of Energy of Kazakhstan");
    expect(sourceOf(corpus, "unnamed")).toBe("127.0.0.1");
  });

  it("sync: a PDF that names no publisher takes the feed's outlet; one that names one keeps it", async () => {
    const { corpus, dirs } = await setup.corpusWithIndex();
    site.setPdf("plain", { ...report, title: "Statement from the feed" });
    site.setPdf("signed", { ...report, title: "Signed statement", author: "Ministry of Energy of Kazakhstan" });
    site.setFeed(
      "statements.rss.xml",
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Astana Energy Wire – Statements</title><link>{{base}}/</link><description>d</description>
<item><title>Statement</title><link>{{base}}/docs/plain.pdf</link></item>
<item><title>Signed</title><link>{{base}}/docs/signed.pdf</link></item></channel></rss>`,
    );
    await runCli(["feeds", "add", `${site.base}/feeds/statements.rss.xml`, "--corpus", corpus]);
    const run = await runCli(["sync", ...dirs]);
    expect(run.out).toMatch(/^ {2}added +astana-energy-wire-plain: "Statement from the feed" \(Astana Energy Wire, /m);
    expect(sourceOf(corpus, "astana-energy-wire-plain")).toBe("Astana Energy Wire");
    expect(run.out).toMatch(
      /^ {2}added +ministry-of-energy-signed: "Signed statement" \(Ministry of Energy of Kazakhstan, /m,
    );
  });
});
