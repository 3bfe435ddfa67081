# Merge aid for issue-16 (delete after merging): the texts this branch adds,
# written as entries for main's templates/labels/en.ftl and sv.ftl, keyed as
# main keys them (rule-sipNNN-*, sipNNN-*, field-*, value-*, due-kind-*).
# Variables are what the rule files on issue-16 put into their format!().

## ============================== en.ftl ==============================

rule-sip001-summary = Every reference resolves: an action's `needs`, a need's `goals`, and a follow-up's `attended`, `absent[].name` (participant names) and `goals[].goal` (goal ids).
rule-sip001-explanation = An action answers needs and a need serves goals, each named by id; a follow-up names who attended and who was absent by their names under `participants`, and the goals it followed up by id. A reference the plan cannot resolve usually means a typo or an item that was removed. Fix the reference, or add the missing need, goal or participant.
sip001-attended = follow-up { $follow_up }: attendee { $n } is not among the plan's `participants`
sip001-absent = follow-up { $follow_up }: absentee { $n } is not among the plan's `participants`
sip001-follow-up-goal = follow-up { $follow_up } refers to goal `{ $goal }`, which the plan does not have

rule-sip009-summary = A person under 18 (from `birth_date`, or from `personal_id`) on the check date has at least one guardian, and consent `by: guardians`; a person aged 15–17 may consent themselves (`by: person`), a warning that asks for the guardians' view.
rule-sip009-explanation = For a child, the guardians (vårdnadshavare) consent to the plan. Record them under `guardians` and set `consent.by: guardians`. The child's own view is still recorded as a participant. A young person of 15–17 may consent themselves (`by: person`); the finding is then a warning that asks for the guardians' view to be recorded too. Under 15 the guardians consent.
sip009-young-person = the person is 15–17 and consents themselves (`by: person`); record the guardians' view of the plan too

rule-sip026-summary = In an `active` plan, an action whose `start` has passed on the check date is not still `planned`.
rule-sip026-explanation = What was decided is not always done. When an action's start date has passed, record what happened: `status: ongoing` once it has started, `status: cancelled` (with a `cancelled_reason`) if it will not be carried out, or a new `start` if it was put off.
rule-sip026-source = Vårdanalys 2025: what was decided is not always done
sip026 = action { $action } was to start on { $start } but is still planned; set `status: ongoing` or `cancelled`, or a new `start`

rule-sip027-summary = In an `active` plan, every action that is `planned` or `ongoing` has a `start` date.
rule-sip027-explanation = A plan says who does what, and when (Västbus: "vem gör vad och när"). An action without a start date cannot be followed up: nobody can tell whether it is late. Give it a `start`, even an approximate one.
rule-sip027-source = Västbus: "vem gör vad och när"
sip027 = action { $action } is { $status -> [ongoing] ongoing *[planned] planned } but has no `start`; say when it starts

rule-sip028-summary = A `cancelled` action has a `cancelled_reason`.
rule-sip028-explanation = When something that was decided is not carried out, the person and the others need to know why: the person declined, the need changed, the service had no place. Write it under `cancelled_reason`; it is also what shows, across plans, why decisions are not carried out.
rule-sip028-source = decisions not carried out must be explained
sip028 = action { $action } is cancelled without a `cancelled_reason`; say why it was not carried out

rule-sip029-summary = In an `active` plan, every need without `met` has an action that is `planned` or `ongoing` (not past its `end`).
rule-sip029-explanation = Care and support continue without a gap: when the actions for a need are done, cancelled or past their end, either the need is met — record the date under `met` — or something new must be planned for it. A gap is where people fall between services.
rule-sip029-source = care continues without a gap (SiS/SKR pilot)
sip029 = need { $need } is not met, but no planned or ongoing action answers it; plan an action, or record the date it was met under `met`

rule-sip030-summary = In an `active` plan, the person (or, under 18, a guardian) has a copy dated on or after the latest held follow-up.
rule-sip030-explanation = Vårdanalys (2025) found that people do not always get their plan, and rarely the updated one. After each follow-up, give the person (or, for a child, a guardian) the plan as it now stands — `sip render` makes one — and record it under `shared` with the date. A plan never shared with the person at all is SIP020's finding.
rule-sip030-source = Vårdanalys 2025: people do not always get their plan
sip030 = the plan was followed up on { $held }, but the person's latest copy is from { $latest }; give them the updated plan and add it under `shared`

rule-sip031-summary = A held follow-up records who attended (`attended`) and, for each goal, its `progress`.
rule-sip031-explanation = A follow-up is where the effects of the plan show: whether the goals come closer. Record who took part under `attended` (participant names) and, under the follow-up's `goals`, each of the plan's goals with its `progress` — `reached`, `partly`, `not_reached` or `not_assessed` — judged together with the person, and in their words under `person_view`.
rule-sip031-source = Vårdanalys 2025: follow up the effects of coordination
sip031-attended = follow-up { $follow_up } was held but does not record who attended; list the participants under `attended`
sip031-goal = follow-up { $follow_up } was held but does not record the progress of goal { $goal }; add it under the follow-up's `goals`
sip031-progress = follow-up { $follow_up }: goal { $goal } has no `progress` (reached, partly, not_reached or not_assessed)

rule-sip032-summary = With a `transition` block and no `planning_started`, the check date is before `expected_end` minus N days (N = 56 by default, `transition_planning_days` in `sip.toml`).
rule-sip032-explanation = Planning for after a stay (SiS, HVB, foster care, prison, psychiatric inpatient care) too often starts when the stay ends. Start it at least N days before `expected_end` and record the date under `transition.planning_started`. Set your N as `transition_planning_days` in `sip.toml`. Once the stay has ended without planning, the finding is an error.
rule-sip032-source = SiS/SKR pilot: planning for after the stay starts too late
sip032-late = the stay ends on { $end } and planning for after it should have started by { $by } ({ $days } days before); start it and record `transition.planning_started`
sip032-ended = the stay ended on { $end } and no planning for after it is recorded; record `transition.planning_started`

rule-sip033-summary = `lead.contact` names a person to call, with a phone or an email.
rule-sip033-explanation = The person must know whom to call about the plan. Name one person under `lead.contact` — often the fast vårdkontakt or the biståndshandläggare — with a `phone` or an `email`. A closed plan needs no contact.
rule-sip033-source = the person must know whom to call
sip033-none = the plan names no one to call: add `lead.contact` with a name and a phone or an email
sip033-unreachable = `lead.contact` has neither a phone nor an email; add one so the person can reach them

schema-time = { $place } must be a time written HH:MM (00:00–23:59, Swedish time); found { $found }

due-kind-action_start = action past its start
due-kind-transition_planning = start planning for after the stay
due-meeting-time = at { $time }
due-calendar-mode = Mode
diff-legend = + added, - removed, ~ changed; ! touches overall responsibility, responsibility, consent, status, goal progress or cancellations

field-situation = situation
field-by_kind = raised by, kind
field-preparation = preparation
field-important_to_me = important to me
field-support_person = support person
field-transition = transition
field-transition-kind = kind of stay
field-expected_end = expected end
field-planning_started = planning started
field-met = met
field-cancelled_reason = reason for cancelling
field-time = time
field-duration_minutes = duration in minutes
field-place = place
field-mode = mode
field-absent = absent
field-goal = goal
field-progress = progress
field-person_view = the person's view
field-cause = cause
nested-item-follow_ups-goals = Goal { $key }
nested-item-follow_ups-absent = Absent { $key }
nested-item-follow_ups-attended = Attended { $key }

value-kind-sis = SiS
value-kind-hvb = HVB
value-kind-foster_care = foster care
value-kind-prison = prison
value-kind-psychiatric_inpatient = psychiatric inpatient care
value-by_kind-person = the person
value-by_kind-relative = relative
value-by_kind-municipality = municipality
value-by_kind-region = region
value-by_kind-school = school
value-by_kind-other = other
value-situation-discharge = discharge
value-situation-psychiatry = psychiatry
value-situation-substance_use = substance use
value-situation-child_school = child and school
value-situation-older_person = older person
value-situation-disability = disability
value-situation-placement = placement
value-situation-other = other
value-mode-in_person = in person
value-mode-video = video
value-mode-phone = phone
value-progress-reached = reached
value-progress-partly = partly reached
value-progress-not_reached = not reached
value-progress-not_assessed = not assessed
value-cause-goals_reached = goals reached
value-cause-no_consent = no consent
value-cause-moved = moved
value-cause-deceased = deceased
value-cause-not_needed = no longer needed
value-cause-other = other

## ============================== sv.ftl ==============================

rule-sip001-summary = Varje hänvisning går att följa: en insats `needs`, ett behovs `goals`, och en uppföljnings `attended`, `absent[].name` (deltagarnas namn) och `goals[].goal` (målens id).
rule-sip001-explanation = En insats svarar mot behov och ett behov hör till mål, var och en angiven med sitt id; en uppföljning anger vilka som deltog och vilka som var frånvarande med deras namn under `participants`, och de mål den följde upp med id. En hänvisning som inte går att följa beror oftast på ett stavfel eller på att något har tagits bort. Rätta hänvisningen, eller lägg till behovet, målet eller deltagaren som fattas.
sip001-attended = uppföljning { $follow_up }: deltagare { $n } under `attended` finns inte bland planens `participants`
sip001-absent = uppföljning { $follow_up }: frånvarande { $n } finns inte bland planens `participants`
sip001-follow-up-goal = uppföljning { $follow_up } hänvisar till mål `{ $goal }`, som inte finns i planen

rule-sip009-summary = En person under 18 år (enligt `birth_date` eller `personal_id`) på kontrolldagen har minst en vårdnadshavare, och samtycket är `by: guardians`; en person som är 15–17 år får samtycka själv (`by: person`), en varning som ber om vårdnadshavarnas syn.
rule-sip009-explanation = För ett barn är det vårdnadshavarna som samtycker till planen. Skriv in dem under `guardians` och sätt `consent.by: guardians`. Barnets egen mening skrivs ändå in som deltagare. En ungdom som är 15–17 år får samtycka själv (`by: person`); då blir fyndet en varning som ber att vårdnadshavarnas syn också skrivs in. Under 15 år samtycker vårdnadshavarna.
sip009-young-person = personen är 15–17 år och samtycker själv (`by: person`); skriv också in vårdnadshavarnas syn på planen

rule-sip026-summary = I en `active` plan är en insats vars `start` har passerat på kontrolldagen inte längre `planned`.
rule-sip026-explanation = Det som beslutats blir inte alltid gjort. När en insats startdatum har passerat, skriv vad som hände: `status: ongoing` när den har börjat, `status: cancelled` (med `cancelled_reason`) om den inte blir av, eller ett nytt `start` om den har skjutits upp.
rule-sip026-source = Vårdanalys 2025: det som beslutats blir inte alltid gjort
sip026 = insats { $action } skulle ha börjat { $start } men är fortfarande planerad; sätt `status: ongoing` eller `cancelled`, eller ett nytt `start`

rule-sip027-summary = I en `active` plan har varje insats som är `planned` eller `ongoing` ett `start`-datum.
rule-sip027-explanation = En plan säger vem som gör vad och när (Västbus: "vem gör vad och när"). En insats utan startdatum går inte att följa upp: ingen kan se om den är sen. Ge den ett `start`, gärna ungefärligt.
rule-sip027-source = Västbus: "vem gör vad och när"
sip027 = insats { $action } är { $status -> [ongoing] pågående *[planned] planerad } men har inget `start`; skriv när den börjar

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

schema-time = { $place } ska vara ett klockslag skrivet TT:MM (00:00–23:59, svensk tid); här står { $found }

due-kind-action_start = insatsen skulle ha startat
due-kind-transition_planning = börja planera för tiden efter vistelsen
due-meeting-time = kl. { $time }
due-calendar-mode = Mötesform
diff-legend = + tillagt, - borttaget, ~ ändrat; ! rör huvudansvar, ansvar, samtycke, status, måluppfyllelse eller avbrutna insatser

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
