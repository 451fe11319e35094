# Waymark — 繁體中文。每個語系檔都必須與英文檔擁有完全相同的訊息 ID
# （否則 tests/i18n.rs 會失敗）。預留位置（{ $name }）請保持原樣。

## 主要框架
app-name = Waymark
sep-label = ：
sep-list = 、
sep-items = ；
app-tagline = 行銷策略，一步一步來
skip-to-content = 跳至主要內容
nav-label = 章節
nav-overview = 總覽
header-tools = 計畫工具
plan-name-label = 計畫名稱
language-label = 語言
theme-label = 主題
theme-system = 跟隨系統
theme-light = 淺色
theme-dark = 深色
language-load-failed = 無法載入這個語言。請檢查網路連線後再試一次。
undo = 復原
redo = 重做
undo-title = 復原（Ctrl+Z）
redo-title = 重做（Ctrl+Shift+Z）

## What an undo or redo changed (app/undo.rs; the page is a nav-* name)
undo-done = 已復原：{ $what }（{ $page }頁）
redo-done = 已重做：{ $what }（{ $page }頁）
undo-done-here = 已復原：{ $what }
redo-done-here = 已重做：{ $what }
undo-what-name = 計畫名稱
undo-what-description = 計畫說明
undo-what-language = 計畫語言
undo-what-start = 起點
undo-what-answer = 健檢回答
undo-what-card = SWOT 卡片
undo-what-factor = PESTLE 因素
undo-what-strategy = TOWS 策略
undo-what-persona = 人物誌
undo-what-stage = 旅程階段
undo-what-touchpoint = 接觸點
undo-what-journey = 旅程地圖內容
undo-what-path = 歸因路徑
undo-what-reading = 量測數值
undo-what-kpi = KPI
undo-what-objective = 目標
undo-what-creative = 創意構想
undo-what-tactic = 戰術
undo-what-engagement = 互動策略
undo-what-mix = 行銷組合
undo-what-review = 檢討紀錄
undo-what-plan = 計畫
footer-privacy = 您的計畫只存放在這個瀏覽器中。Waymark 不需要帳號，也不會將任何資料傳送到其他地方。

## 儲存狀態
save-status-label = 儲存狀態
save-saved = 已儲存
save-saving = 正在儲存…
save-failed = 未儲存
save-memory = 不會保留

## 歡迎畫面（尚未建立計畫）
welcome-title = 先弄清楚自己身在何處，地圖才派得上用場
welcome-lead = Waymark 帶您從企業體質健檢出發，一路走到可以實際執行的行銷計畫：障礙與機會、SMART 目標、創意構想、彼此搭配的行銷管道，以及衡量成效的方式。
welcome-name-label = 為計畫命名
welcome-name-help = 之後隨時可以更改。
welcome-name-placeholder = 例如：2027 春季新品上市
welcome-create = 建立計畫
welcome-default-name = 我的行銷計畫
welcome-private = 您寫下的所有內容都只存放在這個瀏覽器中。不需要帳號，也不會傳送任何資料。

## 總覽
overview-title = 總覽
overview-name-label = 計畫名稱
overview-description-label = 關於這份計畫
overview-description-help = 用幾句話說明：企業做什麼、服務哪些對象，以及這份計畫要達成什麼。
overview-description-placeholder = 例如：我們在網路上販售永續材質的跑鞋。這份計畫要在今年提高 25 至 40 歲顧客的回購率。
overview-details = 詳細資訊
overview-created = 建立時間
overview-updated = 最後修改時間
overview-plan-language = 計畫使用的語言
overview-plan-language-help = 撰寫這份計畫所用的語言。介面語言請在頁首設定。

## 儲存與資料安全訊息
storage-blocked = 這個瀏覽器不允許 Waymark 在此儲存資料，因此關閉此頁面後，您寫下的內容都不會保留。
storage-full = 瀏覽器的儲存空間已滿，因此最新的變更尚未儲存，但上次儲存的版本仍安然無恙。請釋出一些空間（例如刪除舊的網站資料），Waymark 會在您下次變更時再次儲存。
storage-failed = 儲存失敗：{ $detail }。上次儲存的版本仍安然無恙。
save-newer-version = 這份計畫是由較新版本的 Waymark 儲存的（格式版本 { $found }）。為避免覆寫該版本的內容，此頁面已停止儲存。請重新載入頁面以繼續。
rescued-title = 無法開啟已儲存的計畫
rescued-body = 資料已按原本儲存的樣子完整保留。請下載一份副本；較新版本的 Waymark 或許能夠開啟它。
rescued-reason = 原因：{ $reason }
rescued-download = 下載已儲存的資料
migrated-notice = 這份計畫是由舊版 Waymark 儲存的（格式版本 { $version }），現已更新為最新格式。
dismiss = 關閉

## 無法讀取已儲存文件的原因
schema-too-large = 資料超過 5 MB
schema-not-json = 不是有效的 JSON
schema-not-a-plan = 不是 Waymark 計畫
schema-newer-version = 由較新版本的 Waymark 儲存（格式版本 { $found }）
schema-invalid = 內容不符合 Waymark 計畫的格式（{ $detail }）

## 變更遭拒的原因
error-empty-name = 計畫必須有名稱。
error-too-long = 文字過長：最多 { $max } 個字元。

## 找不到頁面
not-found-title = 找不到頁面
not-found-body = 這個網址沒有任何內容。
not-found-home = 前往總覽

## 各章節導覽
nav-health = 體質健檢
nav-plans = 計畫

## 體質健檢：精靈步驟
hc-title = 體質健檢
hc-lead = 先弄清楚自己身在何處，地圖才派得上用場。能回答的先回答，為自己的強弱程度評分，並註明每個答案的依據。所有問題都不是必填，您隨時可以回來繼續。
hc-steps-label = 體質健檢步驟
hc-step-start = 起點
hc-step-customer = 顧客面向
hc-step-business = 企業面向
hc-step-external = 外部環境
hc-step-internal = 內部環境
hc-step-summary = 總結
hc-state-complete = 已完成
hc-state-partly = { $done }／{ $total }
hc-state-not-started = 尚未開始
hc-step-of = 第 { $n } 步，共 { $total } 步
hc-back = 上一步
hc-next = 下一步
hc-to-summary = 查看總結

## 體質健檢：起點（種子文章 003）
hc-start-intro = 首先要弄清楚：您現在在哪裡、想要到達哪裡，以及手上有哪些資源可以帶您到那裡？
hc-start-now = 我們現在在哪裡？
hc-start-now-help = 企業的現況：您賣什麼、賣給誰、目前的行銷怎麼運作，以及有什麼成果。
hc-start-now-placeholder = 例如：我們在英國透過網路販售跑鞋，大部分的銷售來自付費搜尋與回購顧客。
hc-start-scope = 這是哪一種策略？
hc-start-scope-annual = 全年度的整體策略
hc-start-scope-micro = 針對單一上市或活動的微觀策略
hc-start-scope-none = 尚未決定
hc-start-goal = 目標是什麼？
hc-start-goal-help = 這個策略要達成什麼？用一兩句話描述整體藍圖。
hc-start-goal-placeholder = 例如：成為年輕跑者選購永續跑鞋時的首選品牌。
hc-start-future = 具體的未來狀態是什麼？
hc-start-future-help = 與目標不同，未來狀態必須具體：賣出 X 件商品、進入新市場、推出新產品，或抵禦競爭威脅。
hc-start-future-placeholder = 例如：今年在網路上賣出 12,000 雙，其中 30% 來自回購顧客。
hc-resources = 資源與缺口
hc-resources-help = 盤點您手上有的資源。行銷經理很少能擁有想要的一切：請註明哪些地方需要額外支援。
hc-size-title = 規模與預算
hc-team-size = 企業人數
hc-team-size-help = 請把自己也算進去：建議會依企業規模調整說法。
hc-team-size-invalid = 請輸入整數人數，例如 2。
hc-budget = 本策略的行銷預算
hc-budget-help = 這份計畫可以花多少錢。參與策略的各預算情境都會與它比較。
currency = 幣別
currency-help = 整份計畫使用同一幣別：所有金額都以它顯示。
currency-none = 無（只顯示數字）
hc-resource-people = 人力
hc-resource-budget = 預算
hc-resource-time = 時間
hc-resource-expertise = 專業知識
hc-resource-have = 我們已有的
hc-resource-gap = 我們缺少的

## 體質健檢：回答問題
hc-answer-label = 您的答案
hc-example-toggle = 查看範例答案
hc-rating-legend = 您在這方面的表現有多強？
hc-rating-weak = 弱
hc-rating-strong = 強
hc-rating-dont-know = 不知道
hc-rating-clear = 清除評分
hc-evidence-kind = 這個答案的依據是什麼？
hc-evidence-none = 未註明
hc-evidence-research = 研究
hc-evidence-data = 數據
hc-evidence-opinion = 個人看法
hc-evidence-note = 依據說明
hc-evidence-note-placeholder = 一份問卷、一份報告、一個數字…

## 體質健檢：四個面向（DOMAIN.md §1）
hc-context-customer = 顧客
hc-context-business = 企業
hc-context-external = 外部
hc-context-internal = 內部
hc-intro-customer = 您的顧客是誰、他們怎麼看您，以及有誰在跟您搶顧客。
hc-intro-business = 您的策略、您與眾不同之處，以及合作夥伴和網路世界怎麼看您。
hc-intro-external = 您周遭的利害關係人：消費者、媒體與聯盟行銷夥伴，以及更大的總體環境。
hc-intro-internal = 從內部以批判的眼光檢視企業：資金、文化與技能。

hc-customer-segments-q = 哪些顧客區隔與企業有所互動？
hc-customer-segments-help = 同時考慮獲客（您爭取到的新顧客）與溝通（您持續保持聯繫的顧客）。他們是誰？
hc-customer-segments-example = 兩個區隔：18 至 35 歲、看過評論後才在網路上購買的跑者，以及 40 歲以上、每年回購同一款鞋的忠實顧客。
hc-customer-awareness-q = 他們對您的認知程度如何？對您有什麼看法？
hc-customer-awareness-help = 就您所知，他們對品牌的認知、觀感與態度。
hc-customer-awareness-example = 在認真的跑者之間以舒適著稱；但大多數年輕跑者從沒聽過我們。
hc-customer-reputation-q = 您的聲譽正在成長嗎？
hc-customer-reputation-help = 留意這些跡象：品牌搜尋量成長、社群媒體上的正面聲量、電子報訂閱人數增加。
hc-customer-reputation-example = 品牌搜尋量比去年成長 12%；電子報訂閱人數持平；評論正面但數量不多。
hc-customer-competition-q = 您所在產業的競爭有多激烈？
hc-customer-competition-help = 有多少競爭對手？他們採取哪些做法來搶占市占率、爭取您的顧客？
hc-customer-competition-example = 三家大型運動用品零售商和許多小店；大型業者每季都大幅折扣。

hc-business-strategy-q = 您的企業策略與行銷策略是什麼？
hc-business-strategy-help = 換句話說：您如何讓企業在競爭對手中脫穎而出？
hc-business-strategy-example = 我們只賣永續跑鞋，並提供免費退貨與維修服務。
hc-business-positioning-q = 顧客如何看待您的品牌定位？
hc-business-positioning-help = 評估品牌定位，能讓您從外部觀點了解顧客如何看待企業。
hc-business-positioning-example = 被視為重視道德、品質優良，但也被認為價格偏高。
hc-business-partners-q = 供應商與合作夥伴如何看待您？
hc-business-partners-help = 您是值得信賴的合作夥伴嗎？目前有哪些合作關係正在運作？
hc-business-partners-example = 與兩家製造商長期合作；目前還沒有聯盟行銷夥伴。
hc-business-identity-q = 您的組織在網路上的識別度有多強？
hc-business-identity-help = 對網路企業而言，指的是 SEO 工具所顯示的網域強度與網站權威值。
hc-business-identity-example = 網域權威值 38，高於小型店家，但低於大型零售商。

hc-external-consumers-q = 您吸引了哪些類型的消費者？
hc-external-consumers-help = 以人物誌描述各類消費者：他們是誰、需要什麼、把時間花在哪裡。
hc-external-consumers-example = 「週末跑者安娜」，29 歲，正在為半程馬拉松練習，習慣用手機比價；「忠實顧客拉斯」，46 歲，每年春天都買同一款鞋。
hc-external-media-q = 您的品牌出現在哪些媒體上，或者可以出現在哪些媒體上？
hc-external-media-help = 品牌已經觸及、或有機會與終端使用者互動的管道。
hc-external-media-example = 有經營付費搜尋、Instagram 與電子郵件；沒有經營 YouTube 與跑步相關 Podcast。
hc-external-affiliates-q = 是否有其他管道也能讓顧客買到您的產品？
hc-external-affiliates-help = 能把顧客帶到您商品面前的聯盟行銷夥伴、電商平台與合作夥伴。
hc-external-affiliates-example = 有兩個跑步部落格非正式地連結到我們的網站；我們沒有在任何電商平台上架。
hc-external-environment-q = 您周遭的環境正在發生哪些變化？
hc-external-environment-help = 可能對您有利或不利的政治、經濟、社會、科技、法律與環境變化。接下來就是 SWOT 與 PESTLE 分析。
hc-external-environment-example = 物價上漲讓顧客消費更謹慎；針對環保宣稱的新法規上路；疫情後跑步的人變多了。

hc-internal-budget-q = 您實際可用的行銷預算是多少？
hc-internal-budget-help = 財務限制：實際上能動用多少預算？您的整體策略是否在預算範圍內？
hc-internal-budget-example = 全年約 £40,000，大部分已經分配給付費搜尋。
hc-internal-culture-q = 您的企業文化最擅長什麼？
hc-internal-culture-help = 文化、價值觀與信念：例如，企業是否已在顧客服務或物流配送上建立卓越的表現？
hc-internal-culture-example = 卓越的顧客服務：一小時內回覆，並提供免費維修。
hc-internal-expertise-q = 您具備所需的行銷專業嗎？
hc-internal-expertise-help = 組織內是否有足以執行計畫的技能、人員與資源。
hc-internal-expertise-example = 只有一位熟悉電子郵件與社群的行銷人員；沒有人負責影片或 SEO。
hc-internal-capacity-q = 成功之後，您接得住嗎？
hc-internal-capacity-help = 如果計畫奏效，庫存、配送與客服跟得上嗎？帶來企業無法承接的成功，是常見的錯誤。
hc-internal-capacity-example = 庫存約可多支應 20% 的訂單；物流夥伴可以擴充產能；客服還需要再多一個人。

## 體質健檢：總結
hc-summary-intro = 您的分數、最弱的面向，以及下一步該做什麼。
hc-scores = 各面向分數
hc-score-of = { $score }／5 分
hc-score-none = 尚無分數
hc-score-answered = 已回答 { $answered }／{ $total } 題
hc-score-dont-know = { $count } 題不知道
hc-weakest = 最弱的面向
hc-weak = 偏弱
hc-weak-rule = 面向分數低於 3 分（滿分 5 分）即為偏弱。
hc-chart-title = 體質健檢雷達圖
hc-chart-alt = 四個面向分數的雷達圖，從 1（弱）到 5（強）：{ $scores }。
hc-chart-table = 以表格呈現分數
hc-col-context = 面向
hc-col-score = 分數
hc-col-answered = 已回答
hc-next-steps = 下一步
hc-next-none = 為幾個問題評分後，即可取得建議。
hc-unanswered = 尚未回答
hc-unanswered-none = 每個問題都已回答。
hc-answer-now = 回答
hc-to-swot = 將答案帶入 SWOT
hc-to-swot-help = 優勢與劣勢來自企業面向與內部環境；機會與威脅來自顧客面向與外部環境。
hc-send-strength = 加入為優勢
hc-send-weakness = 加入為劣勢
hc-send-opportunity = 加入為機會
hc-send-threat = 加入為威脅
hc-in-swot = 已加入 SWOT 的「{ $column }」
hc-no-answers-to-send = 請先寫下一些答案，才能將它們帶入 SWOT。

## SWOT 象限與 PESTLE 欄位
col-strengths = 優勢
col-weaknesses = 劣勢
col-opportunities = 機會
col-threats = 威脅
col-political = 政治
col-economic = 經濟
col-social = 社會
col-technological = 科技
col-legal = 法律
col-environmental = 環境

## 下一步（規則位於 src/domain/health_check.rs）
next-research-audience-title = 研究您的目標受眾
next-research-audience-body = 您在顧客面向的表現偏弱。請對現有顧客與潛在顧客發送問卷、打電話訪談或舉辦焦點團體：您從內部揣測他們想要什麼，通常會有偏差。
next-sharpen-positioning-title = 讓定位更鮮明
next-sharpen-positioning-body = 您在企業面向的表現偏弱。請列出每個競爭對手及其 USP 與您的差異，並了解顧客如何看待您的品牌。
next-map-environment-title = 掌握您的外部環境
next-map-environment-body = 您在外部環境的表現偏弱。請填寫 SWOT 與 PESTLE，並描述您的主要利害關係人：消費者人物誌、媒體與聯盟行銷夥伴。
next-gap-analysis-title = 進行資源差距分析
next-gap-analysis-body = 您在內部環境的表現偏弱。請盤點人力、預算、時間與專業知識，找出執行策略時需要額外支援的地方。
next-track-reputation-title = 追蹤您的聲譽
next-track-reputation-body = 每個月衡量聲譽成長的跡象：品牌搜尋量、社群聲量與電子報訂閱人數。
next-study-competitors-title = 研究您的競爭對手
next-study-competitors-body = 找出每個競爭對手、他們為了搶占市占率做了什麼，以及他們的商品與您有何不同。
next-review-partnerships-title = 檢視您的合作關係
next-review-partnerships-body = 確認供應商是否信任您，以及您提供的條件是否能讓聯盟行銷夥伴願意為您銷售。
next-budget-scenarios-title = 準備預算情境
next-budget-scenarios-body = 您的預算很吃緊。請準備好、更好、最佳三種情境，讓財務部門能核准策略真正需要的預算。
next-budget-scenarios-body-micro = 您的預算很吃緊。請準備好、更好、最佳三種情境，在決定之前先看清楚每一種花費能換到什麼。
next-involve-experts-title = 找對的人參與
next-involve-experts-body = 您缺少部分技能。請找產品行銷、內容、創意人員或代理商加入，並及早讓業務與客服團隊參與。
next-serve-success-title = 確保您接得住成功
next-serve-success-body = 在拉高需求之前，先確認庫存、配送與客服：企業無法承接的成功，反而會傷害品牌。
next-find-evidence-title = 弄清楚您不知道的事
next-find-evidence-body = 有好幾個答案是「不知道」。在以猜測為基礎往下規劃之前，請先蒐集數據或詢問顧客。
next-validate-opinions-title = 驗證您的看法
next-validate-opinions-body = 以個人看法為依據的答案，多於以研究或數據為依據的答案。請與顧客、業務和客服團隊一起檢驗重要的看法。
next-validate-opinions-body-micro = 以個人看法為依據的答案，多於以研究或數據為依據的答案。請找幾位顧客檢驗重要的看法：直接問他們。
next-involve-experts-body-micro = 缺少某些技能。自己做不來的部分，請找自由工作者或代理商協助，並預留向他們說明需求的時間。
next-serve-success-body-micro = 在擴大需求之前，先確認庫存、出貨，以及你們回覆顧客的速度：小團隊接不住的成功會傷害品牌。
next-close-gaps-title = 補足資源缺口
next-close-gaps-body = 您註明了一些資源缺口。請決定如何補足每個缺口，或在規劃時把它納入考量。
next-define-goal-title = 定義目標與未來狀態
next-define-goal-body = 在設定 SMART 目標之前，先說明策略要達成什麼，以及您追求的具體狀態。
next-to-swot-title = 進入 SWOT 分析
next-to-swot-body = 您的各個面向看起來都很穩健。請把您的發現轉化為優勢、劣勢、機會與威脅。

## 計畫
plans-title = 您的計畫
plans-lead = 所有計畫都存放在這個瀏覽器中。
plans-open = 開啟
plans-current = 目前開啟中
plans-updated = 最後修改於 { $date }
plans-new = 新增計畫
plans-example = 開啟範例計畫
plans-example-help = 一家網路鞋類零售商的完整體質健檢，會以新計畫的形式開啟。您自己的計畫不會受到影響。
plans-example-failed = 無法載入範例計畫。請檢查網路連線後再試一次。
plans-open-failed = 無法開啟這份計畫。請重新載入頁面：如果計畫已損壞，Waymark 會提供下載。
welcome-example = 或者，先看看範例計畫
error-unknown-prompt = 這個問題不存在。
error-nothing-to-send = 請先寫下答案；空白的答案無法加入 SWOT。
error-wrong-column = 這個項目不適合放在這裡。
error-already-sent = 這個答案已經在 SWOT 中了。
error-duplicate-id = 這個項目已經存在。
error-too-many = 這裡最多只能有 { $max } 個項目。

## 導覽：障礙與機會
nav-swot = SWOT
nav-pestle = PESTLE
nav-tows = 策略

## 看板（SWOT 與 PESTLE）
board-keyboard-help = 鍵盤操作：將焦點移到卡片上，按空白鍵拿起卡片，用方向鍵移動，再按一次空白鍵放下（按 Esc 鍵可放回原位）。按 Enter 鍵可編輯卡片。
board-position = { $column }，第 { $position } 張，共 { $count } 張
board-lifted = 已拿起「{ $card }」，位置：{ $place }。請用方向鍵移動；按空白鍵放下，按 Esc 鍵放回原位。
board-dropped = 已放下「{ $card }」，位置：{ $place }。
board-cancelled = 「{ $card }」已回到原位。
board-deleted = 已刪除「{ $card }」。
board-added = 已將「{ $card }」加入{ $column }。
board-edited = 已改為「{ $card }」。
board-moved = 已將「{ $card }」移到{ $column }。
board-detail-set = 「{ $card }」的{ $field }：{ $value }。
board-count = { $count ->
   *[other] { $count } 張卡片
}
board-edit = 編輯
board-edit-label = 卡片內容
board-move = 移動「{ $card }」
board-move-to = 移至…
board-move-up = 上移
board-move-down = 下移
board-details = 詳細資訊
board-delete = 刪除
board-delete-card = 刪除「{ $card }」
board-notes = 備註或依據
board-confidence = 可信度
board-confidence-none = 未註明
board-confidence-assumption = 假設
board-confidence-evidence = 有依據
board-weight = 權重
board-impact = 影響程度
board-likelihood = 可能性
board-weight-value = 權重 { $value }
board-impact-value = 影響程度 { $value }
board-likelihood-value = 可能性 { $value }
board-from-health = 來自體質健檢
board-has-notes = 有備註
col-strengths-hint = 內部 · 對您有利的因素
col-weaknesses-hint = 內部 · 拖累您的因素
col-opportunities-hint = 外部 · 您可以善用的契機
col-threats-hint = 外部 · 可能對您不利的因素
col-political-hint = 政府、政策、貿易
col-economic-hint = 物價、所得、匯率
col-social-hint = 習慣、價值觀、人口結構
col-technological-hint = 工具、平台、創新
col-legal-hint = 法律、規範、標準
col-environmental-hint = 氣候、資源、永續
col-strengths-add = 新增優勢
col-weaknesses-add = 新增劣勢
col-opportunities-add = 新增機會
col-threats-add = 新增威脅
col-political-add = 新增政治因素
col-economic-add = 新增經濟因素
col-social-add = 新增社會因素
col-technological-add = 新增科技因素
col-legal-add = 新增法律因素
col-environmental-add = 新增環境因素

## 看板旁的檢查
checks-title = 檢查
checks-none = 沒有需要檢查的項目：這個看板看起來很完整。
check-empty = 「{ $column }」還沒有任何卡片。
check-duplicate = 「{ $card }」重複出現了兩次。
check-unrated = 「{ $card }」尚未評定影響程度或可能性。
check-unused = 「{ $card }」尚未用於任何策略。
check-broken = 有一項策略失去了其中一張來源卡片：「{ $strategy }」。

## SWOT
swot-title = SWOT
swot-lead = 優勢與劣勢存在於企業內部；機會與威脅則來自外部。請為每張卡片評定 1 至 5 的權重，並註明它是否有所依據。

## PESTLE
pestle-title = PESTLE
pestle-lead = 企業周遭的各種外部力量。請為每個因素評定影響程度與可能性：矩陣會顯示哪些因素應優先納入規劃。
pestle-matrix = 影響程度與可能性
pestle-matrix-caption = 每個數字代表該因素在清單中的序號。
pestle-likelihood = 可能性
pestle-impact = 影響程度
pestle-score = 影響程度 × 可能性
pestle-factor = 因素
pestle-ranking = 依影響程度 × 可能性排序的因素
pestle-ranking-empty = 評定因素的影響程度與可能性後，即可為其排序。
pestle-chart-alt = { $count } 個因素的影響程度與可能性矩陣；分數最高的是「{ $top }」，為 { $score }／25 分。
pestle-chart-empty = 影響程度與可能性矩陣；尚未評定任何因素。

## TOWS 策略
tows-title = 策略（TOWS）
tows-lead = 將您的發現兩兩配對：善用優勢來把握機會、抵禦威脅，並設法克服劣勢。每項策略都會保留與其兩張卡片的連結。
tows-new = 新策略
tows-internal = 一項優勢或劣勢
tows-external = 一項機會或威脅
tows-pick = 選擇卡片…
tows-strategy-label = 策略內容
tows-strategy-placeholder = 您打算怎麼做？
tows-add = 新增策略
tows-so = 優勢 × 機會（SO）
tows-st = 優勢 × 威脅（ST）
tows-wo = 劣勢 × 機會（WO）
tows-wt = 劣勢 × 威脅（WT）
tows-so-hint = 善用優勢，把握機會。
tows-st-hint = 善用優勢，抵禦威脅。
tows-wo-hint = 把握機會，克服劣勢。
tows-wt-hint = 減少劣勢，避開威脅。
tows-none = 尚無策略。
tows-broken = 需要重新檢視的策略
tows-broken-hint = 有來源卡片已被刪除，或已移到其他象限。使用「復原」可以找回已刪除的卡片。
tows-source-removed = 已刪除的卡片：「{ $card }」
tows-source-missing = 已不存在的卡片
tows-delete = 刪除策略
error-empty-text = 請先輸入內容。
error-out-of-range = 請選擇 { $min } 至 { $max } 之間的數值。
error-unknown-item = 這個項目已不存在。

## 導覽：顧客
nav-personas = 人物誌
nav-journey = 旅程
nav-team = 陣容表
nav-attribution = 歸因

## 人物誌
personas-title = 人物誌
personas-lead = 這些旅程是為誰而設計的？請描述您吸引的各類顧客：他們想要什麼、有什麼困擾，以及把時間花在哪裡。
personas-add = 新增人物誌
personas-add-placeholder = 例如：週末跑者安娜
personas-add-button = 新增
personas-duplicate = 複製
personas-delete = 刪除
personas-delete-named = 刪除「{ $name }」
personas-copy-name = { $name }（副本）
persona-name = 名稱
persona-name-placeholder = 一個讓人立刻聯想到這類顧客的名字
persona-segment = 顧客區隔
persona-segment-placeholder = 例如：在網路上購物的 18 至 35 歲跑者
persona-life-stage = 人生階段
persona-life-stage-placeholder = 例如：剛踏入職場，沒有小孩
persona-goals = 目標
persona-goals-placeholder = 他們想要達成什麼？
persona-needs = 需求
persona-needs-placeholder = 他們需要像您這樣的品牌提供什麼？
persona-pains = 痛點
persona-pains-placeholder = 有什麼事情困擾或阻礙了他們？
persona-media = 偏好的媒體形式
persona-places = 常出沒的地方
persona-places-placeholder = 應用程式、網站、商店、場所
media-text = 文字
media-images = 圖片
media-audio = 音訊
media-video = 影片

## 旅程地圖
journey-title = 購買旅程
journey-lead = 依人物誌描繪從初次接觸品牌到再次購買的各個階段：他們想要什麼、聽到什麼、在哪裡及何時接觸到您、為什麼選擇您，以及他們有什麼想法與感受。
journey-no-personas = 請先新增人物誌：每段旅程都屬於某個人。
journey-to-personas = 前往人物誌
journey-no-stages = 請選擇旅程要經過的階段。之後您可以重新命名、新增、移除階段，或調整其順序。
journey-template-default = 購買旅程：從認知到推薦（6 個階段）
journey-template-race = RACE：觸及、互動、轉換、參與（4 個階段）
journey-persona = 人物誌
journey-help = 每個欄位都會在您輸入時自動儲存。接觸點可以拖曳到其他階段，也可以透過其選單移動。
journey-map-label = 旅程地圖
journey-stage = 階段
journey-stage-name = 第 { $n } 階段名稱
journey-stage-added = 已新增階段「{ $stage }」。
journey-stage-moved = 已將「{ $stage }」移至第 { $position } 個，共 { $count } 個。
journey-stage-deleted = 已刪除階段「{ $stage }」。
journey-stage-left = 將「{ $stage }」往前移
journey-stage-right = 將「{ $stage }」往後移
journey-stage-delete = 刪除「{ $stage }」階段
journey-add-stage = 新增階段
journey-new-stage = 新階段
journey-add-touchpoint = 新增接觸點…
journey-tp-label = { $channel }：{ $ownership }，{ $role }
journey-tp-added = 已將「{ $channel }」加入「{ $stage }」。
journey-tp-moved = 已將「{ $channel }」移至「{ $stage }」。
journey-tp-moved-in = 已將「{ $channel }」移至第 { $position } 個，共 { $count } 個。
journey-tp-deleted = 已從「{ $stage }」刪除「{ $channel }」。
journey-tp-updated = 已更新「{ $channel }」：{ $ownership }，{ $role }。
journey-tp-channel = 管道
journey-tp-custom = 管道名稱
journey-tp-ownership = 付費、自有或贏得
journey-tp-role = 角色
journey-tp-note = 在這裡會發生什麼
journey-ownership-help = 付費：您購買的廣告。自有：您的網站、店面、貼文、電子郵件。贏得：評論、分享、媒體報導。
journey-role-help = 助攻手：讓人認識您。得分手：把興趣轉為購買。
journey-showing = 顯示「{ $stage }」，第 { $position } 個階段，共 { $count } 個。
journey-emotion = 情緒曲線
journey-emotion-alt = 折線圖，呈現 { $count } 個人物誌在 { $stages } 個階段中的感受，從非常負面（−2）到非常正面（+2）。下方表格列出各項數值。
journey-mix = 管道組合：{ $persona }
journey-mix-alt = 堆疊長條圖，呈現{ $persona }在各階段的接觸點，並分為付費、自有與贏得。下方表格列出各項數字。
chart-as-table = 以表格呈現數字
journey-coverage = 涵蓋情形
journey-coverage-none = 每個階段都已涵蓋。
stage-awareness = 認知
stage-consideration = 考慮
stage-decision = 決策
stage-purchase = 購買
stage-retention = 留存
stage-advocacy = 推薦
stage-reach = 觸及
stage-act = 互動
stage-convert = 轉換
stage-engage = 參與
lane-goal = 目標
lane-message = 我們的訊息
lane-where = 接觸點
lane-when = 時機
lane-why = 為什麼選擇我們
lane-thoughts = 想法
lane-emotion = 情緒
lane-friction = 摩擦點
lane-opportunities = 機會
lane-kpi = KPI
emotion-very-negative = −2 非常負面
emotion-negative = −1 負面
emotion-neutral = 0 中立
emotion-positive = +1 正面
emotion-very-positive = +2 非常正面
channel-search = 搜尋
channel-social = 社群媒體
channel-email = 電子郵件
channel-sms = 簡訊
channel-display = 多媒體廣告
channel-online-video = 線上影音
channel-website = 網站
channel-app = 應用程式
channel-review-sites = 評論網站
channel-affiliates = 聯盟行銷
channel-outdoor = 戶外廣告
channel-tv = 電視
channel-radio = 廣播
channel-print = 平面媒體
channel-shop = 實體門市
channel-phone = 電話
channel-customer-service = 客服
channel-custom = 其他…
ownership-paid = 付費
ownership-owned = 自有
ownership-earned = 贏得
role-discoverer = 助攻手
role-goal-scorer = 得分手
role-both = 助攻手兼得分手
role-discoverer-short = 助
role-goal-scorer-short = 得
role-both-short = 助+得
coverage-absent = { $persona }在「{ $stage }」沒有任何接觸點：企業在這個階段缺席了。
coverage-no-kpi = { $persona }在「{ $stage }」：沒有任何 KPI 說明如何衡量成效。
coverage-no-discoverer = { $persona }在「{ $stage }」：只有得分手上場，沒有管道負責創造需求。
coverage-medium = { $persona }偏好{ $medium }，但沒有任何接觸點使用這種媒體形式。
coverage-ends-at-purchase = { $persona }的旅程止於購買：沒有任何安排讓對方再次回購。

## 陣容表
team-title = 陣容表
team-table = 各管道在各階段的角色
team-lead = 付費、自有與贏得管道是同一支球隊：助攻手創造需求，得分手收割需求。這張表呈現在每個人物誌的旅程中，各管道分別在哪裡上場。
team-channel = 管道
team-none = 未使用
team-empty = 在旅程中新增接觸點，即可查看陣容。

## 歸因
attribution-title = 歸因
attribution-lead = 在最後一次點擊之前，往往已經有許多接觸點。請列出一條轉換前的範例路徑，看看在五種模型下，各管道分別獲得多少功勞。
attribution-path = 通往轉換的路徑
attribution-path-help = 從第一個接觸點依序排到最後一個，最後一個接觸點會獲得最終點擊。
attribution-add-step = 新增接觸點
attribution-step-label = 發生了什麼
attribution-days = 轉換前天數
attribution-earlier = 將「{ $step }」往前移
attribution-later = 將「{ $step }」往後移
attribution-delete = 刪除「{ $step }」
attribution-value = 轉換價值
attribution-value-help = 這次轉換的價值，例如 120 或 120.50。
attribution-value-invalid = 請輸入金額，例如 120 或 120.50。
amount-invalid = 請輸入金額，例如 40000 或 40,000。
with-currency = { $label }（{ $currency }）
attribution-results = 各管道獲得的功勞
attribution-empty = 在路徑中新增接觸點，即可查看功勞分配。
attribution-total = 總計
attribution-alt = 群組長條圖，呈現 { $count } 個管道在五種歸因模型下獲得的功勞；每種模型分配的總額皆為 { $value }。下方表格列出各項數字。
model-last-click = 最終點擊
model-first-click = 首次點擊
model-linear = 線性
model-position-based = 根據位置
model-time-decay = 時間衰減
model-last-click-about = 功勞全歸最後一個接觸點：由得分手拿走所有功勞。
model-first-click-about = 功勞全歸第一個接觸點：由助攻手拿走所有功勞。
model-linear-about = 每個接觸點分得相同的比例。
model-position-based-about = 第一個與最後一個接觸點各得 40%，其餘 20% 由中間的接觸點平分。
model-time-decay-about = 越接近轉換的接觸點分得越多：接觸點每比轉換早七天，權重就減半。
error-not-empty = 只有在清單為空時才能執行這項操作。

## 導覽：群組與計畫
nav-diagnose = 現況分析
nav-customers = 顧客
nav-planning = 行銷計畫
nav-objectives = 目標
nav-creative = 創意構想
nav-engagement = 互動策略
nav-mix = 行銷組合
nav-monitor = 成效追蹤
nav-report = 報告

## 連結至發現
links-title = 回應以下發現
links-none = 尚未連結任何發現。
links-add = 連結一項發現…
links-add-label = 連結發現
links-remove = 取消連結「{ $link }」

## SMART 目標
objectives-title = SMART 目標
objectives-lead = 將您的發現轉化為目標：具體、可衡量、可達成、切合實際且有時限。請說明每個目標如何衡量、多久追蹤一次，以及由誰負責。
objectives-add = 新增目標
objectives-add-placeholder = 例如：提升 Product X 的品牌能見度
objective-statement = 目標
objective-statement-placeholder = 會有什麼改變？
objective-metric = 指標
objective-metric-placeholder = 要計算什麼，例如每月品牌搜尋次數
objective-unit = 單位
objective-unit-placeholder = %、£、次…
objective-baseline = 基準值
objective-target = 目標值
objective-start = 開始日期
objective-deadline = 截止日期
objective-audience = 市場與受眾
objective-audience-placeholder = 例如：英國，18 至 35 歲族群
objective-measured = 衡量方式
objective-measured-placeholder = 例如：網站分析、問卷調查、促銷專屬網址
objective-monitored = 追蹤頻率
objective-manager = 負責人
objective-manager-placeholder = 例如：行銷團隊
objective-tactics = 支援此目標的戰術
objective-delete = 刪除目標
frequency-daily = 每天
frequency-weekly = 每週
frequency-monthly = 每月
frequency-quarterly = 每季
smart-title = SMART 檢查
smart-S = 具體
smart-M = 可衡量
smart-A = 可達成
smart-R = 切合實際
smart-T = 有時限
smart-S-met = 說明了會有什麼改變，以及對象是誰。
smart-M-met = 有指標、目標數字與衡量方式。
smart-A-met = 從已知的基準值出發，而且有負責人。
smart-R-met = 達成目標的進度看起來可行。
smart-T-met = 有截止日期與追蹤頻率。
smart-no-statement = 請說明會有什麼改變。
smart-no-audience = 請說明針對哪個市場或受眾。
smart-no-metric = 請指出要計算的指標。
smart-no-number = 沒有目標數字：目前還無法衡量。
smart-no-measure = 請說明衡量方式。
smart-no-baseline = 請說明起點（基準值）。
smart-no-manager = 請說明由誰負責。
smart-no-path = 需要基準值、目標值、開始日期與截止日期，才能判斷進度是否合理。
smart-too-fast = 在這段時間內，目標值遠高於基準值。這真的切合實際嗎？
smart-no-deadline = 沒有截止日期：目前還沒有時限。
smart-deadline-before-start = 截止日期早於開始日期。
smart-no-frequency = 請說明多久追蹤一次。

## KPI
kpi-title = KPI
kpi-name = KPI
kpi-level = 層級
kpi-level-specialist = 專員層級（管道）
kpi-level-manager = 經理層級（活動與漏斗）
kpi-level-management = 管理階層（成長、獲利、顧客終身價值、市占率）
kpi-no-channel = 未指定管道
kpi-add = 新增 KPI
kpi-add-placeholder = 輸入 KPI 後按 Enter 鍵
kpi-delete = 刪除 KPI「{ $kpi }」
kpi-loose = 未歸屬任何目標的 KPI
kpi-checks = KPI 檢查
kpi-checks-none = 每個目標都有一至五個 KPI，每個層級也都有 KPI。
kpi-check-none = 「{ $objective }」還沒有任何 KPI。
kpi-check-overload = 「{ $objective }」的 KPI 超過五個：只衡量有助於決策的指標，而不是什麼都衡量。
kpi-check-no-specialist = 專員層級還沒有 KPI：負責管道的人需要自己的指標，例如點擊率或開信率。
kpi-check-no-manager = 經理層級還沒有 KPI：為活動與漏斗加上一個，例如潛在客戶數或每筆銷售成本。
kpi-check-no-management = 管理階層還沒有 KPI：加上一個用來經營事業的指標，例如成長、獲利或顧客終身價值。

## 創意構想
creative-title = 創意構想
creative-lead = 您打算做什麼、如何達成目標，以及為什麼能在競爭對手中脫穎而出。
creative-headline = 主打方案
creative-headline-help = 用一句話說明您主要提供的是什麼。
creative-promotions = 配套促銷
creative-promotions-help = 支撐主打方案的優惠、活動與內容。
creative-tagline = 標語
creative-tagline-help = 一句讓人記得住的簡短話語。
creative-storyboard = 視覺或分鏡腳本
creative-storyboard-help = 人們會看到、聽到什麼，逐一描述每個場景。
creative-justification = 為什麼會奏效
creative-justification-help = 體質健檢與 SWOT 中的哪些發現讓它脫穎而出。

## 行銷組合
mix-title = 行銷組合
mix-lead = 4P 依然適用，只是定義要延伸到現今的商業模式：「免費」的應用程式，其實是由某人買單。
mix-product = 產品
mix-product-help = 您賣的是什麼，以及它解決了什麼問題。
mix-price = 價格
mix-price-help = 它的價格是多少，以及由誰付費。
mix-place = 通路
mix-place-help = 人們在哪裡、透過什麼方式購買。
mix-promotion = 推廣
mix-promotion-help = 人們如何得知它。
mix-notes = 備註
mix-decisions = 已做出的決定

## 互動策略
engagement-title = 互動策略
engagement-lead = 這份計畫的對象是誰，以及每個管道各自負責什麼。付費、自有與贏得管道是同一支球隊：助攻手創造需求，得分手收割需求。
engagement-audience = 目標受眾
engagement-audience-help = 您想觸及的對象。
engagement-justification = 為什麼選擇這群受眾
engagement-justification-help = 有哪些研究支持這個選擇。
engagement-tactics = 各管道的戰術
engagement-add = 新增戰術
engagement-add-prompt = 選擇管道…
tactic-plan = 我們要做什麼
tactic-justification = 為什麼選擇這個管道
tactic-measure = 衡量方式
tactic-monitor = 追蹤方式
tactic-manage = 負責人
tactic-budget = 預算
tactic-objectives = 支援的目標
tactic-delete = 刪除戰術「{ $tactic }」
scenario-good = 好
scenario-better = 更好
scenario-best = 最佳
budget-title = 預算
budget-help = 準備三種情境，讓財務部門能核准策略真正需要的預算。
budget-over = { $scenario }：{ $total } 超出健康檢查中的預算 { $budget }。
budget-empty = 新增戰術後，即可查看預算。
budget-by-channel = 各情境下依管道分列
budget-by-ownership = 各情境下的付費、自有與贏得管道
budget-scenario = 情境
budget-channel-alt = 群組長條圖，呈現 { $count } 個管道在好、更好、最佳三種情境下的預算。上方表格列出各項金額。
budget-ownership-alt = 堆疊長條圖，呈現各情境下付費、自有與贏得管道的預算。

## 衡量、追蹤、管理
monitor-title = 成效追蹤
monitor-lead = 記錄每個目標指標的實際數值，並與從基準值到目標值的直線比較。接著完成回饋循環：您學到了什麼？要做哪些調整？
monitor-no-objectives = 請先新增目標：目前還沒有可以追蹤的項目。
monitor-path = 通往目標的路徑
monitor-actual = 實際數值
monitor-chart-alt = 折線圖，呈現 { $count } 筆紀錄與通往目標的直線對照。狀態：{ $status }。
monitor-table-caption = { $metric }：實際數值與通往目標的路徑對照
monitor-no-path = 為目標設定基準值、目標值、開始日期與截止日期，即可查看其路徑。
monitor-readings = { $metric }的紀錄
monitor-date = 日期
monitor-value = 數值
monitor-add-reading = 新增紀錄
monitor-delete-reading = 刪除 { $date } 的紀錄
status-unknown = 無狀態
status-no-readings = 尚無紀錄
status-achieved = 已達成
status-missed = 未達成
status-on-track = 進度正常
status-at-risk = 有風險
status-off-track = 進度落後
status-unknown-rule = 需要基準值、目標值、開始日期與截止日期，才能判斷狀態。
status-no-readings-rule = 記錄一筆數值，即可查看狀態。
status-achieved-rule = 最新一筆紀錄已達到目標值。
status-missed-rule = 截止日期已過，仍未達到目標值。
status-on-track-rule = 最新一筆紀錄已達到直線預期至今進度的 { $ratio }%（達 { $on }% 即為進度正常）。
status-at-risk-rule = 最新一筆紀錄已達到直線預期至今進度的 { $ratio }%（達 { $risk }% 為有風險，達 { $on }% 為進度正常）。
status-off-track-rule = 最新一筆紀錄僅達到直線預期至今進度的 { $ratio }%（低於 { $risk }% 即為進度落後）。
status-backwards-rule = 最新量測比基準值離目標更遠：不進反退（低於預期進度的 { $risk }% 即為偏離軌道）。
reviews-title = 檢討紀錄
reviews-help = 來自業務、客服與數據的回饋會回流到計畫中。問題屬於戰術層面（創意不夠好），還是系統層面（受眾並不在您以為的地方）？
reviews-add = 新增檢討
reviews-source = 來源
reviews-scope = 問題類型
reviews-learned = 我們學到了什麼
reviews-change = 我們要改變什麼
reviews-delete = 刪除檢討
source-sales = 業務
source-service = 客服
source-data = 數據
source-customers = 顧客
source-team = 團隊
scope-tactical = 戰術層面
scope-systemic = 系統層面

## 計畫、報告與資料安全

save-waiting = 等待您的選擇
conflict-title = 這份計畫也在另一個分頁中被修改了
conflict-body = 兩個分頁修改了計畫的同一部分。請選擇要保留哪個版本。另一個版本會保留為副本，留在計畫清單中，直到您刪除為止。
conflict-keep-mine = 保留這個分頁的版本
conflict-use-theirs = 使用另一個分頁的版本
chart-download = 下載：
chart-download-svg = 將「{ $chart }」下載為 SVG
chart-download-png = 將「{ $chart }」下載為 PNG（兩倍尺寸）
save = 儲存
cancel = 取消
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
plans-rename = 重新命名
plans-rename-label = 新名稱
plans-duplicate = 複製
plans-copy-name = { $name }（副本）
plans-download = 下載
plans-delete = 刪除
plans-deleted = 已刪除「{ $name }」。
plans-delete-failed = 無法刪除這份計畫。未做任何變更。
plans-undo-failed = 無法找回這份計畫。請重新載入頁面，再到清單中尋找。
usage-title = 這個瀏覽器的儲存空間
usage-body = 瀏覽器提供給單一網站的空間約為 { $limit }，其中您的計畫占用 { $used }，計畫的快照與副本占用 { $copies }。
usage-meter = 已使用的儲存空間
usage-nearly-full = 儲存空間即將用完。在空間耗盡之前，請下載想保留的計畫、刪除不再需要的計畫，或下載並刪除舊的快照。空間不足時，Waymark 會優先捨棄舊的快照。
usage-estimate = 這個瀏覽器總共允許此網站儲存最多 { $quota }，但計畫存放在本機儲存空間中，受限於上方較小的容量上限。
snapshots-title = 「{ $name }」的快照
snapshots-help = Waymark 會保留目前開啟之計畫的先前版本：在您開始工作階段時，以及工作期間每十分鐘一次。空間不足時，最舊的快照會先被移除。還原快照時，目前的版本也會保留為快照。
snapshots-none = 尚無快照。您下次變更時，就會建立第一個快照。
snapshots-restore = 還原
snapshots-failed = 無法讀取這個快照，或無法先保留目前的版本。沒有任何變更。
snapshot-why-session = 工作階段開始時
snapshot-why-interval = 工作期間
snapshot-why-other-tab = 來自另一個分頁
snapshot-why-before-restore = 還原之前
share-title = 以連結分享
share-help = 連結在「#」之後包含經過壓縮的完整計畫：這部分絕不會傳送到任何伺服器。開啟連結的人可以在自己的瀏覽器中，將它匯入為新計畫。
share-make = 建立分享連結
share-link-label = 分享連結
share-copy = 複製
share-copied = 已複製。
share-too-large = 這份計畫太大，無法放進連結。請改為下載計畫並傳送檔案。
share-failed = 這個瀏覽器無法建立連結。請改為下載計畫並傳送檔案。
share-damaged = 這個連結已損壞或不完整。請向對方重新索取連結或檔案。
share-empty = 這個連結中沒有任何計畫。
share-page-title = 分享的計畫
share-page-lead = 有人透過這個連結與您分享了一份計畫。在您匯入之前，不會儲存任何內容；匯入後它會成為一份新計畫，您自己的計畫不會受到影響。
share-reading = 正在讀取連結中的計畫…
import-title = 匯入計畫
import-help = 請選擇 Waymark 計畫檔案（.json），或將檔案拖放到這裡。檔案會先經過檢查並顯示內容，之後才會做任何變更，而且一律會匯入為新計畫。
import-choose = 選擇檔案…
import-preview-title = 這個檔案包含
import-confirm = 匯入為新計畫
import-failed = 這個檔案未匯入，也沒有任何變更：{ $reason }。
import-too-large = 檔案大小為 { $size }，但只能匯入 5 MB 以內的檔案
import-unreadable = 無法讀取這個檔案。它是文字檔嗎？
import-save-failed = 無法儲存計畫：瀏覽器的儲存空間已滿。請釋出一些空間（請參閱「這個瀏覽器的儲存空間」）後再試一次。
import-migrated = 這個檔案是由舊版 Waymark 儲存的（格式版本 { $version }），匯入時會更新為最新格式。
import-count-answers =
    { $count ->
       *[other] { $count } 個體質健檢答案
    }
import-count-swot =
    { $count ->
       *[other] { $count } 張 SWOT 卡片
    }
import-count-pestle =
    { $count ->
       *[other] { $count } 張 PESTLE 卡片
    }
import-count-strategies =
    { $count ->
       *[other] { $count } 項 TOWS 策略
    }
import-count-personas =
    { $count ->
       *[other] { $count } 個人物誌
    }
import-count-stages =
    { $count ->
       *[other] { $count } 個旅程階段
    }
import-count-touchpoints =
    { $count ->
       *[other] { $count } 個接觸點
    }
import-count-objectives =
    { $count ->
       *[other] { $count } 個目標
    }
import-count-kpis =
    { $count ->
       *[other] { $count } 個 KPI
    }
import-count-readings =
    { $count ->
       *[other] { $count } 筆紀錄
    }
import-count-tactics =
    { $count ->
       *[other] { $count } 項戰術
    }
import-count-reviews =
    { $count ->
       *[other] { $count } 筆檢討
    }

## 報告頁面
report-intro = 將整份計畫彙整成一份文件。您可以列印，或儲存為 PDF 轉交他人；沒有內容的部分會略過不列。
report-print = 列印或儲存為 PDF
report-kicker = 行銷計畫
report-date = 報告日期
report-contents = 目錄
report-empty = 目前尚未填寫任何內容：計畫的各個部分一有內容，就會出現在這裡。
report-missing = 尚未填寫：
report-none = 尚未記下任何內容。
report-weakest = { $count ->
   *[other] 最弱的面向：{ $areas }
}
report-barriers = 障礙與機會
report-objectives = 目標與成效追蹤
report-smart-met = 符合全部五項 SMART 標準。
report-latest = 最新紀錄：{ $value }（{ $date }）
report-creative = 創意構想與行銷組合
report-journey-of = { $persona }的旅程
crash-title = Waymark 因發生錯誤而停止運作
crash-body = 您上次儲存的計畫仍安全地保存在這個瀏覽器中。保險起見，請先下載一份副本，再重新載入頁面。如果問題再次發生，請將檔案連同您當時的操作，傳送給提供您 Waymark 的人。
crash-download = 下載您的計畫
crash-reload = 重新載入頁面
export-title = 匯出
export-json = 下載計畫（JSON）
export-markdown = 報告（Markdown）
export-csv-swot = SWOT（CSV）
export-csv-pestle = PESTLE（CSV）
export-csv-touchpoints = 接觸點（CSV）
export-csv-kpis = KPI（CSV）

# Labels inside the exported report and CSV lists (src/domain/export.rs).
export-date = 匯出日期
export-weak-answers = 評分偏弱的回答
export-progress = 相對計畫的進度
export-latest-reading = 最新紀錄
export-col-id = ID
export-col-quadrant = 象限
export-empty = 這份計畫目前還沒有任何內容。
export-deleted = 已刪除的卡片

reminder-title = 保留這份計畫的副本
reminder-body = 這份計畫有些變更不在您下載過的任何檔案中，其中有些已超過一週。瀏覽器可能會清除網站的資料；下載的檔案才是由您自己保存的副本。
reminder-download = 立即下載計畫
reminder-later = 稍後再說

## Offline and updates
update-ready = Waymark 的新版本已準備就緒。
update-reload = 重新載入
update-reloading = 計畫儲存後將重新載入…
update-after-save = 您的變更儲存後即可重新載入（請見上方訊息）。
update-loses-changes = 這個瀏覽器不會保留您在此寫下的任何內容，重新載入就會遺失：請先下載您的計畫。

## 簡報模式
present-button = 簡報
present-button-title = 以全螢幕投影片向與會者展示這個部分
present-capture = 即時記錄想法
present-nav = 投影片
present-previous = 上一張
present-next = 下一張
present-slide-count = 第 { $n } 張，共 { $count } 張
present-slide-announce = 第 { $n } 張，共 { $count } 張：{ $title }
present-objective-of = 目標 { $n }／{ $count }
present-exit = 結束簡報
present-fullscreen = 全螢幕
present-fullscreen-exit = 離開全螢幕
present-keys-move = 上一張、下一張
present-keys-ends = 第一張、最後一張
present-keys-leave = 結束
present-key-left = ←
present-key-right = →
present-key-pgup = PgUp
present-key-pgdn = PgDn
present-key-space = 空白鍵
present-key-home = Home
present-key-end = End
present-key-esc = Esc
present-timer = 工作坊計時器
present-timer-minutes = 分鐘
present-timer-start = 開始
present-timer-pause = 暫停
present-timer-resume = 繼續
present-timer-reset = 重設
present-timer-left = 剩餘時間：{ $time }
present-timer-paused = 已暫停
present-timer-done = 時間到
present-timer-for = 用於
present-timer-for-any = 整張投影片
present-timer-started = 計時開始：{ $minutes } 分鐘。
present-timer-started-for = 計時開始：「{ $exercise }」{ $minutes } 分鐘。
present-timer-paused-at = 計時暫停於 { $time }。
present-timer-resumed = 計時繼續。
present-timer-was-reset = 計時已重設。
present-zoom = 聚焦這張卡片
present-zoom-card = 聚焦「{ $card }」
present-zoom-close = 關閉

## Kept copies (storage/kept.rs): what the app kept instead of losing it
kept-see-list = 查看保留的副本
kept-settings-notice = 無法讀取您的設定。設定已另外保留在計畫清單中，目前暫時使用預設設定。您的計畫不受影響。
kept-unreadable-notice = { $count ->
   *[other] 有 { $count } 筆已儲存的資料無法讀取。
}這些資料已原封不動地保留在計畫清單中，您可以在那裡下載。
kept-copy-notice = 您沒有選擇的版本已保留為副本。它會留在計畫清單的「保留的副本」中，直到您刪除為止。
kept-title = 保留的副本
kept-help = Waymark 為您保留、以免遺失的版本與已儲存資料。在您刪除之前，它們都會留在這裡。
kept-settings-name = 無法讀取的設定
kept-unreadable-name = 無法讀取的計畫
kept-why-unreadable = 無法讀取
kept-why-other-tab = 兩個分頁之間未被選擇的版本
kept-why-settings = 無法讀取的設定
kept-when = 保留於 { $date }
kept-open = 以計畫開啟
kept-download = 下載
kept-delete = 刪除
kept-delete-confirm = 永久刪除
kept-failed = 操作失敗。副本保持不變。
usage-kept = 保留的副本占用 { $kept }，在您刪除之前都會保留。

## The deployment's config (embed/config.rs): problems whoever deployed Waymark should fix
config-insecure-origin = 此 Waymark 設定為與未加密（http://）的網頁交換計畫：{ $origins }。同一網路上的任何人都可能冒充這些網頁。負責設定 Waymark 的人應在 waymark.config.json 中改列這些網頁的 https:// 位址。

## Sections that load when first opened (pages/lazy.rs)
lazy-loading = 正在載入此部分…
lazy-failed = 無法載入此部分。請檢查網路連線，然後重新載入頁面：您的計畫已儲存。
lazy-reload = 重新載入
reader-failed = Waymark 有部分內容無法載入，因此暫時無法開啟或建立計畫。請檢查網路連線，然後重新載入頁面：已儲存的內容都沒有變動。

## A choice that acts only when confirmed (ui/choose.rs): the button beside the list
choose-move = 移動
journey-add-touchpoint-to = 在「{ $stage }」新增接觸點
choose-add = 新增

## The overview's progress and "Continue" (issue 14)
progress-title = 您的方法進度
progress-not-started = 尚未開始
progress-partly = 進行中：{ $done } / { $total }
progress-done = 完成
progress-continue = 繼續：{ $section }
progress-finished = 所有步驟都已完成：您的計畫可以閱讀、列印或寄出。
progress-open-report = 開啟報告
progress-goal-health = 已回答起點與四個情境
progress-goal-swot = 每個象限都有一張卡片
progress-goal-pestle = 每個因素都有一張卡片
progress-goal-tows = 至少一個策略
progress-goal-personas = 至少一個人物誌
progress-goal-journeys = 每個人物誌的旅程都有接觸點
progress-goal-objectives = 通過 SMART 檢查的目標，且各有一個 KPI
progress-goal-creative = 創意構想的每個部分
progress-goal-mix = 4P 各有一項決定
progress-goal-engagement = 戰術與預算
progress-goal-attribution = 選填：銷售功勞如何分配
progress-goal-reviews = 每個目標都有一筆量測
continue-to = 繼續前往：{ $section }
