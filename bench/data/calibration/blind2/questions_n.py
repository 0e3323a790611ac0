"""Near-topic unanswerable questions of the second blind calibration set (see README.md):
(shape, question). Each was checked against all five articles in corpus/; a trailing
comment `# close` marks a close call (an article says something very near, not what is asked)."""

JA = [
    # absent-detail
    ('absent-detail', 'セーフシティって、どこの会社の技術を使うんですか？'),  # close: S18 smart tech only
    ('absent-detail', '貿易の円滑化に関する新しい協力プラットフォームって、名前はなんていうの？'),  # close: S16
    ('absent-detail', '天津のSCOサミットは何月に開かれますか？'),  # close: A13 ことし天津で
    ('absent-detail', '魯班工坊では具体的にどんな職種の訓練をするんですか？'),  # close: S20 職業教育拠点
    ('absent-detail', '習主席が2025年にカザフスタンに到着したのは何日でしたか'),  # close: A2 月曜日 is the talks
    ('absent-detail', '中国と欧州を結ぶ貨物列車って、年に何本くらい走ってるの？'),
    ('absent-detail', '空港で「祖国のために歌え」を歌ってたカザフの若者たちは何人くらいいた？'),
    ('absent-detail', '2024年の歓迎晩餐会で、習主席はどんなスピーチをしましたか？'),
    ('absent-detail', 'グリーンマイニングの合意で対象になる鉱物って具体的に何？レアアースとか入ってる？'),  # close: K4 鉱物資源
    # person-attribute
    ('person-attribute', 'Erzatさんはカザフスタンのどこの出身ですか？'),
    ('person-attribute', 'インタビューに答えたZhalynさんって男性？女性？'),
    ('person-attribute', '王毅さんは外相になって何年目なんでしょう'),
    ('person-attribute', '蔡奇氏はどんな経歴の人ですか？'),
    ('person-attribute', 'トカエフ大統領の母語はカザフ語とロシア語のどっち？'),
    ('person-attribute', 'トカエフ大統領は今何期目の大統領ですか'),
    ('person-attribute', '習近平さんが国家主席になったのって何年？'),
    ('person-attribute', 'エンジニアのErzatさんの専門は化学？金属？物流？'),  # close: K8 names the fields the framework helps
    ('person-attribute', 'Zhalynさんはアスタナに住んで何年くらいになるんですか？'),  # close: K7 アスタナ在住
    # count-by-category
    ('count-by-category', '3,000人分の研修機会のうち、技術研修と言語学習はそれぞれ何人分ですか？'),
    ('count-by-category', '閣僚級の協力プラットフォーム13のうち、新しくできたのはいくつ？'),  # close: S8 13に増えています
    ('count-by-category', '15億元の無償援助のうち、教育分野にはどれだけ回るの？'),
    ('count-by-category', '12本の協力合意のうち、カザフスタンと中国の二国間で結ばれたのは何本？'),
    ('count-by-category', '2024年に交換された数十の文書のうち、コネクティビティ関係のものはいくつありましたか'),
    ('count-by-category', '中国から中央アジアに輸出された太陽光発電の製品で、カザフ向けはどのくらいの割合？'),
    ('count-by-category', '増やすという合同演習や共同訓練のうち、中国国内でやるのはどれくらい？'),
    ('count-by-category', '中国とカザフスタンの二国間貿易で、天然ガスが占める割合はどれくらい？'),
    # future-event
    ('future-event', 'カザフスタンの2番目のルバン工房のあと、3番目を作る計画もあるの？'),
    ('future-event', '中国とカザフの二国間貿易は、何年までに倍増する見込みなんですか？'),  # close: T10 できるだけ早く
    ('future-event', 'カザフスタンの中国観光年、閉幕のイベントはどこでやる予定なの？'),
    ('future-event', '3,000人の研修が終わったら、次はもっと人数を増やす予定ですか？'),
    ('future-event', 'サミットで決まった協力センターの建設は、いつから始まるんですか'),
    ('future-event', '中国とカザフの国境を越えた電子商取引は、これからどれくらい伸びる見通し？'),
    ('future-event', '国連創設80周年の記念行事に、トカエフ大統領は出席するんでしょうか'),
    ('future-event', '中国と中央アジアの貿易、この先2年でまた35%くらい伸びるの？'),  # close: S5 過去2年で35%
    ('future-event', 'アフガニスタンへの協調した支援は、いつから始まる予定ですか？'),
    # comparison
    ('comparison', 'エネルギー協力と農業協力、いま中国とカザフの間で規模が大きいのはどっち？'),
    ('comparison', '中国・中央アジアの枠組みと上海協力機構、加盟国が多いのはどっち？'),
    ('comparison', '中国から中央アジアへの輸出、新エネルギー車と太陽光発電の製品ではどっちが多いんですか'),  # close: S5 both
    ('comparison', '12本の合意では、グリーンマイニングと産業協力、どっちに重点が置かれてる？'),  # close: K4 lists both
    ('comparison', '習主席がトカエフ大統領と会った回数は、ウズベキスタンのミルジヨエフ大統領と会った回数より多い？'),
    ('comparison', '中国とカザフの往来120万人って、日本とカザフの往来の何倍くらい？'),
    ('comparison', '中央アジアにある魯班工坊と文化センター、数が多いのはどっち？'),
    ('comparison', 'カザフの鉱物資源と天然ガス、中国にとってより大事なのはどっち？'),
    ('comparison', 'EUと中央アジアの協力プラットフォームと比べて、中国の枠組みのほうが予算は大きいの？'),  # close: M12/M17
    # absent-entity
    ('absent-entity', '中国の商務相はサミットで何か新しい発表をしましたか？'),
    ('absent-entity', 'カザフスタンの大学生はこのサミットについてどう言ってた？'),  # close: K6-K8 interviews
    ('absent-entity', 'アスタナに住んでる日本人はこのサミットをどう見てるんだろう'),
    ('absent-entity', '2025年のサミットで王毅外相は何を話しましたか？'),  # close: Wang Yi only in 2024 (T15)
    ('absent-entity', 'カザフの鉄道会社の社長は、カスピ海を渡る輸送ルートについてなんて言ってる？'),
    ('absent-entity', '中国人民銀行の総裁は、中央アジアとの人民元決済について何か言いましたか'),
    ('absent-entity', '蔡奇氏は2024年の訪問中にどんな発言をしたんですか？'),  # close: T15 names him, no words
    ('absent-entity', 'シンクタンクの研究者は習主席の「5つの提案」をどう分析してる？'),  # close: M12 専門家 on US/EU
    # general-knowledge
    ('general-knowledge', 'カスピ海に面している国っていくつある？'),
    ('general-knowledge', '天山山脈はどの国とどの国にまたがっていますか'),
    ('general-knowledge', 'ザクロってもともとどこの原産なの？'),
    ('general-knowledge', '上海協力機構の事務局はどこの都市にありますか？'),
    ('general-knowledge', 'BRICSって何の頭文字？'),
    ('general-knowledge', '一帯一路構想が最初に打ち出されたのは何年ですか？'),
    ('general-knowledge', 'アスタナの冬の平均気温は何度くらい？'),
    ('general-knowledge', '西安がシルクロードの起点って言われるのは本当？'),
]

EN = [
    # absent-detail
    ('absent-detail', 'Who is going to run the new trade facilitation platform China announced?'),  # close: S16
    ('absent-detail', 'Which car brands are the new energy vehicles China sells to Central Asia?'),
    ('absent-detail', 'What was the official theme or slogan of the Astana summit?'),
    ('absent-detail', 'In which Kazakh city is the China-Kazakhstan culture centre Xi brought up in 2024?'),  # close: T10/T12
    ('absent-detail', 'What gift did Tokayev give Xi during the 2024 state visit?'),
    ('absent-detail', 'Where does the China-Kyrgyzstan-Uzbekistan railway start on the Chinese side?'),
    ('absent-detail', 'What share of customs paperwork gets digitised under the customs cooperation deal?'),
    ('absent-detail', 'Which Kazakh ministers sat in on the July 2024 talks?'),  # close: T15 names Chinese officials only
    ('absent-detail', 'What exactly does the 2024 joint declaration say about trade?'),  # close: T13 names it only
    # person-attribute
    ('person-attribute', 'How long has Tokayev been president of Kazakhstan?'),
    ('person-attribute', "What's Tokayev's patronymic? I only know him as Kassym-Jomart."),  # close: A1 gives the full name
    ('person-attribute', 'What languages does Zhalyn speak?'),
    ('person-attribute', 'How old was Xi the first time he visited Kazakhstan?'),
    ('person-attribute', 'Is Cai Qi on the Politburo Standing Committee?'),
    ('person-attribute', 'Does Xi Jinping have grandchildren?'),
    ('person-attribute', "How many years has Xi been China's president?"),
    ('person-attribute', 'Which university did Zhalyn go to?'),
    ('person-attribute', 'How many times in total has Xi been to Kazakhstan?'),  # close: the 2024 and 2025 visits
    # count-by-category
    ('count-by-category', 'How is the 1.5 billion yuan split between poverty reduction, education and desertification?'),
    ('count-by-category', 'How many of the 12 agreements were signed with Uzbekistan and how many with Kazakhstan?'),
    ('count-by-category', 'Of the dozens of documents in 2024, how many were signed by ministers and how many by agencies?'),
    ('count-by-category', "What share of Kazakhstan's exports to China is oil?"),
    ('count-by-category', 'How many of the Chinese companies investing in Kazakhstan are state-owned?'),
    ('count-by-category', 'In the new energy cooperation with Kazakhstan, how much is wind and how much is solar?'),  # close: T6 both
    ('count-by-category', 'How much of the Central Asian farm produce reaching Chinese tables is fruit?'),
    ('count-by-category', 'What portion of the China-Kyrgyzstan-Uzbekistan railway runs through Kyrgyzstan?'),
    # future-event
    ('future-event', 'After Kazakhstan, which Central Asian country gets the next China Tourism Year?'),
    ('future-event', 'Once China-Kazakhstan trade has doubled, how much will it be worth in dollars?'),  # close: T10/T12 doubling goal
    ('future-event', 'Are China and Kazakhstan going to sign a new treaty at their next meeting?'),
    ('future-event', 'Will China put more grant money on the table at the next China-Central Asia summit?'),
    ('future-event', 'How many young Kazakhs will go to study in China next year?'),
    ('future-event', 'Will the number of China-Europe freight trains through Kazakhstan double by 2030?'),
    ('future-event', 'when do the AI cooperation projects between china and central asia kick off?'),
    ('future-event', "Will the pomegranate trees in Xi'an bear fruit next year?"),  # close: S4 in full bloom
    ('future-event', 'When will China and Kazakhstan hold their next round of energy talks?'),
    # comparison
    ('comparison', 'Is the Trans-Caspian route cheaper than shipping goods by sea?'),
    ('comparison', "Is China-Kazakhstan trade bigger than Kazakhstan's trade with the EU?"),
    ('comparison', 'Who talked for longer at the 2025 talks, Xi or Tokayev?'),
    ('comparison', 'Is the new good-neighbourliness treaty more binding than the SCO charter?'),
    ('comparison', 'Which is older, the SCO or the China-Central Asia summit format?'),  # close: first summit 2023 is stated
    ('comparison', 'Does China give more scholarships to Kazakh students than to Kyrgyz ones?'),
    ('comparison', 'Are Luban Workshops more popular in Central Asia than Confucius Institutes?'),
    ('comparison', 'Does China have more cultural centres in Central Asia than Japan does?'),
    ('comparison', "How does the 35% growth compare with Central Asia's trade growth with Russia over the same time?"),
    # absent-entity
    ('absent-entity', "What did China's ambassador to Kazakhstan say about the 2025 visit?"),
    ('absent-entity', 'What did Kazakh farmers say about selling more produce to China?'),  # close: K6-K8 interviews
    ('absent-entity', 'How did Kyrgyz business leaders react to the railway project?'),
    ('absent-entity', "What did the Kazakh foreign ministry spokesperson say about Xi's state visit?"),
    ('absent-entity', 'What did Tajik trainees say about the Chinese training programmes?'),
    ('absent-entity', "What did the head of CICA say about China's role in the region?"),  # close: A17 names CICA
    ('absent-entity', "How did Chinese social media users react to the Kazakh jets' red and yellow smoke?"),
    ('absent-entity', 'what did the uzbek engineers interviewed say about the new railway?'),  # close: Erzat is a Kazakh engineer
    # general-knowledge
    ('general-knowledge', "How long is Kazakhstan's Caspian Sea coastline?"),
    ('general-knowledge', 'How many regions (oblasts) is Kazakhstan divided into?'),
    ('general-knowledge', "What's the tallest building in Astana?"),
    ('general-knowledge', "When was the People's Republic of China founded?"),
    ('general-knowledge', 'How many member countries does the EU have?'),
    ('general-knowledge', 'Which countries are in the G7?'),
    ('general-knowledge', "What is Afghanistan's currency called?"),
    ('general-knowledge', 'When was BRICS set up?'),
]
