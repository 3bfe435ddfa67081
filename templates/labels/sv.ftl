# sip's words in Swedish (svenska): every text a person reads, in Project
# Fluent syntax (https://projectfluent.org). One message a line:
#     id = text
# Variables are written { $name }; a word that changes with a number is
# chosen with { $count -> [one] … *[other] … }. A plan repository changes a
# word by putting its own copy of a message in templates/labels/sv.ftl, and
# adds a language with its own file (templates/labels/ar.ftl): what that
# file leaves out is said in the repository's language.
# Tests: sv.ftl and en.ftl have the same messages (src/i18n/catalogue.rs).

## Counts (plural rules: Swedish has "one" and "other")

count-plans = { $count ->
    [one] 1 plan
   *[other] { $count } planer
}
count-files = { $count ->
    [one] 1 fil
   *[other] { $count } filer
}
count-overdue = { $count ->
    [one] 1 försenad
   *[other] { $count } försenade
}
count-errors = { $count ->
    [one] 1 fel
   *[other] { $count } fel
}
count-warnings = { $count ->
    [one] 1 varning
   *[other] { $count } varningar
}
count-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagar
}

## Days relative to the check date

days-none = ej planerad
days-today = i dag
days-tomorrow = i morgon
days-yesterday = i går
days-ahead = om { $count ->
    [one] 1 dag
   *[other] { $count } dagar
}
days-ago = { $count ->
    [one] 1 dag
   *[other] { $count } dagar
} sedan

## Words for yes and no

word-yes = ja
word-no = nej

## The plan's lists: one item, capitalised as a line starts ("Insats I2")

item-guardians = Vårdnadshavare
item-participants = Deltagare
item-goals = Mål
item-needs = Behov
item-actions = Insats
item-follow_ups = Uppföljning
item-shared = Delad med

## The plan's fields in running text ("ansvarig", "slutdatum")

field-sip = formatversion
field-id = id
field-status = status
field-person = personen
field-name = namn
field-personal_id = personnummer
field-birth_date = födelsedatum
field-language = språk
field-interpreter = tolk
field-guardians = vårdnadshavare
field-consent = samtycke
field-given = givet
field-date = datum
field-by = av
field-form = form
field-scope = omfattning
field-expires = upphör
field-withdrawn = återkallat
field-relatives = närstående får delta
field-initiated = initierad
field-reason = anledning
field-discharge = utskrivning
field-ready_notified = utskrivningsklar meddelad
field-discharged = utskriven
field-called = kallad
field-established = upprättad
field-lead = huvudansvar
field-principal = huvudman
field-organisation = organisation
field-contact = kontakt
field-role = roll
field-phone = telefon
field-email = e-post
field-participants = deltagare
field-kind = typ av deltagare
field-attended = närvarade
field-absence_reason = orsak till frånvaro
field-goals = mål
field-text = text
field-needs = behov
field-actions = insatser
field-responsible = ansvarig
field-service = verksamhet
field-type = typ av insats
field-start = startdatum
field-end = slutdatum
field-follow_ups = uppföljningar
field-convener = sammankallande
field-held = hölls
field-outcome = resultat
field-shared = delad
field-to = mottagare
field-closed = avslutad
field-notes = anteckningar

## Enumerated values as people say them ("kommun" for municipality)

value-principal-region = region
value-principal-municipality = kommun
value-principal-other = annan
value-kind-region = region
value-kind-municipality = kommun
value-kind-other = annan
value-kind-person = personen
value-kind-relative = närstående
value-kind-guardian = vårdnadshavare
value-status-draft = utkast
value-status-active = aktiv
value-status-closed = avslutad
value-status-planned = planerad
value-status-ongoing = pågår
value-status-done = genomförd
value-status-cancelled = avbruten
value-service-social_services = socialtjänst
value-service-health_care = hälso- och sjukvård
value-service-school = skola
value-service-other = annat
value-type-other = annat
value-type-preventive = förebyggande
value-type-rehabilitative = rehabiliterande
value-type-treatment = behandling
value-type-support = stöd
value-by-person = personen
value-by-guardians = vårdnadshavarna
value-by-representative = företrädare
value-form-oral = muntligt
value-form-written = skriftligt

## sip due

due-kind-follow_up = uppföljning
due-kind-action_end = insatsens slutdatum har passerat
due-kind-establish = upprätta planen
due-kind-discharge_call = kalla till SIP-möte efter utskrivning
due-kind-consent_expiry = samtycket upphör
due-kind-unscheduled = ingen uppföljning planerad
due-header-who = ansvarig
due-header-when = när
due-header-date = datum
due-header-what = vad
due-header-plan = plan
due-header-person = person
due-summary = { $overdue ->
    [one] 1 försenad
   *[other] { $overdue } försenade
}, { $upcoming } inom { $within ->
    [one] 1 dag
   *[other] { $within } dagar
} (per { $date })
due-calendar-name = SIP – uppföljningar och påminnelser
due-calendar-who = Ansvarig

## sip diff and sip log

diff-change-added = ny plan
diff-change-removed = borttagen
diff-change-modified = ändrad
diff-change-renamed = flyttad
diff-count-added = { $count ->
    [one] 1 ny
   *[other] { $count } nya
}
diff-count-removed = { $count ->
    [one] 1 borttagen
   *[other] { $count } borttagna
}
diff-count-modified = { $count ->
    [one] 1 ändrad
   *[other] { $count } ändrade
}
diff-count-renamed = { $count ->
    [one] 1 flyttad
   *[other] { $count } flyttade
}
diff-worktree = arbetskopian
diff-moved-from = flyttad från
diff-unreadable = kan inte läsas i
diff-no-change = ingen plan har ändrats
diff-no-content-change = inget i planen har ändrats
diff-legend = + tillagt, - borttaget, ~ ändrat; ! rör huvudansvar, ansvar, samtycke, status, måluppfyllelse eller avbrutna insatser
diff-what = Vad
diff-before = Före
diff-after = Efter

## sip render: the printed plan (render-<label>, render-<table>-<value>)

# The short "what a SIP is" box on the plan and the letter (plain language).
about-sip-heading = Det här är en SIP
about-sip-what = En samordnad individuell plan (SIP) gör socialtjänsten och hälso- och sjukvården tillsammans med dig när du behöver stöd från båda. Planen visar vad som ska göras, vem som gör det och när ni följer upp det.
about-sip-consent = Planen görs bara om du samtycker. Du kan när som helst ta tillbaka ditt samtycke, utan att ange skäl.
about-sip-copy = Du har rätt att få en egen kopia av planen.
about-sip-ask = Har du frågor om planen, kontakta { $contact }.
about-sip-ask-anyone = Har du frågor om planen, fråga den som samordnar den.

render-title = Samordnad individuell plan
render-short_title = SIP
render-plan = Plan
render-state = Status
render-printed = Utskriftsdatum
render-page = Sida
render-page_of = av
render-draft_notice = Utkast: planen är inte upprättad än. Den gäller först när den är upprättad tillsammans med personen och samtycke finns.
render-errors_banner = Planen har fel som ska rättas. Den här utskriften är inte en giltig plan förrän de är rättade:
render-about = Planen gäller för
render-name = Namn
render-personal_id = Personnummer
render-coordination_number = Samordningsnummer
render-birth_date = Födelsedatum
render-language = Språk
render-interpreter = Tolk
render-guardian = Vårdnadshavare
render-phone = Telefon
render-email = E-post
render-role = Roll
render-organisation = Verksamhet
render-goals = Mina mål
render-goals_intro = Det här vill jag uppnå, med mina egna ord.
render-important_to_me = Det här är viktigt för mig
render-support_person = Mitt stöd vid mötet
render-next_meeting = Nästa möte
render-time = Tid
render-place = Plats
render-how = Hur
render-convener = Kallar till mötet
render-no_meeting = Inget nytt möte är bokat än.
render-lead = Ansvar och kontakt
render-next_steps = Det här händer härnäst
render-details = Planen i detalj
render-needs = Behov och insatser
render-needs_intro = Vad jag behöver hjälp med, och vem som gör vad och när.
render-need = Behov
render-for_goal = För målet
render-action = Insats
render-who = Vem gör det
render-contact = Kontakt
render-when = När
render-from = från
render-until = till
render-no_action = Ingen insats svarar ännu mot behovet.
render-by_others = Görs av någon annan än kommunen och regionen
render-via_lead = samordnar planen
render-follow_up = Uppföljning
render-no_follow_up = Ingen uppföljning är planerad.
render-meeting = Möte
render-attended_meeting = Med på mötet
render-absent_meeting = Kunde inte komma
render-goal_progress = Så går det med mina mål
render-in_my_words = Med mina ord
render-outcome = Det här kom vi fram till
render-consent = Samtycke
render-consent_scope = Samtycket omfattar
render-history = Så kom planen till
render-reason = Anledning
render-participants = Deltagare vid mötet då planen gjordes
render-attended = Var med på mötet
render-shared = Planen har lämnats till
render-not_shared = Planen har inte lämnats ut till någon ännu.
render-signatures = Underskrifter
render-signatures_intro = Vi som har tagit fram planen tillsammans.
render-date = Datum
render-signature = Underskrift
render-name_clarification = Namnförtydligande
render-the_person = Personen själv
render-notes = Anteckningar
render-yes = ja
render-no = nej
render-none = –
render-status-draft = Utkast
render-status-active = Gällande
render-status-closed = Avslutad
render-action_status-planned = Planerad
render-action_status-ongoing = Pågår
render-action_status-done = Genomförd
render-action_status-cancelled = Avbruten
render-principal_name-region = Regionen
render-principal_name-municipality = Kommunen
render-service-social_services = Socialtjänst
render-service-health_care = Hälso- och sjukvård
render-service-school = Skola
render-service-other = Annan verksamhet
render-kind-person = Personen själv
render-kind-relative = Närstående
render-kind-guardian = Vårdnadshavare
render-recipient-person = Personen själv
render-recipient-guardian = Vårdnadshavare
render-mode-in_person = På plats
render-mode-video = Via video
render-mode-phone = Per telefon
render-progress-reached = Uppnått
render-progress-partly = Delvis uppnått
render-progress-not_reached = Inte uppnått än
render-progress-not_assessed = Inte bedömt

# Sentences of the printed plan (variables filled in by sip; not in the label table `l`).
plan-time = kl. { $start }
plan-time-range = kl. { $start }–{ $end }
plan-lead = { $principal ->
        [region] Huvudansvaret för planen har regionen, genom { $organisation }.
        [municipality] Huvudansvaret för planen har kommunen, genom { $organisation }.
       *[other] Huvudansvaret för planen har { $organisation }.
    }
plan-call = Kontakta { $who } om du har frågor eller om något inte fungerar.
plan-step-start = { $date }: { $action } börjar ({ $who }).
plan-step-end = { $date }: { $action } avslutas ({ $who }).
plan-step-transition = { $date }: vistelsen { $kind } beräknas ta slut.
plan-need-met = Behovet är tillgodosett sedan { $date }.
plan-follow-up-held = Mötet hölls { $date }.
plan-follow-up-planned = Planerat.
plan-follow-up-not-recorded = Datumet har passerat men mötet är inte registrerat som hållet.
plan-consent-given = { $by ->
        [guardians] Dina vårdnadshavare gav sitt
        [representative] Din företrädare gav sitt
       *[person] Du gav ditt
    } { $form ->
        [written] skriftliga samtycke
        [oral] muntliga samtycke
       *[other] samtycke
    } till planen{ $date ->
        [none] .
       *[other] { " " }{ $date }.
    }
plan-consent-not-given = Samtycke till planen har inte lämnats än.
plan-consent-withdrawn = Samtycket till planen återkallades { $date }. Planen gäller inte längre.
plan-consent-until = Samtycket gäller till och med { $date }.
plan-consent-ended = Samtycket upphörde att gälla { $date }.
plan-consent-relatives-yes = Dina närstående får vara med i arbetet med planen.
plan-consent-relatives-no = Du vill inte att närstående är med i arbetet med planen.
plan-initiated = Behovet av en SIP togs upp { $date }{ $by ->
        [none] .
       *[other] { " " }av { $by }.
    }
plan-preparation = Ett förberedande samtal med dig hölls { $date }{ $by ->
        [none] .
       *[other] { " " }av { $by }.
    }
plan-discharge-notified = Slutenvården meddelade kommunen och öppenvården { $date } att du var utskrivningsklar.
plan-discharge-called = Kallelsen till SIP-mötet skickades { $date }.
plan-discharge-discharged = Du skrevs ut från sjukhuset { $date }.
plan-established = Planen upprättades { $date }.
plan-transition = Vistelsen { $kind } beräknas ta slut { $date }.
plan-transition-planning = Planeringen för tiden efter vistelsen började { $date }.
plan-closed = Planen avslutades { $date }.
plan-shared-one-guardian = Vårdnadshavare: { $name }
plan-shared-some-guardian = En vårdnadshavare (planen anger inte vem)
plan-transition-kind = { $kind ->
        [sis] på SiS-hem
        [hvb] på HVB-hem
        [foster_care] i familjehem
        [prison] på anstalt
        [psychiatric_inpatient] i psykiatrisk heldygnsvård
       *[other] { "" }
    }

## Languages by their names ("Språk: arabiska"), by BCP 47 primary tag

language-sv = svenska
language-en = engelska
language-ar = arabiska
language-fi = finska
language-se = nordsamiska
language-sma = sydsamiska
language-smj = lulesamiska
language-fit = meänkieli
language-rom = romani chib
language-yi = jiddisch
language-so = somaliska
language-ti = tigrinja
language-fa = persiska
language-prs = dari
language-ku = kurdiska
language-ckb = sorani
language-kmr = kurmanji
language-bs = bosniska
language-hr = kroatiska
language-sr = serbiska
language-pl = polska
language-ru = ryska
language-uk = ukrainska
language-tr = turkiska
language-es = spanska
language-de = tyska
language-fr = franska
language-th = thailändska
language-zh = kinesiska
language-am = amhariska
language-ps = pashto
language-sq = albanska
language-el = grekiska
language-ro = rumänska
language-hu = ungerska
language-et = estniska
language-no = norska
language-nb = norska
language-da = danska
language-is = isländska

## sip check: regelkatalogen (sip explain, SARIF, docs/rules.md)

rule-yaml-summary = Filen är välformad YAML: en mappning, i UTF-8.
rule-yaml-explanation = En plan är en YAML-mappning i UTF-8. Fyndet anger raden och kolumnen där läsningen stannade. De vanligaste orsakerna är ett tabbtecken som indrag, ett kolon som fattas efter en nyckel, ett citattecken som inte stängs och en rad som är indragen annorlunda än raderna runt den.
rule-yaml-source = planformatet (format.md)
rule-schema-summary = Planen följer planformatets JSON Schema (`sip schema`).
rule-schema-explanation = Obligatoriska nycklar finns, värdena har rätt typ och form (datum som ÅÅÅÅ-MM-DD, id av bokstäver, siffror, `.`, `_`, `-`), uppräknade värden stavas som i listan, och det finns inga okända nycklar (ett stavfel får inte passera obemärkt; lokala tillägg börjar med `x-`).
rule-schema-source = planformatet (format.md, schema/sip.schema.json)
rule-sip001-summary = Varje hänvisning går att följa: en insats `needs`, ett behovs `goals`, och en uppföljnings `attended`, `absent[].name` (deltagarnas namn) och `goals[].goal` (målens id).
rule-sip001-explanation = En insats svarar mot behov och ett behov hör till mål, var och en angiven med sitt id; en uppföljning anger vilka som deltog och vilka som var frånvarande med deras namn under `participants`, och de mål den följde upp med id. En hänvisning som inte går att följa beror oftast på ett stavfel eller på att något har tagits bort. Rätta hänvisningen, eller lägg till behovet, målet eller deltagaren som fattas.
rule-sip001-source = planens sammanhang
rule-sip002-summary = Id för mål, behov och insatser är unika i planen.
rule-sip002-explanation = Hänvisningar mellan delarna, `sip diff` och historiken anger delarna med id, så ett id ska betyda en enda sak. Id är unika i alla tre listorna: ett mål och en insats kan inte båda heta `X1`. Ge den senare delen ett nytt id.
rule-sip002-source = planens sammanhang
rule-sip003-summary = Varje behov besvaras av minst en insats som inte är `cancelled`.
rule-sip003-explanation = Planen ska ange vilka insatser som behövs och vem som svarar för var och en (punkt 1 och 2). Ett behov utan insats är ett behov som ingen har tagit på sig. Lägg till en insats med `needs: [<id>]`, eller ta bort behovet om det inte längre finns.
rule-sip003-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §, punkt 1–2
rule-sip004-summary = `lead.principal` är `region` eller `municipality`.
rule-sip004-explanation = Punkt 4 i lagen: planen anger vilken av huvudmännen som har det övergripande ansvaret. Bara regionen och kommunen är huvudmän här; skolan eller Försäkringskassan kan vidta åtgärder (punkt 3) men kan inte ha ansvaret för planen.
rule-sip004-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §, punkt 4
rule-sip005-summary = Planen har minst en insats med `service: social_services` och minst en med `service: health_care`.
rule-sip005-explanation = En SIP upprättas när personen behöver insatser från både socialtjänsten och hälso- och sjukvården. En plan med insatser från bara den ena är ingen SIP, eller så saknas den andra sidans del. Lägg till den insats som fattas.
rule-sip005-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §, första meningen
rule-sip006-summary = Båda huvudmännen deltar: någon insats eller deltagare hör till en region och någon till en kommun.
rule-sip006-explanation = Kommunen upprättar planen tillsammans med regionen. Om varken en insats eller en deltagare hör till den ena har den huvudmannen inte varit med. Skriv in dess deltagare eller dess insats.
rule-sip006-source = "kommunen tillsammans med regionen" (SoL 2 kap. 7 §)
rule-sip007-summary = Samtycke är lämnat (`given: true` med `date`) om planen inte är ett utkast.
rule-sip007-explanation = Planen upprättas bara om personen samtycker. Skriv `consent.given: true` och datumet då samtycket lämnades. Ett utkast kan vänta på samtycket, därför är det en varning där.
rule-sip007-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §
rule-sip008-summary = En `active` plan har inget samtycke som är återkallat eller har upphört per kontrolldagen.
rule-sip008-explanation = Samtycket kan återkallas när som helst, och ett tidsbegränsat samtycke upphör på `consent.expires` (den första dagen utan samtycke). Arbetet enligt planen kan inte fortsätta utan det: förnya samtycket (nytt datum och nytt slutdatum) eller avsluta planen.
rule-sip008-source = samtycket kan återkallas när som helst
rule-sip009-summary = En person under 18 år (enligt `birth_date` eller `personal_id`) på kontrolldagen har minst en vårdnadshavare, och samtycket är `by: guardians`; en person som är 15–17 år får samtycka själv (`by: person`), en varning som ber om vårdnadshavarnas syn.
rule-sip009-explanation = För ett barn är det vårdnadshavarna som samtycker till planen. Skriv in dem under `guardians` och sätt `consent.by: guardians`. Barnets egen mening skrivs ändå in som deltagare. En ungdom som är 15–17 år får samtycka själv (`by: person`); då blir fyndet en varning som ber att vårdnadshavarnas syn också skrivs in. Under 15 år samtycker vårdnadshavarna.
rule-sip009-source = vårdnadshavarna samtycker för ett barn (föräldrabalken 6 kap. 11 §)
rule-sip010-summary = `personal_id` är ett välformat personnummer eller samordningsnummer (10 eller 12 siffror, valfritt `-`/`+`, ett verkligt datum – dag + 60 för samordningsnummer – och rätt kontrollsiffra), och stämmer med `birth_date` om båda finns.
rule-sip010-explanation = Ett felskrivet personnummer pekar ut ingen, eller någon annan. Kontrollsiffran fångar de flesta skrivfel. Kopiera numret på nytt från journalen eller akten; meddelandena upprepar aldrig numret.
rule-sip010-source = Skatteverkets format (folkbokföringslagen 18 §, 18 a §)
rule-sip011-summary = Inget personnummer (något som klarar SIP010:s kontroll) finns i filnamnet, i planens `id` eller i ett id för en del av planen.
rule-sip011-explanation = Filnamn och id hamnar i git-historiken, i commit-meddelanden, CI-loggar, kalendrar och merge requests, där ett personnummer aldrig får finnas. Använd ett neutralt id som `2026-0042` och skriv numret bara i `person.personal_id`.
rule-sip011-source = integritet (GDPR art. 5.1 c, uppgiftsminimering; OSL 26 kap.)
rule-sip012-summary = Planernas id är unika bland alla filer som kontrolleras tillsammans, och filnamnet är `<id>.sip.yaml`. Filer som anges på kommandoraden jämförs också med varje plan i planmappen.
rule-sip012-explanation = `sip diff`, `sip due` och varje hänvisning till en plan använder dess id; två planer med samma id blandas ihop (ett fel). En fil vars namn skiljer sig från id:t är svår att hitta (en varning): byt namn till `<id>.sip.yaml`. En pre-commit-krok skickar bara de filer som ska checkas in, så deras id jämförs också med varje plan i planmappen.
rule-sip012-source = planens sammanhang (fel filnamn: varning)
rule-sip013-summary = Datumen kommer i ordning: `initiated.date` ≤ `consent.date` ≤ `established`; en insats `start` ≤ `end`; en uppföljnings `date` ≥ `established`; `held` och `established` är inte efter kontrolldagen.
rule-sip013-explanation = Datum i fel ordning är nästan alltid skrivfel (fel år eller månad), och de förstör påminnelser och statistik om uppföljning. En plan kan inte upprättas före samtycket, och ett möte kan inte ha hållits i framtiden. Rätta datumet.
rule-sip013-source = planens sammanhang
rule-sip014-summary = En `active` plan har minst en öppen uppföljning (utan `held`) med `date` och `convener`.
rule-sip014-explanation = Planer som aldrig följs upp är det vanligaste felet med SIP i praktiken. Regionala riktlinjer säger att planen anger när den följs upp och vem som kallar till mötet. Lägg till en uppföljning med `date` och `convener`; när en uppföljning har hållits, planera nästa. Ett utkast får det som varning; en avslutad plan behöver ingen.
rule-sip014-source = regionala riktlinjer: planen anger när den följs upp och vem som kallar
rule-sip015-summary = `established` finns om planen inte är ett utkast.
rule-sip015-explanation = En plan upprättas ett visst datum; uppföljningar, påminnelser och tiden från begäran till plan räknas därifrån. Skriv in `established`, eller sätt `status: draft` medan planen fortfarande tas fram.
rule-sip015-source = planen upprättas ett visst datum
rule-sip016-summary = En `closed` plan har `closed.date` och `closed.reason`; en plan som inte är avslutad har inget `closed`.
rule-sip016-explanation = När en plan avslutas, skriv när och varför (målen nåddes, personen flyttade, samtycket återkallades). Ett `closed`-block i en plan som fortfarande är utkast eller gällande strider mot dess status: ta bort blocket eller sätt `status: closed`.
rule-sip016-source = planens sammanhang
rule-sip017-summary = Personens del är dokumenterad: en deltagare med `kind: person`, och om den inte `attended`, en `absence_reason`.
rule-sip017-explanation = Planen upprättas när det är möjligt tillsammans med personen. Skriv in personen som deltagare med `kind: person` och `attended: true`, eller `attended: false` med en `absence_reason` som säger varför det inte var möjligt.
rule-sip017-source = "när det är möjligt tillsammans med den enskilde" (SoL 2 kap. 7 §)
rule-sip018-summary = `consent.relatives` är angivet (true eller false).
rule-sip018-explanation = Närstående ska ges möjlighet att delta, om det är lämpligt och personen inte motsätter sig det. Fråga personen och skriv svaret som `consent.relatives: true` eller `false`.
rule-sip018-source = närstående ges möjlighet att delta (SoL 2 kap. 7 §, andra stycket)
rule-sip019-summary = Planen har minst ett mål, och varje behov anger ett mål.
rule-sip019-explanation = Vårdanalys (2025) fann att planer ofta inte säger vad insatserna ska leda till. Skriv personens egna mål med personens ord under `goals`, och koppla varje behov till målet det hör till med `goals: [M1]`.
rule-sip019-source = Vårdanalys 2025: planen ska ange målen med insatserna
rule-sip020-summary = En `active` plan har lämnats till personen (eller en vårdnadshavare): en rad under `shared` med `to: person` eller `to: guardian`.
rule-sip020-explanation = Vårdanalys (2025) fann att personer inte alltid får sin plan. Ge personen (eller, för ett barn, en vårdnadshavare) en kopia – `sip render` gör en – och skriv in det under `shared` med datum.
rule-sip020-source = Vårdanalys 2025: personer får inte alltid sin plan
rule-sip021-summary = Arbetet påbörjades utan dröjsmål: `established` (eller, för ett utkast, kontrolldagen) är högst N dagar efter `initiated.date` (N = 14 om inget annat anges i `sip.toml`).
rule-sip021-explanation = Lagen säger att arbetet med planen ska påbörjas utan dröjsmål men anger inget antal dagar; regionerna använder 10–14. Ange er regions antal som `establish_within_days` i `sip.toml`. För ett utkast går klockan fortfarande: varningen säger hur länge det har väntat.
rule-sip021-source = "påbörjas utan dröjsmål" (SoL 2 kap. 7 §); regionerna använder 10–14 dagar
rule-sip022-summary = Med ett `discharge`-block kallades det till SIP-möte (`discharge.called`) inom 3 dagar från `discharge.ready_notified`.
rule-sip022-explanation = När en patient i sluten vård behöver insatser från både region och kommun efter utskrivningen kallar patientens fasta vårdkontakt till ett SIP-möte inom tre dagar från meddelandet om att patienten är utskrivningsklar. Dagar är kalenderdagar. Utan `called` kommer varningen när tre dagar har gått per kontrolldagen.
rule-sip022-source = lag (2017:612) 4 kap. 1 §, som regionerna hänvisar till
rule-sip023-summary = En deltagare med `attended: false` har en `absence_reason`.
rule-sip023-explanation = Närvaron följs för att se vilka som inte kommer till SIP-möten och varför. Skriv en `absence_reason` för alla som bjöds in men inte deltog. (Personens egen frånvaro är SIP017.)
rule-sip023-source = närvaron följs för att se vilka som inte kommer
rule-sip024-summary = En insats vars `end` har passerat på kontrolldagen är `done` eller `cancelled`.
rule-sip024-explanation = Det som beslutats blir inte alltid gjort. När en insats slutdatum har passerat, skriv vad som hände: `status: done`, `status: cancelled` eller ett nytt `end` om den fortsätter.
rule-sip024-source = det som beslutats blir inte alltid gjort
rule-sip025-summary = Ingen platshållare från mallen (`<<…>>`) finns kvar i planen, i ett värde eller en kommentar.
rule-sip025-explanation = `sip new` gör ett utkast med platshållare som `<<Behov>>` där samordnaren fyller i det som beslutades på SIP-mötet. Tills de är ersatta säger planen ingenting verkligt på de ställena. Ersätt platshållaren med innehållet, eller ta bort delen.
rule-sip025-source = mallen från `sip new`

## sip check: fynd

# En del av en lista mitt i en mening ("insats I2")
thing-guardians = vårdnadshavare
thing-participants = deltagare
thing-goals = mål
thing-needs = behov
thing-actions = insats
thing-follow_ups = uppföljning
thing-shared = rad under shared
place-plan = planen
sip001-need = insats { $action } hänvisar till behov `{ $need }`, som inte finns i planen
sip001-goal = behov { $need } hänvisar till mål `{ $goal }`, som inte finns i planen
sip002 = { $item } har samma id som { $first }; id ska vara unika bland mål, behov och insatser
sip003 = behov { $need } besvaras inte av någon insats som inte är avbruten; lägg till en insats med `needs: [{ $need }]`
sip004 = lead.principal ska vara region eller municipality (kommun), men är { $found }
sip005 = ingen insats har `service: { $service }`; en SIP samlar insatser från både socialtjänsten och hälso- och sjukvården, så lägg till { $service ->
    [social_services] socialtjänstens
   *[health_care] hälso- och sjukvårdens
} del
sip006 = ingen insats eller deltagare hör till { $principal ->
    [region] regionen
   *[municipality] kommunen
}; planen upprättas av kommunen tillsammans med regionen
sip007-given = samtycke är inte lämnat; en SIP upprättas bara med personens samtycke
sip007-date = consent.date saknas; skriv in datumet då samtycket lämnades
sip008-withdrawn = samtycket återkallades { $date }, men planen är fortfarande gällande; avsluta planen
sip008-expired = samtycket upphörde { $date }; förnya det med personen, eller avsluta planen
sip009-guardians = personen är under 18 år, men planen anger ingen vårdnadshavare; skriv in dem under `guardians`
sip009-by = personen är under 18 år: det är vårdnadshavarna som samtycker (`by: guardians`)
sip010-shape = person.personal_id har inte 10 eller 12 siffror (ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN för den som är 100 år eller äldre)
sip010-date = person.personal_id innehåller inget verkligt födelsedatum
sip010-check-digit = person.personal_id har fel kontrollsiffra (sista siffran); kontrollera om det är ett skrivfel
sip010-birth-date = person.birth_date stämmer inte med datumet i person.personal_id
sip011-file = filnamnet innehåller ett personnummer; döp filen till `<id>.sip.yaml` efter ett neutralt plan-id
sip011-id = planens id innehåller ett personnummer; använd ett neutralt id som `2026-0042`
sip011-item = id:t för { $item } innehåller ett personnummer; använd ett kort neutralt id
sip012-name = filen heter `{ $name }` men planens id är `{ $id }`; byt namn på filen till `{ $expected }`
sip012-name-no-suggestion = filen heter `{ $name }` men planens id går inte att döpa en fil efter; ge planen ett neutralt id som `2026-0042` och döp filen efter det
sip012-duplicate = plan-id `{ $id }` används också av { $others }; varje plan behöver ett eget id
sip013-consent = consent.date { $consent } är före initiated.date { $initiated }
sip013-established = established { $established } är före { $name } { $floor }
sip013-established-future = established { $established } är efter kontrolldagen { $as_of }
sip013-action = insats { $action }: end { $end } är före start { $start }
sip013-follow-up = uppföljning { $label } är före den dag planen upprättades ({ $established })
sip013-held-future = uppföljning { $label }: held { $held } är efter kontrolldagen { $as_of }
sip014 = ingen öppen uppföljning med datum och sammankallande; planera nästa uppföljning och vem som kallar
sip015 = planen är { $status } men `established` saknas; skriv in datumet då planen upprättades
sip016-missing = planen är avslutad men har inget `closed`-block; lägg till `closed: {"{"} date: …, reason: … {"}"}`
sip016-date = closed.date saknas; skriv in när planen avslutades
sip016-reason = closed.reason saknas; skriv in varför planen avslutades
sip016-not-closed = planen är { $status } men har ett `closed`-block; ta bort det eller sätt `status: closed`
sip017-missing = ingen deltagare har `kind: person`; skriv in om personen deltog när planen togs fram
sip017-reason = personen deltog inte och ingen `absence_reason` säger varför
sip017-attended = personens rad bland deltagarna säger inte om personen deltog; lägg till `attended: true` eller `false`
sip018 = consent.relatives är inte angivet; fråga om närstående får delta och skriv true eller false
sip019-goals = planen har inget mål; skriv in personens egna mål, med personens egna ord
sip019-need = behov { $need } anger inget mål; lägg till `goals: [<mål-id>]`
sip020 = planen har inte lämnats till personen; ge personen en kopia och lägg till `{"{"} to: person, date: … {"}"}` under `shared`
sip021-established = planen upprättades { $days } dagar efter att behovet togs upp (gräns { $limit }); arbetet med en SIP ska påbörjas utan dröjsmål
sip021-draft = planen är fortfarande ett utkast { $days } dagar efter att behovet togs upp (gräns { $limit }); arbetet med en SIP ska påbörjas utan dröjsmål
sip022-late = SIP-mötet kallades { $days } dagar efter att patienten var utskrivningsklar (gräns { $limit })
sip022-not-called = SIP-mötet har inte kallats, { $days } dagar efter att patienten var utskrivningsklar (gräns { $limit }); kalla till mötet och skriv in `discharge.called`
sip023 = deltagare { $participant } deltog inte och har ingen `absence_reason`
sip024 = insats { $action } slutade { $end } men är fortfarande { $status ->
    [ongoing] pågående
   *[planned] planerad
}; sätt `status: done` eller `cancelled`, eller ett nytt `end`
sip025 = platshållaren `{ $placeholder }` finns kvar i planen; ersätt den med det verkliga innehållet

## sip check: fynd mot schemat

schema-shape = { $place } har fel form: { $found }
schema-unknown-key = okänd nyckel `{ $key }` i { $place }
schema-many-unknown-keys = { $place } har { $count } okända nycklar; en plan har bara formatets nycklar (`sip schema`), och lokala tillägg börjar med `x-`
schema-did-you-mean = menade du `{ $best }`?
schema-expected-one-of = tillåtna nycklar: { $known }
schema-comma = (ett kommatecken inuti `{"{"} … {"}"}` avslutar ett värde: sätt citattecken kring ett värde som innehåller kommatecken)
schema-local-additions = lokala tillägg ska börja med `x-`
schema-required = { $place } saknar den obligatoriska nyckeln `{ $key }`
schema-enum = { $place } ska vara något av { $options }, men är { $found }
schema-type = { $place } ska vara { $expected }, men är { $found }
schema-type-string = en text
schema-type-integer = ett heltal
schema-type-number = ett tal
schema-type-boolean = sant eller falskt
schema-type-array = en lista
schema-type-object = en mappning
schema-type-or = { $a } eller { $b }
schema-true-false = skriv `true` eller `false`
schema-date = { $place } ska vara ett verkligt datum skrivet ÅÅÅÅ-MM-DD, men är { $found }
schema-pattern = { $place } är inget giltigt id: { $found }; använd 1–64 tecken av A–Z, a–z, 0–9, `.`, `_` och `-`, med en bokstav eller siffra först
schema-time = { $place } ska vara ett klockslag skrivet TT:MM (00:00–23:59, svensk tid); här står { $found }
schema-min-items = { $place } ska ha minst { $limit ->
    [one] 1 rad
   *[other] { $limit } rader
}
schema-min-length = { $place } får inte vara tom
schema-constant = { $place } ska vara { $expected }, men är { $found }
schema-other = { $place }: { $error }
schema-found-null = ingenting (null)
schema-found-list = en lista
schema-found-mapping = en mappning
schema-unreadable = planen kunde inte läsas: { $error }

## sip check: sammanfattningen

check-summary = { $files ->
    [one] 1 fil
   *[other] { $files } filer
} kontrollerade: { $errors ->
    [one] 1 fel
   *[other] { $errors } fel
}, { $warnings ->
    [one] 1 varning
   *[other] { $warnings } varningar
}

## sip check och sip explain: allvarlighet och katalogen

severity-error = fel
severity-warning = varning
level-error = fel
level-error-draft = fel (varning i utkast)
level-error-draft-short = fel*
level-warning = varning
explain-draft-note = * en varning så länge planen är ett utkast. `sip explain SIPnnn` berättar mer.
explain-severity = Allvarlighet
explain-source = Källa

## sip list

list-header-id = id
list-header-status = status
list-header-person = person
list-header-lead = huvudansvar
list-header-counts = behov/insatser
list-header-follow-up = uppföljning
list-summary = { $plans ->
    [one] 1 plan
   *[other] { $plans } planer
}: { $active } gällande, { $draft } utkast, { $closed ->
    [one] 1 avslutad
   *[other] { $closed } avslutade
}; { $overdue } med försenad uppföljning (!)
list-broken = { $count } trasiga (se stderr)
list-broken-kind = trasig

## sip new

new-created = Skapade { $file }: ett utkast med { $count ->
    [one] 1 platshållare
   *[other] { $count } platshållare
} att fylla i.
new-prompt-person = Personens namn (den enskilde):
new-prompt-person-help = Lämna tomt för att fylla i senare
new-prompt-lead = Vem har det övergripande ansvaret för planen?
new-prompt-municipality = kommunen
new-prompt-region = regionen
new-prompt-organisation = Verksamheten som har det övergripande ansvaret:
new-prompt-organisation-help = Till exempel: Socialtjänsten, Exempels kommun
new-prompt-cancelled = avbrutet; inget skrevs
new-next-steps = Nästa steg:
new-step-1 = Fyll i planen tillsammans med personen: mål, behov, insatser och vem som svarar för varje insats.
new-step-2 = Kör `sip check { $file }`; den visar vad som fortfarande saknas.
new-step-3 = När planen är upprättad, sätt `status: active`, `established` och samtycket,
new-step-3b = och ge personen en kopia.
new-schema-hint = Redigeringsprogram fyller i och förklarar varje fält när schemat finns i repot:
new-exists = `{ $file }` finns redan; sip ersätter aldrig en plan om inte du ber om det
new-exists-hint = välj ett annat id, utelämna id:t för att få nästa lediga, eller ange --force

## sip init

init-created-git = skapade ett git-repo
init-created = skapade { $path }
init-kept = behöll er egen { $path } (sips skiljer sig; `sip init --show { $path }` visar den)
init-diff-driver = satte { $key } i .git/config (git diff visar planer i planens termer där sip finns, annars vanliga rader)
init-nothing = inget att göra: { $dir } är redan ett planrepo
init-done = { $dir } är ett planrepo; nästa steg: sätt SIP_RELEASE_URL i den CI-fil ni använder, sedan `sip new`

## sip check: meddelanden

check-changed-note = kontrollerar { $changed ->
    [one] 1 ändrad plan
   *[other] { $changed } ändrade planer
} (mot { $base }); id jämförs med { $others ->
    [one] 1 annan
   *[other] { $others } andra
}
check-changed-shallow = den här klonen är grund, så det går inte att se vad som ändrats: kontrollerar alla planer (klona med `fetch-depth: 0` i GitHub, `GIT_DEPTH: 0` i GitLab, för att bara kontrollera de ändrade)
history-hit = { $place } innehåller ett personnummer: { $text }
history-commit = commit { $commit }
history-clean = historiken kontrollerad: inga personnummer i commit-meddelanden, namn eller sökvägar
history-found = historiken kontrollerad: { $count ->
    [one] 1 ställe
   *[other] { $count } ställen
} med personnummer; historiken skrivs om med git filter-repo, efter överenskommelse med den som ansvarar för repot
history-place-message = commit-meddelandet
history-place-author = författarens namn
history-place-committer = committarens namn
history-place-ref_name = gren- eller taggnamnet
history-place-author_email = författarens e-postadress
history-place-committer_email = committarens e-postadress
history-place-path = sökvägen

## sip render

render-wrote = Skrev { $file }

## Fel (fel: …) och vad man kan göra (tips: …)

error-word = fel
hint-word = tips
warning-word = varning
error-path-not-found = `{ $path }` finns inte
error-no-plans-dir = ingen planmapp i `{ $dir }`
hint-no-plans-dir = ange planfiler eller mappar (`sip check sökväg/till/planer`), eller sätt `plans_dir` i sip.toml
error-io = kan inte läsa `{ $path }`: { $reason }
error-config = { $place }: { $message }
hint-config = sip.toml tar plans_dir, establish_within_days, transition_planning_days, id_prefix, lang, templates_dir, max_file_size, max_plans, uid_domain och organizer_email
error-no-directory = kan inte byta till `{ $path }`: mappen finns inte
error-unknown-rule = okänd regel `{ $query }`
hint-unknown-rule = `sip explain` visar alla regler
hint-did-you-mean = menade du `{ $best }`?
error-template = mallen { $origin }: { $message }
error-template-line = mallen { $origin }, rad { $line }: { $message }
error-bad-plan-id = `{ $id }` kan inte användas som plan-id: { $reason }
reason-id-leads-out = det skulle leda ut ur planmappen
reason-id-invalid = det är inget giltigt id
reason-id-personal-number = det innehåller ett personnummer, som aldrig får finnas i ett filnamn
hint-bad-plan-id = plan-id är 1–64 tecken av A–Z, a–z, 0–9, `.`, `_` och `-`, till exempel `2026-0042`; utelämna det för att få nästa lediga
error-template-makes-errors = { $origin } ger en plan med fel:
hint-template-makes-errors = rätta mallen så att `sip check` hittar högst varningar i en ny plan
error-prompt = inget svar: { $message }
hint-prompt = ange --person, --lead och --lead-org, eller --no-input
error-files-failed = { $count ->
    [one] 1 fil
   *[other] { $count } filer
} kunde inte kontrolleras
error-plans-unreadable = { $count ->
    [one] 1 plan
   *[other] { $count } planer
} kunde inte läsas, och utdata ovan saknar { $count ->
    [one] den
   *[other] dem
}
error-git-diff-args = `sip git-diff` tar de 7 argument som git skickar till ett externt diff-program
hint-git-diff-args = git kör det åt dig när `sip init` har satt `diff.sip.command`; för att jämföra revisioner själv, använd `sip diff`
error-shallow = `{ $what }` finns inte i den här klonen: den är grund (den har bara de senaste commitsen)
hint-shallow = hämta hela historiken med `git fetch --unshallow`; i CI, klona hela: `fetch-depth: 0` i GitHubs actions/checkout, `GIT_DEPTH: 0` i GitLab (CI-filerna från `sip init` gör det)
log-history-ends = historiken i den här klonen slutar här (den är grund; `git fetch --unshallow` hämtar resten)
error-changed-rev = `{ $rev }` är en revision, inte en sökväg
hint-changed-rev = skriv `--changed={ $rev }` för att jämföra med den (ett mellanslag efter --changed gör nästa ord till en sökväg)
error-not-git = `{ $path }` ligger inte i en git-arbetskopia
hint-not-git = kör sip i planrepots arbetskopia, eller använd `-C MAPP`; `git init` skapar ett
error-unknown-revision = okänd revision `{ $rev }`
hint-unknown-revision-empty = repot har inga commits än; checka in planerna först
hint-unknown-revision = använd en gren, en tagg, ett commit-id eller ett uttryck som `HEAD~1`; `git log --oneline` visar commits
error-outside-repository = `{ $path }` ligger utanför repot i `{ $repo }`
hint-outside-repository = ange sökvägar inne i repot, relativt där du kör sip
error-git = git: { $message }
error-bad-plan = { $file }: { $message }
hint-bad-plan = `sip check` på filen visar vad som ska rättas
error-stdout = kan inte skriva utdata: { $reason }
error-write = kan inte skriva `{ $path }`: { $reason }
error-bad-output-name = skriver inte `{ $path }`: { $reason }
reason-output-personal-number = namnet innehåller ett personnummer, och filnamn syns för alla med åtkomst till mappen
reason-output-plan = det är en planfil; en utskriven plan ersätter aldrig en plan
reason-output-not-a-file = det är ingen vanlig fil (en enhet eller en pipe)
render-committable = { $file } ligger i repot och ignoreras inte: `git add -A` skulle checka in en utskriven plan med personuppgifter; skriv den under rendered/ (som .gitignore från `sip init` ignorerar) eller ta bort den efter användning
hint-bad-output-name = döp utdata efter planens id, till exempel `2026-0042.html`
error-pdf-not-built = den här sip är byggd utan PDF
hint-pdf-not-built = installera ett releasepaket (de skriver PDF), eller bygg sip med funktionen: `cargo install --path . --features pdf`; `--format html` kan skrivas ut från en webbläsare
error-pdf-terminal = en PDF är inte till för terminalen
hint-pdf-terminal = skriv den till en fil: `sip render PLAN --format pdf -o rendered/PLAN.pdf`, eller dirigera om utdata
error-missing-glyphs = PDF:en kan inte visa { $chars }: typsnittet som är inbyggt i sip ({ $font }) saknar tecknet, och en arkivbeständig PDF får inte visa en tom ruta
hint-missing-glyphs = skriv texten med en skrift som { $font } har (latinsk, grekisk, kyrillisk, arabisk, hebreisk), eller använd `--format html`, som en webbläsare skriver ut med datorns egna typsnitt
error-too-many-plans = fler än { $limit } planer i en körning; stoppade innan minnet tar slut
hint-too-many-plans = kontrollera en del i taget (`sip check plans/2026`), eller höj `max_plans` i sip.toml om datorn har minnet
error-not-a-folder = `{ $path }` är en fil, men sip init behöver en mapp där
hint-not-a-folder = flytta bort filen (sip init ersätter aldrig en fil) och kör sip init igen
error-no-history = `{ $path }` har ingen historik i det här repot
hint-no-history = ange planens sökväg som den är eller var i repot, till exempel `plans/2026-0042.sip.yaml`
error-bad-catalogue = { $path }:{ $line }: ingen giltig Fluent-katalog: { $message }
hint-bad-catalogue = ett meddelande är `id = text` på en rad; variabler skrivs {"{"} $name {"}"} (https://projectfluent.org)
error-history-format = `--history` skriver text eller json, inte { $format }
hint-history-format = träffar i historiken pekar ut en commit, inte en rad i en fil: använd `--format text` eller `--format json`
error-strict-findings = `{ $file }` har fynd; --strict skriver bara ut en plan utan fynd

## Att läsa en planfil: vad som är fel, med vanliga ord (tolkens egna ord sist)

read-io = kan inte läsa filen: { $reason }
read-too-large = filen är { $size } byte, över gränsen { $limit }; en plan är några kilobyte (höj `max_file_size` i sip.toml om det verkligen är en plan)
read-not-a-file = det här är ingen vanlig fil (en mapp, en pipe eller en enhet), så den läses inte; en plan är en fil som heter `<id>.sip.yaml`
read-not-utf8 = filen är inte UTF-8-text; spara den som UTF-8
yaml-conflict = olöst sammanslagningskonflikt: raderna från `<<<<<<<` till `>>>>>>>` är två versioner av samma del av planen; behåll den rätta, ta bort den andra och markeringsraderna och kontrollera igen
yaml-control = ett styrtecken ({ $code }) finns i filen; det syns inte och kan ändra vad en terminal visar: ta bort det
yaml-tab = här används tabbtecken som indrag; YAML dras in med mellanslag: byt tabben mot mellanslag (tolken: { $detail })
yaml-unclosed-quote = ett citattecken (" eller ') öppnas här men stängs inte; stäng det i slutet av värdet (tolken: { $detail })
yaml-colon-in-value = ett värde innehåller `: ` eller raden är för långt indragen; sätt värdet inom citattecken ("…"), eller dra in raden som raden ovanför (tolken: { $detail })
yaml-missing-colon = en nyckel saknar kolon; skriv `nyckel: värde` (tolken: { $detail })
yaml-indentation = raden är indragen annorlunda än raderna runt den; nycklarna i en mappning börjar i samma kolumn, och listrader (`- `) står i linje (tolken: { $detail })
yaml-brackets = en `[` eller `{"{"}` stängs inte, eller ett värde inuti behöver citattecken (tolken: { $detail })
yaml-syntax = det här är inte giltig YAML (tolken: { $detail })
yaml-second-document = ett andra YAML-dokument (`---`); en planfil innehåller exakt en plan
yaml-unbalanced = en lista eller mappning avslutas utan att ha börjat
yaml-alias-key = ett alias kan inte vara nyckel i en mappning; skriv nyckeln som text
yaml-unknown-alias = alias till ett okänt ankare
yaml-not-mapping = dokumentet är ingen mappning; en plan börjar med nycklar som `sip: 1` och `id: …`
yaml-only-comments = filen innehåller bara kommentarer och ingen plan; en plan är en YAML-mappning som börjar med `sip: 1`
yaml-odd-line-breaks = filen bryter raderna med NEL- eller LS-tecken, som YAML inte läser som radbrytningar, så den innehåller ingen plan; spara den med vanliga radbrytningar
yaml-empty = filen är tom; en plan är en YAML-mappning som börjar med `sip: 1`
yaml-duplicate-key = nyckeln `{ $key }` finns två gånger; ta bort den ena
yaml-duplicate-key-at = nyckeln `{ $key }` finns två gånger (första på rad { $line }); ta bort den ena
yaml-collection-key = en lista eller mappning kan inte vara nyckel i en mappning; skriv nyckeln som text
yaml-too-deep = mer än { $limit } nivåer inuti varandra; det behöver en plan aldrig
yaml-too-many = dokumentet blir fler än { $limit } värden (via alias?); skriv ut planen utan upprepning med `*alias`
yaml-key-not-text = en nyckel i en mappning ska vara text
yaml-tag = YAML-taggen `{ $tag }` stöds inte; ta bort den och skriv värdet som text

## December 2026 additions: rules SIP026–SIP033, due, words for the new keys

sip001-attended = uppföljning { $follow_up }: deltagare { $n } under `attended` finns inte bland planens `participants`
sip001-absent = uppföljning { $follow_up }: frånvarande { $n } finns inte bland planens `participants`
sip001-follow-up-goal = uppföljning { $follow_up } hänvisar till mål `{ $goal }`, som inte finns i planen
sip009-young-person = personen är 15–17 år och samtycker själv (`by: person`); skriv också in vårdnadshavarnas syn på planen
rule-sip026-summary = I en `active` plan är en insats vars `start` har passerat på kontrolldagen inte längre `planned`.
rule-sip026-explanation = Det som beslutats blir inte alltid gjort. När en insats startdatum har passerat, skriv vad som hände: `status: ongoing` när den har börjat, `status: cancelled` (med `cancelled_reason`) om den inte blir av, eller ett nytt `start` om den har skjutits upp.
rule-sip026-source = Vårdanalys 2025: det som beslutats blir inte alltid gjort
sip026 = insats { $action } skulle ha börjat { $start } men är fortfarande planerad; sätt `status: ongoing` eller `cancelled`, eller ett nytt `start`
rule-sip027-summary = I en `active` plan har varje insats som är `planned` eller `ongoing` ett `start`-datum.
rule-sip027-explanation = En plan säger vem som gör vad och när (Västbus: "vem gör vad och när"). En insats utan startdatum går inte att följa upp: ingen kan se om den är sen. Ge den ett `start`, gärna ungefärligt.
rule-sip027-source = Västbus: "vem gör vad och när"
sip027 = insats { $action } är { $status ->
    [ongoing] pågående
   *[planned] planerad
} men har inget `start`; skriv när den börjar
rule-sip028-summary = En insats som är `cancelled` har en `cancelled_reason`.
rule-sip028-explanation = När något som beslutats inte blir av behöver personen och de andra veta varför: personen tackade nej, behovet ändrades, verksamheten hade ingen plats. Skriv det under `cancelled_reason`; det är också det som visar, över många planer, varför beslut inte genomförs.
rule-sip028-source = beslut som inte genomförs ska förklaras
sip028 = insats { $action } är avbruten utan `cancelled_reason`; skriv varför den inte genomfördes
rule-sip029-summary = I en `active` plan har varje behov utan `met` en insats som är `planned` eller `ongoing` (och inte har passerat sitt `end`).
rule-sip029-explanation = Vård och stöd fortsätter utan glapp: när insatserna för ett behov är genomförda, avbrutna eller har passerat sitt slutdatum är antingen behovet tillgodosett — skriv datumet under `met` — eller så behöver något nytt planeras. Det är i glappen som människor faller mellan verksamheterna.
rule-sip029-source = vården fortsätter utan glapp (SiS/SKR:s pilot)
sip029 = behov { $need } är inte tillgodosett, men ingen planerad eller pågående insats svarar mot det; planera en insats, eller skriv under `met` när behovet blev tillgodosett
rule-sip030-summary = I en `active` plan har personen (eller, under 18 år, en vårdnadshavare) en kopia daterad samma dag som eller efter den senaste hållna uppföljningen.
rule-sip030-explanation = Vårdanalys (2025) fann att människor inte alltid får sin plan, och sällan den uppdaterade. Ge efter varje uppföljning personen (eller, för ett barn, en vårdnadshavare) planen som den ser ut nu — `sip render` gör en — och skriv in det under `shared` med datum. En plan som aldrig har lämnats till personen alls är SIP020:s fynd.
rule-sip030-source = Vårdanalys 2025: människor får inte alltid sin plan
sip030 = planen följdes upp { $held }, men personens senaste kopia är från { $latest }; ge personen den uppdaterade planen och skriv in det under `shared`
rule-sip031-summary = En hållen uppföljning anger vilka som deltog (`attended`) och, för varje mål, dess `progress`.
rule-sip031-explanation = Det är vid uppföljningen som planens verkan syns: om målen kommer närmare. Skriv vilka som deltog under `attended` (deltagarnas namn) och, under uppföljningens `goals`, vart och ett av planens mål med dess `progress` — `reached`, `partly`, `not_reached` eller `not_assessed` — bedömt tillsammans med personen, och med personens ord under `person_view`.
rule-sip031-source = Vårdanalys 2025: följ upp vad samordningen ger
sip031-attended = uppföljning { $follow_up } hölls men anger inte vilka som deltog; skriv deltagarna under `attended`
sip031-goal = uppföljning { $follow_up } hölls men anger inte hur långt mål { $goal } har kommit; lägg till det under uppföljningens `goals`
sip031-progress = uppföljning { $follow_up }: mål { $goal } saknar `progress` (reached, partly, not_reached eller not_assessed)
rule-sip032-summary = Med ett `transition`-block och utan `planning_started` ligger kontrolldagen före `expected_end` minus N dagar (N = 56 om inget annat anges, `transition_planning_days` i `sip.toml`).
rule-sip032-explanation = Planeringen för tiden efter en vistelse (SiS, HVB, familjehem, anstalt, psykiatrisk slutenvård) börjar för ofta när vistelsen tar slut. Börja minst N dagar före `expected_end` och skriv datumet under `transition.planning_started`. Ange ert N som `transition_planning_days` i `sip.toml`. När vistelsen har tagit slut utan planering är fyndet ett fel.
rule-sip032-source = SiS/SKR:s pilot: planeringen för tiden efter vistelsen börjar för sent
sip032-late = vistelsen slutar { $end } och planeringen för tiden efter borde ha börjat senast { $by } ({ $days } dagar före); börja och skriv in `transition.planning_started`
sip032-ended = vistelsen slutade { $end } och ingen planering för tiden efter finns inskriven; skriv in `transition.planning_started`
rule-sip033-summary = `lead.contact` anger en person att ringa, med telefon eller e-post.
rule-sip033-explanation = Personen måste veta vem hen ska ringa om planen. Ange en person under `lead.contact` — ofta den fasta vårdkontakten eller biståndshandläggaren — med `phone` eller `email`. En avslutad plan behöver ingen kontakt.
rule-sip033-source = personen måste veta vem hen ska ringa
sip033-none = planen anger ingen att ringa: lägg till `lead.contact` med namn och telefon eller e-post
sip033-unreachable = `lead.contact` har varken telefon eller e-post; lägg till något så att personen når kontakten
due-kind-action_start = insatsen skulle ha startat
due-kind-transition_planning = börja planera för tiden efter vistelsen
due-meeting-time = kl. { $time }
due-calendar-mode = Mötesform
field-situation = situation
field-by_kind = typ av initiativtagare
field-preparation = förarbete
field-important_to_me = viktigt för mig
field-support_person = stödperson
field-transition = övergång
field-transition-kind = typ av vistelse
field-expected_end = väntat slut
field-planning_started = planering påbörjad
field-met = tillgodosett
field-cancelled_reason = orsak till att insatsen avbröts
field-time = klockslag
field-duration_minutes = längd i minuter
field-place = plats
field-mode = mötesform
field-absent = frånvarande
field-goal = mål
field-progress = måluppfyllelse
field-person_view = personens syn
field-cause = orsak
nested-item-follow_ups-goals = Mål { $key }
nested-item-follow_ups-absent = Frånvarande { $key }
nested-item-follow_ups-attended = Närvarande { $key }
value-kind-sis = SiS
value-kind-hvb = HVB
value-kind-foster_care = familjehem
value-kind-prison = anstalt
value-kind-psychiatric_inpatient = psykiatrisk slutenvård
value-by_kind-person = personen
value-by_kind-relative = närstående
value-by_kind-municipality = kommun
value-by_kind-region = region
value-by_kind-school = skola
value-by_kind-other = annan
value-situation-discharge = utskrivning
value-situation-psychiatry = psykiatri
value-situation-substance_use = beroende
value-situation-child_school = barn och skola
value-situation-older_person = äldre person
value-situation-disability = funktionsnedsättning
value-situation-placement = placering
value-situation-other = annan
value-mode-in_person = på plats
value-mode-video = video
value-mode-phone = telefon
value-progress-reached = uppnått
value-progress-partly = delvis uppnått
value-progress-not_reached = inte uppnått
value-progress-not_assessed = inte bedömt
value-cause-goals_reached = målen nådda
value-cause-no_consent = inget samtycke
value-cause-moved = flyttat
value-cause-deceased = avliden
value-cause-not_needed = behövs inte längre
value-cause-other = annan

## sip stats
error-stats-to-after-as-of = --to { $to } är efter kontrolldatumet { $as_of }
hint-stats-to-after-as-of = statistiken räknar det som har hänt: ange --to på eller före kontrolldatumet, eller ett senare --as-of
error-stats-from-after-to = --from { $from } är efter --to { $to }
hint-stats-from-after-to = perioden går från --from till --to, båda dagarna inräknade
error-stats-not-counted = { $count ->
    [one] 1 plan räknades inte: den går inte att läsa eller följer inte schemat
   *[other] { $count } planer räknades inte: de går inte att läsa eller följer inte schemat
}
hint-stats-not-counted = `sip check` på filerna visar vad som ska rättas; siffrorna ovan räknar inte med dem
stats-not-counted-kind = inte räknad
reason-stats-schema = följer inte schemat (`sip check` visar var)
reason-output-stats-plan = det är en planfil; statistik ersätter aldrig en plan

## Calendars and invitations (sip due --format ics, sip invite)

due-kind-invitation_incomplete = komplettera uppföljningen för kallelsen
due-missing = saknas för kallelsen: { $what }
due-missing-time = tid
due-missing-place = plats
due-missing-email = deltagarnas e-post
due-missing-organizer = arrangörens e-post
due-calendar-overdue = Försenad
due-calendar-original-date = Ursprungligt datum: { $date } ({ $when })
due-calendar-no-date = Inget datum: planera en uppföljning
calendar-uid-fallback = kalenderns UID:n slutar på @{ $domain }, som inte skiljer det här repot från andra: sätt uid_domain i sip.toml, eller kör i en fullständig git-klon med minst en commit
invite-summary = SIP-möte: plan { $plan } ({ $initials })
invite-summary-cancelled = Inställt SIP-möte: plan { $plan } ({ $initials })
invite-description = Uppföljning av den samordnade individuella planen { $plan } för { $initials }.
invite-invited = Kallade
invite-cancelled = Mötet blir inte av.
invite-secure = Uppgifter om personens behov och hälsa skickas inte med e-post: de finns i planen.
invite-wrote = Skrev kallelsen { $file } (UID { $uid }, SEQUENCE { $sequence })
error-invite-no-follow-up = planen { $plan } har ingen kommande uppföljning
hint-invite-no-follow-up = lägg till en uppföljning med datum och tid under follow_ups, eller ange den med --follow-up ÅÅÅÅ-MM-DD
error-invite-no-such-follow-up = planen { $plan } har ingen uppföljning { $date }
hint-invite-no-such-follow-up = planens öppna uppföljningar: { $dates }
error-invite-no-time = uppföljningen { $date } i planen { $plan } har ingen tid: en kallelse behöver en starttid
hint-invite-no-time = lägg till `time: "HH:MM"` (svensk tid) på uppföljningen { $date }
error-invite-no-organizer = kallelsen har ingen arrangör: planen { $plan } anger ingen e-post för lead.contact
hint-invite-no-organizer = lägg till `email` under lead.contact, eller organizer_email i sip.toml
error-invite-no-attendees = ingen deltagare i planen { $plan } har e-post att skicka kallelsen till
hint-invite-no-attendees = lägg till `email` på de deltagare som ska kallas (participants)

## The letter to the person (sip render --letter): a kallelse in plain words

letter-title = Kallelse till SIP-möte
letter-greeting = Hej { $name }!
letter-greeting_anyone = Hej!
letter-intro = Välkommen till ett möte om din samordnade individuella plan, SIP. På mötet följer vi upp planen tillsammans med dig.
letter-when = När och var
letter-date = Dag
letter-time = Tid
letter-time_span = kl. { $start }–{ $end }
letter-time_later = Vi hör av oss om tiden.
letter-day = { $weekday } { $date }
letter-where = Plats
letter-join_video = Så ansluter du
letter-join_phone = Så ansluter du
letter-place_later = Vi hör av oss om var mötet hålls.
letter-mode-in_person = Mötet hålls på plats.
letter-mode-video = Mötet hålls via video.
letter-mode-phone = Mötet hålls per telefon.
letter-convener = Kallar till mötet
letter-who = Vilka kommer
letter-who_intro = De här är kallade till mötet:
letter-nobody = Vi som arbetar med din plan.
letter-bring = Du får gärna ta med en närstående eller någon annan som stöd.
letter-support = { $name } är med som ditt stöd, som du har önskat.
letter-purpose = Vad mötet handlar om
letter-purpose_text = Vi går igenom hur det går med dina mål och med insatserna i planen, och bestämmer tillsammans om något ska ändras.
letter-your_goals = Dina mål, som du har sagt dem:
letter-prepare = Inför mötet
letter-prepare_intro = Fundera gärna på de här frågorna. Du kan skriva ner dina svar och ta med dem.
letter-question-1 = Vad är viktigt för dig?
letter-question-2 = Vad fungerar bra?
letter-question-3 = Vad fungerar inte?
letter-question-4 = Är det något i planen du vill ändra?
letter-contact = Frågor, eller om du inte kan komma
letter-contact_text = Kan du inte komma, eller har du frågor? Kontakta { $name }.
letter-contact_none = Kan du inte komma, eller har du frågor? Kontakta den som skickade kallelsen.
letter-phone = Telefon
letter-email = E-post
letter-interpreter = Vi bokar en tolk till mötet. Säg till om det inte stämmer.
letter-plan = Plan
letter-printed = Utskriftsdatum
letter-weekday-1 = måndag
letter-weekday-2 = tisdag
letter-weekday-3 = onsdag
letter-weekday-4 = torsdag
letter-weekday-5 = fredag
letter-weekday-6 = lördag
letter-weekday-7 = söndag
error-letter-no-follow-up = planen { $plan } har ingen kommande uppföljning att kalla till
hint-letter-no-follow-up = lägg till en uppföljning med datum (och gärna tid och plats) under follow_ups

# xlsx / man / editor (issue 19)
error-binary-terminal = skriver inte en arbetsbok till terminalen
hint-binary-terminal = skriv den till en fil med `-o FIL` (till exempel `-o planer.xlsx`), eller dirigera om: `> planer.xlsx`
error-xlsx = kunde inte göra arbetsboken: { $reason }
hint-xlsx = ett blad rymmer högst 1 048 576 rader; välj färre (`--status`, `--who`, en mapp)
error-output-not-xlsx = `-o FIL` skriver en arbetsbok och hör bara ihop med `--format xlsx`
hint-output-not-xlsx = lägg till `--format xlsx`, eller skriv de andra formaten med `> FIL`
reason-output-xlsx-plan = det är en planfil; en arbetsbok ersätter aldrig en plan
error-man-unknown = ingen manualsida för `{ $command }`
hint-man-unknown = kommandona med en sida: { $commands }; `sip man` utan kommando skriver sip(1)
warning-schema-stale = { $file } skiljer sig från schemat i den här sip; redigerare kontrollerar planer mot ett gammalt format
hint-schema-stale = `sip schema > { $file }` uppdaterar den (checka sedan in den)

## issue-22-23: sip check --changed i undermoduler, sip retention

check-changed-submodule = { $path } är en undermodul (ett annat repo): git här kan inte se vilka av dess planer som ändrats, så alla planer i den kontrolleras ({ $count ->
    [one] 1 plan
   *[other] { $count } planer
})
error-retention-unset = ingen gallringsfrist är satt i sip.toml: sip bestämmer aldrig hur länge planer sparas
hint-retention-unset = ange den frist er huvudman har beslutat (lagen och gallringsbeslutet) i sip.toml: `[retention]` med `years = 5`, eller `region = 10` och `municipality = 5` efter huvudman med övergripande ansvar, i hela år efter closed.date
error-retention-no-head = det finns ingen gren med en commit att ta bort planerna på
hint-retention-no-head = committa planerna först, eller byt till en gren (`git switch main`)
error-retention-staged = andra ändringar är köade för nästa commit; de skulle komma med i gallringens commit
hint-retention-staged = committa dem först, eller ta bort dem ur kön (`git restore --staged .`), och kör sedan `sip retention --apply` igen
error-retention-signature = git vet inte vem du är, så gallringens commit kan inte göras
hint-retention-signature = `git config user.name "Ditt Namn"` och `git config user.email du@example.se`, kör sedan `sip retention --apply` igen
retention-undated = { $file } är avslutad utan closed.date: sip kan inte avgöra när den ska gallras; lägg till closed.date
retention-commit = Gallring: { $count ->
    [one] 1 avslutad plan vars tid gått ut borttagen
   *[other] { $count } avslutade planer vars tid gått ut borttagna
} ({ $ids })
retention-row = avslutad { $closed }, sparas { $years } år: gallringsfristen gick ut { $until }
retention-summary = { $count } av { $closed } avslutade planer har passerat gallringsfristen per { $as_of }
retention-next = `sip retention --apply` tar bort dem i en commit och säger hur de tas bort ur historiken
retention-address = <repots adress>
retention-applied = tog bort { $count ->
    [one] 1 plan
   *[other] { $count } planer
} ur arbetskatalogen i commit { $commit }
retention-history = Innehållet finns kvar i alla tidigare commits, i varje klon. För att ta bort det ur historiken (kom först överens med den som ansvarar för repot):
retention-step-push = Alla pushar det de har (även den här commiten) och slutar arbeta i repot till steg 4.
retention-step-rewrite = På en dator, i en ny spegelklon, med git filter-repo (Debianpaketet `git-filter-repo`, eller `pip install git-filter-repo`):
retention-step-host = Be den som driftar repot ta bort cachade kopior, forkar och referenser för pull- eller merge-requests, och köra skräpsamling (garbage collection).
retention-step-clones = Varje klon, på varje dator och CI-körare: radera den och klona på nytt. Pusha aldrig från en gammal klon: då kommer de borttagna planerna tillbaka.
retention-paths-file = Sökvägarna planerna någonsin haft finns i { $path } (bara sökvägar, en per rad); spara filen tills omskrivningen är gjord.
