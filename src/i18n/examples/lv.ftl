# Waymark — plāna piemērs, latviešu valodā. Tiešsaistes ilgtspējīgu skriešanas apavu mazumtirgotājs
# (avots 002). Katras lokalizācijas piemēra failā ir tieši šie identifikatori (tests/i18n.rs).
# Tiek ielādēts tikai tad, kad lietotājs atver piemēru; katrs ziņojums kļūst par tekstu jaunā plānā.

ex-name = Piemērs: Stride & Co. skriešanas apavi
ex-description = Stride & Co. tiešsaistē pārdod ilgtspējīgus skriešanas apavus Apvienotajā Karalistē. Šogad šim plānam jāpalīdz laist tirgū Product X — mūsu pirmos taku skriešanas apavus no pārstrādātiem materiāliem — un palielināt atkārtoto pirkumu skaitu.

## Sākumpunkts
ex-start-now = Tiešsaistē pārdodam aptuveni 8000 pāru gadā, galvenokārt ar maksas meklēšanas palīdzību un atkārtotajiem klientiem. Mārketingu veido viens cilvēks un reklāmas aģentūra.
ex-start-goal = Kļūt par pirmo izvēli ilgtspējīgu skriešanas apavu jomā 18–35 gadus vecu skrējēju vidū.
ex-start-future = Aprīlī laist tirgū Product X, šogad pārdot 12 000 pāru un panākt, lai 30 % pārdošanas apjoma nāktu no atkārtotajiem klientiem.
ex-res-people-have = Viens mārketinga speciālists, trīs cilvēku klientu apkalpošanas komanda, dibinātāji.
ex-res-people-gap = Nav neviena, kas pārzinātu video vai SEO.
ex-res-budget-have = Aptuveni 40 000 £ gadā.
ex-res-budget-gap = Lielākā daļa jau paredzēta maksas meklēšanai; produkta laišanai tirgū atliek maz.
ex-res-time-have = Trīs mēneši līdz produkta laišanai tirgū aprīlī.
ex-res-time-gap = Dibinātājiem atliek maz laika satura veidošanai.
ex-res-expertise-have = E-pasts, sociālie mediji, klientu apkalpošana.
ex-res-expertise-gap = Video veidošana, sadarbība ar ietekmētājiem.

## Klientu konteksts
ex-customer-segments = Divi segmenti: 18–35 gadus veci skrējēji, kas iepērkas tiešsaistē pēc atsauksmju izlasīšanas, un lojāli klienti pēc 40, kas katru gadu atkārtoti pasūta to pašu modeli.
ex-customer-segments-evidence = Pasūtījumu dati, 2026. gads: 58 % pirmo pasūtījumu veikuši 18–35 gadus veci klienti.
ex-customer-awareness = Nopietnu skrējēju vidū esam pazīstami ar ērtiem apaviem; lielākā daļa jaunāko skrējēju par mums nav dzirdējuši.
ex-customer-awareness-evidence = 400 klientu aptauja janvārī.
ex-customer-reputation = Zīmola meklējumu skaits gada laikā pieaudzis par 12 %; e-pasta jaunumu abonentu skaits nemainās; atsauksmes ir pozitīvas, bet to ir maz.
ex-customer-reputation-evidence = Search Console un e-pasta platforma.
ex-customer-competition = Trīs lieli sporta preču mazumtirgotāji un daudz mazu veikalu; lielie katru sezonu piedāvā lielas atlaides.
ex-customer-competition-evidence = Mūsu pašu cenu salīdzinājumi.

## Uzņēmuma konteksts
ex-business-strategy = Mēs pārdodam tikai ilgtspējīgus skriešanas apavus, piedāvājam bezmaksas atgriešanu un remonta pakalpojumu.
ex-business-strategy-evidence = Dibinātāju viedoklis.
ex-business-positioning = Mūs uzskata par ētisku un kvalitatīvu zīmolu, taču arī par dārgu.
ex-business-positioning-evidence = Klientu aptauja un atsauksmes.
ex-business-partners = Ilgstošas attiecības ar diviem ražotājiem; partneru programmas vēl nav.
ex-business-partners-evidence = Līgumi ar piegādātājiem.
ex-business-identity = Domēna autoritāte 38 — augstāka nekā mazajiem veikaliem, zemāka nekā lielajiem mazumtirgotājiem.
ex-business-identity-evidence = SEO rīka pārskats, februāris.

## Ārējais konteksts
ex-external-consumers = „Nedēļas nogales Anna”, 29 gadi, gatavojas pusmaratoniem un salīdzina cenas telefonā; „Uzticīgais Lauris”, 46 gadi, katru pavasari pērk to pašu modeli.
ex-external-consumers-evidence = Intervijas ar astoņiem klientiem.
ex-external-media = Esam klātesoši maksas meklēšanā, Instagram un e-pastā; neesam YouTube un skriešanas podkāstos.
ex-external-media-evidence = Kanālu pārskats.
ex-external-affiliates = Divi skriešanas blogi neoficiāli ievieto saites uz mums; nevienā tirdzniecības platformā mēs neesam.
ex-external-affiliates-evidence = Novirzītās datplūsmas dati.
ex-external-environment = Cenu kāpums liek klientiem būt piesardzīgiem; jauni noteikumi par vides apgalvojumiem; kopš pandēmijas skrien vairāk cilvēku.
ex-external-environment-evidence = Nozares pārskati.

## Iekšējais konteksts
ex-internal-budget = Aptuveni 40 000 £ gadā, no kuriem lielākā daļa jau paredzēta maksas meklēšanai.
ex-internal-budget-evidence = 2027. gada budžets.
ex-internal-culture = Izcila klientu apkalpošana: atbildam stundas laikā, remonts bez maksas.
ex-internal-culture-evidence = Apkalpošanas statistika, NPS 62.
ex-internal-expertise = Viens mārketinga speciālists, kas pārzina e-pastu un sociālos medijus; video un SEO nepārzina neviens.
ex-internal-expertise-evidence = Mūsu pašu novērtējums.
ex-internal-capacity = Krājumu pietiek aptuveni par 20 % lielākam pasūtījumu skaitam; piegādes partneris var palielināt apjomus; apkalpošanai vajadzētu vēl vienu cilvēku.
ex-internal-capacity-evidence = Noliktavas un apkalpošanas plānošana.

## SWOT kartītes, kas ierakstītas tāfelē
ex-swot-s1 = Remonta pakalpojums, ko nepiedāvā neviens konkurents
ex-swot-w1 = Maz atsauksmju mūsu produktu lapās
ex-swot-o1 = Skriešanas klubi meklē ilgtspējīga ekipējuma partnerus
ex-swot-o2 = Taku skriešanas popularitāte strauji aug
ex-swot-t1 = Lielie mazumtirgotāji laiž tirgū savas videi draudzīgas produktu līnijas

## PESTLE faktori
ex-pestle-political = Var mainīties tirdzniecības noteikumi importētiem apaviem
ex-pestle-economic = Cenām augot, klienti tērē mazāk
ex-pestle-social = Skrien arvien vairāk cilvēku, īpaši 18–35 gadus veci
ex-pestle-technological = Pircēji sagaida, ka apavus varēs pielaikot ar AR
ex-pestle-legal = Jauni noteikumi par vides apgalvojumiem reklāmā
ex-pestle-environmental = Pārstrādāti materiāli kļūst lētāki

## TOWS stratēģijas
ex-tows-so = Sadarboties ar skriešanas klubiem: to biedri gadu saņem bezmaksas remontu.
ex-tows-st = Padarīt remonta pakalpojumu par produkta laišanas tirgū centru: tas ir videi draudzīgāks par jebkuru jaunu produktu līniju.
ex-tows-wo = Aicināt klubu skrējējus uzrakstīt atsauksmi par Product X apmaiņā pret biļetēm uz taku skriešanas dienu.
ex-tows-wt = Novirzīt mārketinga budžetu uz diviem kanāliem, kas veicina atkārtotus pirkumus.

## Personas
ex-anna-name = Nedēļas nogales Anna
ex-anna-segment = 18–35 gadus veci skrējēji, kas iepērkas tiešsaistē
ex-anna-life-stage = 29 gadi, pirmais darbs pilsētā, bērnu nav
ex-anna-goals = Šoruden bez traumām noskriet pusmaratonu.
ex-anna-needs = Ērti apavi, kuriem var uzticēties, par godīgu cenu.
ex-anna-pains = Pārāk liela izvēle; atsauksmes, kurām nevar uzticēties; atgriešana, par kuru jāmaksā.
ex-anna-places = Instagram, treniņu video YouTube, sestdienas skriešanas klubs.
ex-lars-name = Uzticīgais Lauris
ex-lars-segment = Lojāli klienti pēc 40
ex-lars-life-stage = 46 gadi, divi pusaudži, skrien pirms darba
ex-lars-goals = Turpināt skriet trīs reizes nedēļā.
ex-lars-needs = Tas pats modelis, kuram viņš uzticas, ar ātru piegādi.
ex-lars-pains = Modeļi, kas mainās vai pazūd no pārdošanas.
ex-lars-places = LinkedIn pusdienlaikā, e-pasts, ceļš uz darbu garām reklāmas stendiem.

## Annas ceļš pa posmiem
ex-anna-awareness-goal = Uzzināt, kādus apavus valkā nopietni skrējēji.
ex-anna-awareness-message = Ilgtspējīgi apavi, kas kalpo ilgi.
ex-anna-awareness-when = Vakaros, pēc treniņa ritinot telefonā
ex-anna-awareness-thoughts = „Vai zaļi apavi tiešām ir labi skriešanai?”
ex-anna-awareness-kpi = Sasniedzamība 18–35 gadus vecu vidū
ex-anna-consideration-goal = Salīdzināt trīs modeļus.
ex-anna-consideration-why = Bezmaksas remonts, godīgas atsauksmes.
ex-anna-consideration-friction = Maz atsauksmju mūsu produktu lapās.
ex-anna-consideration-kpi = Produktu lapu skatījumi
ex-anna-decision-goal = Izvēlēties vienu modeli un pārbaudīt cenu.
ex-anna-decision-friction = Nav pārliecības par izmēru.
ex-anna-decision-opportunities = Izmēru ceļvedis ar piemērotības pārbaudi.
ex-anna-decision-kpi = Pievienošanas grozam rādītājs
ex-anna-purchase-goal = Nopirkt bez liekas ņemšanās.
ex-anna-purchase-kpi = Konversijas rādītājs
ex-anna-retention-message = Kā apavi sēž pēc 100 km?
ex-anna-retention-kpi = Atkārtoto pirkumu īpatsvars
ex-anna-advocacy-opportunities = Aicināt viņu uzrakstīt atsauksmi par Product X.
ex-anna-advocacy-kpi = Uzrakstītās atsauksmes
ex-tp-anna-1 = Zīmola reklāma Instagram
ex-tp-anna-2 = Taku skriešanas video YouTube
ex-tp-anna-3 = Atsauksmes par Product X
ex-tp-anna-4 = Meklējums „taku skriešanas apavi”
ex-tp-anna-5 = Pirkuma noformēšana vietnē
ex-tp-anna-6 = Sveiciena e-pasts ar kopšanas padomiem
ex-tp-anna-7 = Skriešanas kluba jaunumu vēstule

## Laura ceļš pa posmiem
ex-lars-awareness-message = Jūsu modelis ir atpakaļ — tagad no pārstrādātiem materiāliem.
ex-lars-awareness-kpi = Sasniegtie klientu kluba biedri
ex-lars-consideration-why = Viņš uzticas tam, kā apavi sēž.
ex-lars-consideration-kpi = Klikšķi e-pastos
ex-lars-decision-thoughts = „Tie paši apavi, tikai zaļāki? Labi.”
ex-lars-decision-kpi = Produkta lapas apmeklējumi
ex-lars-purchase-goal = Pasūtīt atkārtoti divās minūtēs.
ex-lars-purchase-kpi = Konversijas rādītājs
ex-lars-retention-kpi = Atkārtoto pirkumu īpatsvars
ex-tp-lars-1 = SMS klientu kluba biedriem
ex-tp-lars-2 = Plakāts ceļā uz darbu
ex-tp-lars-3 = Ieraksts LinkedIn pusdienlaikā
ex-tp-lars-4 = Modeļa nosaukuma meklējums

## Atribūcija: Lauris no avota 004
ex-path-1 = Zīmola reklāma Instagram
ex-path-2 = SMS klientu kluba biedriem
ex-path-3 = LinkedIn pusdienlaikā
ex-path-4 = Āra reklāmas plakāts
ex-path-5 = YouTube reklāma pirms video
ex-path-6 = Svētdienas meklējums „taku skriešanas apavi”

## SMART mērķi (avots 002)
ex-obj-1 = Palielināt Product X zīmola redzamību 18–35 gadus vecu cilvēku vidū Apvienotajā Karalistē par 20 %
ex-obj-1-metric = Zīmola meklējumi mēnesī
ex-obj-1-unit = meklējumi
ex-obj-1-audience = Apvienotā Karaliste, 18–35 gadus veci
ex-obj-1-measured = Tīmekļa analītika (zīmola meklējumi), aptauja, „patīk” atzīmes un kopīgojumi sociālajos medijos, īpaša akcijas saite žurnālos un tiešā pasta sūtījumos
ex-obj-1-manager = Mārketinga komanda
ex-obj-2 = Pārdot par 10 % vairāk Product X nekā pagājušā gada attiecīgajā ceturksnī
ex-obj-2-metric = Pārdotie Product X pāri
ex-obj-2-unit = pāri
ex-obj-2-audience = Tiešsaistes veikals Apvienotajā Karalistē
ex-obj-2-measured = Pieaugums trīs mēnešu laikā un konversijas rādītājs katrai tiešsaistes taktikai, lai atrastu izmaksu ziņā efektīvāko kanālu
ex-obj-2-manager = Krājumu komanda
ex-kpi-1 = Zīmola meklējumu apjoms
ex-kpi-2 = Instagram sasniedzamība 18–35 gadus vecu vidū
ex-kpi-3 = Klienta piesaistes izmaksas
ex-kpi-4 = Konversijas rādītājs katrai taktikai
ex-kpi-5 = Klienta mūža vērtība

## Radošā ideja
ex-creative-headline = Product X — taku skriešanas apavi no pārstrādātiem materiāliem ar bezmaksas remontu visu mūžu.
ex-creative-promotions = Taku skriešanas dienas kopā ar skriešanas klubiem; labošanas kafejnīca produkta prezentācijas pasākumos; biedriem 10 % atlaide otrajam pārim.
ex-creative-tagline = Skrien tālāk. Izšķērdē mazāk.
ex-creative-storyboard = Skrējējs dubļainā takā; tuvplānā pārstrādātā zole; tie paši apavi gadu vēlāk — salaboti.
ex-creative-justification = Mūsu remonta pakalpojums ir stiprā puse, ko nepiedāvā neviens konkurents, un skrien arvien vairāk jauniešu: ideja izmanto abus un atšķiras no lielo mazumtirgotāju videi draudzīgajām produktu līnijām.

## Iesaistes stratēģija
ex-audience = 18–35 gadus veci skrējēji Apvienotajā Karalistē, kas iepērkas tiešsaistē, un lojāli klienti, kas pasūta atkārtoti.
ex-audience-why = Pasūtījumu dati: 58 % pirmo pasūtījumu veic 18–35 gadus veci klienti; klientu aptauja rāda, ka viņiem rūp ilgtspēja.
ex-tactic-social = Zīmola reklāma Instagram un satura veidotāji takā.
ex-tactic-social-why = Anna vakarus pavada Instagram; jaunāko skrējēju vidū mūs nepazīst.
ex-tactic-video = YouTube reklāma pirms treniņu video.
ex-tactic-search = Maksas meklēšana pēc zīmola un modeļu nosaukumiem.
ex-tactic-search-why = Meklējumi saņem pēdējo klikšķi: mums jābūt klāt, kad pieprasījums ir nobriedis.
ex-tactic-email = Sveiciena un kopšanas padomu e-pasti; SMS klientu kluba biedriem atkārtotiem pasūtījumiem.
ex-tactic-club = Partnerības ar skriešanas klubiem: taku skriešanas dienas un atsauksmes.
ex-measure-reach = Sasniedzamība un video noskatīšanās līdz galam 18–35 gadus vecu vidū
ex-measure-cpa = Klienta piesaistes izmaksas un konversijas rādītājs
ex-manage-marketing = Mārketinga komanda
ex-manage-agency = Reklāmas aģentūra
ex-monitor-weekly = Informācijas panelis, ko pārskata katru pirmdienu

## Mārketinga komplekss
ex-mix-product = Product X — taku skriešanas apavi no pārstrādātiem materiāliem; remonts iekļauts.
ex-mix-product-decision = Laist tirgū aprīlī divās krāsās; remonts bez maksas visu mūžu.
ex-mix-price = 120 £ — dārgāk nekā lielo mazumtirgotāju videi draudzīgās produktu līnijas.
ex-mix-price-decision = Saglabāt cenu; skaidrot remonta priekšrocības; laišanas tirgū laikā bez atlaidēm.
ex-mix-place = Mūsu tiešsaistes veikals; skriešanas klubi taku skriešanas dienām.
ex-mix-place-decision = Tikai tiešsaistē; pielaikošana klubu pasākumos.
ex-mix-promotion = Instagram, YouTube, meklēšana, e-pasts, skriešanas klubi.
ex-mix-promotion-decision = Produkta laišanas tirgū budžetu vispirms novirzīt atklājējiem, pēc tam meklēšanai.

## Uzraudzība
ex-review-1 = Klubu skrējēji jautā, vai Product X der platām pēdām.
ex-review-1-change = Pievienot produkta lapai izmēru ceļvedi un platāku modeļa versiju.
ex-review-2 = Instagram reklāmas sasniedz skrējējus, bet klikšķina maz: vēstījums vēl neuzrunā.
ex-review-2-change = Izmēģināt radošo risinājumu, kurā uzsvars ir uz remontu, nevis materiāliem.
