# Waymark — Latviešu. Katrā lokalizācijas failā jābūt tieši šiem ziņojumu identifikatoriem
# (citādi tests/i18n.rs neizdodas). Vietturus ({ $name }) atstājiet nemainītus.

## Lietotnes ietvars
app-name = Waymark
sep-label = { ": " }
sep-list = { ", " }
sep-items = { "; " }
app-tagline = Mārketinga stratēģija soli pa solim
skip-to-content = Pāriet uz saturu
nav-label = Sadaļas
nav-overview = Pārskats
header-tools = Plāna rīki
plan-name-label = Plāna nosaukums
language-label = Valoda
theme-label = Motīvs
theme-system = Kā sistēmā
theme-light = Gaišs
theme-dark = Tumšs
language-load-failed = Šo valodu neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.
undo = Atsaukt
redo = Atcelt atsaukšanu
undo-title = Atsaukt (Ctrl+Z)
redo-title = Atcelt atsaukšanu (Ctrl+Shift+Z)

## What an undo or redo changed (app/undo.rs; the page is a nav-* name)
undo-done = Atsaukts: { $what } (lapa “{ $page }”)
redo-done = Atkārtots: { $what } (lapa “{ $page }”)
undo-done-here = Atsaukts: { $what }
redo-done-here = Atkārtots: { $what }
undo-what-name = plāna nosaukums
undo-what-description = plāna apraksts
undo-what-language = plāna valoda
undo-what-start = sākumpunkts
undo-what-answer = stāvokļa novērtējuma atbilde
undo-what-card = SWOT kartīte
undo-what-factor = PESTLE faktors
undo-what-strategy = TOWS stratēģija
undo-what-persona = persona
undo-what-stage = pircēja ceļa posms
undo-what-touchpoint = saskares punkts
undo-what-journey = pircēja ceļa kartes ieraksts
undo-what-path = atribūcijas ceļš
undo-what-reading = rādījums
undo-what-kpi = KPI
undo-what-objective = mērķis
undo-what-creative = radošā ideja
undo-what-tactic = taktika
undo-what-engagement = iesaistes stratēģija
undo-what-mix = mārketinga komplekss
undo-what-review = pārskata piezīme
undo-what-plan = plāns
footer-privacy = Jūsu plāns paliek šajā pārlūkprogrammā. Waymark neprasa kontu un neko nekur nesūta.

## Saglabāšanas statuss
save-status-label = Saglabāšanas statuss
save-saved = Saglabāts
save-saving = Saglabā…
save-failed = Nav saglabāts
save-memory = Netiek glabāts

## Sākums (plāna vēl nav)
welcome-title = Karte palīdz tikai tad, ja zināt, kur atrodaties
welcome-lead = Waymark ved jūs no uzņēmuma stāvokļa novērtējuma līdz mārketinga plānam, ko var īstenot: šķēršļi un iespējas, SMART mērķi, radošā ideja, kanāli, kas darbojas kopā, un rezultātu mērīšana.
welcome-name-label = Nosauciet savu plānu
welcome-name-help = To var mainīt jebkurā laikā.
welcome-name-placeholder = Piemēram: Pavasara kampaņa 2027
welcome-create = Izveidot plānu
welcome-default-name = Mans mārketinga plāns
welcome-private = Viss, ko rakstāt, paliek šajā pārlūkprogrammā. Konts nav vajadzīgs, un nekas netiek nekur nosūtīts.

## Pārskats
overview-title = Pārskats
overview-name-label = Plāna nosaukums
overview-description-label = Par šo plānu
overview-description-help = Dažos teikumos: ar ko nodarbojas uzņēmums, kas ir tā klienti un ko šim plānam jāpanāk.
overview-description-placeholder = Piemēram: Mēs tiešsaistē pārdodam ilgtspējīgus skriešanas apavus. Šogad šim plānam jāpalielina atkārtoto pirkumu skaits 25–40 gadus vecu klientu vidū.
overview-details = Informācija
overview-created = Izveidots
overview-updated = Pēdējoreiz mainīts
overview-plan-language = Plāna valoda
overview-plan-language-help = Valoda, kurā plāns ir rakstīts. Saskarnes valodu var mainīt lapas galvenē.

## Krātuves un drošības ziņojumi
storage-blocked = Šī pārlūkprogramma neļauj Waymark šeit glabāt datus, tāpēc pēc lapas aizvēršanas nekas no rakstītā netiks saglabāts.
storage-full = Pārlūkprogrammas krātuve ir pilna, tāpēc jaunākās izmaiņas nav saglabātas. Pēdējā saglabātā versija ir drošībā. Atbrīvojiet vietu (piemēram, izdzēsiet vecus vietņu datus), un Waymark atkal saglabās plānu, tiklīdz ko mainīsiet.
storage-failed = Saglabāšana neizdevās: { $detail }. Pēdējā saglabātā versija ir drošībā.
save-newer-version = Šo plānu saglabāja jaunāka Waymark versija (formāta versija { $found }). Šī lapa vairs nesaglabā izmaiņas, lai nepārrakstītu šo darbu. Lai turpinātu, pārlādējiet lapu.
rescued-title = Saglabāto plānu neizdevās atvērt
rescued-body = Plāns ir saglabāts neskarts — tieši tāds, kāds tas tika glabāts. Lejupielādējiet to, lai paturētu kopiju; iespējams, kāda vēlāka Waymark versija to spēs atvērt.
rescued-reason = Iemesls: { $reason }
rescued-download = Lejupielādēt saglabātos datus
migrated-notice = Šis plāns tika saglabāts ar vecāku Waymark versiju (formāta versija { $version }) un ir atjaunināts.
dismiss = Aizvērt

## Kāpēc saglabāto dokumentu neizdevās nolasīt
schema-too-large = tas ir lielāks par 5 MB
schema-not-json = tas nav derīgs JSON
schema-not-a-plan = tas nav Waymark plāns
schema-newer-version = to saglabāja jaunāka Waymark versija (formāta versija { $found })
schema-invalid = tā saturs neatbilst Waymark plāna struktūrai ({ $detail })

## Kāpēc izmaiņas tika noraidītas
error-empty-name = Plānam nepieciešams nosaukums.
error-too-long = Teksts ir pārāk garš. Maksimālais rakstzīmju skaits: { $max }.

## Lapa nav atrasta
not-found-title = Lapa nav atrasta
not-found-body = Šajā adresē nekā nav.
not-found-home = Atvērt pārskatu

## Sadaļu navigācija
nav-health = Stāvokļa novērtējums
nav-plans = Plāni

## Stāvokļa novērtējums: vednis
hc-title = Stāvokļa novērtējums
hc-lead = Karte palīdz tikai tad, ja zināt, kur atrodaties. Atbildiet uz to, ko varat, novērtējiet, cik spēcīgi esat, un norādiet, uz ko balstās katra atbilde. Nekas nav obligāts — atgriezties varat jebkurā laikā.
hc-steps-label = Stāvokļa novērtējuma soļi
hc-step-start = Sākumpunkts
hc-step-customer = Klientu konteksts
hc-step-business = Uzņēmuma konteksts
hc-step-external = Ārējais konteksts
hc-step-internal = Iekšējais konteksts
hc-step-summary = Kopsavilkums
hc-state-complete = Pabeigts
hc-state-partly = { $done } no { $total }
hc-state-not-started = Nav sākts
hc-step-of = { $n }. solis no { $total }
hc-back = Atpakaļ
hc-next = Tālāk
hc-to-summary = Skatīt kopsavilkumu

## Stāvokļa novērtējums: sākumpunkts (avots 003)
hc-start-intro = Vispirms: kur jūs esat tagad, kur vēlaties nonākt un kas jums ir, lai tur nokļūtu?
hc-start-now = Kur mēs esam tagad?
hc-start-now-help = Uzņēmums šodien: ko jūs pārdodat, kam, kā šobrīd notiek mārketings un ko tas dod.
hc-start-now-placeholder = Piemēram: Mēs tiešsaistē pārdodam skriešanas apavus Apvienotajā Karalistē; lielāko daļu pārdošanas nodrošina maksas meklēšana un atkārtotie klienti.
hc-start-scope = Kāda veida stratēģija šī ir?
hc-start-scope-annual = Stratēģija visam gadam
hc-start-scope-micro = Mikrostratēģija vienai produkta laišanai tirgū vai kampaņai
hc-start-scope-none = Vēl nav izlemts
hc-start-goal = Kāds ir mērķis?
hc-start-goal-help = Kas stratēģijai jāpanāk? Kopaina vienā vai divos teikumos.
hc-start-goal-placeholder = Piemēram: Kļūt par pirmo izvēli ilgtspējīgu skriešanas apavu jomā jaunāko skrējēju vidū.
hc-start-future = Kāds ir konkrētais nākotnes stāvoklis?
hc-start-future-help = Atšķirībā no mērķa šim jābūt konkrētam: pārdot X vienības, ienākt jaunā teritorijā, laist tirgū produktu, atvairīt konkurences draudus.
hc-start-future-placeholder = Piemēram: Šogad tiešsaistē pārdot 12 000 pāru, no tiem 30 % — atkārtotajiem klientiem.
hc-resources = Resursi un nepilnības
hc-resources-help = Izvērtējiet, kas jums ir. Mārketinga vadītājiem reti ir viss, kas vajadzīgs, tāpēc atzīmējiet, kur nepieciešams papildu atbalsts.
hc-size-title = Lielums un budžets
hc-team-size = Cilvēku skaits uzņēmumā
hc-team-size-help = Ieskaitiet arī sevi: ieteikumi tiek formulēti atbilstoši uzņēmuma lielumam.
hc-team-size-invalid = Ierakstiet veselu cilvēku skaitu, piemēram, 2.
hc-budget = Mārketinga budžets šai stratēģijai
hc-budget-help = Cik plāns drīkst izmaksāt. Iesaistes stratēģijas budžeta scenāriji tiek salīdzināti ar to.
currency = Valūta
currency-help = Viena visam plānam: visas summas tiek rādītas tajā.
currency-none = Nav (tikai skaitļi)
hc-resource-people = Cilvēki
hc-resource-budget = Budžets
hc-resource-time = Laiks
hc-resource-expertise = Kompetence
hc-resource-have = Kas mums ir
hc-resource-gap = Kā trūkst

## Stāvokļa novērtējums: atbilde uz jautājumu
hc-answer-label = Jūsu atbilde
hc-example-toggle = Skatīt atbildes piemēru
hc-rating-legend = Cik spēcīgi jūs esat šajā jomā?
hc-rating-weak = Vāji
hc-rating-strong = Spēcīgi
hc-rating-dont-know = Nezinu
hc-rating-clear = Noņemt vērtējumu
hc-evidence-kind = Uz ko balstās šī atbilde?
hc-evidence-none = Nav norādīts
hc-evidence-research = Pētījums
hc-evidence-data = Dati
hc-evidence-opinion = Viedoklis
hc-evidence-note = Piezīme par avotu
hc-evidence-note-placeholder = Aptauja, pārskats, skaitlis…

## Stāvokļa novērtējums: četri konteksti (DOMAIN.md §1)
hc-context-customer = Klienti
hc-context-business = Uzņēmums
hc-context-external = Ārējā vide
hc-context-internal = Iekšējā vide
hc-intro-customer = Kas ir jūsu klienti, kā viņi jūs redz un kas ar jums par viņiem konkurē.
hc-intro-business = Jūsu stratēģija, ar ko atšķiraties no citiem, kā jūs redz partneri un kāda ir jūsu klātbūtne tīmeklī.
hc-intro-external = Jūsu ieinteresētās puses — patērētāji, mediji un partneru programmu dalībnieki — un plašākā vide.
hc-intro-internal = Kritiski paraugieties uz uzņēmumu no iekšpuses: nauda, kultūra un prasmes.

hc-customer-segments-q = Kuri klientu segmenti mijiedarbojas ar uzņēmumu?
hc-customer-segments-help = Padomājiet gan par piesaisti (cilvēki, kurus iegūstat), gan par komunikāciju (cilvēki, ar kuriem turpināt sazināties). Kas viņi ir?
hc-customer-segments-example = Divi segmenti: 18–35 gadus veci skrējēji, kas iepērkas tiešsaistē pēc atsauksmju izlasīšanas, un lojāli klienti pēc 40, kas katru gadu atkārtoti pasūta to pašu modeli.
hc-customer-awareness-q = Cik labi viņi jūs pazīst un ko par jums domā?
hc-customer-awareness-help = Cik labi klienti pazīst jūsu zīmolu, kā to uztver un kāda ir viņu attieksme pret to — cik nu jums tas zināms.
hc-customer-awareness-example = Nopietnu skrējēju vidū esam pazīstami ar ērtiem apaviem; lielākā daļa jaunāko skrējēju par mums nav dzirdējuši.
hc-customer-reputation-q = Vai jūsu reputācija aug?
hc-customer-reputation-help = Meklējiet pazīmes: pieaug zīmola meklējumu skaits, sociālajos medijos valda pozitīvs noskaņojums, vairāk cilvēku piesakās e-pasta jaunumiem.
hc-customer-reputation-example = Zīmola meklējumu skaits gada laikā pieaudzis par 12 %; e-pasta jaunumu abonentu skaits nemainās; atsauksmes ir pozitīvas, bet to ir maz.
hc-customer-competition-q = Cik liela ir konkurence jūsu nozarē?
hc-customer-competition-help = Cik ir konkurentu un ko viņi dara, lai iegūtu tirgus daļu un jūsu klientus?
hc-customer-competition-example = Trīs lieli sporta preču mazumtirgotāji un daudz mazu veikalu; lielie katru sezonu piedāvā lielas atlaides.

hc-business-strategy-q = Kāda ir jūsu uzņēmuma un mārketinga stratēģija?
hc-business-strategy-help = Citiem vārdiem: ar ko jūsu uzņēmums atšķiras no konkurentiem?
hc-business-strategy-example = Mēs pārdodam tikai ilgtspējīgus skriešanas apavus, piedāvājam bezmaksas atgriešanu un remonta pakalpojumu.
hc-business-positioning-q = Kā klienti redz jūsu zīmola pozīciju?
hc-business-positioning-help = Izvērtējot zīmola pozicionējumu, jūs iegūstat skatu no malas: kā klienti uztver uzņēmumu.
hc-business-positioning-example = Mūs uzskata par ētisku un kvalitatīvu zīmolu, taču arī par dārgu.
hc-business-partners-q = Kā jūs redz piegādātāji un partneri?
hc-business-partners-help = Vai esat uzticams partneris? Kādas partnerības šobrīd darbojas?
hc-business-partners-example = Ilgstošas attiecības ar diviem ražotājiem; partneru programmas vēl nav.
hc-business-identity-q = Cik spēcīga ir jūsu organizācijas identitāte tiešsaistē?
hc-business-identity-help = Tiešsaistes uzņēmumam: jūsu domēna spēks un vietnes autoritāte, ko parāda SEO rīki.
hc-business-identity-example = Domēna autoritāte 38 — augstāka nekā mazajiem veikaliem, zemāka nekā lielajiem mazumtirgotājiem.

hc-external-consumers-q = Kāda veida patērētājus jūs piesaistāt?
hc-external-consumers-help = Aprakstiet patērētāju tipus kā personas: kas viņi ir, kas viņiem vajadzīgs, kur viņi pavada laiku.
hc-external-consumers-example = „Nedēļas nogales Anna”, 29 gadi, gatavojas pusmaratoniem un salīdzina cenas telefonā; „Uzticīgais Lauris”, 46 gadi, katru pavasari pērk to pašu modeli.
hc-external-media-q = Kādos medijos jūsu zīmols ir klātesošs vai varētu būt?
hc-external-media-help = Kanāli, kuros zīmols ir pieejams vai varētu mijiedarboties ar gala lietotājiem.
hc-external-media-example = Esam klātesoši maksas meklēšanā, Instagram un e-pastā; neesam YouTube un skriešanas podkāstos.
hc-external-affiliates-q = Vai citi piedāvā alternatīvus ceļus uz jūsu produktiem?
hc-external-affiliates-help = Partneru programmu dalībnieki, tirdzniecības platformas un partneri, kas piesaista klientus jūsu piedāvājumam.
hc-external-affiliates-example = Divi skriešanas blogi neoficiāli ievieto saites uz mums; nevienā tirdzniecības platformā mēs neesam.
hc-external-environment-q = Kas mainās jums apkārt?
hc-external-environment-help = Politiskās, ekonomiskās, sociālās, tehnoloģiskās, juridiskās un vides pārmaiņas, kas var jums palīdzēt vai kaitēt. Pēc tam sekos SWOT un PESTLE analīze.
hc-external-environment-example = Cenu kāpums liek klientiem būt piesardzīgiem; jauni noteikumi par vides apgalvojumiem; kopš pandēmijas skrien vairāk cilvēku.

hc-internal-budget-q = Kāds ir jūsu reālais mārketinga budžets?
hc-internal-budget-help = Finanšu ierobežojumi: cik naudas patiešām ir pieejams un vai jūsu kopējā stratēģija tajā iekļaujas?
hc-internal-budget-example = Aptuveni 40 000 £ gadā, no kuriem lielākā daļa jau paredzēta maksas meklēšanai.
hc-internal-culture-q = Kas jūsu uzņēmuma kultūrai padodas vislabāk?
hc-internal-culture-help = Kultūra, vērtības un pārliecība: vai uzņēmums, piemēram, ir sasniedzis izcilību klientu apkalpošanā vai piegādē?
hc-internal-culture-example = Izcila klientu apkalpošana: atbildam stundas laikā, remonts bez maksas.
hc-internal-expertise-q = Vai jums ir vajadzīgā mārketinga kompetence?
hc-internal-expertise-help = Prasmes, darbinieki un resursi jūsu organizācijā, lai īstenotu plānu.
hc-internal-expertise-example = Viens mārketinga speciālists, kas pārzina e-pastu un sociālos medijus; video un SEO nepārzina neviens.
hc-internal-capacity-q = Vai tiksiet galā ar panākumiem?
hc-internal-capacity-help = Ja plāns izdosies, vai krājumi, piegāde un klientu apkalpošana spēs turēt līdzi? Bieža kļūda — panākumi, ar kuriem uzņēmums netiek galā.
hc-internal-capacity-example = Krājumu pietiek aptuveni par 20 % lielākam pasūtījumu skaitam; piegādes partneris var palielināt apjomus; apkalpošanai vajadzētu vēl vienu cilvēku.

## Stāvokļa novērtējums: kopsavilkums
hc-summary-intro = Jūsu vērtējumi, vājākās jomas un turpmākie soļi.
hc-scores = Vērtējumi pa kontekstiem
hc-score-of = { $score } no 5
hc-score-none = Vērtējuma vēl nav
hc-score-answered = Atbildēts: { $answered } no { $total }
hc-score-dont-know = „Nezinu”: { $count }
hc-weakest = Vājākā joma
hc-weak = Vāja
hc-weak-rule = Joma ir vāja, ja tās vērtējums ir zem 3 no 5.
hc-chart-title = Stāvokļa novērtējuma radara diagramma
hc-chart-alt = Radara diagramma ar četru kontekstu vērtējumiem no 1 (vāji) līdz 5 (spēcīgi): { $scores }.
hc-chart-table = Vērtējumi tabulā
hc-col-context = Konteksts
hc-col-score = Vērtējums
hc-col-answered = Atbildēts
hc-next-steps = Nākamie soļi
hc-next-none = Novērtējiet dažus jautājumus, lai saņemtu ieteikumus.
hc-unanswered = Vēl nav atbildēts
hc-unanswered-none = Uz visiem jautājumiem ir atbildes.
hc-answer-now = Atbildēt
hc-to-swot = Pārnest atbildes uz SWOT analīzi
hc-to-swot-help = Stiprās un vājās puses izriet no uzņēmuma un iekšējā konteksta, iespējas un draudi — no klientu un ārējā konteksta.
hc-send-strength = Pievienot stiprajām pusēm
hc-send-weakness = Pievienot vājajām pusēm
hc-send-opportunity = Pievienot iespējām
hc-send-threat = Pievienot draudiem
hc-in-swot = Pievienots SWOT analīzei: { $column }
hc-no-answers-to-send = Vispirms uzrakstiet dažas atbildes — pēc tam tās varēs pārnest uz SWOT analīzi.

## SWOT kvadranti un PESTLE kolonnas
col-strengths = Stiprās puses
col-weaknesses = Vājās puses
col-opportunities = Iespējas
col-threats = Draudi
col-political = Politiskie
col-economic = Ekonomiskie
col-social = Sociālie
col-technological = Tehnoloģiskie
col-legal = Juridiskie
col-environmental = Vides

## Nākamie soļi (noteikumi ir failā src/domain/health_check.rs)
next-research-audience-title = Izpētiet savu auditoriju
next-research-audience-body = Jūsu klientu konteksts ir vājš. Sūtiet aptaujas, zvaniet vai rīkojiet fokusa grupas gan ar esošajiem, gan potenciālajiem klientiem: jūsu iekšējais priekšstats par to, ko viņi vēlas, parasti ir neobjektīvs.
next-sharpen-positioning-title = Precizējiet pozicionējumu
next-sharpen-positioning-body = Jūsu uzņēmuma konteksts ir vājš. Uzskaitiet visus konkurentus un to, ar ko katra konkurenta USP atšķiras no jūsējā, un noskaidrojiet, kā klienti redz jūsu zīmolu.
next-map-environment-title = Izpētiet savu vidi
next-map-environment-body = Jūsu ārējais konteksts ir vājš. Aizpildiet SWOT un PESTLE analīzi un aprakstiet galvenās ieinteresētās puses: patērētāju personas, medijus un partneru programmu dalībniekus.
next-gap-analysis-title = Veiciet resursu nepilnību analīzi
next-gap-analysis-body = Jūsu iekšējais konteksts ir vājš. Izvērtējiet cilvēkus, budžetu, laiku un kompetenci un nosakiet, kur jums vajadzīgs papildu atbalsts stratēģijas īstenošanai.
next-track-reputation-title = Sekojiet savai reputācijai
next-track-reputation-body = Katru mēnesi mēriet augošas reputācijas pazīmes: zīmola meklējumus, noskaņojumu sociālajos medijos un pieteikšanos e-pasta jaunumiem.
next-study-competitors-title = Izpētiet konkurentus
next-study-competitors-body = Apziniet visus konkurentus: ko katrs dara, lai iegūtu tirgus daļu, un ar ko tā piedāvājums atšķiras no jūsējā.
next-review-partnerships-title = Pārskatiet partnerības
next-review-partnerships-body = Pārbaudiet, vai piegādātāji jums uzticas un vai jūsu piedāvājums ir pietiekami pievilcīgs, lai partneri vēlētos pārdot jūsu produktus.
next-budget-scenarios-title = Sagatavojiet budžeta scenārijus
next-budget-scenarios-body = Jūsu budžets ir ierobežots. Sagatavojiet labu, labāku un labāko scenāriju, lai finanšu nodaļa varētu apstiprināt to, kas stratēģijai patiešām vajadzīgs.
next-budget-scenarios-body-micro = Jūsu budžets ir ierobežots. Sagatavojiet labu, labāku un labāko scenāriju, lai pirms lēmuma redzētu, ko dod katrs izdevumu līmenis.
next-involve-experts-title = Iesaistiet īstos cilvēkus
next-involve-experts-body = Trūkst prasmju. Piesaistiet produktu mārketinga, satura vai radošos speciālistus vai aģentūru un laikus iesaistiet pārdošanas un klientu apkalpošanas komandas.
next-serve-success-title = Pārliecinieties, ka tiksiet galā ar panākumiem
next-serve-success-body = Pirms palielināt pieprasījumu, pārbaudiet krājumus, piegādi un klientu apkalpošanu: panākumi, ar kuriem uzņēmums netiek galā, kaitē zīmolam.
next-find-evidence-title = Noskaidrojiet to, ko nezināt
next-find-evidence-body = Vairākas atbildes ir „Nezinu”. Pirms kaut ko būvējat uz minējumiem, savāciet datus vai pajautājiet klientiem.
next-validate-opinions-title = Pārbaudiet savus viedokļus
next-validate-opinions-body = Vairāk atbilžu balstās uz viedokli nekā uz pētījumiem vai datiem. Pārbaudiet svarīgākās no tām kopā ar klientiem, pārdošanas un klientu apkalpošanas komandām.
next-validate-opinions-body-micro = Vairāk atbilžu balstās uz viedokli nekā uz pētījumiem vai datiem. Pārbaudiet svarīgākās kopā ar dažiem klientiem: pajautājiet viņiem tieši.
next-involve-experts-body-micro = Trūkst prasmju. Piesaistiet ārštata speciālistu vai aģentūru tam, ko paši nevarat izdarīt, un paredziet laiku, lai viņus instruētu.
next-serve-success-body-micro = Pirms palielināt pieprasījumu, pārbaudiet krājumus, piegādi un to, cik ātri varat atbildēt klientiem: panākumi, ar kuriem maza komanda netiek galā, kaitē zīmolam.
next-close-gaps-title = Novērsiet resursu nepilnības
next-close-gaps-body = Jūs atzīmējāt nepilnības resursos. Izlemiet, kā novērst katru no tām, vai plānojiet darbu, tās ņemot vērā.
next-define-goal-title = Nosakiet mērķi un nākotnes stāvokli
next-define-goal-body = Pirms nosakāt SMART mērķus, formulējiet, kas stratēģijai jāpanāk un kādu konkrētu stāvokli vēlaties sasniegt.
next-to-swot-title = Pārejiet pie SWOT analīzes
next-to-swot-body = Jūsu konteksti izskatās spēcīgi. Pārvērtiet atklāto stiprajās un vājajās pusēs, iespējās un draudos.

## Plāni
plans-title = Jūsu plāni
plans-lead = Visi plāni tiek glabāti šajā pārlūkprogrammā.
plans-open = Atvērt
plans-current = Pašlaik atvērts
plans-updated = Pēdējoreiz mainīts: { $date }
plans-new = Jauns plāns
plans-example = Atvērt plāna piemēru
plans-example-help = Pilns tiešsaistes apavu veikala stāvokļa novērtējums, kas tiek atvērts kā jauns plāns. Jūsu plāni netiek skarti.
plans-example-failed = Plāna piemēru neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.
plans-open-failed = Šo plānu neizdevās atvērt. Pārlādējiet lapu: ja plāns ir bojāts, Waymark piedāvās to lejupielādēt.
welcome-example = Vai arī vispirms aplūkojiet plāna piemēru
error-unknown-prompt = Šāda jautājuma nav.
error-nothing-to-send = Vispirms uzrakstiet atbildi — tukšu atbildi nevar pievienot SWOT analīzei.
error-wrong-column = Tas šeit neiederas.
error-already-sent = Šī atbilde jau ir SWOT analīzē.
error-duplicate-id = Šāds vienums jau pastāv.
error-too-many = Maksimālais vienumu skaits šeit: { $max }.

## Navigācija: šķēršļi un iespējas
nav-swot = SWOT
nav-pestle = PESTLE
nav-tows = Stratēģijas

## Tāfeles (SWOT un PESTLE)
board-keyboard-help = Tastatūra: pārejiet uz kartīti, nospiediet atstarpes taustiņu, lai to paceltu, pārvietojiet ar bulttaustiņiem un vēlreiz nospiediet atstarpes taustiņu, lai to noliktu (Esc to atliek atpakaļ). Ar Enter kartīti var rediģēt.
board-position = { $column }, { $position }. vieta no { $count }
board-lifted = Kartīte „{ $card }” pacelta: { $place }. Pārvietojiet to ar bulttaustiņiem; atstarpes taustiņš to noliek, Esc atliek atpakaļ.
board-dropped = Kartīte „{ $card }” nolikta: { $place }.
board-cancelled = Kartīte „{ $card }” ir atpakaļ sākotnējā vietā.
board-deleted = Kartīte „{ $card }” izdzēsta.
board-added = Kartīte „{ $card }” pievienota: { $column }.
board-edited = Kartīte mainīta: „{ $card }”.
board-moved = Kartīte „{ $card }” pārvietota: { $column }.
board-detail-set = Kartīte „{ $card }”, { $field }: { $value }.
board-count = { $count ->
    [zero] { $count } kartīšu
    [one] { $count } kartīte
   *[other] { $count } kartītes
}
board-edit = Rediģēt
board-edit-label = Kartītes teksts
board-move = Pārvietot „{ $card }”
board-move-to = Pārvietot uz…
board-move-up = Uz augšu
board-move-down = Uz leju
board-details = Sīkāk
board-delete = Dzēst
board-delete-card = Dzēst „{ $card }”
board-notes = Piezīmes vai pierādījumi
board-confidence = Ticamība
board-confidence-none = Nav norādīts
board-confidence-assumption = Pieņēmums
board-confidence-evidence = Pierādījumi
board-weight = Svars
board-impact = Ietekme
board-likelihood = Varbūtība
board-weight-value = Svars: { $value }
board-impact-value = Ietekme: { $value }
board-likelihood-value = Varbūtība: { $value }
board-from-health = No stāvokļa novērtējuma
board-has-notes = Piezīmes
col-strengths-hint = Iekšēji · kas palīdz
col-weaknesses-hint = Iekšēji · kas kavē
col-opportunities-hint = Ārēji · ko varat izmantot
col-threats-hint = Ārēji · kas var kaitēt
col-political-hint = Valdība, politika, tirdzniecība
col-economic-hint = Cenas, ienākumi, valūtas kursi
col-social-hint = Paradumi, vērtības, demogrāfija
col-technological-hint = Rīki, platformas, inovācijas
col-legal-hint = Likumi, noteikumi, standarti
col-environmental-hint = Klimats, resursi, ilgtspēja
col-strengths-add = Pievienot stipro pusi
col-weaknesses-add = Pievienot vājo pusi
col-opportunities-add = Pievienot iespēju
col-threats-add = Pievienot draudus
col-political-add = Pievienot politisko faktoru
col-economic-add = Pievienot ekonomisko faktoru
col-social-add = Pievienot sociālo faktoru
col-technological-add = Pievienot tehnoloģisko faktoru
col-legal-add = Pievienot juridisko faktoru
col-environmental-add = Pievienot vides faktoru

## Pārbaudes blakus tāfelēm
checks-title = Pārbaudes
checks-none = Nav ko pārbaudīt — šī analīze izskatās pabeigta.
check-empty = { $column }: vēl nav nevienas kartītes.
check-duplicate = Kartīte „{ $card }” ir divreiz.
check-unrated = Kartītei „{ $card }” vēl nav novērtēta ietekme vai varbūtība.
check-unused = Kartīte „{ $card }” vēl nav izmantota nevienā stratēģijā.
check-broken = Stratēģija zaudējusi vienu no saviem avotiem: „{ $strategy }”.

## SWOT
swot-title = SWOT
swot-lead = Stiprās un vājās puses ir uzņēmuma iekšienē, iespējas un draudi nāk no ārpuses. Novērtējiet katru kartīti no 1 līdz 5 un norādiet, vai tā balstās uz pierādījumiem.

## PESTLE
pestle-title = PESTLE
pestle-lead = Ārējie spēki, kas ietekmē uzņēmumu. Novērtējiet katra faktora ietekmi un varbūtību: matrica parāda, kuri faktori plānā jāņem vērā vispirms.
pestle-matrix = Ietekme un varbūtība
pestle-matrix-caption = Katrs skaitlis norāda faktora vietu sarakstā.
pestle-likelihood = Varbūtība
pestle-impact = Ietekme
pestle-score = Ietekme × varbūtība
pestle-factor = Faktors
pestle-ranking = Faktori pēc ietekmes × varbūtības
pestle-ranking-empty = Novērtējiet faktora ietekmi un varbūtību, lai to ierindotu.
pestle-chart-alt = Ietekmes un varbūtības matrica (faktoru skaits: { $count }); visaugstāk novērtēts ir „{ $top }” — { $score } no 25.
pestle-chart-empty = Ietekmes un varbūtības matrica; neviens faktors vēl nav novērtēts.

## TOWS stratēģijas
tows-title = Stratēģijas (TOWS)
tows-lead = Savienojiet atklāto pāros: izmantojiet stiprās puses, lai tvertu iespējas un pretotos draudiem, un pārvariet vājās puses. Katra stratēģija saglabā saiti ar savām divām kartītēm.
tows-new = Jauna stratēģija
tows-internal = Stiprā vai vājā puse
tows-external = Iespēja vai draudi
tows-pick = Izvēlieties kartīti…
tows-strategy-label = Stratēģija
tows-strategy-placeholder = Ko jūs darīsiet?
tows-add = Pievienot stratēģiju
tows-so = Stiprās puses × iespējas (SO)
tows-st = Stiprās puses × draudi (ST)
tows-wo = Vājās puses × iespējas (WO)
tows-wt = Vājās puses × draudi (WT)
tows-so-hint = Izmantojiet stiprās puses, lai tvertu iespējas.
tows-st-hint = Izmantojiet stiprās puses, lai pretotos draudiem.
tows-wo-hint = Pārvariet vājās puses, izmantojot iespējas.
tows-wt-hint = Maziniet vājās puses un izvairieties no draudiem.
tows-none = Stratēģiju vēl nav.
tows-broken = Stratēģijas, kas jāpārskata
tows-broken-hint = Avota kartīte ir izdzēsta vai pārvietota uz citu kvadrantu. Izdzēsto kartīti var atgūt ar pogu „Atsaukt”.
tows-source-removed = Izdzēsta kartīte: „{ $card }”
tows-source-missing = Kartīte, kuras vairs nav
tows-delete = Dzēst stratēģiju
error-empty-text = Vispirms kaut ko uzrakstiet.
error-out-of-range = Izvēlieties vērtību no { $min } līdz { $max }.
error-unknown-item = Šī vienuma vairs nav.

## Navigācija: klients
nav-personas = Personas
nav-journey = Pircēja ceļš
nav-team = Komandas sastāvs
nav-attribution = Atribūcija

## Personas
personas-title = Personas
personas-lead = Kam paredzēti pircēju ceļi. Aprakstiet klientus, kurus piesaistāt: ko viņi vēlas, kas viņus satrauc un kur viņi pavada laiku.
personas-add = Pievienot personu
personas-add-placeholder = Piemēram: Nedēļas nogales Anna
personas-add-button = Pievienot
personas-duplicate = Dublēt
personas-delete = Dzēst
personas-delete-named = Dzēst „{ $name }”
personas-copy-name = { $name } (kopija)
persona-name = Vārds
persona-name-placeholder = Vārds, kas palīdz viņu iztēloties
persona-segment = Segments
persona-segment-placeholder = Piemēram: 18–35 gadus veci skrējēji, kas iepērkas tiešsaistē
persona-life-stage = Dzīves posms
persona-life-stage-placeholder = Piemēram: karjeras sākums, bērnu nav
persona-goals = Mērķi
persona-goals-placeholder = Ko viņi vēlas sasniegt?
persona-needs = Vajadzības
persona-needs-placeholder = Kas viņiem vajadzīgs no tāda zīmola kā jūsējais?
persona-pains = Sāpju punkti
persona-pains-placeholder = Kas viņus satrauc vai attur?
persona-media = Vēlamie mediji
persona-places = Kur viņi pavada laiku
persona-places-placeholder = Lietotnes, vietnes, veikali, vietas
media-text = Teksts
media-images = Attēli
media-audio = Audio
media-video = Video

## Pircēja ceļa karte
journey-title = Pircēja ceļš
journey-lead = Katrai personai iezīmējiet posmus no pirmās saskares ar zīmolu līdz atkārtotam pirkumam: ko viņi vēlas un dzird, kur un kad ar jums sastopas, kāpēc izvēlas jūs un ko domā un jūt.
journey-no-personas = Vispirms pievienojiet personu: katrs ceļš pieder kādam cilvēkam.
journey-to-personas = Atvērt personas
journey-no-stages = Izvēlieties posmus, kuriem iet cauri pircēju ceļi. Vēlāk tos var pārdēvēt, pievienot, noņemt un pārkārtot.
journey-template-default = Pircēja ceļš: no atpazīstamības līdz ieteikšanai (6 posmi)
journey-template-race = RACE: sasniedzamība, mijiedarbība, konversija, iesaiste (4 posmi)
journey-persona = Persona
journey-help = Katra šūna tiek saglabāta, kamēr rakstāt. Saskares punktus var pārvilkt uz citu posmu vai pārvietot ar to izvēlni.
journey-map-label = Pircēja ceļa karte
journey-stage = Posms
journey-stage-name = { $n }. posma nosaukums
journey-stage-added = Pievienots posms „{ $stage }”.
journey-stage-moved = Posms „{ $stage }” pārcelts uz { $position }. vietu no { $count }.
journey-stage-deleted = Posms „{ $stage }” izdzēsts.
journey-stage-left = Pārcelt posmu „{ $stage }” agrāk
journey-stage-right = Pārcelt posmu „{ $stage }” vēlāk
journey-stage-delete = Dzēst posmu „{ $stage }”
journey-add-stage = Pievienot posmu
journey-new-stage = Jauns posms
journey-add-touchpoint = Pievienot saskares punktu…
journey-tp-label = { $channel }: { $ownership }, { $role }
journey-tp-added = { $channel } pievienots posmam { $stage }.
journey-tp-moved = { $channel } pārvietots uz posmu { $stage }.
journey-tp-moved-in = { $channel } pārvietots uz { $position }. vietu no { $count }.
journey-tp-deleted = { $channel } izdzēsts no posma { $stage }.
journey-tp-updated = { $channel } atjaunināts: { $ownership }, { $role }.
journey-tp-channel = Kanāls
journey-tp-custom = Kanāla nosaukums
journey-tp-ownership = Maksas, pašu vai nopelnītie
journey-tp-role = Loma
journey-tp-note = Kas tur notiek
journey-ownership-help = Maksas: reklāma, ko pērkat. Pašu: jūsu vietne, veikals, ieraksti, e-pasts. Nopelnītie: atsauksmes, kopīgojumi, prese.
journey-role-help = Atklājējs: liek cilvēkiem par jums uzzināt. Vārtu guvējs: pārvērš interesi pirkumā.
journey-showing = Rāda posmu „{ $stage }”, { $position }. no { $count }.
journey-emotion = Emociju līkne
journey-emotion-alt = Līniju diagramma, kas rāda personu sajūtas katrā posmā (personas: { $count }, posmi: { $stages }) no ļoti negatīvām (−2) līdz ļoti pozitīvām (+2). Vērtības ir tabulā zemāk.
journey-mix = Kanālu kopums: { $persona }
journey-mix-alt = Sakrauto joslu diagramma ar personas „{ $persona }” saskares punktiem katrā posmā, sadalītiem maksas, pašu un nopelnītajos. Skaitļi ir tabulā zemāk.
chart-as-table = Rādīt skaitļus tabulā
journey-coverage = Pārklājums
journey-coverage-none = Visi posmi ir pārklāti.
stage-awareness = Atpazīstamība
stage-consideration = Apsvēršana
stage-decision = Lēmums
stage-purchase = Pirkums
stage-retention = Noturēšana
stage-advocacy = Ieteikšana
stage-reach = Sasniedzamība
stage-act = Mijiedarbība
stage-convert = Konversija
stage-engage = Iesaiste
lane-goal = Mērķis
lane-message = Mūsu vēstījums
lane-where = Saskares punkti
lane-when = Kad
lane-why = Kāpēc mēs
lane-thoughts = Domas
lane-emotion = Emocijas
lane-friction = Klupšanas akmeņi
lane-opportunities = Iespējas
lane-kpi = KPI
emotion-very-negative = −2 Ļoti negatīvi
emotion-negative = −1 Negatīvi
emotion-neutral = 0 Neitrāli
emotion-positive = +1 Pozitīvi
emotion-very-positive = +2 Ļoti pozitīvi
channel-search = Meklēšana
channel-social = Sociālie mediji
channel-email = E-pasts
channel-sms = SMS
channel-display = Reklāmkarogi
channel-online-video = Tiešsaistes video
channel-website = Vietne
channel-app = Lietotne
channel-review-sites = Atsauksmju vietnes
channel-affiliates = Partneru programmas
channel-outdoor = Āra reklāma
channel-tv = TV
channel-radio = Radio
channel-print = Drukātie mediji
channel-shop = Veikals
channel-phone = Tālrunis
channel-customer-service = Klientu apkalpošana
channel-custom = Cits…
ownership-paid = Maksas
ownership-owned = Pašu
ownership-earned = Nopelnītie
role-discoverer = Atklājējs
role-goal-scorer = Vārtu guvējs
role-both = Atklājējs un vārtu guvējs
role-discoverer-short = A
role-goal-scorer-short = V
role-both-short = A+V
coverage-absent = { $persona }: posmā „{ $stage }” nav neviena saskares punkta — uzņēmums tur nav klātesošs.
coverage-no-kpi = { $persona }, posms „{ $stage }”: nav KPI, kas parādītu, kā mērīt panākumus.
coverage-no-discoverer = { $persona }, posms „{ $stage }”: spēlē tikai vārtu guvēji — neviens nerada pieprasījumu.
coverage-medium = { $persona } dod priekšroku formātam „{ $medium }”, bet neviens saskares punkts to neizmanto.
coverage-ends-at-purchase = { $persona }: ceļš beidzas ar pirkumu — nekas nemudina atgriezties.

## Komandas sastāvs
team-title = Komandas sastāvs
team-table = Katra kanāla loma katrā posmā
team-lead = Maksas, pašu un nopelnītie kanāli spēlē kā viena komanda: atklājēji rada pieprasījumu, vārtu guvēji to realizē. Šeit redzams, kurš kanāls kurā pozīcijā spēlē visu personu ceļos.
team-channel = Kanāls
team-none = Netiek izmantots
team-empty = Pievienojiet ceļiem saskares punktus, lai redzētu komandu.

## Atribūcija
attribution-title = Atribūcija
attribution-lead = Pirms pēdējā klikšķa ir daudz saskares punktu. Uzskaitiet parauga ceļu līdz konversijai un salīdziniet, cik lielu nopelnu daļu katrs kanāls saņem piecos modeļos.
attribution-path = Ceļš līdz konversijai
attribution-path-help = No pirmā saskares punkta līdz pēdējam, kuram pienākas pēdējais klikšķis.
attribution-add-step = Pievienot saskares punktu
attribution-step-label = Kas notika
attribution-days = Dienas pirms konversijas
attribution-earlier = Pārcelt „{ $step }” agrāk
attribution-later = Pārcelt „{ $step }” vēlāk
attribution-delete = Dzēst „{ $step }”
attribution-value = Konversijas vērtība
attribution-value-help = Cik vērta ir konversija, piemēram, 120 vai 120,50.
attribution-value-invalid = Ierakstiet summu, piemēram, 120 vai 120,50.
amount-invalid = Ierakstiet summu, piemēram, 40000 vai 40 000.
with-currency = { $label } ({ $currency })
attribution-results = Nopelni pa kanāliem
attribution-empty = Pievienojiet ceļam saskares punktus, lai redzētu nopelnu sadalījumu.
attribution-total = Kopā
attribution-alt = Grupētu joslu diagramma, kas rāda, kā pieci atribūcijas modeļi sadala nopelnus starp kanāliem (kanālu skaits: { $count }); katrs modelis sadala { $value }. Skaitļi ir tabulā zemāk.
model-last-click = Pēdējais klikšķis
model-first-click = Pirmais klikšķis
model-linear = Lineārais
model-position-based = Uz pozīciju balstīts
model-time-decay = Laika samazinājums
model-last-click-about = Viss pēdējam saskares punktam: visus nopelnus saņem vārtu guvējs.
model-first-click-about = Viss pirmajam saskares punktam: visus nopelnus saņem atklājējs.
model-linear-about = Katram saskares punktam vienāda daļa.
model-position-based-about = 40 % pirmajam un 40 % pēdējam saskares punktam; atlikušos 20 % sadala starp punktiem pa vidu.
model-time-decay-about = Vairāk saskares punktiem, kas ir tuvāk konversijai: par katrām septiņām dienām pirms tās punkta svars samazinās uz pusi.
error-not-empty = To var izdarīt tikai tad, kad saraksts ir tukšs.

## Navigācija: grupas un plāns
nav-diagnose = Kur mēs esam
nav-customers = Klienti
nav-planning = Plāns
nav-objectives = Mērķi
nav-creative = Radošā ideja
nav-engagement = Iesaiste
nav-mix = Mārketinga komplekss
nav-monitor = Uzraudzība
nav-report = Atskaite

## Saites uz secinājumiem
links-title = Atbild uz šiem secinājumiem
links-none = Vēl nav saistīts ne ar vienu secinājumu.
links-add = Piesaistīt secinājumu…
links-add-label = Piesaistīt secinājumu
links-remove = Atsaistīt „{ $link }”

## SMART mērķi
objectives-title = SMART mērķi
objectives-lead = Pārvērtiet atklāto mērķos: konkrētos, izmērāmos, sasniedzamos, reālistiskos un laikā noteiktos. Katram norādiet, kā to mēra, cik bieži uzrauga un kurš par to atbild.
objectives-add = Pievienot mērķi
objectives-add-placeholder = Piemēram: Palielināt Product X zīmola redzamību
objective-statement = Mērķis
objective-statement-placeholder = Kas mainīsies?
objective-metric = Rādītājs
objective-metric-placeholder = Ko skaitāt, piemēram, zīmola meklējumus mēnesī
objective-unit = Mērvienība
objective-unit-placeholder = %, £, meklējumi…
objective-baseline = Sākotnējā vērtība
objective-target = Mērķvērtība
objective-start = Sākums
objective-deadline = Termiņš
objective-audience = Tirgus un auditorija
objective-audience-placeholder = Piemēram: Apvienotā Karaliste, 18–35 gadus veci
objective-measured = Kā to mēra
objective-measured-placeholder = Piemēram: tīmekļa analītika, aptauja, īpaša akcijas saite
objective-monitored = Cik bieži to uzrauga
objective-manager = Kurš par to atbild
objective-manager-placeholder = Piemēram: mārketinga komanda
objective-tactics = Taktikas šī mērķa sasniegšanai
objective-delete = Dzēst mērķi
frequency-daily = Katru dienu
frequency-weekly = Katru nedēļu
frequency-monthly = Katru mēnesi
frequency-quarterly = Katru ceturksni
smart-title = SMART pārbaude
smart-S = Konkrēts
smart-M = Izmērāms
smart-A = Sasniedzams
smart-R = Reālistisks
smart-T = Laikā noteikts
smart-S-met = norāda, kas mainīsies un kam.
smart-M-met = ir rādītājs, skaitlis un mērīšanas veids.
smart-A-met = balstās uz zināmu sākotnējo vērtību, un ir noteikts atbildīgais.
smart-R-met = mērķvērtība šķiet sasniedzama paredzētajā tempā.
smart-T-met = ir termiņš un uzraudzības biežums.
smart-no-statement = norādiet, kas mainīsies.
smart-no-audience = norādiet tirgu vai auditoriju.
smart-no-metric = nosauciet rādītāju, ko skaitāt.
smart-no-number = nav mērķa skaitļa, tāpēc vēl nav izmērāms.
smart-no-measure = norādiet, kā to mēra.
smart-no-baseline = norādiet, no kāda līmeņa sākat (sākotnējo vērtību).
smart-no-manager = norādiet, kurš par to atbild.
smart-no-path = lai novērtētu tempu, vajadzīga sākotnējā vērtība, mērķvērtība, sākums un termiņš.
smart-too-fast = atvēlētajam laikam mērķvērtība ir krietni virs sākotnējās vērtības. Vai tas ir reālistiski?
smart-no-deadline = nav termiņa, tāpēc vēl nav laikā noteikts.
smart-deadline-before-start = termiņš ir pirms sākuma.
smart-no-frequency = norādiet, cik bieži to uzrauga.

## KPI
kpi-title = KPI
kpi-name = KPI
kpi-level = Līmenis
kpi-level-specialist = Speciālista (kanāls)
kpi-level-manager = Vadītāja (kampaņa un piltuve)
kpi-level-management = Vadības (izaugsme, peļņa, klienta mūža vērtība, tirgus daļa)
kpi-no-channel = Bez kanāla
kpi-add = Pievienot KPI
kpi-add-placeholder = Ierakstiet KPI un nospiediet Enter
kpi-delete = Dzēst KPI „{ $kpi }”
kpi-loose = KPI bez mērķa
kpi-checks = KPI pārbaudes
kpi-checks-none = Katram mērķim ir no viena līdz pieciem KPI, un katram līmenim ir savs KPI.
kpi-check-none = Mērķim „{ $objective }” vēl nav neviena KPI.
kpi-check-overload = Mērķim „{ $objective }” ir vairāk nekā pieci KPI: mēriet to, kas palīdz pieņemt lēmumus, nevis visu.
kpi-check-no-specialist = Speciālista līmenī vēl nav KPI: kanāla vadītājiem vajag savu, piemēram, klikšķu vai atvēršanas rādītāju.
kpi-check-no-manager = Vadītāja līmenī vēl nav KPI: pievienojiet kampaņai un piltuvei, piemēram, potenciālos klientus vai izmaksas uz pārdošanu.
kpi-check-no-management = Vadības līmenī vēl nav KPI: pievienojiet rādītāju, pēc kura vada uzņēmumu, piemēram, izaugsmi, peļņu vai klienta mūža vērtību.

## Radošā ideja
creative-title = Radošā ideja
creative-lead = Ko plānojat darīt, kā tas palīdz sasniegt mērķus un ar ko tas izceļas konkurentu vidū.
creative-headline = Galvenais piedāvājums
creative-headline-help = Galvenais, ko piedāvājat, vienā teikumā.
creative-promotions = Atbalstošās aktivitātes
creative-promotions-help = Piedāvājumi, pasākumi un saturs, kas stiprina galveno piedāvājumu.
creative-tagline = Sauklis
creative-tagline-help = Īsa frāze, kas paliek atmiņā.
creative-storyboard = Vizuālie materiāli vai kadru scenārijs
creative-storyboard-help = Ko cilvēki redzēs un dzirdēs — ainu pa ainai.
creative-justification = Kāpēc tas darbosies
creative-justification-help = Kuri stāvokļa novērtējuma un SWOT analīzes secinājumi ļauj idejai izcelties.

## Mārketinga komplekss
mix-title = Mārketinga komplekss
mix-lead = 4P joprojām ir spēkā, tikai to definīcijas jāattiecina uz mūsdienu biznesa modeļiem: par „bezmaksas” lietotni kāds tomēr maksā.
mix-product = Produkts
mix-product-help = Ko pārdodat un kādu problēmu tas atrisina.
mix-price = Cena
mix-price-help = Cik tas maksā un kurš maksā.
mix-place = Vieta
mix-place-help = Kur un kā cilvēki to pērk.
mix-promotion = Virzīšana
mix-promotion-help = Kā cilvēki par to uzzina.
mix-notes = Piezīmes
mix-decisions = Pieņemtie lēmumi

## Iesaistes stratēģija
engagement-title = Iesaistes stratēģija
engagement-lead = Kam plāns paredzēts un ko dara katrs kanāls. Maksas, pašu un nopelnītie kanāli ir viena komanda: atklājēji rada pieprasījumu, vārtu guvēji to realizē.
engagement-audience = Mērķauditorija
engagement-audience-help = Ko vēlaties sasniegt.
engagement-justification = Kāpēc tieši šī auditorija
engagement-justification-help = Kādi pētījumi pamato šo izvēli.
engagement-tactics = Taktikas pa kanāliem
engagement-add = Pievienot taktiku
engagement-add-prompt = Izvēlieties kanālu…
tactic-plan = Ko darīsim
tactic-justification = Kāpēc šis kanāls
tactic-measure = Kā to mēra
tactic-monitor = Kā to uzrauga
tactic-manage = Kurš par to atbild
tactic-budget = Budžets
tactic-objectives = Mērķi, ko tā atbalsta
tactic-delete = Dzēst taktiku „{ $tactic }”
scenario-good = Labs
scenario-better = Labāks
scenario-best = Labākais
budget-title = Budžets
budget-help = Trīs scenāriji, lai finanšu nodaļa varētu apstiprināt to, kas stratēģijai patiešām vajadzīgs.
budget-over = { $scenario }: { $total } pārsniedz veselības pārbaudē norādīto budžetu { $budget }.
budget-empty = Pievienojiet taktikas, lai redzētu budžetu.
budget-by-channel = Pa kanāliem katrā scenārijā
budget-by-ownership = Maksas, pašu un nopelnītie kanāli katrā scenārijā
budget-scenario = Scenārijs
budget-channel-alt = Grupētu joslu diagramma ar kanālu budžetu (kanālu skaits: { $count }) scenārijos „Labs”, „Labāks” un „Labākais”. Summas ir tabulā augstāk.
budget-ownership-alt = Sakrautu joslu diagramma ar maksas, pašu un nopelnīto kanālu budžetu katrā scenārijā.

## Mērīšana, uzraudzība, vadība
monitor-title = Uzraudzība
monitor-lead = Ierakstiet katra mērķa rādītāja mērījumus un salīdziniet tos ar taisni no sākotnējās vērtības līdz mērķvērtībai. Pēc tam noslēdziet loku: ko uzzinājāt un ko mainīsiet?
monitor-no-objectives = Vispirms pievienojiet mērķus: pagaidām nav ko uzraudzīt.
monitor-path = Ceļš līdz mērķvērtībai
monitor-actual = Mērījumi
monitor-chart-alt = Līniju diagramma, kurā mērījumi (skaits: { $count }) salīdzināti ar taisni līdz mērķvērtībai. Statuss: { $status }.
monitor-table-caption = { $metric }: mērījumi salīdzinājumā ar ceļu līdz mērķvērtībai
monitor-no-path = Norādiet mērķim sākotnējo vērtību, mērķvērtību, sākumu un termiņu, lai redzētu tā ceļu.
monitor-readings = Rādītāja „{ $metric }” mērījumi
monitor-date = Datums
monitor-value = Vērtība
monitor-add-reading = Pievienot mērījumu
monitor-delete-reading = Dzēst mērījumu ({ $date })
status-unknown = Nav statusa
status-no-readings = Nav mērījumu
status-achieved = Sasniegts
status-missed = Nav sasniegts
status-on-track = Atbilst plānam
status-at-risk = Apdraudēts
status-off-track = Atpaliek no plāna
status-unknown-rule = Statusa noteikšanai vajadzīga sākotnējā vērtība, mērķvērtība, sākums un termiņš.
status-no-readings-rule = Ierakstiet mērījumu, lai redzētu statusu.
status-achieved-rule = Jaunākais mērījums sasniedz mērķvērtību.
status-missed-rule = Termiņš ir pagājis, un mērķvērtība netika sasniegta.
status-on-track-rule = Jaunākais mērījums sasniedz { $ratio } % no progresa, kāds pēc taisnes sagaidāms šobrīd (atbilst plānam no { $on } %).
status-at-risk-rule = Jaunākais mērījums sasniedz { $ratio } % no progresa, kāds pēc taisnes sagaidāms šobrīd (apdraudēts no { $risk } %, atbilst plānam no { $on } %).
status-off-track-rule = Jaunākais mērījums sasniedz tikai { $ratio } % no progresa, kāds pēc taisnes sagaidāms šobrīd (zem { $risk } % — atpaliek no plāna).
status-backwards-rule = Jaunākais mērījums ir tālāk no mērķa nekā sākuma vērtība: tas ir gājis atpakaļ, nevis uz priekšu (zem { $risk }% no gaidītā progresa ir novirze no kursa).
reviews-title = Pārskatīšanas žurnāls
reviews-help = Atgriezeniskā saite no pārdošanas, klientu apkalpošanas un datiem nonāk atpakaļ plānā. Vai problēma ir taktiska (vājš radošais risinājums) vai sistēmiska (auditorija nav tur, kur domājāt)?
reviews-add = Pievienot pārskatīšanu
reviews-source = Avots
reviews-scope = Problēmas veids
reviews-learned = Ko uzzinājām
reviews-change = Ko mainām
reviews-delete = Dzēst pārskatīšanu
source-sales = Pārdošana
source-service = Klientu apkalpošana
source-data = Dati
source-customers = Klienti
source-team = Komanda
scope-tactical = Taktiska
scope-systemic = Sistēmiska

## Plāni, atskaite un datu drošība

save-waiting = Gaida jūsu izvēli
conflict-title = Šis plāns tika mainīts arī citā cilnē
conflict-body = Abās cilnēs tika mainīta viena un tā pati plāna daļa. Izvēlieties, kuru versiju paturēt. Otra tiks saglabāta kā kopija plānu sarakstā, līdz jūs to izdzēsīsiet.
conflict-keep-mine = Paturēt šīs cilnes versiju
conflict-use-theirs = Izmantot otras cilnes versiju
chart-download = Lejupielādēt:
chart-download-svg = Lejupielādēt „{ $chart }” SVG formātā
chart-download-png = Lejupielādēt „{ $chart }” PNG formātā (divkāršā izmērā)
save = Saglabāt
cancel = Atcelt
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
plans-rename = Pārdēvēt
plans-rename-label = Jaunais nosaukums
plans-duplicate = Dublēt
plans-copy-name = { $name } (kopija)
plans-download = Lejupielādēt
plans-delete = Dzēst
plans-deleted = Plāns „{ $name }” izdzēsts.
plans-delete-failed = Šo plānu neizdevās izdzēst. Nekas netika mainīts.
plans-undo-failed = Plānu neizdevās atgūt. Pārlādējiet lapu un meklējiet to sarakstā.
usage-title = Krātuve šajā pārlūkprogrammā
usage-body = No aptuveni { $limit }, ko pārlūkprogramma atvēl vienai vietnei, jūsu plāni aizņem { $used }, bet to momentuzņēmumi un kopijas — { $copies }.
usage-meter = Izmantotā krātuve
usage-nearly-full = Krātuve ir gandrīz pilna. Pirms vieta beidzas, lejupielādējiet plānus, kurus vēlaties paturēt, izdzēsiet tos, kas vairs nav vajadzīgi, vai lejupielādējiet un izdzēsiet vecus momentuzņēmumus. Kad vietas pietrūkst, Waymark vispirms atsakās no vecajiem momentuzņēmumiem.
usage-estimate = Kopumā šī pārlūkprogramma ļauj vietnei glabāt līdz { $quota }, taču plāni tiek glabāti lokālajā krātuvē, kurai ir iepriekš minētais mazākais ierobežojums.
snapshots-title = Plāna „{ $name }” momentuzņēmumi
snapshots-help = Waymark glabā atvērtā plāna agrākās versijas: kad sākat sesiju un ik pēc desmit minūtēm, kamēr strādājat. Ja vieta beidzas, vecākās tiek dzēstas pirmās. Atjaunojot kādu no tām, arī pašreizējā versija tiek saglabāta kā momentuzņēmums.
snapshots-none = Momentuzņēmumu vēl nav. Pirmais tiks izveidots, kad nākamreiz ko mainīsiet.
snapshots-restore = Atjaunot
snapshots-failed = Šo momentuzņēmumu nevarēja nolasīt, vai arī pašreizējo versiju vispirms nevarēja saglabāt. Nekas netika mainīts.
snapshot-why-session = sesijas sākumā
snapshot-why-interval = darba laikā
snapshot-why-other-tab = no otras cilnes
snapshot-why-before-restore = pirms atjaunošanas
share-title = Kopīgot kā saiti
share-help = Saitē pēc zīmes „#” ir viss plāns saspiestā veidā: šī daļa nekad netiek nosūtīta uz serveri. Ikviens, kas saiti atver, var importēt plānu kā jaunu plānu savā pārlūkprogrammā.
share-make = Izveidot kopīgošanas saiti
share-link-label = Kopīgošanas saite
share-copy = Kopēt
share-copied = Nokopēts.
share-too-large = Šis plāns ir pārāk liels, lai to ievietotu saitē. Lejupielādējiet to un nosūtiet failu.
share-failed = Šī pārlūkprogramma nevarēja izveidot saiti. Lejupielādējiet plānu un nosūtiet failu.
share-damaged = Šī saite ir bojāta vai nepilnīga. Palūdziet vēlreiz atsūtīt saiti vai failu.
share-empty = Šajā saitē nav plāna.
share-page-title = Kopīgots plāns
share-page-lead = Kāds ar šo saiti ir kopīgojis ar jums plānu. Nekas netiek saglabāts, kamēr to neimportējat; tas kļūs par jaunu plānu, un jūsu plāni netiks skarti.
share-reading = Nolasa saitē esošo plānu…
import-title = Importēt plānu
import-help = Izvēlieties Waymark plāna failu (.json) vai ievelciet to šeit. Fails vispirms tiek pārbaudīts un parādīts, pirms kaut kas tiek mainīts, un vienmēr kļūst par jaunu plānu.
import-choose = Izvēlēties failu…
import-preview-title = Šajā failā ir
import-confirm = Importēt kā jaunu plānu
import-failed = Šis fails netika importēts, un nekas netika mainīts: { $reason }.
import-too-large = tā izmērs ir { $size }, bet importēt var failus līdz 5 MB
import-unreadable = Šo failu neizdevās nolasīt. Vai tas ir teksta fails?
import-save-failed = Plānu neizdevās saglabāt: pārlūkprogrammas krātuve ir pilna. Atbrīvojiet vietu (skatiet sadaļu „Krātuve šajā pārlūkprogrammā”) un mēģiniet vēlreiz.
import-migrated = Tas tika saglabāts ar vecāku Waymark versiju (formāta versija { $version }) un tiek atjaunināts.
import-count-answers = { $count ->
    [zero] { $count } stāvokļa novērtējuma atbilžu
    [one] { $count } stāvokļa novērtējuma atbilde
   *[other] { $count } stāvokļa novērtējuma atbildes
}
import-count-swot = { $count ->
    [zero] { $count } SWOT kartīšu
    [one] { $count } SWOT kartīte
   *[other] { $count } SWOT kartītes
}
import-count-pestle = { $count ->
    [zero] { $count } PESTLE kartīšu
    [one] { $count } PESTLE kartīte
   *[other] { $count } PESTLE kartītes
}
import-count-strategies = { $count ->
    [zero] { $count } TOWS stratēģiju
    [one] { $count } TOWS stratēģija
   *[other] { $count } TOWS stratēģijas
}
import-count-personas = { $count ->
    [zero] { $count } personu
    [one] { $count } persona
   *[other] { $count } personas
}
import-count-stages = { $count ->
    [zero] { $count } pircēja ceļa posmu
    [one] { $count } pircēja ceļa posms
   *[other] { $count } pircēja ceļa posmi
}
import-count-touchpoints = { $count ->
    [zero] { $count } saskares punktu
    [one] { $count } saskares punkts
   *[other] { $count } saskares punkti
}
import-count-objectives = { $count ->
    [zero] { $count } mērķu
    [one] { $count } mērķis
   *[other] { $count } mērķi
}
import-count-kpis = { $count } KPI
import-count-readings = { $count ->
    [zero] { $count } mērījumu
    [one] { $count } mērījums
   *[other] { $count } mērījumi
}
import-count-tactics = { $count ->
    [zero] { $count } taktiku
    [one] { $count } taktika
   *[other] { $count } taktikas
}
import-count-reviews = { $count ->
    [zero] { $count } pārskatīšanu
    [one] { $count } pārskatīšana
   *[other] { $count } pārskatīšanas
}

## Atskaites lapa
report-intro = Viss plāns vienā dokumentā. Izdrukājiet to vai saglabājiet kā PDF, lai nodotu tālāk; daļas, kurās nekā nav, netiek iekļautas.
report-print = Drukāt vai saglabāt kā PDF
report-kicker = Mārketinga plāns
report-date = Atskaites datums
report-contents = Saturs
report-empty = Vēl nekas nav aizpildīts: katra plāna daļa šeit parādīsies, tiklīdz tajā būs saturs.
report-missing = Vēl nav aizpildīts:
report-none = Vēl nekas nav ierakstīts.
report-weakest = { $count ->
    [zero] Vājākās jomas: { $areas }
    [one] Vājākā joma: { $areas }
   *[other] Vājākās jomas: { $areas }
}
report-barriers = Šķēršļi un iespējas
report-objectives = Mērķi un uzraudzība
report-smart-met = Atbilst visiem pieciem SMART kritērijiem.
report-latest = Jaunākais mērījums: { $value } ({ $date })
report-creative = Radošā ideja un mārketinga komplekss
report-journey-of = Pircēja ceļš: { $persona }
crash-title = Kļūdas dēļ Waymark pārtrauca darbu
crash-body = Jūsu plāns, kāds tas bija pēdējoreiz saglabāts, ir drošībā šajā pārlūkprogrammā. Drošības labad lejupielādējiet kopiju un pēc tam pārlādējiet lapu. Ja tas atkārtojas, nosūtiet failu un aprakstu par to, ko darījāt, tam, kas jums iedeva Waymark.
crash-download = Lejupielādēt plānu
crash-reload = Pārlādēt lapu
export-title = Eksportēt
export-json = Lejupielādēt plānu (JSON)
export-markdown = Atskaite Markdown formātā
export-csv-swot = SWOT CSV formātā
export-csv-pestle = PESTLE CSV formātā
export-csv-touchpoints = Saskares punkti CSV formātā
export-csv-kpis = KPI CSV formātā

# Labels inside the exported report and CSV lists (src/domain/export.rs).
export-date = Eksportēšanas datums
export-weak-answers = Vāji novērtētās atbildes
export-progress = Progress attiecībā pret plānu
export-latest-reading = Jaunākais mērījums
export-col-id = ID
export-col-quadrant = Kvadrants
export-empty = Šajā plānā vēl nekas nav ierakstīts.
export-deleted = Izdzēsta kartīte

reminder-title = Paturiet šī plāna kopiju
reminder-body = Šajā plānā ir izmaiņas, kas nav nevienā jūsu lejupielādētajā failā, un dažas no tām ir nedēļu vecas vai vecākas. Pārlūkprogrammas var notīrīt vietnes datus; lejupielādēts fails ir kopija, kas paliek jums.
reminder-download = Lejupielādēt plānu tagad
reminder-later = Ne tagad

## Offline and updates
update-ready = Ir gatava jauna Waymark versija.
update-reload = Pārlādēt
update-reloading = Pārlādēs, tiklīdz plāns būs saglabāts…
update-after-save = Pārlādēt varēs, kad jūsu izmaiņas būs saglabātas (skatiet ziņojumu augstāk).
update-loses-changes = Šī pārlūkprogramma neko no šeit rakstītā nesaglabā, tāpēc pārlādējot tas zudīs: vispirms lejupielādējiet plānu.

## Prezentācijas režīms
present-button = Prezentēt
present-button-title = Rādīt šo sadaļu auditorijai pilnekrāna slaidos
present-capture = Pierakstīt idejas
present-nav = Slaidi
present-previous = Iepriekšējais
present-next = Nākamais
present-slide-count = Slaids { $n } no { $count }
present-slide-announce = Slaids { $n } no { $count }: { $title }
present-objective-of = Mērķis { $n } no { $count }
present-exit = Beigt prezentāciju
present-fullscreen = Pilnekrāns
present-fullscreen-exit = Iziet no pilnekrāna
present-keys-move = iepriekšējais, nākamais
present-keys-ends = pirmais, pēdējais
present-keys-leave = beigt
present-key-left = ←
present-key-right = →
present-key-pgup = PgUp
present-key-pgdn = PgDn
present-key-space = Atstarpe
present-key-home = Home
present-key-end = End
present-key-esc = Esc
present-timer = Darbnīcas taimeris
present-timer-minutes = Minūtes
present-timer-start = Sākt
present-timer-pause = Pauze
present-timer-resume = Turpināt
present-timer-reset = Atiestatīt
present-timer-left = Atlikušais laiks: { $time }
present-timer-paused = Apturēts
present-timer-done = Laiks ir beidzies
present-timer-for = Uzdevums
present-timer-for-any = Viss slaids
present-timer-started = Taimeris palaists: { $minutes } min.
present-timer-started-for = Taimeris palaists: { $minutes } min. uzdevumam “{ $exercise }”.
present-timer-paused-at = Taimeris apturēts pie { $time }.
present-timer-resumed = Taimeris turpina.
present-timer-was-reset = Taimeris atiestatīts.
present-zoom = Izcelt šo kartīti
present-zoom-card = Izcelt „{ $card }”
present-zoom-close = Aizvērt

## Kept copies (storage/kept.rs): what the app kept instead of losing it
kept-see-list = Skatīt saglabātās kopijas
kept-settings-notice = Jūsu iestatījumus neizdevās nolasīt. Tie ir nolikti malā plānu sarakstā, un pagaidām tiek izmantoti noklusējuma iestatījumi. Jūsu plānus tas neietekmē.
kept-unreadable-notice = { $count ->
    [zero] { $count } saglabātos ierakstus neizdevās nolasīt.
    [one] { $count } saglabāto ierakstu neizdevās nolasīt.
   *[other] { $count } saglabātos ierakstus neizdevās nolasīt.
} Tie ir glabāti nemainīti plānu sarakstā, kur tos varat lejupielādēt.
kept-copy-notice = Versija, kuru neizvēlējāties, ir saglabāta kā kopija. Tā paliek plānu sarakstā sadaļā “Saglabātās kopijas”, līdz to izdzēšat.
kept-title = Saglabātās kopijas
kept-help = Versijas un saglabātie dati, ko Waymark jums paturēja, lai tie nepazustu. Tie paliek šeit, līdz jūs tos izdzēšat.
kept-settings-name = Iestatījumi, kurus neizdevās nolasīt
kept-unreadable-name = Plāns, kuru neizdevās nolasīt
kept-why-unreadable = neizdevās nolasīt
kept-why-other-tab = versija, kas netika izvēlēta starp divām cilnēm
kept-why-settings = iestatījumi, kurus neizdevās nolasīt
kept-when = saglabāta { $date }
kept-open = Atvērt kā plānu
kept-download = Lejupielādēt
kept-delete = Dzēst
kept-delete-confirm = Dzēst neatgriezeniski
kept-failed = Neizdevās. Kopija nav mainīta.
usage-kept = Saglabātās kopijas aizņem { $kept }. Tās paliek, līdz jūs tās izdzēšat.

## The deployment's config (embed/config.rs): problems whoever deployed Waymark should fix
config-insecure-origin = Šis Waymark ir iestatīts apmainīties ar plāniem ar lapām, kas nav šifrētas (http://): { $origins }. Ikviens to tīklā varētu uzdoties par tām. Tam, kurš uzstādīja Waymark, failā waymark.config.json jānorāda to https:// adreses.

## Sections that load when first opened (pages/lazy.rs)
lazy-loading = Ielādē šo sadaļu…
lazy-failed = Šo sadaļu neizdevās ielādēt. Pārbaudiet savienojumu un pārlādējiet lapu: jūsu plāns ir saglabāts.
lazy-reload = Pārlādēt
reader-failed = Daļu no Waymark neizdevās ielādēt, tāpēc plānus vēl nevar atvērt vai izveidot. Pārbaudiet savienojumu un pēc tam pārlādējiet lapu: nekas saglabātais nav mainīts.

## A choice that acts only when confirmed (ui/choose.rs): the button beside the list
choose-move = Pārvietot
journey-add-touchpoint-to = Pievienot saskares punktu posmā { $stage }
choose-add = Pievienot

## The overview's progress and "Continue" (issue 14)
progress-title = Jūsu ceļš cauri metodei
progress-not-started = Nav sākts
progress-partly = Procesā: { $done } no { $total }
progress-done = Gatavs
progress-continue = Turpināt ar: { $section }
progress-finished = Visi soļi ir paveikti: plānu var lasīt, drukāt vai nosūtīt.
progress-open-report = Atvērt pārskatu
progress-goal-health = Atbildēts par sākumpunktu un četriem kontekstiem
progress-goal-swot = Kartīte katrā kvadrantā
progress-goal-pestle = Kartīte katram faktoram
progress-goal-tows = Vismaz viena stratēģija
progress-goal-personas = Vismaz viena persona
progress-goal-journeys = Saskarsmes punkti katras personas ceļā
progress-goal-objectives = Mērķi, kas atbilst SMART pārbaudei, katram savs KPI
progress-goal-creative = Visas radošās idejas daļas
progress-goal-mix = Lēmums katram no četriem P
progress-goal-engagement = Taktikas un budžets
progress-goal-attribution = Pēc izvēles: kā sadala nopelnu par pirkumu
progress-goal-reviews = Mērījums katram mērķim
continue-to = Turpināt: { $section }
