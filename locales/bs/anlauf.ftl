# anlauf — client-facing messages (Bosnian).
# Review status: machine-drafted, not yet reviewed by a native speaker; register revised 2026-12-02 (machine-drafted).
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Dobar dan! Ovo je { $org }. Postavit ću Vam nekoliko kratkih pitanja, kako bi Vam mogla pomoći prava osoba. Besplatno je.
ask-language = Pisat ću Vam na ovom jeziku: { $language }. Ako Vam više odgovara drugi jezik, izaberite ga ovdje.
language-keep = ✓ { $language } — nastavite
language-more = Više jezika
language-switched = Od sada ću Vam pisati na ovom jeziku: { $language }.
language-offer = Pisali ste na ovom jeziku: { $language }. Da li da nastavimo na tom jeziku?
language-offer-yes = Nastavite na jeziku: { $language }
language-unknown = Jezik „{ $tag }“ ovdje nije dostupan. Jezik možete izabrati komandom /language.

## Consent

consent-text =
    { $org } besplatno savjetuje ljude koji su se doselili u Njemačku. Savjetovanje je povjerljivo: Vaše podatke ne dajemo nikome.

    Da bismo Vam pomogli, zapisujemo Vaše odgovore. Čitaju ih samo savjetnici organizacije { $org }. U svakom trenutku možete tražiti da Vam pokažemo Vaše podatke ili da ih izbrišemo.

    Da li se slažete da zapišemo Vaše odgovore?
consent-yes = Da, slažem se
consent-no = Ne
consent-declined =
    U redu. Ništa nismo sačuvali.
    Možete nas i nazvati ili posjetiti:
    { $offices }
consent-declined-kept =
    U redu. Više ništa nećemo zapisivati, a ono što ste nam rekli u ovom razgovoru bit će izbrisano.
    Upit koji ste nam ranije poslali ostaje kod naših savjetnika. Ako želite da i njega izbrišemo, nazovite nas ili nas posjetite:
    { $offices }

## Concern

ask-topics = S čim Vam treba pomoć? Možete izabrati više odgovora. Zatim pritisnite „Gotovo“.
topic-residence = Boravak i azil
topic-benefits = Socijalna pomoć i novac od države
topic-work = Posao i radna dozvola
topic-recognition = Priznavanje diploma i svjedodžbi
topic-education = Škola, stručno obrazovanje, studij
topic-language_course = Integracijski kurs i kurs njemačkog
topic-childcare = Vrtić (Kita) ili škola za dijete
topic-family = Porodica
topic-family_reunification = Dovesti porodicu u Njemačku
topic-health = Zdravlje i stres
topic-discrimination = Diskriminacija i rasizam
topic-housing = Stanovanje
topic-debts = Dugovi i problemi s novcem
topic-return = Povratak ili odlazak u drugu zemlju
topic-daily_life = Svakodnevni život, pisma, uredi
topic-other = Nešto drugo
multi-done = Gotovo ✓
multi-chosen =
    { $count ->
        [0] Još niste ništa izabrali.
        [one] Izabrali ste { $count } odgovor: { $list }
        [few] Izabrali ste { $count } odgovora: { $list }
       *[other] Izabrali ste { $count } odgovora: { $list }
    }
multi-empty = Molimo izaberite barem jedan odgovor. Zatim pritisnite „Gotovo“.

## About you

ask-age = Koliko imate godina?
age-under_18 = Ispod 18 godina
age-18_26 = Od 18 do 26
age-27_64 = Od 27 do 64
age-65_plus = 65 ili više

ask-arrival = Koje godine ste došli u Njemačku? Napišite godinu, na primjer { $example }.
arrival-born_here = Rođen/a sam u Njemačkoj
arrival-over_10_years = Prije više od 10 godina

ask-residence = Koji boravišni status imate? Ako niste sigurni, izaberite „Ne znam“.
residence-asylum_procedure = Postupak za azil je u toku
residence-protection = Imam status izbjeglice ili zaštitu
residence-duldung = Odgođena deportacija (Duldung)
residence-temporary_protection = Privremena zaštita (iz Ukrajine)
residence-residence_permit = Druga boravišna dozvola
residence-settlement_permit = Stalna boravišna dozvola
residence-eu_citizen = Državljanstvo zemlje EU
residence-german = Njemačko državljanstvo
residence-late_repatriate = Povratnik (Spätaussiedler) ili član porodice
residence-unknown = Ne znam

ask-course = Da li morate pohađati integracijski kurs (kurs njemačkog jezika)?
course-obliged = Da, moram
course-attending = Sada ga pohađam
course-finished = Već sam ga završio/la
course-no = Ne
course-unknown = Ne znam

## Urgency

ask-urgent = Da li se nešto od ovoga odnosi na Vas upravo sada? Ako ne, izaberite „Ne“.
urgent-deadline = Pismo s rokom ili prijetnja deportacijom
urgent-danger = Nasilje, prijetnje ili zdravstvena kriza
urgent-no_shelter = Nemam gdje spavati noćas
urgent-no_food = Nemam novca za hranu
urgent-no = Ne, ništa od ovoga
yes = Da
no = Ne
urgent-help =
    Ako ste upravo sada u opasnosti, molimo nazovite:
    Policija: 110
    Hitna pomoć i vatrogasci: 112
    Dežurni ljekar noću i vikendom: 116 117
    Pomoć ženama koje trpe nasilje (na mnogo jezika, besplatno, danju i noću): 116 016
    Krizna linija (besplatno, danju i noću): 0800 111 0 111
    Ovaj chat ne daje pravne savjete. Naš tim će Vam se javiti prioritetno.
urgent-help-suicide =
    Niste sami. Molimo Vas, razgovarajte odmah s nekim:
    Krizna linija (besplatno, anonimno, danju i noću): 0800 111 0 111
    Ako Vam je život upravo sada u opasnosti: 112
urgent-help-violence =
    Ako ste upravo sada u opasnosti, nazovite policiju: 110
    Pomoć ženama koje trpe nasilje (na mnogo jezika, besplatno, anonimno, danju i noću): 116 016
urgent-help-illness =
    U hitnom medicinskom slučaju nazovite hitnu pomoć: 112
    Dežurni ljekar noću i vikendom: 116 117
urgent-help-homelessness =
    Ako noćas nemate gdje spavati, možete otići na ovo mjesto:
    { $place }
urgent-help-hunger =
    Ovdje se dijeli hrana:
    { $food }
    Hitna novčana pomoć od ureda za socijalnu pomoć (Sozialamt):
    { $welfare }
urgent-help-footer = Ovaj chat ne daje pravne savjete. Naš tim će Vam se javiti prioritetno.
urgent-letter = Hvala. Prvo ćemo pogledati Vaše pismo. Ovaj chat ne daje pravne savjete; javit će Vam se savjetnik.
urgent-first = Hvala što ste nam rekli. Naš tim će prvo pogledati Vaš upit. Ovaj chat ne daje pravne savjete; javit će Vam se savjetnik.
ask-deadline = Do kojeg datuma je rok? Napišite ga ovako: { $example }
deadline-skip = Nema datuma ili ne znam

## Your own words

ask-own-words = Molimo Vas, opišite svojim riječima o čemu se radi. Možete pisati na svom jeziku.
skip = Preskočite

## Contact

ask-contact = Kako da Vas kontaktiramo?
contact-chat = Ovdje, u ovom chatu
contact-phone = Telefonom
contact-in_person = Lično, u uredu
ask-phone = Na koji broj Vas možemo nazvati? Na primjer { $example }
ask-office = Koji ured Vam najviše odgovara?
ask-appointment-languages = Na kojim jezicima možete razgovarati na terminu? Možete izabrati više jezika. Zatim pritisnite „Gotovo“.
office-any = Svejedno mi je
office-hours = Radno vrijeme: { $hours }
office-directions-elsewhere = Kako doći (na jeziku { $language }, jer još nije napisano na vašem jeziku): { $text }
office-mitte-directions = Autobus 12 ili tramvaj 3 do stanice „Lindenallee“. Ulaz je u dvorištu, 2. sprat. Pozvonite na zvono „Beratung“.
office-nord-directions = Tramvaj 5 do stanice „Erlenhof“, zatim 3 minute pješice. Prizemlje, vrata s plavom tablom.
weekday-mon = pon
weekday-tue = uto
weekday-wed = sri
weekday-thu = čet
weekday-fri = pet
weekday-sat = sub
weekday-sun = ned

## Check and send

summary-intro = Molimo provjerite svoje odgovore:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Sve je tačno — pošaljite
summary-change = ✎ Promijenite odgovor
ask-which-change = Koji odgovor želite promijeniti?
field-language = Jezik
field-topics = Tema
field-age_group = Dob
field-arrival = Dolazak u Njemačku
field-residence = Boravišni status
field-integration_course = Integracijski kurs
field-urgent = Hitno
field-deadline_date = Rok
field-own_words = Vašim riječima
field-contact = Kontakt
field-phone = Telefon
field-office = Ured
field-appointment_languages = Jezici za termin
done =
    Hvala! Primili smo Vaš upit.
    Broj Vašeg upita je: { $reference }
    Molimo sačuvajte ovaj broj. Savjetnik će Vam se uskoro javiti.
referral-intro = Ova mjesta su nadležna za Vaše pitanje ili Vam također mogu pomoći:
referral-entry = { $kind }: { $name }
referral-phone = Telefon: { $phone }
referral-languages = Jezici: { $languages }
referral-kind-youth_migration = Služba za mlade migrante od 12 do 26 godina (Jugendmigrationsdienst)
referral-kind-immigration_office = Ured za strance (Ausländerbehörde)
referral-kind-job_centre = Jobcenter
referral-kind-social_office = Ured za socijalnu pomoć (Sozialamt)
referral-kind-integration_course = Organizator integracijskih kurseva
referral-kind-debt_counselling = Savjetovanje o dugovima (Schuldnerberatung)
referral-kind-recognition = Savjetovanje o priznavanju diploma i svjedodžbi
referral-kind-health = Savjetovanje o zdravlju i psihosocijalna pomoć
referral-kind-return_counselling = Savjetovanje o povratku (Rückkehrberatung)
referral-kind-housing_help = Pomoć za ljude bez stana
referral-kind-anti_discrimination = Savjetovanje protiv diskriminacije
after-done = Vaš upit { $reference } je kod nas. Ako želite poslati novi upit, napišite /start.

## Appointment

booking-offer = Slobodni termini: { $office } ({ $address }). Izaberite vrijeme:
booking-interpreter = Nijedan savjetnik ne govori { $languages }. Pozvat ćemo prevodioca na termin.
booking-urgent = Budući da je hitno, ovo su najraniji termini. Ako Vam nijedan ne odgovara, savjetnik će Vam se javiti ranije.
booking-none = U narednim sedmicama nema slobodnih termina. Savjetnik će Vam se javiti.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Možete doći i bez termina: { $office }, { $address }, { $hours }.
booking-later = Kasniji termini ▸
booking-other-office = Drugi ured
booking-skip = Bez termina, javite mi se
booking-skipped = U redu. Savjetnik će Vam se javiti.
booking-format-in_person = lično
booking-format-phone = telefonom
booking-format-video = video poziv
booking-hold =
    { $when }, { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Ovaj termin čuvam za Vas { $minutes } minutu. Da li da ga rezervišem?
        [few] Ovaj termin čuvam za Vas { $minutes } minute. Da li da ga rezervišem?
       *[other] Ovaj termin čuvam za Vas { $minutes } minuta. Da li da ga rezervišem?
    }
booking-confirm = ✓ Da, rezervišite
booking-other = Izaberite drugi termin
booking-taken = Izvinite, neko je upravo uzeo ovaj termin. Evo sljedećih slobodnih termina.
booking-done =
    Vaš termin je rezervisan:
    { $when }, { $counsellor }
    { $office }, { $address } ({ $format })
    Molimo ponesite pasoš ili ličnu kartu, boravišnu dozvolu i pisma koja se tiču Vašeg pitanja.
    Pomoću datoteke kalendara ispod možete sačuvati termin u svom telefonu.
booking-with-interpreter = Na terminu će biti i prevodilac za { $language }.
booking-event = Termin za savjetovanje, { $org }
booking-reminder = Podsjetnik na Vaš termin: { $when }, { $counsellor }, { $office }, { $address } ({ $format }). Ako ne možete doći, molimo napišite /appointment.
appointment-none = Još nemate termin kod nas. Ako želite poslati upit, napišite /start.
appointment-show = Vaš termin: { $when }, { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Otkažite termin
appointment-reschedule = Izaberite drugi termin
appointment-keep = Zadržite termin
appointment-cancelled = Vaš termin je otkazan. Ako želite novi termin, napišite /appointment.
waitlist-join = Stavite me na listu čekanja
waitlist-joined = Na listi čekanja ste. Čim bude slobodan termin koji Vam odgovara, javit ću Vam se ovdje.
waitlist-offer = Oslobodio se termin za Vas: { $when }, { $counsellor }, { $office }, { $address } ({ $format }). Čuvam ga za Vas do ovog vremena: { $until }. Da li da ga rezervišem?
after-booked = Vaš termin: { $when }, { $counsellor }, { $office }. Broj Vašeg upita: { $reference }. Ako želite poslati novi upit, napišite /start.

## Navigation and help

nav-back = ◀ Nazad
nav-restart = ↺ Počnite ponovo
confirm-restart = Da li želite početi ponovo? Vaši dosadašnji odgovori bit će izbrisani.
confirm-restart-yes = Da, izbrišite i počnite ponovo
confirm-restart-no = Ne, nastavite
help =
    Postavljam Vam nekoliko pitanja i šaljem Vaše odgovore savjetniku.
    /start — počnite ispočetka
    /back — vratite se na prethodno pitanje
    /language — promijenite jezik
    /appointment — pogledajte, pomjerite ili otkažite svoj termin
    /mydata — pogledajte šta smo sačuvali o Vama
    /delete — izbrišite sve svoje podatke kod nas
    /help — pogledajte ovu pomoć
cmd-start = Počnite ispočetka
cmd-help = Pomoć
cmd-language = Promijenite jezik
cmd-back = Vratite se na prethodno pitanje
cmd-appointment = Moj termin
terminal-hint = Upišite broj odgovora ili napišite svoj odgovor. Komande: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Izvinite, ne razumijem taj odgovor. Molimo izaberite jedan od ponuđenih odgovora.
error-empty = Vaša poruka je prazna. Molimo napišite svoj odgovor.
error-too-long =
    { $max ->
        [one] Vaš tekst je predug. Molimo napišite najviše { $max } znak.
        [few] Vaš tekst je predug. Molimo napišite najviše { $max } znaka.
       *[other] Vaš tekst je predug. Molimo napišite najviše { $max } znakova.
    }
error-number-invalid = Molimo napišite godinu sa 4 cifre, na primjer { $example }.
error-number-range = Molimo napišite godinu između { $min } i { $max }.
error-date-invalid = Ne mogu pročitati ovaj datum. Molimo napišite ga ovako: { $example }
error-date-nonexistent = Ovaj datum ne postoji. Molimo provjerite dan i mjesec.
error-date-range = Molimo napišite datum između { $min } i { $max }.
error-phone-invalid = Ovo ne izgleda kao broj telefona. Molimo napišite samo cifre, na primjer { $example }
error-stale = Na ovo pitanje ste već odgovorili. Evo trenutnog pitanja:
error-already-answered = Na ovo pitanje ste već odgovorili.
error-or-choose = Ili izaberite jedan od odgovora ispod.
error-unsupported =
    { $kind ->
        [voice] Ne mogu slušati glasovne poruke. Molimo napišite odgovor tekstom.
        [photo] Ovdje ne mogu gledati fotografije. Molimo ne šaljite pisma ili dokumente u ovaj chat. Savjetnik će ih pogledati zajedno s Vama. Molimo napišite odgovor tekstom.
        [document] Ovdje ne mogu otvarati datoteke. Molimo ne šaljite pisma ili dokumente u ovaj chat. Savjetnik će ih pogledati zajedno s Vama. Molimo napišite odgovor tekstom.
        [sticker] Hvala! Molimo napišite odgovor tekstom ili koristite dugmad.
        [location] Hvala, ali ne treba mi Vaša lokacija. Molimo napišite odgovor tekstom ili koristite dugmad.
        [contact] Molimo ne šaljite ovdje kontakte. Napišite odgovor tekstom ili koristite dugmad.
       *[other] Razumijem samo tekst i dugmad. Molimo napišite odgovor tekstom.
    }
error-edited = Promijenili ste raniju poruku. Čitam samo nove poruke. Ako je neki odgovor pogrešan, možete ga promijeniti na kraju, prije slanja.
error-private-only = Razgovaram samo u privatnim chatovima, da zaštitim Vašu privatnost. Molimo pišite mi direktno.
error-state-reset = Izvinite, naš razgovor se prekinuo. Moramo početi ispočetka.
error-temporary = Izvinite, postoji tehnički problem. Molimo pokušajte ponovo za nekoliko minuta. Ništa od onoga što ste ranije poslali nije izgubljeno.
error-not-processed = Izvinite, zbog tehničkog problema Vaša posljednja poruka nije obrađena. Sačuvali smo je kako bi je naš tim pregledao. Možete nastaviti: pošaljite svoj odgovor ponovo ili napišite /start da počnete ispočetka.

## Messages from staff

staff-says = Poruka od { $org } o Vašem upitu { $reference }:
template-bring-documents = Molimo ponesite svoje dokumente na termin: pasoš ili ličnu kartu, dokument o boravku i sva pisma od institucija koja se tiču Vašeg pitanja.
template-call-us = Molimo nazovite nas: { $office }, { $phone }. Recite nam broj Vašeg upita: { $reference }.
template-appointment-moved = Vaš termin je pomjeren. Novi termin: { $when }, { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Izbrišite moje podatke
delete-confirm =
    Da li da izbrišemo sve što smo sačuvali o Vama? To uključuje Vaše odgovore i Vaše upite; ako ste rezervisali termine, otkazat ćemo ih. Za našu statistiku ostaje samo jedan broj, bez ikakvih podataka o Vama.
    Ovo se ne može poništiti.
delete-yes = Da, izbrišite sve
delete-no = Ne, ništa ne brišite
delete-kept = U redu, ništa nismo izbrisali.
delete-done = Gotovo: izbrisali smo Vaše podatke. Ako nam ponovo pišete, počet ćemo ispočetka.
cmd-mydata = Moji sačuvani podaci
mydata-intro = Ovo smo sačuvali o Vama:
mydata-none = O Vama nismo ništa sačuvali.
mydata-consent = Saglasnost ste dali { $date } (verzija teksta: { $version })
mydata-language = Jezik: { $language }
mydata-draft = Vaši dosadašnji odgovori (još nisu poslani):
mydata-request = Upit { $reference } od { $date }: { $status ->
    [new] primljen
    [closed] završen
   *[other] u obradi
}
mydata-appointment = Termin { $when }: { $status ->
    [held] čuva se za Vas
    [cancelled] otkazan
    [no_show] propušten
   *[booked] rezervisan
}
mydata-file = Isti podaci u datoteci (JSON), da ih sačuvate kod sebe. Komandom /delete brišete sve.
