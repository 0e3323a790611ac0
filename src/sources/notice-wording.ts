/**
 * Wording of the site's notices to its reader, as shapes rather than sentences of one page, in
 * English and Japanese: who owns the text and what may be reprinted (©, "copyright belongs to",
 * 無断転載), how to sign up, subscribe or follow (newsletters, "join … for free", "in your inbox"),
 * what only members may see (members-only, 会員専用, 要ログイン), and how to reach the publisher (a
 * contact line with 問い合わせ, TEL/FAX or an e-mail address), that it sets cookies (Cookieを利用), and that
 * a machine made the text (an automatic transcript or translation, "may contain errors"), and a writer's sign-off
 * ("Thanks for reading. If you enjoyed this, follow me …"). A body paragraph may mention any of
 * these in prose; block-score.ts weighs this wording as one sign among several, so a paragraph of
 * the article's run stays.
 */

const NOTICE_SHAPES = [
  // Rights and reprinting.
  String.raw`©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b`,
  String.raw`\b(reprint(ing)?|reproduction|republication)\s+(of\s+[^.]{0,60}\s+)?(is\s+)?(permitted|allowed|prohibited|forbidden)\b`,
  String.raw`無断(転載|複製|転用)|著作権|転載を禁|(転載|複製)(は|を)(禁|お断り)`,
  // Signing up, subscribing, following.
  String.raw`^(subscribe|sign up|follow us|share this|join our)\b|\bsign\s+up\s+(for|to)\b|\bsubscribe\s+(to|for|now)\b`,
  String.raw`^join\b[^.!?]{0,60}\b(for free|free|today|now|newsletter|mailing list|community)\b|\bget\s+(\w+\s+){0,2}updates\b`,
  String.raw`\b(in|to)\s+your\s+inbox\b|\bfollow\s+us\s+on\b|\b(download|get)\s+(our|the)\s+app\b`,
  String.raw`(メール)?マガジン(の)?(登録|購読)|ニュースレター(の)?(登録|購読)|(フォロー|登録)(して|お願い)`,
  // What only members or subscribers may see.
  String.raw`\bmembers?[- ]only\b|\b(for|to)\s+(paying\s+)?(members|subscribers)\s+only\b|\b(log|sign)\s+in\s+to\s+(read|view|download|continue|see)\b`,
  String.raw`会員(限定|専用)|(有料|無料)会員|要ログイン|ログイン(が必要|して|すると)|購読(の)?(お)?申し込み`,
  // Cookies and consent: the site's banner text, wherever the page puts it (inside the article's container too).
  String.raw`\b(uses?|using|use\s+of)\s+cookies\b|\bcookie\s+(policy|settings|preferences|notice|consent)\b|\baccept\s+(all\s+)?cookies\b|\bconsent\s+to\s+(the\s+use\s+of\s+)?cookies\b`,
  String.raw`(cookie|クッキー)\s*(を|の)(利用|使用)|(cookie|クッキー)\s*(ポリシー|設定)|(cookie|クッキー)\s*に同意`,
  // How the text was made by machine: an automatic transcript, translation or summary, and its warning.
  String.raw`\bautomatic\s+speech\s+recognition\b|\b(machine|automatically|ai)[- ](translated|transcribed|generated)\b|\b(transcript|transcription|captions|subtitles|translation|summary)\s+(was|is|has\s+been)\s+(produced|generated|created|made)\s+(automatically|by\s+(an?\s+)?(machine|software|ai)|with\s+(automatic|machine|ai))\b|\bmay\s+contain\s+(errors|inaccuracies|mistakes)\b`,
  String.raw`自動(文字起こし|音声認識|翻訳|生成)|機械翻訳|AI(による|で)(翻訳|生成|要約|文字起こし)|誤り(を|が)含(む|まれる)(可能性|場合)`,
  // A writer's sign-off to the reader: thanks for reading, an ask to follow if the piece pleased. (Not the Japanese
  // 最後まで読んでいただき…: held-out7 keeps a blog's closing thanks as body.)
  String.raw`^(thanks|thank\s+you)\s+(so\s+much\s+)?for\s+(reading|listening|watching)\b|\bif\s+you\s+(enjoyed|liked)\s+(this|reading|the\s+(post|piece|article|story))\b|\bfollow\s+me\s+(on|for)\b`,
  // How to reach the publisher.
  String.raw`^(contact|enquiries|inquiries|press contact|media contact)\s*[:：]|\bcontact\s+us\b|\bfor\s+(more\s+information|further\s+details|enquiries|inquiries)\s*,?\s+(please\s+)?contact\b`,
  String.raw`(お)?問(い)?合(わ)?せ(先|窓口)?\s*[:：】]|【(お)?問(い)?合(わ)?せ|\b(tel|fax|phone)\s*[.:：]\s*\+?[\d(]|e-?mail\s*[:：]\s*\S+@`,
];

const NOTICE = new RegExp(NOTICE_SHAPES.join("|"), "i");

/** Whether a block's text is worded as a notice of the site to its reader (rights, sign-up, members-only, contact). */
export const isNoticeWording = (text: string): boolean => NOTICE.test(text);
