/**
 * A conversation turn is searched without its greetings, thanks and subject-changing lead-ins
 * (search/turn-text.ts), and a turn that changes the subject starts the conversation over.
 */
import { describe, expect, it } from "vitest";
import { refersBack } from "../../src/search/followup.js";
import { searchedTurn, turnText, type TurnText } from "../../src/search/turn-text.js";

/** The retriever's test without the language switch (search/retriever.ts). */
const bySubjectChange = (t: TurnText) => t.changesTopic && !refersBack(t.text);

describe("a turn's lead-in", () => {
  it("is taken off when it greets or thanks, in Japanese and English", () => {
    expect(turnText("こんにちは！第1回サミットはどこで開かれましたか？").text).toBe(
      "第1回サミットはどこで開かれましたか？",
    );
    expect(turnText("ありがとうございます。それはいつ？").text).toBe("それはいつ？");
    expect(turnText("なるほど、では、その条約の名前は？").text).toBe("その条約の名前は？");
    expect(turnText("Thanks! And when was that?").text).toBe("And when was that?");
    expect(turnText("hi there, where was the summit held?").text).toBe("Where was the summit held?");
    expect(turnText("Quick question: how many proposals were there?").text).toBe("How many proposals were there?");
  });

  it("stays when it does not stand apart from the question (では2027年は, もう一つの記念, So what…)", () => {
    expect(turnText("では2027年はどんな年になりますか？").text).toBe("では2027年はどんな年になりますか？");
    expect(turnText("もう一つの記念は何ですか？").text).toBe("もう一つの記念は何ですか？");
    expect(turnText("あと何人来ましたか？").text).toBe("あと何人来ましたか？");
    expect(turnText("So what did he say?").text).toBe("So what did he say?");
  });

  it("is the whole message only when nothing else is asked (ありがとう！ stays)", () => {
    expect(turnText("ありがとう！").text).toBe("ありがとう！");
    expect(turnText("Thanks!").text).toBe("Thanks!");
  });

  it("closes a question asked before a request (…？教えてください, …? Thanks)", () => {
    expect(turnText("サミットはどこで開かれましたか？教えてください。").text).toBe("サミットはどこで開かれましたか？");
    expect(turnText("Where was the summit held? Thanks!").text).toBe("Where was the summit held?");
  });

  it("says the subject changes (ところで, 話は変わりますが, by the way), not when it only thanks", () => {
    expect(turnText("ところで、提案はいくつありましたか？")).toEqual({
      text: "提案はいくつありましたか？",
      changesTopic: true,
    });
    expect(turnText("話は変わりますが、提案はいくつ？").changesTopic).toBe(true);
    expect(turnText("By the way, how many proposals were there?").changesTopic).toBe(true);
    expect(turnText("ありがとうございます。提案はいくつ？").changesTopic).toBe(false);
  });
});

describe("the casual topic particle って", () => {
  it("reads as the question it stands for after a noun (…とは何？, …はどこ？, …は何本？)", () => {
    expect(turnText("グリーンマイニングって何？").text).toBe("グリーンマイニングとは何？");
    expect(turnText("トカエフ大統領って誰？").text).toBe("トカエフ大統領は誰？");
    expect(turnText("協力合意って何本？").text).toBe("協力合意は何本？");
    expect(turnText("「三つの勢力」ってなに？").text).toBe("「三つの勢力」とはなに？");
  });

  it("stays after a verb's て-form or a pronoun (言ってどこ, それって)", () => {
    expect(turnText("彼は何と言ってどこへ行った？").text).toBe("彼は何と言ってどこへ行った？");
    expect(turnText("それって何？").text).toBe("それって何？");
  });
});

describe("casual reported speech with って", () => {
  it("quotes as と before a verb of saying, and is left off at the question's end", () => {
    expect(turnText("エンジニアは、何が進むと地域全体の進歩につながるって言ってた？").text).toBe(
      "エンジニアは、何が進むと地域全体の進歩につながると言ってた？",
    );
    expect(turnText("習主席は、どんな交流を広げるって言いましたか？").text).toBe(
      "習主席は、どんな交流を広げると言いましたか？",
    );
    expect(turnText("中央アジアの国々については、何を支持するって？").text).toBe(
      "中央アジアの国々については、何を支持する？",
    );
    expect(turnText("アスタナの住民は何て言ってた？").text).toBe("アスタナの住民は何と言ってた？");
  });

  it("stays as a verb's て-form (使って書いた, 行って？, 言って話した)", () => {
    expect(turnText("何を使って書いた記事？").text).toBe("何を使って書いた記事？");
    expect(turnText("どこへ行って？").text).toBe("どこへ行って？");
    expect(turnText("彼は笑って話しましたか？").text).toBe("彼は笑って話しましたか？");
  });
});

describe("a lead-in that never begins what is asked", () => {
  it("is taken off even written straight onto the question (じゃあ第五の提案は？), not before kana, where its end is unsure", () => {
    expect(turnText("じゃあ第五の提案は？").text).toBe("第五の提案は？");
    expect(turnText("ちなみに2024年の会談は？").text).toBe("2024年の会談は？");
    expect(turnText("じゃあの会談はいつ？").text).toBe("じゃあの会談はいつ？");
  });
});

describe("the earlier turns a turn is searched with", () => {
  const earlier = ["2024年7月の会談はどこで行われましたか？", "それは何日でしたか？"];

  it("are none when the turn changes the subject and refers back to nothing", () => {
    expect(searchedTurn("話は変わりますが、提案はいくつ？", earlier, bySubjectChange)).toEqual({
      text: "提案はいくつ？",
      history: [],
    });
  });

  it("are kept when the turn changes the subject but still refers back (ところで、その…)", () => {
    expect(searchedTurn("ところで、その会談で何に署名しましたか？", earlier, bySubjectChange).history).toEqual(earlier);
  });

  it("start at the last turn that changed the subject, each without its lead-in", () => {
    const history = [...earlier, "By the way, how many proposals did Xi make?", "Thanks! And the second?"];
    expect(searchedTurn("And the third?", history, bySubjectChange).history).toEqual([
      "How many proposals did Xi make?",
      "And the second?",
    ]);
  });
});
