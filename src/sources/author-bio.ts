/**
 * Wording of a bio line about the article's writer, in English and Japanese: a person's name and
 * "is a … editor / writer / correspondent …" ("Hannah Fischer is a contributing editor at …"), a
 * byline in brackets with 記者 or 編集委員 (（北村翔太記者）), or a bio sentence opening with a
 * name and a press title (山田花子 編集委員。1990年入社…). It describes who wrote the piece, not
 * what the piece tells; block-features.ts counts it only at the article's edge (before or after
 * the main run), where a bio stands, so a body paragraph that introduces an editor in prose is
 * not judged by it.
 */

/** Titles of people who write, edit or report the news. */
const EN_TITLES =
  "editor|editors|writer|correspondent|reporter|journalist|columnist|contributor|author|photographer|photojournalist|producer|host|presenter|anchor|blogger";
const JA_TITLES =
  "記者|編集委員|論説委員|解説委員|特派員|支局長|ライター|ジャーナリスト|コラムニスト|編集長|編集者|カメラマン";

const AUTHOR_BIO = new RegExp(
  [
    // "Hannah Fischer is a contributing editor at …", "Li Wei was a correspondent for …": the name opens the line.
    String.raw`^(\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s+(is|was|has\s+been)\s+(a|an|the|our)\s+([\p{L}-]+\s+){0,4}(${EN_TITLES})\b`,
    // "… writes about / covers / reports on …" after a name, with no title: a bio all the same.
    String.raw`^(\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s+(writes|reports|covers)\s+(about|on|for)\b`,
    // （北村翔太記者）, (Moscow correspondent) as a line of its own.
    String.raw`^[（(][^（）()。]{1,24}(${JA_TITLES})[）)]$`,
    // （経済部・高橋美咲）: a desk and the writer's name in brackets, a Japanese paper's byline.
    String.raw`^[（(][^（）()。・]{1,10}(部|局|支局|総局|本社|センター)[・･][^（）()。・]{2,12}[）)]$`,
    // 北村翔太　朝陽新聞編集委員。 / 山田花子（やまだ・はなこ）記者、1990年入社: a name and a title opening a bio.
    String.raw`^[^。、]{1,30}(${JA_TITLES})\s*([。、]|（|\(|$|\s*\d{4}年)`,
  ].join("|"),
  "u",
);

/** Whether a block's text is worded as a bio of the piece's writer. */
export const isAuthorBio = (text: string): boolean => AUTHOR_BIO.test(text.trim());
