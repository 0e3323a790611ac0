/**
 * The question mix the Discord benchmarks ask (discord-latency, discord-soak): Japanese and English,
 * answered, related and refused, so a run exercises every kind of card.
 */
export const QUESTIONS: readonly string[] = [
  "第1回首脳会議はどこで開幕した？",
  "中国は中央アジアにいくら融資すると表明した？",
  "永久善隣友好協力条約とは何か",
  "次回の首脳会議はいつどこで開かれる？",
  "中国と中央アジアの貿易額は？",
  "Where did the first China–Central Asia summit open?",
  "天然ガスパイプラインのD線",
  "火星探査機の打ち上げ日は？",
];
