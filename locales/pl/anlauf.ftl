# anlauf — client-facing messages (Polish).
# Review status: machine-drafted, not yet reviewed by a native speaker; register revised 2026-12-02 (machine-drafted).
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Dzień dobry! Tu { $org }. Zadamy Panu/Pani kilka krótkich pytań, żeby mogła pomóc właściwa osoba. Pomoc jest bezpłatna.
ask-language = Będziemy pisać w języku: { $language }. Jeśli woli Pan/Pani inny język, prosimy wybrać go tutaj.
language-keep = ✓ { $language } — dalej
language-more = Więcej języków
language-switched = Od teraz będziemy pisać w języku: { $language }.
language-offer = Pisze Pan/Pani w języku: { $language }. Czy mamy dalej pisać w tym języku?
language-offer-yes = Dalej w języku: { $language }
language-unknown = Języka „{ $tag }” tutaj nie ma. Język można wybrać poleceniem /language.

## Consent

consent-text =
    { $org } bezpłatnie doradza osobom, które przeprowadziły się do Niemiec. Porady są poufne: nikomu nie przekazujemy Pana/Pani danych.

    Żeby móc pomóc, zapisujemy odpowiedzi. Czytają je tylko doradczynie i doradcy z organizacji { $org }. W każdej chwili może Pan/Pani poprosić, żebyśmy pokazali zapisane dane albo je usunęli.

    Czy zgadza się Pan/Pani, żebyśmy zapisywali odpowiedzi?
consent-yes = Tak, zgadzam się
consent-no = Nie
consent-declined =
    W porządku. Niczego nie zapisaliśmy.
    Można też do nas zadzwonić albo przyjść:
    { $offices }
consent-declined-kept =
    W porządku. Nie będziemy już niczego zapisywać, a wszystko, co otrzymaliśmy w tej rozmowie, zostanie usunięte.
    Zgłoszenie wysłane do nas wcześniej zostaje u naszych doradczyń i doradców. Jeśli mamy je również usunąć, prosimy do nas zadzwonić albo przyjść:
    { $offices }

## Concern

ask-topics = W czym potrzebuje Pan/Pani pomocy? Można wybrać kilka odpowiedzi. Potem prosimy nacisnąć „Gotowe”.
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
topic-daily_life = Codzienne sprawy, pisma i urzędy
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
multi-empty = Prosimy wybrać co najmniej jedną odpowiedź. Potem prosimy nacisnąć „Gotowe”.

## About you

ask-age = Ile ma Pan/Pani lat?
age-under_18 = Poniżej 18 lat
age-18_26 = Od 18 do 26 lat
age-27_64 = Od 27 do 64 lat
age-65_plus = 65 lat lub więcej

ask-arrival = Od którego roku mieszka Pan/Pani w Niemczech? Prosimy napisać rok, na przykład { $example }.
arrival-born_here = Od urodzenia
arrival-over_10_years = Od ponad 10 lat

ask-residence = Jaki ma Pan/Pani status pobytowy? W razie wątpliwości prosimy wybrać „Nie wiem”.
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

ask-course = Czy musi Pan/Pani chodzić na kurs integracyjny (kurs niemieckiego)?
course-obliged = Tak, muszę
course-attending = Teraz chodzę na kurs
course-finished = Mam już ukończony kurs
course-no = Nie
course-unknown = Nie wiem

## Urgency

ask-urgent = Czy któraś z tych sytuacji dotyczy Pana/Pani teraz? Jeśli nie, prosimy wybrać „Nie”.
urgent-deadline = Pismo z terminem lub groźba deportacji
urgent-danger = Przemoc, groźby lub kryzys zdrowotny
urgent-no_shelter = Nie mam gdzie spać dziś w nocy
urgent-no_food = Nie mam pieniędzy na jedzenie
urgent-no = Nie, nic z tego
yes = Tak
no = Nie
urgent-help =
    Jeśli teraz grozi Panu/Pani niebezpieczeństwo, prosimy zadzwonić:
    Policja: 110
    Pogotowie i straż pożarna: 112
    Lekarz dyżurny w nocy i w weekend: 116 117
    Pomoc dla kobiet doświadczających przemocy (wiele języków, bezpłatnie, dzień i noc): 116 016
    Telefon kryzysowy (bezpłatnie, dzień i noc): 0800 111 0 111
    Ten czat nie udziela porad prawnych. Nasz zespół skontaktuje się z Panem/Panią w pierwszej kolejności.
urgent-help-suicide =
    Nie jest Pan/Pani z tym sam/sama. Prosimy teraz z kimś porozmawiać:
    Telefon kryzysowy (bezpłatnie, anonimowo, dzień i noc): 0800 111 0 111
    Jeśli Pana/Pani życie jest teraz w niebezpieczeństwie: 112
urgent-help-violence =
    Jeśli teraz grozi Panu/Pani niebezpieczeństwo, prosimy zadzwonić na policję: 110
    Pomoc dla kobiet doświadczających przemocy (wiele języków, bezpłatnie, anonimowo, dzień i noc): 116 016
urgent-help-illness =
    W nagłym wypadku medycznym prosimy wezwać pogotowie: 112
    Lekarz dyżurny w nocy i w weekend: 116 117
urgent-help-homelessness =
    Jeśli nie ma Pan/Pani gdzie spać dziś w nocy, można zgłosić się tutaj:
    { $place }
urgent-help-hunger =
    Tutaj wydawana jest żywność:
    { $food }
    Pilna pomoc finansowa z urzędu pomocy społecznej:
    { $welfare }
urgent-help-footer = Ten czat nie udziela porad prawnych. Nasz zespół skontaktuje się z Panem/Panią w pierwszej kolejności.
urgent-letter = Dziękujemy. Pismem zajmiemy się w pierwszej kolejności. Ten czat nie udziela porad prawnych; skontaktuje się z Panem/Panią doradczyni lub doradca.
urgent-first = Dziękujemy za tę informację. Nasz zespół zajmie się zgłoszeniem w pierwszej kolejności. Ten czat nie udziela porad prawnych; skontaktuje się z Panem/Panią doradczyni lub doradca.
ask-deadline = Do kiedy jest termin? Prosimy napisać datę tak: { $example }
deadline-skip = Brak daty lub nie wiem

## Your own words

ask-own-words = Prosimy opisać własnymi słowami, o co chodzi. Można pisać we własnym języku.
skip = Pomiń

## Contact

ask-contact = Jak mamy się z Panem/Panią kontaktować?
contact-chat = Tutaj, na tym czacie
contact-phone = Telefonicznie
contact-in_person = Osobiście w poradni
ask-phone = Pod jaki numer możemy zadzwonić? Na przykład { $example }
ask-office = Która poradnia najbardziej Panu/Pani odpowiada?
ask-appointment-languages = W jakich językach może Pan/Pani rozmawiać na spotkaniu? Można wybrać kilka. Potem prosimy nacisnąć „Gotowe”.
office-any = Wszystko jedno
office-hours = Godziny otwarcia: { $hours }
office-directions-elsewhere = Jak dojechać (po { $language }, bo nie ma tego jeszcze w Pana/Pani języku): { $text }
office-mitte-directions = Autobus 12 lub tramwaj 3 do przystanku „Lindenallee”. Wejście od podwórza, 2. piętro. Prosimy nacisnąć dzwonek „Beratung”.
office-nord-directions = Tramwaj 5 do przystanku „Erlenhof”, potem 3 minuty pieszo. Parter, drzwi z niebieską tabliczką.
weekday-mon = pon.
weekday-tue = wt.
weekday-wed = śr.
weekday-thu = czw.
weekday-fri = pt.
weekday-sat = sob.
weekday-sun = niedz.

## Check and send

summary-intro = Prosimy sprawdzić odpowiedzi:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Wszystko się zgadza — wysłać
summary-change = ✎ Zmienić odpowiedź
ask-which-change = Którą odpowiedź chce Pan/Pani zmienić?
field-language = Język
field-topics = Tematy
field-age_group = Wiek
field-arrival = W Niemczech
field-residence = Status pobytowy
field-integration_course = Kurs integracyjny
field-urgent = Pilne
field-deadline_date = Termin
field-own_words = Własnymi słowami
field-contact = Kontakt
field-phone = Telefon
field-office = Poradnia
field-appointment_languages = Języki na spotkaniu
done =
    Dziękujemy! Otrzymaliśmy zgłoszenie.
    Numer zgłoszenia: { $reference }
    Prosimy zachować ten numer. Wkrótce skontaktuje się z Panem/Panią doradczyni lub doradca.
referral-intro = Te miejsca zajmują się Pana/Pani sprawą albo też mogą pomóc:
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
after-done = Zgłoszenie { $reference } jest już u nas. Aby wysłać nowe zgłoszenie, prosimy napisać /start.

## Appointment

booking-offer = Wolne terminy: { $office } ({ $address }). Prosimy wybrać godzinę:
booking-interpreter = Żadna doradczyni ani żaden doradca nie mówi w języku: { $languages }. Poprosimy tłumacza o udział w spotkaniu.
booking-urgent = Sprawa jest pilna, więc pokazujemy najwcześniejsze terminy. Jeśli żaden nie pasuje, doradczyni lub doradca skontaktuje się z Panem/Panią wcześniej.
booking-none = W najbliższych tygodniach nie ma wolnych terminów. Skontaktuje się z Panem/Panią doradczyni lub doradca.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Można też przyjść bez umówionego terminu: { $office }, { $address }, { $hours }.
booking-later = Późniejsze terminy ▸
booking-other-office = Inna poradnia
booking-skip = Bez terminu, proszę o kontakt
booking-skipped = W porządku. Skontaktuje się z Panem/Panią doradczyni lub doradca.
booking-format-in_person = na miejscu
booking-format-phone = telefonicznie
booking-format-video = rozmowa wideo
booking-hold =
    { $when }, prowadzi: { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Ten termin czeka na Pana/Panią przez { $minutes } minutę. Czy mamy go zarezerwować?
        [few] Ten termin czeka na Pana/Panią przez { $minutes } minuty. Czy mamy go zarezerwować?
        [many] Ten termin czeka na Pana/Panią przez { $minutes } minut. Czy mamy go zarezerwować?
       *[other] Ten termin czeka na Pana/Panią przez { $minutes } minuty. Czy mamy go zarezerwować?
    }
booking-confirm = ✓ Tak, zarezerwować
booking-other = Wybrać inny termin
booking-taken = Przepraszamy, ktoś inny właśnie zajął ten termin. Oto następne wolne terminy.
booking-done =
    Termin jest zarezerwowany:
    { $when }, prowadzi: { $counsellor }
    { $office }, { $address } ({ $format })
    Prosimy zabrać ze sobą paszport lub dowód osobisty, zezwolenie na pobyt i pisma dotyczące sprawy.
    Dzięki plikowi kalendarza poniżej można zapisać termin w telefonie.
booking-with-interpreter = Na spotkaniu będzie też tłumacz (język: { $language }).
booking-event = Spotkanie doradcze, { $org }
booking-reminder = Przypominamy o terminie: { $when }, prowadzi: { $counsellor }, { $office }, { $address } ({ $format }). Jeśli nie może Pan/Pani przyjść, prosimy napisać /appointment.
appointment-none = Nie ma Pan/Pani jeszcze u nas terminu. Aby wysłać zgłoszenie, prosimy napisać /start.
appointment-show = Pana/Pani termin: { $when }, prowadzi: { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Odwołać termin
appointment-reschedule = Wybrać inny termin
appointment-keep = Zostawić termin
appointment-cancelled = Termin został odwołany. Jeśli potrzebny jest nowy termin, prosimy napisać /appointment.
waitlist-join = Zapisać na listę oczekujących
waitlist-joined = Jest Pan/Pani na liście oczekujących. Gdy tylko zwolni się pasujący termin, napiszemy tutaj.
waitlist-offer = Zwolnił się termin dla Pana/Pani: { $when }, prowadzi: { $counsellor }, { $office }, { $address } ({ $format }). Ten termin czeka na Pana/Panią do: { $until }. Czy mamy go zarezerwować?
after-booked = Pana/Pani termin: { $when }, { $office } (prowadzi: { $counsellor }). Numer zgłoszenia: { $reference }. Aby wysłać nowe zgłoszenie, prosimy napisać /start.

## Navigation and help

nav-back = ◀ Wstecz
nav-restart = ↺ Zacząć od nowa
confirm-restart = Zacząć od nowa? Dotychczasowe odpowiedzi zostaną usunięte.
confirm-restart-yes = Tak, usunąć i zacząć od nowa
confirm-restart-no = Nie, kontynuować
help =
    Zadajemy kilka pytań i przekazujemy odpowiedzi doradczyni lub doradcy.
    /start — rozpoczęcie od początku
    /back — powrót do poprzedniego pytania
    /language — zmiana języka
    /appointment — podgląd, przesunięcie lub odwołanie terminu
    /mydata — podgląd danych, które o Panu/Pani przechowujemy
    /delete — usunięcie wszystkich danych, które o Panu/Pani przechowujemy
    /help — wyświetlenie tej pomocy
cmd-start = Rozpoczęcie od początku
cmd-help = Pomoc
cmd-language = Zmiana języka
cmd-back = Powrót do poprzedniego pytania
cmd-appointment = Mój termin
terminal-hint = Prosimy wpisać numer odpowiedzi albo napisać odpowiedź. Polecenia: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Przepraszamy, nie rozumiemy tej odpowiedzi. Prosimy wybrać jedną z odpowiedzi.
error-empty = Wiadomość jest pusta. Prosimy napisać odpowiedź.
error-too-long =
    { $max ->
        [one] Tekst jest za długi. Prosimy napisać najwyżej { $max } znak.
        [few] Tekst jest za długi. Prosimy napisać najwyżej { $max } znaki.
        [many] Tekst jest za długi. Prosimy napisać najwyżej { $max } znaków.
       *[other] Tekst jest za długi. Prosimy napisać najwyżej { $max } znaku.
    }
error-number-invalid = Prosimy napisać rok czterema cyframi, na przykład { $example }.
error-number-range = Prosimy napisać rok od { $min } do { $max }.
error-date-invalid = Nie udało nam się odczytać tej daty. Prosimy napisać ją tak: { $example }
error-date-nonexistent = Taka data nie istnieje. Prosimy sprawdzić dzień i miesiąc.
error-date-range = Prosimy napisać datę od { $min } do { $max }.
error-phone-invalid = To nie wygląda na numer telefonu. Prosimy napisać same cyfry, na przykład { $example }
error-stale = Na to pytanie jest już odpowiedź. Oto aktualne pytanie:
error-already-answered = Na to pytanie już odpowiedziano.
error-or-choose = Można też wybrać jedną z odpowiedzi poniżej.
error-unsupported =
    { $kind ->
        [voice] Nie możemy odsłuchiwać wiadomości głosowych. Prosimy napisać odpowiedź tekstem.
        [photo] Nie możemy tutaj oglądać zdjęć. Prosimy nie wysyłać pism ani dokumentów na tym czacie. Doradczyni lub doradca obejrzy je razem z Panem/Panią. Prosimy napisać odpowiedź tekstem.
        [document] Nie możemy tutaj otwierać plików. Prosimy nie wysyłać pism ani dokumentów na tym czacie. Doradczyni lub doradca obejrzy je razem z Panem/Panią. Prosimy napisać odpowiedź tekstem.
        [sticker] Dziękujemy! Prosimy napisać odpowiedź tekstem albo użyć przycisków.
        [location] Dziękujemy, ale lokalizacja nie jest nam potrzebna. Prosimy napisać odpowiedź tekstem albo użyć przycisków.
        [contact] Prosimy nie wysyłać tutaj kontaktów. Prosimy napisać odpowiedź tekstem albo użyć przycisków.
       *[other] Odczytujemy tylko tekst i przyciski. Prosimy napisać odpowiedź tekstem.
    }
error-edited = Wcześniejsza wiadomość została zmieniona. Czytamy tylko nowe wiadomości. Jeśli któraś odpowiedź jest błędna, można ją zmienić na końcu, przed wysłaniem.
error-private-only = Rozmawiamy tylko na czatach prywatnych, żeby chronić Pana/Pani prywatność. Prosimy napisać do nas bezpośrednio.
error-state-reset = Przepraszamy, zgubiliśmy wątek rozmowy. Musimy zacząć od początku.
error-temporary = Przepraszamy, jest problem techniczny. Prosimy spróbować ponownie za kilka minut. Wcześniej wysłane wiadomości nie zginęły.
error-not-processed = Przepraszamy, z powodu problemu technicznego nie udało się przetworzyć ostatniej wiadomości. Zachowaliśmy ją, aby nasz zespół mógł ją sprawdzić. Można kontynuować: prosimy wysłać odpowiedź jeszcze raz albo napisać /start, aby zacząć od początku.

## Messages from staff

staff-says = Wiadomość od { $org } w sprawie zgłoszenia { $reference }:
template-bring-documents = Prosimy zabrać na spotkanie dokumenty: paszport lub dowód osobisty, dokument pobytowy i wszystkie pisma z urzędów w tej sprawie.
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
