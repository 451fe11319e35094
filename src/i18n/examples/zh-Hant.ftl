# Waymark — 範例計畫，繁體中文。一家在網路上販售永續跑鞋的零售商
# （種子文章 002）。每個語系的範例檔都必須擁有完全相同的 ID（tests/i18n.rs）。
# 只有在使用者開啟範例時才會載入；每則訊息都會成為新計畫中的文字。

ex-name = 範例：Stride & Co. 跑鞋
ex-description = Stride & Co. 在英國透過網路販售永續跑鞋。這份計畫要推出我們第一款以回收材料製成的越野跑鞋 Product X，並在今年提高回購率。

## 起點
ex-start-now = 我們每年在網路上賣出約 8,000 雙鞋，主要來自付費搜尋與回購顧客。行銷工作由一個人負責，廣告則交給一家代理商。
ex-start-goal = 成為 18 至 35 歲跑者選購永續跑鞋時的首選品牌。
ex-start-future = 4 月推出 Product X，今年賣出 12,000 雙，並有 30% 的銷售額來自回購顧客。
ex-res-people-have = 一位行銷人員、三人的客服團隊，以及創辦人。
ex-res-people-gap = 沒有人負責影片或 SEO。
ex-res-budget-have = 全年約 £40,000。
ex-res-budget-gap = 大部分已經分配給付費搜尋，留給新品上市的所剩無幾。
ex-res-time-have = 距離 4 月上市還有三個月。
ex-res-time-gap = 創辦人沒什麼時間製作內容。
ex-res-expertise-have = 電子郵件、社群媒體、顧客服務。
ex-res-expertise-gap = 影片製作、網紅合作。

## 顧客面向
ex-customer-segments = 兩個區隔：18 至 35 歲、看過評論後才在網路上購買的跑者，以及 40 歲以上、每年回購同一款鞋的忠實顧客。
ex-customer-segments-evidence = 2026 年訂單資料：58% 的首購訂單來自 18 至 35 歲顧客。
ex-customer-awareness = 在認真的跑者之間以舒適著稱；但大多數年輕跑者從沒聽過我們。
ex-customer-awareness-evidence = 1 月份針對 400 位顧客所做的問卷調查。
ex-customer-reputation = 品牌搜尋量比去年成長 12%；電子報訂閱人數持平；評論正面但數量不多。
ex-customer-reputation-evidence = Search Console 與電子郵件行銷平台。
ex-customer-competition = 三家大型運動用品零售商和許多小店；大型業者每季都大幅折扣。
ex-customer-competition-evidence = 我們自行所做的價格調查。

## 企業面向
ex-business-strategy = 我們只賣永續跑鞋，並提供免費退貨與維修服務。
ex-business-strategy-evidence = 創辦人的看法。
ex-business-positioning = 被視為重視道德、品質優良，但也被認為價格偏高。
ex-business-positioning-evidence = 顧客問卷與評論。
ex-business-partners = 與兩家製造商長期合作；目前還沒有聯盟行銷夥伴。
ex-business-partners-evidence = 供應商合約。
ex-business-identity = 網域權威值 38，高於小型店家，但低於大型零售商。
ex-business-identity-evidence = 2 月份的 SEO 工具報告。

## 外部環境
ex-external-consumers = 「週末跑者安娜」，29 歲，正在為半程馬拉松練習，習慣用手機比價；「忠實顧客拉斯」，46 歲，每年春天都買同一款鞋。
ex-external-consumers-evidence = 訪談八位顧客。
ex-external-media = 有經營付費搜尋、Instagram 與電子郵件；沒有經營 YouTube 與跑步相關 Podcast。
ex-external-media-evidence = 管道成效報告。
ex-external-affiliates = 有兩個跑步部落格非正式地連結到我們的網站；我們沒有在任何電商平台上架。
ex-external-affiliates-evidence = 推薦流量資料。
ex-external-environment = 物價上漲讓顧客消費更謹慎；針對環保宣稱的新法規上路；疫情後跑步的人變多了。
ex-external-environment-evidence = 產業報告。

## 內部環境
ex-internal-budget = 全年約 £40,000，大部分已經分配給付費搜尋。
ex-internal-budget-evidence = 2027 年度預算。
ex-internal-culture = 卓越的顧客服務：一小時內回覆，並提供免費維修。
ex-internal-culture-evidence = 客服統計數據，NPS 62。
ex-internal-expertise = 只有一位熟悉電子郵件與社群的行銷人員；沒有人負責影片或 SEO。
ex-internal-expertise-evidence = 我們的自我評估。
ex-internal-capacity = 庫存約可多支應 20% 的訂單；物流夥伴可以擴充產能；客服還需要再多一個人。
ex-internal-capacity-evidence = 倉儲與客服人力規劃。

## 直接在看板上輸入的 SWOT 卡片
ex-swot-s1 = 提供競爭對手都沒有的維修服務
ex-swot-w1 = 商品頁面上的評論很少
ex-swot-o1 = 跑步社團正在尋找永續裝備的合作夥伴
ex-swot-o2 = 越野跑正快速成長
ex-swot-t1 = 大型零售商紛紛推出自有的環保產品線

## PESTLE 因素
ex-pestle-political = 進口鞋類的貿易規定可能改變
ex-pestle-economic = 物價上漲，顧客消費緊縮
ex-pestle-social = 跑步的人越來越多，尤其是 18 至 35 歲族群
ex-pestle-technological = 消費者期待能用 AR 試穿鞋子
ex-pestle-legal = 針對廣告環保宣稱的新法規
ex-pestle-environmental = 回收材料越來越便宜

## TOWS 策略
ex-tows-so = 與跑步社團合作：會員可享一年免費維修。
ex-tows-st = 以維修服務作為新品上市的核心：比任何新推出的產品線都更環保。
ex-tows-wo = 邀請社團跑者評論 Product X，換取越野跑體驗日門票。
ex-tows-wt = 將行銷預算集中在兩個最能帶動回購的管道。

## 人物誌
ex-anna-name = 週末跑者安娜
ex-anna-segment = 在網路上購物的 18 至 35 歲跑者
ex-anna-life-stage = 29 歲，在城市裡從事第一份工作，沒有小孩
ex-anna-goals = 今年秋天跑完半程馬拉松，而且不受傷。
ex-anna-needs = 值得信賴、穿起來舒適，而且價格合理的跑鞋。
ex-anna-pains = 選擇太多；評論不知道能不能相信；退貨還要付運費。
ex-anna-places = Instagram、YouTube 訓練影片、週六的跑步社團。
ex-lars-name = 忠實顧客拉斯
ex-lars-segment = 40 歲以上的忠實顧客
ex-lars-life-stage = 46 歲，有兩個青少年子女，習慣上班前跑步
ex-lars-goals = 維持每週跑步三次。
ex-lars-needs = 他信任的同一款鞋，而且能快速送達。
ex-lars-pains = 愛用的鞋款改版或停產。
ex-lars-places = 午餐時間看 LinkedIn、電子郵件、通勤路上經過的廣告看板。

## 安娜的旅程（依階段）
ex-anna-awareness-goal = 了解認真的跑者都穿什麼鞋。
ex-anna-awareness-message = 永續跑鞋，經久耐穿。
ex-anna-awareness-when = 晚上練跑後滑手機時
ex-anna-awareness-thoughts = 「環保跑鞋真的好跑嗎？」
ex-anna-awareness-kpi = 18 至 35 歲族群的觸及人數
ex-anna-consideration-goal = 比較三款鞋。
ex-anna-consideration-why = 免費維修、真實的評論。
ex-anna-consideration-friction = 商品頁面上的評論很少。
ex-anna-consideration-kpi = 商品頁面瀏覽次數
ex-anna-decision-goal = 選定一款並確認價格。
ex-anna-decision-friction = 不確定該選哪個尺寸。
ex-anna-decision-opportunities = 提供附有合腳度檢測的尺寸指南。
ex-anna-decision-kpi = 加入購物車比率
ex-anna-purchase-goal = 順利完成購買，不要有任何麻煩。
ex-anna-purchase-kpi = 轉換率
ex-anna-retention-message = 跑了 100 公里之後，穿起來還合腳嗎？
ex-anna-retention-kpi = 回購率
ex-anna-advocacy-opportunities = 邀請她評論 Product X。
ex-anna-advocacy-kpi = 撰寫的評論數
ex-tp-anna-1 = Instagram 上的品牌廣告
ex-tp-anna-2 = YouTube 上的越野跑影片
ex-tp-anna-3 = Product X 的評論
ex-tp-anna-4 = 搜尋「越野跑鞋」
ex-tp-anna-5 = 在網站上結帳
ex-tp-anna-6 = 附上保養建議的歡迎信
ex-tp-anna-7 = 跑步社團的電子報

## 拉斯的旅程（依階段）
ex-lars-awareness-message = 您愛用的鞋款回來了，這次以回收材料製成。
ex-lars-awareness-kpi = 觸及的會員人數
ex-lars-consideration-why = 他信任這款鞋的合腳度。
ex-lars-consideration-kpi = 電子郵件點擊次數
ex-lars-decision-thoughts = 「同一款鞋，還更環保？很好。」
ex-lars-decision-kpi = 商品頁面造訪次數
ex-lars-purchase-goal = 兩分鐘內完成回購。
ex-lars-purchase-kpi = 轉換率
ex-lars-retention-kpi = 回購率
ex-tp-lars-1 = 會員專屬 SMS
ex-tp-lars-2 = 通勤路上的廣告海報
ex-tp-lars-3 = 午餐時間的 LinkedIn 貼文
ex-tp-lars-4 = 搜尋鞋款名稱

## 歸因：種子文章 004 的拉斯
ex-path-1 = Instagram 上的品牌廣告
ex-path-2 = 會員專屬 SMS
ex-path-3 = 午餐時間的 LinkedIn
ex-path-4 = 戶外廣告海報
ex-path-5 = YouTube 片頭廣告
ex-path-6 = 週日搜尋「越野跑鞋」

## SMART 目標（種子文章 002）
ex-obj-1 = 將 Product X 在英國 18 至 35 歲族群中的品牌能見度提升 20%
ex-obj-1-metric = 每月品牌搜尋次數
ex-obj-1-unit = 次
ex-obj-1-audience = 英國，18 至 35 歲族群
ex-obj-1-measured = 網站分析（品牌搜尋量）、問卷調查、社群按讚與分享數，以及刊登在雜誌與直效郵件上的促銷專屬網址
ex-obj-1-manager = 行銷團隊
ex-obj-2 = Product X 的銷量比去年同季增加 10%
ex-obj-2-metric = Product X 售出雙數
ex-obj-2-unit = 雙
ex-obj-2-audience = 英國網路商店
ex-obj-2-measured = 三個月內的銷量增幅，以及各線上戰術的轉換率，藉此找出最具成本效益的管道
ex-obj-2-manager = 庫存團隊
ex-kpi-1 = 品牌搜尋量
ex-kpi-2 = 18 至 35 歲族群的 Instagram 觸及人數
ex-kpi-3 = 每次獲客成本
ex-kpi-4 = 各戰術的轉換率
ex-kpi-5 = 顧客終身價值

## 創意構想
ex-creative-headline = Product X：以回收材料製成的越野跑鞋，享終身免費維修。
ex-creative-promotions = 與跑步社團合辦越野跑體驗日；在上市活動中設置修理咖啡館；會員購買第二雙享九折優惠。
ex-creative-tagline = 跑得更遠，浪費更少。
ex-creative-storyboard = 一位跑者奔馳在泥濘的越野步道上；回收材料鞋底的特寫；一年後，同一雙鞋經過維修，依然上路。
ex-creative-justification = 我們的維修服務是競爭對手都沒有的優勢，而跑步的年輕人也越來越多：這個構想同時回應了這兩點，足以對抗大型零售商的環保產品線。

## 互動策略
ex-audience = 英國 18 至 35 歲、在網路上購物的跑者，以及會回購的忠實顧客。
ex-audience-why = 訂單資料：58% 的首購訂單來自 18 至 35 歲族群；顧客問卷顯示他們重視永續。
ex-tactic-social = Instagram 品牌廣告，以及與創作者合作的越野跑內容。
ex-tactic-social-why = 安娜晚上都在滑 Instagram；年輕跑者大多沒聽過我們。
ex-tactic-video = 在訓練影片前播放 YouTube 片頭廣告。
ex-tactic-search = 針對品牌與鞋款名稱投放付費搜尋廣告。
ex-tactic-search-why = 搜尋會拿下最終點擊：需求成熟時，我們必須在場。
ex-tactic-email = 歡迎信與保養建議信；以會員專屬 SMS 提醒回購。
ex-tactic-club = 與跑步社團合作：舉辦越野跑體驗日並邀請撰寫評論。
ex-measure-reach = 18 至 35 歲族群的觸及人數與影片完整觀看率
ex-measure-cpa = 每次獲客成本與轉換率
ex-manage-marketing = 行銷團隊
ex-manage-agency = 廣告代理商
ex-monitor-weekly = 每週一檢視儀表板

## 行銷組合
ex-mix-product = Product X，以回收材料製成的越野跑鞋；含維修服務。
ex-mix-product-decision = 4 月推出兩種顏色；終身免費維修。
ex-mix-price = £120，高於大型零售商的環保產品線。
ex-mix-price-decision = 維持原價；說明維修服務的價值；上市期間不打折。
ex-mix-place = 我們的網路商店；跑步社團的越野跑體驗日。
ex-mix-place-decision = 只在網路販售；在社團活動中提供試穿。
ex-mix-promotion = Instagram、YouTube、搜尋、電子郵件、跑步社團。
ex-mix-promotion-decision = 上市預算先投入助攻手，再投入搜尋。

## 成效追蹤
ex-review-1 = 社團跑者詢問 Product X 是否適合腳掌較寬的人。
ex-review-1-change = 在商品頁面加入合腳度指南，並推出寬楦版本。
ex-review-2 = Instagram 廣告有觸及跑者，但點擊的人很少：訊息還沒引起共鳴。
ex-review-2-change = 測試以維修服務而非材料為主軸的創意。
