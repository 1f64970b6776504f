# anlauf — client-facing messages (French).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Bonjour ! Ici { $org }. Je vais vous poser quelques questions courtes, pour que la bonne personne puisse vous aider. C'est gratuit.
ask-language = Je vais vous écrire dans cette langue : { $language }. Si vous préférez une autre langue, choisissez-la ici.
language-keep = ✓ { $language } — continuer
language-more = Autres langues
language-switched = À partir de maintenant, je vais vous écrire dans cette langue : { $language }.
language-offer = Vous avez écrit dans cette langue : { $language }. Voulez-vous continuer dans cette langue ?
language-offer-yes = Continuer : { $language }
language-unknown = La langue « { $tag } » n'est pas disponible ici. Vous pouvez choisir une langue avec /language.

## Consent

consent-text =
    { $org } conseille gratuitement les personnes qui sont venues vivre en Allemagne. Les conseils sont confidentiels : nous ne donnons vos informations à personne.

    Pour vous aider, nous notons vos réponses. Seuls les conseillers et conseillères de { $org } les lisent. Vous pouvez nous demander à tout moment de vous montrer vos données ou de les effacer.

    Êtes-vous d'accord pour que nous notions vos réponses ?
consent-yes = Oui, je suis d'accord
consent-no = Non
consent-declined =
    Pas de problème. Nous n'avons rien enregistré.
    Vous pouvez aussi nous appeler ou venir nous voir :
    { $offices }
consent-declined-kept =
    Pas de problème. Nous ne notons plus rien, et ce que vous nous avez dit dans cette conversation est effacé.
    La demande que vous nous avez envoyée plus tôt reste chez nos conseillers et conseillères. Si vous voulez qu'elle soit effacée aussi, appelez-nous ou venez nous voir :
    { $offices }

## Concern

ask-topics = Pour quoi avez-vous besoin d'aide ? Vous pouvez choisir plusieurs réponses. Ensuite, appuyez sur « Terminé ».
topic-residence = Séjour et asile
topic-benefits = Aides sociales et argent de l'État
topic-work = Travail et permis de travail
topic-recognition = Reconnaissance de mes diplômes
topic-education = École, formation, études
topic-language_course = Cours d'intégration et d'allemand
topic-childcare = Crèche ou école pour mon enfant
topic-family = Famille
topic-family_reunification = Faire venir ma famille
topic-health = Santé et stress
topic-discrimination = Discrimination et racisme
topic-housing = Logement
topic-debts = Dettes et problèmes d'argent
topic-return = Retour ou départ à l'étranger
topic-daily_life = Quotidien, courrier et démarches
topic-other = Autre chose
multi-done = Terminé ✓
multi-chosen =
    { $count ->
        [0] Vous n'avez encore rien choisi.
        [one] Vous avez choisi une réponse : { $list }
        [many] Vous avez choisi { $count } réponses : { $list }
       *[other] Vous avez choisi { $count } réponses : { $list }
    }
multi-empty = Choisissez au moins une réponse, s'il vous plaît. Ensuite, appuyez sur « Terminé ».

## About you

ask-age = Quel âge avez-vous ?
age-under_18 = Moins de 18 ans
age-18_26 = De 18 à 26 ans
age-27_64 = De 27 à 64 ans
age-65_plus = 65 ans ou plus

ask-arrival = En quelle année êtes-vous venu(e) en Allemagne ? Écrivez l'année, par exemple { $example }.
arrival-born_here = Je suis né(e) en Allemagne
arrival-over_10_years = Il y a plus de 10 ans

ask-residence = Quel est votre statut de séjour ? Si vous ne savez pas, choisissez « Je ne sais pas ».
residence-asylum_procedure = Demande d'asile en cours
residence-protection = Statut de réfugié ou protection
residence-duldung = Suspension d'expulsion (Duldung)
residence-temporary_protection = Protection temporaire (Ukraine)
residence-residence_permit = Autre titre de séjour
residence-settlement_permit = Titre de séjour permanent
residence-eu_citizen = Nationalité d'un pays de l'UE
residence-german = Nationalité allemande
residence-late_repatriate = Rapatrié(e) (Spätaussiedler) ou sa famille
residence-unknown = Je ne sais pas

ask-course = Devez-vous suivre un cours d'intégration (cours d'allemand) ?
course-obliged = Oui, je dois le suivre
course-attending = Je le suis en ce moment
course-finished = Je l'ai terminé
course-no = Non
course-unknown = Je ne sais pas

## Urgency

ask-urgent = Est-ce qu'une de ces situations vous concerne en ce moment ? Sinon, choisissez « Non ».
urgent-deadline = Une lettre avec date limite, ou expulsion
urgent-danger = Violence, menaces ou crise de santé
urgent-no_shelter = Je n'ai pas d'endroit où dormir cette nuit
urgent-no_food = Je n'ai pas d'argent pour manger
urgent-no = Non, rien de tout ça
yes = Oui
no = Non
urgent-help =
    Si vous êtes en danger maintenant, appelez :
    Police : 110
    Ambulance et pompiers : 112
    Médecin de garde la nuit et le week-end : 116 117
    Aide pour les femmes victimes de violence (beaucoup de langues, gratuit, jour et nuit) : 116 016
    Ligne d'écoute en cas de crise (gratuit, jour et nuit) : 0800 111 0 111
    Ce chat ne donne pas de conseils juridiques. Notre équipe vous contactera en priorité.
urgent-help-suicide =
    Vous n'êtes pas seul(e). S'il vous plaît, parlez-en à quelqu'un maintenant :
    Ligne d'écoute en cas de crise (gratuit, anonyme, jour et nuit) : 0800 111 0 111
    Si votre vie est en danger maintenant : 112
urgent-help-violence =
    Si vous êtes en danger maintenant, appelez la police : 110
    Aide pour les femmes victimes de violence (beaucoup de langues, gratuit, anonyme, jour et nuit) : 116 016
urgent-help-illness =
    En cas d'urgence médicale, appelez une ambulance : 112
    Médecin de garde la nuit et le week-end : 116 117
urgent-help-homelessness =
    Si vous n'avez nulle part où dormir cette nuit, vous pouvez aller ici :
    { $place }
urgent-help-hunger =
    On distribue de la nourriture ici :
    { $food }
    Aide financière d'urgence du service d'aide sociale :
    { $welfare }
urgent-help-footer = Ce chat ne donne pas de conseils juridiques. Notre équipe vous contactera en priorité.
urgent-letter = Merci. Nous allons regarder votre lettre en priorité. Ce chat ne donne pas de conseils juridiques ; un conseiller ou une conseillère va vous contacter.
urgent-first = Merci de nous l'avoir dit. Notre équipe va regarder votre demande en priorité. Ce chat ne donne pas de conseils juridiques ; un conseiller ou une conseillère va vous contacter.
ask-deadline = Quelle est la date limite ? Écrivez-la comme ceci : { $example }
deadline-skip = Pas de date ou je ne sais pas

## Your own words

ask-own-words = Expliquez-nous avec vos propres mots de quoi il s'agit. Vous pouvez écrire dans votre langue.
skip = Passer

## Contact

ask-contact = Comment pouvons-nous vous contacter ?
contact-chat = Ici, dans ce chat
contact-phone = Par téléphone
contact-in_person = En personne, dans nos bureaux
ask-phone = À quel numéro pouvons-nous vous appeler ? Par exemple { $example }
ask-office = Quel bureau vous convient le mieux ?
ask-appointment-languages = Dans quelles langues pouvez-vous parler pendant un rendez-vous ? Vous pouvez en choisir plusieurs. Ensuite, appuyez sur « Terminé ».
office-any = Peu importe
office-hours = Ouvert : { $hours }
office-directions-elsewhere = Pour y aller (en { $language }, car ce n’est pas encore écrit dans votre langue) : { $text }
office-mitte-directions = Bus 12 ou tram 3 jusqu'à l'arrêt « Lindenallee ». L'entrée est dans la cour, 2e étage. Sonnez à la sonnette « Beratung ».
office-nord-directions = Tram 5 jusqu'à l'arrêt « Erlenhof », puis 3 minutes à pied. Rez-de-chaussée, la porte avec le panneau bleu.
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.

## Check and send

summary-intro = Vérifiez vos réponses, s'il vous plaît :
summary-line = { $field } : { $value }
summary-skipped = —
summary-confirm = ✓ Tout est juste — envoyer
summary-change = ✎ Modifier une réponse
ask-which-change = Quelle réponse voulez-vous modifier ?
field-language = Langue
field-topics = Sujets
field-age_group = Âge
field-arrival = Arrivée en Allemagne
field-residence = Statut de séjour
field-integration_course = Cours d'intégration
field-urgent = Urgent
field-deadline_date = Date limite
field-own_words = Avec vos mots
field-contact = Contact
field-phone = Téléphone
field-office = Bureau
field-appointment_languages = Langues pour le rendez-vous
done =
    Merci ! Nous avons bien reçu votre demande.
    Votre numéro de dossier est : { $reference }
    Gardez bien ce numéro. Un conseiller ou une conseillère va vous contacter bientôt.
referral-intro = Ces services s'occupent de votre situation, ou peuvent aussi vous aider :
referral-entry = { $kind } : { $name }
referral-phone = Téléphone : { $phone }
referral-languages = Langues : { $languages }
referral-kind-youth_migration = Service migration pour les jeunes de 12 à 26 ans (Jugendmigrationsdienst)
referral-kind-immigration_office = Office des étrangers (Ausländerbehörde)
referral-kind-job_centre = Jobcenter
referral-kind-social_office = Service d'aide sociale (Sozialamt)
referral-kind-integration_course = Organisme de cours d'intégration
referral-kind-debt_counselling = Conseil en cas de dettes (Schuldnerberatung)
referral-kind-recognition = Conseil pour la reconnaissance des diplômes
referral-kind-health = Conseil santé et aide psychosociale
referral-kind-return_counselling = Conseil pour le retour (Rückkehrberatung)
referral-kind-housing_help = Aide pour les personnes sans logement
referral-kind-anti_discrimination = Conseil contre les discriminations
after-done = Nous avons bien votre demande { $reference }. Pour envoyer une nouvelle demande, écrivez /start.

## Appointment

booking-offer = Rendez-vous libres : { $office } ({ $address }). Choisissez une heure :
booking-interpreter = Aucun conseiller et aucune conseillère ne parle ces langues : { $languages }. Nous allons demander un ou une interprète pour le rendez-vous.
booking-urgent = Comme c'est urgent, voici les premières heures libres. Si aucune ne vous convient, un conseiller ou une conseillère va vous contacter plus tôt.
booking-none = Il n'y a pas de rendez-vous libre dans les prochaines semaines. Un conseiller ou une conseillère va vous contacter.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Vous pouvez aussi venir sans rendez-vous : { $office }, { $address }, { $hours }.
booking-later = Heures suivantes ▸
booking-other-office = Un autre bureau
booking-skip = Pas de rendez-vous, contactez-moi
booking-skipped = D'accord. Un conseiller ou une conseillère va vous contacter.
booking-format-in_person = sur place
booking-format-phone = par téléphone
booking-format-video = appel vidéo
booking-hold =
    { $when } avec { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Je garde ce rendez-vous pour vous pendant { $minutes } minute. Voulez-vous le réserver ?
        [many] Je garde ce rendez-vous pour vous pendant { $minutes } minutes. Voulez-vous le réserver ?
       *[other] Je garde ce rendez-vous pour vous pendant { $minutes } minutes. Voulez-vous le réserver ?
    }
booking-confirm = ✓ Oui, réserver
booking-other = Choisir une autre heure
booking-taken = Désolé, quelqu'un vient de prendre ce rendez-vous. Voici les prochaines heures libres.
booking-done =
    Votre rendez-vous est réservé :
    { $when } avec { $counsellor }
    { $office }, { $address } ({ $format })
    Apportez votre passeport ou votre carte d'identité, votre titre de séjour et les lettres sur votre demande, s'il vous plaît.
    Avec le fichier de calendrier ci-dessous, vous pouvez enregistrer le rendez-vous sur votre téléphone.
booking-with-interpreter = Un ou une interprète sera là pour cette langue : { $language }.
booking-event = Rendez-vous de conseil, { $org }
booking-reminder = Rappel de votre rendez-vous : { $when } avec { $counsellor }, { $office }, { $address } ({ $format }). Si vous ne pouvez pas venir, écrivez /appointment, s'il vous plaît.
appointment-none = Vous n'avez pas encore de rendez-vous avec nous. Pour envoyer une demande, écrivez /start.
appointment-show = Votre rendez-vous : { $when } avec { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Annuler le rendez-vous
appointment-reschedule = Choisir une autre heure
appointment-keep = Garder le rendez-vous
appointment-cancelled = Votre rendez-vous est annulé. Si vous voulez un nouveau rendez-vous, écrivez /appointment.
waitlist-join = M'inscrire en liste d'attente
waitlist-joined = Vous êtes sur la liste d'attente. Dès qu'un rendez-vous qui vous convient est libre, je vous écris ici.
waitlist-offer = Un rendez-vous est maintenant libre pour vous : { $when } avec { $counsellor }, { $office }, { $address } ({ $format }). Je le garde pour vous jusqu'au { $until }. Voulez-vous le réserver ?
after-booked = Votre rendez-vous : { $when } avec { $counsellor }, { $office }. Votre numéro de dossier : { $reference }. Pour envoyer une nouvelle demande, écrivez /start.

## Navigation and help

nav-back = ◀ Retour
nav-restart = ↺ Recommencer
confirm-restart = Recommencer depuis le début ? Les réponses que vous avez déjà données seront effacées.
confirm-restart-yes = Oui, effacer et recommencer
confirm-restart-no = Non, continuer
help =
    Je vous pose quelques questions et j'envoie vos réponses à un conseiller ou une conseillère.
    /start — recommencer depuis le début
    /back — revenir à la question précédente
    /language — changer de langue
    /appointment — voir, déplacer ou annuler votre rendez-vous
    /mydata — voir ce que nous avons enregistré sur vous
    /delete — effacer toutes vos données chez nous
    /help — afficher cette aide
cmd-start = Recommencer depuis le début
cmd-help = Aide
cmd-language = Changer de langue
cmd-back = Revenir à la question précédente
cmd-appointment = Mon rendez-vous
terminal-hint = Tapez le numéro d'une réponse ou écrivez votre réponse. Commandes : /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Désolé, je n'ai pas compris. Choisissez une des réponses, s'il vous plaît.
error-empty = Votre message était vide. Écrivez votre réponse, s'il vous plaît.
error-too-long =
    { $max ->
        [one] Votre texte est trop long. Écrivez { $max } caractère au maximum, s'il vous plaît.
        [many] Votre texte est trop long. Écrivez { $max } caractères au maximum, s'il vous plaît.
       *[other] Votre texte est trop long. Écrivez { $max } caractères au maximum, s'il vous plaît.
    }
error-number-invalid = Écrivez l'année avec 4 chiffres, par exemple { $example }.
error-number-range = Écrivez une année entre { $min } et { $max }, s'il vous plaît.
error-date-invalid = Je n'arrive pas à lire cette date. Écrivez-la comme ceci : { $example }
error-date-nonexistent = Cette date n'existe pas. Vérifiez le jour et le mois, s'il vous plaît.
error-date-range = Écrivez une date entre { $min } et { $max }, s'il vous plaît.
error-phone-invalid = Cela ne ressemble pas à un numéro de téléphone. Écrivez seulement les chiffres, par exemple { $example }
error-stale = Vous avez déjà répondu à cette question. Voici la question actuelle :
error-already-answered = Vous avez déjà répondu à cette question.
error-or-choose = Ou choisissez une des réponses ci-dessous.
error-unsupported =
    { $kind ->
        [voice] Je ne peux pas écouter les messages vocaux. Écrivez votre réponse en texte, s'il vous plaît.
        [photo] Je ne peux pas regarder les photos ici. N'envoyez pas de lettres ni de documents dans ce chat, s'il vous plaît. Un conseiller ou une conseillère les regardera avec vous. Écrivez votre réponse en texte.
        [document] Je ne peux pas ouvrir les fichiers ici. N'envoyez pas de lettres ni de documents dans ce chat, s'il vous plaît. Un conseiller ou une conseillère les regardera avec vous. Écrivez votre réponse en texte.
        [sticker] Merci ! Écrivez votre réponse en texte ou utilisez les boutons, s'il vous plaît.
        [location] Merci, mais je n'ai pas besoin de votre position. Écrivez votre réponse en texte ou utilisez les boutons, s'il vous plaît.
        [contact] N'envoyez pas de contacts ici, s'il vous plaît. Écrivez votre réponse en texte ou utilisez les boutons.
       *[other] Je peux seulement lire du texte et des boutons. Écrivez votre réponse en texte, s'il vous plaît.
    }
error-edited = Vous avez modifié un ancien message. Je lis seulement les nouveaux messages. Si une réponse était fausse, vous pourrez la modifier à la fin, avant l'envoi.
error-private-only = Je parle seulement dans des conversations privées, pour protéger votre vie privée. Écrivez-moi directement, s'il vous plaît.
error-state-reset = Désolé, j'ai perdu le fil de notre conversation. Nous devons recommencer depuis le début.
error-temporary = Désolé, il y a un problème technique. Réessayez dans quelques minutes, s'il vous plaît. Ce que vous avez envoyé avant n'est pas perdu.
error-not-processed = Désolé, à cause d'un problème technique, je n'ai pas pu traiter votre dernier message. Nous l'avons gardé pour que notre équipe l'examine. Vous pouvez continuer : envoyez à nouveau votre réponse, ou écrivez /start pour recommencer depuis le début.

## Messages from staff

staff-says = Message de { $org } au sujet de votre demande { $reference } :
template-bring-documents = Merci d'apporter vos documents à votre rendez-vous : votre passeport ou votre carte d'identité, votre document de séjour et toutes les lettres des administrations sur votre question.
template-call-us = Merci de nous appeler : { $office }, { $phone }. Donnez-nous votre numéro de dossier : { $reference }.
template-appointment-moved = Votre rendez-vous a été déplacé. Le nouveau rendez-vous : { $when } avec { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Effacer mes données
delete-confirm =
    Voulez-vous que nous effacions tout ce que nous avons enregistré sur vous ? Cela comprend vos réponses et vos demandes ; si vous avez réservé des rendez-vous, nous les annulerons. Nous garderons seulement un nombre pour nos statistiques, sans aucune information sur vous.
    Il ne sera plus possible de revenir en arrière.
delete-yes = Oui, tout effacer
delete-no = Non, ne rien effacer
delete-kept = D'accord, nous n'avons rien effacé.
delete-done = C'est fait : nous avons effacé vos données. Si vous nous écrivez à nouveau, nous recommencerons depuis le début.
cmd-mydata = Mes données enregistrées
mydata-intro = Voici ce que nous avons enregistré sur vous :
mydata-none = Nous n'avons rien enregistré sur vous.
mydata-consent = Accord donné le { $date } (version du texte : { $version })
mydata-language = Langue : { $language }
mydata-draft = Vos réponses jusqu'ici (pas encore envoyées) :
mydata-request = Demande { $reference } du { $date } : { $status ->
    [new] reçue
    [closed] terminée
   *[other] en cours de traitement
}
mydata-appointment = Rendez-vous du { $when } : { $status ->
    [held] gardé pour vous
    [cancelled] annulé
    [no_show] manqué
   *[booked] réservé
}
mydata-file = Les mêmes informations dans un fichier (JSON), à garder pour vous. Avec /delete, vous effacez tout.
