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
diff-legend = + added, - removed, ~ changed; ! touches overall responsibility, responsibility, consent or status
diff-what = What
diff-before = Before
diff-after = After

## sip render: the printed plan (render-<label>, render-<table>-<value>)

render-title = Coordinated individual plan
render-short_title = SIP
render-plan = Plan
render-state = Status
render-printed = Printed
render-page = Page
render-page_of = of
render-draft_notice = Draft: the plan has not been drawn up yet. It applies once it is drawn up together with the person, with their consent.
render-errors_banner = This plan has errors to correct. This printout is not a valid plan until they are corrected:
render-about = The plan is for
render-name = Name
render-personal_id = Personal identity number
render-birth_date = Date of birth
render-language = Language
render-interpreter = Interpreter
render-guardians = Guardians
render-phone = Phone
render-email = Email
render-role = Role
render-goals = My goals
render-goals_intro = What I want to achieve, in my own words.
render-needs = Needs
render-needs_intro = What I need help with, and the actions that answer each need.
render-actions = Actions – who does what, and when
render-need = Need
render-action = Action
render-who = Who
render-contact = Contact
render-when = When
render-from = from
render-until = until
render-no_action = No action answers this need yet.
render-others = Measures by others
render-others_intro = What others than the municipality and the region do, such as the school or the Social Insurance Agency.
render-lead = Overall responsibility for the plan
render-lead_intro = This service has the overall responsibility for the plan. Contact it if something does not work.
render-principal = Principal
render-organisation = Service
render-follow_up = Follow-up
render-next_follow_up = Next follow-up
render-date = Date
render-convener = Calls the meeting
render-held = Held
render-outcome = Outcome
render-not_held = Not held yet
render-no_follow_up = No follow-up is planned.
render-consent = Consent
render-consent_given = Consent to the plan
render-consent_date = Given
render-consent_by = By
render-consent_form = Form
render-consent_scope = May be shared between
render-consent_expires = Valid until
render-consent_withdrawn = Withdrawn
render-relatives = Relatives may take part
render-participants = Participants
render-attended = Attended
render-absent = Did not attend
render-absence_reason = Reason
render-initiated = The need for a SIP was raised
render-by = by
render-reason = Reason
render-established = The plan was drawn up
render-shared = The plan has been given to
render-not_shared = The plan has not been given to anyone yet.
render-signatures = Signatures
render-signatures_intro = We who drew up the plan together.
render-signature = Signature
render-name_clarification = Name in block letters
render-the_person = The person
render-closed = The plan was closed
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
render-principal_name-other = Other
render-service-social_services = Social services
render-service-health_care = Health care
render-service-school = School
render-service-other = Other service
render-consent_by_name-person = the person
render-consent_by_name-guardians = the guardians
render-consent_by_name-representative = a representative
render-consent_form_name-oral = oral
render-consent_form_name-written = written
render-kind-person = The person
render-kind-relative = Relative
render-kind-guardian = Guardian
render-kind-region = The region
render-kind-municipality = The municipality
render-kind-other = Other
render-recipient-person = The person
render-recipient-guardian = Guardian

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
