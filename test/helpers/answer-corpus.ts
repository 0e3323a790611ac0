/**
 * A small corpus on which the answer stage's known traps show (shared by the engine test and the
 * fake-Discord test): an article titled for the second summit whose paragraph recalls the first,
 * a relative clause naming a leader who is not the sentence's speaker, the leader's short form
 * (family name and title), a list of measures beside a claim about trade, and a country named
 * only inside a railway's dotted name.
 */
export const SECOND_SUMMIT = [
  "習主席は、第1回サミットが開かれた2023年の西安を振り返り、「西安で一緒に植えたザクロの木は、今では満開になっている」と述べました。",
  "サミットの会場には各国の代表団が集まり、協力の成果を示す展示も開かれました。",
];
export const ASTANA = [
  "2025年6月17日、カザフスタンの首都アスタナで第2回サミットが開かれ、12本の協力合意が結ばれました。",
  "第1回サミットからの2年間で、中国と中央アジアの貿易は35%増加し、インフラや技術分野での協力が拡大しました。",
];
export const TALKS = [
  "トカエフ大統領は、習近平国家主席が提唱する一連の世界的イニシアティブを高く評価し、貿易と投資の協力を強化したいと述べた。",
  "会談で習主席は、関税・貿易戦争に勝者はいないと述べ、保護主義は誰の利益にもならないと指摘した。",
];
export const MEASURES = [
  "こうした目標を支えるため、中国は次の措置を取ると表明しました。\n- 貿易の円滑化に関する協力プラットフォームを新設\n- 今後2年間で3,000人分の研修機会を提供",
];

export const PROJECTS = [
  "この2年間で協力の成果が数字として示されています。\n- 中国・キルギス・ウズベキスタン鉄道や、カスピ海を横断する輸送ルートなど、物流・交通の大規模プロジェクトが進行",
];

export const ANSWER_TRAPS: Record<string, string> = {
  "second-summit.md": `---\ntitle: 習近平氏が第2回サミットで演説 第2回サミット詳報\n---\n\n${SECOND_SUMMIT.join("\n\n")}\n`,
  "astana.md": `---\ntitle: アスタナの首脳会議\n---\n\n${ASTANA.join("\n\n")}\n`,
  "talks.md": `---\ntitle: トカエフ大統領と習近平国家主席が会談\n---\n\n${TALKS.join("\n\n")}\n`,
  "projects.md": `---\ntitle: 協力の広がり\n---\n\n${PROJECTS.join("\n\n")}\n`,
  "measures.md": `---\ntitle: 中国・中央アジアサミット詳報 協力の新たな措置\n---\n\n${MEASURES.join("\n\n")}\n`,
};
