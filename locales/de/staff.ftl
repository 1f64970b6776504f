# anlauf — staff-facing messages (German). Needed in the staff language only.
# Review status: written by the developers in German.

staff-title = Erstkontakt { $reference }
staff-received = Eingegangen
staff-status = Status
staff-status-new = neu
staff-language = Sprache
staff-consent = Einwilligung
staff-consent-value = erteilt (Fassung { $version })
staff-verbatim = Originaltext, { $language }

staff-col-id = Nr.
staff-col-reference = Referenz
staff-col-received = Eingang
staff-col-language = Sprache
staff-col-topics = Anliegen
staff-col-urgent = Dringend
staff-col-status = Status
staff-queue-empty = Die Warteschlange ist leer.
staff-not-found = Kein Erstkontakt „{ $key }“ gefunden.

staff-field-topics = Anliegen
staff-field-age_group = Altersgruppe
staff-field-arrival = Einreise
staff-field-residence = Aufenthaltsstatus
staff-field-integration_course = Integrationskurs
staff-field-urgent = Dringend
staff-field-deadline_date = Frist
staff-field-own_words = In eigenen Worten
staff-field-contact = Kontaktweg
staff-field-phone = Telefon
staff-field-office = Beratungsstelle
staff-field-appointment_languages = Sprachen für den Termin

staff-lang-de = Deutsch
staff-lang-en = Englisch
staff-lang-ar = Arabisch
staff-lang-fa = Persisch (Farsi)
staff-lang-ps = Paschtu
staff-lang-tr = Türkisch
staff-lang-ku = Kurdisch (Kurmandschi)
staff-lang-ru = Russisch
staff-lang-uk = Ukrainisch
staff-lang-ka = Georgisch
staff-lang-bs = Bosnisch
staff-lang-pl = Polnisch
staff-lang-ro = Rumänisch
staff-lang-fr = Französisch
staff-lang-so = Somali
staff-lang-prs = Dari
staff-lang-ckb = Kurdisch (Sorani)
staff-lang-ti = Tigrinya
staff-lang-am = Amharisch
staff-lang-sq = Albanisch
staff-lang-vi = Vietnamesisch
staff-lang-ur = Urdu
staff-lang-es = Spanisch
staff-lang-it = Italienisch
staff-lang-bg = Bulgarisch

## Staff wording of answers whose client wording is first-person or informal.
## Optional: any option label can get one (staff-<option label id>).

staff-arrival-born_here = in Deutschland geboren
staff-arrival-over_10_years = vor mehr als 10 Jahren
staff-residence-asylum_procedure = Asylverfahren läuft
staff-residence-protection = Schutzstatus (anerkannt)
staff-residence-duldung = Duldung
staff-residence-temporary_protection = vorübergehender Schutz (§ 24 AufenthG, Ukraine)
staff-residence-residence_permit = sonstige Aufenthaltserlaubnis
staff-residence-settlement_permit = Niederlassungserlaubnis
staff-residence-eu_citizen = EU-Bürger/in
staff-residence-german = deutsche Staatsangehörigkeit
staff-residence-late_repatriate = Spätaussiedler/in oder Familienangehörige
staff-residence-unknown = unbekannt
staff-course-obliged = verpflichtet
staff-course-attending = nimmt teil
staff-course-finished = abgeschlossen
staff-course-no = nein
staff-course-unknown = unbekannt
staff-contact-chat = im Chat
staff-contact-phone = telefonisch
staff-contact-in_person = persönlich in der Beratungsstelle

## Urgent situations found in the client's own words

staff-urgency = Dringend laut eigenen Worten
staff-urgency-deportation = Abschiebung
staff-urgency-deadline = Frist
staff-urgency-violence = Gewalt oder Bedrohung
staff-urgency-homelessness = Wohnungslosigkeit
staff-urgency-hunger = kein Geld für Essen
staff-urgency-illness = akute Erkrankung
staff-urgency-suicide = Suizidgedanken
staff-urgency-words = Auslösende Wörter (nur im Fall sichtbar)
staff-alert-urgency = Dringend: { $categories }
staff-alert-said = Angegeben: { $situation }

## Notice to the staff chat for each new intake: no name, no free text, no phone number.

staff-alert =
    Neuer Erstkontakt { $reference }{ $urgent ->
        [yes] {" "}— Frist/dringend
       *[no] {""}
    }
    Sprache: { $language }
    Anliegen: { $topics }

## Triage: who is responsible, why, and how soon

staff-col-priority = Prio.
staff-col-service = Zuständig
staff-service = Zuständig
staff-service-mbe = Migrationsberatung für Erwachsene (MBE)
staff-service-jmd = Jugendmigrationsdienst (JMD)
staff-service-referral = Verweisberatung
staff-reason = Begründung
staff-priority = Priorität
staff-priority-urgent = dringend
staff-priority-course_obliged = zum Integrationskurs verpflichtet
staff-priority-normal = Reihenfolge des Eingangs
staff-referred = Verwiesen an
staff-reason-youth = { $age_group }: Jugendmigrationsdienst zuständig (12–26 Jahre)
staff-reason-repatriate = { $age_group }, { $residence }, eingereist: { $arrival }
staff-reason-recent = { $age_group }, eingereist { $arrival }
staff-reason-settled = { $age_group }, Niederlassungserlaubnis (seit wann: bitte klären)
staff-reason-course = { $age_group }, Integrationskurs: { $integration_course }
staff-reason-crisis = { $age_group }, eingereist: { $arrival }, akute Krise
staff-reason-elsewhere = { $age_group }, eingereist: { $arrival }, { $residence }: außerhalb der MBE-Zielgruppe
staff-urgent-deadline = Brief mit Frist oder Abschiebung droht
staff-urgent-danger = Gewalt/Bedrohung oder gesundheitliche Krise
staff-urgent-no_shelter = heute ohne Schlafplatz
staff-urgent-no_food = kein Geld für Essen
staff-urgent-no = nein
staff-age-under_18 = unter 18
staff-age-18_26 = 18–26
staff-age-27_64 = 27–64
staff-age-65_plus = 65+

## Appointments

staff-col-office = Beratungsstelle
staff-col-day = Tag
staff-col-free = frei
staff-col-held = vorgemerkt
staff-col-booked = gebucht
staff-slots-none = In diesem Zeitraum gibt es keine Termine.
staff-bookings = Termine
staff-booking-line = #{ $id } { $when }, { $counsellor }, { $office } ({ $format }): { $status }
staff-booking-status-held = vorgemerkt
staff-booking-status-booked = gebucht
staff-booking-status-cancelled = abgesagt
staff-booking-status-expired = verfallen
staff-booking-status-released = freigegeben
staff-booking-status-no_show = nicht erschienen
staff-booking-interpreter = Dolmetschung: { $language }
staff-no-shows =
    { $count ->
        [one] Nicht erschienen: einmal (alle Anfragen dieser Person)
       *[other] Nicht erschienen: { $count } Mal (alle Anfragen dieser Person)
    }
staff-booking-none = Keine Termine zu „{ $key }“.
staff-booking-cancelled = Der Termin ist abgesagt; die Person wird im Chat benachrichtigt.
staff-booking-no-show = Als „nicht erschienen“ vermerkt.
staff-booking-not-yet = Der Termin ({ $when }) hat noch nicht begonnen: „nicht erschienen“ erst danach.
staff-booking-not-booked = Zu „{ $key }“ gibt es keinen gebuchten Termin.
staff-feed-event = Termin { $reference }: { $topics } ({ $status })
staff-feed-name = Beratungstermine { $counsellor }

## Case work

staff-status-claimed = übernommen
staff-status-in_progress = in Bearbeitung
staff-status-referred = weitervermittelt
staff-status-booked = Termin gebucht
staff-status-closed = abgeschlossen
staff-col-holder = bei
staff-holder = Bearbeitung
staff-claimed-until = übernommen bis { $until }
staff-assignee = Zugewiesen an
staff-referred-to = Weitervermittelt an
staff-outcome = Ergebnis
staff-outcome-advised = beraten
staff-outcome-supported = unterstützt (Antrag, Schreiben, Formular)
staff-outcome-not_responsible = nicht zuständig
staff-outcome-no_contact = nicht erreicht
staff-outcome-withdrawn = kein Bedarf mehr
staff-outcome-duplicate = doppelt (unter anderer Nummer bearbeitet)
staff-history = Verlauf
staff-history-line = { $when }  { $actor }: { $action } → { $status }
staff-history-line-same = { $when }  { $actor }: { $action }
staff-actor-client = Person (im Chat)
staff-actor-system = System
staff-actor-staff = Team
staff-action-claim = übernommen
staff-action-release = zurückgegeben
staff-action-lapse = Übernahme abgelaufen
staff-action-note = Notiz
staff-action-assign = zugewiesen
staff-action-refer = weitervermittelt
staff-action-close = abgeschlossen
staff-action-booked = Termin gebucht
staff-action-unbooked = Termin abgesagt
staff-action-purged = Aufbewahrungsfrist abgelaufen: Daten gelöscht (übrig sind nur Angaben für die Statistik)
staff-action-erased = Daten auf Wunsch der ratsuchenden Person gelöscht (übrig sind nur Angaben für die Statistik)
staff-claimed = Übernommen: #{ $id } { $reference } (bis { $until }).
staff-claim-none = Keine neue Anfrage zu übernehmen.
staff-case-done = Erledigt: #{ $id } { $reference }, { $status }.
staff-refused-held = Nicht möglich: { $holder } bearbeitet diese Anfrage.
staff-refused-held-until = Nicht möglich: { $holder } hat diese Anfrage bis { $until } übernommen.
staff-refused-finished = Nicht möglich: die Anfrage ist { $status }.
staff-refused-not-claimed = Nicht möglich: Sie haben diese Anfrage nicht übernommen.
staff-refused-empty-note = Die Notiz ist leer.
staff-refused-long-note = Die Notiz ist zu lang (höchstens { $limit } Zeichen).
staff-unknown-counsellor = Unbekannte Beraterin oder unbekannter Berater „{ $name }“. Bekannt: { $known }
staff-unknown-referral = Unbekanntes Ziel „{ $name }“. Im Verzeichnis: { $known }
staff-unknown-outcome = Unbekanntes Ergebnis „{ $name }“. Möglich: { $known }

staff-account-added = Zugang für { $name } ({ $email }, { $role }) angelegt. Einmalpasswort (wird nur jetzt angezeigt, bei der ersten Anmeldung zu ändern):
staff-account-reset = Neues Einmalpasswort für { $email } (alle Anmeldungen dieses Zugangs sind beendet):
staff-account-exists = Für { $email } oder unter diesem Namen gibt es schon einen Zugang.
staff-account-unknown = Keinen Zugang für { $email } gefunden.
staff-account-invalid = Bitte geben Sie einen Namen und eine E-Mail-Adresse an (nicht „client“, „system“ oder „staff“: so heißen im Verlauf andere).
staff-account-none = Noch keine Zugänge. Den ersten anlegen: anlauf staff add --name … --email … --role admin
staff-account-disabled = gesperrt
