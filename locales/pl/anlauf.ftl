# anlauf — client-facing messages (Polish).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Dzień dobry! Tu { $org }. Zadam Ci kilka krótkich pytań, żeby mogła Ci pomóc właściwa osoba. Pomoc jest bezpłatna.
ask-language = Będę pisać do Ciebie w języku: { $language }. Jeśli wolisz inny język, wybierz go tutaj.
language-keep = ✓ { $language } — dalej
language-switched = Od teraz będę pisać do Ciebie w języku: { $language }.
language-offer = Piszesz w języku: { $language }. Czy mamy dalej pisać w tym języku?
language-offer-yes = Dalej w języku: { $language }
language-unknown = Języka „{ $tag }” tutaj nie ma. Możesz wybrać język poleceniem /language.

## Consent

consent-text =
    { $org } bezpłatnie doradza osobom, które przeprowadziły się do Niemiec. Porady są poufne: nikomu nie przekazujemy Twoich danych.

    Żeby Ci pomóc, zapisujemy Twoje odpowiedzi. Czytają je tylko doradczynie i doradcy z organizacji { $org }. W każdej chwili możesz poprosić, żebyśmy pokazali Ci Twoje dane albo je usunęli.

    Czy zgadzasz się, żebyśmy zapisali Twoje odpowiedzi?
consent-yes = Tak, zgadzam się
consent-no = Nie
consent-declined =
    W porządku. Niczego nie zapisaliśmy.
    Możesz też do nas zadzwonić albo przyjść:
    { $offices }
consent-declined-kept =
    W porządku. Nie będziemy już niczego zapisywać, a wszystko, co od Ciebie dostaliśmy w tej rozmowie, zostanie usunięte.
    Twoje wcześniejsze zgłoszenie zostaje u naszych doradczyń i doradców. Jeśli chcesz, żebyśmy je też usunęli, zadzwoń do nas albo przyjdź:
    { $offices }

## Concern

ask-topics = W czym potrzebujesz pomocy? Możesz wybrać kilka odpowiedzi. Potem naciśnij „Gotowe”.
topic-residence = Pobyt i azyl
topic-benefits = Świadczenia i pieniądze od państwa
topic-work = Praca i pozwolenie na pracę
topic-recognition = Uznanie świadectw i dyplomów
topic-education = Szkoła, nauka zawodu, studia
topic-language_course = Kurs integracyjny i niemieckiego
topic-childcare = Przedszkole lub szkoła dla dziecka
topic-family = Rodzina
topic-family_reunification = Sprowadzenie rodziny do Niemiec
topic-health = Zdrowie i stres
topic-discrimination = Dyskryminacja i rasizm
topic-housing = Mieszkanie
topic-debts = Długi i problemy z pieniędzmi
topic-return = Powrót lub wyjazd do innego kraju
topic-daily_life = Codzienne sprawy, listy i urzędy
topic-other = Coś innego
multi-done = Gotowe ✓
multi-chosen =
    { $count ->
        [0] Nic jeszcze nie wybrano.
        [one] Wybrano jedną odpowiedź: { $list }
        [few] Wybrano { $count } odpowiedzi: { $list }
        [many] Wybrano { $count } odpowiedzi: { $list }
       *[other] Wybrano { $count } odpowiedzi: { $list }
    }
multi-empty = Wybierz co najmniej jedną odpowiedź. Potem naciśnij „Gotowe”.

## About you

ask-age = Ile masz lat?
age-under_18 = Poniżej 18 lat
age-18_26 = Od 18 do 26 lat
age-27_64 = Od 27 do 64 lat
age-65_plus = 65 lat lub więcej

ask-arrival = Od którego roku mieszkasz w Niemczech? Napisz rok, na przykład { $example }.
arrival-born_here = Od urodzenia
arrival-over_10_years = Od ponad 10 lat

ask-residence = Jaki masz status pobytowy? Jeśli nie wiesz dokładnie, wybierz „Nie wiem”.
residence-asylum_procedure = Trwa procedura azylowa
residence-protection = Status uchodźcy lub ochrona
residence-duldung = Pobyt tolerowany (Duldung)
residence-temporary_protection = Ochrona czasowa (z Ukrainy)
residence-residence_permit = Inne zezwolenie na pobyt
residence-settlement_permit = Zezwolenie na pobyt stały
residence-eu_citizen = Obywatelstwo kraju UE
residence-german = Obywatelstwo niemieckie
residence-late_repatriate = Przesiedleniec (Spätaussiedler) lub rodzina
residence-unknown = Nie wiem

ask-course = Czy musisz chodzić na kurs integracyjny (kurs niemieckiego)?
course-obliged = Tak, muszę
course-attending = Teraz chodzę na kurs
course-finished = Mam już ukończony kurs
course-no = Nie
course-unknown = Nie wiem

## Urgency

ask-urgent = Czy któraś z tych sytuacji dotyczy Cię teraz? Jeśli nie, wybierz „Nie”.
urgent-deadline = List z terminem albo groźba deportacji
urgent-danger = Przemoc, groźby lub kryzys zdrowotny
urgent-no_shelter = Nie mam gdzie spać dziś w nocy
urgent-no_food = Nie mam pieniędzy na jedzenie
urgent-no = Nie, nic z tego
yes = Tak
no = Nie
urgent-help =
    Jeśli teraz grozi Ci niebezpieczeństwo, zadzwoń:
    Policja: 110
    Pogotowie i straż pożarna: 112
    Lekarz dyżurny w nocy i w weekend: 116 117
    Pomoc dla kobiet doświadczających przemocy (wiele języków, bezpłatnie, dzień i noc): 116 016
    Telefon kryzysowy (bezpłatnie, dzień i noc): 0800 111 0 111
    Ten czat nie udziela porad prawnych. Nasz zespół skontaktuje się z Tobą w pierwszej kolejności.
urgent-letter = Dziękujemy. Twoim listem zajmiemy się w pierwszej kolejności. Ten czat nie udziela porad prawnych; skontaktuje się z Tobą doradczyni lub doradca.
urgent-first = Dziękujemy, że nam o tym piszesz. Nasz zespół zajmie się Twoim zgłoszeniem w pierwszej kolejności. Ten czat nie udziela porad prawnych; skontaktuje się z Tobą doradczyni lub doradca.
ask-deadline = Do kiedy jest termin? Napisz datę tak: { $example }
deadline-skip = Brak daty lub nie wiem

## Your own words

ask-own-words = Napisz nam własnymi słowami, o co chodzi. Możesz pisać w swoim języku.
skip = Pomiń

## Contact

ask-contact = Jak mamy się z Tobą kontaktować?
contact-chat = Tutaj, na tym czacie
contact-phone = Telefonicznie
contact-in_person = Osobiście w poradni
ask-phone = Pod jaki numer możemy zadzwonić? Na przykład { $example }
ask-office = Która poradnia najbardziej Ci odpowiada?
ask-appointment-languages = W jakich językach możesz rozmawiać na spotkaniu? Możesz wybrać kilka. Potem naciśnij „Gotowe”.
office-any = Wszystko jedno
office-hours = Godziny otwarcia: { $hours }
office-mitte-directions = Autobus 12 lub tramwaj 3 do przystanku „Lindenallee”. Wejście od podwórza, 2. piętro. Naciśnij dzwonek „Beratung”.
office-nord-directions = Tramwaj 5 do przystanku „Erlenhof”, potem 3 minuty pieszo. Parter, drzwi z niebieską tabliczką.
weekday-mon = pon.
weekday-tue = wt.
weekday-wed = śr.
weekday-thu = czw.
weekday-fri = pt.
weekday-sat = sob.
weekday-sun = niedz.

## Check and send

summary-intro = Sprawdź swoje odpowiedzi:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Wszystko się zgadza — wyślij
summary-change = ✎ Zmień odpowiedź
ask-which-change = Którą odpowiedź chcesz zmienić?
field-language = Język
field-topics = Tematy
field-age_group = Wiek
field-arrival = W Niemczech
field-residence = Status pobytowy
field-integration_course = Kurs integracyjny
field-urgent = Pilne
field-deadline_date = Termin
field-own_words = Twoimi słowami
field-contact = Kontakt
field-phone = Telefon
field-office = Poradnia
field-appointment_languages = Języki na spotkaniu
done =
    Dziękujemy! Otrzymaliśmy Twoje zgłoszenie.
    Twój numer zgłoszenia to: { $reference }
    Zachowaj ten numer. Wkrótce skontaktuje się z Tobą doradczyni lub doradca.
referral-intro = Te miejsca zajmują się Twoją sprawą albo też mogą Ci pomóc:
referral-entry = { $kind }: { $name }
referral-phone = Telefon: { $phone }
referral-languages = Języki: { $languages }
referral-kind-youth_migration = Poradnia migracyjna dla młodzieży od 12 do 26 lat (Jugendmigrationsdienst)
referral-kind-immigration_office = Urząd do spraw cudzoziemców (Ausländerbehörde)
referral-kind-job_centre = Jobcenter
referral-kind-social_office = Urząd pomocy społecznej (Sozialamt)
referral-kind-integration_course = Organizator kursów integracyjnych
referral-kind-debt_counselling = Porady w sprawie długów (Schuldnerberatung)
referral-kind-recognition = Porady w sprawie uznania świadectw i dyplomów
referral-kind-health = Porady w sprawie zdrowia i wsparcie psychospołeczne
referral-kind-return_counselling = Porady w sprawie powrotu (Rückkehrberatung)
referral-kind-housing_help = Pomoc dla osób bez mieszkania
referral-kind-anti_discrimination = Porady w sprawie dyskryminacji
after-done = Twoje zgłoszenie { $reference } jest już u nas. Jeśli chcesz wysłać nowe zgłoszenie, napisz /start.

## Appointment

booking-offer = Wolne terminy: { $office } ({ $address }). Wybierz godzinę:
booking-interpreter = Żadna doradczyni ani żaden doradca nie mówi w języku: { $languages }. Poprosimy tłumacza, żeby był na spotkaniu.
booking-urgent = Sprawa jest pilna, więc pokazujemy najwcześniejsze terminy. Jeśli żaden Ci nie pasuje, doradczyni lub doradca skontaktuje się z Tobą wcześniej.
booking-none = W najbliższych tygodniach nie ma wolnych terminów. Skontaktuje się z Tobą doradczyni lub doradca.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Możesz też przyjść bez umówionego terminu: { $office }, { $address }, { $hours }.
booking-later = Późniejsze terminy ▸
booking-other-office = Inna poradnia
booking-skip = Bez terminu, proszę o kontakt
booking-skipped = W porządku. Skontaktuje się z Tobą doradczyni lub doradca.
booking-format-in_person = na miejscu
booking-format-phone = telefonicznie
booking-format-video = rozmowa wideo
booking-hold =
    { $when }, prowadzi: { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Ten termin czeka na Ciebie przez { $minutes } minutę. Czy mam go zarezerwować?
        [few] Ten termin czeka na Ciebie przez { $minutes } minuty. Czy mam go zarezerwować?
        [many] Ten termin czeka na Ciebie przez { $minutes } minut. Czy mam go zarezerwować?
       *[other] Ten termin czeka na Ciebie przez { $minutes } minuty. Czy mam go zarezerwować?
    }
booking-confirm = ✓ Tak, zarezerwuj
booking-other = Wybierz inny termin
booking-taken = Przepraszam, ktoś inny właśnie zajął ten termin. Oto następne wolne terminy.
booking-done =
    Twój termin jest zarezerwowany:
    { $when }, prowadzi: { $counsellor }
    { $office }, { $address } ({ $format })
    Weź ze sobą paszport lub dowód osobisty, zezwolenie na pobyt i listy dotyczące Twojej sprawy.
    Dzięki plikowi kalendarza poniżej możesz zapisać termin w telefonie.
booking-with-interpreter = Na spotkaniu będzie też tłumacz (język: { $language }).
booking-event = Spotkanie doradcze, { $org }
booking-reminder = Przypominamy o Twoim terminie: { $when }, prowadzi: { $counsellor }, { $office }, { $address } ({ $format }). Jeśli nie możesz przyjść, napisz /appointment.
appointment-none = Nie masz jeszcze u nas terminu. Jeśli chcesz wysłać zgłoszenie, napisz /start.
appointment-show = Twój termin: { $when }, prowadzi: { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Odwołaj termin
appointment-reschedule = Wybierz inny termin
appointment-keep = Zostaw termin
appointment-cancelled = Twój termin jest odwołany. Jeśli chcesz nowy termin, napisz /appointment.
waitlist-join = Zapisz na listę oczekujących
waitlist-joined = Jesteś na liście oczekujących. Gdy tylko będzie wolny termin, który Ci pasuje, napiszę do Ciebie tutaj.
waitlist-offer = Zwolnił się termin dla Ciebie: { $when }, prowadzi: { $counsellor }, { $office }, { $address } ({ $format }). Ten termin czeka na Ciebie do: { $until }. Czy mam go zarezerwować?
after-booked = Twój termin: { $when }, { $office } (prowadzi: { $counsellor }). Twój numer zgłoszenia: { $reference }. Jeśli chcesz wysłać nowe zgłoszenie, napisz /start.

## Navigation and help

nav-back = ◀ Wstecz
nav-restart = ↺ Zacznij od nowa
confirm-restart = Zacząć od nowa? Twoje dotychczasowe odpowiedzi zostaną usunięte.
confirm-restart-yes = Tak, usuń i zacznij od nowa
confirm-restart-no = Nie, kontynuuj
help =
    Zadaję Ci kilka pytań i wysyłam Twoje odpowiedzi do doradczyni lub doradcy.
    /start — zacznij od początku
    /back — wróć do poprzedniego pytania
    /language — zmień język
    /appointment — zobacz, przesuń lub odwołaj swój termin
    /mydata — podgląd danych, które o Panu/Pani przechowujemy
    /delete — usunięcie wszystkich danych, które o Panu/Pani przechowujemy
    /help — pokaż tę pomoc
cmd-start = Zacznij od początku
cmd-help = Pomoc
cmd-language = Zmień język
cmd-back = Wróć do poprzedniego pytania
cmd-appointment = Mój termin
terminal-hint = Wpisz numer odpowiedzi albo napisz swoją odpowiedź. Polecenia: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Przepraszam, nie rozumiem. Wybierz jedną z odpowiedzi.
error-empty = Twoja wiadomość jest pusta. Napisz swoją odpowiedź.
error-too-long =
    { $max ->
        [one] Twój tekst jest za długi. Napisz najwyżej { $max } znak.
        [few] Twój tekst jest za długi. Napisz najwyżej { $max } znaki.
        [many] Twój tekst jest za długi. Napisz najwyżej { $max } znaków.
       *[other] Twój tekst jest za długi. Napisz najwyżej { $max } znaku.
    }
error-number-invalid = Napisz rok czterema cyframi, na przykład { $example }.
error-number-range = Napisz rok od { $min } do { $max }.
error-date-invalid = Nie udało mi się odczytać tej daty. Napisz ją tak: { $example }
error-date-nonexistent = Taka data nie istnieje. Sprawdź dzień i miesiąc.
error-date-range = Napisz datę od { $min } do { $max }.
error-phone-invalid = To nie wygląda na numer telefonu. Napisz same cyfry, na przykład { $example }
error-stale = Na to pytanie jest już odpowiedź. Oto aktualne pytanie:
error-already-answered = Na to pytanie już odpowiedziano.
error-or-choose = Albo wybierz jedną z odpowiedzi poniżej.
error-unsupported =
    { $kind ->
        [voice] Nie mogę odsłuchać wiadomości głosowych. Napisz odpowiedź tekstem.
        [photo] Nie mogę tutaj oglądać zdjęć. Prosimy, nie wysyłaj listów ani dokumentów na tym czacie. Doradczyni lub doradca obejrzy je razem z Tobą. Napisz odpowiedź tekstem.
        [document] Nie mogę tutaj otwierać plików. Prosimy, nie wysyłaj listów ani dokumentów na tym czacie. Doradczyni lub doradca obejrzy je razem z Tobą. Napisz odpowiedź tekstem.
        [sticker] Dziękuję! Napisz odpowiedź tekstem albo użyj przycisków.
        [location] Dziękuję, ale nie potrzebuję Twojej lokalizacji. Napisz odpowiedź tekstem albo użyj przycisków.
        [contact] Prosimy, nie wysyłaj tutaj kontaktów. Napisz odpowiedź tekstem albo użyj przycisków.
       *[other] Mogę czytać tylko tekst i przyciski. Napisz odpowiedź tekstem.
    }
error-edited = Twoja wcześniejsza wiadomość została zmieniona. Czytam tylko nowe wiadomości. Jeśli któraś odpowiedź jest błędna, możesz ją zmienić na końcu, przed wysłaniem.
error-private-only = Rozmawiam tylko na czatach prywatnych, żeby chronić Twoją prywatność. Napisz do mnie bezpośrednio.
error-state-reset = Przepraszam, nasza rozmowa się zgubiła. Musimy zacząć od początku.
error-temporary = Przepraszam, jest problem techniczny. Spróbuj ponownie za kilka minut. Twoje wcześniejsze wiadomości nie zginęły.

## Messages from staff

staff-says = Wiadomość od { $org } w sprawie zgłoszenia { $reference }:
template-bring-documents = Prosimy zabrać na spotkanie dokumenty: paszport lub dowód osobisty, dokument pobytowy i wszystkie listy z urzędów w tej sprawie.
template-call-us = Prosimy o telefon: { $office }, { $phone }. Prosimy podać numer zgłoszenia: { $reference }.
template-appointment-moved = Termin został przesunięty. Nowy termin: { $when }, prowadzi: { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Usunięcie moich danych
delete-confirm =
    Czy mamy usunąć wszystko, co o Panu/Pani zapisaliśmy? Obejmuje to odpowiedzi i zgłoszenia; zarezerwowane terminy odwołamy. Do naszej statystyki zachowamy tylko liczbę, bez żadnych informacji o Panu/Pani.
    Tego nie da się cofnąć.
delete-yes = Tak, usunąć wszystko
delete-no = Nie, niczego nie usuwać
delete-kept = W porządku, niczego nie usunęliśmy.
delete-done = Gotowe: usunęliśmy Pana/Pani dane. Jeśli Pan/Pani znów do nas napisze, zaczniemy od nowa.
cmd-mydata = Moje zapisane dane
mydata-intro = Oto, co o Panu/Pani zapisaliśmy:
mydata-none = Nie mamy zapisanych żadnych danych o Panu/Pani.
mydata-consent = Zgoda wyrażona dnia { $date } (wersja tekstu { $version })
mydata-language = Język: { $language }
mydata-draft = Dotychczasowe odpowiedzi (jeszcze niewysłane):
mydata-request = Zgłoszenie { $reference } z dnia { $date }: { $status ->
    [new] przyjęte
    [closed] zamknięte
   *[other] w trakcie rozpatrywania
}
mydata-appointment = Termin { $when }: { $status ->
    [held] wstępnie zarezerwowany
    [cancelled] odwołany
    [no_show] nieobecność
   *[booked] zarezerwowany
}
mydata-file = To samo w formie pliku (JSON), do zachowania u siebie. Poleceniem /delete można usunąć wszystko.
