#!/usr/bin/env python3
"""Build and verify conversations.jsonl (see CONVERSATIONS.md).

Written from the bundled articles in corpus/ only. Run from the repository root:
    python3 bench/data/calibration/build_conversations.py
Every gold_text is checked to occur verbatim in one of its gold_ids paragraphs
(and every gold_id to contain one of the gold_texts); lengths must be 6-30 chars.
"""
import json, os, random, re, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
CORPUS = os.path.join(ROOT, 'corpus')
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'conversations.jsonl')
SEED = 20261207
DOCS = {'M': 'china-central-asia-mechanism', 'S': 'china-central-asia-spirit',
        'K': 'kazakh-voices-silk-road', 'A': 'xi-tokayev-astana-2025',
        'T': 'xi-tokayev-talks-2024-07'}


def paragraphs(path):
    """Paragraph n = n-th blank-line-separated block after the front matter that
    still has text once heading lines (starting with '#') are removed."""
    text = open(path, encoding='utf-8-sig').read().replace('\r\n', '\n')
    lines = text.split('\n')
    if lines and lines[0].strip() == '---':
        for i in range(1, len(lines)):
            if lines[i].strip() == '---':
                lines = lines[i + 1:]
                break
    out = []
    for block in re.split(r'\n[ \t]*\n', '\n'.join(lines)):
        kept = '\n'.join(l for l in block.split('\n') if not l.lstrip().startswith('#')).strip()
        if kept:
            out.append(kept)
    return out


def T(q, golds, ids):
    return {'question': q, 'gold_text': golds,
            'gold_ids': [f"{DOCS[i[0]]}#{i[1:]}" for i in ids]}


def U(q):
    return {'question': q, 'answerable': False}


JA = [
  [T('第2回中国・中央アジアサミットはどこで開かれましたか？', ['カザフスタンの首都アスタナで'], ['K1', 'S1']),
   T('それはいつでしたか？', ['2025年6月17日'], ['K1']),
   T('その時、協力合意は何本結ばれましたか？', ['12本の協力合意が結ばれ'], ['K1']),
   T('開催国の大統領は誰ですか？', ['カシムジョマルト・トカエフ大統領'], ['A1'])],
  [T('第1回の中国・中央アジアサミットはどこで開かれましたか？', ['2023年の中国・西安'], ['S4']),
   T('そこで首脳たちは何を植えたのですか？', ['6本のザクロの木'], ['S4']),
   T('それは何の象徴とされていますか？', ['パートナーシップが「満開」を迎えつつある'], ['S4']),
   U('その第1回サミットには何人の記者が集まりましたか？')],
  [T('過去2年で中国と中央アジアの貿易はどれくらい伸びましたか？', ['中国と中央アジアの貿易は35%増加'], ['S5', 'S25']),
   T('中国からはどんな製品が輸出されていますか？', ['新エネルギー車や太陽光発電関連製品'], ['S5']),
   T('逆に中央アジアからは？', ['中央アジア産の農産物'], ['S5']),
   U('その貿易額は米ドルでいくらですか？')],
  [T('中国は無償援助をいくら実施すると表明しましたか？', ['15億元(約2億800万ドル)'], ['S16']),
   T('それはいつまでに実施するのですか？', ['本年中に15億元'], ['S16']),
   T('研修機会は何人分ですか？', ['3,000人分の研修機会'], ['S16']),
   T('その期間は？', ['今後2年間で3,000人分'], ['S16'])],
  [T('習主席はサミットでいくつの提案を打ち出しましたか？', ['「5つの提案」を打ち出しました'], ['S13']),
   T('一つ目は何ですか？', ['6カ国の「団結」という基本目標を堅持'], ['S14']),
   T('三つ目は？', ['平和と安定、団結を支える安全保障の枠組みづくり'], ['S17']),
   T('最後の提案は？', ['「公正な国際秩序」を守り'], ['S21'])],
  [T('中国はどの分野で協力センターを設立すると表明しましたか？', ['貧困削減、教育交流、砂漠化防止・抑制の3分野'], ['S16']),
   T('新設するプラットフォームは何に関するものですか？', ['貿易の円滑化に関する協力プラットフォーム'], ['S16']),
   U('そのプラットフォームの本部はどの都市に置かれますか？')],
  [T('2024年に中国とカザフスタンの間では何人が往来しましたか？', ['2024年だけで120万人以上の往来'], ['S8']),
   T('それを後押ししたのは何ですか？', ['査証(ビザ)の相互免除が進み'], ['S8']),
   T('姉妹都市はいくつありますか？', ['姉妹都市の提携は100組に到達'], ['S8']),
   T('閣僚級のプラットフォームは？', ['閣僚級の協力プラットフォームも13に増えています'], ['S8'])],
  [T('「中国・中央アジア精神」とはどんな考え方ですか？', ['相互尊重・相互信頼・互恵・相互支援'], ['M3']),
   T('習主席はそれをどう位置づけましたか？', ['「基本的な指針」と位置づけました'], ['S11']),
   T('今後それをどうしていくべきだと語りましたか？', ['「永遠に輝かせていくべきだ」'], ['S12'])],
  [T('サミットで中国と中央アジア5カ国はどんな条約に署名しましたか？', ['恒久的な善隣友好と協力に関する条約'], ['M4']),
   T('その条約で何が法的な形で位置づけられましたか？', ['長期的な友情の原則を法的な形で位置づけ'], ['M4']),
   T('それによって何カ国の相互信頼が高まったのですか？', ['6カ国の政治的な相互信頼'], ['M4']),
   U('その条約はいつ発効しますか？')],
  [T('2025年と2026年はどんな年と位置づけられましたか？', ['「中国・中央アジア協力の高品質発展の年」', '中国・中央アジア協力の質の高い発展の年'], ['S15', 'M5']),
   T('その2年間で連携を強める分野には何がありますか？', ['交通・物流などのコネクティビティ'], ['S15']),
   U('では2027年はどんな年になる予定ですか？')],
  [T('安全保障の文脈で言われる「三つの勢力」とは何ですか？', ['テロリズム、分裂主義、過激主義'], ['M8']),
   T('中央アジア諸国は中国の安全にとってどんな存在ですか？', ['重要な緩衝地帯となっています'], ['M8']),
   T('中国は都市の安全のために何を拡大しますか？', ['「セーフシティ」プロジェクトを拡大'], ['S18']),
   T('どの隣国への協調した支援が強調されましたか？', ['近隣国であるアフガニスタン'], ['S18'])],
  [T('2024年7月の習主席とトカエフ大統領の会談はどこで行われましたか？', ['アスタナの大統領府で会談'], ['T1']),
   T('それは何日の何時ごろでしたか？', ['現地時間2024年7月3日午前'], ['T1']),
   T('その時の歓迎でカザフスタン空軍は何をしましたか？', ['ジェット機6機が大統領官邸上空を飛行'], ['T2']),
   T('煙は何色でしたか？', ['赤と黄色の色の煙'], ['T2']),
   U('そのジェット機のパイロットは誰でしたか？')],
  [T('2024年の会談で習主席は二国間貿易についてどんな目標を示しましたか？', ['二国間貿易を倍増させるという新たな目標'], ['T10']),
   T('カザフスタン側はそれにどう応えましたか？', ['二国間貿易量の倍増という目標の達成に向けて'], ['T12']),
   T('同じ会談で中国はカザフスタンに何を開設すると決めましたか？', ['カザフスタンで2番目のルバン工房'], ['T10'])],
  [T('習主席は空港で何を聞いて感動したと言いましたか？', ['流暢な中国語で「祖国のために歌え」と歌っている'], ['T10']),
   T('歌っていたのは誰ですか？', ['カザフの若者たち'], ['T10']),
   T('習主席は彼らをどう表現しましたか？', ['若者は中国とカザフスタンの友好の継承者'], ['T10'])],
  [T('中国とカザフスタンは国交樹立から何年間協力してきましたか？', ['32年間の協力と国交樹立'], ['T9']),
   T('両国の友好は何に根ざしているとされましたか？', ['数千年にわたる古代のシルクロードに根ざして'], ['T9']),
   T('今の関係は何と呼ばれていますか？', ['高いレベルの恒久的包括的戦略パートナーシップ'], ['T9'])],
  [T('2024年7月の会談後、両首脳は何に署名しましたか？', ['中華人民共和国・カザフスタン共和国共同宣言'], ['T13']),
   T('ほかに交換された文書はどれくらいありましたか？', ['数十の二国間協力文書'], ['T13']),
   T('その日の正午には何がありましたか？', ['盛大な歓迎晩餐会に出席した'], ['T14']),
   U('その晩餐会ではどんな料理が出されましたか？')],
  [T('2025年の訪問で習主席がトカエフ大統領と会談したのは何曜日ですか？', ['月曜日に首都アスタナで'], ['A2']),
   T('トカエフ氏は中国をどう表現しましたか？', ['友好的な隣国であり、親しい友人'], ['A14']),
   T('両国のパートナーシップは何に入ったとされましたか？', ['新たな黄金期に入り'], ['A15']),
   T('会談後に交換された文書は何件ですか？', ['十数件の二国間協力文書'], ['A18'])],
  [T('2025年の会談で習主席が重点として挙げた分野は何ですか？', ['「接続性」の一層の強化', 'ハイテク分野での協力拡大', '環境に配慮したグリーン開発の推進'], ['A7']),
   T('カザフスタンで成功させるよう呼びかけた催しは？', ['「中国観光年」を成功させる'], ['A9']),
   T('その催しは前年の会談ではどう言及されていましたか？', ['来年カザフスタンで開催される「中国観光年」'], ['T10'])],
  [T('2025年に中国は上海協力機構でどんな立場にありましたか？', ['上海協力機構(SCO)の輪番議長国'], ['A13']),
   T('そのサミットはどこで開かれますか？', ['ことし天津で開かれるサミット'], ['A13']),
   T('その前年に議長国だったのはどこですか？', ['輪番議長国としてのカザフスタンの活動'], ['T11']),
   U('天津サミットには何カ国の首脳が出席しましたか？')],
  [T('アスタナ在住のZhalynさんはサミットについて何と話しましたか？', ['協力が新たな段階に入ったと感じている'], ['K7']),
   T('エンジニアの人はどの分野の発展に重要だと言いましたか？', ['金属産業、化学工学、物流といった分野'], ['K8']),
   T('彼の名前は？', ['現地のエンジニアであるErzatさん'], ['K8']),
   U('彼は何歳ですか？')],
  [T('第2回サミットの協力合意はどんな分野にわたりますか？', ['人材交流、グリーンマイニング'], ['K2']),
   T('グリーンマイニングとは何ですか？', ['環境への影響を抑えながら鉱物資源を開発', '環境に配慮した資源開発'], ['K4', 'K2']),
   T('税関協力の中身は？', ['税関同士の情報共有やルールの調和'], ['K4'])],
  [T('中国・中央アジア機構の特徴はいくつのポイントに整理されていますか？', ['主な三つのポイントに整理します'], ['M10']),
   T('米国や欧州連合の中央アジア政策はどう指摘されていますか？', ['やや分散的になりやすい'], ['M12']),
   T('G7のような枠組みは？', ['ゼロサム的な対立構図が強まる'], ['M15']),
   U('日本の中央アジア政策はどう評価されていますか？')],
  [T('中国・中央アジア協力の具体的な事業にはどんな例がありますか？', ['中国と欧州を結ぶ貨物列車'], ['M16']),
   T('署名された協定や覚書には何が盛り込まれていますか？', ['明確なタイムラインや行程表、責任主体'], ['M17']),
   T('西側の枠組みはそれと比べてどう指摘されていますか？', ['政治的な共同声明や価値のアピールにとどまり'], ['M17'])],
  [T('習主席は関税を巡る対立について何と述べましたか？', ['「関税・貿易戦争に勝者はいない」'], ['S3']),
   U('ところで、今日の東京の天気はどうですか？'),
   T('話を戻して、人類は何に戻るべきではないと言いましたか？', ['「弱肉強食の論理」に戻るべきではなく'], ['S3'])],
  [T('2025年は何の節目の年ですか？', ['「国際連合創設」から80周年'], ['S22']),
   T('もう一つの記念は何ですか？', ['「世界反ファシズム戦争勝利」'], ['S22']),
   U('その記念式典はどこで開かれますか？')],
  [T('物流・交通の大規模プロジェクトには何がありますか？', ['中国・キルギス・ウズベキスタン鉄道'], ['S5']),
   U('その鉄道の全長は何キロですか？'),
   T('ほかのルートは？', ['トランス・カスピ海国際輸送ルート', 'カスピ海横断国際輸送ルートの建設'], ['S5', 'T10', 'T12'])],
  [T('第四の提案は何ですか？', ['人と人とのつながりを一段と深める'], ['S19']),
   T('具体的に中央アジアに何を増設しますか？', ['文化センターや大学分校、「魯班工坊」'], ['S20']),
   T('最後に挙がったものは何の施設ですか？', ['「魯班工坊」(職業教育拠点)'], ['S20'])],
  [T('2024年の会談で習主席はどんな新エネルギー協力を拡大したいと述べましたか？', ['太陽光発電や風力発電などの新エネルギー源'], ['T6']),
   T('伝統的なエネルギーでは？', ['天然ガスなどの伝統的エネルギー源'], ['T6']),
   T('両首脳は前の年に何回会っていましたか？', ['西安と北京で2回会談'], ['T6']),
   T('どこで会ったのですか？', ['西安と北京で2回会談'], ['T6'])],
  [T('2024年7月の会談の活動に参加した中国側の人物は誰ですか？', ['蔡奇と王毅は上記の活動に参加した'], ['T15']),
   U('王毅の肩書きと年齢は？')],
  [T('2025年の会談で、トカエフ大統領はどの多国間枠組みで中国と協力すると述べましたか？', ['国連や上海協力機構、BRICS'], ['A17']),
   T('彼は中国のどんな取り組みを高く評価しましたか？', ['国際的な公正と正義の維持に取り組んでいる'], ['A17']),
   U('ロシアについては何と言いましたか？')],
  [T('習主席は中国とカザフスタンの関係がどんな試練に耐えたと述べましたか？', ['国際情勢の変動という試練に耐え'], ['A3']),
   T('その背景として何を挙げましたか？', ['地理的な近さと長年にわたる両国民の友好'], ['A3']),
   T('両国はいまどんな段階にあるとされましたか？', ['自国の発展と「再生」の重要な段階', '発展と再生の重要な段階'], ['A5', 'T10'])],
  [T('中国は中央アジアを外交上どう位置づけていますか？', ['中央アジアを外交の優先分野と位置づけ'], ['S14']),
   T('善隣友好はどんな原則に基づくとされましたか？', ['「親・誠・恵・容」'], ['S14']),
   T('その意味は？', ['友好的で誠実、互恵的で包摂的'], ['S14'])],
  [T('中央アジアは中国にとってどんな特徴のある地域ですか？', ['関係国すべてが中国の戦略的パートナー'], ['M2']),
   T('そういう地域は世界にいくつありますか？', ['世界の地域の中で唯一'], ['M2']),
   T('協力の中核テーマには何がありますか？', ['デジタル経済、グリーン開発、気候変動への適応'], ['M11'])],
  [T('習主席は中国のテレビドラマについて何と言いましたか？', ['中央アジアで人気を集めている'], ['S7']),
   T('話は変わりますが、2024年にアスタナで歓迎セレモニーを行ったのは誰ですか？', ['トカエフ大統領は習近平国家主席の歓迎セレモニー'], ['T3']),
   T('その式典で軍楽隊は何を演奏しましたか？', ['中国とカザフスタンの国歌を演奏した'], ['T4'])],
  [T('トカエフ氏は習主席の2024年の国賓訪問をどう評価しましたか？', ['歴史的意義があると述べた'], ['T7']),
   T('カザフスタンはどの分野での協力の可能性を追求したいと？', ['エネルギー、鉱物、新エネルギー、コネクティビティ'], ['T7']),
   T('「3つの勢力」についてはどういう立場ですか？', ['「3つの勢力」と断固として闘い'], ['T7'])],
  [T('今後の中国と中央アジアの協力で重視されるテーマは？', ['人工知能など先端技術の協力'], ['M6']),
   T('ほかには？', ['デジタルインフラの連結'], ['M6']),
   T('それによって何が期待されていますか？', ['中国と中央アジアの経済がより深く結びつく'], ['M7'])],
  [T('中国・中央アジア機構の地域協力は何に基づいていますか？', ['開放性と包摂性に基づく地域協力'], ['M13']),
   T('このモデルはどんな発想に立っていますか？', ['パイを大きくすることで全体の発展を図る'], ['M14']),
   T('それはどんな中国の理念とつながっていますか？', ['人類運命共同体の構築という中国の理念'], ['M14'])],
  [T('第2回サミットの開催日はいつですか？', ['2025年6月17日'], ['K1']),
   U('次の第3回サミットはどこで開かれますか？'),
   T('第2回では協力合意が何本結ばれましたか？', ['12本の協力合意'], ['K1', 'K4', 'K14'])],
  [T('2024年の会談で習主席はカザフスタンをどう位置づけましたか？', ['カザフスタンは中国の近隣外交の優先事項'], ['T6']),
   T('中国の決意は何によって変わることはないとされましたか？', ['一つの出来事や国際情勢の変化によって変わることはない'], ['T6']),
   U('カザフスタンの人口はどれくらいですか？')],
  [T('2025年の会談で習主席は何を擁護すべきだと述べましたか？', ['「国連を中心とする国際システム」'], ['A11']),
   T('それによって誰の利益を守るのですか？', ['途上国全体の共通利益を守っていく'], ['A11']),
   T('習主席は今回のサミットが何を開くと自信を示しましたか？', ['協力の「新たな一章」を開く'], ['A12'])],
  [T('日本から見て中央アジアの重要性が高まっているのはなぜですか？', ['エネルギーや鉱物資源、物流ルートの観点'], ['K12']),
   T('カザフスタンは歴史的に何だったのですか？', ['歴史的にシルクロードの要所'], ['K7']),
   T('これからどう変わる可能性がありますか？', ['産業や物流のハブへと変わっていく可能性'], ['K3'])],
  [T('12本の合意のうち人材交流はどんな内容ですか？', ['学生や専門家、技術者の往来を増やし'], ['K4']),
   T('将来どんな形で広がることが期待されていますか？', ['若者が互いの国で学び合う留学や研修'], ['K11']),
   T('その結果、何が築かれるのですか？', ['「信頼のインフラ」が築かれていく'], ['K11']),
   U('留学生の数は何人ですか？')],
  [T('第2回サミットで習主席が繰り返し強調したキーワードは？', ['「中国・中央アジア精神」という新しいキーワード'], ['S10']),
   U('おすすめの日本料理店を教えてください。'),
   T('その精神を形成したのはどの国々ですか？', ['中国と中央アジア5カ国は'], ['S10'])],
  [T('2024年の会談で、習主席はどの大学の分校に言及しましたか？', ['北京語言大学カザフスタン分校'], ['T10']),
   T('カザフスタン側はどんな施設の設立を歓迎しましたか？', ['カザフスタン・中国文化センターとルバン工作室'], ['T12']),
   U('その分校の学生数は？')],
]

EN = [
  [T('Where was the second China–Central Asia summit held?', ['カザフスタンの首都アスタナで'], ['K1', 'S1']),
   T('When was that?', ['2025年6月17日'], ['K1']),
   T('How many cooperation agreements were signed there?', ['12本の協力合意が結ばれ'], ['K1']),
   T("Who is the host country's president?", ['カシムジョマルト・トカエフ大統領'], ['A1'])],
  [T('Where did the first China–Central Asia summit take place?', ['2023年の中国・西安'], ['S4']),
   T('What did the leaders plant there?', ['6本のザクロの木'], ['S4']),
   T('What does it symbolize?', ['パートナーシップが「満開」を迎えつつある'], ['S4'])],
  [T('How much grant aid did China pledge to Central Asian countries?', ['15億元(約2億800万ドル)'], ['S16']),
   T('And how many training opportunities?', ['3,000人分の研修機会'], ['S16']),
   T('Over what period?', ['今後2年間で3,000人分'], ['S16']),
   U('Which of the five countries gets the largest share of that aid?')],
  [T('How many proposals did Xi put forward at the summit?', ['「5つの提案」を打ち出しました'], ['S13']),
   T('What was the second one?', ['協力の枠組みを最適化し'], ['S15']),
   T('And the fourth?', ['人と人とのつながりを一段と深める'], ['S19']),
   U('Was there a sixth proposal, and what was it?')],
  [T('How many people travelled between China and Kazakhstan in 2024?', ['2024年だけで120万人以上の往来'], ['S8']),
   T('What made that easier?', ['査証(ビザ)の相互免除が進み'], ['S8']),
   T('How many sister-city pairs are there?', ['姉妹都市の提携は100組に到達'], ['S8'])],
  [T('What treaty did China and the five Central Asian countries sign at the summit?', ['恒久的な善隣友好と協力に関する条約'], ['M4']),
   T('What did it put into legal form?', ['長期的な友情の原則を法的な形で位置づけ'], ['M4']),
   U('When does it enter into force?')],
  [T('Where did Xi and Tokayev meet in July 2024?', ['アスタナの大統領府で会談'], ['T1']),
   T('What day and time was it?', ['現地時間2024年7月3日午前'], ['T1']),
   T('How many jets flew over the palace?', ['ジェット機6機が大統領官邸上空を飛行'], ['T2']),
   T('What colours was the smoke?', ['赤と黄色の色の煙'], ['T2']),
   T('After that meeting, who signed the joint declaration?', ['両首脳は中華人民共和国・カザフスタン共和国共同宣言に署名'], ['T13'])],
  [T('What goal did China and Kazakhstan set for bilateral trade in 2024?', ['二国間貿易を倍増させるという新たな目標'], ['T10']),
   T('What does China want to import more of from Kazakhstan?', ['カザフスタンからの高品質商品の輸入'], ['T10']),
   T('And what will China open there?', ['カザフスタンで2番目のルバン工房'], ['T10'])],
  [T('What are the "three forces" mentioned in the security context?', ['テロリズム、分裂主義、過激主義'], ['M8']),
   T('What role do Central Asian countries play for China\'s security?', ['重要な緩衝地帯となっています'], ['M8']),
   T('Which neighbouring country did Xi call for coordinated support for?', ['近隣国であるアフガニスタン'], ['S18'])],
  [T('What did Xi say about tariff wars?', ['「関税・貿易戦争に勝者はいない」'], ['S3']),
   U('Can you recommend a good ramen recipe?'),
   T('Back to the summit: what logic should humanity not return to?', ['「弱肉強食の論理」に戻るべきではなく'], ['S3'])],
  [T('Why is 2025 a milestone year?', ['「国際連合創設」から80周年'], ['S22']),
   T('And what other anniversary falls that year?', ['「世界反ファシズム戦争勝利」'], ['S22']),
   U('Who will attend the anniversary parade?')],
  [T('What did Zhalyn from Astana say about the summit?', ['協力が新たな段階に入ったと感じている'], ['K7']),
   T('And the engineer?', ['金属産業、化学工学、物流といった分野'], ['K8']),
   T("What's his name?", ['現地のエンジニアであるErzatさん'], ['K8']),
   U('Which company does he work for?')],
  [T('Which years were designated for high-quality development of China–Central Asia cooperation?', ['2025年と2026年を'], ['S15', 'M5']),
   T('Which fields will be strengthened in that period?', ['交通・物流などのコネクティビティ'], ['S15']),
   T('What new platform will China set up to support those goals?', ['貿易の円滑化に関する協力プラットフォーム'], ['S16'])],
  [T('What did Tokayev call China in the 2025 talks?', ['友好的な隣国であり、親しい友人'], ['A14']),
   T('What era has their partnership entered?', ['新たな黄金期に入り'], ['A15']),
   T('How many documents were exchanged after the talks?', ['十数件の二国間協力文書'], ['A18'])],
  [T('Where will the SCO summit chaired by China be held this year?', ['ことし天津で開かれるサミット'], ['A13']),
   T('Who held the chair before China?', ['輪番議長国としてのカザフスタンの活動'], ['T11']),
   T('In those 2024 talks, which country was to host the second China–Central Asia summit?', ['カザフスタンが来年第2回中国・中央アジアサミットを主催'], ['T11'])],
  [T('What values make up the China–Central Asia Spirit?', ['相互尊重・相互信頼・互恵・相互支援'], ['M3']),
   T('How did Xi describe it?', ['「基本的な指針」と位置づけました'], ['S11']),
   T('How many countries share it?', ['6カ国が共有する価値'], ['S2'])],
  [T('What is unique about Central Asia as a region for China?', ['関係国すべてが中国の戦略的パートナー'], ['M2']),
   T('How is US and EU policy toward the region described?', ['やや分散的になりやすい'], ['M12']),
   T('What about the G7?', ['ゼロサム的な対立構図が強まる'], ['M15']),
   U("What is Japan's trade volume with Central Asia?")],
  [T('How many years have China and Kazakhstan cooperated since establishing diplomatic ties?', ['32年間の協力と国交樹立'], ['T9']),
   T('What is their friendship rooted in?', ['数千年にわたる古代のシルクロードに根ざして'], ['T9']),
   T('What did Xi hear at the airport the day before?', ['流暢な中国語で「祖国のために歌え」と歌っている'], ['T10']),
   T('Who was singing?', ['カザフの若者たち'], ['T10'])],
  [T('In the 2024 talks, which new energy sources did Xi want to cooperate on?', ['太陽光発電や風力発電などの新エネルギー源'], ['T6']),
   T('How many times had the two leaders met the year before?', ['西安と北京で2回会談'], ['T6']),
   T('Where?', ['西安と北京で2回会談'], ['T6']),
   T('Who else from China took part in the activities that day?', ['蔡奇と王毅は上記の活動に参加した'], ['T15'])],
  [T('What does green mining mean?', ['環境への影響を抑えながら鉱物資源を開発', '環境に配慮した資源開発'], ['K4', 'K2']),
   T('What does customs cooperation involve?', ['税関同士の情報共有やルールの調和'], ['K4']),
   T('Why does this region matter for Japan?', ['エネルギーや鉱物資源、物流ルートの観点'], ['K12'])],
  [T('What concrete projects of China–Central Asia cooperation are given as examples?', ['中国と欧州を結ぶ貨物列車'], ['M16']),
   T('What do the signed agreements include?', ['明確なタイムラインや行程表、責任主体'], ['M17']),
   U('How much money was budgeted for them in total?')],
  [T('On which day of the week did Xi meet Tokayev in Astana in 2025?', ['月曜日に首都アスタナで'], ['A2']),
   T('What event did Xi want to make a success in Kazakhstan?', ['「中国観光年」を成功させる'], ['A9']),
   U("What's the weather like in Astana in June?"),
   T('What focus areas did he name in that meeting?', ['「接続性」の一層の強化', 'ハイテク分野での協力拡大', '環境に配慮したグリーン開発の推進'], ['A7'])],
  [T('Which Chinese cultural products are popular in Central Asia, according to Xi?', ['中国のテレビドラマや芸術祭'], ['S7']),
   T('How many ministerial cooperation platforms are there now?', ['閣僚級の協力プラットフォームも13に増えています'], ['S8']),
   T('And in which fields will China set up cooperation centres?', ['貧困削減、教育交流、砂漠化防止・抑制の3分野'], ['S16'])],
]


def main():
    paras = {}
    for d in DOCS.values():
        paras[d] = paragraphs(os.path.join(CORPUS, d + '.md'))
    errors = []
    convs = []
    for lang, group in (('ja', JA), ('en', EN)):
        for i, turns in enumerate(group, 1):
            convs.append({'id': f'conv-{lang}-{i:02d}', 'lang': lang, 'turns': turns})
    for c in convs:
        if not 2 <= len(c['turns']) <= 5:
            errors.append(f"{c['id']}: {len(c['turns'])} turns")
        for k, t in enumerate(c['turns'], 1):
            if t.get('answerable') is False:
                continue
            texts = []
            for gid in t['gold_ids']:
                d, n = gid.rsplit('#', 1)
                n = int(n)
                if not 1 <= n <= len(paras[d]):
                    errors.append(f"{c['id']} turn {k}: no paragraph {gid}")
                    texts.append('')
                else:
                    texts.append(paras[d][n - 1])
            for g in t['gold_text']:
                if not 6 <= len(g) <= 30:
                    errors.append(f"{c['id']} turn {k}: gold_text length {len(g)}: {g}")
                if not any(g in p for p in texts):
                    errors.append(f"{c['id']} turn {k}: '{g}' not in {t['gold_ids']}")
            for gid, p in zip(t['gold_ids'], texts):
                if not any(g in p for g in t['gold_text']):
                    errors.append(f"{c['id']} turn {k}: {gid} contains no gold_text")
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        sys.exit(1)
    # folds 0-4: seeded shuffle within each language, then round-robin (balanced overall and per language)
    rng = random.Random(SEED)
    k = 0
    for lang in ('ja', 'en'):
        group = [c for c in convs if c['lang'] == lang]
        rng.shuffle(group)
        for c in group:
            c['fold'] = k % 5
            k += 1
    rng.shuffle(convs)
    with open(OUT, 'w', encoding='utf-8') as f:
        for c in convs:
            f.write(json.dumps({'id': c['id'], 'lang': c['lang'], 'fold': c['fold'], 'turns': c['turns']},
                               ensure_ascii=False) + '\n')
    turns = sum(len(c['turns']) for c in convs)
    un = sum(1 for c in convs for t in c['turns'] if t.get('answerable') is False)
    print(f"{len(convs)} conversations ({sum(c['lang']=='ja' for c in convs)} ja, {sum(c['lang']=='en' for c in convs)} en), "
          f"{turns} turns ({un} unanswerable); folds " +
          str([sum(c['fold'] == f for c in convs) for f in range(5)]) + '; turns per fold ' +
          str([sum(len(c['turns']) for c in convs if c['fold'] == f) for f in range(5)]))


if __name__ == '__main__':
    main()
