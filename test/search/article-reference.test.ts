/**
 * A question's reference to the article it asks about is no part of what it asks
 * (search/article-reference.ts): taken off, the words naming which article kept.
 */
import { describe, expect, it } from "vitest";
import { withoutArticleReference } from "../../src/search/article-reference.js";
import { turnText } from "../../src/search/turn-text.js";

describe("a reference to the article asked about", () => {
  it("is taken off in Japanese, keeping the words that name the article", () => {
    expect(withoutArticleReference("エネルギーの記事で、協力の中心は何？")).toBe("エネルギーでは、協力の中心は何？");
    expect(withoutArticleReference("記事の最後のまとめだと、交流が深まる理由は？")).toBe("交流が深まる理由は？");
    expect(withoutArticleReference("物流の分野は、記事ではどう位置づけられている？")).toBe(
      "物流の分野は、どう位置づけられている？",
    );
    expect(withoutArticleReference("この記事によると、協定はいつ発効する？")).toBe("協定はいつ発効する？");
  });

  it("is taken off in English where the article is the source (per, according to, the … article says)", () => {
    expect(withoutArticleReference("What does the energy article say about pipelines?")).toBe(
      "What does energy say about pipelines?",
    );
    expect(withoutArticleReference("Which routes matter most, per the logistics piece?")).toBe(
      "Which routes matter most, logistics?",
    );
    expect(withoutArticleReference("According to the summit article, who spoke first?")).toBe(
      "summit, who spoke first?",
    );
  });

  it("stays where the article is what is asked about, or is all there is", () => {
    expect(withoutArticleReference("Did the G7 respond to the article?")).toBe("Did the G7 respond to the article?");
    expect(withoutArticleReference("What piece did the band play?")).toBe("What piece did the band play?");
    expect(withoutArticleReference("記事では？")).toBe("記事では？");
  });

  it("is taken off every turn as searched (turn-text)", () => {
    expect(turnText("ありがとう！エネルギーの記事で、協力の中心は何？").text).toBe("エネルギーでは、協力の中心は何？");
  });
});
