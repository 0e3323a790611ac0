"""Answerable questions of the third blind calibration set (see README.md).

Each entry: (shape, question, [gold_text ...], [paragraph ...]) where a paragraph is
written as <doc letter><n>: M mechanism, S spirit, K kazakh-voices, A astana-2025,
T talks-2024-07 (paragraph n counted as in ../README.md). A trailing `# premise` marks a
question with a wrong premise whose corrected question a paragraph answers (README rule).
"""

JA = [
    # fact
    ('fact', '関税の話が出たついでに聞くけど、習さんってサミットで保護主義とか一方主義のこと何て言ってた？',
     ['一方主義や保護主義は誰の利益にもならない'], ['S3']),
    ('fact', 'ちょっと前から友好条約の話してるんだけど、あれにサインした結果、6か国の信頼関係ってどうなったって書いてある？',
     ['かつてない水準に達し'], ['M4']),
    ('fact', '中国の地域協力って、どっかの国を仮想敵にしてるんですか？', ['想定上の敵をつくらず'], ['M13']),  # premise
    ('fact', '中国と中央アジアの枠組みって要は限られたパイの取り合いでしょ？', ['パイを大きくすることで全体の発展を図る'], ['M14']),  # premise
    ('fact', 'トカエフ大統領は2025年の会談で、中国のこれからの発展をどう見てるって言ってました？',
     ['中国が今後さらに大きな発展を遂げると確信'], ['A16']),
    ('fact', 'カザフとの友好って、国際情勢が変わったら中国も考え直すかもって習近平言ってたよね？', ['中国の初志は揺るがず'], ['T9']),  # premise
    ('fact', '協力の成果が出てきて、両国民はどういう実感をもつようになったと習氏は評価していますか。',
     ['「恩恵を受けている」という実感'], ['A4']),
    ('fact', 'カザフって通り道なだけの国ってイメージだったけど、記事ではこの先どうなる可能性があるって？',
     ['産業や物流のハブへと変わっていく'], ['K3']),
    ('fact', '人材交流を強めるっていうのは具体的にはどういう意味だと説明されてますか', ['言語や文化の壁を越えた協力関係'], ['K10']),
    ('fact', '習主席は国際情勢しだいで中国の対外開放も変わるかもって言ったんだよね？', ['対外開放の姿勢を揺るがせることなく'], ['S23']),  # premise
    ('fact', '精神の中身で、利益についてはお互いどういう関係を築くってなってるんですか', ['利益を分かち合う共生・互恵の関係'], ['S11']),
    ('fact', '中国と中央アジアの経済、どの分野でもっと深く結びつくのが期待されてるんでしょう', ['デジタルや高度技術の分野'], ['M7']),
    ('fact', '2024年の時点でトカエフは、両国の大きな協力プロジェクトはうまくいってるって言ってたの？止まってる？',
     ['主要な協力プロジェクトは順調に進展'], ['T12']),
    ('fact', 'SCOの議長国として中国はことし何を実現したいって言ってた？', ['「新たな前進と活力」を実現'], ['A13']),
    ('fact', '機構の記事の結論で、住民の支持を生みやすいのはスローガンだって書いてあったっけ？', ['スローガンよりも、明確な工程表と具体的なプロジェクト'], ['M19']),  # premise
    ('fact', '12本の合意の産業協力って金属とか化学の分野でなにするの', ['共同プロジェクトや投資機会を広げる'], ['K4']),
    # number
    ('number', '中国とカザフの往来、2024年は50万人くらいだっけ？', ['120万人以上の往来'], ['S8']),  # premise
    ('number', '西安のサミットからアスタナのまで、何年あいてる？', ['第1回サミットからの2年間'], ['S25']),
    ('number', '中国カザフの国交って何年目の協力って話だったっけ、30年？', ['32年間の協力と国交樹立'], ['T9']),  # premise
    ('number', 'カザフで初めてのルバン工房ができるんだよね？', ['カザフスタンで2番目のルバン工房'], ['T10']),  # premise
    ('number', '2024年の会談で交わされた協力文書ってどれくらいの数？十件くらい？', ['数十の二国間協力文書'], ['T13']),  # premise
    ('number', '閣僚級の協力プラットフォーム、5つくらいあるんでしたっけ', ['閣僚級の協力プラットフォームも13に増えています'], ['S8']),  # premise
    # date
    ('date', 'アスタナのサミットって2025年の7月だったよね？', ['2025年6月17日'], ['K1']),  # premise
    ('date', '2024年の習近平とトカエフの会談って午前？午後？', ['2024年7月3日午前'], ['T1']),
    ('date', '天津のSCOサミットって何年にやるって書いてある？', ['ことし天津で開かれるサミット'], ['A13']),
    ('date', '2024年の歓迎晩餐会って会談の次の日だった？', ['同日正午、習主席はトカエフ'], ['T14']),  # premise
    ('date', '習近平とトカエフが西安と北京で2回会ったのって、何年のこと', ['昨年、トカエフ国家主席と私は西安と北京'], ['T6']),
    # place
    ('place', 'アフガンの話が出てたけど、中央アジアから見てアフガニスタンってどういう位置づけで書かれてる？', ['近隣国であるアフガニスタン'], ['S18']),
    ('place', '2024年にカザフが主催してたSCOのサミットってどこの都市？', ['カザフスタン主催のアスタナ首脳会議'], ['T11']),
    ('place', '2025年の会談、アスタナ以外の都市だった？', ['首都アスタナで行われたトカエフ大統領との会談'], ['A2']),  # premise
    ('place', '黒海を渡る輸送ルートを中国とカザフでつくるって話あったよね', ['カスピ海横断国際輸送ルートの建設'], ['T10', 'T12']),  # premise
    ('place', '歴史的にシルクロードの要所だった国ってどこだと記事は書いてますか？', ['シルクロードの要所であったカザフスタン'], ['K7']),
    ('place', '北京語言大学の分校ってどこの国にあるの', ['北京語言大学カザフスタン分校'], ['T10']),
    # person
    ('person', '2024年の訪問、王毅は同行してなかったんだっけ？', ['蔡奇と王毅は上記の活動'], ['T15']),  # premise
    ('person', 'カシムジョマルトって誰のこと？', ['カシムジョマルト・トカエフ大統領'], ['A1']),
    ('person', '官邸の上で赤と黄色の煙出してたの、あれ中国の空軍？', ['カザフスタン空軍のジェット機6機'], ['T2']),  # premise
    ('person', 'Zhalynさんって記者の人？', ['アスタナ在住の住民であるZhalynさん'], ['K7']),  # premise
    ('person', '空港で「祖国のために歌え」を歌ってたのって中国からの留学生？', ['カザフの若者たちが流暢な中国語で'], ['T10']),  # premise
    ('person', '金属産業とか化学工学の「土台」になるって話してたの、住民の人？エンジニアの人？', ['現地のエンジニアであるErzatさん'], ['K8']),
    # why
    ('why', '西側の多国間枠組みって、なんで中身がないって言われがちなの？お金の面とか', ['財政的な裏付けが限定的'], ['M17']),
    ('why', 'G7とかの制裁とか経済的に距離をとるやり方、記事ではなにが心配されてるんですか', ['国際社会の分断につながりかねない'], ['M15']),
    ('why', '習主席が第2回サミットは新しい一章ひらくって自信みせたのなんで？', ['幅広い準備を進めてきたことを高く評価'], ['A12']),
    ('why', 'なんで中国と中央アジアの経済協力って安定して進むって言えるの？', ['高い政治的信頼があってこそ'], ['M19']),
    ('why', '日本にとって中央アジアって遠いし関係なくない？', ['エネルギーや鉱物資源、物流ルートの観点'], ['K12']),  # premise
    ('why', '2025年の会談で人的交流をそんなに推してたのはなんで？', ['多様な人的交流が中国とカザフスタンの友好の土台を固める'], ['A9']),
    ('why', '日本のビジネスパーソンや学生がこの動きを追うとどんな得があるの？', ['新しい視点を得る手がかり'], ['K13']),
    ('why', '2024年に習近平が国連とかの枠内でカザフと協力したいって言ったのは、何を守るためですか',
     ['発展途上国一般の共通利益を守る'], ['T11']),
    # list
    ('list', '将来のカザフとの往来って、留学だけ？観光とかビジネスは？', ['観光やビジネスを通じた往来の活発化'], ['K11']),
    ('list', 'カザフは2024年、中国とどんな分野の協力を強化したいって言ってましたか', ['農業、経済・貿易、新エネルギー'], ['T12']),
    ('list', '2024年にカザフが協力を強化したいって並べた分野、電気自動車も入ってた？', ['国境を越えた電子商取引、電気自動車'], ['T12']),
    ('list', '電気自動車のほかに2024年の会談で習主席が協力を広げようって言った分野は？', ['衛星通信、その他の分野における協力'], ['T10']),
    ('list', '2024年に習主席は、双方がなにを強化すべきって言ったんだっけ。ドッキングがどうとか', ['発展戦略のドッキングとガバナンスの経験交流'], ['T10']),
    ('list', '中国が約束した措置って、無償援助と研修のほかに何があったっけ',
     ['貿易の円滑化に関する協力プラットフォーム', '砂漠化防止・抑制の3分野で協力センター'], ['S16']),
    ('list', '人と人の交流の提案で、自治体レベルではなにやるって？', ['地方自治体間の協力を深め'], ['S20']),
    # quote
    ('quote', '「手を携えてあらゆる分野の協力を進めるべきだ」って言ったの誰？トカエフ？', ['習主席は「手を携えてあらゆる分野の協力を進めるべきだ」'], ['A5']),  # premise
    ('quote', '「中華民族の偉大な復興」を中国式現代化でやってるって話したのはだれですか', ['習主席は、中国が「社会主義現代化強国」の建設'], ['S23']),
    ('quote', '中国は「中国の特色ある社会主義の道」でもっと大きな成果をあげるって確信してる、って言ったのは誰ですか', ['中国の特色ある社会主義の道'], ['T7']),
    ('quote', '「中国は常にカザフスタンにとって信頼できる良き隣人」って言ったの、トカエフだっけ？', ['中国は常に、カザフスタンが信頼できる良き隣人'], ['T6']),  # premise
    ('quote', '「中国の平和外交の理念」を高く評価したのって習近平本人？', ['カザフスタンは、中国の平和外交の理念'], ['T12']),  # premise
    ('quote', 'より公正で公平な国際秩序を中国と一緒につくっていきたいって2025年に言ってたのはどっち？', ['より公正で公平な国際秩序の構築をともに推進'], ['A17']),
]

EN = [
    # fact
    ('fact', 'what did Xi actually say about unilateralism and protectionism at the summit', ['一方主義や保護主義は誰の利益にもならない'], ['S3']),
    ('fact', "Does China's regional cooperation with Central Asia target some imagined enemy?", ['想定上の敵をつくらず'], ['M13']),  # premise
    ('fact', "So the China-CA model is basically about fighting over a fixed pie, no?", ['パイを大きくすることで全体の発展を図る'], ['M14']),  # premise
    ('fact', 'In the 2025 talks, how did Tokayev see China’s future development?', ['中国が今後さらに大きな発展を遂げると確信'], ['A16']),
    ('fact', 'Xi said China may rethink friendship with Kazakhstan if international situation change, is it?', ['中国の初志は揺るがず'], ['T9']),  # premise
    ('fact', 'Is it only economics, or are people-to-people contacts growing too, according to Xi?', ['人と人の交流も急速に広がっています'], ['S7']),
    ('fact', 'From a security-studies angle: how is Central Asia characterised relative to China’s western flank?',
     ['中国の西側における安全と安定を支える重要な緩衝地帯'], ['M8']),
    ('fact', 'In the China–Central Asia spirit, big countries lead and small ones follow - thats the idea?', ['国の大小にかかわらず対等なパートナーとして接し'], ['S11']),  # premise
    ('fact', 'Does the China–Central Asia spirit say anything about sharing benefits?', ['利益を分かち合う共生・互恵の関係'], ['S11']),
    ('fact', 'what did the treaty signing do to political trust among the six countries', ['かつてない水準に達し'], ['M4']),
    ('fact', 'Tokayev in 2024 – were the big joint projects going well or stalled, according to him?', ['主要な協力プロジェクトは順調に進展'], ['T12']),
    ('fact', 'What does the industrial cooperation deal among the 12 agreements aim to do?', ['共同プロジェクトや投資機会を広げる'], ['K4']),
    ('fact', 'The mechanism piece concludes that slogans win public support – correct?', ['スローガンよりも、明確な工程表と具体的なプロジェクト'], ['M19']),  # premise
    ('fact', 'Xi listed things that "will not waver" in 2024 - was confidence in each country reaching its development goals one of them?', ['それぞれの国の発展目標の実現に対する信頼'], ['T9']),
    ('fact', 'What did the two leaders do right after the welcome ceremony in 2024?', ['両首脳は小規模な会談を行った'], ['T5']),
    ('fact', 'What kind of multilateralism does Xi keep telling Tokayev they should practise?', ['真の多国間主義を実践', '「真の多国間主義」を実践'], ['T11', 'A11']),
    # number
    ('number', 'How many people crossed between China and Kazakhstan in 2024 after visa waivers? like 1 million?', ['120万人以上の往来'], ['S8']),  # premise
    ('number', 'how many years between the Xian summit and the Astana one', ['第1回サミットからの2年間'], ['S25']),
    ('number', "How many years of diplomatic ties were mentioned in 2024 — wasn't it 30?", ['32年間の協力と国交樹立'], ['T9']),  # premise
    ('number', 'Is the Luban workshop announced in 2024 the first one in Kazakhstan?', ['カザフスタンで2番目のルバン工房'], ['T10']),  # premise
    ('number', 'about a dozen cooperation docs were exchanged after the 2024 joint declaration, right?', ['数十の二国間協力文書'], ['T13']),  # premise
    ('number', 'ministerial-level platforms under the mechanism: are there around 5 of them?', ['閣僚級の協力プラットフォームも13に増えています'], ['S8']),  # premise
    # date
    ('date', 'astana summit was in june 2024 right?', ['2025年6月17日'], ['K1']),  # premise
    ('date', 'Was the July 2024 Xi–Tokayev meeting in the morning or the afternoon (local time)?', ['2024年7月3日午前'], ['T1']),
    ('date', 'Which year is the Tianjin SCO summit held?', ['ことし天津で開かれるサミット'], ['A13']),
    ('date', 'Was the welcome banquet on the day after the 2024 talks?', ['同日正午、習主席はトカエフ'], ['T14']),  # premise
    ('date', 'When did Xi and Tokayev have their two meetings in Xian and Beijing?', ['昨年、トカエフ国家主席と私は西安と北京'], ['T6']),
    # place
    ('place', 'How does the spirit article place Afghanistan relative to Central Asia?', ['近隣国であるアフガニスタン'], ['S18']),
    ('place', 'Xi got the honour-guard welcome right at the airport in 2024, yes?', ['大統領官邸のホールは壮麗で'], ['T4']),  # premise
    ('place', 'The Black Sea transport corridor China and Kazakhstan want to build — remind me of it?', ['カスピ海横断国際輸送ルートの建設'], ['T10', 'T12']),  # premise
    ('place', 'Which country was historically a key stop on the Silk Road per the Kazakh voices piece?', ['シルクロードの要所であったカザフスタン'], ['K7']),
    ('place', 'The Beijing Language and Culture Univ. branch campus – which country is it in?', ['北京語言大学カザフスタン分校'], ['T10']),
    ('place', 'The China Tourism Year is held in China itself, right?', ['カザフスタンで開催される「中国観光年」', 'カザフスタンでの「中国観光年」'], ['T10', 'A9']),  # premise
    # person
    ('person', "Wang Yi wasn't part of the 2024 Astana activities, was he?", ['蔡奇と王毅は上記の活動'], ['T15']),  # premise
    ('person', "Who's Kassym-Jomart?", ['カシムジョマルト・トカエフ大統領'], ['A1']),
    ('person', 'Were the jets trailing red and yellow smoke Chinese air force planes?', ['カザフスタン空軍のジェット機6機'], ['T2']),  # premise
    ('person', 'Is Zhalyn a government official?', ['アスタナ在住の住民であるZhalynさん'], ['K7']),  # premise
    ('person', 'Who was singing "Sing for the Motherland" at the airport - Chinese students?', ['カザフの若者たちが流暢な中国語で'], ['T10']),  # premise
    ('person', 'Which interviewee talked about metals, chemical engineering and logistics - the resident or the engineer?', ['現地のエンジニアであるErzatさん'], ['K8']),
    # why
    ('why', 'Critics say Western-led multilateral mechanisms lack what, besides concrete projects?', ['財政的な裏付けが限定的'], ['M17']),
    ('why', 'why does the mechanism article worry about sanctions and economic distancig', ['国際社会の分断につながりかねない'], ['M15']),
    ('why', 'Why did Xi feel confident the 2nd summit would open a "new chapter"?', ['幅広い準備を進めてきたことを高く評価'], ['A12']),
    ('why', 'On what basis can economic and security cooperation move forward stably, per the mechanism piece’s takeaways?', ['高い政治的信頼があってこそ'], ['M19']),
    ('why', "Central Asia is far from Japan so it doesn't matter for Japan, isn't it?", ['エネルギーや鉱物資源、物流ルートの観点'], ['K12']),  # premise
    ('why', 'In 2025, why did Xi put such weight on people-to-people exchange?', ['多様な人的交流が中国とカザフスタンの友好の土台を固める'], ['A9']),
    ('why', 'why should Japanese business people or students follow this at all', ['新しい視点を得る手がかり'], ['K13']),
    ('why', 'In 2024, what did Xi say China wants to protect by working with Kazakhstan inside the UN and other multilateral bodies?',
     ['発展途上国一般の共通利益を守る'], ['T11']),
    # list
    ('list', 'Does the Kazakh voices piece expect only student exchanges, or also tourism and business travel?', ['観光やビジネスを通じた往来の活発化'], ['K11']),
    ('list', 'Which areas did Kazakstan say in 2024 it would strengthen cooperaton with China in?', ['農業、経済・貿易、新エネルギー'], ['T12']),
    ('list', "Did Kazakhstan's 2024 list of areas to strengthen with China include electric vehicles?", ['国境を越えた電子商取引、電気自動車'], ['T12']),
    ('list', 'Apart from EVs, which sectors did Xi want to expand cooperation in during 2024? satellite stuff?', ['衛星通信、その他の分野における協力'], ['T10']),
    ('list', 'What should both sides strengthen according to Xi in 2024 - something about "docking"?', ['発展戦略のドッキングとガバナンスの経験交流'], ['T10']),
    ('list', 'besides the grant and the training places, what else did China pledge to set up?',
     ['貿易の円滑化に関する協力プラットフォーム', '砂漠化防止・抑制の3分野で協力センター'], ['S16']),
    ('list', 'In 2024 Xi talked energy cooperation with Kazakhstan - just oil, or which kinds?', ['天然ガスなどの伝統的エネルギー源', '太陽光発電や風力発電'], ['T6']),  # premise
    # quote
    ('quote', 'Was it Tokayev who said they should "join hands to advance cooperation in all fields"?', ['習主席は「手を携えてあらゆる分野の協力を進めるべきだ」'], ['A5']),  # premise
    ('quote', 'who talked about pursuing "the great rejuvenation of the Chinese nation" through Chinese-style modernisation', ['習主席は、中国が「社会主義現代化強国」の建設'], ['S23']),
    ('quote', 'who expressed confidence China would achieve more on the path of socialism with Chinese characteristics', ['中国の特色ある社会主義の道'], ['T7']),
    ('quote', '"China is always a trustworthy good neighbour and partner for Kazakhstan" - Tokayev said that, right?', ['中国は常に、カザフスタンが信頼できる良き隣人'], ['T6']),  # premise
    ('quote', 'Xi himself praised "China\'s philosophy of peaceful diplomacy" in 2024?', ['カザフスタンは、中国の平和外交の理念'], ['T12']),  # premise
    ('quote', 'In 2025, which leader said he wants to build a fairer and more equitable international order together with China?', ['より公正で公平な国際秩序の構築をともに推進'], ['A17']),
]
