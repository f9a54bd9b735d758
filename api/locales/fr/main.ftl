# Review: machine-drafted by the developers, not yet reviewed by a native speaker. Corrections welcome.
#
# Français. Les identifiants sont ceux de en/main.ftl ; ceux qui finissent
# par -html contiennent des balises : gardez-les telles quelles.

## Cadre de chaque page

site-name = Registre des NRI
skip-link = Aller au contenu
nav-main = Principal
nav-directory = Annuaire
nav-dashboards = Tableaux de bord
nav-review = File d'examen
nav-jobs = Tâches en échec
nav-account = Compte
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-language = Langue
footer-about-html = Le registre des initiatives nationales, régionales, sous-régionales et jeunesse de l'IGF. Les données sont aussi disponibles par l'<a href="/docs">API</a>.

## Formulaires et tableaux

form-required = (obligatoire)
form-error-prefix = Erreur :
form-choose = Choisir…
form-choose-country = Choisir un pays…
error-summary-title = Il y a un problème
table-scrolls = Tableau, défile horizontalement sur petit écran
back-to-workspace = Retour à l'espace de travail
action-remove = Retirer
action-change = Modifier
action-revoke = Révoquer
action-retry = Relancer
action-save = Enregistrer
action-filter = Filtrer
action-show = Afficher
none = Aucun.
none-yet = Aucun pour l'instant.
not-given-yet = Pas encore renseigné.
date-range = du { $start } au { $end }
history = Historique
label-state = État :
report-due = échéance le { $date }

## Libellés des champs

label-name = Nom
label-your-name = Votre nom
label-email = Adresse électronique
label-email-short = Courriel
label-password = Mot de passe
label-password-again = Mot de passe (confirmation)
label-current-password = Mot de passe actuel
label-new-password = Nouveau mot de passe
label-new-password-again = Nouveau mot de passe (confirmation)
label-kind = Type
label-un-region = Région de l'ONU
label-country = Pays
label-country-national = Pays (initiatives nationales)
label-country-required = Pays (obligatoire)
label-region-regional = Région de l'ONU (initiatives régionales et jeunesse)
label-coverage = Couverture
label-coverage-regional = Pays couverts (initiatives régionales)
label-slug = Adresse courte
label-acronym = Sigle
label-description = Description
label-description-lang = Description ({ $lang })
label-website = Site web
label-public-email = Adresse électronique publique
label-established = Année de création
label-working-languages = Langues de travail
label-city = Ville
label-focal-point = Point focal
label-organisation = Organisation
label-stakeholder-group = Groupe de parties prenantes
label-role = Rôle
label-gender = Genre
label-year = Année
label-status = Statut :
label-theme = Thème
label-type = Type
label-edition = Édition
label-format = Format
label-participants = Participants
label-online = En ligne
label-youth = Jeunes
label-countries-represented = Pays représentés
hint-password = Au moins 10 caractères, et pas l'un des mots de passe les plus courants.
hint-languages = Codes de langue séparés par des virgules, par ex. en, fr.
hint-commas = Séparés par des virgules.

## Colonnes des tableaux

col-initiative = Initiative
col-kind = Type
col-un-region = Région de l'ONU
col-country-coverage = Pays ou couverture
col-stakeholder-group = Groupe de parties prenantes
col-members = Membres
col-group = Groupe
col-gender = Genre
col-participants = Participants
col-name = Nom
col-created = Créé le
col-last-used = Dernière utilisation
col-expires = Expire le
col-action = Action
col-actions = Actions
col-year = Année
col-state = État
col-due = Échéance
col-role = Rôle
col-term = Mandat
col-member = Membre
col-since = Depuis
col-email = Adresse électronique
col-sent = Envoyée le
col-submitted = Soumis le
col-criterion = Critère
col-outcome = Résultat
col-evidence = Éléments probants
col-job = Tâche
col-attempts = Tentatives
col-last-error = Dernière erreur
col-updated = Mise à jour
col-subscription = Abonnement
col-event = Événement

## Pages d'erreur et refus

error-go-home-html = <a href="/">Aller à la page d'accueil</a> ou <a href="/initiatives">parcourir l'annuaire</a>.
error-expired-title = Ce formulaire a expiré
error-expired-detail = Le formulaire n'a pas été envoyé depuis une page de ce site, ou votre session a changé depuis son affichage. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
error-render-title = Erreur
error-render-detail = Cette page n'a pas pu être affichée. L'erreur a été consignée.
error-not-found-title = Introuvable
error-forbidden-title = Non autorisé
error-forbidden-ask = Demandez un rôle au point focal de votre initiative ou au Secrétariat de l'IGF.
error-server-title = Une erreur s'est produite
error-server-detail = Le service n'a pas pu répondre ; réessayez dans un instant.
error-refused-title = Impossible de faire cela
error-page-not-found-title = Page introuvable
error-page-not-found-detail = Il n'y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.
error-unpublished-title = Ce rapport n'est pas publié
error-unpublished-detail = Les rapports sont publiés une fois acceptés par le Secrétariat de l'IGF.
error-dashboard-scope = Les tableaux de bord portent sur le monde entier, une région de l'ONU, les initiatives jeunesse et chaque forum régional.
error-invitation-unusable = Cette invitation ne peut pas être utilisée
error-unknown-action-title = Action inconnue
error-unknown-action-detail = Choisissez accepter, renvoyer ou rouvrir.

## Confirmations

flash-password-reset = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
flash-password-changed = Votre mot de passe a été changé. Vos autres sessions de navigateur ont été fermées.
flash-language-saved = Votre langue est enregistrée.
flash-registered = Votre initiative est enregistrée et vous en êtes le point focal. Le Secrétariat de l'IGF l'examinera en vue de sa reconnaissance.
flash-member-role = { $email } a désormais le rôle : { $role }.
flash-member-removed = Le membre a été retiré.
flash-invitation-sent = Une invitation a été envoyée à { $email }.
flash-invitation-revoked = L'invitation est révoquée.
flash-report-submitted = Votre rapport est soumis. Le Secrétariat de l'IGF va l'examiner ; vous verrez sa décision ici.
flash-draft-saved = Brouillon enregistré.
flash-report-done = { $done ->
    [accepted] Le rapport est accepté.
    [returned] Le rapport est renvoyé à son secrétariat.
   *[other] Le rapport est rouvert.
}
flash-status-now = Le statut est désormais : { $status }.
flash-reset-sent = Si un compte correspond à cette adresse électronique, un message avec un lien pour choisir un nouveau mot de passe est en route. Le lien fonctionne une seule fois, pendant une heure.

## Problèmes affichés au-dessus d'un formulaire

problem-sign-in-wrong = L'adresse électronique ou le mot de passe est incorrect.
problem-correct-fields = Veuillez corriger les champs ci-dessous.
problem-correct-field = Veuillez corriger le champ ci-dessous.
problem-email-taken = Un compte existe déjà avec cette adresse électronique : connectez-vous plutôt.
problem-stale = Quelqu'un d'autre a enregistré cette page depuis que vous l'avez ouverte. Vos modifications figurent ci-dessous et n'ont pas été enregistrées : comparez-les à la version actuelle et enregistrez de nouveau.
problem-count = { $count ->
    [one] { $count } problème doit être corrigé avant de pouvoir enregistrer.
   *[other] { $count } problèmes doivent être corrigés avant de pouvoir enregistrer.
}
problem-nothing-saved = Veuillez corriger les champs signalés ci-dessous ; rien n'a été enregistré.
problem-not-submittable = { $count ->
    [one] Votre brouillon est enregistré, mais il ne peut pas encore être soumis : { $count } problème est indiqué ci-dessous.
   *[other] Votre brouillon est enregistré, mais il ne peut pas encore être soumis : { $count } problèmes sont indiqués ci-dessous.
}

## Messages à côté d'un champ

invalid-sign-in = vérifiez l'adresse électronique et le mot de passe
invalid-passwords-differ = les deux mots de passe sont différents
invalid-member-email = saisissez l'adresse électronique avec laquelle la personne s'est inscrite
invalid-no-account = aucun compte n'a cette adresse électronique : demandez-lui d'abord de créer un compte
invalid-choose-kind = choisissez le type de cette initiative
invalid-required = est obligatoire
invalid-listed-twice = figure deux fois
invalid-address = n'est pas une adresse valide
invalid-url = n'est pas une adresse web
invalid-language-tag = n'est pas un code de langue tel que en ou pt-BR
invalid-before-start = est antérieur au premier jour
invalid-before-term-start = est antérieur au début du mandat
invalid-venue-required = est obligatoire sauf si l'événement s'est tenu en ligne
invalid-country-required = est obligatoire pour une initiative nationale
invalid-region-required = est obligatoire sauf pour une initiative nationale
invalid-key-message-required = au moins un message clé est requis
invalid-text-required = nécessite un texte dans au moins une langue
invalid-not-working-language = n'est pas l'une des langues de travail de l'initiative
invalid-whole-number = doit être un nombre entier, par exemple 120
invalid-common-password = est l'un des mots de passe les plus courants ; choisissez-en un plus difficile à deviner
invalid-wrong-password = n'est pas le mot de passe de ce compte
invalid-year = n'est pas une année
invalid-repeated-character = ne doit pas être un seul caractère répété
invalid-too-long = doit compter au plus { $max } caractères
invalid-too-short = doit compter au moins { $min } caractères

## Noms des champs dans la liste des problèmes

field-name = nom
field-email = adresse électronique
field-password = mot de passe
field-password_again = confirmation du mot de passe
field-current_password = mot de passe actuel
field-new_password = nouveau mot de passe
field-new_password_again = confirmation du nouveau mot de passe
field-slug = adresse courte
field-kind = type
field-country = pays
field-un_region = région de l'ONU
field-coverage = pays couverts
field-description = description
field-website = site web
field-public_email = adresse électronique publique
field-established_year = année de création
field-working_languages = langues de travail
field-edition = édition
field-start_date = premier jour
field-end_date = dernier jour
field-format = format
field-venue = lieu
field-city = ville
field-languages = langues
field-themes = thèmes
field-participation = participation
field-total = participants au total
field-key_messages = messages clés
field-recommendations = recommandations
field-sessions = sessions
field-text = texte
field-theme = thème
field-title = titre
field-type = type
field-addressed_to = destinataire
field-links = liens
field-tags = mots-clés
field-comment = commentaire
field-reason = motif
field-status = statut
field-user = membre
field-evidence = éléments probants
field-role = rôle
field-term_start = début du mandat
field-term_end = fin du mandat
field-stakeholder_group = groupe de parties prenantes
field-host_organisation = organisation hôte
field-focal_point = point focal

## Graphiques et titres des tableaux de bord

chart-groups = Participants par groupe de parties prenantes
chart-gender = Participants par genre
chart-themes = Thèmes, selon le nombre d'initiatives qui les ont abordés
dashboard-title-global = Toutes les initiatives dans le monde
dashboard-title-region = Région de l'ONU : { $region }
dashboard-title-kind = Initiatives : { $kind }
dashboard-title-forum = { $forum } : les initiatives qui y contribuent
count-initiatives = { $count ->
    [one] { $count } initiative
   *[other] { $count } initiatives
}

## Page d'accueil

home-title = Accueil
home-heading = Le registre des initiatives nationales, régionales et jeunesse de l'IGF
home-lead = Plus de 160 initiatives du Forum sur la gouvernance de l'Internet (NRI) tiennent ici à jour leur profil, leur comité d'organisation et leurs rapports annuels. Le Secrétariat de l'IGF les examine, et les forums régionaux lisent ce que rapportent leurs initiatives.
home-your-initiatives = Vos initiatives
home-no-role-html = Vous n'avez encore aucun rôle dans une initiative. Si vous en animez une, <a href="/register">enregistrez-la</a> ; si elle est déjà enregistrée, demandez à son point focal de vous ajouter.
home-igf-html = En tant que Secrétariat de l'IGF : <a href="/review">examiner les rapports soumis</a>, <a href="/review?status=overdue">voir les rapports en retard</a> ou <a href="/review/jobs">vérifier les tâches en échec</a>.
home-find-heading = Trouver une initiative
home-find-html = L'<a href="/initiatives">annuaire des initiatives reconnues</a>, par type, région et pays, avec leurs secrétariats, leurs comités et leurs rapports acceptés.
home-run-heading = Vous animez une initiative ?
home-run-member-html = <a href="/register">Enregistrez votre initiative</a>, puis tenez son profil à jour et déposez votre rapport annuel.
home-run-visitor-html = <a href="/sign-up">Créez un compte</a> et enregistrez votre initiative, ou <a href="/sign-in">connectez-vous</a> pour déposer votre rapport annuel.
home-forums-heading = Forums régionaux
home-forums-html = Voyez ce que vos initiatives ont rapporté en { $year } : des <a href="/dashboards">tableaux de bord</a> de la participation, des thèmes et des messages clés, avec flux et CSV.
home-recognised-heading = Initiatives reconnues
home-all-recognised = Toutes les initiatives reconnues
home-developers-heading = Pour les développeurs
home-developers-html = Tout ce qui figure sur ces pages se trouve aussi dans l'<a href="/docs">explorateur de l'API</a> (<a href="/api/v1/openapi.json">document OpenAPI</a>). Les forums régionaux peuvent récupérer les flux <a href="/api/v1/feeds/global.atom">Atom</a> et <a href="/api/v1/feeds/global.json">JSON</a> ou s'abonner à des webhooks.

## Annuaire

directory-title = Annuaire
directory-heading = Annuaire des initiatives reconnues
directory-filter = Filtrer l'annuaire
directory-any-kind = Tous les types
directory-any-region = Toutes les régions
directory-any-country = Tous les pays
directory-caption = Initiatives reconnues
directory-next = Page suivante
directory-none = Aucune initiative reconnue ne correspond à ces filtres.

## Page publique d'une initiative

initiative-since = depuis { $year }
initiative-igf-html = En tant que Secrétariat de l'IGF : <a href="/review/initiatives/{ $slug }">liste de vérification de la reconnaissance et décision sur le statut</a>.
initiative-your-role-html = Votre rôle dans cette initiative : { $role }. <a href="/workspace/{ $slug }">Ouvrir son espace de travail</a>.
initiative-secretariat = Secrétariat
initiative-hosted-by = Hébergé par
initiative-supported-by = Avec le soutien de
initiative-committee = Comité d'organisation
committee-current = { $count ->
    [one] { $count } membre actuel.
   *[other] { $count } membres actuels.
}
committee-by-group-caption = Membres du comité par groupe de parties prenantes
initiative-no-committee = Aucun membre du comité n'est encore indiqué.
initiative-links = Liens avec d'autres initiatives
initiative-contributes-to = Contribue à :
initiative-reports = Rapports annuels
initiative-no-report = Aucun rapport accepté pour l'instant.

## Un rapport

report-title = { $name } : rapport { $year }
report-heading = { $name } : rapport annuel { $year }
report-accepted-on = Accepté par le Secrétariat de l'IGF le { $date }.
report-dates = Dates
report-where = Lieu
report-languages = Langues
report-themes = Thèmes
report-participation = Participation
caption-by-group = Par groupe de parties prenantes
caption-by-gender = Par genre
report-key-messages = Messages clés
report-recommendations = Recommandations
report-sessions = Sessions
report-links = Liens

## Connexion et inscription

sign-in-title = Connexion
sign-in-button = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account-html = Pas encore de compte ? <a href="/sign-up">Créez-en un</a>.
sign-up-title = Inscription
sign-up-heading = Créer un compte
sign-up-lead = Pour les secrétariats des initiatives nationales, régionales et jeunesse de l'IGF. Une fois inscrit, vous pouvez enregistrer votre initiative ou y être ajouté par son point focal.
sign-up-button = Créer le compte
sign-up-have-account-html = Vous avez déjà un compte ? <a href="{ $href }">Connectez-vous</a>.

## Page du compte

account-title = Votre compte
account-password-heading = Changer votre mot de passe
account-password-button = Changer le mot de passe
account-password-note = Le changer ferme vos autres sessions de navigateur ; vos jetons d'API continuent de fonctionner.
account-sessions-heading = Sessions et jetons d'API
account-sessions-lead = Chaque navigateur avec lequel vous vous êtes connecté, et chaque jeton d'API que vous avez créé. Fermez ceux que vous ne reconnaissez pas.
account-sessions-caption = Sessions et jetons
account-this-browser = (ce navigateur)
account-never = jamais
account-ended = fermée le { $date }
account-end = Fermer
account-language-heading = Langue des pages
account-language-lead = Les pages s'affichent dans cette langue lorsque vous êtes connecté, sauf si vous en choisissez une autre avec les liens de langue en haut de la page.
account-language-label = Langue
account-language-auto = Celle que demande mon navigateur
account-language-button = Enregistrer la langue

## Invitations

invitation-title = Invitation à rejoindre { $name }
invitation-lead-html = { $email } est invité à rejoindre <strong>{ $name }</strong> avec le rôle : { $role }. L'invitation fonctionne une seule fois, jusqu'au { $date }.
invitation-signed-in-as = Vous êtes connecté en tant que { $email }.
invitation-accept = Accepter l'invitation
invitation-sign-in-html = Pour l'accepter, <a href="/sign-in?next={ $next }">connectez-vous</a> ou <a href="/sign-up?next={ $next }">créez un compte</a> ; vous reviendrez ensuite ici.
invitation-unusable = Cette invitation est { $status } : elle ne peut plus être utilisée. Demandez-en une nouvelle au point focal de l'initiative.

## Mots de passe

forgot-title = Mot de passe oublié ?
forgot-no-message-html = Pas de message ? Vérifiez votre dossier de courrier indésirable, ou <a href="/forgot-password">redemandez</a> avec l'adresse utilisée lors de votre inscription.
forgot-back = Retour à la connexion
forgot-lead = Indiquez l'adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-button = M'envoyer un lien
reset-title = Choisir un nouveau mot de passe
reset-button = Définir le nouveau mot de passe
reset-note = Le définir vous déconnecte partout : tous les navigateurs et jetons d'API du compte cessent de fonctionner.
reset-no-token-html = Cette page nécessite le lien du message que nous avons envoyé. <a href="/forgot-password">Demander un nouveau lien</a>.

## Enregistrer une initiative

register-title = Enregistrer une initiative
register-heading = Enregistrer votre initiative
register-lead = Vous en devenez le point focal : vous pouvez ajouter des collègues, tenir son profil à jour et déposer ses rapports annuels. Le Secrétariat de l'IGF examine les nouvelles initiatives en vue de leur reconnaissance.
hint-name = Tel que l'initiative se nomme, par ex. Liberia Internet Governance Forum.
hint-slug = Lettres minuscules, chiffres et traits d'union, par ex. liberia-igf. Elle figure dans les liens et ne pourra plus changer.
register-region-derived = Déduite du pays
register-button = Enregistrer

## Espace de travail du secrétariat

workspace-title = { $name } : espace de travail
workspace-role = votre rôle : { $role }
workspace-role-igf = Secrétariat de l'IGF
workspace-public-page = page publique
workspace-reports-caption = Rapports par année
workspace-not-started = pas commencé
workspace-continue = Poursuivre le rapport { $year }
workspace-open = Ouvrir le rapport { $year }
workspace-start = Commencer le rapport { $year }
workspace-keep-current = Tenir votre initiative à jour
workspace-link-profile-html = <a href="/workspace/{ $slug }/profile">Profil</a> : nom, description, site web, langues
workspace-link-secretariat-html = <a href="/workspace/{ $slug }/secretariat">Secrétariat</a> : organisation hôte, point focal, contacts
workspace-link-committee-html = <a href="/workspace/{ $slug }/committee">Comité d'organisation</a>
workspace-link-links-html = <a href="/workspace/{ $slug }/links">Forums régionaux auxquels elle contribue</a>
workspace-link-principles-html = <a href="/workspace/{ $slug }/principles/{ $year }">Attestation des principes pour { $year }</a>
workspace-recognition = Critères de reconnaissance
recognition-all-met = Tous les critères obligatoires sont remplis.
recognition-some-unmet = Certains critères obligatoires ne sont pas encore remplis.
workspace-members = Membres
workspace-manage-members = Ajouter ou modifier des membres
workspace-all-members = Tous les membres et leurs rôles

## Profil, secrétariat, comité, principes, membres, forums

profile-title = Profil
profile-saved = Profil enregistré.
profile-button = Enregistrer le profil
secretariat-title = Secrétariat
secretariat-saved = Secrétariat enregistré.
label-host = Organisation hôte
label-host-group = Groupe de parties prenantes de l'hôte
label-hosting-arrangement = Modalités d'hébergement
label-agreement-date = Date de l'accord d'hébergement
hint-focal-email = Visible uniquement des membres et du Secrétariat de l'IGF.
label-contact-emails = Adresses électroniques de contact
label-supporting = Organisations de soutien
secretariat-button = Enregistrer le secrétariat
committee-title = Comité d'organisation
committee-caption = Membres du comité
committee-not-listed = (non affiché publiquement)
committee-add = Ajouter un membre
option-not-given = Non renseigné
label-term-start = Début du mandat
label-term-end = Fin du mandat
committee-list-publicly = Afficher ce membre publiquement (nom et organisation sur la page de l'initiative)
committee-button = Ajouter le membre
principles-title = Principes { $year }
principles-heading = Attestation des principes pour { $year }
principles-lead = Les NRI de l'IGF suivent cinq principes. Attestez chacun de ceux que votre initiative a suivis en { $year } et expliquez comment ; des éléments probants sont requis pour chaque principe attesté.
principles-saved = Attestation enregistrée.
principles-followed = Nous avons suivi ce principe en { $year }
principles-evidence = Comment (éléments probants)
principles-evidence-links = Liens vers les éléments probants
principles-button = Enregistrer l'attestation
members-title = Membres
members-heading = { $name } : membres
members-lead = Les points focaux gèrent l'initiative et ses membres ; les rédacteurs tiennent à jour le profil et les rapports ; les lecteurs peuvent tout consulter, y compris les brouillons.
members-caption = Membres et leurs rôles
members-new-role-for = Nouveau rôle pour { $name }
members-change-hidden = le rôle de { $name }
members-pending = Invitations en attente
members-invitations-caption = Invitations pas encore acceptées
members-revoke-hidden = l'invitation de { $email }
members-invite-heading = Inviter quelqu'un par courriel
members-invite-lead = La personne reçoit un lien, valable une fois pendant 14 jours, pour se connecter ou créer un compte et prendre le rôle.
members-invite-button = Envoyer l'invitation
members-add-lead = Pour une personne qui a déjà un compte (sinon, invitez-la ci-dessus).
links-title = Forums régionaux
links-heading = { $name } : les forums auxquels elle contribue
links-saved = Enregistré. Les tableaux de bord et les flux des forums comptent désormais vos rapports acceptés.
links-lead = Les forums régionaux et sous-régionaux voient si vos rapports sont arrivés et comptent vos rapports acceptés dans leurs tableaux de bord et leurs flux.
links-forums = Forums
links-no-forum = Aucun forum régional n'est encore enregistré.

## Formulaire du rapport annuel

report-submitted-times = { $count ->
    [one] soumis { $count } fois
   *[other] soumis { $count } fois
}
report-returned-heading = Le Secrétariat de l'IGF a renvoyé ce rapport
report-returned-fix = Corrigez-le et soumettez-le de nouveau.
report-with-igf = Ce rapport est en cours d'examen par le Secrétariat de l'IGF ; il ne peut pas être modifié avant qu'il ne soit accepté ou renvoyé.
report-accepted-html = Ce rapport est accepté et publié sur la <a href="/initiatives/{ $slug }/reports/{ $year }">page de l'initiative</a>. Pour le modifier, demandez au Secrétariat de l'IGF de le rouvrir.
report-form-hint = Enregistrez un brouillon à tout moment ; rien n'est vérifié avant la soumission. Les champs marqués obligatoires doivent être remplis pour soumettre.
report-event = L'événement
hint-edition = par ex. 11e IGF du Liberia
label-first-day = Premier jour
label-last-day = Dernier jour
label-venue = Lieu
hint-venue = Obligatoire sauf si l'événement s'est tenu en ligne.
label-event-languages = Langues de l'événement
report-themes-discussed = Thèmes abordés
label-participants-all = Participants au total
label-of-online = Dont en ligne
label-of-youth = Dont jeunes
report-at-least-one = (au moins un pour soumettre)
report-key-message-n = Message clé { $n }
report-new = (nouveau)
label-message-lang = Message ({ $lang })
report-remove-key-message = Retirer ce message clé
report-recommendation-n = Recommandation { $n }
label-addressed-to = Adressée au
option-choose-level = Choisir un niveau…
label-recommendation-lang = Recommandation ({ $lang })
report-remove-recommendation = Retirer cette recommandation
report-session-n = Session { $n }
label-title-lang = Titre ({ $lang })
option-no-theme = Pas de thème particulier
report-remove-session = Retirer cette session
report-preparation = Préparation
report-open-call = Un appel ouvert à propositions de sessions a été lancé
label-open-call-date = Date de l'appel ouvert
label-consultations = Consultations ouvertes tenues
label-tags = Mots-clés
hint-tags = Mots libres séparés par des virgules.
report-save-draft = Enregistrer le brouillon
report-submit = Soumettre au Secrétariat de l'IGF
history-reviews = Examens
history-review = { $date } : version { $version }, { $decision }
history-versions = Versions soumises
history-version = Version { $version }, soumise le { $date }
history-not-submitted = Pas encore soumis.

## Pages du Secrétariat de l'IGF

queue-title = File d'examen
queue-filter = Filtrer par état
label-order = Ordre
queue-due-asc = Échéance, la plus proche d'abord
queue-due-desc = Échéance, la plus lointaine d'abord
queue-caption = { $status } : { $count ->
    [one] { $count } rapport
   *[other] { $count } rapports
}, par échéance
queue-recognition = reconnaissance
queue-times = ({ $count } fois)
queue-none = Aucun rapport dans cet état : { $status }.
queue-applicants = Initiatives en attente de reconnaissance
queue-registered = enregistrée le { $date }
review-title = Examen : { $name } { $year }
review-back = Retour à la file
review-recognition-link = { $name } : reconnaissance
review-heading = { $name } : rapport { $year }
review-submitted = soumis le { $date }
review-comment = Commentaire au secrétariat
review-reason-reopen = Motif de la réouverture
review-comment-hint = Obligatoire pour renvoyer le rapport : indiquez ce qu'il faut corriger.
review-reopen-hint = Obligatoire : le secrétariat le voit comme le commentaire de l'examinateur.
review-accept = Accepter
review-return = Renvoyer au secrétariat
review-reopen = Rouvrir
review-the-report = Le rapport
recognition-title = Reconnaissance : { $name }
recognition-heading = { $name } : reconnaissance
recognition-checklist = Liste de vérification
recognition-some-unmet-now = Certains critères obligatoires ne sont pas remplis.
recognition-computed = Calculé le { $date }.
recognition-caption = Critères de reconnaissance
recognition-advisory = (indicatif)
recognition-decide = Décider du statut
label-new-status = Nouveau statut
label-reason = Motif
recognition-button = Enregistrer la décision
recognition-past = Décisions antérieures
recognition-reports = Rapports
jobs-title = Tâches en échec
jobs-heading = Tâches et livraisons en échec
jobs-retried = La tâche { $id } est de nouveau en file d'attente.
jobs-background = Tâches de fond
jobs-caption = Tâches en échec
jobs-attempts = { $attempts } sur { $max }
jobs-retry-hidden = la tâche { $id }
jobs-none = Aucune tâche en échec.
jobs-deliveries = Livraisons de webhooks dont la dernière tentative a échoué
jobs-deliveries-caption = Livraisons en échec
jobs-redeliver-html = Relivrer par l'API : <code>POST /api/v1/subscriptions/{"{"}id{"}"}/deliveries/{"{"}delivery{"}"}/redeliver</code>.
jobs-no-deliveries = Aucune livraison en échec.

## Tableaux de bord

dashboards-title = Tableaux de bord
dashboards-lead = Ce que les initiatives ont rapporté, additionné à partir des rapports acceptés : participation, thèmes, messages clés, et qui n'a pas encore rendu son rapport.
dashboards-worldwide = Monde entier
dashboards-all = Toutes les initiatives, { $year }
dashboards-youth = Initiatives jeunesse, { $year }
dashboards-by-region = Par région de l'ONU
dashboards-forums = Forums régionaux et sous-régionaux
dashboards-forums-lead = Le tableau de bord de chaque forum couvre les initiatives qui déclarent y contribuer.
dashboard-all = Tous les tableaux de bord
dashboard-other-years = Autres années
dashboard-year = Année :
dashboard-data = Données :
dashboard-atom = Flux Atom
dashboard-json-feed = Flux JSON
dashboard-csv = CSV
dashboard-csv-key-messages = messages clés
dashboard-csv-missing = qui manque
dashboard-json = JSON
dashboard-empty = Rien n'a encore été agrégé pour { $year } : aucun rapport accepté dans ce périmètre, ou le traitement n'a pas encore eu lieu.
dashboard-reported = { $count ->
    [one] { $count } initiative a rendu son rapport
   *[other] { $count } initiatives ont rendu leur rapport
}, sur { $total } reconnues.
dashboard-updated = Mis à jour le { $date }.
dashboard-figures-table = Les chiffres sous forme de tableau
dashboard-no-groups = Aucun rapport de ce périmètre n'a donné de répartition par groupe de parties prenantes.
dashboard-no-gender = Aucun rapport de ce périmètre n'a donné de répartition par genre.
dashboard-no-themes = Aucun thème rapporté.
dashboard-key-messages = Messages clés par thème
dashboard-no-key-messages = Pas encore de messages clés.
dashboard-included = Rapports pris en compte
dashboard-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
dashboard-missing = Pas encore de rapport
dashboard-all-reported = Toutes les initiatives reconnues de ce périmètre ont rendu leur rapport.

## Vocabulaires

kind-national = National
kind-regional = Régional
kind-subregional = Sous-régional
kind-youth = Jeunesse
kind_initiative-national = Initiative nationale
kind_initiative-regional = Initiative régionale
kind_initiative-subregional = Initiative sous-régionale
kind_initiative-youth = Initiative jeunesse
region-africa = Afrique
region-asia_pacific = Asie-Pacifique
region-eastern_europe = Europe orientale
region-grulac = GRULAC
region-weog = WEOG
status-new = Pas commencé
status-draft = Brouillon
status-submitted = Soumis
status-returned = Renvoyé
status-accepted = Accepté
status-overdue = En retard
status-unknown = Inconnu
status-applicant = Candidate
status-recognized = Reconnue
status-suspended = Suspendue
status-lapsed = Caduque
status-withdrawn = Retirée
status-met = Rempli
status-not_met = Non rempli
group-government = Gouvernements
group-private_sector = Secteur privé
group-civil_society = Société civile
group-technical_community = Communauté technique
group-academia = Milieu universitaire
group-intergovernmental = Organisations intergouvernementales
committee_role-chair = Président·e
committee_role-co_chair = Coprésident·e
committee_role-member = Membre
committee_role-focal_point = Point focal
committee_role-youth_representative = Représentant·e de la jeunesse
gender-female = Femmes
gender-male = Hommes
gender-other = Autre
gender-undisclosed = Non précisé
role-focal_point = Point focal
role-editor = Rédacteur
role-viewer = Lecteur
theme-access_and_connectivity = Accès et connectivité
theme-cybersecurity_and_trust = Cybersécurité et confiance
theme-human_rights_and_freedoms = Droits humains et libertés
theme-ai_and_emerging_technologies = IA et technologies émergentes
theme-data_governance = Gouvernance des données
theme-digital_inclusion = Inclusion numérique
theme-environment = Environnement
theme-content_governance = Gouvernance des contenus
theme-infrastructure_and_critical_resources = Infrastructures et ressources critiques
theme-capacity_building = Renforcement des capacités
theme-internet_fragmentation = Fragmentation de l'Internet
theme-youth_engagement = Engagement des jeunes
theme-gender = Genre
format-in_person = En présentiel
format-hybrid = Hybride
format-online = En ligne
session_type-plenary = Plénière
session_type-panel = Table ronde
session_type-workshop = Atelier
session_type-side_event = Événement parallèle
level-regional = Niveau régional
level-global = Niveau mondial
principle-open_transparent = Ouvert et transparent
principle-inclusive = Inclusif
principle-bottom_up = Ascendant
principle-multistakeholder = Multipartite
principle-non_commercial = Non commercial
decision-edit = modifiée
decision-submit = soumise
decision-accept = acceptée
decision-return = renvoyée
decision-reopen = rouverte
link-agenda = Programme
link-full_report = Rapport complet
link-recordings = Enregistrements
link-photos = Photos
invitation_status-pending = en attente
invitation_status-accepted = acceptée
invitation_status-revoked = révoquée
invitation_status-expired = expirée

# Notifications, confirmation de l'adresse e-mail et désabonnement
account-email-confirmed = (confirmée)
account-email-unconfirmed = (pas encore confirmée)
account-verify-heading = Confirmez votre adresse e-mail
account-verify-lead = Tant que vous n'avez pas suivi le lien du message envoyé à { $email }, le registre ne lui envoie aucune notification. Pas de message ?
account-verify-resend = Renvoyer le lien
account-notifications-heading = Notifications par e-mail
account-notifications-legend = M'écrire quand
account-notifications-button = Enregistrer mes choix de notifications
account-notifications-note = Vous ne recevez que celles qui concernent vos rôles. Chaque message contient aussi un lien qui désactive ce type de notification.
notification-report_submitted = un rapport est soumis pour examen
notification-report_returned = un rapport est renvoyé pour modification
notification-report_accepted = un rapport est accepté
notification-report_reopened = un rapport accepté est rouvert
notification-report_due = un rapport arrive à échéance ou est en retard
notification-new_applicant = une nouvelle initiative s'inscrit
notification-at_risk = une initiative est en danger
flash-notifications-saved = Vos choix de notifications sont enregistrés.
flash-signed-up = Un message est en route vers cette adresse. Si elle avait déjà un compte, connectez-vous avec son mot de passe ou choisissez-en un nouveau avec « Mot de passe oublié ? ».
flash-verification-sent = Un message avec un lien pour confirmer votre adresse e-mail est en route. Le lien fonctionne une fois, pendant 48 heures.
verify-title = Confirmez votre adresse e-mail
verify-done = Votre adresse e-mail est confirmée. Merci.
verify-go-account = Aller à votre compte
verify-lead = Confirmez que cette adresse e-mail est la vôtre, afin que le registre puisse vous envoyer des notifications.
verify-button = Confirmer mon adresse
verify-ask-again-account-html = <a href="/account">Demandez un nouveau lien depuis la page de votre compte</a>.
verify-ask-again-html = Cette page a besoin du lien du message que nous avons envoyé. <a href="/sign-in">Connectez-vous</a> pour en demander un nouveau depuis la page de votre compte.
unsubscribe-title = Arrêter ces e-mails
unsubscribe-done = C'est fait : vous ne recevrez plus d'e-mails quand { $what }.
unsubscribe-others = Les autres notifications continuent d'arriver.
unsubscribe-choose = Choisissez ce que vous recevez.
unsubscribe-sign-in = Connectez-vous pour choisir ce que vous recevez sur la page de votre compte.
unsubscribe-lead = Suivre ce lien désactive un type de notification, celui du message d'où il vient, pour le compte auquel il a été envoyé. Rien d'autre ne change.
unsubscribe-needs-link = Cette page a besoin du lien du message que nous avons envoyé : ouvrez-la depuis le courriel.
error-unreadable-form = Le formulaire n'a pas pu être lu en entier. Revenez en arrière et envoyez-le de nouveau.

## phone
report-add-key-message = Ajouter un autre message clé
report-add-recommendation = Ajouter une autre recommandation
report-add-session = Ajouter une autre session
report-add-another-hint = Remplissez l’entrée vide. Pour en ajouter d’autres avant d’enregistrer, utilisez le bouton « Ajouter » : il conserve tout ce que vous avez saisi et n’enregistre rien.
report-added-unsaved = Une entrée vide a été ajoutée. Rien n’est enregistré tant que vous n’enregistrez pas le brouillon ou ne le soumettez pas.
label-find-country = Trouver un pays
hint-coverage-checks = Cochez chaque pays couvert. La liste est dans l’ordre alphabétique.
## pages
map-directory-title = Pays ayant une initiative reconnue
map-dashboard-title = Pays des initiatives dont les rapports sont inclus
map-dashboard-heading = D’où viennent les rapports
map-list = { $count ->
    [one] Le pays sous forme de liste
   *[other] Les { $count } pays sous forme de liste
}
map-none = Aucun pays pour l’instant.
initiative-social-links = Réseaux sociaux
initiative-youth-track-of = Volet jeunesse de
initiative-youth-tracks = Volets jeunesse
initiative-listed-members = Membres ayant accepté d’être nommés
dashboard-all-of = { $count ->
    [one] Le voir sur sa propre page
   *[other] Voir les { $count }
}
dashboard-awaiting-count = { $count ->
    [one] Un autre rapport a été soumis et attend son examen.
   *[other] { $count } autres rapports ont été soumis et attendent leur examen.
}
dashboard-awaiting = En attente d’examen
dashboard-awaiting-lead = Ces initiatives ont soumis leur rapport ; le Secrétariat du FGI ne l’a pas encore examiné.
dashboard-none-awaiting = Aucun rapport n’attend d’examen.
dashboard-none-missing = Toutes les autres initiatives reconnues de ce périmètre ont soumis leur rapport.
dashboard-key-messages-count = { $count ->
    [one] Un message clé.
   *[other] { $count } messages clés.
}
dashboard-all-on-theme = { $count ->
    [one] Le message clé sur ce thème
   *[other] Les { $count } messages clés sur ce thème
}
dashboard-recommendations = Recommandations
dashboard-addressed-to = Adressée au : { $level }
dashboard-no-recommendations = Aucune recommandation au niveau régional ou mondial pour l’instant.
dashboard-history = Au fil des ans
dashboard-history-caption = Taux de rapports et participation par année
col-reporting = Ont fait rapport
col-recognised = Reconnues
col-reporting-rate = Taux de rapports
chart-reporting-rate = Taux de rapports par année (% des initiatives reconnues)
chart-participants-years = Participants par année
dashboard-back = Retour au tableau de bord de { $year }
dashboard-list-count = { $count ->
    [one] Une entrée.
   *[other] { $count } entrées.
}
dashboard-list-page = Page { $page } sur { $pages }.
dashboard-list-pages = Pages de la liste
dashboard-list-previous = Page précédente
dashboard-list-next = Page suivante
dashboard-list-contributing = Rapports inclus
dashboard-list-awaiting = En attente d’examen
dashboard-list-missing = Pas encore de rapport
dashboard-list-key_messages = Messages clés
dashboard-list-recommendations = Recommandations
## review-print

version-title = Rapport { $year } de { $name }, version { $version }
version-heading = { $name } : rapport annuel { $year }, version { $version }
version-back-review = Retour à l’examen de ce rapport
version-back-workspace = Retour au rapport
version-all = Versions soumises :
version-changes = Ce qui a changé
version-changes-since = Ce qui a changé depuis la version { $version }
version-first = C’est la première version soumise : il n’y en a pas d’antérieure à comparer.
version-unchanged = Rien n’a changé depuis la version { $version }.
version-changed-count = { $count ->
    [one] Un champ a changé.
   *[other] { $count } champs ont changé.
}
version-col-field = Champ
version-col-change = Changement
version-col-before = Version { $version }
version-col-after = Version { $version }
version-content = La version { $version } telle que soumise
version-yes = Oui
version-no = Non
version-open = ouvrir
version-what-changed = ce qui a changé
version-submitted-versions = versions soumises
diff-change-added = Ajouté
diff-change-removed = Retiré
diff-change-changed = Modifié
diff-field-edition = Édition
diff-field-start_date = Premier jour
diff-field-end_date = Dernier jour
diff-field-city = Ville
diff-field-country = Pays
diff-field-venue = Lieu
diff-field-format = Format
diff-field-open_call = Appel ouvert à propositions de sessions
diff-field-open_call_date = Date de l’appel ouvert
diff-field-consultations = Consultations ouvertes tenues
diff-field-participants_total = Participants au total
diff-field-participants_online = Participants en ligne
diff-field-participants_youth = Jeunes participants
diff-field-countries_represented = Pays représentés
diff-field-participants_by_group = Participants par groupe de parties prenantes
diff-field-participants_by_gender = Participants par genre
diff-field-themes = Thèmes
diff-field-tags = Étiquettes
diff-field-key_messages = Messages clés
diff-field-recommendations = Recommandations
diff-field-sessions = Sessions
diff-field-languages = Langues de l’événement
diff-field-links = Liens
compilation-link = Compilation imprimable des messages clés et des recommandations
compilation-title = Compilation : { $scope }, { $year }
compilation-heading = { $scope } : messages clés et recommandations, { $year }
compilation-back = Retour au tableau de bord
compilation-print-hint = Imprimez cette page, ou enregistrez-la en PDF, pour un document A4 avec une page par thème.
compilation-participation = Participation
compilation-key-messages = { $count ->
    [one] Un message clé
   *[other] { $count } messages clés
}
compilation-addressed-to = Destinataires : { $level }

## recognition criteria (their titles; the evidence is the API's English)
criterion-committee_stakeholder_groups = Le comité d’organisation couvre au moins trois groupes de parties prenantes
criterion-focal_point = Un point focal avec une adresse électronique valide
criterion-website = Un site web, joignable lors de la dernière vérification
criterion-principles = Les cinq principes attestés pour l’année en cours ou la précédente
criterion-annual_report = Un rapport annuel accepté pour le dernier cycle achevé, soumis dans les délais
criterion-diversity = Indicatif : diversité de genre et géographique du comité

## Evidence of the recognition criteria (the API's evidence_code)
evidence-committee-none = aucun membre du comité avec un mandat en cours
evidence-committee-groups = le comité actuel couvre { $count } { $count ->
        [one] groupe de parties prenantes
       *[other] groupes de parties prenantes
    } : { $groups }
evidence-focal-point = point focal { $name }, avec une adresse électronique enregistrée (sa délivrabilité n’est pas testée)
evidence-focal-point-none = aucun point focal désigné dans le secrétariat
evidence-focal-point-no-email = le point focal { $name } n’a pas d’adresse électronique valide
evidence-website-none = aucun site web dans le profil
evidence-website-not-checked = { $url } n’a pas encore été vérifié
evidence-website-changed = le site web est devenu { $url } depuis la dernière vérification (de { $checked_url })
evidence-website-answered = { $url } a répondu HTTP { $http_status } lors de la vérification du { $checked_at }
evidence-website-no-answer = { $url } n’a pas répondu ({ $error }) lors de la vérification du { $checked_at }
evidence-website-no-answer-without-error = { $url } n’a pas répondu lors de la vérification du { $checked_at }
evidence-principles-attested = les cinq attestés pour { $year }
evidence-principles-missing = { $year } : non attestés : { $missing }
evidence-principles-stale = la dernière attestation date de { $latest } ; aucune pour { $previous } ni { $current }
evidence-principles-none = aucune attestation pour { $previous } ni { $current }
evidence-report-none = aucun rapport pour { $year }
evidence-report-on-time = le rapport { $year } a été accepté et soumis dans les délais
evidence-report-late = le rapport { $year } a été soumis pour la première fois { $days } { $days ->
        [one] jour
       *[other] jours
    } après l’échéance
evidence-report-pending = le rapport { $year } a été soumis dans les délais et n’est pas encore accepté (statut : { $status })
evidence-report-draft-not-due = le rapport { $year } est un brouillon, attendu au plus tard le { $due }
evidence-report-never-submitted = le rapport { $year } n’a jamais été soumis
evidence-diversity = genre : { $disclosed } membres sur { $members } l’ont indiqué ({ $gender ->
        [met] équilibré
        [not_met] un genre occupe plus des deux tiers
       *[unknown] trop peu de réponses pour en juger
    }) ; géographie : { $places } { $unit ->
        [cities] villes représentées
       *[countries] pays représentés
    } ({ $geography ->
        [met] diversifiée
        [not_met] un seul lieu
       *[unknown] pas de données
    })
evidence-at-risk-not-recognised = non reconnue, donc jamais à risque
evidence-at-risk-no-accepted-report = aucun rapport accepté pour { $first } ni { $second }
evidence-at-risk-accepted-reports = rapports acceptés pour { $years }

## Scope and year in headings (punctuation differs by language)
scope-year = { $scope }, { $year }
scope-year-list = { $scope }, { $year } : { $list }

## Field messages that name a value (web/l10n.rs FIELD_PATTERNS)
invalid-slug = doit compter de 2 à 64 caractères parmi a-z, 0-9 et -
invalid-tag-length = doit compter de 1 à 60 caractères
invalid-network-name = le nom du réseau doit compter de 1 à 40 caractères
invalid-too-many-bytes = ne doit pas dépasser { $max } octets
invalid-not-email = « { $value } » n’est pas une adresse électronique
invalid-not-country = « { $value } » n’est pas un code de pays (deux lettres, comme LR)
invalid-not-language-tag = « { $value } » n’est pas une étiquette de langue comme en ou pt-BR
invalid-not-web-address = « { $value } » n’est pas une adresse web (http ou https)
invalid-slug-reserved = « { $value } » est réservé ; choisissez-en un autre
invalid-not-year = « { $value } » n’est pas une année
invalid-established-year = doit être une année de 1995 à { $last }
invalid-outside-year = { $date } est en dehors de l’année du rapport, { $year }
invalid-above-total = totalise { $part }, plus que le total de { $total }
invalid-region-derived = découle du pays pour une initiative nationale : { $country } est en { $region }
invalid-control-single-line = ne doit pas contenir de caractères de contrôle (trouvé U+{ $code }) ; c’est un texte d’une ligne
invalid-control-characters = ne doit pas contenir de caractères de contrôle autres que tabulations et sauts de ligne (trouvé U+{ $code })
list-and-more = et { $count } autres
problem-validation = Une partie de ce qui a été envoyé n’est pas valide.
problem-unauthorized = Connectez-vous pour faire ceci.
problem-forbidden = Vos rôles ne permettent pas ceci.
problem-not-found = Il n’y a rien ici, ou ce n’est pas visible pour vous.
problem-concurrent-change = Quelqu’un a modifié ceci au même moment. Rechargez la page et réessayez.
problem-contributes-to-cycle = Ce lien ferait contribuer une initiative à elle-même.
problem-delivery-pending = Cet envoi est encore en cours de tentative ; attendez qu’il se termine.
problem-email-confirmed = Cette adresse e-mail est déjà confirmée.
problem-invalid-transition = L’état du rapport ne permet pas ceci maintenant. Rechargez la page pour voir ce qu’il permet.
problem-invitation-pending = Cette adresse a déjà une invitation en attente.
problem-invitation-unusable = Cette invitation ne peut pas être utilisée : elle a expiré, a été utilisée ou a été retirée.
problem-last-focal-point = Une initiative doit garder au moins un point focal.
problem-slug-taken = Ce nom court est déjà utilisé par une autre initiative.
problem-precondition-required = Cette page n’est plus à jour. Rechargez-la et refaites votre modification.
problem-precondition-failed = Quelqu’un a modifié ceci depuis l’affichage de la page. Rechargez-la et refaites votre modification.
problem-payload-too-large = Ce qui a été envoyé est trop volumineux.
problem-unsupported-media-type = Ce qui a été envoyé n’est pas dans un format que le service lit.
problem-rate-limited = Trop de tentatives. Attendez un instant et réessayez.
problem-unavailable = Le service est occupé. Réessayez dans un instant.
problem-internal = Le service n’a pas pu répondre ; réessayez dans un instant.
