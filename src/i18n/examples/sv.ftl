# Waymark — exempelplanen, svenska. En nätbutik för hållbara löparskor
# (seed 002). Varje språks exempelfil har exakt dessa id:n (tests/i18n.rs).
# Laddas bara när användaren öppnar exemplet; varje meddelande blir text i en ny plan.

ex-name = Exempel: Stride & Co. löparskor
ex-description = Stride & Co. säljer hållbara löparskor på nätet i Storbritannien. Planen ska lansera Product X, vår första terränglöparsko av återvunnet material, och öka antalet återköp i år.

## Utgångsläge
ex-start-now = Vi säljer runt 8 000 par om året på nätet, främst via betald sökning och till återkommande kunder. Marknadsföringen sköts av en person och en byrå för annonserna.
ex-start-goal = Bli förstahandsvalet för hållbara löparskor bland löpare mellan 18 och 35 år.
ex-start-future = Lansera Product X i april, sälja 12 000 par i år och få 30 % av försäljningen från återkommande kunder.
ex-res-people-have = En marknadsförare, ett kundtjänstteam på tre personer och grundarna.
ex-res-people-gap = Ingen för video eller SEO.
ex-res-budget-have = Cirka 40 000 £ för året.
ex-res-budget-gap = Det mesta är redan uppbundet i betald sökning; lite finns kvar till lanseringen.
ex-res-time-have = Tre månader kvar till lanseringen i april.
ex-res-time-gap = Grundarna har lite tid över för innehåll.
ex-res-expertise-have = E-post, sociala medier, kundservice.
ex-res-expertise-gap = Videoproduktion, samarbeten med influencers.

## Kundkontext
ex-customer-segments = Två segment: löpare mellan 18 och 35 som köper på nätet efter att ha läst recensioner, och lojala kunder över 40 som köper samma modell igen varje år.
ex-customer-segments-evidence = Orderdata 2026: 58 % av förstagångsordrarna kom från 18–35-åringar.
ex-customer-awareness = Kända bland seriösa löpare för komforten, men de flesta yngre löpare har aldrig hört talas om oss.
ex-customer-awareness-evidence = Enkät till 400 kunder i januari.
ex-customer-reputation = Varumärkessökningarna har ökat med 12 % sedan förra året, anmälningarna till nyhetsbrevet står still och recensionerna är positiva men få.
ex-customer-reputation-evidence = Search Console och e-postplattformen.
ex-customer-competition = Tre stora sportkedjor och många små butiker; de stora kör kraftiga rabatter varje säsong.
ex-customer-competition-evidence = Våra egna priskontroller.

## Verksamhetskontext
ex-business-strategy = Vi säljer bara hållbara löparskor, med fri retur och en reparationstjänst.
ex-business-strategy-evidence = Grundarnas bild.
ex-business-positioning = Vi uppfattas som etiska och håller hög kvalitet, men anses också vara dyra.
ex-business-positioning-evidence = Kundenkät och recensioner.
ex-business-partners = Långa relationer med två tillverkare; inga affiliatepartner än.
ex-business-partners-evidence = Leverantörsavtal.
ex-business-identity = Domänauktoritet 38 – högre än de små butikernas men lägre än de stora kedjornas.
ex-business-identity-evidence = Rapport från SEO-verktyget, februari.

## Extern kontext
ex-external-consumers = ”Helg-Anna”, 29, tränar inför halvmaror och jämför priser i mobilen; ”Lojala Lars”, 46, köper samma modell varje vår.
ex-external-consumers-evidence = Intervjuer med åtta kunder.
ex-external-media = Finns i betald sökning, på Instagram och i e-post; saknas på YouTube och i löparpoddar.
ex-external-media-evidence = Kanalrapport.
ex-external-affiliates = Två löparbloggar länkar till oss informellt; vi finns inte på någon marknadsplats.
ex-external-affiliates-evidence = Data om hänvisningstrafik.
ex-external-environment = Stigande priser gör kunderna försiktiga, nya regler för miljöpåståenden, och fler springer sedan pandemin.
ex-external-environment-evidence = Branschrapporter.

## Intern kontext
ex-internal-budget = Cirka 40 000 £ för året, varav det mesta redan är uppbundet i betald sökning.
ex-internal-budget-evidence = Budgeten för 2027.
ex-internal-culture = Utmärkt kundservice: svar inom en timme och kostnadsfria reparationer.
ex-internal-culture-evidence = Kundtjänststatistik, NPS 62.
ex-internal-expertise = En marknadsförare som kan e-post och sociala medier; ingen för video eller SEO.
ex-internal-expertise-evidence = Vår egen bedömning.
ex-internal-capacity = Lager för cirka 20 % fler ordrar; leveranspartnern kan skala upp; kundtjänst skulle behöva en person till.
ex-internal-capacity-evidence = Lager- och bemanningsplanering.

## SWOT-kort som skrivits in på tavlan
ex-swot-s1 = Reparationstjänst som ingen konkurrent erbjuder
ex-swot-w1 = Få recensioner på våra produktsidor
ex-swot-o1 = Löparklubbar söker partner för hållbar utrustning
ex-swot-o2 = Terränglöpning växer snabbt
ex-swot-t1 = Stora kedjor lanserar egna gröna sortiment

## PESTLE-faktorer
ex-pestle-political = Handelsreglerna för importerade skor kan ändras
ex-pestle-economic = Kunderna handlar mindre när priserna stiger
ex-pestle-social = Fler springer, särskilt 18–35-åringar
ex-pestle-technological = Kunderna förväntar sig att kunna prova skor i AR
ex-pestle-legal = Nya regler för miljöpåståenden i reklam
ex-pestle-environmental = Återvunnet material blir billigare

## TOWS-strategier
ex-tows-so = Samarbeta med löparklubbar: medlemmarna får gratis reparationer i ett år.
ex-tows-st = Gör reparationstjänsten till kärnan i lanseringen – grönare än något nytt sortiment.
ex-tows-wo = Be klubblöpare recensera Product X i utbyte mot biljetter till en terrängdag.
ex-tows-wt = Lägg marknadsföringsbudgeten på de två kanaler som driver återköpen.

## Personas
ex-anna-name = Helg-Anna
ex-anna-segment = Löpare mellan 18 och 35 som köper på nätet
ex-anna-life-stage = 29 år, första jobbet i stan, inga barn
ex-anna-goals = Springa en halvmara i höst utan att skada sig.
ex-anna-needs = Bekväma skor som hon kan lita på, till ett rimligt pris.
ex-anna-pains = För många alternativ, recensioner hon inte litar på och returer som kostar pengar.
ex-anna-places = Instagram, träningsvideor på YouTube, en löparklubb på lördagarna.
ex-lars-name = Lojala Lars
ex-lars-segment = Lojala kunder över 40
ex-lars-life-stage = 46 år, två tonåringar, springer före jobbet
ex-lars-goals = Fortsätta springa tre gånger i veckan.
ex-lars-needs = Samma modell som han litar på, snabbt levererad.
ex-lars-pains = Modeller som ändras eller försvinner.
ex-lars-places = LinkedIn på lunchen, e-post, reklamtavlorna på väg till jobbet.

## Annas kundresa, fas för fas
ex-anna-awareness-goal = Ta reda på vilka skor seriösa löpare springer i.
ex-anna-awareness-message = Hållbara skor, gjorda för att hålla.
ex-anna-awareness-when = På kvällarna, när hon scrollar efter träningen
ex-anna-awareness-thoughts = ”Går det verkligen att springa bra i gröna skor?”
ex-anna-awareness-kpi = Räckvidd bland 18–35-åringar
ex-anna-consideration-goal = Jämföra tre modeller.
ex-anna-consideration-why = Kostnadsfria reparationer, ärliga recensioner.
ex-anna-consideration-friction = Få recensioner på våra produktsidor.
ex-anna-consideration-kpi = Visningar av produktsidor
ex-anna-decision-goal = Välja en modell och kolla priset.
ex-anna-decision-friction = Osäker på storleken.
ex-anna-decision-opportunities = En storleksguide med passformstest.
ex-anna-decision-kpi = Andel som lägger i varukorgen
ex-anna-purchase-goal = Köpa utan krångel.
ex-anna-purchase-kpi = Konverteringsgrad
ex-anna-retention-message = Hur sitter skorna efter 100 km?
ex-anna-retention-kpi = Andel återköp
ex-anna-advocacy-opportunities = Bjud in henne att recensera Product X.
ex-anna-advocacy-kpi = Antal skrivna recensioner
ex-tp-anna-1 = Varumärkesannons på Instagram
ex-tp-anna-2 = Terränglöpningsvideo på YouTube
ex-tp-anna-3 = Recensioner av Product X
ex-tp-anna-4 = Sökning på ”löparskor terräng”
ex-tp-anna-5 = Kassan på webbplatsen
ex-tp-anna-6 = Välkomstmejl med skötselråd
ex-tp-anna-7 = Löparklubbens nyhetsbrev

## Lars kundresa, fas för fas
ex-lars-awareness-message = Din modell är tillbaka – nu av återvunnet material.
ex-lars-awareness-kpi = Nådda medlemmar
ex-lars-consideration-why = Han litar på passformen.
ex-lars-consideration-kpi = Klick i e-postutskicken
ex-lars-decision-thoughts = ”Samma sko, fast grönare? Bra.”
ex-lars-decision-kpi = Besök på produktsidan
ex-lars-purchase-goal = Beställa igen på två minuter.
ex-lars-purchase-kpi = Konverteringsgrad
ex-lars-retention-kpi = Andel återköp
ex-tp-lars-1 = SMS till medlemmar
ex-tp-lars-2 = Affisch på vägen till jobbet
ex-tp-lars-3 = Inlägg på LinkedIn på lunchen
ex-tp-lars-4 = Sökning på modellens namn

## Attribuering: Lars från seed 004
ex-path-1 = Varumärkesannons på Instagram
ex-path-2 = SMS till medlemmar
ex-path-3 = LinkedIn på lunchen
ex-path-4 = Reklampelare med utomhuskampanjen
ex-path-5 = Pre-roll-annons på YouTube
ex-path-6 = Sökning på ”terränglöparskor” en söndag

## SMART-mål (seed 002)
ex-obj-1 = Öka synligheten för Product X bland 18–35-åringar i Storbritannien med 20 %
ex-obj-1-metric = Varumärkessökningar per månad
ex-obj-1-unit = sökningar
ex-obj-1-audience = Storbritannien, 18–35-åringar
ex-obj-1-measured = Webbanalys (varumärkessökningar), en enkät, gillamarkeringar och delningar i sociala medier samt en kampanj-URL i tidningar och direktreklam
ex-obj-1-manager = Marknadsteamet
ex-obj-2 = Sälja 10 % mer av Product X än samma kvartal förra året
ex-obj-2-metric = Sålda par av Product X
ex-obj-2-unit = par
ex-obj-2-audience = Nätbutiken i Storbritannien
ex-obj-2-measured = Försäljningsökningen under tre månader och konverteringsgraden per onlinetaktik, för att hitta den mest kostnadseffektiva kanalen
ex-obj-2-manager = Lagerteamet
ex-kpi-1 = Antal varumärkessökningar
ex-kpi-2 = Räckvidd på Instagram bland 18–35-åringar
ex-kpi-3 = Kostnad per kundförvärv
ex-kpi-4 = Konverteringsgrad per taktik
ex-kpi-5 = Kundens livstidsvärde

## Den kreativa idén
ex-creative-headline = Product X: terränglöparskon av återvunnet material, med kostnadsfria reparationer livet ut.
ex-creative-promotions = Terrängdagar med löparklubbar, ett reparationskafé på lanseringsevenemangen och 10 % rabatt på ett andra par för medlemmar.
ex-creative-tagline = Spring längre. Slösa mindre.
ex-creative-storyboard = En löpare på en lerig stig; närbilder på den återvunna sulan; samma sko, lagad, ett år senare.
ex-creative-justification = Vår reparationstjänst är en styrka som ingen konkurrent erbjuder, och allt fler unga springer. Idén svarar mot båda – och står sig mot de stora kedjornas gröna sortiment.

## Engagemangsstrategin
ex-audience = Löpare mellan 18 och 35 i Storbritannien som köper på nätet, och lojala kunder som köper igen.
ex-audience-why = Orderdata: 58 % av förstagångsordrarna kommer från 18–35-åringar, och kundenkäten visar att hållbarhet är viktigt för dem.
ex-tactic-social = Varumärkesannonser på Instagram och kreatörer ute i terrängen.
ex-tactic-social-why = Anna tillbringar kvällarna på Instagram, och bland yngre löpare är vi okända.
ex-tactic-video = Pre-roll-annonser på YouTube före träningsvideor.
ex-tactic-search = Betald sökning på varumärkes- och modellnamn.
ex-tactic-search-why = Sökningen tar det sista klicket: vi måste finnas där när efterfrågan väl finns.
ex-tactic-email = Välkomst- och skötselmejl; SMS till medlemmar för återköp.
ex-tactic-club = Samarbeten med löparklubbar: terrängdagar och recensioner.
ex-measure-reach = Räckvidd och andel som ser hela videon bland 18–35-åringar
ex-measure-cpa = Kostnad per kundförvärv och konverteringsgrad
ex-manage-marketing = Marknadsteamet
ex-manage-agency = Annonsbyrån
ex-monitor-weekly = En dashboard som vi går igenom varje måndag

## Marknadsmixen
ex-mix-product = Product X, en terränglöparsko av återvunnet material; reparationer ingår.
ex-mix-product-decision = Lansering i april i två färger; kostnadsfria reparationer livet ut.
ex-mix-price = 120 £, högre än de stora kedjornas gröna sortiment.
ex-mix-price-decision = Behåll priset, förklara reparationerna och ge inga rabatter vid lanseringen.
ex-mix-place = Vår nätbutik; löparklubbar för terrängdagarna.
ex-mix-place-decision = Bara på nätet; provning på klubbarnas evenemang.
ex-mix-promotion = Instagram, YouTube, sök, e-post, löparklubbar.
ex-mix-promotion-decision = Lägg lanseringsbudgeten på upptäckarna först, sedan på sök.

## Uppföljning
ex-review-1 = Klubblöpare frågar om Product X passar breda fötter.
ex-review-1-change = Lägg till en passformsguide och en bredare variant på produktsidan.
ex-review-2 = Instagramannonserna når löpare, men få klickar: budskapet går inte hem än.
ex-review-2-change = Testa ett kreativt koncept som lyfter fram reparationerna i stället för materialet.
