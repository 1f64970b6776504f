# anlauf — client-facing messages (Romanian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Bună ziua! Aici este { $org }. Vă voi pune câteva întrebări scurte, ca să vă poată ajuta persoana potrivită. Este gratuit.
ask-language = Vă voi scrie în această limbă: { $language }. Dacă preferați altă limbă, alegeți-o aici.
language-keep = ✓ { $language } — mai departe
language-more = Alte limbi
language-switched = De acum înainte vă voi scrie în această limbă: { $language }.
language-offer = Ați scris în această limbă: { $language }. Continuăm în ea?
language-offer-yes = Continuați: { $language }
language-unknown = Limba „{ $tag }” nu este disponibilă aici. Puteți alege o limbă cu /language.

## Consent

consent-text =
    { $org } oferă consiliere gratuită persoanelor care s-au mutat în Germania. Consilierea este confidențială: nu dăm informațiile dumneavoastră nimănui.

    Ca să vă putem ajuta, notăm răspunsurile dumneavoastră. Doar consilierii de la { $org } le citesc. Ne puteți cere oricând să vă arătăm datele sau să le ștergem.

    Sunteți de acord să notăm răspunsurile dumneavoastră?
consent-yes = Da, sunt de acord
consent-no = Nu
consent-declined =
    Nicio problemă. Nu am salvat nimic.
    Ne puteți și suna sau ne puteți vizita:
    { $offices }
consent-declined-kept =
    Nicio problemă. Nu mai notăm nimic, iar ce ne-ați spus în această conversație va fi șters.
    Cererea pe care ne-ați trimis-o mai devreme rămâne la consilierii noștri. Dacă vreți să fie ștearsă și ea, ne puteți suna sau ne puteți vizita:
    { $offices }

## Concern

ask-topics = Cu ce aveți nevoie de ajutor? Puteți alege mai multe răspunsuri. Apoi apăsați pe „Gata”.
topic-residence = Ședere și azil
topic-benefits = Ajutoare sociale, bani de la stat
topic-work = Muncă și permis de muncă
topic-recognition = Recunoașterea diplomelor mele
topic-education = Școală, formare, studii
topic-language_course = Curs de integrare și de germană
topic-childcare = Grădiniță sau școală pentru copil
topic-family = Familie
topic-family_reunification = Să-mi aduc familia în Germania
topic-health = Sănătate și stres
topic-discrimination = Discriminare și rasism
topic-housing = Locuință
topic-debts = Datorii și probleme cu banii
topic-return = Întoarcere sau mutare în altă țară
topic-daily_life = Viața zilnică, scrisori și acte
topic-other = Altceva
multi-done = Gata ✓
multi-chosen =
    { $count ->
        [0] Încă nu ați ales nimic.
        [one] Ați ales un răspuns: { $list }
        [few] Ați ales { $count } răspunsuri: { $list }
       *[other] Ați ales { $count } de răspunsuri: { $list }
    }
multi-empty = Vă rugăm să alegeți cel puțin un răspuns. Apoi apăsați pe „Gata”.

## About you

ask-age = Câți ani aveți?
age-under_18 = Sub 18 ani
age-18_26 = Între 18 și 26 de ani
age-27_64 = Între 27 și 64 de ani
age-65_plus = 65 de ani sau mai mult

ask-arrival = În ce an ați venit în Germania? Scrieți anul, de exemplu { $example }.
arrival-born_here = M-am născut în Germania
arrival-over_10_years = Acum mai mult de 10 ani

ask-residence = Ce statut de ședere aveți? Dacă nu știți exact, alegeți „Nu știu”.
residence-asylum_procedure = Procedura de azil e în curs
residence-protection = Statut de refugiat sau protecție
residence-duldung = Tolerare (Duldung)
residence-temporary_protection = Protecție temporară (Ucraina)
residence-residence_permit = Alt permis de ședere
residence-settlement_permit = Permis de ședere permanent
residence-eu_citizen = Cetățenie dintr-o țară UE
residence-german = Cetățenie germană
residence-late_repatriate = Repatriat (Spätaussiedler) sau familia sa
residence-unknown = Nu știu

ask-course = Trebuie să mergeți la un curs de integrare (curs de germană)?
course-obliged = Da, trebuie
course-attending = Merg la curs acum
course-finished = L-am terminat
course-no = Nu
course-unknown = Nu știu

## Urgency

ask-urgent = Sunteți acum într-una dintre aceste situații? Dacă nu, alegeți „Nu”.
urgent-deadline = Scrisoare cu termen sau risc de expulzare
urgent-danger = Violență, amenințări sau criză de sănătate
urgent-no_shelter = Nu am unde să dorm la noapte
urgent-no_food = Nu am bani de mâncare
urgent-no = Nu, nimic din acestea
yes = Da
no = Nu
urgent-help =
    Dacă sunteți în pericol chiar acum, vă rugăm să sunați:
    Poliția: 110
    Ambulanța și pompierii: 112
    Medicul de gardă noaptea și în weekend: 116 117
    Ajutor pentru femei împotriva violenței (multe limbi, gratuit, zi și noapte): 116 016
    Linie de criză (gratuit, zi și noapte): 0800 111 0 111
    Acest chat nu oferă consiliere juridică. Echipa noastră vă va contacta cu prioritate.
urgent-help-suicide =
    Nu sunteți singur(ă). Vă rugăm să vorbiți acum cu cineva:
    Linie de criză (gratuit, anonim, zi și noapte): 0800 111 0 111
    Dacă viața dumneavoastră este în pericol chiar acum: 112
urgent-help-violence =
    Dacă sunteți în pericol chiar acum, sunați la poliție: 110
    Ajutor pentru femei împotriva violenței (multe limbi, gratuit, anonim, zi și noapte): 116 016
urgent-help-illness =
    În caz de urgență medicală, chemați ambulanța: 112
    Medicul de gardă noaptea și în weekend: 116 117
urgent-help-homelessness =
    Dacă nu aveți unde să dormiți la noapte, puteți merge aici:
    { $place }
urgent-help-hunger =
    Aici se împart alimente:
    { $food }
    Ajutor bănesc de urgență de la Biroul de asistență socială:
    { $welfare }
urgent-help-footer = Acest chat nu oferă consiliere juridică. Echipa noastră vă va contacta cu prioritate.
urgent-letter = Vă mulțumim. Ne uităm cu prioritate la scrisoarea dumneavoastră. Acest chat nu oferă consiliere juridică; un consilier vă va contacta.
urgent-first = Vă mulțumim că ne-ați spus. Echipa noastră se uită cu prioritate la cererea dumneavoastră. Acest chat nu oferă consiliere juridică; un consilier vă va contacta.
ask-deadline = Până la ce dată este termenul? Scrieți data așa: { $example }
deadline-skip = Fără dată sau nu știu

## Your own words

ask-own-words = Vă rugăm să ne spuneți cu cuvintele dumneavoastră despre ce este vorba. Puteți scrie în limba dumneavoastră.
skip = Săriți peste

## Contact

ask-contact = Cum să vă contactăm?
contact-chat = Aici, în acest chat
contact-phone = Prin telefon
contact-in_person = Personal, la un birou
ask-phone = La ce număr de telefon vă putem suna? De exemplu { $example }
ask-office = Ce birou vă convine cel mai bine?
ask-appointment-languages = În ce limbi puteți vorbi la o programare? Puteți alege mai multe. Apoi apăsați pe „Gata”.
office-any = Oricare
office-hours = Program: { $hours }
office-directions-elsewhere = Cum ajungeți (în { $language }, pentru că nu este încă scris în limba dumneavoastră): { $text }
office-mitte-directions = Autobuzul 12 sau tramvaiul 3 până la stația „Lindenallee”. Intrarea este prin curte, etajul 2. Sunați la soneria „Beratung”.
office-nord-directions = Tramvaiul 5 până la stația „Erlenhof”, apoi 3 minute pe jos. Parter, ușa cu plăcuța albastră.
weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mie.
weekday-thu = joi
weekday-fri = vin.
weekday-sat = sâm.
weekday-sun = dum.

## Check and send

summary-intro = Vă rugăm să verificați răspunsurile:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Totul e corect — trimiteți
summary-change = ✎ Schimbați un răspuns
ask-which-change = Ce răspuns doriți să schimbați?
field-language = Limba
field-topics = Subiecte
field-age_group = Vârsta
field-arrival = Venit în Germania
field-residence = Statut de ședere
field-integration_course = Curs de integrare
field-urgent = Urgent
field-deadline_date = Termen
field-own_words = Cu cuvintele dumneavoastră
field-contact = Contact
field-phone = Telefon
field-office = Birou
field-appointment_languages = Limbi pentru programare
done =
    Vă mulțumim! Am primit cererea dumneavoastră.
    Numărul cererii dumneavoastră este: { $reference }
    Vă rugăm să păstrați acest număr. Un consilier vă va contacta în curând.
referral-intro = Aceste servicii se ocupă de problema dumneavoastră sau vă pot ajuta și ele:
referral-entry = { $kind }: { $name }
referral-phone = Telefon: { $phone }
referral-languages = Limbi: { $languages }
referral-kind-youth_migration = Serviciul de migrație pentru tineri între 12 și 26 de ani (Jugendmigrationsdienst)
referral-kind-immigration_office = Biroul pentru străini (Ausländerbehörde)
referral-kind-job_centre = Jobcenter
referral-kind-social_office = Biroul de asistență socială (Sozialamt)
referral-kind-integration_course = Furnizor de cursuri de integrare
referral-kind-debt_counselling = Consiliere pentru datorii (Schuldnerberatung)
referral-kind-recognition = Consiliere pentru recunoașterea diplomelor
referral-kind-health = Consiliere pentru sănătate și sprijin psihosocial
referral-kind-return_counselling = Consiliere pentru întoarcere (Rückkehrberatung)
referral-kind-housing_help = Ajutor pentru persoane fără locuință
referral-kind-anti_discrimination = Consiliere împotriva discriminării
after-done = Cererea dumneavoastră { $reference } a ajuns la noi. Dacă vreți să trimiteți o cerere nouă, scrieți /start.

## Appointment

booking-offer = Programări libere la { $office } ({ $address }). Alegeți o oră:
booking-interpreter = Niciun consilier nu vorbește aceste limbi: { $languages }. Vom cere un interpret pentru programare.
booking-urgent = Pentru că este urgent, acestea sunt primele ore libere. Dacă niciuna nu vă convine, un consilier vă va contacta mai repede.
booking-none = În următoarele săptămâni nu este nicio programare liberă. Un consilier vă va contacta.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Puteți veni și fără programare: { $office }, { $address }, { $hours }.
booking-later = Ore mai târzii ▸
booking-other-office = Alt birou
booking-skip = Fără programare, contactați-mă
booking-skipped = Bine. Un consilier vă va contacta.
booking-format-in_person = la birou
booking-format-phone = prin telefon
booking-format-video = apel video
booking-hold =
    { $when } cu { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Vă păstrez această oră timp de { $minutes } minut. Să o rezerv?
        [few] Vă păstrez această oră timp de { $minutes } minute. Să o rezerv?
       *[other] Vă păstrez această oră timp de { $minutes } de minute. Să o rezerv?
    }
booking-confirm = ✓ Da, rezervați
booking-other = Alegeți altă oră
booking-taken = Ne pare rău, altcineva tocmai a luat această oră. Iată următoarele ore libere.
booking-done =
    Programarea dumneavoastră a fost făcută:
    { $when } cu { $counsellor }
    { $office }, { $address } ({ $format })
    Vă rugăm să aduceți pașaportul sau cartea de identitate, permisul de ședere și scrisorile despre problema dumneavoastră.
    Cu fișierul de calendar de mai jos puteți salva programarea în telefon.
booking-with-interpreter = Va veni și un interpret pentru limba { $language }.
booking-event = Programare pentru consiliere, { $org }
booking-reminder = Vă reamintim programarea: { $when } cu { $counsellor }, { $office }, { $address } ({ $format }). Dacă nu puteți veni, vă rugăm să scrieți /appointment.
appointment-none = Încă nu aveți o programare la noi. Pentru a trimite o cerere, scrieți /start.
appointment-show = Programarea dumneavoastră: { $when } cu { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Anulați programarea
appointment-reschedule = Alegeți altă oră
appointment-keep = Păstrați programarea
appointment-cancelled = Programarea dumneavoastră a fost anulată. Dacă vreți una nouă, scrieți /appointment.
waitlist-join = Pe lista de așteptare, vă rog
waitlist-joined = Sunteți pe lista de așteptare. Imediat ce se eliberează o programare potrivită, vă scriu aici.
waitlist-offer = S-a eliberat o programare pentru dumneavoastră: { $when } cu { $counsellor }, { $office }, { $address } ({ $format }). Vă păstrez această programare până la { $until }. Să o rezerv?
after-booked = Programarea dumneavoastră: { $when } cu { $counsellor }, la { $office }. Numărul cererii dumneavoastră: { $reference }. Dacă vreți să trimiteți o cerere nouă, scrieți /start.

## Navigation and help

nav-back = ◀ Înapoi
nav-restart = ↺ Începeți din nou
confirm-restart = Vreți să începeți din nou? Răspunsurile de până acum vor fi șterse.
confirm-restart-yes = Da, ștergeți și începeți din nou
confirm-restart-no = Nu, continuați
help =
    Vă pun câteva întrebări și trimit răspunsurile dumneavoastră unui consilier.
    /start — începeți de la început
    /back — înapoi la întrebarea anterioară
    /language — schimbați limba
    /appointment — vedeți, mutați sau anulați programarea
    /mydata — vedeți ce am salvat despre dumneavoastră
    /delete — ștergeți toate datele dumneavoastră salvate la noi
    /help — afișați acest ajutor
cmd-start = Începeți de la început
cmd-help = Ajutor
cmd-language = Schimbați limba
cmd-back = Înapoi la întrebarea anterioară
cmd-appointment = Programarea mea
terminal-hint = Scrieți numărul unui răspuns sau scrieți răspunsul. Comenzi: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Scuze, nu am înțeles. Vă rugăm să alegeți unul dintre răspunsuri.
error-empty = Mesajul dumneavoastră a fost gol. Vă rugăm să scrieți răspunsul.
error-too-long =
    { $max ->
        [one] Textul este prea lung. Vă rugăm să scrieți cel mult { $max } caracter.
        [few] Textul este prea lung. Vă rugăm să scrieți cel mult { $max } caractere.
       *[other] Textul este prea lung. Vă rugăm să scrieți cel mult { $max } de caractere.
    }
error-number-invalid = Vă rugăm să scrieți anul cu 4 cifre, de exemplu { $example }.
error-number-range = Vă rugăm să scrieți un an între { $min } și { $max }.
error-date-invalid = Nu am putut citi această dată. Vă rugăm să o scrieți așa: { $example }
error-date-nonexistent = Această dată nu există. Vă rugăm să verificați ziua și luna.
error-date-range = Vă rugăm să scrieți o dată între { $min } și { $max }.
error-phone-invalid = Acesta nu pare un număr de telefon. Vă rugăm să scrieți doar cifrele, de exemplu { $example }
error-stale = La această întrebare ați răspuns deja. Iată întrebarea de acum:
error-already-answered = Ați răspuns deja la această întrebare.
error-or-choose = Sau alegeți unul dintre răspunsurile de mai jos.
error-unsupported =
    { $kind ->
        [voice] Nu pot asculta mesaje vocale. Vă rugăm să scrieți răspunsul ca text.
        [photo] Aici nu mă pot uita la poze. Vă rugăm să nu trimiteți scrisori sau documente în acest chat. Un consilier se va uita la ele împreună cu dumneavoastră. Vă rugăm să scrieți răspunsul ca text.
        [document] Aici nu pot deschide fișiere. Vă rugăm să nu trimiteți scrisori sau documente în acest chat. Un consilier se va uita la ele împreună cu dumneavoastră. Vă rugăm să scrieți răspunsul ca text.
        [sticker] Mulțumesc! Vă rugăm să scrieți răspunsul ca text sau să folosiți butoanele.
        [location] Mulțumesc, dar nu am nevoie de locația dumneavoastră. Vă rugăm să scrieți răspunsul ca text sau să folosiți butoanele.
        [contact] Vă rugăm să nu trimiteți contacte aici. Scrieți răspunsul ca text sau folosiți butoanele.
       *[other] Pot citi doar text și butoane. Vă rugăm să scrieți răspunsul ca text.
    }
error-edited = Ați schimbat un mesaj mai vechi. Eu citesc doar mesajele noi. Dacă un răspuns a fost greșit, îl puteți schimba la sfârșit, înainte de trimitere.
error-private-only = Vorbesc doar în chaturi private, ca să vă protejez datele. Vă rugăm să îmi scrieți direct.
error-state-reset = Scuze, am pierdut firul conversației. Trebuie să începem din nou de la început.
error-temporary = Scuze, este o problemă tehnică. Vă rugăm să încercați din nou în câteva minute. Ce ați trimis înainte nu s-a pierdut.
error-not-processed = Scuze, din cauza unei probleme tehnice nu am putut prelucra ultimul mesaj pe care l-ați trimis. L-am păstrat pentru ca echipa noastră să îl verifice. Puteți continua: trimiteți din nou răspunsul sau scrieți /start ca să începeți de la început.

## Messages from staff

staff-says = Mesaj de la { $org } despre cererea dumneavoastră { $reference }:
template-bring-documents = Vă rugăm să aduceți la programare aceste documente: pașaportul sau cartea de identitate, documentul de ședere și toate scrisorile de la autorități despre problema dumneavoastră.
template-call-us = Vă rugăm să ne sunați: { $office }, { $phone }. Spuneți-ne numărul cererii dumneavoastră: { $reference }.
template-appointment-moved = Programarea dumneavoastră a fost mutată. Noua programare: { $when } cu { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Ștergeți datele mele
delete-confirm =
    Să ștergem tot ce am salvat despre dumneavoastră? Aici intră răspunsurile și cererile dumneavoastră; dacă aveți programări, le vom anula. Pentru statisticile noastre rămâne doar un număr, fără nicio informație despre dumneavoastră.
    După ștergere, datele nu mai pot fi recuperate.
delete-yes = Da, ștergeți tot
delete-no = Nu, nu ștergeți nimic
delete-kept = Bine, nu am șters nimic.
delete-done = Gata: am șters datele dumneavoastră. Dacă ne scrieți din nou, vom începe de la capăt.
cmd-mydata = Datele mele salvate
mydata-intro = Iată ce am salvat despre dumneavoastră:
mydata-none = Nu avem nimic salvat despre dumneavoastră.
mydata-consent = Acord dat pe { $date } (versiunea textului { $version })
mydata-language = Limba: { $language }
mydata-draft = Răspunsurile de până acum (încă netrimise):
mydata-request = Cererea { $reference } din { $date }: { $status ->
    [new] primită
    [closed] încheiată
   *[other] în lucru
}
mydata-appointment = Programarea din { $when }: { $status ->
    [held] păstrată temporar
    [cancelled] anulată
    [no_show] nu ați venit
   *[booked] rezervată
}
mydata-file = Aceleași date ca fișier (JSON), ca să le păstrați. Cu /delete ștergeți tot.
