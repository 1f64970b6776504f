# anlauf — client-facing messages (Albanian).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Përshëndetje! Këtu është { $org }. Do t'ju bëj disa pyetje të shkurtra, që t'ju ndihmojë personi i duhur. Është falas.
ask-language = Do t'ju shkruaj në këtë gjuhë: { $language }. Nëse dëshironi një gjuhë tjetër, zgjidheni këtu.
language-keep = ✓ { $language } — vazhdoni
language-more = Më shumë gjuhë
language-switched = Nga tani do t'ju shkruaj në këtë gjuhë: { $language }.
language-offer = Ju shkruat në këtë gjuhë: { $language }. A të vazhdojmë në këtë gjuhë?
language-offer-yes = Vazhdoni në { $language }
language-unknown = Gjuha «{ $tag }» nuk është e disponueshme këtu. Mund të zgjidhni një gjuhë me /language.

## Consent

consent-text =
    { $org } u jep këshilla falas njerëzve që kanë ardhur të jetojnë në Gjermani. Këshillimi është konfidencial: të dhënat tuaja nuk ia japim askujt tjetër.

    Për t'ju ndihmuar, ne i shënojmë përgjigjet tuaja. Vetëm këshilltarët dhe këshilltaret e { $org } i lexojnë ato. Mund të na kërkoni në çdo kohë që t'jua tregojmë ose t'i fshijmë të dhënat tuaja.

    A jeni dakord që t'i shënojmë përgjigjet tuaja?
consent-yes = Po, jam dakord
consent-no = Jo
consent-declined =
    Në rregull. Nuk kemi ruajtur asgjë.
    Mund të na telefononi ose të vini te ne:
    { $offices }
consent-declined-kept =
    Në rregull. Nuk do të shënojmë më asgjë, dhe ajo që na thatë në këtë bisedë fshihet.
    Kërkesa që na dërguat më parë mbetet te këshilltarët tanë. Nëse dëshironi që të fshihet edhe ajo, na telefononi ose ejani te ne:
    { $offices }

## Concern

ask-topics = Për çfarë ju duhet ndihmë? Mund të zgjidhni më shumë se një. Pastaj shtypni «Gati».
topic-residence = Qëndrimi dhe azili
topic-benefits = Ndihma sociale dhe para nga shteti
topic-work = Puna dhe leja e punës
topic-recognition = Njohja e diplomave e certifikatave
topic-education = Shkollë, formim profesional, studime
topic-language_course = Kurs integrimi, kurs gjermanishteje
topic-childcare = Kita ose shkollë për fëmijën tim
topic-family = Familja
topic-family_reunification = Sjellja e familjes në Gjermani
topic-health = Shëndeti dhe stresi
topic-discrimination = Diskriminimi dhe racizmi
topic-housing = Banimi
topic-debts = Borxhet dhe problemet me para
topic-return = Kthim ose shpërngulje në vend tjetër
topic-daily_life = Jeta e përditshme, letra dhe zyra
topic-other = Diçka tjetër
multi-done = Gati ✓
multi-chosen =
    { $count ->
        [0] Ende nuk keni zgjedhur asgjë.
        [one] Keni zgjedhur një: { $list }
       *[other] Keni zgjedhur { $count }: { $list }
    }
multi-empty = Ju lutem zgjidhni të paktën një përgjigje. Pastaj shtypni «Gati».

## About you

ask-age = Sa vjeç jeni?
age-under_18 = Nën 18 vjeç
age-18_26 = 18 deri në 26 vjeç
age-27_64 = 27 deri në 64 vjeç
age-65_plus = 65 vjeç ose më shumë

ask-arrival = Në cilin vit erdhët në Gjermani? Shkruani vitin, për shembull { $example }.
arrival-born_here = Kam lindur në Gjermani
arrival-over_10_years = Më shumë se 10 vjet më parë

ask-residence = Çfarë statusi qëndrimi keni? Nëse nuk e dini, zgjidhni «Nuk e di».
residence-asylum_procedure = Procedura e azilit po vazhdon
residence-protection = Kam status refugjati ose mbrojtje
residence-duldung = Dëbim i pezulluar (Duldung)
residence-temporary_protection = Mbrojtje e përkohshme (nga Ukraina)
residence-residence_permit = Leje tjetër qëndrimi
residence-settlement_permit = Leje e përhershme qëndrimi
residence-eu_citizen = Shtetësi e një vendi të BE-së
residence-german = Shtetësi gjermane
residence-late_repatriate = Riatdhesuar (Spätaussiedler), familja
residence-unknown = Nuk e di

ask-course = A duhet të ndiqni një kurs integrimi (kurs i gjuhës gjermane)?
course-obliged = Po, duhet ta ndjek
course-attending = Po e ndjek tani
course-finished = E kam mbaruar
course-no = Jo
course-unknown = Nuk e di

## Urgency

ask-urgent = A vlen për ju tani ndonjë nga këto? Nëse jo, zgjidhni «Jo».
urgent-deadline = Letër zyrtare me afat, ose dëbim
urgent-danger = Dhunë, kërcënim ose krizë shëndeti
urgent-no_shelter = Sonte nuk kam ku të fle
urgent-no_food = Nuk kam para për ushqim
urgent-no = Jo, asgjë nga këto
yes = Po
no = Jo
urgent-help =
    Nëse jeni në rrezik tani, ju lutem telefononi:
    Policia: 110
    Ambulanca dhe zjarrfikësit: 112
    Mjeku kujdestar natën dhe në fundjavë: 116 117
    Ndihmë për gratë që përjetojnë dhunë (shumë gjuhë, falas, ditë e natë): 116 016
    Linja për kriza (falas, ditë e natë): 0800 111 0 111
    Ky chat nuk jep këshilla juridike. Ekipi ynë do t'ju kontaktojë me përparësi.
urgent-help-suicide =
    Nuk jeni vetëm. Ju lutem, flisni me dikë që tani:
    Linja për kriza (falas, anonimisht, ditë e natë): 0800 111 0 111
    Nëse jeta juaj është në rrezik tani: 112
urgent-help-violence =
    Nëse jeni në rrezik tani, telefononi policinë: 110
    Ndihmë për gratë që përjetojnë dhunë (shumë gjuhë, falas, anonimisht, ditë e natë): 116 016
urgent-help-illness =
    Në rast urgjence mjekësore, telefononi ambulancën: 112
    Mjeku kujdestar natën dhe në fundjavë: 116 117
urgent-help-homelessness =
    Nëse nuk keni ku të flini sonte, mund të shkoni këtu:
    { $place }
urgent-help-hunger =
    Këtu shpërndahet ushqim:
    { $food }
    Ndihmë urgjente me para nga zyra e ndihmës sociale (Sozialamt):
    { $welfare }
urgent-help-footer = Ky chat nuk jep këshilla juridike. Ekipi ynë do t'ju kontaktojë me përparësi.
urgent-letter = Faleminderit. Do ta shohim letrën tuaj me përparësi. Ky chat nuk jep këshilla juridike; një këshilltar ose këshilltare do t'ju kontaktojë.
urgent-first = Faleminderit që na e thatë. Ekipi ynë do ta shohë kërkesën tuaj me përparësi. Ky chat nuk jep këshilla juridike; një këshilltar ose këshilltare do t'ju kontaktojë.
ask-deadline = Cila është data e afatit? Shkruajeni kështu: { $example }
deadline-skip = Pa datë ose nuk e di

## Your own words

ask-own-words = Ju lutem na tregoni me fjalët tuaja për çfarë bëhet fjalë. Mund të shkruani në gjuhën tuaj.
skip = Kapërceni

## Contact

ask-contact = Si t'ju kontaktojmë?
contact-chat = Këtu në këtë chat
contact-phone = Me telefon
contact-in_person = Personalisht në një zyrë
ask-phone = Në cilin numër mund t'ju telefonojmë? Për shembull { $example }
ask-office = Cila zyrë ju përshtatet më mirë?
ask-appointment-languages = Në cilat gjuhë mund të flisni gjatë një takimi? Mund të zgjidhni më shumë se një. Pastaj shtypni «Gati».
office-any = Nuk ka rëndësi
office-hours = Hapur: { $hours }
office-directions-elsewhere = Si të shkoni (në { $language }, sepse ende nuk është shkruar në gjuhën tuaj): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = Autobusi 12 ose tramvaji 3 deri te stacioni «Lindenallee». Hyrja është në oborr, kati i 2-të, i bini ziles «Beratung».
office-nord-directions = Tramvaji 5 deri te stacioni «Erlenhof», pastaj 3 minuta në këmbë. Kati përdhes, dera me tabelën blu.
weekday-mon = hën
weekday-tue = mar
weekday-wed = mër
weekday-thu = enj
weekday-fri = pre
weekday-sat = sht
weekday-sun = die

## Check and send

summary-intro = Ju lutem kontrolloni përgjigjet tuaja:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Gjithçka në rregull — dërgoni
summary-change = ✎ Ndryshoni një përgjigje
ask-which-change = Cilën përgjigje doni të ndryshoni?
field-language = Gjuha
field-topics = Çështja
field-age_group = Mosha
field-arrival = Ardhja në Gjermani
field-residence = Statusi i qëndrimit
field-integration_course = Kursi i integrimit
field-urgent = Urgjent
field-deadline_date = Afati
field-own_words = Me fjalët tuaja
field-contact = Kontakti
field-phone = Telefoni
field-office = Zyra
field-appointment_languages = Gjuhët për takimin
done =
    Faleminderit! E morëm kërkesën tuaj.
    Numri juaj i referencës është: { $reference }
    Ju lutem ruajeni këtë numër. Një këshilltar ose këshilltare do t'ju kontaktojë së shpejti.
referral-intro = Këto shërbime merren me çështjen tuaj, ose mund t'ju ndihmojnë edhe ato:
referral-entry = { $kind }: { $name }
referral-phone = Telefoni: { $phone }
referral-languages = Gjuhët: { $languages }
referral-kind-youth_migration = Shërbimi për të rinjtë migrantë, 12 deri 26 vjeç (Jugendmigrationsdienst)
referral-kind-immigration_office = Zyra e të huajve (Ausländerbehörde)
referral-kind-job_centre = Zyra e punës (Jobcenter)
referral-kind-social_office = Zyra e ndihmës sociale (Sozialamt)
referral-kind-integration_course = Ofruesi i kursit të integrimit
referral-kind-debt_counselling = Këshillim për borxhet (Schuldnerberatung)
referral-kind-recognition = Këshillim për njohjen e diplomave dhe certifikatave
referral-kind-health = Këshillim shëndetësor dhe psikosocial
referral-kind-return_counselling = Këshillim për kthimin (Rückkehrberatung)
referral-kind-housing_help = Ndihmë për njerëzit pa banesë
referral-kind-anti_discrimination = Këshillim kundër diskriminimit
after-done = Kërkesa juaj { $reference } është te ne. Nëse doni të dërgoni një kërkesë të re, shkruani /start.

## Appointment

booking-offer = Takime të lira në { $office } ({ $address }). Zgjidhni një orë:
booking-interpreter = Asnjë nga këshilltarët tanë nuk flet këto gjuhë: { $languages }. Do të kërkojmë një përkthyes ose përkthyese për takimin.
booking-urgent = Meqë çështja është urgjente, këto janë oraret më të hershme. Nëse asnjëri nuk ju përshtatet, një këshilltar ose këshilltare do t'ju kontaktojë më shpejt.
booking-none = Nuk ka asnjë takim të lirë në javët e ardhshme. Një këshilltar ose këshilltare do t'ju kontaktojë.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Mund të vini edhe pa takim: { $office }, { $address }, { $hours }.
booking-later = Orare më vonë ▸
booking-other-office = Një zyrë tjetër
booking-skip = Pa takim, ju lutem më kontaktoni
booking-skipped = Në rregull. Një këshilltar ose këshilltare do t'ju kontaktojë.
booking-format-in_person = personalisht
booking-format-phone = me telefon
booking-format-video = video-thirrje
booking-hold =
    { $when } me { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Po jua mbaj këtë orë për { $minutes } minutë. Ta rezervoj?
       *[other] Po jua mbaj këtë orë për { $minutes } minuta. Ta rezervoj?
    }
booking-confirm = ✓ Po, rezervojeni
booking-other = Zgjidhni një orë tjetër
booking-taken = Më vjen keq, dikush tjetër sapo e zuri këtë orë. Ja oraret e tjera të lira.
booking-done =
    Takimi juaj është rezervuar:
    { $when } me { $counsellor }
    { $office }, { $address } ({ $format })
    Ju lutem sillni pasaportën ose letërnjoftimin, lejen e qëndrimit dhe letrat zyrtare për çështjen tuaj.
    Me skedarin e kalendarit më poshtë mund ta ruani takimin në telefonin tuaj.
booking-with-interpreter = Do të vijë një përkthyes ose përkthyese për këtë gjuhë: { $language }.
booking-event = Takim këshillimi, { $org }
booking-reminder = Kujtesë për takimin tuaj: { $when } me { $counsellor }, { $office }, { $address } ({ $format }). Nëse nuk mund të vini, ju lutem shkruani /appointment.
appointment-none = Ende nuk keni takim me ne. Për të dërguar një kërkesë, shkruani /start.
appointment-show = Takimi juaj: { $when } me { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Anuloni takimin
appointment-reschedule = Zgjidhni një orë tjetër
appointment-keep = Mbajeni takimin
appointment-cancelled = Takimi juaj u anulua. Nëse doni një takim të ri, shkruani /appointment.
waitlist-join = Më vendosni në listën e pritjes
waitlist-joined = Jeni në listën e pritjes. Sapo të lirohet një takim i përshtatshëm, do t'ju shkruaj këtu.
waitlist-offer = U lirua një takim për ju: { $when } me { $counsellor }, { $office }, { $address } ({ $format }). Po jua mbaj deri më { $until }. Ta rezervoj?
after-booked = Takimi juaj: { $when } me { $counsellor }, { $office }. Numri juaj i referencës: { $reference }. Nëse doni të dërgoni një kërkesë të re, shkruani /start.

## Navigation and help

nav-back = ◀ Kthehuni
nav-restart = ↺ Filloni nga e para
confirm-restart = Të fillojmë nga e para? Përgjigjet tuaja deri tani do të fshihen.
confirm-restart-yes = Po, fshini dhe filloni nga e para
confirm-restart-no = Jo, vazhdoni
help =
    Unë ju bëj disa pyetje dhe përgjigjet tuaja ia dërgoj një këshilltari ose këshilltareje.
    /start — filloni nga fillimi
    /back — kthehuni te pyetja e mëparshme
    /language — ndryshoni gjuhën
    /appointment — shikoni, zhvendosni ose anuloni takimin tuaj
    /mydata — shikoni çfarë kemi ruajtur për ju
    /delete — fshini të gjitha të dhënat tuaja te ne
    /help — shfaqni këtë ndihmë
cmd-start = Filloni nga fillimi
cmd-help = Ndihmë
cmd-language = Ndryshoni gjuhën
cmd-back = Kthehuni te pyetja e mëparshme
cmd-appointment = Takimi im
terminal-hint = Shtypni numrin e një përgjigjeje, ose shkruani përgjigjen tuaj. Komandat: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Më falni, nuk e kuptova. Ju lutem zgjidhni një nga përgjigjet.
error-empty = Mesazhi juaj ishte bosh. Ju lutem shkruani përgjigjen tuaj.
error-too-long =
    { $max ->
        [one] Teksti juaj është shumë i gjatë. Ju lutem shkruani jo më shumë se { $max } karakter.
       *[other] Teksti juaj është shumë i gjatë. Ju lutem shkruani jo më shumë se { $max } karaktere.
    }
error-number-invalid = Ju lutem shkruani vitin me 4 shifra, për shembull { $example }.
error-number-range = Ju lutem shkruani një vit midis { $min } dhe { $max }.
error-date-invalid = Nuk arrita ta lexoj këtë datë. Ju lutem shkruajeni kështu: { $example }
error-date-nonexistent = Kjo datë nuk ekziston. Ju lutem kontrolloni ditën dhe muajin.
error-date-range = Ju lutem shkruani një datë midis { $min } dhe { $max }.
error-phone-invalid = Ky nuk duket si numër telefoni. Ju lutem shkruani vetëm shifrat, për shembull { $example }
error-stale = Kjo pyetje ka marrë tashmë përgjigje. Ja pyetja e tanishme:
error-already-answered = Ju i jeni përgjigjur tashmë kësaj pyetjeje.
error-or-choose = Ose zgjidhni një nga përgjigjet më poshtë.
error-unsupported =
    { $kind ->
        [voice] Nuk mund të dëgjoj mesazhe zanore. Ju lutem shkruani përgjigjen tuaj me tekst.
        [photo] Këtu nuk mund të shoh fotografi. Ju lutem mos dërgoni letra zyrtare ose dokumente në këtë chat. Një këshilltar ose këshilltare do t'i shohë bashkë me ju. Ju lutem shkruani përgjigjen tuaj me tekst.
        [document] Këtu nuk mund të hap skedarë. Ju lutem mos dërgoni letra zyrtare ose dokumente në këtë chat. Një këshilltar ose këshilltare do t'i shohë bashkë me ju. Ju lutem shkruani përgjigjen tuaj me tekst.
        [sticker] Faleminderit! Ju lutem shkruani përgjigjen tuaj me tekst ose përdorni butonat.
        [location] Faleminderit, por nuk më duhet vendndodhja juaj. Ju lutem shkruani përgjigjen tuaj me tekst ose përdorni butonat.
        [contact] Ju lutem mos dërgoni kontakte këtu. Ju lutem shkruani përgjigjen tuaj me tekst ose përdorni butonat.
       *[other] Mund të lexoj vetëm tekst dhe butona. Ju lutem shkruani përgjigjen tuaj me tekst.
    }
error-edited = Ju ndryshuat një mesazh të mëparshëm. Unë lexoj vetëm mesazhet e reja. Nëse një përgjigje ishte e gabuar, mund ta ndryshoni në fund, para se ta dërgoni.
error-private-only = Unë flas vetëm në biseda private, për të mbrojtur privatësinë tuaj. Ju lutem më shkruani drejtpërdrejt.
error-state-reset = Më falni, e humba rrjedhën e bisedës sonë. Duhet të fillojmë përsëri nga fillimi.
error-temporary = Më falni, ka një problem teknik. Ju lutem provoni përsëri pas disa minutash. Asgjë nga ato që dërguat më parë nuk ka humbur.
error-not-processed = Më falni, për shkak të një problemi teknik nuk munda ta përpunoj mesazhin tuaj të fundit. E ruajtëm që ta shohë ekipi ynë. Mund të vazhdoni: dërgojeni përsëri përgjigjen tuaj, ose shkruani /start për të filluar nga e para.

## Messages from staff

staff-says = Mesazh nga { $org } për kërkesën tuaj { $reference }:
template-bring-documents = Ju lutem sillni dokumentet tuaja në takim: pasaportën ose letërnjoftimin, dokumentin e qëndrimit dhe të gjitha letrat zyrtare nga zyrat për çështjen tuaj.
template-call-us = Ju lutem na telefononi: { $office }, { $phone }. Ju lutem na tregoni numrin e referencës { $reference }.
template-appointment-moved = Takimi juaj u zhvendos. Ora e re: { $when } me { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Fshini të dhënat e mia
delete-confirm =
    Të fshijmë gjithçka që kemi ruajtur për ju? Kjo përfshin përgjigjet dhe kërkesat tuaja; takimet që keni rezervuar do t'i anulojmë. Për statistikat tona mbetet vetëm një numër, pa asgjë për ju.
    Ky veprim nuk mund të zhbëhet.
delete-yes = Po, fshini gjithçka
delete-no = Jo, mos fshini asgjë
delete-kept = Në rregull, nuk kemi fshirë asgjë.
delete-done = U krye: i fshimë të dhënat tuaja. Nëse na shkruani përsëri, do të fillojmë nga e para.
cmd-mydata = Të dhënat e mia të ruajtura
mydata-intro = Kjo është ajo që kemi ruajtur për ju:
mydata-none = Nuk kemi asgjë të ruajtur për ju.
mydata-consent = Pëlqimi u dha më { $date } (versioni i tekstit { $version })
mydata-language = Gjuha: { $language }
mydata-draft = Përgjigjet tuaja deri tani (ende të padërguara):
mydata-request = Kërkesa { $reference } e datës { $date }: { $status ->
    [new] e marrë
    [closed] e mbyllur
   *[other] po trajtohet
}
mydata-appointment = Takimi { $when }: { $status ->
    [held] i mbajtur për ju
    [cancelled] i anuluar
    [no_show] i humbur
   *[booked] i rezervuar
}
mydata-file = E njëjta gjë në një skedar (JSON), që ta ruani. Me /delete i fshini të gjitha.
