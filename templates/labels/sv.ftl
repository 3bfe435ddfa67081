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
diff-legend = + tillagt, - borttaget, ~ ändrat; ! rör huvudansvar, ansvar, samtycke eller status
diff-what = Vad
diff-before = Före
diff-after = Efter

## sip render: the printed plan (render-<label>, render-<table>-<value>)

render-title = Samordnad individuell plan
render-short_title = SIP
render-plan = Plan
render-state = Status
render-printed = Utskriven
render-page = Sida
render-page_of = av
render-draft_notice = Utkast: planen är inte upprättad än. Den gäller först när den är upprättad tillsammans med personen och samtycke finns.
render-errors_banner = Planen har fel som ska rättas. Den här utskriften är inte en giltig plan förrän de är rättade:
render-about = Planen gäller
render-name = Namn
render-personal_id = Personnummer
render-birth_date = Födelsedatum
render-language = Språk
render-interpreter = Tolk
render-guardians = Vårdnadshavare
render-phone = Telefon
render-email = E-post
render-role = Roll
render-goals = Mina mål
render-goals_intro = Det här vill jag uppnå, med mina egna ord.
render-needs = Behov
render-needs_intro = Vad jag behöver hjälp med, och vilka insatser som svarar mot varje behov.
render-actions = Insatser – vem gör vad och när
render-need = Behov
render-action = Insats
render-who = Vem
render-contact = Kontakt
render-when = När
render-from = från
render-until = till
render-no_action = Ingen insats svarar ännu mot behovet.
render-others = Insatser av andra
render-others_intro = Det som andra än kommunen och regionen gör, till exempel skolan eller Försäkringskassan.
render-lead = Huvudansvar för planen
render-lead_intro = Den här verksamheten har det övergripande ansvaret för planen. Kontakta den om något inte fungerar.
render-principal = Huvudman
render-organisation = Verksamhet
render-follow_up = Uppföljning
render-next_follow_up = Nästa uppföljning
render-date = Datum
render-convener = Kallar till mötet
render-held = Hölls
render-outcome = Resultat
render-not_held = Inte hållen ännu
render-no_follow_up = Ingen uppföljning är planerad.
render-consent = Samtycke
render-consent_given = Samtycke till planen
render-consent_date = Givet
render-consent_by = Av
render-consent_form = Form
render-consent_scope = Får delas mellan
render-consent_expires = Gäller till
render-consent_withdrawn = Återkallat
render-relatives = Närstående får delta
render-participants = Deltagare
render-attended = Var med
render-absent = Var inte med
render-absence_reason = Orsak
render-initiated = Behovet av SIP togs upp
render-by = av
render-reason = Anledning
render-established = Planen upprättades
render-shared = Planen har lämnats till
render-not_shared = Planen har inte lämnats ut till någon ännu.
render-signatures = Underskrifter
render-signatures_intro = Vi som har tagit fram planen tillsammans.
render-signature = Underskrift
render-name_clarification = Namnförtydligande
render-the_person = Personen själv
render-closed = Planen avslutades
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
render-principal_name-other = Annan
render-service-social_services = Socialtjänst
render-service-health_care = Hälso- och sjukvård
render-service-school = Skola
render-service-other = Annan verksamhet
render-consent_by_name-person = personen själv
render-consent_by_name-guardians = vårdnadshavarna
render-consent_by_name-representative = företrädare
render-consent_form_name-oral = muntligt
render-consent_form_name-written = skriftligt
render-kind-person = Personen
render-kind-relative = Närstående
render-kind-guardian = Vårdnadshavare
render-kind-region = Regionen
render-kind-municipality = Kommunen
render-kind-other = Annan
render-recipient-person = Personen själv
render-recipient-guardian = Vårdnadshavare

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
