"""Conversations of the blind set (see README.md). T(question, golds, paragraphs) is an
answerable turn, U(question) a turn the articles do not answer. Paragraphs as in
questions_a.py (M mechanism, S spirit, K kazakh-voices, A astana-2025, T talks-2024-07)."""


def T(q, golds, ids):
    return ('T', q, golds, ids)


def U(q):
    return ('U', q)


JA = [
    [T('第四の提案で、習主席は何を強めるべきだと言ったんですか？', ['共通のビジョン、相互理解、相互の親近感'], ['S19']),
     T('具体的にはどんな交流を広げるの？', ['立法機関(議会に相当する機関)、政党'], ['S20']),
     U('大学の分校はいくつ増やすんですか？'),
     T('じゃあ第五の提案は？', ['「公正な国際秩序」を守り'], ['S21']),
     T('中央アジアの国々については、何を支持するって？', ['国際舞台でより大きな役割'], ['S21'])],
    [T('カザフスタンの記事でインタビューに答えたエンジニアは、何が進むと地域全体の進歩につながるって言ってた？', ['産業分野の連携が進むことで'], ['K8']),
     T('その人の名前は？', ['現地のエンジニアであるErzatさん'], ['K8']),
     U('彼は何年前からエンジニアをしているの？'),
     T('話は変わるけど、一帯一路協力の合意では何を整備するんですか？', ['鉄道や道路、物流ルートなどの整備'], ['K4'])],
    [T('2024年の会談で、習主席はカザフスタンがどんな発展を達成するのを支援したいと言ってた？', ['グリーンで低炭素かつ持続可能な発展'], ['T6']),
     T('企業についてはどう言ってましたか？', ['より多くの中国企業がカザフスタンに投資'], ['T6']),
     U('その投資額はどれくらいになる見込み？'),
     T('トカエフ氏は、中国のどんな支持を高く評価した？', ['主権、独立、領土保全に対する中国の確固たる支持'], ['T7'])],
    [T('中国・中央アジア機構の記事では、この新しいモデルは世界全体のどんなことに示唆を与えるとしてる？', ['グローバル・ガバナンスのあり方'], ['M18']),
     T('記事は見えてくるポイントをいくつに絞ってるの？', ['あえて三つに絞ると'], ['M19']),
     T('その二つ目は？', ['排他性ではなく開放性・包摂性を重視'], ['M19']),
     T('最後のは？', ['スローガンよりも、明確な工程表'], ['M19']),
     U('それで日本への経済的な影響は何億円くらいになるんですか？')],
    [T('2025年の会談で習主席は、治安の面でどんな交流を広げるって言いましたか？', ['法執行機関や防衛分野での交流'], ['A8']),
     T('それで何に対処するんですか？', ['テロリズム、分離主義、過激主義'], ['A8']),
     U('合同演習は年に何回やる予定？'),
     U('ところで、その会談ってアスタナのどの建物でやったの？')],
    [T('「中国・中央アジア精神」の中身で、重要な課題はどうやって決めることになってますか？', ['コンセンサス(合意)に基づいて決定'], ['S11']),
     T('困ったときはどうするって？', ['困難なときには助け合い'], ['S11']),
     U('その精神をまとめた文書の正式名称は何？'),
     T('国の大きさの違いについてはどう書かれてる？', ['国の大小にかかわらず対等なパートナー'], ['S11'])],
    [T('第2回中国+中央アジアサミットの合意について、カザフスタンの人たちの反応はどうでしたか？', ['カザフスタンの人びとの間で期待が高まって', '現地の人びとから前向きな声'], ['K1', 'K6']),
     T('アスタナに住んでる人は何て言ってた？', ['協力が新たな段階に入ったと感じている'], ['K7']),
     U('ところで、アスタナのおすすめのお土産って何？'),
     T('話は変わりますが、2024年の歓迎式典のとき大統領官邸のホールはどんな様子でしたか？', ['大統領官邸のホールは壮麗で'], ['T4']),
     U('儀仗兵は何人いたんですか？')],
    [T('中国がセーフシティ以外に増やすとした安全保障の取り組みは？', ['合同演習や共同訓練を増やす'], ['S18']),
     T('近くの国についてはどう？', ['アフガニスタンへの協調した支援'], ['S18']),
     U('アフガニスタンへの支援額はいくらなの？'),
     T('話を戻すけど、その安全保障の話って何番目の提案だった？', ['第三に、平和と安定、団結'], ['S17'])],
]

EN = [
    [T('Why does the mechanism piece think Japan should care about what happens in Eurasia?', ['日本を含むアジア太平洋地域にも少なからぬ影響'], ['M20']),
     T("And what's being reshuffled there?", ['エネルギーや物流、サプライチェーンの再編'], ['M20']),
     U('How much does Japan import from Central Asia each year?')],
    [T('In 2025, what did Xi say would cement the friendship between China and Kazakhstan?', ['多様な人的交流'], ['A9']),
     T("And what did he say about each other's core interests?", ['引き続き揺るぎない支持を行う'], ['A6']),
     U('How many Chinese tourists went to Kazakhstan that year?'),
     T('ok, different question: where does the summit article say China-Central Asia ties are heading overall?', ['長期的・包括的な枠組みへと進化しつつある'], ['S24'])],
    [T("Which areas were Xi's five proposals meant to deepen ties in?", ['政治、経済、安全保障、人と人の交流、国際ガバナンス'], ['S13']),
     T('What was the first one about?', ['「団結」という基本目標'], ['S14']),
     T('and the third?', ['平和と安定、団結を支える安全保障の枠組み'], ['S17']),
     U('Did all five Central Asian leaders sign on to every proposal?'),
     T('When was the summit where he made them?', ['2025年6月17日'], ['K1'])],
    [T('In July 2024, which organisation was Kazakhstan chairing?', ['上海協力機構(SCO)の輪番議長国としてのカザフスタン'], ['T11']),
     T('Who was taking over from it?', ['アスタナ・サミット後に中国がSCOの議長国を引き継ぎ'], ['T11']),
     U('How many member states does that organisation have?'),
     T('Switching topics - on what date was the second China+Central Asia summit held?', ['2025年6月17日'], ['K1'])],
    [T('Which sectors does the Kazakh voices piece say matter most for Kazakhstan\'s economy?', ['金属や鉱物資源の採掘と加工'], ['K9']),
     T('How could the deals show up in people\'s lives there?', ['雇用の創出や技術水準の向上'], ['K9']),
     U('How many jobs exactly?'),
     T('And the people-exchange part - which institutions are involved?', ['大学や研究機関、企業間の交流'], ['K10'])],
    [T('On security, what role is China trying to show it can play, per the mechanism article?', ['大国としての責任と役割'], ['M9']),
     T('What does that shore up for the Belt and Road?', ['一帯一路構想の安全保障面の土台'], ['M9']),
     U('How much has China spent on it so far?'),
     T('And the Central Asian states themselves - whose security do they help hold up?', ['中国の西側における安全と安定'], ['M8'])],
    [T('In the 2025 talks, what did Tokayev say the two countries share when it comes to deepening cooperation?', ['強い政治的意思を共有'], ['A16']),
     T('What does he expect from China going forward?', ['さらに大きな発展を遂げると確信'], ['A16']),
     U("What's his view of the United States?"),
     T("Back to Xi - which rotating chair role did he mention?", ['上海協力機構(SCO)の輪番議長国'], ['A13']),
     U('Is Kazakhstan sending its prime minister to that summit?')],
]
