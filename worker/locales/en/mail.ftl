# Review: source text (English), reviewed by the team.
# The e-mail the NRI Registry sends, in Project Fluent syntax. Each message is
# written in the recipient's language (their preference on the account page),
# English when they have none. Links, names and the reviewers' own words are
# filled in as written.

## Every message

mail-brand = NRI Registry
mail-hello = Hello { $name },
mail-hello-anonymous = Hello,
mail-copy-link = Or copy this address into your browser: { $link }
mail-sent-by = This message was sent by the NRI Registry at { $url }.
mail-stop-all = Stop receiving these messages
mail-signature = The NRI Registry, { $url }
mail-within-hours = { $hours ->
    [one] one hour
   *[other] { $hours } hours
}
mail-within-days = { $days ->
    [one] one day
   *[other] { $days } days
}
mail-link-once = The link works once.

## Password reset

password-reset-subject = Reset your NRI Registry password
password-reset-body = Someone (we hope you) asked to reset the password of your NRI Registry account, { $email }. To choose a new password, open this link within { $valid_for }:
password-reset-button = Choose a new password
password-reset-ignore = If you did not ask for this, ignore this message: your password stays as it is.

## E-mail verification

email-verification-subject = Confirm your e-mail address for the NRI Registry
email-verification-body = An NRI Registry account was created with this address, { $email }. To confirm that the address is yours, open this link within { $valid_for }:
email-verification-button = Confirm my address
email-verification-after = Until the address is confirmed, the registry sends it no notifications; you can sign in meanwhile. If you did not create this account, ignore this message.

## Someone signed up with an address that has an account

account-exists-subject = You already have an NRI Registry account
account-exists-body = Someone (we hope you) just tried to create an NRI Registry account with this address, { $email }. You already have one, so nothing was created.
account-exists-sign-in = Sign in
account-exists-forgot = Forgot your password?
account-exists-choose = Choose a new one
account-exists-ignore = If it was not you, ignore this message: your account is unchanged.

## Invitation to a role

invitation-subject = You are invited to { $initiative } on the NRI Registry
invitation-body = { $inviter } invites you to join { $initiative } on the NRI Registry as { $role }. To accept, open this link within { $valid_for }, then sign in or create an account:
invitation-button = See the invitation
invitation-ignore = If you do not know why you got this, ignore it.
mail-role-focal_point = focal point
mail-role-editor = editor
mail-role-viewer = viewer

## Notifications

notice-why-member = You receive this as a focal point or editor of { $name } on the NRI Registry.
notice-why-reviewer = You receive this as a member of the IGF Secretariat on the NRI Registry.
notice-why-focal-point = You receive this as the focal point of { $name } on the NRI Registry.
notice-stop = Stop e-mails when { $kind }
notice-no-comment = (no comment was given)
notice-open-report = Open the report
notice-review-report = Review the report
notice-review-initiative = Review the initiative
notice-open-workspace = Open the workspace
notice-see-published = See the published report

notice-submitted-subject = { $name } submitted its { $year } report for review
notice-submitted-body = { $name } has submitted its annual report for { $year }. It is waiting in the review queue: accept it, or return it with what to correct.

notice-returned-subject = Your { $year } report was returned for changes
notice-returned-body = The IGF Secretariat returned the { $year } annual report of { $name } for changes. The reviewer wrote:
notice-returned-next = Correct the report and submit it again.

notice-accepted-subject = Your { $year } report was accepted
notice-accepted-body = The IGF Secretariat accepted the { $year } annual report of { $name }. It is now public and counts in the regional and global aggregates.

notice-reopened-subject = Your accepted { $year } report was reopened
notice-reopened-body = The IGF Secretariat reopened the accepted { $year } annual report of { $name }, so it can be corrected. The reason given:
notice-reopened-next = It no longer counts in the aggregates until it is submitted and accepted again.

notice-due-subject = Reminder: the { $year } report of { $name } is due on { $due }
notice-due-body = The { $year } annual report of { $name } is due on { $due } (90 days after the event ended), and it has not been submitted yet.
notice-overdue-subject = The { $year } report of { $name } is overdue
notice-overdue-body = The { $year } annual report of { $name } was due on { $due } and has not been submitted. It now shows as overdue to the IGF Secretariat and the regional forums.
notice-due-next = Complete the report and submit it for review.

notice-applicant-subject = New initiative registered: { $name }
notice-applicant-body = { $name } has registered on the NRI Registry and awaits recognition. Check it against the recognition criteria and record a decision.

notice-at-risk-subject = { $name } is at risk: no accepted report for { $first } or { $second }
notice-at-risk-body = { $name } is recognised but has no accepted annual report for either of the last two cycles ({ $first } and { $second }), so it is flagged at risk.
notice-at-risk-reviewer = The flag is advisory: it changes no status.
notice-at-risk-member = Submitting the missing reports lifts the flag; the IGF Secretariat can help.

## What each kind of notification is called where a person turns it off

notice-kind-report_submitted = a report is submitted for review
notice-kind-report_returned = a report is returned for changes
notice-kind-report_accepted = a report is accepted
notice-kind-report_reopened = an accepted report is reopened
notice-kind-report_due = a report is due soon or overdue
notice-kind-new_applicant = a new initiative registers
notice-kind-at_risk = an initiative is at risk
