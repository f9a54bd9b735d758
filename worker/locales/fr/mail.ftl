# Review: machine-drafted, awaiting review by a native speaker from the NRI network.
# Les courriels du registre des NRI (voir worker/locales/en/mail.ftl).

mail-brand = Registre des NRI
mail-hello = Bonjour { $name },
mail-hello-anonymous = Bonjour,
mail-copy-link = Ou copiez cette adresse dans votre navigateur : { $link }
mail-sent-by = Ce message a été envoyé par le registre des NRI, { $url }.
mail-stop-all = Ne plus recevoir ces messages
mail-signature = Le registre des NRI, { $url }
mail-within-hours = { $hours ->
    [one] une heure
   *[other] { $hours } heures
}
mail-within-days = { $days ->
    [one] un jour
   *[other] { $days } jours
}
mail-link-once = Le lien ne fonctionne qu’une fois.

password-reset-subject = Réinitialiser votre mot de passe du registre des NRI
password-reset-body = Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte du registre des NRI, { $email }. Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai de { $valid_for } :
password-reset-button = Choisir un nouveau mot de passe
password-reset-ignore = Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

email-verification-subject = Confirmez votre adresse électronique pour le registre des NRI
email-verification-body = Un compte du registre des NRI a été créé avec cette adresse, { $email }. Pour confirmer qu’elle est bien la vôtre, ouvrez ce lien dans un délai de { $valid_for } :
email-verification-button = Confirmer mon adresse
email-verification-after = Tant que l’adresse n’est pas confirmée, le registre ne lui envoie aucune notification ; vous pouvez vous connecter en attendant. Si vous n’avez pas créé ce compte, ignorez ce message.

account-exists-subject = Vous avez déjà un compte sur le registre des NRI
account-exists-body = Quelqu’un (vous, nous l’espérons) vient d’essayer de créer un compte du registre des NRI avec cette adresse, { $email }. Vous en avez déjà un : rien n’a été créé.
account-exists-sign-in = Se connecter
account-exists-forgot = Mot de passe oublié ?
account-exists-choose = En choisir un nouveau
account-exists-ignore = Si ce n’était pas vous, ignorez ce message : votre compte est inchangé.

invitation-subject = Vous êtes invité·e à rejoindre { $initiative } sur le registre des NRI
invitation-body = { $inviter } vous invite à rejoindre { $initiative } sur le registre des NRI en tant que { $role }. Pour accepter, ouvrez ce lien dans un délai de { $valid_for }, puis connectez-vous ou créez un compte :
invitation-button = Voir l’invitation
invitation-ignore = Si vous ne savez pas pourquoi vous recevez ce message, ignorez-le.
mail-role-focal_point = point focal
mail-role-editor = rédacteur·rice
mail-role-viewer = lecteur·rice

notice-why-member = Vous recevez ce message en tant que point focal ou rédacteur·rice de { $name } sur le registre des NRI.
notice-why-reviewer = Vous recevez ce message en tant que membre du Secrétariat de l’IGF sur le registre des NRI.
notice-why-focal-point = Vous recevez ce message en tant que point focal de { $name } sur le registre des NRI.
notice-stop = Ne plus recevoir de courriel quand { $kind }
notice-no-comment = (aucun commentaire n’a été donné)
notice-open-report = Ouvrir le rapport
notice-review-report = Examiner le rapport
notice-review-initiative = Examiner l’initiative
notice-open-workspace = Ouvrir l’espace de travail
notice-see-published = Voir le rapport publié

notice-submitted-subject = { $name } a soumis son rapport { $year } pour examen
notice-submitted-body = { $name } a soumis son rapport annuel { $year }. Il attend dans la file d’examen : acceptez-le, ou renvoyez-le en indiquant ce qu’il faut corriger.

notice-returned-subject = Votre rapport { $year } a été renvoyé pour modifications
notice-returned-body = Le Secrétariat de l’IGF a renvoyé le rapport annuel { $year } de { $name } pour modifications. L’examinateur a écrit :
notice-returned-next = Corrigez le rapport et soumettez-le à nouveau.

notice-accepted-subject = Votre rapport { $year } a été accepté
notice-accepted-body = Le Secrétariat de l’IGF a accepté le rapport annuel { $year } de { $name }. Il est désormais public et compte dans les agrégats régionaux et mondiaux.

notice-reopened-subject = Votre rapport { $year } accepté a été rouvert
notice-reopened-body = Le Secrétariat de l’IGF a rouvert le rapport annuel { $year } accepté de { $name }, afin qu’il puisse être corrigé. Motif indiqué :
notice-reopened-next = Il ne compte plus dans les agrégats tant qu’il n’est pas soumis et accepté à nouveau.

notice-due-subject = Rappel : le rapport { $year } de { $name } est attendu le { $due }
notice-due-body = Le rapport annuel { $year } de { $name } est attendu le { $due } (90 jours après la fin de l’événement) et n’a pas encore été soumis.
notice-overdue-subject = Le rapport { $year } de { $name } est en retard
notice-overdue-body = Le rapport annuel { $year } de { $name } était attendu le { $due } et n’a pas été soumis. Il apparaît désormais en retard pour le Secrétariat de l’IGF et les forums régionaux.
notice-due-next = Complétez le rapport et soumettez-le pour examen.

notice-applicant-subject = Nouvelle initiative inscrite : { $name }
notice-applicant-body = { $name } s’est inscrite sur le registre des NRI et attend sa reconnaissance. Vérifiez-la au regard des critères de reconnaissance et enregistrez une décision.

notice-at-risk-subject = { $name } est à risque : aucun rapport accepté pour { $first } ni { $second }
notice-at-risk-body = { $name } est reconnue mais n’a aucun rapport annuel accepté pour les deux derniers cycles ({ $first } et { $second }) : elle est signalée à risque.
notice-at-risk-reviewer = Ce signalement est indicatif : il ne change aucun statut.
notice-at-risk-member = Soumettre les rapports manquants lève le signalement ; le Secrétariat de l’IGF peut vous aider.

notice-kind-report_submitted = un rapport est soumis pour examen
notice-kind-report_returned = un rapport est renvoyé pour modifications
notice-kind-report_accepted = un rapport est accepté
notice-kind-report_reopened = un rapport accepté est rouvert
notice-kind-report_due = un rapport arrive à échéance ou est en retard
notice-kind-new_applicant = une nouvelle initiative s’inscrit
notice-kind-at_risk = une initiative est à risque
