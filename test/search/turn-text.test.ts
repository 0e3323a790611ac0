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
    expect(turnText("話変わって、中国がサミットを開く都市は？")).toEqual({
      text: "中国がサミットを開く都市は？",
      changesTopic: true,
    });
  });

  it("changing to a named subject keeps the subject (Switching to security - …)", () => {
    expect(turnText("Switching to security - which three threats are named?")).toEqual({
      text: "Security: which three threats are named?",
      changesTopic: true,
    });
  });

  it("says the talk goes back to an earlier subject (話を戻すと, back to it), keeping a subject it names", () => {
    expect(turnText("話を戻すと、それは何を守るためですか？")).toEqual({
      text: "それは何を守るためですか？",
      changesTopic: false,
      resumes: true,
    });
    expect(turnText("本題に戻りますが、その条約の名前は？").resumes).toBe(true);
    expect(turnText("ok back to it - where did the talks take place?")).toEqual({
      text: "Where did the talks take place?",
      changesTopic: false,
      resumes: true,
    });
    expect(turnText("Back to Xi - which role did he mention?").text).toBe("Xi: which role did he mention?");
  });

  it("is no lead-in where the words are what is asked (話を戻す理由は？, said back to Xi)", () => {
    expect(turnText("話を戻す理由は？")).toEqual({ text: "話を戻す理由は？", changesTopic: false });
    expect(turnText("What did he say back to Xi?")).toEqual({
      text: "What did he say back to Xi?",
      changesTopic: false,
    });
  });
});

describe("the casual topic particle って", () => {
  it("reads as the question it stands for after a noun (…とは何？, …はどこ？, …は何本？)", () => {
    expect(turnText("グリーンマイニングって何？").text).toBe("グリーンマイニングとは何？");
    expect(turnText("トカエフ大統領って誰？").text).toBe("トカエフ大統領は誰？");
    expect(turnText("協力合意って何本？").text).toBe("協力合意は何本？");
    expect(turnText("「三つの勢力」ってなに？").text).toBe("「三つの勢力」とはなに？");
  });

  it("reads as は at the end of the question after a noun (…の首都って？), not as a quote left off", () => {
    expect(turnText("カザフスタンの首都って？").text).toBe("カザフスタンの首都は？");
    expect(turnText("第3回サミットって？").text).toBe("第3回サミットは？");
    expect(turnText("中央アジアの国々については、何を支持するって？").text).toBe(
      "中央アジアの国々については、何を支持する？",
    );
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

  it("go back to those before a digression that changed the subject, when the turn resumes (話を戻すと)", () => {
    const history = ["2024年の会談で三つの勢力についてどうすると言った？", "ところで、おすすめの観光地はどこ？"];
    expect(searchedTurn("話を戻すと、それは何を守るため？", history, bySubjectChange)).toEqual({
      text: "それは何を守るため？",
      history: ["2024年の会談で三つの勢力についてどうすると言った？"],
    });
    // And the turn after it follows the resumed conversation.
    expect(
      searchedTurn("それはいつ？", [...history, "話を戻すと、それは何を守るため？"], bySubjectChange).history,
    ).toEqual(["2024年の会談で三つの勢力についてどうすると言った？", "それは何を守るため？"]);
  });

  it("take only the turn before as the digression, though an earlier turn started anew (by a lead-in or a switch of language)", () => {
    const japanese = (text: string) => /[\p{Script=Han}\p{Script=Hiragana}]/u.test(text);
    const byLanguage = (t: TurnText, previous: string) =>
      !refersBack(t.text) && (t.changesTopic || japanese(t.text) !== japanese(previous));
    const history = [
      "中国の決意は何によって変わらない？",
      "What did Xi say about tariff wars?",
      "Can you recommend a ramen recipe?",
    ];
    expect(searchedTurn("Back to the summit: what logic should humanity not return to?", history, byLanguage)).toEqual({
      text: "The summit: what logic should humanity not return to?",
      history: ["What did Xi say about tariff wars?"],
    });
    const announced = [history[0]!, `By the way, ${history[1]!}`, history[2]!];
    expect(searchedTurn("Back to the summit: what logic?", announced, byLanguage).history).toEqual([
      "What did Xi say about tariff wars?",
    ]);
  });

  it("leave out the turn before when the digression had no lead-in (back to it)", () => {
    const history = ["Who came with Xi in July 2024?", "What's a good restaurant in Almaty?"];
    expect(searchedTurn("ok, back to it - where did the talks take place?", history, bySubjectChange).history).toEqual([
      "Who came with Xi in July 2024?",
    ]);
  });
});
