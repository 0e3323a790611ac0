/**
 * A few paragraphs in the style of the bundled articles and of Japanese Wikipedia, written for
 * these tests, and the shipped dictionary (loaded once per test file).
 */
import { fileURLToPath } from "node:url";
import { loadDictionary, type Dictionary } from "../../src/translate/dictionary.js";

export const DICT_PATH = fileURLToPath(new URL("../../data/en-ja.dict.bin", import.meta.url));

export const PASSAGES: readonly string[] = [
  "現地時間2024年7月3日午前、習近平国家主席はカザフスタンのトカエフ大統領とアスタナの大統領府で会談した。",
  "カザフスタン空軍のジェット機6機が大統領官邸上空を飛行し、歓迎式典を盛り上げた。",
  "習主席は「関税・貿易戦争に勝者はいない」と述べ、保護主義に反対した。",
  "過去2年で中国と中央アジアの貿易は35%増加し、姉妹都市の提携は100組に到達した。",
  "中国は本年中に15億元の無償援助を実施し、2025年6月17日には第2回サミットが開かれた。",
  "中国は上海協力機構(SCO)の輪番議長国として、ことし天津で開かれるサミットを主催する。",
  "第1回サミットは西安で開かれ、一帯一路の協力文書に署名した。キルギスとウズベキスタンの鉄道も議題になった。",
  "カシムジョマルト・トカエフ大統領は会見で、王毅外相と蔡奇氏の訪問を歓迎した。",
  "梅雨（つゆ、ばいう）は、北海道と小笠原諸島を除く日本で5月から7月にかけて見られる雨季の一種である。",
  "織田 信長（おだ のぶなが）は、戦国時代の武将である。",
  "「寛保」は新井白石から拒絶された元号の候補であった。",
  "近年、マイクロプロセッサの価格の低下により組込みシステムの導入が広がっている。",
  "日本共産党は理論誌『月刊学習』を発行している。",
];

let dict: Dictionary | undefined;
export function dictionary(): Dictionary {
  dict ??= loadDictionary(DICT_PATH);
  return dict;
}
