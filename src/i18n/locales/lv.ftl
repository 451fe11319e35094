# Waymark — Latviešu. Katrā lokalizācijas failā jābūt tieši šiem ziņojumu identifikatoriem
# (citādi tests/i18n.rs neizdodas). Vietturus ({ $name }) atstājiet nemainītus.

## Lietotnes ietvars
app-name = Waymark
app-tagline = Mārketinga stratēģija soli pa solim
skip-to-content = Pāriet uz saturu
nav-label = Sadaļas
nav-overview = Pārskats
header-tools = Plāna rīki
plan-name-label = Plāna nosaukums
language-label = Valoda
theme-label = Motīvs
theme-system = Sistēmas
theme-light = Gaišs
theme-dark = Tumšs
language-load-failed = Šo valodu neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.
undo = Atsaukt
redo = Atcelt atsaukšanu
undo-title = Atsaukt (Ctrl+Z)
redo-title = Atcelt atsaukšanu (Ctrl+Shift+Z)
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
rescued-discard = Dzēst
rescued-discard-confirm = Dzēst neatgriezeniski
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
