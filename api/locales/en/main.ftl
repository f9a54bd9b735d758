# Review: the source text, written with the pages; every other locale translates these messages.
#
# The web pages' English. Every locale file has exactly these message ids
# (a test checks it). Ids ending in -html hold markup: keep the tags and
# their href as they are and translate the words around and inside them.
# { $count } selects plural forms by the language's CLDR rules.

## The frame of every page

site-name = NRI Registry
skip-link = Skip to the content
nav-main = Main
nav-directory = Directory
nav-dashboards = Dashboards
nav-review = Review queue
nav-jobs = Failed jobs
nav-account = Account
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-language = Language
footer-about-html = The registry of the IGF's national, regional, sub-regional and youth initiatives. Data is also available through the <a href="/docs">API</a>.

## Forms and tables everywhere

form-required = (required)
form-error-prefix = Error:
form-choose = Choose…
form-choose-country = Choose a country…
error-summary-title = There is a problem
table-scrolls = Table, scrolls sideways on small screens
back-to-workspace = Back to the workspace
action-remove = Remove
action-change = Change
action-revoke = Revoke
action-retry = Retry
action-save = Save
action-filter = Filter
action-show = Show
none = None.
none-yet = None yet.
not-given-yet = Not given yet.
date-range = { $start } to { $end }
history = History
label-state = State:
report-due = due { $date }

## Field labels

label-name = Name
label-your-name = Your name
label-email = E-mail address
label-email-short = E-mail
label-password = Password
label-password-again = Password again
label-current-password = Current password
label-new-password = New password
label-new-password-again = New password again
label-kind = Kind
label-un-region = UN region
label-country = Country
label-country-national = Country (national initiatives)
label-country-required = Country (required)
label-region-regional = UN region (regional and youth initiatives)
label-coverage = Coverage
label-coverage-regional = Countries covered (regional initiatives)
label-slug = Short address
label-acronym = Acronym
label-description = Description
label-description-lang = Description ({ $lang })
label-website = Website
label-public-email = Public e-mail address
label-established = Year established
label-working-languages = Working languages
label-city = City
label-focal-point = Focal point
label-organisation = Organisation
label-stakeholder-group = Stakeholder group
label-role = Role
label-gender = Gender
label-year = Year
label-status = Status:
label-theme = Theme
label-type = Type
label-edition = Edition
label-format = Format
label-participants = Participants
label-online = Online
label-youth = Youth
label-countries-represented = Countries represented
hint-password = At least 10 characters, and not one of the most common passwords.
hint-languages = Language tags separated by commas, e.g. en, fr.
hint-commas = Separated by commas.

## Table columns

col-initiative = Initiative
col-kind = Kind
col-un-region = UN region
col-country-coverage = Country or coverage
col-stakeholder-group = Stakeholder group
col-members = Members
col-group = Group
col-gender = Gender
col-participants = Participants
col-name = Name
col-created = Created
col-last-used = Last used
col-expires = Expires
col-action = Action
col-actions = Actions
col-year = Year
col-state = State
col-due = Due
col-role = Role
col-term = Term
col-member = Member
col-since = Since
col-email = E-mail address
col-sent = Sent
col-submitted = Submitted
col-criterion = Criterion
col-outcome = Outcome
col-evidence = Evidence
col-job = Job
col-attempts = Attempts
col-last-error = Last error
col-updated = Updated
col-subscription = Subscription
col-event = Event

## Error pages and refusals

error-go-home-html = <a href="/">Go to the start page</a> or <a href="/initiatives">browse the directory</a>.
error-expired-title = This form has expired
error-expired-detail = The form was not sent from a page of this site, or your session changed since it was shown. Go back, reload the page and send it again.
error-render-title = Error
error-render-detail = This page could not be shown. The error has been logged.
error-not-found-title = Not found
error-forbidden-title = Not allowed
error-forbidden-ask = Ask your initiative's focal point or the IGF Secretariat for a role.
error-server-title = Something went wrong
error-server-detail = The service could not answer; try again in a moment.
error-refused-title = This cannot be done
error-page-not-found-title = Page not found
error-page-not-found-detail = There is no page at this address. It may have moved, or the link may be mistyped.
error-unpublished-title = This report is not published
error-unpublished-detail = Reports are published once the IGF Secretariat has accepted them.
error-dashboard-scope = Dashboards are for the whole world, a UN region, youth initiatives and each regional forum.
error-invitation-unusable = This invitation cannot be used
error-unknown-action-title = Unknown action
error-unknown-action-detail = Choose accept, return or reopen.

## Confirmations

flash-password-reset = Your password was changed. Sign in with the new one.
flash-password-changed = Your password was changed. Your other browser sessions have ended.
flash-language-saved = Your language is saved.
flash-registered = Your initiative is registered and you are its focal point. The IGF Secretariat will review it for recognition.
flash-member-role = { $email } now has the role: { $role }.
flash-member-removed = The member is removed.
flash-invitation-sent = An invitation is on its way to { $email }.
flash-invitation-revoked = The invitation is revoked.
flash-report-submitted = Your report is submitted. The IGF Secretariat will review it; you will see its decision here.
flash-draft-saved = Draft saved.
flash-report-done = { $done ->
    [accepted] The report is accepted.
    [returned] The report is returned to its secretariat.
   *[other] The report is reopened.
}
flash-status-now = The status is now { $status }.
flash-reset-sent = If an account has this e-mail address, a message with a link to choose a new password is on its way. The link works once, for one hour.

## Problems shown above a form

problem-sign-in-wrong = The e-mail address or the password is wrong.
problem-correct-fields = Please correct the fields below.
problem-correct-field = Please correct the field below.
problem-email-taken = An account with this e-mail address exists: sign in instead.
problem-stale = Someone else saved this since you opened it. Your changes are below and were not saved: check them against the current version and save again.
problem-count = { $count ->
    [one] One problem needs your attention before this can be saved.
   *[other] { $count } problems need your attention before this can be saved.
}
problem-nothing-saved = Please correct the fields marked below; nothing was saved.
problem-not-submittable = { $count ->
    [one] Your draft is saved, but it cannot be submitted yet: one problem is listed below.
   *[other] Your draft is saved, but it cannot be submitted yet: { $count } problems are listed below.
}

## Messages beside a field

invalid-sign-in = check the e-mail address and the password
invalid-passwords-differ = the two passwords differ
invalid-member-email = enter the e-mail address they signed up with
invalid-no-account = no account has this e-mail address: ask them to sign up first
invalid-choose-kind = choose what kind of initiative this is
invalid-required = is required
invalid-listed-twice = is listed twice
invalid-address = is not a valid address
invalid-url = is not a web address
invalid-language-tag = is not a language tag such as en or pt-BR
invalid-before-start = is before the first day
invalid-before-term-start = is before the start of the term
invalid-venue-required = is required unless the event was online
invalid-country-required = is required for a national initiative
invalid-region-required = is required unless the initiative is national
invalid-key-message-required = at least one key message is required
invalid-text-required = needs a text in at least one language
invalid-not-working-language = is not one of the initiative's working languages
invalid-whole-number = must be a whole number, such as 120
invalid-common-password = is one of the most common passwords; choose one that is harder to guess
invalid-wrong-password = is not this account's password
invalid-year = is not a year
invalid-repeated-character = must not be one character repeated
invalid-too-long = must be at most { $max } characters
invalid-too-short = must be at least { $min } characters

## Field names in the list of problems

field-name = name
field-email = e-mail address
field-password = password
field-password_again = password again
field-current_password = current password
field-new_password = new password
field-new_password_again = new password again
field-slug = short address
field-kind = kind
field-country = country
field-un_region = UN region
field-coverage = countries covered
field-description = description
field-website = website
field-public_email = public e-mail address
field-established_year = year established
field-working_languages = working languages
field-edition = edition
field-start_date = first day
field-end_date = last day
field-format = format
field-venue = venue
field-city = city
field-languages = languages
field-themes = themes
field-participation = participation
field-total = participants in all
field-key_messages = key messages
field-recommendations = recommendations
field-sessions = sessions
field-text = text
field-theme = theme
field-title = title
field-type = type
field-addressed_to = addressed to
field-links = links
field-tags = tags
field-comment = comment
field-reason = reason
field-status = status
field-user = member
field-evidence = evidence
field-role = role
field-term_start = term start
field-term_end = term end
field-stakeholder_group = stakeholder group
field-host_organisation = host organisation
field-focal_point = focal point

## Charts and dashboard titles

chart-groups = Participants by stakeholder group
chart-gender = Participants by gender
chart-themes = Themes, by the number of initiatives that raised them
dashboard-title-global = All initiatives worldwide
dashboard-title-region = UN region: { $region }
dashboard-title-kind = { $kind } initiatives
dashboard-title-forum = { $forum }: the initiatives that contribute to it
count-initiatives = { $count ->
    [one] { $count } initiative
   *[other] { $count } initiatives
}

## Start page

home-title = Home
home-heading = The registry of the IGF's national, regional and youth initiatives
home-lead = More than 160 Internet Governance Forum initiatives (NRIs) keep their profile, organising committee and annual reports here. The IGF Secretariat reviews them, and regional forums read what their initiatives report.
home-your-initiatives = Your initiatives
home-no-role-html = You have no role in an initiative yet. If you run one, <a href="/register">register it</a>; if it is already registered, ask its focal point to add you.
home-igf-html = As the IGF Secretariat: <a href="/review">review submitted reports</a>, <a href="/review?status=overdue">see overdue reports</a>, or <a href="/review/jobs">check failed jobs</a>.
home-find-heading = Find an initiative
home-find-html = The <a href="/initiatives">directory of recognised initiatives</a>, by kind, region and country, with their secretariats, committees and accepted reports.
home-run-heading = Run an initiative?
home-run-member-html = <a href="/register">Register your initiative</a>, then keep its profile current and file your annual report.
home-run-visitor-html = <a href="/sign-up">Create an account</a> and register your initiative, or <a href="/sign-in">sign in</a> to file your annual report.
home-forums-heading = Regional forums
home-forums-html = See what your initiatives reported in { $year }: <a href="/dashboards">dashboards</a> of participation, themes and key messages, with feeds and CSV.
home-recognised-heading = Recognised initiatives
home-all-recognised = All recognised initiatives
home-developers-heading = For developers
home-developers-html = Everything on these pages is also in the <a href="/docs">API explorer</a> (<a href="/api/v1/openapi.json">OpenAPI document</a>). Regional forums can pull <a href="/api/v1/feeds/global.atom">Atom</a> and <a href="/api/v1/feeds/global.json">JSON feeds</a> or subscribe to webhooks.

## Directory

directory-title = Directory
directory-heading = Directory of recognised initiatives
directory-filter = Filter the directory
directory-any-kind = Any kind
directory-any-region = Any region
directory-any-country = Any country
directory-caption = Recognised initiatives
directory-next = Next page
directory-none = No recognised initiative matches these filters.

## An initiative's public page

initiative-since = since { $year }
initiative-igf-html = As the IGF Secretariat: <a href="/review/initiatives/{ $slug }">recognition checklist and status decision</a>.
initiative-your-role-html = You are this initiative's { $role }: <a href="/workspace/{ $slug }">open its workspace</a>.
initiative-secretariat = Secretariat
initiative-hosted-by = Hosted by
initiative-supported-by = Supported by
initiative-committee = Organising committee
committee-current = { $count ->
    [one] One current member.
   *[other] { $count } current members.
}
committee-by-group-caption = Committee members by stakeholder group
initiative-no-committee = No committee members listed yet.
initiative-links = Links with other initiatives
initiative-contributes-to = Contributes to:
initiative-reports = Annual reports
initiative-no-report = No accepted report yet.

## A report

report-title = { $name } { $year } report
report-heading = { $name }: { $year } annual report
report-accepted-on = Accepted by the IGF Secretariat on { $date }.
report-dates = Dates
report-where = Where
report-languages = Languages
report-themes = Themes
report-participation = Participation
caption-by-group = By stakeholder group
caption-by-gender = By gender
report-key-messages = Key messages
report-recommendations = Recommendations
report-sessions = Sessions
report-links = Links

## Signing in and up

sign-in-title = Sign in
sign-in-button = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account-html = No account yet? <a href="/sign-up">Sign up</a>.
sign-up-title = Sign up
sign-up-heading = Create an account
sign-up-lead = For secretariats of national, regional and youth IGF initiatives. After signing up you can register your initiative, or be added to one by its focal point.
sign-up-button = Create account
sign-up-have-account-html = Already have an account? <a href="{ $href }">Sign in</a>.

## The account page

account-title = Your account
account-password-heading = Change your password
account-password-button = Change password
account-password-note = Changing it ends your other browser sessions; your API tokens keep working.
account-sessions-heading = Sessions and API tokens
account-sessions-lead = Each browser you signed in with, and each API token you created. End any you do not recognise.
account-sessions-caption = Sessions and tokens
account-this-browser = (this browser)
account-never = never
account-ended = ended { $date }
account-end = End
account-language-heading = Language of the pages
account-language-lead = The pages speak this language whenever you are signed in, unless you choose another with the language links at the top of a page.
account-language-label = Language
account-language-auto = As my browser asks
account-language-button = Save the language

## Invitations

invitation-title = Invitation to { $name }
invitation-lead-html = { $email } is invited to join <strong>{ $name }</strong> with the role: { $role }. The invitation works once, until { $date }.
invitation-signed-in-as = You are signed in as { $email }.
invitation-accept = Accept the invitation
invitation-sign-in-html = To accept it, <a href="/sign-in?next={ $next }">sign in</a> or <a href="/sign-up?next={ $next }">create an account</a>; you come back here after.
invitation-unusable = This invitation is { $status }: it can no longer be used. Ask the initiative's focal point for a new one.

## Passwords

forgot-title = Forgot your password?
forgot-no-message-html = No message? Check your spam folder, or <a href="/forgot-password">ask again</a> with the address you signed up with.
forgot-back = Back to signing in
forgot-lead = Give the e-mail address of your account: we will send you a link to choose a new password.
forgot-button = Send me a link
reset-title = Choose a new password
reset-button = Set the new password
reset-note = Setting it signs you out everywhere: every browser and API token of the account stops working.
reset-no-token-html = This page needs the link from the message we sent. <a href="/forgot-password">Ask for a new link</a>.

## Registering an initiative

register-title = Register an initiative
register-heading = Register your initiative
register-lead = You become its focal point: you can add colleagues, keep its profile current and file its annual reports. The IGF Secretariat reviews new initiatives for recognition.
hint-name = As the initiative calls itself, e.g. Liberia Internet Governance Forum.
hint-slug = Lower-case letters, digits and hyphens, e.g. liberia-igf. It appears in links and cannot change later.
register-region-derived = Derived from the country
register-button = Register

## The secretariat's workspace

workspace-title = { $name }: workspace
workspace-role = your role: { $role }
workspace-role-igf = IGF Secretariat
workspace-public-page = public page
workspace-reports-caption = Reports by year
workspace-not-started = not started
workspace-continue = Continue the { $year } report
workspace-open = Open the { $year } report
workspace-start = Start the { $year } report
workspace-keep-current = Keep your initiative current
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">Profile</a>: name, description, website, languages
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">Secretariat</a>: host organisation, focal point, contacts
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">Organising committee</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">Regional forums it feeds into</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">Principles attestation for { $year }</a>
workspace-recognition = Recognition criteria
recognition-all-met = Every required criterion is met.
recognition-some-unmet = Some required criteria are not met yet.
workspace-members = Members
workspace-manage-members = Add or change members
workspace-all-members = All members and their roles

## Profile, secretariat, committee, principles, members, forums

profile-title = Profile
profile-saved = Profile saved.
profile-button = Save profile
secretariat-title = Secretariat
secretariat-saved = Secretariat saved.
label-host = Host organisation
label-host-group = Host's stakeholder group
label-hosting-arrangement = Hosting arrangement
label-agreement-date = Date of the hosting agreement
hint-focal-email = Visible to members and the IGF Secretariat only.
label-contact-emails = Contact e-mail addresses
label-supporting = Supporting organisations
secretariat-button = Save secretariat
committee-title = Organising committee
committee-caption = Committee members
committee-not-listed = (not listed publicly)
committee-add = Add a member
option-not-given = Not given
label-term-start = Term starts
label-term-end = Term ends
committee-list-publicly = List this member publicly (name and organisation on the initiative's page)
committee-button = Add member
principles-title = Principles { $year }
principles-heading = Principles attestation for { $year }
principles-lead = The IGF's NRIs follow five principles. Attest each one your initiative followed in { $year } and say how; evidence is required for each attested principle.
principles-saved = Attestation saved.
principles-followed = We followed this principle in { $year }
principles-evidence = How (evidence)
principles-evidence-links = Links to evidence
principles-button = Save attestation
members-title = Members
members-heading = { $name }: members
members-lead = Focal points manage the initiative and its members; editors keep the profile and reports current; viewers can read everything, including drafts.
members-caption = Members and their roles
members-new-role-for = New role for { $name }
members-change-hidden = the role of { $name }
members-pending = Pending invitations
members-invitations-caption = Invitations not accepted yet
members-revoke-hidden = the invitation of { $email }
members-invite-heading = Invite someone by e-mail
members-invite-lead = They get a link, working once for 14 days, to sign in or create an account and take the role.
members-invite-button = Send the invitation
members-add-lead = For someone who already has an account (otherwise, invite them above).
links-title = Regional forums
links-heading = { $name }: the forums it feeds into
links-saved = Saved. The forums' dashboards and feeds now count your accepted reports.
links-lead = Regional and sub-regional forums see whether your reports are in, and count your accepted reports in their dashboards and feeds.
links-forums = Forums
links-no-forum = No regional forum is registered yet.

## The annual report form

report-submitted-times = { $count ->
    [one] submitted once
   *[other] submitted { $count } times
}
report-returned-heading = The IGF Secretariat returned this report
report-returned-fix = Correct it and submit it again.
report-with-igf = This report is with the IGF Secretariat for review; it cannot be changed until they accept or return it.
report-accepted-html = This report is accepted and published on the <a href="/initiatives/{ $slug }/reports/{ $year }">initiative's page</a>. To change it, ask the IGF Secretariat to reopen it.
report-form-hint = Save a draft at any time; nothing is checked for completeness until you submit. Fields marked required must be filled to submit.
report-event = The event
hint-edition = e.g. 11th Liberia IGF
label-first-day = First day
label-last-day = Last day
label-venue = Venue
hint-venue = Required unless the event was online.
label-event-languages = Languages of the event
report-themes-discussed = Themes discussed
label-participants-all = Participants in all
label-of-online = Of whom online
label-of-youth = Of whom youth
report-at-least-one = (at least one to submit)
report-key-message-n = Key message { $n }
report-new = (new)
label-message-lang = Message ({ $lang })
report-remove-key-message = Remove this key message
report-recommendation-n = Recommendation { $n }
label-addressed-to = Addressed to
option-choose-level = Choose a level…
label-recommendation-lang = Recommendation ({ $lang })
report-remove-recommendation = Remove this recommendation
report-session-n = Session { $n }
label-title-lang = Title ({ $lang })
option-no-theme = No particular theme
report-remove-session = Remove this session
report-preparation = Preparation
report-open-call = There was an open call for session proposals
label-open-call-date = Date of the open call
label-consultations = Open consultations held
label-tags = Tags
hint-tags = Free words separated by commas.
report-save-draft = Save draft
report-submit = Submit to the IGF Secretariat
history-reviews = Reviews
history-review = { $date }: version { $version }, { $decision }
history-versions = Submitted versions
history-version = Version { $version }, submitted { $date }
history-not-submitted = Not submitted yet.

## The IGF Secretariat's pages

queue-title = Review queue
queue-filter = Filter by state
label-order = Order
queue-due-asc = Due date, earliest first
queue-due-desc = Due date, latest first
queue-caption = { $status }: { $count ->
    [one] one report
   *[other] { $count } reports
}, by due date
queue-recognition = recognition
queue-times = ({ $count } times)
queue-none = No reports in this state: { $status }.
queue-applicants = Initiatives awaiting recognition
queue-registered = registered { $date }
review-title = Review: { $name } { $year }
review-back = Back to the queue
review-recognition-link = { $name }: recognition
review-heading = { $name }: { $year } report
review-submitted = submitted { $date }
review-comment = Comment to the secretariat
review-reason-reopen = Reason for reopening
review-comment-hint = Required when returning the report: say what to correct.
review-reopen-hint = Required: the secretariat sees it as the reviewer's comment.
review-accept = Accept
review-return = Return to the secretariat
review-reopen = Reopen
review-the-report = The report
recognition-title = Recognition: { $name }
recognition-heading = { $name }: recognition
recognition-checklist = Checklist
recognition-some-unmet-now = Some required criteria are not met.
recognition-computed = Computed { $date }.
recognition-caption = Recognition criteria
recognition-advisory = (advisory)
recognition-decide = Decide the status
label-new-status = New status
label-reason = Reason
recognition-button = Record the decision
recognition-past = Past decisions
recognition-reports = Reports
jobs-title = Failed jobs
jobs-heading = Failed jobs and deliveries
jobs-retried = Job { $id } is queued again.
jobs-background = Background jobs
jobs-caption = Failed jobs
jobs-attempts = { $attempts } of { $max }
jobs-retry-hidden = job { $id }
jobs-none = No failed jobs.
jobs-deliveries = Webhook deliveries whose last attempt failed
jobs-deliveries-caption = Failed deliveries
jobs-redeliver-html = Redeliver through the API: <code>POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>.
jobs-no-deliveries = No failed deliveries.

## Dashboards

dashboards-title = Dashboards
dashboards-lead = What the initiatives reported, added up from accepted reports: participation, themes, key messages, and who has not reported yet.
dashboards-worldwide = Worldwide
dashboards-all = All initiatives, { $year }
dashboards-youth = Youth initiatives, { $year }
dashboards-by-region = By UN region
dashboards-forums = Regional and sub-regional forums
dashboards-forums-lead = Each forum's dashboard covers the initiatives that declare they contribute to it.
dashboard-all = All dashboards
dashboard-other-years = Other years
dashboard-year = Year:
dashboard-data = Data:
dashboard-atom = Atom feed
dashboard-json-feed = JSON Feed
dashboard-csv = CSV
dashboard-csv-key-messages = key messages
dashboard-csv-missing = who is missing
dashboard-json = JSON
dashboard-empty = Nothing has been aggregated for { $year } yet: no accepted report in this scope, or the worker has not run yet.
dashboard-reported = { $count ->
    [one] One initiative reported
   *[other] { $count } initiatives reported
}, of { $total } recognised.
dashboard-updated = Updated { $date }.
dashboard-figures-table = The figures as a table
dashboard-no-groups = No report in this scope gave a breakdown by stakeholder group.
dashboard-no-gender = No report in this scope gave a breakdown by gender.
dashboard-no-themes = No themes reported.
dashboard-key-messages = Key messages by theme
dashboard-no-key-messages = No key messages yet.
dashboard-included = Reports included
dashboard-participants = { $count ->
    [one] one participant
   *[other] { $count } participants
}
dashboard-missing = Not reported yet
dashboard-all-reported = Every recognised initiative in this scope has reported.

## Vocabularies: <vocabulary>-<value>, the value as the API spells it

kind-national = National
kind-regional = Regional
kind-subregional = Sub-regional
kind-youth = Youth
kind_initiative-national = National initiative
kind_initiative-regional = Regional initiative
kind_initiative-subregional = Sub-regional initiative
kind_initiative-youth = Youth initiative
region-africa = Africa
region-asia_pacific = Asia-Pacific
region-eastern_europe = Eastern Europe
region-grulac = GRULAC
region-weog = WEOG
status-new = Not started
status-draft = Draft
status-submitted = Submitted
status-returned = Returned
status-accepted = Accepted
status-overdue = Overdue
status-unknown = Unknown
status-applicant = Applicant
status-recognized = Recognized
status-suspended = Suspended
status-lapsed = Lapsed
status-withdrawn = Withdrawn
status-met = Met
status-not_met = Not met
group-government = Government
group-private_sector = Private sector
group-civil_society = Civil society
group-technical_community = Technical community
group-academia = Academia
group-intergovernmental = Intergovernmental organisations
committee_role-chair = Chair
committee_role-co_chair = Co-chair
committee_role-member = Member
committee_role-focal_point = Focal point
committee_role-youth_representative = Youth representative
gender-female = Female
gender-male = Male
gender-other = Other
gender-undisclosed = Not disclosed
role-focal_point = Focal point
role-editor = Editor
role-viewer = Viewer
theme-access_and_connectivity = Access and connectivity
theme-cybersecurity_and_trust = Cybersecurity and trust
theme-human_rights_and_freedoms = Human rights and freedoms
theme-ai_and_emerging_technologies = AI and emerging technologies
theme-data_governance = Data governance
theme-digital_inclusion = Digital inclusion
theme-environment = Environment
theme-content_governance = Content governance
theme-infrastructure_and_critical_resources = Infrastructure and critical resources
theme-capacity_building = Capacity building
theme-internet_fragmentation = Internet fragmentation
theme-youth_engagement = Youth engagement
theme-gender = Gender
format-in_person = In person
format-hybrid = Hybrid
format-online = Online
session_type-plenary = Plenary
session_type-panel = Panel
session_type-workshop = Workshop
session_type-side_event = Side event
level-regional = Regional level
level-global = Global level
principle-open_transparent = Open and transparent
principle-inclusive = Inclusive
principle-bottom_up = Bottom-up
principle-multistakeholder = Multistakeholder
principle-non_commercial = Non-commercial
decision-edit = edited
decision-submit = submitted
decision-accept = accepted
decision-return = returned
decision-reopen = reopened
link-agenda = Agenda
link-full_report = Full report
link-recordings = Recordings
link-photos = Photos
invitation_status-pending = pending
invitation_status-accepted = accepted
invitation_status-revoked = revoked
invitation_status-expired = expired

# Notifications, e-mail verification and unsubscribing
account-email-confirmed = (confirmed)
account-email-unconfirmed = (not confirmed yet)
account-verify-heading = Confirm your e-mail address
account-verify-lead = Until you follow the link in the message we sent to { $email }, the registry sends it no notifications. No message?
account-verify-resend = Send the link again
account-notifications-heading = E-mail notifications
account-notifications-legend = E-mail me when
account-notifications-button = Save notification choices
account-notifications-note = You only receive those that concern your roles. Each message also has a link that turns its kind off.
notification-report_submitted = a report is submitted for review
notification-report_returned = a report is returned for changes
notification-report_accepted = a report is accepted
notification-report_reopened = an accepted report is reopened
notification-report_due = a report is due soon or overdue
notification-new_applicant = a new initiative registers
notification-at_risk = an initiative is at risk
flash-notifications-saved = Your notification choices were saved.
flash-signed-up = A message is on its way to this address. If the address already had an account, sign in with its password, or choose a new one with “Forgot your password?”.
flash-verification-sent = A message with a link to confirm your e-mail address is on its way. The link works once, for 48 hours.
verify-title = Confirm your e-mail address
verify-done = Your e-mail address is confirmed. Thank you.
verify-go-account = Go to your account
verify-lead = Confirm that this e-mail address is yours, so that the registry can send you notifications.
verify-button = Confirm my address
verify-ask-again-account-html = <a href="/account">Ask for a new link from your account page</a>.
verify-ask-again-html = This page needs the link from the message we sent. <a href="/sign-in">Sign in</a> to ask for a new one from your account page.
unsubscribe-title = Stop these e-mails
unsubscribe-done = Done: you will no longer receive e-mails when { $what }.
unsubscribe-others = Other notifications still arrive.
unsubscribe-choose = Choose what you receive.
unsubscribe-sign-in = Sign in to choose what you receive on your account page.
unsubscribe-lead = Following this link turns off one kind of notification, the kind of the message it came in, for the account it was sent to. Nothing else changes.
unsubscribe-needs-link = This page needs the link from the message we sent: open it from the e-mail.
error-unreadable-form = The form could not be read in full. Go back and send it again.

## phone
report-add-key-message = Add another key message
report-add-recommendation = Add another recommendation
report-add-session = Add another session
report-add-another-hint = Fill in the empty entry. To add more before saving, use the “Add another” button: it keeps everything you typed and saves nothing.
report-added-unsaved = An empty entry was added. Nothing is saved until you save the draft or submit.
label-find-country = Find a country
hint-coverage-checks = Tick every country covered. The list is in alphabetical order.
## pages
map-directory-title = Countries with a recognised initiative
map-dashboard-title = Countries of the initiatives whose reports are included
map-dashboard-heading = Where the reports come from
map-list = { $count ->
    [one] The country as a list
   *[other] The { $count } countries as a list
}
map-none = No country yet.
initiative-social-links = Social media
initiative-youth-track-of = Youth track of
initiative-youth-tracks = Youth tracks
initiative-listed-members = Members who agreed to be listed
dashboard-all-of = { $count ->
    [one] See it on its own page
   *[other] See all { $count }
}
dashboard-awaiting-count = { $count ->
    [one] One more report has been submitted and is awaiting review.
   *[other] { $count } more reports have been submitted and are awaiting review.
}
dashboard-awaiting = Awaiting review
dashboard-awaiting-lead = These initiatives have submitted their report; the IGF Secretariat has not reviewed it yet.
dashboard-none-awaiting = No report is awaiting review.
dashboard-none-missing = Every other recognised initiative in this scope has submitted its report.
dashboard-key-messages-count = { $count ->
    [one] One key message.
   *[other] { $count } key messages.
}
dashboard-all-on-theme = { $count ->
    [one] The key message on this theme
   *[other] All { $count } key messages on this theme
}
dashboard-recommendations = Recommendations
dashboard-addressed-to = Addressed to: { $level }
dashboard-no-recommendations = No recommendation to the regional or global level yet.
dashboard-history = Across the years
dashboard-history-caption = Reporting rate and participation per year
col-reporting = Reported
col-recognised = Recognised
col-reporting-rate = Reporting rate
chart-reporting-rate = Reporting rate per year (% of recognised initiatives)
chart-participants-years = Participants per year
dashboard-back = Back to the dashboard of { $year }
dashboard-list-count = { $count ->
    [one] One entry.
   *[other] { $count } entries.
}
dashboard-list-page = Page { $page } of { $pages }.
dashboard-list-pages = Pages of the list
dashboard-list-previous = Previous page
dashboard-list-next = Next page
dashboard-list-contributing = Reports included
dashboard-list-awaiting = Awaiting review
dashboard-list-missing = Not reported yet
dashboard-list-key_messages = Key messages
dashboard-list-recommendations = Recommendations
## review-print

version-title = { $name } { $year } report, version { $version }
version-heading = { $name }: { $year } annual report, version { $version }
version-back-review = Back to the review of this report
version-back-workspace = Back to the report
version-all = Submitted versions:
version-changes = What changed
version-changes-since = What changed since version { $version }
version-first = This is the first submitted version: there is no earlier one to compare it with.
version-unchanged = Nothing changed since version { $version }.
version-changed-count = { $count ->
    [one] One field changed.
   *[other] { $count } fields changed.
}
version-col-field = Field
version-col-change = Change
version-col-before = Version { $version }
version-col-after = Version { $version }
version-content = Version { $version } as submitted
version-yes = Yes
version-no = No
version-open = open
version-what-changed = what changed
version-submitted-versions = submitted versions
diff-change-added = Added
diff-change-removed = Removed
diff-change-changed = Changed
diff-field-edition = Edition
diff-field-start_date = First day
diff-field-end_date = Last day
diff-field-city = City
diff-field-country = Country
diff-field-venue = Venue
diff-field-format = Format
diff-field-open_call = Open call for session proposals
diff-field-open_call_date = Date of the open call
diff-field-consultations = Open consultations held
diff-field-participants_total = Participants in all
diff-field-participants_online = Participants online
diff-field-participants_youth = Youth participants
diff-field-countries_represented = Countries represented
diff-field-participants_by_group = Participants by stakeholder group
diff-field-participants_by_gender = Participants by gender
diff-field-themes = Themes
diff-field-tags = Tags
diff-field-key_messages = Key messages
diff-field-recommendations = Recommendations
diff-field-sessions = Sessions
diff-field-languages = Languages of the event
diff-field-links = Links
compilation-link = Printable compilation of the key messages and recommendations
compilation-title = Compilation: { $scope }, { $year }
compilation-heading = { $scope }: key messages and recommendations, { $year }
compilation-back = Back to the dashboard
compilation-print-hint = Print this page, or save it as a PDF, for an A4 document with one page per theme.
compilation-participation = Participation
compilation-key-messages = { $count ->
    [one] One key message
   *[other] { $count } key messages
}
compilation-addressed-to = Addressed to: { $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = Organising committee spans at least three stakeholder groups
criterion-focal_point = A focal point with a working e-mail
criterion-website = A website, reachable when last checked
criterion-principles = All five principles attested for the current or previous year
criterion-annual_report = An accepted annual report for the last completed cycle, submitted on time
criterion-diversity = Advisory: gender and geographic diversity of the committee

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = no committee members with a current term
evidence-committee-groups = current committee covers { $count } stakeholder { $count ->
        [one] group
       *[other] groups
    }: { $groups }
evidence-focal-point = focal point { $name } with an e-mail address on file (deliverability is not tested)
evidence-focal-point-none = no focal point named in the secretariat
evidence-focal-point-no-email = focal point { $name } has no valid e-mail address
evidence-website-none = no website on the profile
evidence-website-not-checked = { $url } has not been checked yet
evidence-website-changed = the website changed to { $url } since the last check (of { $checked_url })
evidence-website-answered = { $url } answered HTTP { $http_status } when checked at { $checked_at }
evidence-website-no-answer = { $url } did not answer ({ $error }) when checked at { $checked_at }
evidence-website-no-answer-without-error = { $url } did not answer when checked at { $checked_at }
evidence-principles-attested = all five attested for { $year }
evidence-principles-missing = { $year }: not attested: { $missing }
evidence-principles-stale = the latest attestation is for { $latest }; none for { $previous } or { $current }
evidence-principles-none = no attestation for { $previous } or { $current }
evidence-report-none = no report for { $year }
evidence-report-on-time = the { $year } report was accepted and submitted on time
evidence-report-late = the { $year } report was first submitted { $days } { $days ->
        [one] day
       *[other] days
    } after it was due
evidence-report-pending = the { $year } report was submitted on time and is not accepted yet (status: { $status })
evidence-report-draft-not-due = the { $year } report is a draft, not due until { $due }
evidence-report-never-submitted = the { $year } report was never submitted
evidence-diversity = gender: { $disclosed } of { $members } members disclosed ({ $gender ->
        [met] balanced
        [not_met] one gender holds over two thirds
       *[unknown] too few disclosed to judge
    }); geography: { $places } { $unit ->
        [cities] cities
       *[countries] countries
    } represented ({ $geography ->
        [met] diverse
        [not_met] a single one
       *[unknown] no data
    })
evidence-at-risk-not-recognised = not recognised, so never at risk
evidence-at-risk-no-accepted-report = no accepted report for { $first } or { $second }
evidence-at-risk-accepted-reports = accepted reports for { $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }, { $year }
scope-year-list = { $scope }, { $year }: { $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = must be 2 to 64 characters of a-z, 0-9 and -
invalid-tag-length = must be 1 to 60 characters
invalid-network-name = the network's name must be 1 to 40 characters
invalid-too-many-bytes = must be at most { $max } bytes
invalid-not-email = “{ $value }” is not an e-mail address
invalid-not-country = “{ $value }” is not a country code (two letters, such as LR)
invalid-not-language-tag = “{ $value }” is not a language tag such as en or pt-BR
invalid-not-web-address = “{ $value }” is not a web address (http or https)
invalid-slug-reserved = “{ $value }” is reserved; choose another
invalid-not-year = “{ $value }” is not a year
invalid-established-year = must be a year from 1995 to { $last }
invalid-outside-year = { $date } is outside the report's year, { $year }
invalid-above-total = adds up to { $part }, above the total of { $total }
invalid-region-derived = comes from the country for a national initiative: { $country } is in { $region }
invalid-control-single-line = must not contain control characters (found U+{ $code }); this is a one-line text
invalid-control-characters = must not contain control characters other than tabs and line breaks (found U+{ $code })
list-and-more = and { $count } more
problem-validation = Some of what was sent is not valid.
problem-unauthorized = Sign in to do this.
problem-forbidden = Your roles do not allow this.
problem-not-found = Nothing is there, or it is not visible to you.
problem-concurrent-change = Someone changed this at the same moment. Reload the page and try again.
problem-contributes-to-cycle = This link would make an initiative feed into itself.
problem-delivery-pending = This delivery is still being tried; wait until it ends.
problem-email-confirmed = This e-mail address is already confirmed.
problem-invalid-transition = The report's state does not allow this now. Reload the page to see what it allows.
problem-invitation-pending = This address already has an invitation waiting.
problem-invitation-unusable = This invitation cannot be used: it has expired, been used or been withdrawn.
problem-last-focal-point = An initiative must keep at least one focal point.
problem-slug-taken = This short name is already used by another initiative.
problem-precondition-required = This page is out of date. Reload it and apply your change again.
problem-precondition-failed = Someone changed this since the page was shown. Reload it and apply your change again.
problem-payload-too-large = What was sent is too large.
problem-unsupported-media-type = What was sent is not in a form the service reads.
problem-rate-limited = Too many attempts. Wait a moment and try again.
problem-unavailable = The service is busy. Try again in a moment.
problem-internal = The service could not answer; try again in a moment.
