"""Near-topic unanswerable questions of the third blind calibration set (see README.md):
(shape, question). Each was checked against all five articles in corpus/; a trailing
comment `# close` marks a close call (an article says something very near, not what is
asked), `# premise` a wrong premise whose corrected question no paragraph answers either."""

JA = [
    # absent-detail
    ('absent-detail', 'アスタナのサミット、何時に始まったんですか'),  # close: K1 gives the date only
    ('absent-detail', '2024年の閲兵のときの軍楽隊って何人くらいいたの'),
    ('absent-detail', 'カザフでやる中国観光年って、公式のロゴとかスローガンある？'),
    ('absent-detail', '飛んでた6機のジェット機、機種なに？'),
    ('absent-detail', '12本の合意の署名って、各国の首脳がしたの？それとも大臣？'),
    ('absent-detail', '2番目のルバン工房ってカザフのどの街にできるの'),  # close: T10 2番目, no city
    ('absent-detail', '2024年の歓迎晩餐会、メニューはなんでした？'),
    ('absent-detail', 'トカエフが空港で習近平を出迎えたとき、ふたりで何を話したんですか？'),  # close, premise: T2 greeted at 大統領府
    ('absent-detail', 'セーフシテイって最初にやる都市どこ'),  # close: S18 no city
    # person-attribute
    ('person-attribute', 'トカエフさんってお子さんいるの？'),
    ('person-attribute', 'Erzatさんって何歳くらいの人？'),
    ('person-attribute', 'Zhalynさんのフルネーム教えて'),  # close: K7 Zhalynさん only
    ('person-attribute', '王毅さんって2024年の時点で役職なんだったの？'),  # close: T15 names him, no title
    ('person-attribute', '蔡奇って党の中でどのくらいえらい人なんですか'),
    ('person-attribute', 'トカエフ大統領って中国に留学してたことあるの？'),
    ('person-attribute', 'Erzatさんが出た大学ってどこ'),
    ('person-attribute', 'トカエフ大統領の趣味ってなんですか？'),
    ('person-attribute', '習近平国家主席って何年生まれ？'),
    # count-by-category
    ('count-by-category', '12本の協力合意って、中国とカザフの二国間のものと6か国全体のものとで何本ずつ？'),
    ('count-by-category', '姉妹都市100組のうち、ここ2年で新しくできたのは何組？'),  # close: S8 100組に到達
    ('count-by-category', '120万人の往来って、中国からカザフに行った人と逆の人、それぞれ何人ですか'),
    ('count-by-category', '中国と中央アジアの貿易のうち、エネルギーって何割くらい占めてるの'),
    ('count-by-category', '3,000人分の研修、5か国に何人分ずつ割り振るの'),
    ('count-by-category', '2025年に交わした十数件の文書、政府間のと企業間のとで内訳は？'),
    ('count-by-category', '西安のザクロ6本って、中国が何本で中央アジアが何本植えたの？'),  # close: S4 6本, 6 countries
    ('count-by-category', '協力センター3つって、中央アジアのどの国にいくつ置くんですか'),  # close: S16 3分野
    # future-event
    ('future-event', '「高品質発展の年」って2027年以降も続けるの？'),  # close: M5/S15 2025-2026
    ('future-event', '次のサミットはまた西安でやるってほんと？'),  # premise: no venue for a next summit
    ('future-event', '二国間貿易の倍増が達成できたら、その次の目標はどうするつもりなの'),  # close: T10/T12 doubling target
    ('future-event', 'アフガンを支援するために、中国は部隊を送るつもりなんですか'),  # close: S18 協調した支援
    ('future-event', '天津のSCOサミットでカザフはなにを提案する予定？'),  # close: A13 Tianjin summit
    ('future-event', 'トカエフって来年北京に行く予定あるの？'),
    ('future-event', 'AIの協力で共同研究所をつくる計画ってあるんですか'),  # close: M6 人工知能など先端技術の協力
    ('future-event', '魯班工房、最終的には何か所まで増やすつもり？'),  # close: S20 増設
    ('future-event', 'グリーンマイニングの合意で、新しい鉱山はいつから掘りはじめるの'),  # close: K4 鉱物資源を開発
    # comparison
    ('comparison', '2024年と2025年の会談、雰囲気がよかったのはどっち？'),
    ('comparison', 'カザフとキルギス、中国との関係が深いのはどっちですか'),
    ('comparison', '15億元の無償援助って、ロシアが中央アジアに出してる援助と比べて多いの？'),
    ('comparison', 'サミットの12本の合意って、G7サミットで出る合意文書より数が多い？'),
    ('comparison', 'キルギスとタジク、中国への留学生が多いのはどっち'),
    ('comparison', 'アスタナとアルマトイ、中国からの訪問者が多いのはどっちなんでしょう'),
    ('comparison', 'トカエフと習近平、今のポストについたのはどっちが先？'),
    ('comparison', '中国とカザフの貿易額って、2024年と2025年でどっちが多かったの'),  # close: T10 doubling target only
    ('comparison', 'カザフとウズベク、中国の新エネ車をたくさん輸入してるのはどっち？'),  # close: S5 新エネルギー車の輸出
    # absent-entity
    ('absent-entity', 'ロシア外務省はこの善隣友好条約についてどうコメントしたの'),
    ('absent-entity', '日本の商社はアスタナの12本の合意をどう見てるんでしょう'),  # close: K13 日本のビジネスパーソン
    ('absent-entity', 'トルクメニスタンの大統領はサミットでどんなこと言ってたんですか'),
    ('absent-entity', 'インド政府ってこの中国・中央アジアの枠組みをどう見てる？'),
    ('absent-entity', 'タリバン側は中国の支援についてなんて言ってる？'),  # close: S18 アフガニスタンへの支援
    ('absent-entity', 'カザフの首相は12本の合意について何てコメントしましたか'),
    ('absent-entity', 'アスタナの大学生はサミットをどう思ってるの？インタビューあった？'),  # close: K6/K7 a resident only
    ('absent-entity', '韓国の企業ってこの流れにどう関わってるの'),
    # general-knowledge
    ('general-knowledge', 'アスタナって昔はなんて名前だったっけ'),
    ('general-knowledge', 'カザフの国旗って何色？'),  # close: T2 gives the Chinese flag's colours
    ('general-knowledge', 'ザクロの花って何月ごろ咲くの'),
    ('general-knowledge', 'カスピ海って湖なんですか、海なんですか'),
    ('general-knowledge', 'ウズベキスタンって海に面してる？'),
    ('general-knowledge', '西安って昔は何て呼ばれてたんですか'),
    ('general-knowledge', '天津から北京まで高速鉄道でどのくらいかかる？'),
    ('general-knowledge', 'BRICSって今何か国入ってるの'),
]

EN = [
    # absent-detail
    ('absent-detail', 'What time did the welcome ceremony begin on 3 July 2024?'),  # close: T1 午前 for the talks
    ('absent-detail', 'which car brand did Xi ride to the palace in, 2024'),  # close: T2 車で大統領府に到着
    ('absent-detail', 'Was there a cultural performance at the 2024 welcome banquet?'),
    ('absent-detail', 'What colour were the jets themselves (not the smoke)?'),  # close: T2 smoke colours
    ('absent-detail', 'Who interpreted during the small-format talks in 2024?'),
    ('absent-detail', 'Where will the new trade-facilitation platform be headquartered?'),  # close: S16
    ('absent-detail', 'street address of the Kazakhstan-China Cultural Centre?'),
    ('absent-detail', 'When Tokayev met Xi at the airport in 2024, what did they discuss?'),  # close, premise: T2 greeted at the palace
    ('absent-detail', 'How many stations will the China–Kyrgyzstan–Uzbekistan railway have?'),
    # person-attribute
    ('person-attribute', "What's Tokayev's educational background?"),
    ('person-attribute', 'Does Erzat work in Astana or in some other city?'),  # close: K8 現地のエンジニア
    ('person-attribute', 'How many years has Erzat worked as an engineer?'),  # close: K8 現地のエンジニア
    ('person-attribute', "Xi Jinping's hometown?"),
    ('person-attribute', 'When did Wang Yi first become foreign minister?'),  # close: T15 names him, no title
    ('person-attribute', 'Which university did Cai Qi graduate from?'),
    ('person-attribute', 'Has Tokayev ever lived in China?'),
    ('person-attribute', "Zhalyn is a student, isn't she? what does she study?"),  # close, premise: K7 resident only
    ('person-attribute', "what's Xi's zodiac sign lol"),
    # count-by-category
    ('count-by-category', 'How many of the 100 sister-city pairs link two capital cities?'),
    ('count-by-category', 'of the 1.2M+ travellers in 2024, how many were Kazakh citizens?'),
    ('count-by-category', 'How is the 1.5 bn yuan grant split among the five countries?'),
    ('count-by-category', 'how many of the 3,000 training spots are for engineers vs doctors?'),
    ('count-by-category', 'How many of the 13 ministerial platforms are chaired by Kazakhstan?'),
    ('count-by-category', 'How many of the 12 agreements are bilateral China-Kazakshtan deals?'),
    ('count-by-category', 'Of the dozens of 2024 documents, how many were signed by companies rather than governments?'),  # close: T13 lists 航空・宇宙
    ('count-by-category', 'The 35% trade growth - how much of it comes from energy?'),
    # future-event
    ('future-event', 'Will the "years of high-quality development" be extended to 2027?'),  # close: M5/S15
    ('future-event', 'Will the Tianjin SCO summit admit any new members?'),  # close: A13 機構の強化と発展
    ('future-event', 'Is a third Luban workshop planned for Kazakhstan?'),  # close: T10 2番目
    ('future-event', 'Will the Safe City project use facial recognition?'),
    ('future-event', 'Is China going to station troops in Afghanistan?'),  # close: S18
    ('future-event', 'Will visa-free travel be extended to all five Central Asian states?'),  # close: S8 China-Kazakhstan only
    ('future-event', 'When will Xi next visit Astana?'),
    ('future-event', 'Are there plans for a China–Central Asia free trade agreement?'),  # close: S16 trade-facilitation platform
    ('future-event', 'Will there be a Kazakhstan Tourism Year in China in return?'),  # close: T10/A9 中国観光年
    # comparison
    ('comparison', 'Which got more media coverage, the Xian summit or the Astana one?'),
    ('comparison', "Is Kazakhstan's trade with China bigger than its trade with Russia?"),
    ('comparison', "Is China's 1.5bn yuan grant bigger than what the EU gives Central Asia?"),
    ('comparison', 'Were more jets flown for Xi in 2025 than in 2024?'),  # close: T2; the 2025 welcome is not described
    ('comparison', 'Does the China–CA mechanism meet more often than the EU–Central Asia platform?'),  # close: M11/M12
    ('comparison', 'Which of the five Central Asian states has the most sister cities in China?'),  # close: S8 100組 total
    ('comparison', 'Is the China–Kyrgyzstan–Uzbekistan railway longer than the Trans-Caspian route?'),
    ('comparison', 'Are China–Central Asia summits longer than G7 summits?'),
    ('comparison', 'Did China–CA trade grow faster in the first year after Xian or in the second?'),  # close: S5 35% over two years
    # absent-entity
    ('absent-entity', 'What did the Kazakh parliament speaker say about the treaty?'),
    ('absent-entity', 'Did the UN Secretary-General comment on the summit?'),  # close: UN in S22/A11
    ('absent-entity', 'What did people in Kyrgyzstan say in interviews after the summit?'),  # close: K6 interviews in Kazakhstan
    ('absent-entity', 'How did BRICS leaders react to the Astana summit?'),
    ('absent-entity', 'What did Chinese state-media commentators say about the treaty?'),
    ('absent-entity', 'What did Chinese truck drivers on the new routes say?'),  # close: K9 トラック、倉庫をつなぐ物流
    ('absent-entity', 'What did the head of the Eurasian Economic Union say about the 12 agreements?'),
    ('absent-entity', 'What did Chinese supermarket chains say about Central Asian produce?'),  # close: S5 中央アジア産の農産物
    # general-knowledge
    ('general-knowledge', 'When did Astana become the capital?'),
    ('general-knowledge', "What's the biggest city in Kazakhstan?"),
    ('general-knowledge', 'How long is the China-Kazakhstan border?'),  # close: A14/T7 隣国
    ('general-knowledge', 'Which is the largest Central Asian country by area?'),
    ('general-knowledge', 'What is the Kazakh word for pomegranate?'),
    ('general-knowledge', 'In which month of 1992 did China and Kazakhstan establish diplomatic ties?'),  # close: T9 32年間 gives the year only
    ('general-knowledge', "What's the national dish of Kazakhstan?"),
    ('general-knowledge', 'How many UN member states are there?'),
]
