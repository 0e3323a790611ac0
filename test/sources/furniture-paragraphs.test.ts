import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  linkDensity,
  removeFurnitureParagraphs,
  type FurnitureElement,
} from "../../src/sources/furniture-paragraphs.js";

const BODY =
  "<p>Ministers of the six countries agreed on Tuesday to open a second rail track at the Dostyk crossing by 2027, doubling the freight it can take.</p>" +
  "<p>The crossing handled 23.4 million tonnes of cargo in 2024, most of it containers on the China–Europe route.</p>";

/** The paragraphs left after removal, as text. */
function kept(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  removeFurnitureParagraphs(document.body as unknown as FurnitureElement);
  return [...document.body.querySelectorAll("p, li")].map((p) => (p.textContent ?? "").trim());
}

describe("furniture paragraphs inside the article body", () => {
  it("measures link density as the share of text inside links", () => {
    const { document } = parseHTML('<p id="x">abcd <a href="/a">efgh</a></p>');
    expect(linkDensity(document.getElementById("x") as unknown as FurnitureElement)).toBeCloseTo(4 / 9);
  });

  it("drops a paragraph that is all links, wherever it stands, and keeps prose with an inline link", () => {
    const out = kept(
      BODY.replace(
        "</p>",
        '</p><p><a href="/a/1">Kazakhstan opens wheat corridor</a> · <a href="/a/2">Aral Sea</a></p>',
      ) +
        '<p>The ministry published the <a href="https://gov.example/press/41">full agreement</a> on its website on Wednesday, with maps of the new track.</p>',
    );
    expect(out).toHaveLength(3);
    expect(out.join(" ")).not.toContain("wheat corridor");
    expect(out[2]).toContain("full agreement");
  });

  it("drops a mostly-link paragraph that opens as a related-reading line, in any of the corpus languages", () => {
    expect(kept(BODY + '<p>Читайте также: <a href="/n/5">Новый терминал в Хоргосе</a></p>')).toHaveLength(2);
    expect(kept(BODY + '<p>See also: <a href="/n/5">New terminal at Khorgos</a></p>')).toHaveLength(2);
  });

  it("drops a short closing paragraph whose link leads to subscribing, whatever it says", () => {
    const out = kept(
      BODY + '<p>Полный текст статьи доступен в печатной версии. <a href="/podpiska/subscribe">Оформить</a></p>',
    );
    expect(out).toHaveLength(2);
  });

  it("drops a short closing call to action with a button, told by its cue words", () => {
    expect(kept(BODY + "<p>微信关注我们，获取更多中亚新闻 <button>关注</button></p>")).toHaveLength(2);
    expect(kept(BODY + '<p>Continue reading with a free account <a href="#">here</a>.</p>')).toHaveLength(2);
  });

  it("walks back over several calls to action at the end, and stops at the first body paragraph", () => {
    const out = kept(
      BODY +
        '<p>Follow us on <a href="https://x.example/wire">X</a>.</p>' +
        '<p>Share this story: <a href="https://x.example/intent/tweet">post</a></p>',
    );
    expect(out).toHaveLength(2);
  });

  it("keeps a short closing paragraph that links its source, and one that says 'subscribers' without a link", () => {
    const source =
      '<p>The full communiqué is on the <a href="https://gov.example/press/41">ministry\'s website</a>.</p>';
    expect(kept(BODY + source)).toHaveLength(3);
    const prose = "<p>The rail company said the number of its freight subscribers had doubled.</p>";
    expect(kept(BODY + prose)).toHaveLength(3);
  });

  it("keeps a call-to-action cue in a long paragraph: a body paragraph may quote a sign-up drive", () => {
    const long = `<p>${"The customs union asked exporters to register on the single-window portal before July, ".repeat(4)}<a href="/portal">portal</a>.</p>`;
    expect(kept(BODY + long)).toHaveLength(3);
  });

  it("drops a list of links at the end of the body but keeps a list of plain items", () => {
    const links = '<ul><li><a href="/1">Wheat corridor</a></li><li><a href="/2">Aral Sea</a></li></ul>';
    expect(kept(BODY + links)).toHaveLength(2);
    const items = "<ul><li>China: 400 million dollars</li><li>Kazakhstan: 250 million dollars</li></ul>";
    expect(kept(BODY + items)).toHaveLength(4);
  });
});
