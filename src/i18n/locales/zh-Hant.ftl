# Waymark — 繁體中文。每個語系檔都必須與英文檔擁有完全相同的訊息 ID
# （否則 tests/i18n.rs 會失敗）。預留位置（{ $name }）請保持原樣。

## 主要框架
app-name = Waymark
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
rescued-discard = 刪除資料
rescued-discard-confirm = 永久刪除
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
