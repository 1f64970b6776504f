# anlauf — client-facing messages (German).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Hallo! Hier ist { $org }. Ich stelle Ihnen ein paar kurze Fragen. So kann Ihnen die richtige Person helfen. Die Beratung ist kostenlos.
ask-language = Ich schreibe Ihnen auf { $language }. Möchten Sie lieber eine andere Sprache? Dann wählen Sie sie hier.
language-keep = ✓ { $language } — weiter
language-more = Weitere Sprachen
language-switched = Ab jetzt schreibe ich Ihnen auf { $language }.
language-offer = Sie haben auf { $language } geschrieben. Sollen wir auf { $language } weitermachen?
language-offer-yes = Weiter auf { $language }
language-unknown = Die Sprache „{ $tag }“ gibt es hier nicht. Sie können eine Sprache mit /language wählen.

## Consent

consent-text =
    { $org } berät Menschen kostenlos, die nach Deutschland gekommen sind. Die Beratung ist vertraulich: Wir geben Ihre Daten an niemanden weiter.

    Damit wir Ihnen helfen können, schreiben wir Ihre Antworten auf. Nur die Beraterinnen und Berater von { $org } lesen sie. Sie können uns jederzeit bitten, Ihnen Ihre Daten zu zeigen oder sie zu löschen.

    Sind Sie einverstanden, dass wir Ihre Antworten aufschreiben?
consent-yes = Ja, ich bin einverstanden
consent-no = Nein
consent-declined =
    Das ist in Ordnung. Wir haben nichts gespeichert.
    Sie können uns auch anrufen oder besuchen:
    { $offices }
consent-declined-kept =
    Das ist in Ordnung. Wir schreiben nichts mehr auf, und was Sie uns in diesem Gespräch gesagt haben, wird gelöscht.
    Die Anfrage, die Sie uns vorher geschickt haben, bleibt bei unseren Beraterinnen und Beratern. Wenn Sie möchten, dass wir sie auch löschen, rufen Sie uns an oder besuchen Sie uns:
    { $offices }

## Concern

ask-topics = Wobei brauchen Sie Hilfe? Sie können mehrere Antworten wählen. Drücken Sie dann auf „Fertig“.
topic-residence = Aufenthalt und Asyl
topic-benefits = Sozialleistungen, Geld vom Staat
topic-work = Arbeit und Arbeitserlaubnis
topic-recognition = Anerkennung meiner Zeugnisse
topic-education = Schule, Ausbildung, Studium
topic-language_course = Integrationskurs und Deutschkurs
topic-childcare = Kita- oder Schulplatz fürs Kind
topic-family = Familie
topic-family_reunification = Familie nach Deutschland holen
topic-health = Gesundheit und Stress
topic-discrimination = Diskriminierung und Rassismus
topic-housing = Wohnen
topic-debts = Schulden und Geldprobleme
topic-return = Rückkehr oder Umzug ins Ausland
topic-daily_life = Alltag, Briefe und Ämter
topic-other = Etwas anderes
multi-done = Fertig ✓
multi-chosen =
    { $count ->
        [0] Sie haben noch nichts gewählt.
        [one] Sie haben eine Antwort gewählt: { $list }
       *[other] Sie haben { $count } Antworten gewählt: { $list }
    }
multi-empty = Bitte wählen Sie mindestens eine Antwort. Drücken Sie dann auf „Fertig“.

## About you

ask-age = Wie alt sind Sie?
age-under_18 = Unter 18
age-18_26 = 18 bis 26
age-27_64 = 27 bis 64
age-65_plus = 65 oder älter

ask-arrival = In welchem Jahr sind Sie nach Deutschland gekommen? Schreiben Sie die Jahreszahl, zum Beispiel { $example }.
arrival-born_here = Ich bin in Deutschland geboren
arrival-over_10_years = Vor mehr als 10 Jahren

ask-residence = Welchen Aufenthaltsstatus haben Sie? Wenn Sie es nicht genau wissen, wählen Sie „Ich weiß es nicht“.
residence-asylum_procedure = Mein Asylverfahren läuft
residence-protection = Anerkannt (Flüchtling oder Schutz)
residence-duldung = Duldung
residence-temporary_protection = Vorübergehender Schutz (Ukraine)
residence-residence_permit = Andere Aufenthaltserlaubnis
residence-settlement_permit = Niederlassungserlaubnis
residence-eu_citizen = EU-Bürgerin oder EU-Bürger
residence-german = Deutsche Staatsangehörigkeit
residence-late_repatriate = Spätaussiedler/in oder Familienangehörige
residence-unknown = Ich weiß es nicht

ask-course = Müssen Sie einen Integrationskurs (Deutschkurs) besuchen?
course-obliged = Ja, ich muss
course-attending = Ich mache gerade einen
course-finished = Ich habe ihn abgeschlossen
course-no = Nein
course-unknown = Ich weiß es nicht

## Urgency

ask-urgent = Trifft eines davon gerade auf Sie zu? Wenn nicht, wählen Sie „Nein“.
urgent-deadline = Brief mit Frist oder drohende Abschiebung
urgent-danger = Gewalt, Drohungen oder gesundheitliche Krise
urgent-no_shelter = Ich habe heute Nacht keinen Schlafplatz
urgent-no_food = Ich habe kein Geld für Essen
urgent-no = Nein, nichts davon
yes = Ja
no = Nein
urgent-help =
    Wenn Sie gerade in Gefahr sind, rufen Sie bitte an:
    Polizei: 110
    Rettungsdienst und Feuerwehr: 112
    Ärztlicher Bereitschaftsdienst nachts und am Wochenende: 116 117
    Hilfetelefon Gewalt gegen Frauen (viele Sprachen, kostenlos, Tag und Nacht): 116 016
    Telefonseelsorge (kostenlos, Tag und Nacht): 0800 111 0 111
    In diesem Chat gibt es keine Rechtsberatung. Unser Team meldet sich zuerst bei Ihnen.
urgent-help-suicide =
    Sie sind nicht allein. Bitte sprechen Sie jetzt mit jemandem:
    Telefonseelsorge (kostenlos, anonym, Tag und Nacht): 0800 111 0 111
    Wenn Ihr Leben jetzt in Gefahr ist: 112
urgent-help-violence =
    Wenn Sie gerade in Gefahr sind, rufen Sie die Polizei: 110
    Hilfetelefon Gewalt gegen Frauen (viele Sprachen, kostenlos, anonym, Tag und Nacht): 116 016
urgent-help-illness =
    Bei einem medizinischen Notfall rufen Sie den Rettungsdienst: 112
    Ärztlicher Bereitschaftsdienst nachts und am Wochenende: 116 117
urgent-help-homelessness =
    Wenn Sie heute Nacht keinen Schlafplatz haben, können Sie hierhin gehen:
    { $place }
urgent-help-hunger =
    Hier gibt es Lebensmittel:
    { $food }
    Nothilfe mit Geld vom Sozialamt:
    { $welfare }
urgent-help-footer = In diesem Chat gibt es keine Rechtsberatung. Unser Team meldet sich zuerst bei Ihnen.
urgent-letter = Danke. Wir sehen uns Ihren Brief zuerst an. In diesem Chat gibt es keine Rechtsberatung; eine Beraterin oder ein Berater meldet sich bei Ihnen.
urgent-first = Danke, dass Sie uns das sagen. Unser Team sieht sich Ihre Anfrage zuerst an. In diesem Chat gibt es keine Rechtsberatung; eine Beraterin oder ein Berater meldet sich bei Ihnen.
ask-deadline = Bis zu welchem Datum läuft die Frist? Schreiben Sie es so: { $example }
deadline-skip = Kein Datum oder weiß ich nicht

## Your own words

ask-own-words = Bitte erzählen Sie uns mit eigenen Worten, worum es geht. Sie können in Ihrer Sprache schreiben.
skip = Überspringen

## Contact

ask-contact = Wie können wir Sie erreichen?
contact-chat = Hier im Chat
contact-phone = Am Telefon
contact-in_person = Persönlich in der Beratungsstelle
ask-phone = Unter welcher Telefonnummer können wir Sie anrufen? Zum Beispiel { $example }
ask-office = Welche Beratungsstelle passt am besten für Sie?
ask-appointment-languages = In welchen Sprachen können Sie bei einem Termin sprechen? Sie können mehrere wählen. Drücken Sie dann auf „Fertig“.
office-any = Keine Vorliebe
office-hours = Geöffnet: { $hours }
office-directions-elsewhere = So finden Sie hin (auf { $language }, weil es noch nicht in Ihrer Sprache da ist): { $text }
office-mitte-directions = Bus 12 oder Straßenbahn 3 bis „Lindenallee“. Der Eingang ist im Hof, 2. Stock. Klingeln Sie bei „Beratung“.
office-nord-directions = Straßenbahn 5 bis „Erlenhof“, dann 3 Minuten zu Fuß. Erdgeschoss, die Tür mit dem blauen Schild.
weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So

## Check and send

summary-intro = Bitte prüfen Sie Ihre Antworten:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Alles richtig — absenden
summary-change = ✎ Eine Antwort ändern
ask-which-change = Welche Antwort möchten Sie ändern?
field-language = Sprache
field-topics = Anliegen
field-age_group = Alter
field-arrival = Nach Deutschland gekommen
field-residence = Aufenthaltsstatus
field-integration_course = Integrationskurs
field-urgent = Dringend
field-deadline_date = Frist
field-own_words = In Ihren Worten
field-contact = Kontakt
field-phone = Telefon
field-office = Beratungsstelle
field-appointment_languages = Sprachen für den Termin
done =
    Vielen Dank! Wir haben Ihre Anfrage bekommen.
    Ihre Nummer für diese Anfrage ist: { $reference }
    Bitte heben Sie diese Nummer auf. Eine Beraterin oder ein Berater meldet sich bald bei Ihnen.
referral-intro = Diese Stellen sind für Ihr Anliegen zuständig oder können Ihnen auch helfen:
referral-entry = { $kind }: { $name }
referral-phone = Telefon: { $phone }
referral-languages = Sprachen: { $languages }
referral-kind-youth_migration = Jugendmigrationsdienst (für 12 bis 26 Jahre)
referral-kind-immigration_office = Ausländerbehörde
referral-kind-job_centre = Jobcenter
referral-kind-social_office = Sozialamt
referral-kind-integration_course = Anbieter von Integrationskursen
referral-kind-debt_counselling = Schuldnerberatung
referral-kind-recognition = Beratung zur Anerkennung von Zeugnissen
referral-kind-health = Gesundheitsberatung und psychosoziale Beratung
referral-kind-return_counselling = Rückkehrberatung
referral-kind-housing_help = Hilfe für Menschen ohne Wohnung
referral-kind-anti_discrimination = Beratung bei Diskriminierung
after-done = Ihre Anfrage { $reference } ist bei uns. Wenn Sie eine neue Anfrage senden möchten, schreiben Sie /start.

## Appointment

booking-offer = Freie Termine bei { $office } ({ $address }). Bitte wählen Sie eine Uhrzeit:
booking-interpreter = Keine Beraterin und kein Berater spricht { $languages }. Wir fragen für den Termin eine Dolmetscherin oder einen Dolmetscher an.
booking-urgent = Weil es dringend ist, sehen Sie hier die frühesten Termine. Wenn keiner davon passt, meldet sich eine Beraterin oder ein Berater früher bei Ihnen.
booking-none = In den nächsten Wochen gibt es keinen freien Termin. Eine Beraterin oder ein Berater meldet sich bei Ihnen.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Sie können auch ohne Termin kommen: { $office }, { $address }, { $hours }.
booking-later = Spätere Termine ▸
booking-other-office = Andere Beratungsstelle
booking-skip = Kein Termin, bitte melden Sie sich
booking-skipped = In Ordnung. Eine Beraterin oder ein Berater meldet sich bei Ihnen.
booking-format-in_person = vor Ort
booking-format-phone = telefonisch
booking-format-video = Videoanruf
booking-hold =
    { $when } bei { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Ich halte diesen Termin { $minutes } Minute lang für Sie frei. Soll ich ihn buchen?
       *[other] Ich halte diesen Termin { $minutes } Minuten lang für Sie frei. Soll ich ihn buchen?
    }
booking-confirm = ✓ Ja, buchen
booking-other = Andere Uhrzeit wählen
booking-taken = Entschuldigung, diesen Termin hat gerade jemand anderes genommen. Hier sind die nächsten freien Termine.
booking-done =
    Ihr Termin ist gebucht:
    { $when } bei { $counsellor }
    { $office }, { $address } ({ $format })
    Bitte bringen Sie Ihren Pass oder Personalausweis, Ihre Aufenthaltserlaubnis und die Briefe zu Ihrem Anliegen mit.
    Mit der Kalenderdatei unten können Sie den Termin auf Ihrem Handy speichern.
booking-with-interpreter = Eine Dolmetscherin oder ein Dolmetscher für { $language } ist beim Termin dabei.
booking-event = Beratungstermin, { $org }
booking-reminder = Erinnerung an Ihren Termin: { $when } bei { $counsellor }, { $office }, { $address } ({ $format }). Wenn Sie nicht kommen können, schreiben Sie bitte /appointment.
appointment-none = Sie haben noch keinen Termin bei uns. Wenn Sie eine Anfrage senden möchten, schreiben Sie /start.
appointment-show = Ihr Termin: { $when } bei { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Termin absagen
appointment-reschedule = Andere Uhrzeit wählen
appointment-keep = Termin behalten
appointment-cancelled = Ihr Termin ist abgesagt. Wenn Sie einen neuen Termin möchten, schreiben Sie /appointment.
waitlist-join = Auf die Warteliste setzen
waitlist-joined = Sie stehen auf der Warteliste. Sobald ein passender Termin frei ist, schreibe ich Ihnen hier.
waitlist-offer = Für Sie ist ein Termin frei geworden: { $when } bei { $counsellor }, { $office }, { $address } ({ $format }). Ich halte ihn bis { $until } für Sie frei. Soll ich ihn buchen?
after-booked = Ihr Termin: { $when } bei { $counsellor }, { $office }. Ihre Nummer für diese Anfrage: { $reference }. Wenn Sie eine neue Anfrage senden möchten, schreiben Sie /start.

## Navigation and help

nav-back = ◀ Zurück
nav-restart = ↺ Neu anfangen
confirm-restart = Neu anfangen? Ihre bisherigen Antworten werden gelöscht.
confirm-restart-yes = Ja, löschen und neu anfangen
confirm-restart-no = Nein, weiter
help =
    Ich stelle Ihnen ein paar Fragen und schicke Ihre Antworten an eine Beraterin oder einen Berater.
    /start — von vorne anfangen
    /back — zurück zur vorherigen Frage
    /language — Sprache ändern
    /appointment — Termin ansehen, verschieben oder absagen
    /mydata — ansehen, was wir über Sie gespeichert haben
    /delete — alle Ihre Daten bei uns löschen
    /help — diese Hilfe zeigen
cmd-start = Von vorne anfangen
cmd-help = Hilfe
cmd-language = Sprache ändern
cmd-back = Zurück zur vorherigen Frage
cmd-appointment = Mein Termin
terminal-hint = Tippen Sie die Nummer einer Antwort ein oder schreiben Sie Ihre Antwort. Befehle: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Entschuldigung, das habe ich nicht verstanden. Bitte wählen Sie eine der Antworten.
error-empty = Ihre Nachricht war leer. Bitte schreiben Sie Ihre Antwort.
error-too-long =
    { $max ->
        [one] Ihr Text ist zu lang. Bitte schreiben Sie höchstens { $max } Zeichen.
       *[other] Ihr Text ist zu lang. Bitte schreiben Sie höchstens { $max } Zeichen.
    }
error-number-invalid = Bitte schreiben Sie die Jahreszahl mit 4 Ziffern, zum Beispiel { $example }.
error-number-range = Bitte schreiben Sie ein Jahr zwischen { $min } und { $max }.
error-date-invalid = Ich konnte dieses Datum nicht lesen. Bitte schreiben Sie es so: { $example }
error-date-nonexistent = Dieses Datum gibt es nicht. Bitte prüfen Sie den Tag und den Monat.
error-date-range = Bitte schreiben Sie ein Datum zwischen { $min } und { $max }.
error-phone-invalid = Das sieht nicht wie eine Telefonnummer aus. Bitte schreiben Sie nur die Ziffern, zum Beispiel { $example }
error-stale = Diese Frage ist schon beantwortet. Hier ist die aktuelle Frage:
error-already-answered = Diese Frage haben Sie schon beantwortet.
error-or-choose = Oder wählen Sie eine der Antworten unten.
error-unsupported =
    { $kind ->
        [voice] Ich kann keine Sprachnachrichten anhören. Bitte schreiben Sie Ihre Antwort als Text.
        [photo] Ich kann mir hier keine Fotos ansehen. Bitte schicken Sie keine Briefe oder Dokumente in diesen Chat. Eine Beraterin oder ein Berater schaut sie mit Ihnen zusammen an. Bitte schreiben Sie Ihre Antwort als Text.
        [document] Ich kann hier keine Dateien öffnen. Bitte schicken Sie keine Briefe oder Dokumente in diesen Chat. Eine Beraterin oder ein Berater schaut sie mit Ihnen zusammen an. Bitte schreiben Sie Ihre Antwort als Text.
        [sticker] Danke! Bitte schreiben Sie Ihre Antwort als Text oder nutzen Sie die Knöpfe.
        [location] Danke, aber ich brauche Ihren Standort nicht. Bitte schreiben Sie Ihre Antwort als Text oder nutzen Sie die Knöpfe.
        [contact] Bitte schicken Sie hier keine Kontakte. Bitte schreiben Sie Ihre Antwort als Text oder nutzen Sie die Knöpfe.
       *[other] Ich kann nur Text und Knöpfe lesen. Bitte schreiben Sie Ihre Antwort als Text.
    }
error-edited = Sie haben eine frühere Nachricht geändert. Ich lese nur neue Nachrichten. Wenn eine Antwort falsch war, können Sie sie am Ende ändern, bevor Sie alles absenden.
error-private-only = Ich schreibe nur in privaten Chats, damit Ihre Daten geschützt sind. Bitte schreiben Sie mir direkt.
error-state-reset = Entschuldigung, ich habe unser Gespräch verloren. Wir müssen noch einmal von vorne anfangen.
error-temporary = Entschuldigung, es gibt ein technisches Problem. Bitte versuchen Sie es in ein paar Minuten noch einmal. Was Sie vorher geschickt haben, ist nicht verloren.
error-not-processed = Entschuldigung, wegen eines technischen Problems konnte ich Ihre letzte Nachricht nicht bearbeiten. Wir haben sie gespeichert, damit unser Team sie prüfen kann. Sie können weitermachen: Schicken Sie Ihre Antwort noch einmal oder schreiben Sie /start, um von vorne anzufangen.

## Messages from staff

staff-says = Nachricht von { $org } zu Ihrer Anfrage { $reference }:
template-bring-documents = Bitte bringen Sie Ihre Dokumente zum Termin mit: Ihren Pass oder Personalausweis, Ihr Aufenthaltsdokument und alle Briefe von Ämtern zu Ihrer Frage.
template-call-us = Bitte rufen Sie uns an: { $office }, { $phone }. Bitte sagen Sie uns Ihre Nummer für diese Anfrage: { $reference }.
template-appointment-moved = Ihr Termin wurde verschoben. Der neue Termin: { $when } bei { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Meine Daten löschen
delete-confirm =
    Sollen wir alles löschen, was wir über Sie gespeichert haben? Dazu gehören Ihre Antworten und Ihre Anfragen; gebuchte Termine sagen wir ab. Übrig bleibt nur eine Zählung ohne Angaben zu Ihrer Person, für unsere Statistik.
    Das lässt sich nicht rückgängig machen.
delete-yes = Ja, alles löschen
delete-no = Nein, nichts löschen
delete-kept = Gut, wir haben nichts gelöscht.
delete-done = Erledigt: Wir haben Ihre Daten gelöscht. Wenn Sie uns wieder schreiben, fangen wir neu an.
cmd-mydata = Meine gespeicherten Daten
mydata-intro = Das haben wir über Sie gespeichert:
mydata-none = Wir haben nichts über Sie gespeichert.
mydata-consent = Einverständnis gegeben am { $date } (Text in der Fassung { $version })
mydata-language = Sprache: { $language }
mydata-draft = Ihre Antworten bis jetzt (noch nicht abgeschickt):
mydata-request = Anfrage { $reference } vom { $date }: { $status ->
    [new] eingegangen
    [closed] abgeschlossen
   *[other] in Bearbeitung
}
mydata-appointment = Termin { $when }: { $status ->
    [held] vorgemerkt
    [cancelled] abgesagt
    [no_show] nicht wahrgenommen
   *[booked] gebucht
}
mydata-file = Dasselbe als Datei (JSON) für Ihre Unterlagen. Mit /delete löschen Sie alles.
