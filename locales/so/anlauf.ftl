# anlauf — client-facing messages (Somali).
# Review status: machine-drafted, not yet reviewed by a native speaker.

## Welcome and language

welcome = Salaan! Kani waa { $org }. Waxaan ku weydiin doonaa dhowr su'aalood oo gaagaaban, si qofka ku habboon uu kuu caawiyo. Adeeggu waa bilaash.
ask-language = Waxaan kuugu qori doonaa { $language }. Haddii aad rabto luqad kale, halkan ka dooro.
language-keep = ✓ { $language } — sii wad
language-more = Luqado kale
language-switched = Hadda laga bilaabo, waxaan kuugu qori doonaa { $language }.
language-offer = Waxaad ku qortay { $language }. Ma ku sii wadnaa { $language }?
language-offer-yes = Ku sii wad { $language }
language-unknown = Luqadda “{ $tag }” halkan kuma jirto. Waxaad luqad ku dooran kartaa /language.

## Consent

consent-text =
    { $org } waxay talo bilaash ah siisaa dadka u soo guuray Jarmalka. Taladu waa qarsoodi: macluumaadkaaga cid kale ma siinno.

    Si aan kuu caawinno, waxaan qornaa jawaabahaaga. Kaliya lataliyayaasha { $org } ayaa akhriya. Waqti kasta waad na weydiin kartaa inaan ku tusno xogtaada ama aan tirtirno.

    Ma oggol tahay inaan qorno jawaabahaaga?
consent-yes = Haa, waan oggolahay
consent-no = Maya
consent-declined =
    Waa hagaag. Waxba ma aanan kaydin.
    Sidoo kale waad na soo wici kartaa ama waad noo iman kartaa:
    { $offices }
consent-declined-kept =
    Waa hagaag. Wax dambe ma qori doonno, waxa aad noogu sheegtay wadahadalkanna waa la tirtirayaa.
    Codsigii aad hore noo soo dirtay wuxuu ku hadhayaa lataliyayaashayada agtooda. Haddii aad rabto in isna la tirtiro, waad na soo wici kartaa ama waad noo iman kartaa:
    { $offices }

## Concern

ask-topics = Maxaad caawimo uga baahan tahay? Waxaad dooran kartaa wax ka badan hal. Kadib riix “Diyaar”.
topic-residence = Deganaansho iyo magangalyo
topic-benefits = Gargaar bulsho iyo lacag dawladeed
topic-work = Shaqo iyo ogolaanshaha shaqada
topic-recognition = Aqoonsiga shahaadooyinkayga
topic-education = Dugsi, tababar, jaamacad
topic-language_course = Koorso isdhexgal iyo af Jarmal
topic-childcare = Meel Kita ama dugsi ilmahayga
topic-family = Qoyska
topic-family_reunification = Keenista qoyskayga Jarmalka
topic-health = Caafimaad iyo walwal
topic-discrimination = Takoor iyo cunsuriyad
topic-housing = Guri iyo hoy
topic-debts = Deymo iyo dhibaatooyin lacageed
topic-return = Ku noqosho ama u guurid dal kale
topic-daily_life = Nolol maalmeed, warqado, xafiisyo
topic-other = Wax kale
multi-done = Diyaar ✓
multi-chosen =
    { $count ->
        [0] Weli waxba ma aadan dooran.
        [one] Waxaad dooratay hal: { $list }
       *[other] Waxaad dooratay { $count }: { $list }
    }
multi-empty = Fadlan dooro ugu yaraan hal jawaab. Kadib riix “Diyaar”.

## About you

ask-age = Immisa jir baad tahay?
age-under_18 = Ka yar 18 sano
age-18_26 = 18 ilaa 26 sano
age-27_64 = 27 ilaa 64 sano
age-65_plus = 65 sano ama ka weyn

ask-arrival = Sannadkee ayaad timid Jarmalka? Qor sannadka, tusaale ahaan { $example }.
arrival-born_here = Waxaan ku dhashay Jarmalka
arrival-over_10_years = In ka badan 10 sano ka hor

ask-residence = Sharcigaaga deganaanshaha waa maxay? Haddii aadan hubin, dooro “Ma aqaan”.
residence-asylum_procedure = Codsiga magangalyada waa socdaa
residence-protection = Qaxooti ama ilaalin la aqoonsaday
residence-duldung = Masaafuris la hakiyay (Duldung)
residence-temporary_protection = Ilaalin ku-meel-gaar (Yukreen)
residence-residence_permit = Ogolaansho deganaansho kale
residence-settlement_permit = Deganaansho joogto ah
residence-eu_citizen = Muwaadin dal Midowga Yurub
residence-german = Muwaadin Jarmal
residence-late_repatriate = Soo-laabte (Spätaussiedler) ama qoyskiisa
residence-unknown = Ma aqaan

ask-course = Ma waajib baa kugu ah inaad gasho koorsada isdhexgalka (koorsada af Jarmalka)?
course-obliged = Haa, waa waajib igu ah
course-attending = Hadda waan dhiganayaa
course-finished = Waan dhammeeyay
course-no = Maya
course-unknown = Ma aqaan

## Urgency

ask-urgent = Hadda mid ka mid ah kuwan ma kugu saabsan yahay? Haddii kale, dooro “Maya”.
urgent-deadline = Warqad leh waqti xaddidan, ama masaafurin
urgent-danger = Rabshad, hanjabaad ama caafimaad degdeg ah
urgent-no_shelter = Caawa meel aan seexdo ma haysto
urgent-no_food = Lacag aan cunto ku iibsado ma haysto
urgent-no = Maya, midna ma jiro
yes = Haa
no = Maya
urgent-help =
    Haddii aad hadda khatar ku jirto, fadlan wac:
    Booliska: 110
    Ambalaas iyo dab-demis: 112
    Dhakhtarka habeenkii iyo dhammaadka toddobaadka: 116 117
    Caawimo haweenka la kulma rabshad (luqado badan, bilaash, habeen iyo maalin): 116 016
    Khadka caawimada xaaladaha adag (bilaash, habeen iyo maalin): 0800 111 0 111
    Wadahadalkani ma bixiyo talo sharci. Shaqaalahayagu sida ugu dhakhsaha badan ayay kula soo xiriiri doonaan.
urgent-help-suicide =
    Kaligaa ma tihid. Fadlan hadda qof la hadal:
    Khadka caawimada xaaladaha adag (bilaash, magac la'aan, habeen iyo maalin): 0800 111 0 111
    Haddii noloshaadu hadda khatar ku jirto: 112
urgent-help-violence =
    Haddii aad hadda khatar ku jirto, fadlan wac booliska: 110
    Caawimo haweenka la kulma rabshad (luqado badan, bilaash, magac la'aan, habeen iyo maalin): 116 016
urgent-help-illness =
    Haddii ay jirto xaalad caafimaad oo degdeg ah, fadlan wac ambalaaska: 112
    Dhakhtarka habeenkii iyo dhammaadka toddobaadka: 116 117
urgent-help-homelessness =
    Haddii aadan caawa haysan meel aad seexato, waxaad aadi kartaa halkan:
    { $place }
urgent-help-hunger =
    Halkan waxaa lagu bixiyaa cunto:
    { $food }
    Caawimo lacageed oo degdeg ah oo laga helo Xafiiska arrimaha bulshada (Sozialamt):
    { $welfare }
urgent-help-footer = Wadahadalkani ma bixiyo talo sharci. Shaqaalahayagu sida ugu dhakhsaha badan ayay kula soo xiriiri doonaan.
urgent-letter = Mahadsanid. Warqaddaada ayaan eegi doonnaa ka hor codsiyada kale. Wadahadalkani ma bixiyo talo sharci; lataliye ayaa kula soo xiriiri doona.
urgent-first = Mahadsanid inaad noo sheegtay. Shaqaalahayagu codsigaaga ayay eegi doonaan ka hor codsiyada kale. Wadahadalkani ma bixiyo talo sharci; lataliye ayaa kula soo xiriiri doona.
ask-deadline = Waqtiga kama dambaysta ah waa taariikhdee? Sidan u qor: { $example }
deadline-skip = Taariikh ma leh ama ma aqaan

## Your own words

ask-own-words = Fadlan erayadaada ku sheeg waxa arrintu ku saabsan tahay. Waxaad ku qori kartaa luqaddaada.
skip = Ka bood

## Contact

ask-contact = Sideen kuula soo xiriirnaa?
contact-chat = Halkan, wadahadalkan
contact-phone = Telefoon
contact-in_person = Xafiis, fool ka fool
ask-phone = Lambarkee telefoon ayaan kugu soo wici karnaa? Tusaale ahaan { $example }
ask-office = Xafiiskee ayaa kuugu habboon?
ask-appointment-languages = Luqadahee ayaad ku hadli kartaa ballanta? Waxaad dooran kartaa wax ka badan hal. Kadib riix “Diyaar”.
office-any = Mid kasta
office-hours = Saacadaha shaqada: { $hours }
office-directions-elsewhere = Sida loo tago (af { $language }, maadaama aan weli lagu qorin luqaddaada): { $text }
office-mitte-directions = Ku raac bas 12 ama taraam 3 ilaa joogsiga “Lindenallee”. Albaabka laga galo wuxuu ku yaal barxadda gudaha, dabaqa 2aad. Riix gambaleelka “Beratung”.
office-nord-directions = Ku raac taraam 5 ilaa joogsiga “Erlenhof”, kadib 3 daqiiqo lug ku soco. Dabaqa hoose, albaabka leh calaamadda buluugga ah.
weekday-mon = Isniin
weekday-tue = Talaado
weekday-wed = Arbaco
weekday-thu = Khamiis
weekday-fri = Jimco
weekday-sat = Sabti
weekday-sun = Axad

## Check and send

summary-intro = Fadlan hubi jawaabahaaga:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Wax walba waa sax — dir
summary-change = ✎ Beddel jawaab
ask-which-change = Jawaabtee ayaad rabtaa inaad beddesho?
field-language = Luqadda
field-topics = Arrinta
field-age_group = Da'da
field-arrival = Imaatinka Jarmalka
field-residence = Sharciga deganaanshaha
field-integration_course = Koorsada isdhexgalka
field-urgent = Degdeg
field-deadline_date = Waqtiga kama dambaysta
field-own_words = Erayadaada
field-contact = Xiriirka
field-phone = Telefoon
field-office = Xafiis
field-appointment_languages = Luqadaha ballanta
done =
    Mahadsanid! Waan helnay codsigaaga.
    Lambarkaaga tixraaca waa: { $reference }
    Fadlan kaydi lambarkan. Lataliye ayaa dhowaan kula soo xiriiri doona.
referral-intro = Meelahan ayaa mas'uul ka ah arrintaada, ama iyana way ku caawin karaan:
referral-entry = { $kind }: { $name }
referral-phone = Telefoon: { $phone }
referral-languages = Luqadaha: { $languages }
referral-kind-youth_migration = Adeegga socdaalka dhallinyarada (Jugendmigrationsdienst), da'da 12 ilaa 26
referral-kind-immigration_office = Xafiiska ajaanibta (Ausländerbehörde)
referral-kind-job_centre = Xarunta shaqada (Jobcenter)
referral-kind-social_office = Xafiiska arrimaha bulshada (Sozialamt)
referral-kind-integration_course = Goobta koorsada isdhexgalka
referral-kind-debt_counselling = Talo ku saabsan deymaha
referral-kind-recognition = Talo ku saabsan aqoonsiga shahaadooyinka
referral-kind-health = Talo caafimaad iyo mid nafsiyeed
referral-kind-return_counselling = Talo ku saabsan ku noqoshada (Rückkehrberatung)
referral-kind-housing_help = Caawimo loogu talagalay dadka aan guri lahayn
referral-kind-anti_discrimination = Talo ka dhan ah takoorka
after-done = Codsigaaga { $reference } waanu haynaa. Haddii aad rabto inaad dirto codsi cusub, qor /start.

## Appointment

booking-offer = Ballamaha bannaan ee { $office } ({ $address }). Dooro waqti:
booking-interpreter = Ma jiro lataliye ku hadla { $languages }. Waxaan codsan doonnaa turjubaan inuu ballanta ka qayb galo.
booking-urgent = Maadaama arrintu degdeg tahay, kuwani waa waqtiyada ugu horreeya. Haddii aysan midna kuu habboonayn, lataliye ayaa kula soo xiriiri doona si ka dhakhso badan.
booking-none = Toddobaadyada soo socda ma jiro ballan bannaan. Lataliye ayaa kula soo xiriiri doona.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Waxaad sidoo kale iman kartaa adigoon ballan lahayn: { $office }, { $address }, { $hours }.
booking-later = Waqtiyada dambe ▸
booking-other-office = Xafiis kale
booking-skip = Ballan ma rabo, ila soo xiriira
booking-skipped = Waa hagaag. Lataliye ayaa kula soo xiriiri doona.
booking-format-in_person = fool ka fool
booking-format-phone = telefoon
booking-format-video = wicitaan muuqaal
booking-hold =
    { $when }, lataliyaha: { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Waqtigan waxaan kuu hayaa { $minutes } daqiiqo. Ma kuu xaqiijiyaa?
       *[other] Waqtigan waxaan kuu hayaa { $minutes } daqiiqo. Ma kuu xaqiijiyaa?
    }
booking-confirm = ✓ Haa, xaqiiji
booking-other = Dooro waqti kale
booking-taken = Waan ka xumahay, qof kale ayaa hadda qaatay waqtigan. Kuwani waa waqtiyada bannaan ee xiga.
booking-done =
    Ballantaada waa la xaqiijiyay:
    { $when }, lataliyaha: { $counsellor }
    { $office }, { $address } ({ $format })
    Fadlan keen baasaboorkaaga ama kaarka aqoonsiga, ruqsadda deganaanshaha iyo warqadaha ku saabsan arrintaada.
    Adiga oo isticmaalaya faylka kalandarka ee hoose, waxaad ballanta ku kaydin kartaa telefoonkaaga.
booking-with-interpreter = Turjubaan ku hadla { $language } ayaa ka qayb geli doona.
booking-event = Ballanta talada, { $org }
booking-reminder = Xasuusin: ballantaadu waa { $when }, lataliyaha: { $counsellor }, { $office }, { $address } ({ $format }). Haddii aadan iman karin, fadlan qor /appointment.
appointment-none = Weli ballan ma lihid. Haddii aad rabto inaad dirto codsi, qor /start.
appointment-show = Ballantaada: { $when }, lataliyaha: { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Baaji ballanta
appointment-reschedule = Dooro waqti kale
appointment-keep = Ballanta sii hay
appointment-cancelled = Ballantaada waa la baajiyay. Haddii aad rabto ballan cusub, qor /appointment.
waitlist-join = Igu dar liiska sugitaanka
waitlist-joined = Waxaad ku jirtaa liiska sugitaanka. Marka ballan kuu habboon la helo, halkan ayaan kuugu soo qori doonaa.
waitlist-offer = Hadda ballan ayaa kuu bannaan: { $when }, lataliyaha: { $counsellor }, { $office }, { $address } ({ $format }). Ballantan waxaan kuu hayaa ilaa { $until }. Ma kuu xaqiijiyaa?
after-booked = Ballantaadu waa { $when }, waxaad { $counsellor } kula kulmi doontaa { $office }. Lambarkaaga tixraaca: { $reference }. Haddii aad rabto inaad dirto codsi cusub, qor /start.

## Navigation and help

nav-back = ◀ Dib u noqo
nav-restart = ↺ Mar kale bilow
confirm-restart = Ma rabtaa inaad mar kale bilowdo? Jawaabaha aad ilaa hadda bixisay waa la tirtiri doonaa.
confirm-restart-yes = Haa, tirtir oo mar kale bilow
confirm-restart-no = Maya, sii wad
help =
    Waxaan ku weydiinayaa dhowr su'aalood, jawaabahaagana waxaan u dirayaa lataliye.
    /start — ka bilow bilowga
    /back — ku noqo su'aashii hore
    /language — beddel luqadda
    /appointment — arag, beddel ama baaji ballantaada
    /mydata — arag waxa aan kaa kaydinnay
    /delete — tirtir dhammaan xogta aan kaa hayno
    /help — muuji caawimadan
cmd-start = Ka bilow bilowga
cmd-help = Caawimo
cmd-language = Beddel luqadda
cmd-back = Ku noqo su'aashii hore
cmd-appointment = Ballantayda
terminal-hint = Qor lambarka jawaabta, ama qor jawaabtaada. Amarrada: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Waan ka xumahay, taas ma aan fahmin. Fadlan dooro mid ka mid ah jawaabaha.
error-empty = Fariintaadu way madhnayd. Fadlan qor jawaabtaada.
error-too-long =
    { $max ->
        [one] Qoraalkaagu aad buu u dheer yahay. Fadlan qor ugu badnaan { $max } xaraf.
       *[other] Qoraalkaagu aad buu u dheer yahay. Fadlan qor ugu badnaan { $max } xaraf.
    }
error-number-invalid = Fadlan sannadka ku qor 4 tiro, tusaale ahaan { $example }.
error-number-range = Fadlan qor sannad u dhexeeya { $min } iyo { $max }.
error-date-invalid = Ma aan akhriyi karin taariikhdan. Fadlan sidan u qor: { $example }
error-date-nonexistent = Taariikhdani ma jirto. Fadlan hubi maalinta iyo bisha.
error-date-range = Fadlan qor taariikh u dhexeysa { $min } iyo { $max }.
error-phone-invalid = Tani uma eka lambar telefoon. Fadlan qor tirooyinka oo keliya, tusaale ahaan { $example }
error-stale = Su'aashan horay ayaa looga jawaabay. Tani waa su'aasha hadda:
error-already-answered = Su'aashan horay ayaad uga jawaabtay.
error-or-choose = Ama dooro mid ka mid ah jawaabaha hoose.
error-unsupported =
    { $kind ->
        [voice] Ma dhegaysan karo fariimaha codka. Fadlan jawaabtaada qoraal ahaan u soo dir.
        [photo] Halkan ma eegi karo sawirro. Fadlan ha ku soo dirin warqado ama dukumentiyo wadahadalkan. Lataliye ayaa kula eegi doona. Fadlan jawaabtaada qoraal ahaan u soo dir.
        [document] Halkan ma furi karo faylal. Fadlan ha ku soo dirin warqado ama dukumentiyo wadahadalkan. Lataliye ayaa kula eegi doona. Fadlan jawaabtaada qoraal ahaan u soo dir.
        [sticker] Mahadsanid! Fadlan jawaabtaada qoraal ahaan u soo dir ama isticmaal badhamada.
        [location] Mahadsanid, laakiin uma baahni goobtaada. Fadlan jawaabtaada qoraal ahaan u soo dir ama isticmaal badhamada.
        [contact] Fadlan halkan ha ku soo dirin lambarro xiriir. Fadlan jawaabtaada qoraal ahaan u soo dir ama isticmaal badhamada.
       *[other] Waxaan akhriyi karaa qoraal iyo badhamo oo keliya. Fadlan jawaabtaada qoraal ahaan u soo dir.
    }
error-edited = Waxaad beddeshay fariin hore. Waxaan akhriyaa fariimaha cusub oo keliya. Haddii jawaab khaldan tahay, waad beddeli kartaa dhammaadka, kahor intaadan dirin.
error-private-only = Waxaan ku hadlaa wadahadallada gaarka ah oo keliya, si aan u ilaaliyo sirtaada. Fadlan si toos ah iigu soo qor.
error-state-reset = Waan ka xumahay, wadahadalkeenna waan ka lumay. Waa inaan mar kale bilowga ka bilownaa.
error-temporary = Waan ka xumahay, waxaa jira dhibaato farsamo. Fadlan isku day mar kale dhowr daqiiqo kadib. Wax aad hore u soo dirtay ma lumin.
error-not-processed = Waan ka xumahay, dhibaato farsamo awgeed kama aan shaqayn karin fariintaadii ugu dambeysay. Waan kaydinnay si ay shaqaalahayagu u eegaan. Waad sii wadi kartaa: mar kale soo dir jawaabtaada, ama qor /start si aad bilowga uga bilowdo.

## Messages from staff

staff-says = Fariin ka timid { $org } oo ku saabsan codsigaaga { $reference }:
template-bring-documents = Fadlan dukumentiyadaada u keen ballanta: baasaboorkaaga ama kaarka aqoonsiga, dukumentiga deganaanshaha iyo dhammaan warqadaha xafiisyada dowladda ka yimid ee ku saabsan arrintaada.
template-call-us = Fadlan na soo wac: { $office }, { $phone }. Fadlan noo sheeg lambarkaaga tixraaca: { $reference }.
template-appointment-moved = Ballantaada waa la beddelay. Waqtiga cusub: { $when }, lataliyaha: { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Tirtir xogtayda
delete-confirm =
    Ma rabtaa inaan tirtirno wax kasta oo aan kaa kaydinnay? Waxaa ka mid ah jawaabahaaga iyo codsiyadaada; ballan kasta oo aad xaqiijisay waan baajin doonnaa. Waxa keliya ee hadhaya waa tiro aan waxba kaa sheegayn, oo loogu talagalay tirakoobkayaga.
    Tan dib looma celin karo.
delete-yes = Haa, tirtir wax walba
delete-no = Maya, waxba ha tirtirin
delete-kept = Waa hagaag, waxba ma aanan tirtirin.
delete-done = Waa dhammaatay: xogtaada waan tirtirnay. Haddii aad mar kale noo soo qorto, bilowga ayaan ka bilaabi doonnaa.
cmd-mydata = Xogtayda la kaydiyay
mydata-intro = Tani waa xogta aan kaa kaydinnay:
mydata-none = Wax xog ah oo adiga kugu saabsan ma hayno.
mydata-consent = Waxaad oggolaatay taariikhda { $date } (nuqulka qoraalka: { $version })
mydata-language = Luqadda: { $language }
mydata-draft = Jawaabahaaga ilaa hadda (weli lama dirin):
mydata-request = Codsiga { $reference } ee { $date }: { $status ->
    [new] waa la helay
    [closed] waa la dhammeeyay
   *[other] waa laga shaqeynayaa
}
mydata-appointment = Ballanta { $when }: { $status ->
    [held] waa laguu hayaa
    [cancelled] waa la baajiyay
    [no_show] waa la seegay
   *[booked] waa la xaqiijiyay
}
mydata-file = Isla xogtan oo fayl ah (JSON), si aad u kaydsato. Waxaad wax walba ku tirtiri kartaa /delete.
