# anlauf — the staff dashboard (German). Needed in the staff language only.
# Review status: written by the developers in German.

web-product = anlauf
web-nav-queue = Warteschlange
web-nav-staff = Mitarbeitende
web-nav-audit = Protokoll
web-nav-password = Passwort
web-logout = Abmelden
web-back-to-queue = Zurück zur Warteschlange

web-login-title = Anmelden
web-email = E-Mail
web-password = Passwort
web-login = Anmelden
web-login-wrong = E-Mail oder Passwort stimmt nicht.
web-login-throttled = Zu viele falsche Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.
web-login-busy = Gerade melden sich sehr viele an. Bitte versuchen Sie es in ein paar Sekunden noch einmal.
web-login-expired = Das Anmeldeformular war abgelaufen. Bitte melden Sie sich noch einmal an.

web-password-title = Passwort ändern
web-password-must-change = Sie haben ein Einmalpasswort erhalten. Bitte wählen Sie jetzt Ihr eigenes Passwort.
web-password-current = Bisheriges Passwort
web-password-new = Neues Passwort
web-password-repeat = Neues Passwort wiederholen
web-password-save = Passwort speichern
web-password-wrong = Das bisherige Passwort stimmt nicht.
web-password-short = { $count ->
    [one] Das neue Passwort muss mindestens ein Zeichen lang sein.
   *[other] Das neue Passwort muss mindestens { $count } Zeichen lang sein.
}
web-password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.
web-password-same = Das neue Passwort muss sich vom bisherigen unterscheiden.

web-queue-title = Warteschlange
web-status-counts = Anfragen nach Status
web-all = alle
web-any = alle
web-office = Beratungsstelle
web-mine = nur meine
web-filter = Anzeigen
web-urgent = dringend
web-filter-unknown = Diesen Filter gibt es nicht.

web-answers = Angaben
web-bookings = Termine
web-history-empty = Noch keine Einträge.
web-actions = Bearbeiten
web-claim = Übernehmen
web-claim-again = Weiter übernehmen (eine Stunde)
web-release = Zurückgeben
web-note = Notiz
web-note-add = Notiz speichern
web-note-empty = Die Notiz ist leer.
web-assign-to = Zuweisen an
web-assign = Zuweisen
web-refer-to = Weiterleiten an
web-refer = Weiterleiten
web-outcome = Ergebnis
web-close = Abschließen
web-choose-counsellor = Bitte wählen Sie eine Beraterin oder einen Berater aus der Liste.
web-choose-referral = Bitte wählen Sie eine Stelle aus der Liste.
web-choose-outcome = Bitte wählen Sie ein Ergebnis aus der Liste.
web-unknown-action = Diese Aktion gibt es nicht.

web-messages = Nachrichten an die Person
web-message-none = Noch keine Nachrichten.
web-message-send-template = Vorlage in der Sprache der Person
web-message-send = Senden
web-message-free = eigener Text
web-message-free-in = Eigener Text, auf { $language }
web-message-empty = Die Nachricht ist leer.
web-message-too-long = { $count ->
    [one] Die Nachricht darf höchstens ein Zeichen lang sein.
   *[other] Die Nachricht darf höchstens { $count } Zeichen lang sein.
}
web-message-choose = Bitte wählen Sie eine Vorlage aus der Liste.
web-message-no-office = Es ist keine Beratungsstelle eingerichtet, deren Telefonnummer genannt werden könnte.
web-message-no-booking = Diese Anfrage hat keinen gebuchten Termin.
web-message-no-channel = Diese Person hat nicht über Telegram geschrieben und kann so nicht erreicht werden.
web-message-gone = Diese Person ist nicht mehr erreichbar (ihre Daten wurden gelöscht).
web-template-bring-documents = Bitte Unterlagen mitbringen
web-template-call-us = Bitte rufen Sie uns an
web-template-appointment-moved = Ihr Termin wurde verschoben
web-audit-message = Nachricht gesendet

web-nav-slots = Termine
web-slots-title = Wochenplan
web-slots-week-of = Wochenplan: { $name }
web-slots-week = Woche mit dem Tag
web-slots-previous = ← Vorige Woche
web-slots-next = Nächste Woche →
web-slots-free = frei
web-slots-absent = abwesend { $reason }
web-slots-extra = zusätzliche Zeit, { $office }
web-slots-interpreter = Dolmetschung { $language }
web-slots-in-absence = liegt in der Abwesenheit: bitte verlegen oder absagen
web-slots-out-of-hours = liegt außerhalb der Wochenzeiten: bitte verlegen oder absagen
web-slots-conflicts = { $count ->
    [one] Ein gebuchter Termin dieser Woche liegt in einer Abwesenheit oder außerhalb der Wochenzeiten. Bitte verlegen oder sagen Sie ihn über den Fall ab (die ratsuchende Person erfährt es dann).
   *[other] { $count } gebuchte Termine dieser Woche liegen in einer Abwesenheit oder außerhalb der Wochenzeiten. Bitte verlegen oder sagen Sie sie über den Fall ab (die Ratsuchenden erfahren es dann).
}
web-slots-remove = Zurücknehmen
web-slots-add-absence = Abwesenheit eintragen
web-slots-add-extra = Zusätzliche Zeit eintragen
web-slots-from-day = Vom
web-slots-to-day = Bis einschließlich
web-slots-day = Tag
web-slots-from-time = Von
web-slots-to-time = Bis
web-slots-reason = Anlass (für Kolleginnen und Kollegen)
web-slots-bad-date = Bitte geben Sie das Datum vollständig an (höchstens fünf Jahre von heute entfernt).
web-slots-bad-time = Bitte geben Sie die Uhrzeit als Stunden und Minuten an, zum Beispiel 14:00.
web-slots-backwards = Das Ende liegt vor dem Anfang.
web-slots-choose-office = Bitte wählen Sie eine Beratungsstelle aus der Liste.
web-slots-not-yours = Den Wochenplan anderer ändert die Verwaltung.
web-slots-unknown-change = Diesen Eintrag gibt es nicht (mehr).
web-audit-calendar_add = Wochenplan geändert
web-audit-calendar_remove = Eintrag im Wochenplan zurückgenommen
web-nav-stats = Statistik
web-stats-title = Statistik
web-stats-month = Monat
web-stats-csv = Als CSV herunterladen
web-stats-requests = Anfragen im Monat
web-stats-bad-month = Bitte geben Sie den Monat als Jahr-Monat an, zum Beispiel 2026-11.
web-stats-suppressed = { $count ->
    [one] Anonym: Zahlen unter einem werden nicht gezeigt.
   *[other] Anonym: Zahlen unter { $count } werden als „<{ $count }“ gezeigt, damit keine Zelle auf eine Person schließen lässt.
}
web-stats-median-days = { $count ->
    [one] Median bis zum Termin: ein Tag
   *[other] Median bis zum Termin: { $count } Tage
}
web-stats-dimension-topic = Anliegen
web-stats-dimension-language = Sprache
web-stats-dimension-age_group = Altersgruppe
web-stats-dimension-service = Zuständig
web-stats-dimension-outcome = Ergebnis
web-stats-dimension-referral = Weitervermittelt an
web-stats-dimension-appointment = Termine
web-stats-appointment-kept = wahrgenommen
web-stats-appointment-missed = nicht erschienen
web-stats-appointment-upcoming = bevorstehend
web-stats-appointment-none = kein Termin
web-stats-referral-none = nicht weitervermittelt
web-stats-outcome-open = noch offen
web-stats-service-none = vor der Zuordnung eingegangen
web-stats-age_group-unknown = unbekannt
web-audit-stats_export = Statistik exportiert

web-booking-book = Termin für die Person buchen (sie erfährt es in ihrer Sprache)
web-booking-do-book = Buchen
web-booking-move-to = Termin verlegen auf (sie erfährt es in ihrer Sprache)
web-booking-move = Verlegen
web-booking-with-interpreter = mit Dolmetschung
web-booking-slot-gone = Diese Zeit ist nicht mehr frei. Bitte wählen Sie eine andere.
web-audit-booking_add = Termin gebucht
web-audit-booking_move = Termin verlegt
web-booking-cancel = Termin absagen (die Person erfährt es)
web-booking-cancel-confirm = Ja, diesen Termin absagen
web-booking-cancel-confirm-missing = Bitte bestätigen Sie die Absage mit dem Häkchen „Ja, diesen Termin absagen“. Es wurde nichts abgesagt.
web-done-cancelled = Der Termin ist abgesagt. Die Person erhält eine Nachricht in ihrer Sprache; der Termin ist wieder frei.
web-done-no-show = Als nicht erschienen vermerkt.
web-done-booked = Der Termin ist gebucht. Die Person erhält eine Bestätigung in ihrer Sprache.
web-done-again = Dieses Formular war schon abgeschickt: Es wurde nichts ein zweites Mal getan.
web-booking-no-show = Nicht erschienen
web-booking-not-booked = Dieser Termin ist nicht (mehr) gebucht.
web-booking-not-begun = Der Termin hat noch nicht begonnen.
web-audit-booking_cancel = Termin abgesagt
web-audit-booking_no_show = als nicht erschienen markiert

web-staff-title = Mitarbeitende
web-name = Name
web-role = Rolle
web-role-counsellor = Beratung
web-role-admin = Verwaltung
web-counsellor = Als Beraterin/Berater
web-staff-add = Zugang anlegen
web-staff-reset = Einmalpasswort
web-staff-disable = Sperren
web-staff-enable = Entsperren
web-staff-issued = Einmalpasswort für { $name } (wird nur jetzt angezeigt):
web-staff-exists = Für diese E-Mail oder unter diesem Namen gibt es schon einen Zugang.
web-staff-invalid = Bitte geben Sie einen Namen, eine E-Mail-Adresse und eine Rolle an (nicht „client“, „system“ oder „staff“).
web-staff-unknown = Diesen Zugang gibt es nicht.
web-staff-not-yourself = Den eigenen Zugang können Sie nicht sperren.
web-admin-only = Diese Seite ist der Verwaltung vorbehalten.

web-audit-title = Protokoll
web-audit-at = Zeit
web-audit-actor = Wer
web-audit-action = Was
web-audit-subject = Betrifft
web-audit-detail = Einzelheiten
web-audit-view = angesehen
web-audit-claim = übernommen
web-audit-release = zurückgegeben
web-audit-note = Notiz
web-audit-assign = zugewiesen
web-audit-refer = weitergeleitet
web-audit-close = abgeschlossen
web-audit-sign_in = angemeldet
web-audit-sign_in_failed = Anmeldung fehlgeschlagen
web-audit-sign_out = abgemeldet
web-audit-password_change = Passwort geändert
web-audit-account_add = Zugang angelegt
web-audit-account_reset = Einmalpasswort ausgegeben
web-audit-account_disable = Zugang gesperrt
web-audit-account_enable = Zugang entsperrt

web-database-down = Die Datenbank antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.
web-csrf = Das Formular war veraltet oder kam nicht von dieser Seite. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
web-form-too-big = Das Formular ist zu groß.
web-failed = Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.
web-status-400 = Ungültige Anfrage
web-status-403 = Kein Zugriff
web-status-404 = Nicht gefunden
web-status-409 = Nicht möglich
web-status-413 = Zu groß
web-status-500 = Fehler
web-status-503 = Vorübergehend nicht erreichbar

web-nav-directory = Stellen und Beratende
web-audit-directory_office = Beratungsstelle geändert
web-audit-directory_counsellor = Beratende Person geändert
web-audit-directory_export = Verzeichnis heruntergeladen
web-dir-title = Beratungsstellen und Beratende
web-dir-explained = Was Sie hier ändern, gilt sofort: für die Terminvergabe, den Wochenplan und die Warteliste. Es tritt an die Stelle der Einträge [[office]] und [[counsellor]] in anlauf.toml; jede Änderung wird protokolliert.
web-dir-export = Als TOML herunterladen (für anlauf.toml)
web-dir-export-failed = Das Verzeichnis konnte nicht geschrieben werden.
web-dir-offices = Beratungsstellen
web-dir-counsellors = Beratende
web-dir-office-name = Name der Beratungsstelle
web-dir-address = Adresse
web-dir-phone = Telefon
web-dir-opening-hours = Öffnungszeiten
web-dir-time-zone-label = Zeitzone
web-dir-counsellor-name = Vorname
web-dir-counsellor-name-hint = Nur der Vorname: Ratsuchende sehen ihn bei der Terminbestätigung.
web-dir-languages = Sprachen
web-dir-languages-hint = Sprachcodes, durch Kommas getrennt. Die Sprachen des Bots:
web-dir-topics = Themen
web-dir-topics-hint = Keines angekreuzt: alle Themen.
web-dir-every-topic = alle Themen
web-dir-hours = Wochenzeiten
web-dir-hours-hint = Eine Zeile je Zeitraum, z. B. „mon-thu 09:00-15:00“ oder „fri 09:00-12:00“ (mon, tue, wed, thu, fri, sat, sun). Eine leere Zeile entfällt.
web-dir-days = Tage und Uhrzeit
web-dir-format = Form
web-dir-format-walk_in = offene Sprechstunde (ohne Termin)
web-dir-slot-length = Minuten je Termin
web-dir-add-office = Beratungsstelle hinzufügen
web-dir-add-counsellor = Beratende Person hinzufügen
web-dir-edit-office = Beratungsstelle { $name }
web-dir-edit-counsellor = Beratende Person { $name }
web-dir-back = Zurück zum Verzeichnis
web-dir-id = Kennung
web-dir-id-hint = Kleinbuchstaben, Ziffern, - oder _ (höchstens 32 Zeichen); sie lässt sich später nicht ändern.
web-dir-id-fixed = Kennung: { $id }
web-dir-save = Speichern
web-dir-saved = Gespeichert. Die Änderung gilt ab sofort.
web-dir-removed = Entfernt. Die Änderung gilt ab sofort.
web-dir-unknown = Diesen Eintrag gibt es nicht (mehr).
web-dir-remove-office = Beratungsstelle entfernen
web-dir-remove-office-hint = Möglich, wenn dort niemand mehr Wochenzeiten hat und keine Termine mehr gebucht sind.
web-dir-remove-counsellor = Beratende Person entfernen
web-dir-remove-counsellor-hint = Möglich, wenn keine Termine mehr bei ihr gebucht sind. Ihre Fälle bleiben erhalten.
web-dir-office-in-use = Hier hat { $name } noch Wochenzeiten. Bitte ändern Sie zuerst diese.
web-dir-last-office = Die letzte Beratungsstelle kann nicht entfernt werden: Ratsuchende brauchen eine Telefonnummer.
web-dir-office-booked = { $count ->
    [one] Hier ist noch ein Termin gebucht. Bitte verlegen oder absagen Sie ihn zuerst.
   *[other] Hier sind noch { $count } Termine gebucht. Bitte verlegen oder absagen Sie sie zuerst.
}
web-dir-counsellor-booked = { $count ->
    [one] Bei dieser Person ist noch ein Termin gebucht. Bitte verlegen oder absagen Sie ihn zuerst.
   *[other] Bei dieser Person sind noch { $count } Termine gebucht. Bitte verlegen oder absagen Sie sie zuerst.
}
web-dir-counsellor-absences = Für diese Person stehen Abwesenheiten in anlauf.toml ([[absence]]). Bitte entfernen Sie sie dort zuerst.
web-dir-conflict = Jemand anderes hat das Verzeichnis inzwischen geändert. Bitte laden Sie die Seite neu und ändern Sie es dann.
web-dir-invalid = Das passt nicht zur übrigen Konfiguration: { $detail }
web-dir-field-empty = Bitte füllen Sie „{ $field }“ aus.
web-dir-field-long = „{ $field }“ ist zu lang (höchstens { $max } Zeichen).
web-dir-id-invalid = Die Kennung darf nur Kleinbuchstaben, Ziffern, - und _ enthalten (1 bis 32 Zeichen, nicht „new“).
web-dir-id-taken = Die Kennung „{ $id }“ ist schon vergeben.
web-dir-time-zone = „{ $value }“ ist keine Zeitzone (z. B. Europe/Berlin).
web-dir-hours-invalid = „{ $value }“ ist keine Zeitangabe wie „mon-fri 09:00-15:00“.
web-dir-language-invalid = „{ $value }“ ist kein Sprachcode, den anlauf kennt (z. B. de, ar, fa, prs, uk).
web-dir-language-meant = „{ $value }“ ist kein Sprachcode. Gemeint ist wohl „{ $code }“.
web-dir-languages-empty = Bitte geben Sie mindestens eine Sprache an.
web-dir-hours-office = Für „{ $value }“ fehlt die Beratungsstelle.
web-dir-slot-minutes = „{ $value }“ Minuten: Bitte eine Zahl von 5 bis 480.
web-dir-hours-overlap = „{ $first }“ und „{ $second }“ überschneiden sich (eine Person ist zur selben Zeit nur an einem Ort).
