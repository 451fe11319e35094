# Waymark — Svenska. Varje språkfil måste ha exakt samma meddelande-id:n som den engelska
# (annars fallerar tests/i18n.rs). Behåll platshållare ({ $name }) som de är.

## Ramverket
app-name = Waymark
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
rescued-discard = Radera den
rescued-discard-confirm = Radera permanent
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
