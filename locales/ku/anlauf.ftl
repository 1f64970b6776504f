# anlauf — client-facing messages (Kurmanji Kurdish).
# Review status: machine-drafted, not yet reviewed by a native speaker; register revised 2026-12-02 (machine-drafted).

## Welcome and language

welcome = Silav! Ev { $org } e. Ez ê çend pirsên kurt ji we bipirsim, da ku kesê rast bikaribe alîkariya we bike. Ev belaş e.
ask-language = Ez ê bi { $language } ji we re binivîsim. Heke hûn zimanekî din dixwazin, li vir hilbijêrin.
language-keep = ✓ { $language } — berdewam bikin
language-more = Zimanên din
language-switched = Ji niha û pê ve ez ê bi { $language } ji we re binivîsim.
language-offer = We bi { $language } nivîsî. Em bi { $language } berdewam bikin?
language-offer-yes = Bi { $language } berdewam bikin
language-unknown = Zimanê “{ $tag }” li vir tune ye. Hûn dikarin bi /language zimanekî hilbijêrin.

## Consent

consent-text =
    { $org } şêwirdariya belaş dide kesên ku hatine Almanyayê. Şêwirdarî nepenî ye: em agahiyên we nadin tu kesekî din.

    Ji bo ku em alîkariya we bikin, em bersivên we dinivîsin. Tenê şêwirmendên { $org } wan dixwînin. Hûn dikarin her dem ji me bixwazin ku em daneyên we nîşanî we bidin an wan jê bibin.

    Hûn qebûl dikin ku em bersivên we binivîsin?
consent-yes = Erê, ez qebûl dikim
consent-no = Na
consent-declined =
    Temam e. Me tiştek tomar nekiriye.
    Hûn dikarin telefonî me bikin an jî serdana me bikin:
    { $offices }
consent-declined-kept =
    Temam e. Em êdî tiştekî tomar nakin, û tiştên ku we di vê axaftinê de ji me re gotine têne jêbirin.
    Daxwaza ku we berê ji me re şandiye li cem şêwirmendên me dimîne. Heke hûn dixwazin ew jî were jêbirin, telefonî me bikin an jî serdana me bikin:
    { $offices }

## Concern

ask-topics = Hûn ji bo çi alîkariyê dixwazin? Hûn dikarin ji yekê zêdetir hilbijêrin. Paşê “Temam” bitikînin.
topic-residence = Mafê mayînê û penaberî
topic-benefits = Alîkariya civakî û pereyê dewletê
topic-work = Kar û destûra kar
topic-recognition = Pejirandina bawernameyên min
topic-education = Dibistan, perwerde, zanîngeh
topic-language_course = Kursa entegrasyonê û kursa almanî
topic-childcare = Kita an dibistan ji bo zarokê min
topic-family = Malbat
topic-family_reunification = Anîna malbata min bo Almanyayê
topic-health = Tenduristî û stres
topic-discrimination = Cudakarî û nijadperestî
topic-housing = Xanî û cihê mayînê
topic-debts = Deyn û pirsgirêkên pereyan
topic-return = Vegerîn an çûyîna welatekî din
topic-daily_life = Jiyana rojane, name û saziyên fermî
topic-other = Tiştekî din
multi-done = Temam ✓
multi-chosen =
    { $count ->
        [0] We hêj tiştek hilnebijartiye.
        [one] We yek hilbijart: { $list }
       *[other] We { $count } heb hilbijartin: { $list }
    }
multi-empty = Ji kerema xwe herî kêm bersivekê hilbijêrin. Paşê “Temam” bitikînin.

## About you

ask-age = Hûn çend salî ne?
age-under_18 = Kêmtir ji 18 salî
age-18_26 = 18 heta 26 salî
age-27_64 = 27 heta 64 salî
age-65_plus = 65 salî an zêdetir

ask-arrival = Hûn di kîjan salê de hatin Almanyayê? Salê binivîsin, wek mînak { $example }.
arrival-born_here = Ez li Almanyayê ji dayik bûme
arrival-over_10_years = Berî zêdetirî 10 salan

ask-residence = Rewşa we ya mayînê çi ye? Heke hûn ne bawer in, “Nizanim” hilbijêrin.
residence-asylum_procedure = Serlêdana penaberiyê didome
residence-protection = Statûya penaberî an parastinê
residence-duldung = Tolerans (Duldung)
residence-temporary_protection = Parastina demkî (ji Ukraynayê)
residence-residence_permit = Destûreke din a mayînê
residence-settlement_permit = Destûra mayîna daîmî
residence-eu_citizen = Welatiyê welatekî YE-yê (EU)
residence-german = Welatiyê alman
residence-late_repatriate = Koçberê dereng (Spätaussiedler) an malbat
residence-unknown = Nizanim

ask-course = Ma divê hûn biçin kursa entegrasyonê (kursa almanî)?
course-obliged = Erê, divê ez biçim
course-attending = Niha ez diçim kursê
course-finished = Min kurs qedand
course-no = Na
course-unknown = Nizanim

## Urgency

ask-urgent = Niha yek ji van ji bo we rast e? Heke na, “Na” hilbijêrin.
urgent-deadline = Nameyek bi mohlet, an dersînorkirin
urgent-danger = Tundî, tehdît an krîza tenduristiyê
urgent-no_shelter = Îşev cihê min ê razanê tune
urgent-no_food = Pereyê min ji bo xwarinê tune
urgent-no = Na, ne yek ji van
yes = Erê
no = Na
urgent-help =
    Heke hûn niha di xetereyê de ne, ji kerema xwe telefon bikin:
    Polîs: 110
    Ambulans û agirkujî: 112
    Doktorê nobetê bi şev û di dawiya hefteyê de: 116 117
    Alîkarî ji bo jinan li dijî tundiyê (bi gelek zimanan, belaş, şev û roj): 116 016
    Xeta krîzê (belaş, şev û roj): 0800 111 0 111
    Ev sohbet şêwirdariya hiqûqî nade. Karmendên me dê herî zû bi we re têkilî daynin.
urgent-help-suicide =
    Hûn ne bi tenê ne. Ji kerema xwe niha bi kesekî re biaxivin:
    Xeta krîzê (belaş, bênav, şev û roj): 0800 111 0 111
    Heke jiyana we niha di xetereyê de be: 112
urgent-help-violence =
    Heke hûn niha di xetereyê de ne, ji polîsan re telefon bikin: 110
    Alîkarî ji bo jinan li dijî tundiyê (bi gelek zimanan, belaş, bênav, şev û roj): 116 016
urgent-help-illness =
    Di rewşa acîl a tenduristiyê de, ji ambulansê re telefon bikin: 112
    Doktorê nobetê bi şev û di dawiya hefteyê de: 116 117
urgent-help-homelessness =
    Heke îşev cihê we yê razanê tune be, hûn dikarin biçin vir:
    { $place }
urgent-help-hunger =
    Li vir xwarin tê belavkirin:
    { $food }
    Alîkariya acîl bi pere ji Daîreya civakî (Sozialamt):
    { $welfare }
urgent-help-footer = Ev sohbet şêwirdariya hiqûqî nade. Karmendên me dê herî zû bi we re têkilî daynin.
urgent-letter = Spas. Em ê berî yên din li nameya we binêrin. Ev sohbet şêwirdariya hiqûqî nade; şêwirmendek dê bi we re têkilî dayne.
urgent-first = Spas ku we ji me re got. Karmendên me dê berî yên din li daxwaza we binêrin. Ev sohbet şêwirdariya hiqûqî nade; şêwirmendek dê bi we re têkilî dayne.
ask-deadline = Mohlet kîjan roj e? Bi vî awayî binivîsin: { $example }
deadline-skip = Dîrok tune an nizanim

## Your own words

ask-own-words = Ji kerema xwe bi gotinên xwe binivîsin ka mesele çi ye. Hûn dikarin bi zimanê xwe binivîsin.
skip = Derbas bikin

## Contact

ask-contact = Em çawa bi we re têkilî daynin?
contact-chat = Li vir, di vê sohbetê de
contact-phone = Bi telefonê
contact-in_person = Rû bi rû li nivîsgehekê
ask-phone = Em dikarin bi kîjan hejmara telefonê li we bigerin? Wek mînak { $example }
ask-office = Kîjan nivîsgeh ji bo we herî baş e?
ask-appointment-languages = Hûn di randevûyê de dikarin bi kîjan zimanan biaxivin? Hûn dikarin ji yekê zêdetir hilbijêrin. Paşê “Temam” bitikînin.
office-any = Ferq nake
office-hours = Vekirî ye: { $hours }
office-directions-elsewhere = Çawa hûn digihîjin wir (bi { $language }, ji ber ku hîn bi zimanê we nehatiye nivîsandin): { $text }
office-mitte-directions = Bi otobûsa 12 an tramvaya 3 herin heta rawestgeha “Lindenallee”. Têketin di hewşê de ye, qata 2yemîn. Zengila “Beratung” bitikînin.
office-nord-directions = Bi tramvaya 5 herin heta rawestgeha “Erlenhof”, paşê 3 deqîqe bi peyatî. Qata erdê, deriyê bi tabelaya şîn.
weekday-mon = Duşem
weekday-tue = Sêşem
weekday-wed = Çarşem
weekday-thu = Pêncşem
weekday-fri = În
weekday-sat = Şemî
weekday-sun = Yekşem

## Check and send

summary-intro = Ji kerema xwe bersivên xwe kontrol bikin:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Her tişt rast e — bişînin
summary-change = ✎ Bersivekê biguherînin
ask-which-change = Hûn dixwazin kîjan bersivê biguherînin?
field-language = Ziman
field-topics = Mijar
field-age_group = Temen
field-arrival = Hatina Almanyayê
field-residence = Rewşa mayînê
field-integration_course = Kursa entegrasyonê
field-urgent = Lezgîn
field-deadline_date = Mohlet
field-own_words = Bi gotinên we
field-contact = Têkilî
field-phone = Telefon
field-office = Nivîsgeh
field-appointment_languages = Zimanên randevûyê
done =
    Spas! Me daxwaza we wergirt.
    Hejmara dosyaya we ev e: { $reference }
    Ji kerema xwe vê hejmarê biparêzin. Şêwirmendek dê di demeke nêzîk de bi we re têkilî dayne.
referral-intro = Ev cih ji bo meseleya we berpirsiyar in, an jî dikarin alîkariya we bikin:
referral-entry = { $kind }: { $name }
referral-phone = Telefon: { $phone }
referral-languages = Ziman: { $languages }
referral-kind-youth_migration = Xizmeta koçberiyê ya ciwanan (Jugendmigrationsdienst), ji bo 12 heta 26 salî
referral-kind-immigration_office = Daîreya biyaniyan (Ausländerbehörde)
referral-kind-job_centre = Navenda kar (Jobcenter)
referral-kind-social_office = Daîreya civakî (Sozialamt)
referral-kind-integration_course = Cihê kursa entegrasyonê
referral-kind-debt_counselling = Şêwirdariya deynan
referral-kind-recognition = Şêwirdarî li ser pejirandina bawernameyan
referral-kind-health = Şêwirdariya tenduristî û derûnî
referral-kind-return_counselling = Şêwirdariya vegerê (Rückkehrberatung)
referral-kind-housing_help = Alîkarî ji bo kesên bê xanî
referral-kind-anti_discrimination = Şêwirdarî li dijî cudakariyê
after-done = Daxwaza we ya { $reference } li cem me ye. Heke hûn dixwazin daxwazeke nû bişînin, /start binivîsin.

## Appointment

booking-offer = Randevûyên vala li { $office } ({ $address }). Demekê hilbijêrin:
booking-interpreter = Tu şêwirmendê me bi { $languages } naaxive. Em ê ji wergêrekî bixwazin ku beşdarî randevûyê bibe.
booking-urgent = Ji ber ku mesele lezgîn e, ev demên herî zû ne. Heke tu yek ji wan ji we re ne guncav be, şêwirmendek dê zûtir bi we re têkilî dayne.
booking-none = Di hefteyên bê de randevûyeke vala tune. Şêwirmendek dê bi we re têkilî dayne.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Hûn dikarin bê randevû jî werin: { $office }, { $address }, { $hours }.
booking-later = Demên paşê ▸
booking-other-office = Nivîsgeheke din
booking-skip = Randevû na, bi min re têkilî daynin
booking-skipped = Temam. Şêwirmendek dê bi we re têkilî dayne.
booking-format-in_person = rû bi rû
booking-format-phone = bi telefonê
booking-format-video = bi vîdyoyê
booking-hold =
    { $when } bi { $counsellor } re
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Ez vê demê { $minutes } deqe ji bo we diparêzim. Ez wê ji bo we tomar bikim?
       *[other] Ez vê demê { $minutes } deqe ji bo we diparêzim. Ez wê ji bo we tomar bikim?
    }
booking-confirm = ✓ Erê, tomar bikin
booking-other = Demeke din hilbijêrin
booking-taken = Biborin, kesekî din nû ev dem girt. Ev demên vala yên din in.
booking-done =
    Randevûya we hate tomarkirin:
    { $when } bi { $counsellor } re
    { $office }, { $address } ({ $format })
    Ji kerema xwe pasaport an nasnameya xwe, destûra mayînê û nameyên li ser meseleya xwe bi xwe re bînin.
    Bi pelê salnameyê yê li jêr hûn dikarin randevûyê di telefona xwe de tomar bikin.
booking-with-interpreter = Wergêrek ji bo { $language } jî dê beşdar bibe.
booking-event = Randevûya şêwirdariyê, { $org }
booking-reminder = Bîrxistina randevûyê: { $when } bi { $counsellor } re, { $office }, { $address } ({ $format }). Heke hûn nikarin werin, ji kerema xwe /appointment binivîsin.
appointment-none = Hîn randevûya we li cem me tune. Ji bo şandina daxwazekê, /start binivîsin.
appointment-show = Randevûya we: { $when } bi { $counsellor } re, { $office }, { $address } ({ $format }).
appointment-cancel = Randevûyê betal bikin
appointment-reschedule = Demeke din hilbijêrin
appointment-keep = Randevûyê bihêlin
appointment-cancelled = Randevûya we hate betalkirin. Heke hûn randevûyeke nû dixwazin, /appointment binivîsin.
waitlist-join = Min têxin lîsteya bendewariyê
waitlist-joined = Hûn di lîsteya bendewariyê de ne. Gava randevûyeke guncav vala bibe, ez ê li vir ji we re binivîsim.
waitlist-offer = Randevûyek ji bo we vala bû: { $when } bi { $counsellor } re, { $office }, { $address } ({ $format }). Ez vê randevûyê heta { $until } ji bo we diparêzim. Ez wê ji bo we tomar bikim?
after-booked = Randevûya we roja { $when } e, bi { $counsellor } re, li { $office }. Hejmara dosyaya we: { $reference }. Heke hûn dixwazin daxwazeke nû bişînin, /start binivîsin.

## Navigation and help

nav-back = ◀ Paş
nav-restart = ↺ Ji nû ve dest pê bikin
confirm-restart = Hûn dixwazin ji nû ve dest pê bikin? Bersivên we yên heta niha dê werin jêbirin.
confirm-restart-yes = Erê, jê bibin û dîsa dest pê bikin
confirm-restart-no = Na, berdewam bikin
help =
    Ez çend pirsan ji we dipirsim û bersivên we ji şêwirmendekî re dişînim.
    /start — ji serî ve dest pê bikin
    /back — vegerin pirsa berê
    /language — zimên biguherînin
    /appointment — randevûya xwe bibînin, biguherînin an betal bikin
    /mydata — daneyên xwe yên ku me tomar kirine bibînin
    /delete — hemû daneyên xwe yên li cem me jê bibin
    /help — vê alîkariyê bibînin
cmd-start = Ji serî ve dest pê bikin
cmd-help = Alîkarî
cmd-language = Zimên biguherînin
cmd-back = Vegerin pirsa berê
cmd-appointment = Randevûya min
terminal-hint = Hejmara bersivekê binivîsin, an bersiva xwe binivîsin. Ferman: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Biborin, min ev fêm nekir. Ji kerema xwe yek ji bersivan hilbijêrin.
error-empty = Peyama we vala bû. Ji kerema xwe bersiva xwe binivîsin.
error-too-long =
    { $max ->
        [one] Nivîsa we pir dirêj e. Ji kerema xwe herî zêde { $max } tîpê binivîsin.
       *[other] Nivîsa we pir dirêj e. Ji kerema xwe herî zêde { $max } tîpan binivîsin.
    }
error-number-invalid = Ji kerema xwe salê bi 4 reqeman binivîsin, wek mînak { $example }.
error-number-range = Ji kerema xwe salekê di navbera { $min } û { $max } de binivîsin.
error-date-invalid = Min nikarîbû vê dîrokê bixwînim. Ji kerema xwe bi vî awayî binivîsin: { $example }
error-date-nonexistent = Ev dîrok tune ye. Ji kerema xwe roj û mehê kontrol bikin.
error-date-range = Ji kerema xwe dîrokekê di navbera { $min } û { $max } de binivîsin.
error-phone-invalid = Ev wek hejmara telefonê xuya nake. Ji kerema xwe tenê reqeman binivîsin, wek mînak { $example }
error-stale = Bersiva vê pirsê berê hatiye dayîn. Pirsa niha ev e:
error-already-answered = We berê bersiva vê pirsê daye.
error-or-choose = An jî yek ji bersivên li jêr hilbijêrin.
error-unsupported =
    { $kind ->
        [voice] Ez nikarim guh bidim peyamên dengî. Ji kerema xwe bersiva xwe bi nivîsê bişînin.
        [photo] Ez li vir nikarim li wêneyan binêrim. Ji kerema xwe di vê sohbetê de name an belgeyan neşînin. Şêwirmendek dê bi we re li wan binêre. Ji kerema xwe bersiva xwe bi nivîsê bişînin.
        [document] Ez li vir nikarim dosyayan vekim. Ji kerema xwe di vê sohbetê de name an belgeyan neşînin. Şêwirmendek dê bi we re li wan binêre. Ji kerema xwe bersiva xwe bi nivîsê bişînin.
        [sticker] Spas! Ji kerema xwe bersiva xwe bi nivîsê bişînin an bişkokan bikar bînin.
        [location] Spas, lê ez ne hewceyî cihê we me. Ji kerema xwe bersiva xwe bi nivîsê bişînin an bişkokan bikar bînin.
        [contact] Ji kerema xwe li vir kontaktan neşînin. Ji kerema xwe bersiva xwe bi nivîsê bişînin an bişkokan bikar bînin.
       *[other] Ez tenê dikarim nivîs û bişkokan bixwînim. Ji kerema xwe bersiva xwe bi nivîsê bişînin.
    }
error-edited = We peyameke berê guhert. Ez tenê peyamên nû dixwînim. Heke bersivek şaş bû, hûn dikarin wê di dawiyê de, berî şandinê, biguherînin.
error-private-only = Ji bo parastina nepeniya we, ez tenê di sohbetên taybet de diaxivim. Ji kerema xwe rasterast ji min re binivîsin.
error-state-reset = Biborin, min rêya axaftina me winda kir. Divê em ji serî ve dest pê bikin.
error-temporary = Biborin, pirsgirêkeke teknîkî heye. Ji kerema xwe piştî çend deqeyan dîsa biceribînin. Tiştên ku we berê şandine winda nebûne.
error-not-processed = Biborin, ji ber pirsgirêkeke teknîkî min nikarîbû bersiva peyama we ya dawî bidim. Me ew tomar kir da ku karmendên me lê binêrin. Hûn dikarin berdewam bikin: bersiva xwe dîsa bişînin, an jî /start binivîsin da ku ji serî ve dest pê bikin.

## Messages from staff

staff-says = Peyamek ji { $org } li ser daxwaza we ya { $reference }:
template-bring-documents = Ji kerema xwe, dema hûn tên randevûyê, van belgeyan bi xwe re bînin: pasaport an nasnameya xwe, belgeya mayîna xwe û hemû nameyên ku ji daîreyên fermî li ser meseleya we hatine.
template-call-us = Ji kerema xwe telefonî me bikin: { $office }, { $phone }. Hejmara dosyaya xwe ji me re bibêjin: { $reference }.
template-appointment-moved = Randevûya we hate guhertin. Randevûya nû: { $when } bi { $counsellor } re, { $office }, { $address }.

## The client's rights

cmd-delete = Daneyên min jê bibin
delete-confirm =
    Em her tiştê ku me li ser we tomar kiriye jê bibin? Bersivên we û daxwazên we jî di nav de ne; heke we randevû tomar kiribin, em ê wan betal bikin. Tenê hejmarek ji bo statîstîkên me dimîne, bê tu agahiyekê li ser we.
    Piştre ev kar nayê vegerandin.
delete-yes = Erê, her tiştî jê bibin
delete-no = Na, tiştekî jê nebin
delete-kept = Temam, me tiştek jê nebiriye.
delete-done = Qediya: me daneyên we jê birin. Heke hûn dîsa ji me re binivîsin, em ê ji nû ve dest pê bikin.
cmd-mydata = Daneyên min ên tomarkirî
mydata-intro = Me ev li ser we tomar kiriye:
mydata-none = Me tiştek li ser we tomar nekiriye.
mydata-consent = We roja { $date } qebûl kir (guhertoya nivîsê { $version })
mydata-language = Ziman: { $language }
mydata-draft = Bersivên we yên heta niha (hîn nehatine şandin):
mydata-request = Daxwaza { $reference }, roja { $date }: { $status ->
    [new] hate wergirtin
    [closed] qediya
   *[other] em li ser dixebitin
}
mydata-appointment = Randevûya { $when }: { $status ->
    [held] demkî ji bo we tê parastin
    [cancelled] hate betalkirin
    [no_show] hûn nehatin
   *[booked] hate tomarkirin
}
mydata-file = Heman agahî wek pelekê (JSON), da ku hûn li cem xwe biparêzin. Bi /delete hûn her tiştî jê dibin.
