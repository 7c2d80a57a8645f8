"""Boilerplate wording of Chinese, Japanese and Korean pages.

Lines as the major news portals of each language print them; sentences as their articles write the
same words (whole-line vocabularies must leave them alone).
"""

import pytest

from .wording_cases import case_ids, junk_cases, removed_by, sentence_cases

JUNK = {
    "zh": [
        ("分享到：", "share_prompt"),
        ("关注我们", "share_prompt"),
        ("订阅我们的新闻邮件", "newsletter_promo"),
        ("感谢订阅！", "newsletter_promo"),
        ("付费阅读", "paywall_prompt"),
        ("相关新闻", "related_links"),
        ("点击排行", "related_links"),
        ("相关阅读：政府发布新的经济刺激计划", "read_more_link"),
        ("网友评论", "comments"),
        ("广告", "advertisement"),
        ("打印本页", "share_prompt"),
        ("返回顶部", "navigation"),
        ("加载中...", "navigation"),
        ("标签： 经济 政策", "tag_list"),
        ("本网站使用cookie来改善您的浏览体验。", "cookie_notice"),
        ("上一篇：国务院召开常务会议", "read_more_link"),
        ("下载客户端", "app_badge"),
        ("登录", "navigation"),
        ("责任编辑：王小明", "staff_credit"),
        ("跳转到主要内容", "navigation"),
        ("觉得有用？分享给朋友吧！", "share_appeal"),
        ("收藏本文", "share_prompt"),
        ("查看评论", "comments"),
        ("分享到微博", "share_prompt"),
        ("阅读全文", "navigation"),
        ("免费注册", "navigation"),
        ("最新新闻", "related_links"),
        ("关闭菜单", "navigation"),
        ("热门文章", "related_links"),
        ("立即订阅", "newsletter_promo"),
        ("更多新闻", "navigation"),
        ("我要评论", "comment_form"),
        ("返回列表", "navigation"),
    ],
    "ja": [
        ("シェアする", "share_prompt"),
        ("ツイート", "share_prompt"),
        ("メルマガ登録", "newsletter_promo"),
        ("ご登録ありがとうございます", "newsletter_promo"),
        ("この記事は有料会員限定です", "paywall_prompt"),
        ("続きを読むには、ログインしてください", "paywall_prompt"),
        ("関連記事", "related_links"),
        ("アクセスランキング", "related_links"),
        ("関連記事：政府が新たな経済対策を発表", "read_more_link"),
        ("コメント一覧", "comments"),
        ("広告", "advertisement"),
        ("印刷する", "share_prompt"),
        ("ページの先頭へ", "navigation"),
        ("読み込み中...", "navigation"),
        ("タグ： 経済 政治", "tag_list"),
        ("当サイトではCookieを使用しています。", "cookie_notice"),
        ("次の記事", "navigation"),
        ("アプリをダウンロード", "app_badge"),
        ("ログイン", "navigation"),
        ("編集：山田太郎", "staff_credit"),
        ("本文へスキップ", "navigation"),
        ("コメントするにはログインしてください", "comment_form"),
        ("記事を保存", "share_prompt"),
        ("コメントを見る", "comments"),
        ("Xでシェア", "share_prompt"),
        ("続きを読む", "navigation"),
        ("無料会員登録", "paywall_prompt"),
        ("最新ニュース", "related_links"),
        ("メニューを閉じる", "navigation"),
        ("アクセスランキング", "related_links"),
        ("購読する", "newsletter_promo"),
        ("ニュース一覧", "navigation"),
        ("もっと見る", "navigation"),
        ("コメントを書く", "comment_form"),
    ],
    "ko": [
        ("공유하기", "share_prompt"),
        ("기사 공유하기", "share_prompt"),
        ("뉴스레터 구독하기", "newsletter_promo"),
        ("구독해 주셔서 감사합니다", "newsletter_promo"),
        ("이 기사는 유료 회원 전용입니다", "paywall_prompt"),
        ("관련기사", "related_links"),
        ("많이 본 뉴스", "related_links"),
        ("관련기사: 정부, 새 경제대책 발표", "read_more_link"),
        ("댓글 0", "comments"),
        ("광고", "advertisement"),
        ("인쇄하기", "share_prompt"),
        ("맨 위로", "navigation"),
        ("로딩중...", "navigation"),
        ("태그: 경제, 정책", "tag_list"),
        ("이 웹사이트는 쿠키를 사용합니다.", "cookie_notice"),
        ("다음 기사", "navigation"),
        ("앱 다운로드", "app_badge"),
        ("로그인", "navigation"),
        ("홍길동 기자 hong@yna.co.kr", "staff_credit"),
        ("기사 듣기", "share_prompt"),
        ("본문 바로가기", "navigation"),
        ("댓글을 작성하려면 로그인하세요", "comment_form"),
        ("기사 저장", "share_prompt"),
        ("댓글 보기", "comments"),
        ("페이스북 공유", "share_prompt"),
        ("기사 더보기", "navigation"),
        ("무료 회원가입", "navigation"),
        ("최신 뉴스", "related_links"),
        ("메뉴 닫기", "navigation"),
        ("많이 본 뉴스", "related_links"),
        ("구독하기", "newsletter_promo"),
        ("전체 기사", "navigation"),
        ("더보기", "navigation"),
        ("댓글 쓰기", "comment_form"),
    ],
}

SENTENCES = {
    "zh": [
        "他在会议上分享了公司今年的发展计划，并回答了记者的提问。",
        "评论人士认为，这项政策将对房地产市场产生深远影响。",
        "广告收入在第三季度下降了百分之十二，公司在财报中表示。",
        "订阅用户数量在过去一年增长了三倍。",
        "下一步，政府将加大对中小企业的支持力度。",
        "这款应用在上线第一周下载量就超过了一百万次。",
        "相关部门表示，将尽快公布调查结果。",
        "记者从会议上获悉，这项政策将在明年实施。",
        "返回家乡的农民工人数今年明显增加。",
        "关注我们的不仅有本地居民，还有来自全国各地的游客，他说。",
        "标签上的生产日期被人为修改过，执法人员说。",
    ],
    "ja": [
        "関連記事によると、政府は来年度から新しい政策を実施する方針だ。",
        "広告収入は第3四半期に12%減少したと同社は発表した。",
        "コメントを求められた首相は、何も答えずに会場を後にした。",
        "ログインに必要なパスワードが流出した可能性があると同社は説明した。",
        "有料会員の数は前年に比べて3割増えたという。",
        "次の会合は来月開かれる予定だと関係者は話している。",
        "アプリのダウンロード数は初週で100万回を超えた。",
        "印刷業界では紙の価格の高騰が続いている。",
        "検索エンジンの利用者は年々増加している。",
        "シェアを拡大するため、同社は新たな製品を投入した。",
        "続きを読むには時間がかかると専門家は指摘している。",
        "ランキング形式で紹介した記事が話題になった。",
    ],
    "ko": [
        "정부는 이번 조사 결과를 관계 부처와 공유하기로 했다고 밝혔다.",
        "댓글 조작 의혹에 대한 수사가 다음 달 시작될 예정이다.",
        "광고 수입은 3분기에 12% 감소했다고 회사 측은 밝혔다.",
        "구독자 수는 지난해보다 세 배 늘었다.",
        "다음 회의는 내달 열릴 예정이라고 관계자는 전했다.",
        "이 앱은 출시 첫 주에 다운로드 100만 건을 넘어섰다.",
        "로그인 정보가 유출됐을 가능성이 있다고 회사는 설명했다.",
        "김철수 기자는 이날 현장에서 주민들을 직접 만나 이야기를 들었다.",
        "검색 엔진 이용자는 해마다 늘고 있다.",
        "관련 기사를 쓴 기자는 징계를 받았다.",
        "인쇄 업계는 종이 가격 상승으로 어려움을 겪고 있다.",
        "주요 뉴스 매체들은 이 소식을 일제히 보도했다.",
    ],
}

JUNK_CASES = junk_cases(JUNK)
SENTENCE_CASES = sentence_cases(SENTENCES)


@pytest.mark.parametrize("language, line, rule", JUNK_CASES, ids=case_ids(JUNK_CASES))
def test_real_boilerplate_line_goes_with_its_rule(language, line, rule):
    assert removed_by(line, language) == rule


@pytest.mark.parametrize("language, sentence", SENTENCE_CASES, ids=case_ids(SENTENCE_CASES))
def test_sentence_with_the_trigger_words_stays(language, sentence):
    assert removed_by(sentence, language) is None
    assert removed_by(sentence, None) is None
