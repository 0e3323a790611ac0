import { describe, expect, it } from "vitest";
import { sourceAddedCard } from "../../src/render/discord-source-card.js";
import { inline } from "../../src/render/text.js";

describe("inline() keeps a Japanese headline's ideographic space", () => {
  it("keeps U+3000 between phrases", () => {
    expect(inline("一本化へ\u3000ホルゴス", 200)).toBe("一本化へ\u3000ホルゴス");
  });

  it("still folds runs of ASCII whitespace and newlines to one space", () => {
    expect(inline("  Amu  Darya\n\n fund\tagreed \r\n", 200)).toBe("Amu Darya fund agreed");
    expect(inline("一本化へ\u3000\nホルゴス", 200)).toBe("一本化へ\u3000 ホルゴス");
  });

  it("the /sources add card's title keeps it", () => {
    const card = sourceAddedCard(
      "horgos",
      "added",
      {
        title: "国境手続き一本化へ\u3000ホルゴス",
        source: "中央アジア通信",
        blocks: [{ kind: "paragraph", text: "段落。" }],
      },
      true,
    );
    expect(JSON.stringify(card)).toContain("国境手続き一本化へ\u3000ホルゴス");
  });
});
