# Waymark — Svenska. Varje språkfil måste ha exakt samma meddelande-id:n som den engelska
# (annars fallerar tests/i18n.rs). Behåll platshållare ({ $name }) som de är.

## Ramverket
app-name = Waymark
sep-label = { ": " }
sep-list = { ", " }
sep-items = { "; " }
app-tagline = Marknadsföringsstrategi, ett steg i taget
skip-to-content = Hoppa till innehållet
nav-label = Avsnitt
nav-overview = Översikt
header-tools = Planverktyg
plan-name-label = Planens namn
language-label = Språk
theme-label = Tema
theme-system = Systemstandard
theme-light = Ljust
theme-dark = Mörkt
language-load-failed = Språket kunde inte laddas. Kontrollera anslutningen och försök igen.
undo = Ångra
redo = Gör om
undo-title = Ångra (Ctrl+Z)
redo-title = Gör om (Ctrl+Shift+Z)

## What an undo or redo changed (app/undo.rs; the page is a nav-* name)
undo-done = Ångrat: { $what } på sidan { $page }
redo-done = Gjort om: { $what } på sidan { $page }
undo-done-here = Ångrat: { $what }
redo-done-here = Gjort om: { $what }
undo-what-name = planens namn
undo-what-description = planens beskrivning
undo-what-language = planens språk
undo-what-start = utgångsläge
undo-what-answer = svar i hälsokontrollen
undo-what-card = SWOT-kort
undo-what-factor = PESTLE-faktor
undo-what-strategy = TOWS-strategi
undo-what-persona = persona
undo-what-stage = steg i kundresan
undo-what-touchpoint = kontaktpunkt
undo-what-journey = ruta i kundresan
undo-what-path = attribueringsväg
undo-what-reading = mätvärde
undo-what-kpi = KPI
undo-what-objective = mål
undo-what-creative = kreativ idé
undo-what-tactic = taktik
undo-what-engagement = engagemangsstrategi
undo-what-mix = marknadsmix
undo-what-review = uppföljningsanteckning
undo-what-plan = planen
footer-privacy = Din plan stannar i den här webbläsaren. Waymark kräver inget konto och skickar ingenting någonstans.

## Sparstatus
save-status-label = Sparstatus
save-saved = Sparat
save-saving = Sparar…
save-failed = Inte sparat
save-memory = Sparas inte

## Välkommen (ingen plan än)
welcome-title = Kartan hjälper först när du vet var du står
welcome-lead = Waymark tar dig från en hälsokontroll av din verksamhet till en marknadsföringsplan som går att genomföra: hinder och möjligheter, SMART-mål, en kreativ idé, kanaler som samverkar och hur du ska mäta resultatet.
welcome-name-label = Ge din plan ett namn
welcome-name-help = Du kan ändra det när som helst.
welcome-name-placeholder = Till exempel: Vårlansering 2027
welcome-create = Skapa plan
welcome-default-name = Min marknadsföringsplan
welcome-private = Allt du skriver stannar i den här webbläsaren. Du behöver inget konto, och ingenting skickas någonstans.

## Översikt
overview-title = Översikt
overview-name-label = Planens namn
overview-description-label = Om planen
overview-description-help = Några meningar: vad verksamheten gör, vilka den riktar sig till och vad planen ska uppnå.
overview-description-placeholder = Till exempel: Vi säljer hållbara löparskor på nätet. Planen ska öka antalet återköp bland 25–40-åringar i år.
overview-details = Detaljer
overview-created = Skapad
overview-updated = Senast ändrad
overview-plan-language = Planens språk
overview-plan-language-help = Språket som planen är skriven på. Gränssnittets språk väljer du i sidhuvudet.

## Meddelanden om lagring och säkerhet
storage-blocked = Den här webbläsaren låter inte Waymark lagra data här, så inget du skriver finns kvar när du stänger sidan.
storage-full = Webbläsarens lagringsutrymme är fullt, så dina senaste ändringar har inte sparats. Den senast sparade versionen är i säkerhet. Frigör lite utrymme (till exempel genom att radera gammal webbplatsdata), så sparar Waymark igen vid din nästa ändring.
storage-failed = Det gick inte att spara: { $detail }. Den senast sparade versionen är i säkerhet.
save-newer-version = En nyare version av Waymark har sparat den här planen (formatversion { $found }). Sidan har slutat spara så att det arbetet inte skrivs över. Ladda om sidan för att fortsätta.
rescued-title = En sparad plan gick inte att öppna
rescued-body = Den har behållits exakt som den var sparad. Ladda ned den om du vill ha en kopia – en senare version av Waymark kan kanske öppna den.
rescued-reason = Orsak: { $reason }
rescued-download = Ladda ned sparad data
migrated-notice = Den här planen sparades av en äldre version av Waymark (formatversion { $version }) och har nu uppdaterats.
dismiss = Stäng

## Varför ett sparat dokument inte gick att läsa
schema-too-large = den är större än 5 MB
schema-not-json = den är inte giltig JSON
schema-not-a-plan = den är ingen Waymark-plan
schema-newer-version = den sparades av en nyare version av Waymark (formatversion { $found })
schema-invalid = innehållet stämmer inte med en Waymark-plan ({ $detail })

## Varför en ändring nekades
error-empty-name = Planen måste ha ett namn.
error-too-long = Texten är för lång: högst { $max } tecken.

## Sidan hittades inte
not-found-title = Sidan hittades inte
not-found-body = Det finns ingenting på den här adressen.
not-found-home = Gå till översikten

## Navigering mellan avsnitten
nav-health = Hälsokontroll
nav-plans = Planer

## Hälsokontroll: guiden
hc-title = Hälsokontroll
hc-lead = Kartan hjälper först när du vet var du står. Svara på det du kan, bedöm hur stark verksamheten är och notera vad varje svar bygger på. Inget är obligatoriskt – du kan komma tillbaka när som helst.
hc-steps-label = Hälsokontrollens steg
hc-step-start = Utgångsläge
hc-step-customer = Kundkontext
hc-step-business = Verksamhetskontext
hc-step-external = Extern kontext
hc-step-internal = Intern kontext
hc-step-summary = Sammanfattning
hc-state-complete = Klar
hc-state-partly = { $done } av { $total }
hc-state-not-started = Inte påbörjad
hc-step-of = Steg { $n } av { $total }
hc-back = Tillbaka
hc-next = Nästa
hc-to-summary = Visa sammanfattningen

## Hälsokontroll: utgångsläget (seed 003)
hc-start-intro = Först av allt: var står du i dag, vart vill du komma och vad har du att ta dig dit med?
hc-start-now = Var står vi i dag?
hc-start-now-help = Verksamheten just nu: vad du säljer och till vem, hur marknadsföringen fungerar i dag och vad den ger.
hc-start-now-placeholder = Till exempel: Vi säljer löparskor på nätet i Storbritannien. Det mesta av försäljningen kommer från betald sökning och återkommande kunder.
hc-start-scope = Vilken sorts strategi är det här?
hc-start-scope-annual = En strategi för hela året
hc-start-scope-micro = En mikrostrategi för en lansering eller kampanj
hc-start-scope-none = Inte bestämt
hc-start-goal = Vad är målet?
hc-start-goal-help = Vad ska strategin åstadkomma? Helheten, i en eller två meningar.
hc-start-goal-placeholder = Till exempel: Bli förstahandsvalet för hållbara löparskor bland yngre löpare.
hc-start-future = Vilket konkret framtida läge siktar du på?
hc-start-future-help = Till skillnad från målet måste det här vara konkret: sälja X enheter, ta dig in på en ny marknad, lansera en produkt eller stå emot ett konkurrenshot.
hc-start-future-placeholder = Till exempel: Sälja 12 000 par på nätet i år, varav 30 % till återkommande kunder.
hc-resources = Resurser och luckor
hc-resources-help = Inventera vad du har. Marknadschefer har sällan allt de skulle vilja ha – notera var det behövs extra stöd.
hc-size-title = Storlek och budget
hc-team-size = Antal personer i företaget
hc-team-size-help = Räkna med dig själv: råden formuleras efter företagets storlek.
hc-team-size-invalid = Skriv ett helt antal personer, till exempel 2.
hc-budget = Marknadsföringsbudget för strategin
hc-budget-help = Vad planen får kosta. Engagemangsstrategins budgetscenarier jämförs med den.
currency = Valuta
currency-help = En för hela planen: alla belopp visas i den.
currency-none = Ingen (bara siffror)
hc-resource-people = Personal
hc-resource-budget = Budget
hc-resource-time = Tid
hc-resource-expertise = Kompetens
hc-resource-have = Det här har vi
hc-resource-gap = Det här saknas

## Hälsokontroll: svara på en fråga
hc-answer-label = Ditt svar
hc-example-toggle = Visa ett exempelsvar
hc-rating-legend = Hur stark är verksamheten här?
hc-rating-weak = Svag
hc-rating-strong = Stark
hc-rating-dont-know = Vet inte
hc-rating-clear = Rensa bedömningen
hc-evidence-kind = Vad bygger svaret på?
hc-evidence-none = Inte angivet
hc-evidence-research = Undersökning
hc-evidence-data = Data
hc-evidence-opinion = Åsikt
hc-evidence-note = Underlag
hc-evidence-note-placeholder = En enkät, en rapport, en siffra…

## Hälsokontroll: de fyra kontexterna (DOMAIN.md §1)
hc-context-customer = Kund
hc-context-business = Verksamhet
hc-context-external = Extern
hc-context-internal = Intern
hc-intro-customer = Vilka dina kunder är, hur de ser på dig och vilka som konkurrerar om dem.
hc-intro-business = Din strategi, vad som skiljer dig från andra och hur partner och webben ser på dig.
hc-intro-external = Intressenterna omkring dig – konsumenter, medier och affiliatepartner – och omvärlden i stort.
hc-intro-internal = Granska verksamheten kritiskt inifrån: pengar, kultur och kompetens.

hc-customer-segments-q = Vilka kundsegment interagerar med verksamheten?
hc-customer-segments-help = Tänk både på kundanskaffning (de du vinner) och kommunikation (de du fortsätter att prata med). Vilka är de?
hc-customer-segments-example = Två segment: löpare mellan 18 och 35 som köper på nätet efter att ha läst recensioner, och lojala kunder över 40 som köper samma modell igen varje år.
hc-customer-awareness-q = Hur väl känner de till varumärket, och vad tycker de om det?
hc-customer-awareness-help = Deras kännedom om, uppfattning om och inställning till ditt varumärke, så långt du vet.
hc-customer-awareness-example = Kända bland seriösa löpare för komforten, men de flesta yngre löpare har aldrig hört talas om oss.
hc-customer-reputation-q = Växer varumärkets rykte?
hc-customer-reputation-help = Leta efter tecken: fler varumärkessökningar, positiv stämning i sociala medier, fler som anmäler sig till dina utskick.
hc-customer-reputation-example = Varumärkessökningarna har ökat med 12 % sedan förra året, anmälningarna till nyhetsbrevet står still och recensionerna är positiva men få.
hc-customer-competition-q = Hur hård är konkurrensen i din bransch?
hc-customer-competition-help = Hur många konkurrenter finns det, och vad gör de för att ta marknadsandelar och vinna dina kunder?
hc-customer-competition-example = Tre stora sportkedjor och många små butiker; de stora kör kraftiga rabatter varje säsong.

hc-business-strategy-q = Hur ser din affärsstrategi och marknadsföringsstrategi ut?
hc-business-strategy-help = Med andra ord: hur särskiljer du verksamheten från konkurrenterna?
hc-business-strategy-example = Vi säljer bara hållbara löparskor, med fri retur och en reparationstjänst.
hc-business-positioning-q = Hur uppfattar kunderna ditt varumärkes positionering?
hc-business-positioning-help = När du utvärderar varumärkets positionering får du utifrånperspektivet: hur kunderna uppfattar verksamheten.
hc-business-positioning-example = Vi uppfattas som etiska och håller hög kvalitet, men anses också vara dyra.
hc-business-partners-q = Hur ser leverantörer och partner på dig?
hc-business-partners-help = Är du en pålitlig partner? Vilka partnerskap är i gång just nu?
hc-business-partners-example = Långa relationer med två tillverkare; inga affiliatepartner än.
hc-business-identity-q = Hur stark är organisationens identitet på nätet?
hc-business-identity-help = För en verksamhet på nätet: domänens styrka och webbplatsens auktoritet, enligt SEO-verktygen.
hc-business-identity-example = Domänauktoritet 38 – högre än de små butikernas men lägre än de stora kedjornas.

hc-external-consumers-q = Vilka typer av konsumenter lockar du?
hc-external-consumers-help = Beskriv konsumenttyperna som personas: vilka de är, vad de behöver och var de tillbringar sin tid.
hc-external-consumers-example = ”Helg-Anna”, 29, tränar inför halvmaror och jämför priser i mobilen; ”Lojala Lars”, 46, köper samma modell varje vår.
hc-external-media-q = I vilka medier finns ditt varumärke, eller skulle kunna finnas?
hc-external-media-help = Kanalerna där varumärket finns eller skulle kunna interagera med slutanvändarna.
hc-external-media-example = Finns i betald sökning, på Instagram och i e-post; saknas på YouTube och i löparpoddar.
hc-external-affiliates-q = Leder andra aktörer kunder till dina produkter?
hc-external-affiliates-help = Affiliatepartner, marknadsplatser och andra partner som leder kunder till ditt erbjudande.
hc-external-affiliates-example = Två löparbloggar länkar till oss informellt; vi finns inte på någon marknadsplats.
hc-external-environment-q = Vad förändras i omvärlden?
hc-external-environment-help = Politiska, ekonomiska, sociala, teknologiska, juridiska och miljömässiga förändringar som kan gynna eller skada dig. SWOT- och PESTLE-analysen kommer sedan.
hc-external-environment-example = Stigande priser gör kunderna försiktiga, nya regler för miljöpåståenden, och fler springer sedan pandemin.

hc-internal-budget-q = Hur stor är din realistiska marknadsföringsbudget?
hc-internal-budget-help = Ekonomiska begränsningar: hur mycket finns det egentligen, och ryms din övergripande strategi inom det?
hc-internal-budget-example = Cirka 40 000 £ för året, varav det mesta redan är uppbundet i betald sökning.
hc-internal-culture-q = Vad är företagskulturen allra bäst på?
hc-internal-culture-help = Kultur, värderingar och övertygelser: har verksamheten till exempel byggt upp förstklassig kundservice, eller förstklassiga leveranser?
hc-internal-culture-example = Utmärkt kundservice: svar inom en timme och kostnadsfria reparationer.
hc-internal-expertise-q = Har du den marknadsföringskompetens du behöver?
hc-internal-expertise-help = Den kompetens, personal och de resurser som organisationen behöver för att genomföra planen.
hc-internal-expertise-example = En marknadsförare som kan e-post och sociala medier; ingen för video eller SEO.
hc-internal-capacity-q = Klarar verksamheten av framgången?
hc-internal-capacity-help = Om planen fungerar – hänger lager, leveranser och kundtjänst med? Framgång som verksamheten inte klarar av att hantera är ett vanligt misstag.
hc-internal-capacity-example = Lager för cirka 20 % fler ordrar; leveranspartnern kan skala upp; kundtjänst skulle behöva en person till.

## Hälsokontroll: sammanfattningen
hc-summary-intro = Dina poäng, de svagaste områdena och vad du bör göra härnäst.
hc-scores = Poäng per kontext
hc-score-of = { $score } av 5
hc-score-none = Inga poäng än
hc-score-answered = { $answered } av { $total } besvarade
hc-score-dont-know = Vet inte: { $count }
hc-weakest = Svagaste området
hc-weak = Svagt
hc-weak-rule = Ett område är svagt när dess poäng är under 3 av 5.
hc-chart-title = Radardiagram för hälsokontrollen
hc-chart-alt = Radardiagram över de fyra kontexternas poäng, från 1 (svag) till 5 (stark): { $scores }.
hc-chart-table = Poängen som tabell
hc-col-context = Kontext
hc-col-score = Poäng
hc-col-answered = Besvarade
hc-next-steps = Nästa steg
hc-next-none = Bedöm några frågor för att få rekommendationer.
hc-unanswered = Ännu inte besvarade
hc-unanswered-none = Alla frågor har ett svar.
hc-answer-now = Svara
hc-to-swot = För över svar till SWOT-analysen
hc-to-swot-help = Styrkor och svagheter hämtas från verksamhetskontexten och den interna kontexten, möjligheter och hot från kundkontexten och den externa kontexten.
hc-send-strength = Lägg till som styrka
hc-send-weakness = Lägg till som svaghet
hc-send-opportunity = Lägg till som möjlighet
hc-send-threat = Lägg till som hot
hc-in-swot = I SWOT-analysen under: { $column }
hc-no-answers-to-send = Skriv några svar först, så kan du sedan föra över dem till SWOT-analysen.

## SWOT-kvadranter och PESTLE-kolumner
col-strengths = Styrkor
col-weaknesses = Svagheter
col-opportunities = Möjligheter
col-threats = Hot
col-political = Politiska
col-economic = Ekonomiska
col-social = Sociala
col-technological = Teknologiska
col-legal = Juridiska
col-environmental = Miljömässiga

## Nästa steg (reglerna finns i src/domain/health_check.rs)
next-research-audience-title = Undersök din målgrupp
next-research-audience-body = Din kundkontext är svag. Skicka ut enkäter, ring samtal eller håll fokusgrupper med både nuvarande och potentiella kunder – din interna bild av vad de vill ha är oftast partisk.
next-sharpen-positioning-title = Vässa din positionering
next-sharpen-positioning-body = Din verksamhetskontext är svag. Lista varje konkurrent och hur dess USP skiljer sig från din, och ta reda på hur kunderna ser på ditt varumärke.
next-map-environment-title = Kartlägg din omvärld
next-map-environment-body = Din externa kontext är svag. Fyll i SWOT- och PESTLE-analysen och beskriv dina viktigaste intressenter: konsumentpersonas, medier och affiliatepartner.
next-gap-analysis-title = Gör en gapanalys av resurserna
next-gap-analysis-body = Din interna kontext är svag. Inventera personal, budget, tid och kompetens, och ta reda på var du behöver extra stöd för att genomföra strategin.
next-track-reputation-title = Följ ditt rykte
next-track-reputation-body = Mät tecknen på ett växande rykte varje månad: varumärkessökningar, stämningen i sociala medier och anmälningar till dina utskick.
next-study-competitors-title = Studera dina konkurrenter
next-study-competitors-body = Kartlägg varje konkurrent, vad den gör för att ta marknadsandelar och hur dess erbjudande skiljer sig från ditt.
next-review-partnerships-title = Se över dina partnerskap
next-review-partnerships-body = Kontrollera om leverantörerna litar på dig, och om ditt erbjudande får affiliatepartner att vilja sälja åt dig.
next-budget-scenarios-title = Ta fram budgetscenarier
next-budget-scenarios-body = Budgeten är snäv. Ta fram scenarier för bra, bättre och bäst, så att ekonomiavdelningen kan godkänna det som strategin verkligen behöver.
next-budget-scenarios-body-micro = Budgeten är snäv. Ta fram scenarier för bra, bättre och bäst, så att ni ser vad varje nivå ger innan ni bestämmer er.
next-involve-experts-title = Involvera rätt personer
next-involve-experts-body = Det saknas kompetens. Ta in produktmarknadsföring, innehåll, kreatörer eller en byrå, och involvera sälj och kundtjänst tidigt.
next-serve-success-title = Se till att du klarar av framgången
next-serve-success-body = Kontrollera lager, leveranser och kundtjänst innan du ökar efterfrågan – framgång som verksamheten inte klarar av skadar varumärket.
next-find-evidence-title = Ta reda på det du inte vet
next-find-evidence-body = Flera svar är ”vet inte”. Samla in data eller fråga kunderna innan du bygger vidare på gissningar.
next-validate-opinions-title = Pröva dina åsikter
next-validate-opinions-body = Fler svar bygger på åsikter än på undersökningar eller data. Testa de viktigaste med kunder, sälj och kundtjänst.
next-validate-opinions-body-micro = Fler svar bygger på åsikter än på undersökningar eller data. Testa de viktigaste med några kunder: fråga dem direkt.
next-involve-experts-body-micro = Det saknas kompetens. Ta in en frilansare eller en byrå för det ni inte kan göra själva, och avsätt tid för att briefa dem.
next-serve-success-body-micro = Kontrollera lager, leveranser och hur snabbt ni kan svara kunder innan ni ökar efterfrågan: framgång som ett litet team inte kan hantera skadar varumärket.
next-close-gaps-title = Täpp till luckorna i resurserna
next-close-gaps-body = Du har noterat luckor i dina resurser. Bestäm hur du ska täppa till var och en, eller planera runt dem.
next-define-goal-title = Definiera målet och det framtida läget
next-define-goal-body = Formulera vad strategin ska uppnå och vilket konkret läge du siktar på innan du sätter SMART-mål.
next-to-swot-title = Gå vidare till SWOT-analysen
next-to-swot-body = Dina kontexter ser starka ut. Sortera det du har kommit fram till i styrkor, svagheter, möjligheter och hot.

## Planer
plans-title = Dina planer
plans-lead = Alla planer sparas i den här webbläsaren.
plans-open = Öppna
plans-current = Öppen nu
plans-updated = Senast ändrad { $date }
plans-new = Ny plan
plans-example = Öppna exempelplanen
plans-example-help = En komplett hälsokontroll av en nätbutik som säljer skor, öppnad som en ny plan. Dina egna planer påverkas inte.
plans-example-failed = Exempelplanen kunde inte laddas. Kontrollera anslutningen och försök igen.
plans-open-failed = Planen kunde inte öppnas. Ladda om sidan – om den är skadad erbjuder Waymark den som nedladdning.
welcome-example = Eller titta runt i en exempelplan först
error-unknown-prompt = Den frågan finns inte.
error-nothing-to-send = Skriv ett svar först – ett tomt svar kan inte läggas till i SWOT-analysen.
error-wrong-column = Det passar inte där.
error-already-sent = Det svaret finns redan i SWOT-analysen.
error-duplicate-id = Det objektet finns redan.
error-too-many = Här får det finnas högst { $max } objekt.

## Navigering: hinder och möjligheter
nav-swot = SWOT
nav-pestle = PESTLE
nav-tows = Strategier

## Tavlor (SWOT och PESTLE)
board-keyboard-help = Tangentbord: sätt fokus på ett kort, tryck på blanksteg för att plocka upp det, flytta det med piltangenterna och tryck på blanksteg igen för att släppa det (Esc lägger tillbaka det). Med Enter redigerar du kortet.
board-position = { $column }, plats { $position } av { $count }
board-lifted = Du har plockat upp ”{ $card }” i { $place }. Flytta det med piltangenterna; blanksteg släpper det och Esc lägger tillbaka det.
board-dropped = Du har släppt ”{ $card }” i { $place }.
board-cancelled = ”{ $card }” är tillbaka där det var.
board-deleted = ”{ $card }” har raderats.
board-added = ”{ $card }” har lagts till i { $column }.
board-edited = Ändrat till ”{ $card }”.
board-moved = ”{ $card }” har flyttats till { $column }.
board-detail-set = { $field } för ”{ $card }”: { $value }.
board-count = { $count ->
    [one] 1 kort
   *[other] { $count } kort
}
board-edit = Redigera
board-edit-label = Kortets text
board-move = Flytta ”{ $card }”
board-move-to = Flytta till…
board-move-up = Upp
board-move-down = Ned
board-details = Detaljer
board-delete = Radera
board-delete-card = Radera ”{ $card }”
board-notes = Anteckningar eller underlag
board-confidence = Bygger på
board-confidence-none = Inte angivet
board-confidence-assumption = Antagande
board-confidence-evidence = Underlag
board-weight = Vikt
board-impact = Påverkan
board-likelihood = Sannolikhet
board-weight-value = Vikt { $value }
board-impact-value = Påverkan { $value }
board-likelihood-value = Sannolikhet { $value }
board-from-health = Från hälsokontrollen
board-has-notes = Anteckningar
col-strengths-hint = Internt · det som hjälper dig
col-weaknesses-hint = Internt · det som håller dig tillbaka
col-opportunities-hint = Externt · det du kan dra nytta av
col-threats-hint = Externt · det som kan skada dig
col-political-hint = Myndigheter, politik, handel
col-economic-hint = Priser, inkomster, växelkurser
col-social-hint = Vanor, värderingar, demografi
col-technological-hint = Verktyg, plattformar, innovation
col-legal-hint = Lagar, regler, standarder
col-environmental-hint = Klimat, resurser, hållbarhet
col-strengths-add = Lägg till en styrka
col-weaknesses-add = Lägg till en svaghet
col-opportunities-add = Lägg till en möjlighet
col-threats-add = Lägg till ett hot
col-political-add = Lägg till en politisk faktor
col-economic-add = Lägg till en ekonomisk faktor
col-social-add = Lägg till en social faktor
col-technological-add = Lägg till en teknologisk faktor
col-legal-add = Lägg till en juridisk faktor
col-environmental-add = Lägg till en miljöfaktor

## Kontroller bredvid tavlorna
checks-title = Kontroller
checks-none = Inget att åtgärda – tavlan ser komplett ut.
check-empty = { $column } har inga kort än.
check-duplicate = ”{ $card }” förekommer två gånger.
check-unrated = ”{ $card }” saknar ännu påverkan eller sannolikhet.
check-unused = ”{ $card }” används inte i någon strategi än.
check-broken = En strategi har förlorat en av sina källor: ”{ $strategy }”.

## SWOT
swot-title = SWOT
swot-lead = Styrkor och svagheter finns inom verksamheten; möjligheter och hot kommer utifrån. Vikta varje kort från 1 till 5 och ange om det bygger på underlag.

## PESTLE
pestle-title = PESTLE
pestle-lead = Krafterna omkring verksamheten. Bedöm varje faktors påverkan och sannolikhet – matrisen visar vilka du bör planera för först.
pestle-matrix = Påverkan och sannolikhet
pestle-matrix-caption = Varje siffra motsvarar faktorns plats i listan.
pestle-likelihood = Sannolikhet
pestle-impact = Påverkan
pestle-score = Påverkan × sannolikhet
pestle-factor = Faktor
pestle-ranking = Faktorer efter påverkan × sannolikhet
pestle-ranking-empty = Bedöm en faktors påverkan och sannolikhet för att rangordna den.
pestle-chart-alt = Matris över påverkan mot sannolikhet (antal faktorer: { $count }); högst ligger ”{ $top }” med { $score } av 25.
pestle-chart-empty = Matris över påverkan mot sannolikhet; ingen faktor är bedömd än.

## TOWS-strategier
tows-title = Strategier (TOWS)
tows-lead = Para ihop det du har kommit fram till: använd styrkorna för att ta vara på möjligheterna och möta hoten, och övervinn svagheterna. Varje strategi behåller en länk till sina två kort.
tows-new = Ny strategi
tows-internal = En styrka eller svaghet
tows-external = En möjlighet eller ett hot
tows-pick = Välj ett kort…
tows-strategy-label = Strategin
tows-strategy-placeholder = Vad ska du göra?
tows-add = Lägg till strategi
tows-so = Styrkor × möjligheter (SO)
tows-st = Styrkor × hot (ST)
tows-wo = Svagheter × möjligheter (WO)
tows-wt = Svagheter × hot (WT)
tows-so-hint = Använd styrkorna för att ta vara på möjligheterna.
tows-st-hint = Använd styrkorna för att möta hoten.
tows-wo-hint = Övervinn svagheterna genom att ta vara på möjligheterna.
tows-wt-hint = Begränsa svagheterna och undvik hoten.
tows-none = Ingen strategi än.
tows-broken = Strategier att se över
tows-broken-hint = Ett källkort har raderats eller flyttats till en annan kvadrant. Med Ångra får du tillbaka ett raderat kort.
tows-source-removed = Raderat kort: ”{ $card }”
tows-source-missing = Ett kort som inte längre finns
tows-delete = Radera strategin
error-empty-text = Skriv något först.
error-out-of-range = Välj ett värde från { $min } till { $max }.
error-unknown-item = Det objektet finns inte längre.

## Navigering: kunden
nav-personas = Personas
nav-journey = Kundresa
nav-team = Laguppställning
nav-attribution = Attribuering

## Personas
personas-title = Personas
personas-lead = Vem kundresorna handlar om. Beskriv kundtyperna du lockar: vad de vill, vad som besvärar dem och var de tillbringar sin tid.
personas-add = Lägg till en persona
personas-add-placeholder = Till exempel: Helg-Anna
personas-add-button = Lägg till
personas-duplicate = Duplicera
personas-delete = Radera
personas-delete-named = Radera { $name }
personas-copy-name = { $name } (kopia)
persona-name = Namn
persona-name-placeholder = Ett namn som väcker en bild av personen
persona-segment = Segment
persona-segment-placeholder = Till exempel: löpare mellan 18 och 35 som köper på nätet
persona-life-stage = Livssituation
persona-life-stage-placeholder = Till exempel: i början av karriären, inga barn
persona-goals = Mål
persona-goals-placeholder = Vad vill de uppnå?
persona-needs = Behov
persona-needs-placeholder = Vad behöver de från ett varumärke som ditt?
persona-pains = Smärtpunkter
persona-pains-placeholder = Vad besvärar eller hindrar dem?
persona-media = Medier de föredrar
persona-places = Var de tillbringar sin tid
persona-places-placeholder = Appar, webbplatser, butiker, platser
media-text = Text
media-images = Bilder
media-audio = Ljud
media-video = Video

## Kundresekartan
journey-title = Kundresa
journey-lead = Kartlägg för varje persona faserna från första mötet med varumärket till återköpet: vad de vill och får höra, var de möter dig, när, varför de väljer dig och vad de tänker och känner.
journey-no-personas = Lägg till en persona först – varje kundresa tillhör någon.
journey-to-personas = Gå till personas
journey-no-stages = Välj vilka faser dina kundresor går igenom. Efteråt kan du byta namn på dem, lägga till, ta bort och ändra ordningen.
journey-template-default = Kundresa: från kännedom till ambassadörskap (6 faser)
journey-template-race = RACE: räckvidd, interaktion, konvertering, engagemang (4 faser)
journey-persona = Persona
journey-help = Varje cell sparas medan du skriver. Kontaktpunkter kan dras till en annan fas eller flyttas via sin meny.
journey-map-label = Kundresekarta
journey-stage = Fas
journey-stage-name = Namn på fas { $n }
journey-stage-added = Lade till fasen { $stage }.
journey-stage-moved = Flyttade { $stage } till plats { $position } av { $count }.
journey-stage-deleted = Tog bort fasen { $stage }.
journey-stage-left = Flytta { $stage } tidigare
journey-stage-right = Flytta { $stage } senare
journey-stage-delete = Radera fasen { $stage }
journey-add-stage = Lägg till fas
journey-new-stage = Ny fas
journey-add-touchpoint = Lägg till en kontaktpunkt…
journey-tp-label = { $channel }: { $ownership }, { $role }
journey-tp-added = Lade till { $channel } i { $stage }.
journey-tp-moved = Flyttade { $channel } till { $stage }.
journey-tp-moved-in = Flyttade { $channel } till plats { $position } av { $count }.
journey-tp-deleted = Tog bort { $channel } från { $stage }.
journey-tp-updated = Uppdaterade { $channel }: { $ownership }, { $role }.
journey-tp-channel = Kanal
journey-tp-custom = Kanalens namn
journey-tp-ownership = Betald, ägd eller förtjänad
journey-tp-role = Roll
journey-tp-note = Vad som händer där
journey-ownership-help = Betald: annonser du köper. Ägd: din sajt, butik, dina inlägg, mejl. Förtjänad: omdömen, delningar, press.
journey-role-help = Upptäckare: gör folk medvetna om dig. Målskytt: gör intresse till köp.
journey-showing = Visar { $stage }, fas { $position } av { $count }.
journey-emotion = Känslokurva
journey-emotion-alt = Linjediagram över hur personas känner sig genom kundresans faser (personas: { $count }, faser: { $stages }), från mycket negativ (−2) till mycket positiv (+2). Tabellen nedan visar värdena.
journey-mix = Kanalmix: { $persona }
journey-mix-alt = Staplat stapeldiagram över kontaktpunkterna för { $persona } i varje fas, uppdelade i betalda, ägda och förtjänade. Tabellen nedan visar antalen.
chart-as-table = Visa siffrorna som tabell
journey-coverage = Täckning
journey-coverage-none = Alla faser är täckta.
stage-awareness = Kännedom
stage-consideration = Övervägande
stage-decision = Beslut
stage-purchase = Köp
stage-retention = Lojalitet
stage-advocacy = Ambassadörskap
stage-reach = Räckvidd
stage-act = Interaktion
stage-convert = Konvertering
stage-engage = Engagemang
lane-goal = Mål
lane-message = Vårt budskap
lane-where = Kontaktpunkter
lane-when = När
lane-why = Varför oss
lane-thoughts = Tankar
lane-emotion = Känsla
lane-friction = Friktionspunkter
lane-opportunities = Möjligheter
lane-kpi = KPI
emotion-very-negative = −2 Mycket negativ
emotion-negative = −1 Negativ
emotion-neutral = 0 Neutral
emotion-positive = +1 Positiv
emotion-very-positive = +2 Mycket positiv
channel-search = Sök
channel-social = Sociala medier
channel-email = E-post
channel-sms = SMS
channel-display = Displayannonser
channel-online-video = Onlinevideo
channel-website = Webbplats
channel-app = App
channel-review-sites = Recensionssajter
channel-affiliates = Affiliatepartner
channel-outdoor = Utomhusreklam
channel-tv = TV
channel-radio = Radio
channel-print = Tryckta medier
channel-shop = Butik
channel-phone = Telefon
channel-customer-service = Kundtjänst
channel-custom = Annan…
ownership-paid = Betald
ownership-owned = Ägd
ownership-earned = Förtjänad
role-discoverer = Upptäckare
role-goal-scorer = Målskytt
role-both = Upptäckare och målskytt
role-discoverer-short = U
role-goal-scorer-short = M
role-both-short = U+M
coverage-absent = { $persona } möter ingen kontaktpunkt i fasen { $stage }: verksamheten finns inte där.
coverage-no-kpi = { $persona } i fasen { $stage }: ingen KPI anger hur framgång mäts.
coverage-no-discoverer = { $persona } i fasen { $stage }: bara målgörare är med i spelet, och ingenting skapar efterfrågan.
coverage-medium = { $persona } föredrar { $medium }, men ingen kontaktpunkt använder det.
coverage-ends-at-purchase = Kundresan för { $persona } slutar vid köpet: ingenting får personen att komma tillbaka.

## Laguppställningen
team-title = Laguppställning
team-table = Varje kanals roll i varje fas
team-lead = Betalda, ägda och förtjänade kanaler spelar i samma lag: upptäckarna skapar efterfrågan och målgörarna fångar upp den. Här ser du vem som spelar var, i alla personas kundresor.
team-channel = Kanal
team-none = Används inte
team-empty = Lägg till kontaktpunkter i kundresorna för att se laget.

## Attribuering
attribution-title = Attribuering
attribution-lead = Många kontaktpunkter kommer före det sista klicket. Lägg upp en exempelväg fram till en konvertering och se hur stor del av värdet varje kanal tillskrivs i fem modeller.
attribution-path = Vägen till en konvertering
attribution-path-help = Från den första kontaktpunkten till den sista, som får det sista klicket.
attribution-add-step = Lägg till en kontaktpunkt
attribution-step-label = Vad som hände
attribution-days = Dagar före
attribution-earlier = Flytta { $step } tidigare
attribution-later = Flytta { $step } senare
attribution-delete = Radera { $step }
attribution-value = Konverteringsvärde
attribution-value-help = Vad konverteringen är värd, till exempel 120 eller 120,50.
attribution-value-invalid = Skriv ett belopp, till exempel 120 eller 120,50.
amount-invalid = Skriv ett belopp, till exempel 40000 eller 40 000.
with-currency = { $label } ({ $currency })
attribution-results = Tillskrivet värde per kanal
attribution-empty = Lägg till kontaktpunkter i vägen för att se fördelningen.
attribution-total = Totalt
attribution-alt = Grupperade staplar över värdet som kanalerna (antal: { $count }) tillskrivs i fem attribueringsmodeller; varje modell fördelar { $value }. Tabellen nedan visar siffrorna.
model-last-click = Sista klick
model-first-click = Första klick
model-linear = Linjär
model-position-based = Positionsbaserad
model-time-decay = Tidsförfall
model-last-click-about = Allt till den sista kontaktpunkten: målgöraren får hela äran.
model-first-click-about = Allt till den första kontaktpunkten: upptäckaren får hela äran.
model-linear-about = Lika stor andel till varje kontaktpunkt.
model-position-based-about = 40 % till den första och 40 % till den sista kontaktpunkten; resterande 20 % delas av dem däremellan.
model-time-decay-about = Mer till kontaktpunkter nära konverteringen: en kontaktpunkts vikt halveras för varje vecka den ligger före konverteringen.
error-not-empty = Det går bara när listan är tom.

## Navigering: grupper och planen
nav-diagnose = Var vi står
nav-customers = Kunder
nav-planning = Planen
nav-objectives = Mål
nav-creative = Kreativ idé
nav-engagement = Engagemang
nav-mix = Marknadsmix
nav-monitor = Uppföljning
nav-report = Rapport

## Kopplingar till insikter
links-title = Svarar mot de här insikterna
links-none = Ingen insikt är kopplad än.
links-add = Koppla en insikt…
links-add-label = Koppla en insikt
links-remove = Ta bort kopplingen till { $link }

## SMART-mål
objectives-title = SMART-mål
objectives-lead = Gör om dina insikter till mål som är specifika, mätbara, uppnåbara, realistiska och tidsatta. Ange hur varje mål mäts, hur ofta det följs upp och vem som ansvarar för det.
objectives-add = Lägg till ett mål
objectives-add-placeholder = Till exempel: Öka synligheten för Product X
objective-statement = Mål
objective-statement-placeholder = Vad ska förändras?
objective-metric = Mätetal
objective-metric-placeholder = Det som räknas, till exempel varumärkessökningar per månad
objective-unit = Enhet
objective-unit-placeholder = %, £, sökningar…
objective-baseline = Utgångsvärde
objective-target = Målvärde
objective-start = Startdatum
objective-deadline = Slutdatum
objective-audience = Marknad och målgrupp
objective-audience-placeholder = Till exempel: Storbritannien, 18–35-åringar
objective-measured = Hur det mäts
objective-measured-placeholder = Till exempel: webbanalys, en enkät, en kampanj-URL
objective-monitored = Hur ofta det följs upp
objective-manager = Vem som ansvarar
objective-manager-placeholder = Till exempel: marknadsteamet
objective-tactics = Taktiker som stöder målet
objective-delete = Radera målet
frequency-daily = Dagligen
frequency-weekly = Varje vecka
frequency-monthly = Varje månad
frequency-quarterly = Varje kvartal
smart-title = SMART-kontroll
smart-S = Specifikt
smart-M = Mätbart
smart-A = Uppnåbart
smart-R = Realistiskt
smart-T = Tidsatt
smart-S-met = säger vad som ska förändras och för vem.
smart-M-met = har ett mätetal, ett målvärde och ett sätt att mäta.
smart-A-met = utgår från ett känt utgångsvärde och har en ansvarig.
smart-R-met = takten mot målvärdet ser rimlig ut.
smart-T-met = har ett slutdatum och en rytm för uppföljningen.
smart-no-statement = ange vad som ska förändras.
smart-no-audience = ange vilken marknad eller målgrupp det gäller.
smart-no-metric = ange vilket mätetal som räknas.
smart-no-number = inget målvärde – går ännu inte att mäta.
smart-no-measure = ange hur det mäts.
smart-no-baseline = ange var du börjar (utgångsvärdet).
smart-no-manager = ange vem som ansvarar.
smart-no-path = takten går inte att bedöma utan utgångsvärde, målvärde, startdatum och slutdatum.
smart-too-fast = målvärdet ligger långt över utgångsvärdet för den tid som finns. Är det realistiskt?
smart-no-deadline = inget slutdatum – ännu inte tidsatt.
smart-deadline-before-start = slutdatumet ligger före startdatumet.
smart-no-frequency = ange hur ofta det följs upp.

## KPI:er
kpi-title = KPI:er
kpi-name = KPI
kpi-level = Nivå
kpi-level-specialist = Specialistnivå (kanal)
kpi-level-manager = Managernivå (kampanj och säljtratt)
kpi-level-management = Ledningsnivå (tillväxt, lönsamhet, kundens livstidsvärde, marknadsandelar)
kpi-no-channel = Ingen kanal
kpi-add = Lägg till en KPI
kpi-add-placeholder = Skriv en KPI och tryck på Enter
kpi-delete = Radera KPI:n { $kpi }
kpi-loose = KPI:er utan mål
kpi-checks = KPI-kontroller
kpi-checks-none = Varje mål har mellan en och fem KPI:er, och varje nivå har en.
kpi-check-none = ”{ $objective }” har ingen KPI än.
kpi-check-overload = ”{ $objective }” har fler än fem KPI:er. Mät det som ger underlag för beslut, inte allt.
kpi-check-no-specialist = Ingen KPI på specialistnivå än: de som sköter en kanal behöver en egen, till exempel klickfrekvens eller öppningsgrad.
kpi-check-no-manager = Ingen KPI på managernivå än: lägg till en för kampanjen och säljtratten, till exempel leads eller kostnad per försäljning.
kpi-check-no-management = Ingen KPI på ledningsnivå än: lägg till en som verksamheten styrs efter, till exempel tillväxt, lönsamhet eller kundens livstidsvärde.

## Den kreativa idén
creative-title = Kreativ idé
creative-lead = Vad du tänker göra, hur det uppfyller målen och varför det sticker ut bland konkurrenterna.
creative-headline = Huvuderbjudande
creative-headline-help = Det viktigaste du erbjuder, i en mening.
creative-promotions = Stödjande kampanjer
creative-promotions-help = Erbjudanden, evenemang och innehåll som förstärker huvuderbjudandet.
creative-tagline = Slogan
creative-tagline-help = En kort rad som folk kommer ihåg.
creative-storyboard = Bildidé eller storyboard
creative-storyboard-help = Vad folk får se och höra, scen för scen.
creative-justification = Varför det fungerar
creative-justification-help = Vilka insikter från hälsokontrollen och SWOT-analysen som får idén att sticka ut.

## Marknadsmixen
mix-title = Marknadsmix
mix-lead = De fyra P:na gäller fortfarande, med definitioner som vidgats till dagens affärsmodeller: en ”gratis” app betalas av någon.
mix-product = Produkt
mix-product-help = Vad du säljer och vilket problem det löser.
mix-price = Pris
mix-price-help = Vad det kostar och vem som betalar.
mix-place = Plats
mix-place-help = Var och hur folk köper det.
mix-promotion = Påverkan
mix-promotion-help = Hur folk får höra talas om det.
mix-notes = Anteckningar
mix-decisions = Fattade beslut

## Engagemangsstrategin
engagement-title = Engagemangsstrategi
engagement-lead = Vem planen är till för och vad varje kanal gör. Betalda, ägda och förtjänade kanaler spelar i samma lag: upptäckarna skapar efterfrågan och målgörarna fångar upp den.
engagement-audience = Målgrupp
engagement-audience-help = Vilka du vill nå.
engagement-justification = Varför den här målgruppen
engagement-justification-help = Vilka undersökningar valet bygger på.
engagement-tactics = Taktik per kanal
engagement-add = Lägg till en taktik
engagement-add-prompt = Välj en kanal…
tactic-plan = Vad vi ska göra
tactic-justification = Varför den här kanalen
tactic-measure = Hur det mäts
tactic-monitor = Hur det följs upp
tactic-manage = Vem som ansvarar
tactic-budget = Budget
tactic-objectives = Mål som taktiken stöder
tactic-delete = Radera taktiken { $tactic }
scenario-good = Bra
scenario-better = Bättre
scenario-best = Bäst
budget-title = Budget
budget-help = Tre scenarier, så att ekonomiavdelningen kan godkänna det som strategin verkligen behöver.
budget-over = { $scenario }: { $total } är över budgeten på { $budget } i hälsokontrollen.
budget-empty = Lägg till taktiker för att se budgeten.
budget-by-channel = Per kanal, i varje scenario
budget-by-ownership = Betalda, ägda och förtjänade kanaler, i varje scenario
budget-scenario = Scenario
budget-channel-alt = Grupperade staplar över budgeten för kanalerna (antal: { $count }) i scenarierna bra, bättre och bäst. Tabellen ovan visar beloppen.
budget-ownership-alt = Staplade staplar över budgeten för betalda, ägda och förtjänade kanaler i varje scenario.

## Mät, följ upp, styr
monitor-title = Uppföljning
monitor-lead = Registrera mätvärden för varje måls mätetal och jämför dem med den raka linjen från utgångsvärdet till målvärdet. Slut sedan cirkeln: vad har du lärt dig, och vad ändrar du?
monitor-no-objectives = Lägg till mål först – det finns inget att följa upp än.
monitor-path = Vägen till målvärdet
monitor-actual = Mätvärden
monitor-chart-alt = Linjediagram över mätvärdena (antal: { $count }) jämfört med den raka linjen till målvärdet. Status: { $status }.
monitor-table-caption = { $metric }: mätvärdena jämfört med vägen till målvärdet
monitor-no-path = Ge målet ett utgångsvärde, ett målvärde, ett startdatum och ett slutdatum för att se vägen dit.
monitor-readings = Mätvärden för { $metric }
monitor-date = Datum
monitor-value = Värde
monitor-add-reading = Lägg till mätvärde
monitor-delete-reading = Radera mätvärdet från { $date }
status-unknown = Ingen status
status-no-readings = Inga mätvärden
status-achieved = Uppnått
status-missed = Inte uppnått
status-on-track = Enligt plan
status-at-risk = I riskzonen
status-off-track = Efter plan
status-unknown-rule = För att få en status behöver målet utgångsvärde, målvärde, startdatum och slutdatum.
status-no-readings-rule = Registrera ett mätvärde för att se statusen.
status-achieved-rule = Det senaste mätvärdet når målvärdet.
status-missed-rule = Slutdatumet har passerats och målvärdet nåddes inte.
status-on-track-rule = Det senaste mätvärdet motsvarar { $ratio } % av de framsteg som den raka linjen förutsätter vid det här laget (enligt plan från { $on } %).
status-at-risk-rule = Det senaste mätvärdet motsvarar { $ratio } % av de framsteg som den raka linjen förutsätter vid det här laget (i riskzonen från { $risk } %, enligt plan från { $on } %).
status-off-track-rule = Det senaste mätvärdet motsvarar bara { $ratio } % av de framsteg som den raka linjen förutsätter vid det här laget (under { $risk } % räknas som efter plan).
status-backwards-rule = Det senaste mätvärdet ligger längre från målet än utgångsvärdet: den har gått bakåt, inte framåt (under { $risk } % av den förväntade utvecklingen är ur kurs).
reviews-title = Utvärderingslogg
reviews-help = Återkoppling från sälj, kundtjänst och data förs tillbaka in i planen. Är ett problem taktiskt (ett svagt kreativt utförande) eller strukturellt (målgruppen finns inte där du trodde)?
reviews-add = Lägg till en utvärdering
reviews-source = Från
reviews-scope = Typ av problem
reviews-learned = Vad vi lärde oss
reviews-change = Vad vi ändrar
reviews-delete = Radera utvärderingen
source-sales = Sälj
source-service = Kundtjänst
source-data = Data
source-customers = Kunder
source-team = Teamet
scope-tactical = Taktiskt
scope-systemic = Strukturellt

## Planer, rapport och datasäkerhet

save-waiting = Väntar på ditt val
conflict-title = Planen har också ändrats i en annan flik
conflict-body = Båda flikarna har ändrat samma del av planen. Välj vilken version du vill behålla. Den andra sparas som en kopia i planlistan tills du raderar den.
conflict-keep-mine = Behåll versionen i den här fliken
conflict-use-theirs = Använd versionen från den andra fliken
chart-download = Ladda ned:
chart-download-svg = Ladda ned ”{ $chart }” som SVG
chart-download-png = Ladda ned ”{ $chart }” som PNG (dubbel storlek)
save = Spara
cancel = Avbryt
size-kb = { $n } kB
size-mb = { $n } MB
size-gb = { $n } GB
plans-rename = Byt namn
plans-rename-label = Nytt namn
plans-duplicate = Duplicera
plans-copy-name = { $name } (kopia)
plans-download = Ladda ned
plans-delete = Radera
plans-deleted = ”{ $name }” har raderats.
plans-delete-failed = Planen kunde inte raderas. Ingenting har ändrats.
plans-undo-failed = Det gick inte att få tillbaka planen. Ladda om sidan och leta efter den i listan.
usage-title = Lagring i den här webbläsaren
usage-body = Dina planer tar upp { $used } och deras ögonblicksbilder och kopior { $copies } av de ungefär { $limit } som en webbläsare ger varje webbplats.
usage-meter = Använt lagringsutrymme
usage-nearly-full = Lagringsutrymmet är nästan fullt. Innan det tar slut: ladda ned de planer du vill behålla, radera dem du inte längre behöver, eller ladda ned och radera gamla ögonblicksbilder. När utrymmet tar slut tar Waymark bort gamla ögonblicksbilder först.
usage-estimate = Totalt låter den här webbläsaren webbplatsen lagra upp till { $quota }, men planerna sparas i webbläsarens lokala lagring, som har den lägre gränsen ovan.
snapshots-title = Ögonblicksbilder av ”{ $name }”
snapshots-help = Waymark sparar tidigare versioner av den öppna planen: när du startar en session och var tionde minut medan du arbetar. De äldsta får ge plats när utrymmet tar slut. När du återställer en version sparas även den nuvarande som en ögonblicksbild.
snapshots-none = Inga ögonblicksbilder än. Den första tas vid din nästa ändring.
snapshots-restore = Återställ
snapshots-failed = Ögonblicksbilden gick inte att läsa, eller så gick den nuvarande versionen inte att spara först. Inget ändrades.
snapshot-why-session = i början av en session
snapshot-why-interval = medan du arbetade
snapshot-why-other-tab = från den andra fliken
snapshot-why-before-restore = före en återställning
share-title = Dela som länk
share-help = Länken innehåller hela planen, komprimerad, efter ”#”: den delen skickas aldrig till någon server. Den som öppnar länken kan importera planen som en ny plan i sin egen webbläsare.
share-make = Skapa en delningslänk
share-link-label = Delningslänk
share-copy = Kopiera
share-copied = Kopierat.
share-too-large = Planen är för stor för en länk. Ladda ned den och skicka filen i stället.
share-failed = Den här webbläsaren kunde inte skapa någon länk. Ladda ned planen och skicka filen i stället.
share-damaged = Länken är skadad eller ofullständig. Be om länken igen, eller om filen.
share-empty = Länken innehåller ingen plan.
share-page-title = En delad plan
share-page-lead = Någon har delat en plan med dig i den här länken. Ingenting sparas förrän du importerar den; den blir då en ny plan, och dina egna planer påverkas inte.
share-reading = Läser planen i länken…
import-title = Importera en plan
import-help = Välj en planfil från Waymark (.json), eller släpp den här. Den kontrolleras först och visas innan något ändras, och den blir alltid en ny plan.
import-choose = Välj en fil…
import-preview-title = Filen innehåller
import-confirm = Importera som ny plan
import-failed = Filen importerades inte, och ingenting har ändrats: { $reason }.
import-too-large = den är { $size }, och bara filer på högst 5 MB kan importeras
import-unreadable = Filen gick inte att läsa. Är det en textfil?
import-save-failed = Planen kunde inte sparas: webbläsarens lagringsutrymme är fullt. Frigör lite utrymme (se Lagring i den här webbläsaren) och försök igen.
import-migrated = Den sparades av en äldre version av Waymark (formatversion { $version }) och uppdateras till den aktuella.
import-count-answers =
    { $count ->
        [one] 1 svar i hälsokontrollen
       *[other] { $count } svar i hälsokontrollen
    }
import-count-swot =
    { $count ->
        [one] 1 SWOT-kort
       *[other] { $count } SWOT-kort
    }
import-count-pestle =
    { $count ->
        [one] 1 PESTLE-kort
       *[other] { $count } PESTLE-kort
    }
import-count-strategies =
    { $count ->
        [one] 1 TOWS-strategi
       *[other] { $count } TOWS-strategier
    }
import-count-personas =
    { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }
import-count-stages =
    { $count ->
        [one] 1 kundresefas
       *[other] { $count } kundresefaser
    }
import-count-touchpoints =
    { $count ->
        [one] 1 kontaktpunkt
       *[other] { $count } kontaktpunkter
    }
import-count-objectives =
    { $count ->
        [one] 1 mål
       *[other] { $count } mål
    }
import-count-kpis =
    { $count ->
        [one] 1 KPI
       *[other] { $count } KPI:er
    }
import-count-readings =
    { $count ->
        [one] 1 mätvärde
       *[other] { $count } mätvärden
    }
import-count-tactics =
    { $count ->
        [one] 1 taktik
       *[other] { $count } taktiker
    }
import-count-reviews =
    { $count ->
        [one] 1 utvärdering
       *[other] { $count } utvärderingar
    }

## Rapportsidan
report-intro = Hela planen som ett enda dokument. Skriv ut den, eller spara den som PDF för att lämna den vidare; delar utan innehåll utelämnas.
report-print = Skriv ut eller spara som PDF
report-kicker = Marknadsföringsplan
report-date = Rapportens datum
report-contents = Innehåll
report-empty = Inget är ifyllt än: varje del av planen visas här så snart den har innehåll.
report-missing = Inte ifyllt än:
report-none = Inget antecknat än.
report-weakest = { $count ->
    [one] Svagaste området: { $areas }
   *[other] Svagaste områdena: { $areas }
}
report-barriers = Hinder och möjligheter
report-objectives = Mål och uppföljning
report-smart-met = Uppfyller alla fem SMART-kriterierna.
report-latest = Senaste mätvärde: { $value } den { $date }
report-creative = Kreativ idé och marknadsmix
report-journey-of = Kundresan för { $persona }
crash-title = Waymark stannade på grund av ett fel
crash-body = Den senast sparade versionen av din plan är i säkerhet i den här webbläsaren. Ladda ned en kopia för att vara helt säker, och ladda sedan om sidan. Om det händer igen: skicka filen och en beskrivning av vad du gjorde till den som gav dig Waymark.
crash-download = Ladda ned din plan
crash-reload = Ladda om sidan
export-title = Exportera
export-json = Ladda ned planen (JSON)
export-markdown = Rapporten som Markdown
export-csv-swot = SWOT som CSV
export-csv-pestle = PESTLE som CSV
export-csv-touchpoints = Kontaktpunkter som CSV
export-csv-kpis = KPI:er som CSV

# Labels inside the exported report and CSV lists (src/domain/export.rs).
export-date = Exportdatum
export-weak-answers = Svaga svar
export-progress = Framsteg mot planen
export-latest-reading = Senaste mätvärde
export-col-id = ID
export-col-quadrant = Kvadrant
export-empty = Inget har skrivits i den här planen än.
export-deleted = Raderat kort

reminder-title = Spara en kopia av planen
reminder-body = Planen har ändringar som inte finns i någon fil du har laddat ned, och vissa av dem är en vecka gamla eller äldre. Webbläsare kan rensa en webbplats data; en nedladdad fil är en kopia som du själv behåller.
reminder-download = Ladda ned planen nu
reminder-later = Inte nu

## Offline and updates
update-ready = En ny version av Waymark är klar.
update-reload = Ladda om
update-reloading = Laddar om när planen är sparad…
update-after-save = Du kan ladda om när dina ändringar är sparade (se meddelandet ovan).
update-loses-changes = Den här webbläsaren sparar inget av det du skriver här, så det försvinner om du laddar om: ladda ned planen först.

## Presentationsläge
present-button = Presentera
present-button-title = Visa det här avsnittet för ett rum, i helskärm, som bilder
present-capture = Samla idéer
present-nav = Bilder
present-previous = Föregående
present-next = Nästa
present-slide-count = Bild { $n } av { $count }
present-slide-announce = Bild { $n } av { $count }: { $title }
present-objective-of = Mål { $n } av { $count }
present-exit = Avsluta presentationen
present-fullscreen = Helskärm
present-fullscreen-exit = Lämna helskärm
present-keys-move = föregående, nästa
present-keys-ends = första, sista
present-keys-leave = avsluta
present-key-left = ←
present-key-right = →
present-key-pgup = PgUp
present-key-pgdn = PgDn
present-key-space = Mellanslag
present-key-home = Home
present-key-end = End
present-key-esc = Esc
present-timer = Workshoptimer
present-timer-minutes = Minuter
present-timer-start = Starta
present-timer-pause = Pausa
present-timer-resume = Fortsätt
present-timer-reset = Nollställ
present-timer-left = Tid kvar: { $time }
present-timer-paused = Pausad
present-timer-done = Tiden är ute
present-timer-for = För
present-timer-for-any = Hela bilden
present-timer-started = { $minutes ->
    [one] Timern startad: { $minutes } minut.
   *[other] Timern startad: { $minutes } minuter.
}
present-timer-started-for = { $minutes ->
    [one] Timern startad: { $minutes } minut för { $exercise }.
   *[other] Timern startad: { $minutes } minuter för { $exercise }.
}
present-timer-paused-at = Timern pausad vid { $time }.
present-timer-resumed = Timern fortsätter.
present-timer-was-reset = Timern nollställd.
present-zoom = Fokusera på det här kortet
present-zoom-card = Fokusera på ”{ $card }”
present-zoom-close = Stäng

## Kept copies (storage/kept.rs): what the app kept instead of losing it
kept-see-list = Visa sparade kopior
kept-settings-notice = Dina inställningar gick inte att läsa. De har lagts undan i planlistan och standardinställningarna används tills vidare. Dina planer påverkas inte.
kept-unreadable-notice = { $count ->
    [one] En sparad post gick inte att läsa.
   *[other] { $count } sparade poster gick inte att läsa.
} De finns kvar oförändrade i planlistan, där du kan ladda ned dem.
kept-copy-notice = Versionen du inte valde har sparats som en kopia. Den finns kvar i planlistan under ”Sparade kopior” tills du raderar den.
kept-title = Sparade kopior
kept-help = Versioner och sparad data som Waymark har behållit åt dig i stället för att de skulle gå förlorade. De finns kvar här tills du raderar dem.
kept-settings-name = Inställningar som inte gick att läsa
kept-unreadable-name = En plan som inte gick att läsa
kept-why-unreadable = gick inte att läsa
kept-why-other-tab = version som inte valdes mellan två flikar
kept-why-settings = inställningar som inte gick att läsa
kept-when = sparad { $date }
kept-open = Öppna som plan
kept-download = Ladda ned
kept-delete = Radera
kept-delete-confirm = Radera permanent
kept-failed = Det gick inte. Kopian är oförändrad.
usage-kept = Sparade kopior tar upp { $kept }. De finns kvar tills du raderar dem.

## The deployment's config (embed/config.rs): problems whoever deployed Waymark should fix
config-insecure-origin = Den här Waymark är inställd på att utbyta planer med sidor som inte är krypterade (http://): { $origins }. Vem som helst i deras nätverk kan utge sig för att vara dem. Den som har installerat Waymark bör ange deras https://-adresser i waymark.config.json.

## Sections that load when first opened (pages/lazy.rs)
lazy-loading = Läser in avsnittet…
lazy-failed = Avsnittet kunde inte läsas in. Kontrollera anslutningen och ladda sedan om sidan: din plan är sparad.
lazy-reload = Ladda om
reader-failed = En del av Waymark kunde inte laddas, så planer kan inte öppnas eller skapas ännu. Kontrollera anslutningen och ladda sedan om sidan: inget sparat har ändrats.

## A choice that acts only when confirmed (ui/choose.rs): the button beside the list
choose-move = Flytta
journey-add-touchpoint-to = Lägg till en kontaktpunkt i { $stage }
choose-add = Lägg till

## The overview's progress and "Continue" (issue 14)
progress-title = Din väg genom metoden
progress-not-started = Inte påbörjad
progress-partly = Pågår: { $done } av { $total }
progress-done = Klar
progress-continue = Fortsätt med { $section }
progress-finished = Alla steg är klara: planen går att läsa, skriva ut eller skicka.
progress-open-report = Öppna rapporten
progress-goal-health = Utgångsläget och de fyra kontexterna besvarade
progress-goal-swot = Ett kort i varje ruta
progress-goal-pestle = Ett kort för varje faktor
progress-goal-tows = Minst en strategi
progress-goal-personas = Minst en persona
progress-goal-journeys = Kontaktpunkter i varje personas kundresa
progress-goal-objectives = Mål som klarar SMART-kontrollen, vart och ett med en KPI
progress-goal-creative = Alla delar av den kreativa idén
progress-goal-mix = Ett beslut för vart och ett av de fyra P:na
progress-goal-engagement = Aktiviteter och en budget
progress-goal-attribution = Valfritt: hur äran för ett köp fördelas
progress-goal-reviews = En mätning för varje mål
continue-to = Fortsätt till { $section }
