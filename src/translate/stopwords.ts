/**
 * English words that carry no searchable content in a question. Question words go here too:
 * what a question asks for is rarely written in the answer passage.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here of in on at by for with from to into onto " +
    "over under about above below between among through during before after since until upon within without against " +
    "across along around behind beyond toward towards via per as " +
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "myself yourself himself herself itself ourselves themselves oneself " +
    "who whom whose what which when where why how whatever whichever whoever " +
    "be is am are was were been being do does did done doing have has had having " +
    "will would shall should can could may might must ought " +
    "not no yes very too also just only even still ever again already quite rather really " +
    "some any each every all both either neither such own same other another " +
    "much many more most few less least several " +
    "please tell explain give let know " +
    "something anything nothing everything someone anyone everyone somebody anybody else because " +
    "although though however therefore thus whether while whereas partly mostly mainly now currently today ago " +
    "s t d ll m re ve"
  ).split(/\s+/),
);

/**
 * Content words that appear in so many questions, or so loosely in passages, that they help a
 * little at most: kept, at a low weight.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    "say said tell told state stated mention mentioned describe described call called name named " +
    "happen happened take took make made get got go went come came use used one thing things " +
    "kind type way part according article report reported mean means show shown include included " +
    // Words a question names its source by ("the Kazakh voices piece"), like article and report.
    "piece story " +
    "example called known well like also become became year years time times people person"
  ).split(/\s+/),
);
