# sip's words in English: every text a person reads, in Project Fluent
# syntax (https://projectfluent.org). One message a line:
#     id = text
# Variables are written { $name }; a word that changes with a number is
# chosen with { $count -> [one] … *[other] … }. A plan repository changes a
# word by putting its own copy of a message in templates/labels/en.ftl, and
# adds a language with its own file (templates/labels/ar.ftl): what that
# file leaves out is said in the repository's language.
# Tests: sv.ftl and en.ftl have the same messages (src/i18n/catalogue.rs).

## Counts (plural rules: English has "one" and "other")

count-plans = { $count ->
    [one] 1 plan
   *[other] { $count } plans
}
count-files = { $count ->
    [one] 1 file
   *[other] { $count } files
}
count-overdue = { $count ->
   *[other] { $count } overdue
}
count-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
count-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}

## Days relative to the check date

days-none = not planned
days-today = today
days-tomorrow = tomorrow
days-yesterday = yesterday
days-ahead = in { $count ->
    [one] 1 day
   *[other] { $count } days
}
days-ago = { $count ->
    [one] 1 day
   *[other] { $count } days
} ago

## Words for yes and no

word-yes = yes
word-no = no

## The plan's lists: one item, capitalised as a line starts ("Action I2")

item-guardians = Guardian
item-participants = Participant
item-goals = Goal
item-needs = Need
item-actions = Action
item-follow_ups = Follow-up
item-shared = Shared with

## The plan's fields in running text

field-sip = format version
field-id = id
field-status = status
field-person = the person
field-name = name
field-personal_id = identity number
field-birth_date = date of birth
field-language = language
field-interpreter = interpreter
field-guardians = guardians
field-consent = consent
field-given = given
field-date = date
field-by = by
field-form = form
field-scope = scope
field-expires = expires
field-withdrawn = withdrawn
field-relatives = relatives may take part
field-initiated = initiated
field-reason = reason
field-discharge = discharge
field-ready_notified = ready for discharge notified
field-discharged = discharged
field-called = meeting called
field-established = established
field-lead = overall responsibility
field-principal = principal
field-organisation = organisation
field-contact = contact
field-role = role
field-phone = phone
field-email = email
field-participants = participants
field-kind = kind
field-attended = attended
field-absence_reason = reason for absence
field-goals = goals
field-text = text
field-needs = needs
field-actions = actions
field-responsible = responsible
field-service = service
field-type = type
field-start = start
field-end = end
field-follow_ups = follow-ups
field-convener = convener
field-held = held
field-outcome = outcome
field-shared = shared
field-to = recipient
field-closed = closed
field-notes = notes

## Enumerated values

value-principal-region = region
value-principal-municipality = municipality
value-principal-other = other
value-kind-region = region
value-kind-municipality = municipality
value-kind-other = other
value-kind-person = the person
value-kind-relative = relative
value-kind-guardian = guardian
value-status-draft = draft
value-status-active = active
value-status-closed = closed
value-status-planned = planned
value-status-ongoing = ongoing
value-status-done = done
value-status-cancelled = cancelled
value-service-social_services = social services
value-service-health_care = health care
value-service-school = school
value-service-other = other
value-type-other = other
value-type-preventive = preventive
value-type-rehabilitative = rehabilitative
value-type-treatment = treatment
value-type-support = support
value-by-person = the person
value-by-guardians = the guardians
value-by-representative = representative
value-form-oral = oral
value-form-written = written

## sip due

due-kind-follow_up = follow-up
due-kind-action_end = action past its end
due-kind-establish = establish the plan
due-kind-discharge_call = call the SIP meeting after discharge
due-kind-consent_expiry = consent expires
due-kind-unscheduled = no follow-up planned
due-header-who = who
due-header-when = when
due-header-date = date
due-header-what = what
due-header-plan = plan
due-header-person = person
due-summary = { $overdue } overdue, { $upcoming } due within { $within ->
    [one] 1 day
   *[other] { $within } days
} (as of { $date })
due-calendar-name = SIP – follow-ups and reminders
due-calendar-who = Responsible

## sip diff and sip log

diff-change-added = new plan
diff-change-removed = removed
diff-change-modified = modified
diff-change-renamed = moved
diff-count-added = { $count } new
diff-count-removed = { $count } removed
diff-count-modified = { $count } modified
diff-count-renamed = { $count } moved
diff-worktree = the work tree
diff-moved-from = moved from
diff-unreadable = cannot be read in
diff-no-change = no plan changed
diff-no-content-change = nothing in the plan changed
diff-legend = + added, - removed, ~ changed; ! touches overall responsibility, responsibility, consent, status, goal progress or cancellations
diff-what = What
diff-before = Before
diff-after = After

## sip render: the printed plan (render-<label>, render-<table>-<value>)

# The short "what a SIP is" box on the plan and the letter (plain language).
about-sip-heading = What a SIP is
about-sip-what = A coordinated individual plan (SIP) is made by social services and health care together with you when you need support from both. The plan shows what will be done, who does it and when you follow it up together.
about-sip-consent = The plan is made only with your consent. You can withdraw your consent at any time, without giving a reason.
about-sip-copy = You have the right to your own copy of the plan.
about-sip-ask = If you have questions about the plan, contact { $contact }.
about-sip-ask-anyone = If you have questions about the plan, ask the person who coordinates it.

render-title = Coordinated individual plan
render-short_title = SIP
render-plan = Plan
render-state = Status
render-printed = Date printed
render-page = Page
render-page_of = of
render-draft_notice = Draft: the plan has not been drawn up yet. It applies once it is drawn up together with the person, with their consent.
render-errors_banner = This plan has errors to correct. This printout is not a valid plan until they are corrected:
render-about = This plan is for
render-name = Name
render-personal_id = Personal identity number
render-coordination_number = Coordination number
render-birth_date = Date of birth
render-language = Language
render-interpreter = Interpreter
render-guardian = Guardian
render-phone = Phone
render-email = Email
render-role = Role
render-organisation = Organisation
render-goals = My goals
render-goals_intro = What I want to achieve, in my own words.
render-important_to_me = What matters to me
render-support_person = My support at the meeting
render-next_meeting = Next meeting
render-time = Time
render-place = Place
render-how = How
render-convener = Calls the meeting
render-no_meeting = No new meeting has been booked yet.
render-lead = Responsibility and contact
render-next_steps = What happens next
render-details = The plan in detail
render-needs = Needs and actions
render-needs_intro = What I need help with, and who does what and when.
render-need = Need
render-for_goal = For the goal
render-action = Action
render-who = Who does it
render-contact = Contact
render-when = When
render-from = from
render-until = until
render-no_action = No action answers this need yet.
render-by_others = Done by someone other than the municipality and the region
render-via_lead = coordinates the plan
render-follow_up = Follow-up
render-no_follow_up = No follow-up is planned.
render-meeting = Meeting
render-attended_meeting = At the meeting
render-absent_meeting = Could not come
render-goal_progress = How my goals are going
render-in_my_words = In my words
render-outcome = What we agreed
render-consent = Consent
render-consent_scope = The consent covers
render-history = How the plan came about
render-reason = Reason
render-participants = Who took part when the plan was made
render-attended = At the meeting
render-shared = The plan has been given to
render-not_shared = The plan has not been given to anyone yet.
render-signatures = Signatures
render-signatures_intro = We who drew up the plan together.
render-date = Date
render-signature = Signature
render-name_clarification = Name in block letters
render-the_person = The person
render-notes = Notes
render-yes = yes
render-no = no
render-none = –
render-status-draft = Draft
render-status-active = In force
render-status-closed = Closed
render-action_status-planned = Planned
render-action_status-ongoing = Ongoing
render-action_status-done = Done
render-action_status-cancelled = Cancelled
render-principal_name-region = The region
render-principal_name-municipality = The municipality
render-service-social_services = Social services
render-service-health_care = Health care
render-service-school = School
render-service-other = Other service
render-kind-person = The person
render-kind-relative = Relative
render-kind-guardian = Guardian
render-recipient-person = The person
render-recipient-guardian = Guardian
render-mode-in_person = In person
render-mode-video = By video
render-mode-phone = By phone
render-progress-reached = Reached
render-progress-partly = Partly reached
render-progress-not_reached = Not reached yet
render-progress-not_assessed = Not assessed

# Sentences of the printed plan (variables filled in by sip; not in the label table `l`).
plan-time = at { $start }
plan-time-range = { $start }–{ $end }
plan-lead = { $principal ->
        [region] The region has the overall responsibility for the plan, through { $organisation }.
        [municipality] The municipality has the overall responsibility for the plan, through { $organisation }.
       *[other] { $organisation } has the overall responsibility for the plan.
    }
plan-call = Contact { $who } if you have questions or if something is not working.
plan-step-start = { $date }: { $action } starts ({ $who }).
plan-step-end = { $date }: { $action } ends ({ $who }).
plan-step-transition = { $date }: the stay { $kind } is expected to end.
plan-need-met = This need has been met since { $date }.
plan-follow-up-held = The meeting was held on { $date }.
plan-follow-up-planned = Planned.
plan-follow-up-not-recorded = The date has passed but the meeting is not recorded as held.
plan-consent-given = { $by ->
        [guardians] Your guardians gave their
        [representative] Your representative gave their
       *[person] You gave your
    } { $form ->
        [written] written consent
        [oral] oral consent
       *[other] consent
    } to the plan{ $date ->
        [none] .
       *[other] { " " }on { $date }.
    }
plan-consent-not-given = Consent to the plan has not been given yet.
plan-consent-withdrawn = The consent to the plan was withdrawn on { $date }. The plan no longer applies.
plan-consent-until = The consent is valid up to and including { $date }.
plan-consent-ended = The consent ended on { $date }.
plan-consent-relatives-yes = Your relatives may take part in the work on the plan.
plan-consent-relatives-no = You do not want relatives to take part in the work on the plan.
plan-initiated = The need for a SIP was raised on { $date }{ $by ->
        [none] .
       *[other] { " " }by { $by }.
    }
plan-preparation = A preparatory talk with you was held on { $date }{ $by ->
        [none] .
       *[other] { " " }by { $by }.
    }
plan-discharge-notified = On { $date } inpatient care told the municipality and outpatient care that you were ready for discharge.
plan-discharge-called = The invitation to the SIP meeting was sent on { $date }.
plan-discharge-discharged = You were discharged from hospital on { $date }.
plan-established = The plan was drawn up on { $date }.
plan-transition = The stay { $kind } is expected to end on { $date }.
plan-transition-planning = Planning for the time after the stay began on { $date }.
plan-closed = The plan was closed on { $date }.
plan-shared-one-guardian = Guardian: { $name }
plan-shared-some-guardian = A guardian (the plan does not say which)
plan-transition-kind = { $kind ->
        [sis] at a SiS home
        [hvb] at an HVB home
        [foster_care] in a foster family
        [prison] in prison
        [psychiatric_inpatient] in psychiatric inpatient care
       *[other] { "" }
    }

## Languages by their names, by BCP 47 primary tag

language-sv = Swedish
language-en = English
language-ar = Arabic
language-fi = Finnish
language-se = Northern Sami
language-sma = Southern Sami
language-smj = Lule Sami
language-fit = Meänkieli
language-rom = Romani
language-yi = Yiddish
language-so = Somali
language-ti = Tigrinya
language-fa = Persian
language-prs = Dari
language-ku = Kurdish
language-ckb = Sorani
language-kmr = Kurmanji
language-bs = Bosnian
language-hr = Croatian
language-sr = Serbian
language-pl = Polish
language-ru = Russian
language-uk = Ukrainian
language-tr = Turkish
language-es = Spanish
language-de = German
language-fr = French
language-th = Thai
language-zh = Chinese
language-am = Amharic
language-ps = Pashto
language-sq = Albanian
language-el = Greek
language-ro = Romanian
language-hu = Hungarian
language-et = Estonian
language-no = Norwegian
language-nb = Norwegian
language-da = Danish
language-is = Icelandic

## sip check: the rule catalogue (sip explain, SARIF, docs/rules.md)

rule-yaml-summary = The file is well-formed YAML: one mapping, in UTF-8.
rule-yaml-explanation = A plan is one YAML mapping in UTF-8. The finding names the line and column where reading stopped; the most common causes are a tab used for indentation, a missing colon after a key, an unclosed quote, and a line indented differently from its neighbours.
rule-yaml-source = the plan format (format.md)
rule-schema-summary = The plan follows the JSON Schema of the plan format (`sip schema`).
rule-schema-explanation = Required keys are present, values have the right type and form (dates as YYYY-MM-DD, ids of letters, digits, `.`, `_`, `-`), enumerations are spelt as listed, and there are no unknown keys (a typo must not pass silently; local additions start with `x-`).
rule-schema-source = the plan format (format.md, schema/sip.schema.json)
rule-sip001-summary = Every reference resolves: an action's `needs`, a need's `goals`, and a follow-up's `attended`, `absent[].name` (participant names) and `goals[].goal` (goal ids).
rule-sip001-explanation = An action answers needs and a need serves goals, each named by id; a follow-up names who attended and who was absent by their names under `participants`, and the goals it followed up by id. A reference the plan cannot resolve usually means a typo or an item that was removed. Fix the reference, or add the missing need, goal or participant.
rule-sip001-source = integrity
rule-sip002-summary = Item ids (goals, needs, actions) are unique within the plan.
rule-sip002-explanation = References between items, `sip diff` and the audit trail all name items by id, so an id must mean one item. Ids are unique across all three lists: a goal and an action cannot both be `X1`. Give the later item a new id.
rule-sip002-source = integrity
rule-sip003-summary = Every need is answered by at least one action that is not `cancelled`.
rule-sip003-explanation = The plan must state which interventions are needed and who answers for each (points 1 and 2). A need without an action is a need nobody has taken on. Add an action with `needs: [<id>]`, or remove the need if it no longer applies.
rule-sip003-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §, points 1–2
rule-sip004-summary = `lead.principal` is `region` or `municipality`.
rule-sip004-explanation = Point 4 of the statute: the plan states which of the principals has the overall responsibility. Only the region and the municipality are principals here; a school or Försäkringskassan can take measures (point 3) but cannot hold the plan.
rule-sip004-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §, point 4
rule-sip005-summary = The plan has at least one action with `service: social_services` and at least one with `service: health_care`.
rule-sip005-explanation = A SIP is drawn up when the person needs interventions from both social services and health care. A plan with actions from only one of them is not a SIP, or is missing the other side's part. Add the missing side's action.
rule-sip005-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §, first sentence
rule-sip006-summary = Both principals take part: some action or participant belongs to a region and some to a municipality.
rule-sip006-explanation = The municipality draws up the plan together with the region. If neither an action nor a participant belongs to one of them, that principal has not taken part. Record its participant or its action.
rule-sip006-source = "kommunen tillsammans med regionen" (SoL 2 kap. 7 §)
rule-sip007-summary = Consent is given (`given: true` with a `date`) unless the plan is a draft.
rule-sip007-explanation = The plan is drawn up only if the person consents. Record `consent.given: true` and the date it was given. A draft may wait for consent, so there it is a warning.
rule-sip007-source = SoL 2 kap. 7 § / HSL 16 kap. 4 §
rule-sip008-summary = An `active` plan has no consent that is withdrawn or expired as of the check date.
rule-sip008-explanation = Consent may be withdrawn at any time, and a time-limited consent ends on `consent.expires` (the first day without consent). Work under the plan cannot go on without it: renew the consent (a new date and expiry) or close the plan.
rule-sip008-source = consent may be withdrawn at any time
rule-sip009-summary = A person under 18 (from `birth_date`, or from `personal_id`) on the check date has at least one guardian, and consent `by: guardians`; a person aged 15–17 may consent themselves (`by: person`), a warning that asks for the guardians' view.
rule-sip009-explanation = For a child, the guardians (vårdnadshavare) consent to the plan. Record them under `guardians` and set `consent.by: guardians`. The child's own view is still recorded as a participant. A young person of 15–17 may consent themselves (`by: person`); the finding is then a warning that asks for the guardians' view to be recorded too. Under 15 the guardians consent.
rule-sip009-source = guardians consent for a child (föräldrabalken 6 kap. 11 §)
rule-sip010-summary = `personal_id` is a well-formed personnummer or samordningsnummer (10 or 12 digits, optional `-`/`+`, a real date — day + 60 for samordningsnummer — and a valid check digit), and agrees with `birth_date` if both are given.
rule-sip010-explanation = A mistyped identity number identifies nobody, or somebody else. The check digit catches most typos. Copy the number again from the record; messages never repeat the number.
rule-sip010-source = Skatteverket's format (folkbokföringslagen 18 §, 18 a §)
rule-sip011-summary = No personal identity number (anything that passes SIP010's check) appears in the file name, the plan `id`, or an item id.
rule-sip011-explanation = File names and ids end up in git history, commit messages, CI logs, calendars and merge requests, where a personal identity number must never be. Use a neutral id such as `2026-0042` and keep the number in `person.personal_id` only.
rule-sip011-source = privacy (GDPR art. 5.1 c, data minimisation; OSL 26 kap.)
rule-sip012-summary = Plan ids are unique across all files checked together, and the file name is `<id>.sip.yaml`. Files named on the command line are also compared with every plan in the plans folder.
rule-sip012-explanation = `sip diff`, `sip due` and every reference to a plan use its id; two plans with one id are confused with each other (an error). A file whose name differs from its id is hard to find (a warning): rename it to `<id>.sip.yaml`. A pre-commit hook passes only the staged files, so their ids are compared with every plan in the plans folder too.
rule-sip012-source = integrity (name mismatch: warning)
rule-sip013-summary = Dates are in order: `initiated.date` ≤ `consent.date` ≤ `established`; an action's `start` ≤ `end`; a follow-up's `date` ≥ `established`; `held` and `established` are not after the check date.
rule-sip013-explanation = Dates in the wrong order are almost always typos (a wrong year or month), and they break reminders and follow-up statistics. A plan cannot be drawn up before consent, nor a meeting held in the future. Correct the date.
rule-sip013-source = integrity
rule-sip014-summary = An `active` plan has at least one open follow-up (no `held`) with a `date` and a `convener`.
rule-sip014-explanation = Plans that are never followed up are the most common failure of SIP in practice. Regional guidance says the plan states when it is followed up and who calls the meeting. Add a follow-up with a `date` and a `convener`; after a follow-up is held, plan the next one. A draft gets this as a warning; a closed plan needs none.
rule-sip014-source = regional guidance: the plan states when it is followed up and who calls
rule-sip015-summary = `established` is present unless the plan is a draft.
rule-sip015-explanation = A plan is drawn up (upprättad) on a date; follow-ups, reminders and the time from request to plan are measured from it. Record `established`, or set `status: draft` while the plan is still being prepared.
rule-sip015-source = the plan is drawn up on a date
rule-sip016-summary = A `closed` plan has `closed.date` and `closed.reason`; a plan that is not closed has no `closed`.
rule-sip016-explanation = When a plan ends, record when and why (the goals were met, the person moved, consent was withdrawn). A `closed` block on a plan that is still draft or active contradicts its status: remove the block or set `status: closed`.
rule-sip016-source = integrity
rule-sip017-summary = The person's part is recorded: a participant with `kind: person`, and if not `attended`, an `absence_reason`.
rule-sip017-explanation = The plan is made together with the person where possible. Record the person as a participant with `kind: person` and `attended: true`, or `attended: false` with an `absence_reason` that says why it was not possible.
rule-sip017-source = "när det är möjligt tillsammans med den enskilde" (SoL 2 kap. 7 §)
rule-sip018-summary = `consent.relatives` is stated (true or false).
rule-sip018-explanation = Relatives (närstående) are given the chance to take part, if suitable and the person does not object. Ask the person, and record the answer as `consent.relatives: true` or `false`.
rule-sip018-source = relatives are given the chance to take part (SoL 2 kap. 7 §, second paragraph)
rule-sip019-summary = The plan has at least one goal, and every need names a goal.
rule-sip019-explanation = Vårdanalys (2025) found that plans often do not state what the interventions are for. Record the person's own goals in their words under `goals`, and link each need to the goal it serves with `goals: [M1]`.
rule-sip019-source = Vårdanalys 2025: the plan should state the goals of the interventions
rule-sip020-summary = An `active` plan has been shared with the person (or a guardian): a `shared` entry with `to: person` or `to: guardian`.
rule-sip020-explanation = Vårdanalys (2025) found that people do not always get their plan. Give the person (or, for a child, a guardian) a copy — `sip render` makes one — and record it under `shared` with the date.
rule-sip020-source = Vårdanalys 2025: people do not always get their plan
rule-sip021-summary = Work started without delay: `established` (or, for a draft, the check date) is at most N days after `initiated.date` (N = 14 by default, set in `sip.toml`).
rule-sip021-explanation = The law says work on the plan starts without delay (påbörjas utan dröjsmål) but names no number of days; regions use 10–14. Set your region's number as `establish_within_days` in `sip.toml`. For a draft the clock is still running: the warning says how long it has waited.
rule-sip021-source = "påbörjas utan dröjsmål" (SoL 2 kap. 7 §); regions use 10–14 days
rule-sip022-summary = With a `discharge` block, the SIP meeting was called (`discharge.called`) within 3 days of `discharge.ready_notified`.
rule-sip022-explanation = When a patient in inpatient care needs interventions from both region and municipality after discharge, the patient's fast vårdkontakt calls a SIP meeting within three days of the notice that the patient is ready for discharge. Days are calendar days. Without `called`, the warning appears once three days have passed on the check date.
rule-sip022-source = lag (2017:612) 4 kap. 1 §, as cited by regions
rule-sip023-summary = A participant with `attended: false` has an `absence_reason`.
rule-sip023-explanation = Attendance is tracked to see who does not come to SIP meetings and why. Record an `absence_reason` for everyone invited who did not take part. (The person's own absence is SIP017.)
rule-sip023-source = attendance is tracked to see who does not come
rule-sip024-summary = An action whose `end` has passed on the check date is `done` or `cancelled`.
rule-sip024-explanation = What was decided is not always done. When an action's end date has passed, record what happened: `status: done`, `status: cancelled`, or a new `end` if it goes on.
rule-sip024-source = what was decided is not always done
rule-sip025-summary = No template placeholder (`<<…>>`) is left in the plan, in a value or a comment.
rule-sip025-explanation = `sip new` drafts a plan with placeholders such as `<<Behov>>` where the coordinator fills in what was decided at the SIP meeting. Until each is replaced, the plan says nothing real in that place. Replace the placeholder with the content, or remove the item.
rule-sip025-source = the `sip new` template

## sip check: findings

# One item of a list in running text ("action I2")
thing-guardians = guardian
thing-participants = participant
thing-goals = goal
thing-needs = need
thing-actions = action
thing-follow_ups = follow-up
thing-shared = shared entry
place-plan = the plan
sip001-need = action { $action } refers to need `{ $need }`, which the plan does not have
sip001-goal = need { $need } refers to goal `{ $goal }`, which the plan does not have
sip002 = { $item } has the same id as { $first }; ids are unique across goals, needs and actions
sip003 = need { $need } is not answered by any action that is not cancelled; add an action with `needs: [{ $need }]`
sip004 = lead.principal must be region or municipality, found { $found }
sip005 = no action has `service: { $service }`; a SIP joins interventions from both social services and health care, so add the { $service ->
    [social_services] social services
   *[health_care] health care
} part
sip006 = no action or participant belongs to { $principal ->
    [region] the region
   *[municipality] the municipality
}; the plan is drawn up by the municipality together with the region
sip007-given = consent is not given; a SIP is drawn up only with the person's consent
sip007-date = consent.date is missing; record the date consent was given
sip008-withdrawn = consent was withdrawn on { $date }, but the plan is still active; close the plan
sip008-expired = consent expired on { $date }; renew it with the person, or close the plan
sip009-guardians = the person is under 18, but the plan names no guardian; add them under `guardians`
sip009-by = the person is under 18: consent is given by the guardians (`by: guardians`)
sip010-shape = person.personal_id is not 10 or 12 digits (YYYYMMDD-NNNN, YYMMDD-NNNN or YYMMDD+NNNN for 100 or older)
sip010-date = person.personal_id does not contain a real date of birth
sip010-check-digit = person.personal_id has a wrong check digit (the last digit); check for a typo
sip010-birth-date = person.birth_date does not agree with the date in person.personal_id
sip011-file = the file name contains a personal identity number; name the file `<id>.sip.yaml` after a neutral plan id
sip011-id = the plan id contains a personal identity number; use a neutral id such as `2026-0042`
sip011-item = the id of { $item } contains a personal identity number; use a short neutral id
sip012-name = the file is named `{ $name }` but the plan id is `{ $id }`; rename the file to `{ $expected }`
sip012-name-no-suggestion = the file is named `{ $name }` but the plan id is not one a file can be named after; give the plan a neutral id such as `2026-0042` and name the file after it
sip012-duplicate = plan id `{ $id }` is also used by { $others }; every plan needs its own id
sip013-consent = consent.date { $consent } is before initiated.date { $initiated }
sip013-established = established { $established } is before { $name } { $floor }
sip013-established-future = established { $established } is after the check date { $as_of }
sip013-action = action { $action }: end { $end } is before start { $start }
sip013-follow-up = follow-up { $label } is before the plan was established ({ $established })
sip013-held-future = follow-up { $label }: held { $held } is after the check date { $as_of }
sip014 = no open follow-up with a date and a convener; plan the next follow-up and who calls it
sip015 = the plan is { $status } but `established` is missing; record the date the plan was drawn up
sip016-missing = the plan is closed but has no `closed` block; add `closed: {"{"} date: …, reason: … {"}"}`
sip016-date = closed.date is missing; record when the plan ended
sip016-reason = closed.reason is missing; record why the plan ended
sip016-not-closed = the plan is { $status } but has a `closed` block; remove it or set `status: closed`
sip017-missing = no participant has `kind: person`; record whether the person took part in drawing up the plan
sip017-reason = the person did not take part and no `absence_reason` says why
sip017-attended = the person's participant entry does not say whether they attended; add `attended: true` or `false`
sip018 = consent.relatives is not stated; ask whether relatives may take part and record true or false
sip019-goals = the plan has no goal; record the person's own goals, in their own words
sip019-need = need { $need } names no goal; add `goals: [<goal id>]`
sip020 = the plan has not been shared with the person; give them a copy and add `{"{"} to: person, date: … {"}"}` under `shared`
sip021-established = the plan was established { $days } days after it was initiated (limit { $limit }); work on a SIP starts without delay
sip021-draft = the plan is still a draft { $days } days after it was initiated (limit { $limit }); work on a SIP starts without delay
sip022-late = the SIP meeting was called { $days } days after the patient was ready for discharge (limit { $limit })
sip022-not-called = the SIP meeting has not been called, { $days } days after the patient was ready for discharge (limit { $limit }); call it and record `discharge.called`
sip023 = participant { $participant } did not attend and has no `absence_reason`
sip024 = action { $action } ended on { $end } but is still { $status ->
    [ongoing] ongoing
   *[planned] planned
}; set `status: done` or `cancelled`, or a new `end`
sip025 = the placeholder `{ $placeholder }` is still in the plan; replace it with the real content

## sip check: findings against the schema

schema-shape = { $place } has the wrong shape: { $found }
schema-unknown-key = unknown key `{ $key }` in { $place }
schema-many-unknown-keys = { $place } has { $count } unknown keys; a plan has only the keys of the format (`sip schema`), and local additions start with `x-`
schema-did-you-mean = did you mean `{ $best }`?
schema-expected-one-of = expected one of: { $known }
schema-comma = (a comma inside `{"{"} … {"}"}` ends a value: quote a value that contains a comma)
schema-local-additions = local additions must start with `x-`
schema-required = { $place } is missing the required key `{ $key }`
schema-enum = { $place } must be one of { $options }; found { $found }
schema-type = { $place } must be { $expected }; found { $found }
schema-type-string = a string
schema-type-integer = an integer
schema-type-number = a number
schema-type-boolean = a boolean
schema-type-array = a list
schema-type-object = a mapping
schema-type-or = { $a } or { $b }
schema-true-false = write `true` or `false`
schema-date = { $place } must be a real date written YYYY-MM-DD; found { $found }
schema-pattern = { $place } is not a valid id: { $found }; use 1–64 characters of A–Z, a–z, 0–9, `.`, `_` and `-`, starting with a letter or digit
schema-time = { $place } must be a time written HH:MM (00:00–23:59, Swedish time); found { $found }
schema-min-items = { $place } must have at least { $limit ->
    [one] 1 item
   *[other] { $limit } items
}
schema-min-length = { $place } must not be empty
schema-constant = { $place } must be { $expected }; found { $found }
schema-other = { $place }: { $error }
schema-found-null = nothing (null)
schema-found-list = a list
schema-found-mapping = a mapping
schema-unreadable = the plan could not be read: { $error }

## sip check: the summary line

check-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
} checked: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}

## sip check and sip explain: severities and the catalogue

severity-error = error
severity-warning = warning
level-error = error
level-error-draft = error (warning in draft)
level-error-draft-short = error*
level-warning = warning
explain-draft-note = * a warning while the plan is a draft. `sip explain SIPnnn` tells more.
explain-severity = Severity
explain-source = Source

## sip list

list-header-id = id
list-header-status = status
list-header-person = person
list-header-lead = lead
list-header-counts = needs/acts
list-header-follow-up = follow-up
list-summary = { $plans ->
    [one] 1 plan
   *[other] { $plans } plans
}: { $active } active, { $draft } draft, { $closed } closed; { $overdue } with an overdue follow-up (!)
list-broken = { $count } broken (see stderr)
list-broken-kind = broken

## sip new

new-created = Created { $file }: a draft with { $count ->
    [one] 1 placeholder
   *[other] { $count } placeholders
} to fill in.
new-prompt-person = The person's name (den enskilde):
new-prompt-person-help = Leave empty to fill in later
new-prompt-lead = Who has the overall responsibility (övergripande ansvar)?
new-prompt-municipality = the municipality (kommunen)
new-prompt-region = the region (regionen)
new-prompt-organisation = The organisation with the overall responsibility:
new-prompt-organisation-help = For example: Socialtjänsten, Exempels kommun
new-prompt-cancelled = cancelled; nothing was written
new-next-steps = Next steps:
new-step-1 = Fill in the plan together with the person: goals, needs, actions and who answers for each.
new-step-2 = Run `sip check { $file }`; it lists what is still missing.
new-step-3 = When the plan is drawn up, set `status: active`, `established` and the consent,
new-step-3b = and give the person a copy.
new-schema-hint = Editors complete and explain every field once the schema is in the repository:
new-exists = `{ $file }` already exists; sip never replaces a plan unless told to
new-exists-hint = pick another id, leave the id out for the next free one, or pass --force

## sip init

init-created-git = created a git repository
init-created = created { $path }
init-kept = kept your own { $path } (sip's differs; `sip init --show { $path }` prints it)
init-diff-driver = set { $key } in .git/config (git diff shows plans in plan terms where sip is installed, else ordinary lines)
init-nothing = nothing to do: { $dir } is already a plan repository
init-done = { $dir } is a plan repository; next: set SIP_RELEASE_URL in the CI file you use, then `sip new`

## sip check: notes

check-changed-note = checking { $changed ->
    [one] 1 changed plan
   *[other] { $changed } changed plans
} (against { $base }); ids compared with { $others ->
    [one] 1 other
   *[other] { $others } others
}
check-changed-shallow = this clone is shallow, so what changed cannot be told: checking every plan (clone with `fetch-depth: 0` in GitHub, `GIT_DEPTH: 0` in GitLab, to check only the changed ones)
history-hit = { $place } contains an identity number: { $text }
history-commit = commit { $commit }
history-clean = history checked: no identity numbers in commit messages, names or paths
history-found = history checked: { $count ->
    [one] 1 place
   *[other] { $count } places
} with an identity number; history is rewritten with git filter-repo, after agreeing on it with whoever keeps the repository
history-place-message = commit message
history-place-author = author name
history-place-committer = committer name
history-place-ref_name = branch or tag name
history-place-author_email = author e-mail address
history-place-committer_email = committer e-mail address
history-place-path = file path

## sip render

render-wrote = Wrote { $file }

## Errors (error: …) and what to do about them (hint: …)

error-word = error
hint-word = hint
warning-word = warning
error-path-not-found = `{ $path }` does not exist
error-no-plans-dir = no plans folder at `{ $dir }`
hint-no-plans-dir = pass plan files or folders (`sip check path/to/plans`), or set `plans_dir` in sip.toml
error-io = cannot read `{ $path }`: { $reason }
error-config = { $place }: { $message }
hint-config = sip.toml takes plans_dir, establish_within_days, transition_planning_days, id_prefix, lang, templates_dir, max_file_size, max_plans, uid_domain and organizer_email
error-no-directory = cannot change to `{ $path }`: no such folder
error-unknown-rule = unknown rule `{ $query }`
hint-unknown-rule = `sip explain` lists every rule
hint-did-you-mean = did you mean `{ $best }`?
error-template = template { $origin }: { $message }
error-template-line = template { $origin }, line { $line }: { $message }
error-bad-plan-id = cannot use `{ $id }` as a plan id: { $reason }
reason-id-leads-out = it would lead out of the plans folder
reason-id-invalid = it is not a valid id
reason-id-personal-number = it contains a personal identity number, which must never be in a file name
hint-bad-plan-id = plan ids are 1–64 characters of A–Z, a–z, 0–9, `.`, `_` and `-`, such as `2026-0042`; leave it out to get the next free one
error-template-makes-errors = { $origin } makes a plan with errors:
hint-template-makes-errors = fix the template so that `sip check` finds at most warnings in a new plan
error-prompt = no answer: { $message }
hint-prompt = pass --person, --lead and --lead-org, or --no-input
error-files-failed = { $count ->
    [one] 1 file
   *[other] { $count } files
} could not be checked
error-plans-unreadable = { $count ->
    [one] 1 plan
   *[other] { $count } plans
} could not be read, and the output above leaves { $count ->
    [one] it
   *[other] them
} out
error-git-diff-args = `sip git-diff` takes the 7 arguments git passes to an external diff driver
hint-git-diff-args = git runs it for you once `sip init` has set `diff.sip.command`; to compare revisions yourself, use `sip diff`
error-shallow = `{ $what }` is not in this clone: it is shallow (it has only the latest commits)
hint-shallow = fetch the whole history with `git fetch --unshallow`; in CI, clone it whole: `fetch-depth: 0` in GitHub's actions/checkout, `GIT_DEPTH: 0` in GitLab (the CI files of `sip init` do)
log-history-ends = the history this clone holds ends here (it is shallow; `git fetch --unshallow` gets the rest)
error-changed-rev = `{ $rev }` is a revision, not a path
hint-changed-rev = write `--changed={ $rev }` to compare with it (a space after --changed makes the next word a path)
error-not-git = `{ $path }` is not inside a git work tree
hint-not-git = run sip inside the plan repository's work tree, or use `-C DIR`; `git init` makes one
error-unknown-revision = unknown revision `{ $rev }`
hint-unknown-revision-empty = the repository has no commits yet; commit the plans first
hint-unknown-revision = use a branch, a tag, a commit id or an expression like `HEAD~1`; `git log --oneline` lists commits
error-outside-repository = `{ $path }` is outside the repository at `{ $repo }`
hint-outside-repository = give paths inside the repository, relative to where you run sip
error-git = git: { $message }
error-bad-plan = { $file }: { $message }
hint-bad-plan = `sip check` on the file lists what to fix
error-stdout = cannot write the output: { $reason }
error-write = cannot write `{ $path }`: { $reason }
error-bad-output-name = will not write `{ $path }`: { $reason }
reason-output-personal-number = the name contains an identity number, and file names are seen by everyone with access to the folder
reason-output-plan = that is a plan file; a rendered plan never replaces a plan
reason-output-not-a-file = that is not a regular file (a device or a pipe)
render-committable = { $file } is in the repository and not ignored: `git add -A` would commit a rendered plan with personal data; write it under rendered/ (ignored by the .gitignore of `sip init`) or delete it after use
hint-bad-output-name = name the output after the plan id, such as `2026-0042.html`
error-pdf-not-built = this sip was built without PDF output
hint-pdf-not-built = install a release package (they write PDF), or build sip with the feature: `cargo install --path . --features pdf`; `--format html` prints from a browser
error-pdf-terminal = a PDF is not for the terminal
hint-pdf-terminal = write it to a file: `sip render PLAN --format pdf -o rendered/PLAN.pdf`, or redirect the output
error-missing-glyphs = the PDF cannot show { $chars }: the font built into sip ({ $font }) has no glyph for it, and an archivable PDF may not leave a blank box
hint-missing-glyphs = write the text in a script { $font } covers (Latin, Greek, Cyrillic, Arabic, Hebrew), or use `--format html`, which a browser prints with the computer's own fonts
error-too-many-plans = more than { $limit } plans in one run; stopped before memory runs out
hint-too-many-plans = check a part at a time (`sip check plans/2026`), or raise `max_plans` in sip.toml if the machine has the memory
error-not-a-folder = `{ $path }` is a file, but sip init needs a folder there
hint-not-a-folder = move the file away (sip init never replaces a file) and run sip init again
error-no-history = `{ $path }` has no history in this repository
hint-no-history = give the plan's path as it is or was in the repository, such as `plans/2026-0042.sip.yaml`
error-bad-catalogue = { $path }:{ $line }: not a valid Fluent catalogue: { $message }
hint-bad-catalogue = a message is `id = text` on one line; variables are written {"{"} $name {"}"} (https://projectfluent.org)
error-history-format = `--history` writes text or json, not { $format }
hint-history-format = hits in history name a commit, not a line of a file: use `--format text` or `--format json`
error-strict-findings = `{ $file }` has findings; --strict renders only a plan without any

## Reading a plan file: what is wrong, in plain words (the parser's own words last)

read-io = cannot read the file: { $reason }
read-too-large = the file is { $size } bytes, over the limit of { $limit }; a plan is a few kilobytes (raise `max_file_size` in sip.toml if this really is a plan)
read-not-a-file = this is not a regular file (a folder, a pipe or a device), so it is not read; a plan is a file named `<id>.sip.yaml`
read-not-utf8 = the file is not UTF-8 text; save it as UTF-8
yaml-conflict = unresolved merge conflict: the lines from `<<<<<<<` to `>>>>>>>` are two versions of the same part of the plan; keep the right one, delete the other and the marker lines, then check again
yaml-control = a control character ({ $code }) is in the file; it is invisible and can change what a terminal shows: remove it
yaml-tab = a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces (parser: { $detail })
yaml-unclosed-quote = a quote (" or ') is opened here and not closed; close it at the end of the value (parser: { $detail })
yaml-colon-in-value = a value contains `: ` or this line is indented too far; put the value in quotes ("…"), or indent the line like the one above (parser: { $detail })
yaml-missing-colon = a key is missing its colon; write `key: value` (parser: { $detail })
yaml-indentation = this line is indented differently from the lines around it; keys of one mapping start in the same column, and list items (`- `) line up (parser: { $detail })
yaml-brackets = a `[` or `{"{"}` is not closed, or a value inside it needs quotes (parser: { $detail })
yaml-syntax = this is not valid YAML (parser: { $detail })
yaml-second-document = a second YAML document (`---`); a plan file holds exactly one plan
yaml-unbalanced = unbalanced end of a list or mapping
yaml-alias-key = an alias cannot be a mapping key; write the key as text
yaml-unknown-alias = alias to an unknown anchor
yaml-not-mapping = the document is not a mapping; a plan starts with keys such as `sip: 1` and `id: …`
yaml-only-comments = the file holds only comments and no plan; a plan is a YAML mapping starting with `sip: 1`
yaml-odd-line-breaks = the file breaks its lines with NEL or LS characters, which YAML does not read as line breaks, so it holds no plan; save it with ordinary line breaks
yaml-empty = the file is empty; a plan is a YAML mapping starting with `sip: 1`
yaml-duplicate-key = duplicate key `{ $key }`; remove one of them
yaml-duplicate-key-at = duplicate key `{ $key }` (first at line { $line }); remove one of them
yaml-collection-key = a list or mapping cannot be a mapping key; write the key as text
yaml-too-deep = nesting deeper than { $limit } levels; a plan never needs that
yaml-too-many = the document expands to more than { $limit } values (through aliases?); write the plan out without `*alias` repetition
yaml-key-not-text = a mapping key must be text
yaml-tag = unsupported YAML tag `{ $tag }`; remove it and write the value as text

## December 2026 additions: rules SIP026–SIP033, due, words for the new keys

sip001-attended = follow-up { $follow_up }: attendee { $n } is not among the plan's `participants`
sip001-absent = follow-up { $follow_up }: absentee { $n } is not among the plan's `participants`
sip001-follow-up-goal = follow-up { $follow_up } refers to goal `{ $goal }`, which the plan does not have
sip009-young-person = the person is 15–17 and consents themselves (`by: person`); record the guardians' view of the plan too
rule-sip026-summary = In an `active` plan, an action whose `start` has passed on the check date is not still `planned`.
rule-sip026-explanation = What was decided is not always done. When an action's start date has passed, record what happened: `status: ongoing` once it has started, `status: cancelled` (with a `cancelled_reason`) if it will not be carried out, or a new `start` if it was put off.
rule-sip026-source = Vårdanalys 2025: what was decided is not always done
sip026 = action { $action } was to start on { $start } but is still planned; set `status: ongoing` or `cancelled`, or a new `start`
rule-sip027-summary = In an `active` plan, every action that is `planned` or `ongoing` has a `start` date.
rule-sip027-explanation = A plan says who does what, and when (Västbus: "vem gör vad och när"). An action without a start date cannot be followed up: nobody can tell whether it is late. Give it a `start`, even an approximate one.
rule-sip027-source = Västbus: "vem gör vad och när"
sip027 = action { $action } is { $status ->
    [ongoing] ongoing
   *[planned] planned
} but has no `start`; say when it starts
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
due-kind-action_start = action past its start
due-kind-transition_planning = start planning for after the stay
due-meeting-time = at { $time }
due-calendar-mode = Mode
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

## sip stats
error-stats-to-after-as-of = --to { $to } is after the check date { $as_of }
hint-stats-to-after-as-of = statistics count what has happened: give --to on or before the check date, or a later --as-of
error-stats-from-after-to = --from { $from } is after --to { $to }
hint-stats-from-after-to = the period runs from --from to --to, both days included
error-stats-not-counted = { $count ->
    [one] 1 plan was not counted: it does not parse or breaks the schema
   *[other] { $count } plans were not counted: they do not parse or break the schema
}
hint-stats-not-counted = `sip check` on the files lists what to fix; the numbers above leave them out
stats-not-counted-kind = not counted
reason-stats-schema = does not fit the schema (`sip check` says where)
reason-output-stats-plan = that is a plan file; statistics never replace a plan

## Calendars and invitations (sip due --format ics, sip invite)

due-kind-invitation_incomplete = complete the follow-up for the invitation
due-missing = missing for the invitation: { $what }
due-missing-time = time
due-missing-place = place
due-missing-email = participants' e-mail
due-missing-organizer = organiser's e-mail
due-calendar-overdue = Overdue
due-calendar-original-date = Original date: { $date } ({ $when })
due-calendar-no-date = No date: plan a follow-up
calendar-uid-fallback = the calendar's UIDs end in @{ $domain }, which does not set this repository apart from others: set uid_domain in sip.toml, or run in a full git clone with at least one commit
invite-summary = SIP meeting: plan { $plan } ({ $initials })
invite-summary-cancelled = Cancelled SIP meeting: plan { $plan } ({ $initials })
invite-description = Follow-up of the coordinated individual plan { $plan } for { $initials }.
invite-invited = Invited
invite-cancelled = The meeting will not take place.
invite-secure = Details of the person's needs and health are not sent by e-mail: they are in the plan.
invite-wrote = Wrote the invitation { $file } (UID { $uid }, SEQUENCE { $sequence })
error-invite-no-follow-up = plan { $plan } has no follow-up to come
hint-invite-no-follow-up = add a follow-up with a date and a time under follow_ups, or name one with --follow-up YYYY-MM-DD
error-invite-no-such-follow-up = plan { $plan } has no follow-up on { $date }
hint-invite-no-such-follow-up = the plan's open follow-ups: { $dates }
error-invite-no-time = the follow-up on { $date } in plan { $plan } has no time: an invitation needs a start time
hint-invite-no-time = add `time: "HH:MM"` (Swedish time) to the follow-up on { $date }
error-invite-no-organizer = the invitation has no organiser: plan { $plan } gives no e-mail for lead.contact
hint-invite-no-organizer = add `email` under lead.contact, or organizer_email in sip.toml
error-invite-no-attendees = no participant in plan { $plan } has an e-mail to send the invitation to
hint-invite-no-attendees = add `email` to the participants to invite (participants)

## The letter to the person (sip render --letter): a kallelse in plain words

letter-title = Invitation to your SIP meeting
letter-greeting = Hello { $name },
letter-greeting_anyone = Hello,
letter-intro = You are welcome to a meeting about your coordinated individual plan (SIP). At the meeting we follow up the plan together with you.
letter-when = When and where
letter-date = Day
letter-time = Time
letter-time_span = { $start }–{ $end }
letter-time_later = We will let you know the time.
letter-day = { $weekday } { $date }
letter-where = Place
letter-join_video = How to join
letter-join_phone = How to join
letter-place_later = We will let you know where the meeting is held.
letter-mode-in_person = The meeting is held in person.
letter-mode-video = The meeting is held by video.
letter-mode-phone = The meeting is held by phone.
letter-convener = Called by
letter-who = Who will come
letter-who_intro = These people are invited to the meeting:
letter-nobody = Those of us who work with your plan.
letter-bring = You are welcome to bring a relative or someone else for support.
letter-support = { $name } will be there to support you, as you asked.
letter-purpose = What the meeting is for
letter-purpose_text = We go through how your goals and the actions in the plan are going, and decide together whether anything should change.
letter-your_goals = Your goals, in your own words:
letter-prepare = Before the meeting
letter-prepare_intro = You may like to think about these questions. You can write down your answers and bring them.
letter-question-1 = What is important to you?
letter-question-2 = What works well?
letter-question-3 = What does not work?
letter-question-4 = Is there anything in the plan you want to change?
letter-contact = Questions, or if you cannot come
letter-contact_text = If you cannot come, or if you have questions, contact { $name }.
letter-contact_none = If you cannot come, or if you have questions, contact whoever sent you this letter.
letter-phone = Phone
letter-email = E-mail
letter-interpreter = We will book an interpreter for the meeting. Tell us if that is not right.
letter-plan = Plan
letter-printed = Date printed
letter-weekday-1 = Monday
letter-weekday-2 = Tuesday
letter-weekday-3 = Wednesday
letter-weekday-4 = Thursday
letter-weekday-5 = Friday
letter-weekday-6 = Saturday
letter-weekday-7 = Sunday
error-letter-no-follow-up = plan { $plan } has no follow-up to come to invite the person to
hint-letter-no-follow-up = add a follow-up with a date (and preferably a time and a place) under follow_ups

# xlsx / man / editor (issue 19)
error-binary-terminal = will not write a workbook to the terminal
hint-binary-terminal = write it to a file with `-o FILE` (such as `-o plans.xlsx`), or redirect it: `> plans.xlsx`
error-xlsx = could not make the workbook: { $reason }
hint-xlsx = a sheet holds at most 1,048,576 rows; narrow the selection (`--status`, `--who`, a folder)
error-output-not-xlsx = `-o FILE` writes a workbook, and goes with `--format xlsx` only
hint-output-not-xlsx = add `--format xlsx`, or write the other formats with `> FILE`
reason-output-xlsx-plan = that is a plan file; a workbook never replaces a plan
error-man-unknown = no manual page for `{ $command }`
hint-man-unknown = the commands with a page: { $commands }; `sip man` alone prints sip(1)
warning-schema-stale = { $file } differs from the schema of this sip; editors check plans against an old format
hint-schema-stale = `sip schema > { $file }` updates it (then commit it)

## issue-22-23: sip check --changed in submodules, sip retention

check-changed-submodule = { $path } is a submodule (another repository): git here cannot see which of its plans changed, so every plan in it is checked ({ $count ->
    [one] 1 plan
   *[other] { $count } plans
})
error-retention-unset = no retention period is set in sip.toml: sip never decides how long plans are kept
hint-retention-unset = set the period your principal has decided (the law and the decision on thinning out, gallringsbeslut) in sip.toml: `[retention]` with `years = 5`, or `region = 10` and `municipality = 5` by lead principal, in whole years after closed.date
error-retention-no-head = there is no branch with a commit to remove the plans on
hint-retention-no-head = commit the plans first, or switch to a branch (`git switch main`)
error-retention-staged = other changes are staged for the next commit; they would go into the retention commit
hint-retention-staged = commit them first, or unstage them (`git restore --staged .`), then run `sip retention --apply` again
error-retention-signature = git does not know who you are, so the retention commit cannot be made
hint-retention-signature = `git config user.name "Your Name"` and `git config user.email you@example.se`, then run `sip retention --apply` again
retention-undated = { $file } is closed without closed.date: sip cannot tell when its time is up; add closed.date
retention-commit = Retention: { $count ->
    [one] 1 closed plan past its time removed
   *[other] { $count } closed plans past their time removed
} ({ $ids })
retention-row = closed { $closed }, kept { $years ->
    [one] 1 year
   *[other] { $years } years
}: past its time since { $until }
retention-summary = { $count ->
    [one] 1 plan
   *[other] { $count } plans
} of { $closed } closed past their retention time on { $as_of }
retention-next = `sip retention --apply` removes them in one commit and says how to remove them from the history
retention-address = <the repository's address>
retention-applied = removed { $count ->
    [one] 1 plan
   *[other] { $count } plans
} from the work tree in commit { $commit }
retention-history = Their content is still in every earlier commit, in every clone. To remove it from the history (agree on it first with whoever is responsible for the repository):
retention-step-push = Everyone pushes what they have (this commit too) and stops working in the repository until step 4.
retention-step-rewrite = On one computer, in a new mirror clone, with git filter-repo (Debian package `git-filter-repo`, or `pip install git-filter-repo`):
retention-step-host = Ask whoever hosts the repository to remove cached copies, forks and pull or merge request refs, and to run garbage collection.
retention-step-clones = Every clone, on every computer and CI runner: delete it and clone again. Never push from an old clone: it brings the removed plans back.
retention-paths-file = The paths these plans ever had are listed in { $path } (only paths, one per line); keep the file until the rewrite is done.
