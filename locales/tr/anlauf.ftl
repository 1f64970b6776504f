# anlauf — client-facing messages (Turkish).
# Review status: machine-drafted, not yet reviewed by a native speaker.

## Welcome and language

welcome = Merhaba! Burası { $org }. Size birkaç kısa soru soracağım. Böylece size doğru kişi yardım edebilir. Bu hizmet ücretsizdir.
ask-language = Size şu dilde yazacağım: { $language }. Başka bir dil isterseniz, burada seçin.
language-keep = ✓ { $language } — devam
language-more = Diğer diller
language-switched = Bundan sonra size şu dilde yazacağım: { $language }.
language-offer = Şu dilde yazdınız: { $language }. Bu dilde devam edelim mi?
language-offer-yes = Bu dilde devam et: { $language }
language-unknown = “{ $tag }” dili burada yok. /language ile bir dil seçebilirsiniz.

## Consent

consent-text =
    { $org }, Almanya'ya taşınmış kişilere ücretsiz danışmanlık verir. Danışmanlık gizlidir: bilgilerinizi başka kimseye vermeyiz.

    Size yardım edebilmek için cevaplarınızı not alırız. Bu cevapları sadece { $org } danışmanları okur. İstediğiniz zaman bizden verilerinizi göstermemizi veya silmemizi isteyebilirsiniz.

    Cevaplarınızı not almamızı kabul ediyor musunuz?
consent-yes = Evet, kabul ediyorum
consent-no = Hayır
consent-declined =
    Sorun değil. Hiçbir şey kaydetmedik.
    Bizi telefonla arayabilir veya ziyaret edebilirsiniz:
    { $offices }
consent-declined-kept =
    Sorun değil. Artık hiçbir şey kaydetmeyeceğiz ve bu konuşmada bize söyledikleriniz siliniyor.
    Daha önce bize gönderdiğiniz başvuru danışmanlarımızda kalır. Onun da silinmesini istiyorsanız bizi telefonla arayın veya ziyaret edin:
    { $offices }

## Concern

ask-topics = Hangi konuda yardıma ihtiyacınız var? Birden fazla seçebilirsiniz. Sonra “Tamam” düğmesine basın.
topic-residence = Oturum ve iltica
topic-benefits = Sosyal yardım ve devlet desteği
topic-work = İş ve çalışma izni
topic-recognition = Okul/meslek belgelerimin denkliği
topic-education = Okul, meslek eğitimi, üniversite
topic-language_course = Uyum kursu ve Almanca kursu
topic-childcare = Çocuğum için Kita veya okul yeri
topic-family = Aile
topic-family_reunification = Ailemi Almanya'ya getirmek
topic-health = Sağlık ve stres
topic-discrimination = Ayrımcılık ve ırkçılık
topic-housing = Ev ve konut
topic-debts = Borçlar ve para sorunları
topic-return = Geri dönüş veya başka ülkeye göç
topic-daily_life = Günlük hayat, resmî yazılar, resmî kurumlar
topic-other = Başka bir konu
multi-done = Tamam ✓
multi-chosen =
    { $count ->
        [0] Henüz bir şey seçmediniz.
        [one] Bir tane seçtiniz: { $list }
       *[other] { $count } tane seçtiniz: { $list }
    }
multi-empty = Lütfen en az bir cevap seçin. Sonra “Tamam” düğmesine basın.

## About you

ask-age = Kaç yaşındasınız?
age-under_18 = 18 yaşından küçük
age-18_26 = 18 ile 26 arası
age-27_64 = 27 ile 64 arası
age-65_plus = 65 yaş ve üzeri

ask-arrival = Almanya'ya hangi yıl geldiniz? Yılı yazın, örneğin { $example }.
arrival-born_here = Almanya'da doğdum
arrival-over_10_years = 10 yıldan uzun süre önce

ask-residence = Oturum durumunuz nedir? Emin değilseniz “Bilmiyorum” seçeneğine basın.
residence-asylum_procedure = İltica başvurum devam ediyor
residence-protection = Mülteci veya koruma statüm var
residence-duldung = Sınır dışı ertelemesi (Duldung)
residence-temporary_protection = Geçici koruma (Ukrayna'dan)
residence-residence_permit = Başka bir oturma izni
residence-settlement_permit = Süresiz oturma izni
residence-eu_citizen = Bir AB ülkesinin vatandaşı
residence-german = Alman vatandaşı
residence-late_repatriate = Alman kökenli (Spätaussiedler) veya ailesi
residence-unknown = Bilmiyorum

ask-course = Uyum kursuna (Almanca kursu) gitmek zorunda mısınız?
course-obliged = Evet, zorundayım
course-attending = Şu anda gidiyorum
course-finished = Kursu bitirdim
course-no = Hayır
course-unknown = Bilmiyorum

## Urgency

ask-urgent = Şu anda bunlardan biri sizin için geçerli mi? Değilse “Hayır” seçeneğine basın.
urgent-deadline = Son tarihli resmî yazı ya da sınır dışı edilme
urgent-danger = Şiddet, tehdit veya sağlık krizi
urgent-no_shelter = Bu gece uyuyacak yerim yok
urgent-no_food = Yiyecek alacak param yok
urgent-no = Hayır, bunların hiçbiri
yes = Evet
no = Hayır
urgent-help =
    Şu anda tehlikedeyseniz, lütfen arayın:
    Polis: 110
    Ambulans ve itfaiye: 112
    Gece ve hafta sonu nöbetçi doktor: 116 117
    Şiddete karşı kadınlar için yardım hattı (birçok dilde, ücretsiz, gece gündüz): 116 016
    Kriz hattı (ücretsiz, gece gündüz): 0800 111 0 111
    Bu sohbet hukuki danışmanlık vermez. Çalışanlarımız sizinle öncelikli olarak iletişime geçecek.
urgent-help-suicide =
    Yalnız değilsiniz. Lütfen şimdi biriyle konuşun:
    Kriz hattı (ücretsiz, anonim, gece gündüz): 0800 111 0 111
    Hayatınız şu anda tehlikedeyse: 112
urgent-help-violence =
    Şu anda tehlikedeyseniz lütfen polisi arayın: 110
    Şiddete karşı kadınlar için yardım hattı (birçok dilde, ücretsiz, anonim, gece gündüz): 116 016
urgent-help-illness =
    Tıbbi bir acil durumda lütfen ambulans çağırın: 112
    Gece ve hafta sonu nöbetçi doktor: 116 117
urgent-help-homelessness =
    Bu gece uyuyacak bir yeriniz yoksa buraya gidebilirsiniz:
    { $place }
urgent-help-hunger =
    Burada yiyecek dağıtılıyor:
    { $food }
    Sosyal Yardım Dairesi'nden acil para yardımı:
    { $welfare }
urgent-help-footer = Bu sohbet hukuki danışmanlık vermez. Çalışanlarımız sizinle öncelikli olarak iletişime geçecek.
urgent-letter = Teşekkürler. Mektubunuza öncelikli olarak bakacağız. Bu sohbet hukuki danışmanlık vermez; bir danışman sizinle iletişime geçecek.
urgent-first = Bize bildirdiğiniz için teşekkürler. Çalışanlarımız başvurunuza öncelikli olarak bakacak. Bu sohbet hukuki danışmanlık vermez; bir danışman sizinle iletişime geçecek.
ask-deadline = Son tarih hangi gün? Şöyle yazın: { $example }
deadline-skip = Tarih yok veya bilmiyorum

## Your own words

ask-own-words = Lütfen konuyu kendi cümlelerinizle anlatın. Kendi dilinizde yazabilirsiniz.
skip = Atla

## Contact

ask-contact = Size nasıl ulaşalım?
contact-chat = Burada, bu sohbette
contact-phone = Telefonla
contact-in_person = Ofiste yüz yüze
ask-phone = Sizi hangi numaradan arayabiliriz? Örneğin { $example }
ask-office = Size en uygun ofis hangisi?
ask-appointment-languages = Randevuda hangi dillerde konuşabilirsiniz? Birden fazla seçebilirsiniz. Sonra “Tamam” düğmesine basın.
office-any = Fark etmez
office-hours = Çalışma saatleri: { $hours }
office-directions-elsewhere = Nasıl gidilir ({ $language } dilinde, çünkü henüz sizin dilinizde yazılmadı): { $text }
office-mitte-directions = 12 numaralı otobüs ya da 3 numaralı tramvayla “Lindenallee” durağına gidin. Giriş avluda, 2. kat. “Beratung” zilini çalın.
office-nord-directions = 5 numaralı tramvayla “Erlenhof” durağına gidin, sonra 3 dakika yürüyün. Zemin kat, mavi tabelalı kapı.
weekday-mon = Pzt
weekday-tue = Sal
weekday-wed = Çar
weekday-thu = Per
weekday-fri = Cum
weekday-sat = Cmt
weekday-sun = Paz

## Check and send

summary-intro = Lütfen cevaplarınızı kontrol edin:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Her şey doğru — gönder
summary-change = ✎ Bir cevabı değiştir
ask-which-change = Hangi cevabı değiştirmek istiyorsunuz?
field-language = Dil
field-topics = Konu
field-age_group = Yaş
field-arrival = Almanya'ya geliş
field-residence = Oturum durumu
field-integration_course = Uyum kursu
field-urgent = Acil
field-deadline_date = Son tarih
field-own_words = Kendi cümlelerinizle
field-contact = İletişim
field-phone = Telefon
field-office = Ofis
field-appointment_languages = Randevu için diller
done =
    Teşekkürler! Başvurunuzu aldık.
    Dosya numaranız: { $reference }
    Lütfen bu numarayı saklayın. Bir danışman yakında sizinle iletişime geçecek.
referral-intro = Konunuzla şu yerler ilgilenir veya size ayrıca yardım edebilir:
referral-entry = { $kind }: { $name }
referral-phone = Telefon: { $phone }
referral-languages = Diller: { $languages }
referral-kind-youth_migration = Gençlik Göç Servisi (Jugendmigrationsdienst), 12 ile 26 yaş arası için
referral-kind-immigration_office = Yabancılar Dairesi (Ausländerbehörde)
referral-kind-job_centre = İş Merkezi (Jobcenter)
referral-kind-social_office = Sosyal Yardım Dairesi (Sozialamt)
referral-kind-integration_course = Uyum kursu veren kurum
referral-kind-debt_counselling = Borç danışmanlığı
referral-kind-recognition = Okul ve meslek belgelerinin denkliği için danışmanlık
referral-kind-health = Sağlık ve psikososyal danışmanlık
referral-kind-return_counselling = Geri dönüş danışmanlığı (Rückkehrberatung)
referral-kind-housing_help = Evi olmayan kişiler için yardım
referral-kind-anti_discrimination = Ayrımcılığa karşı danışmanlık
after-done = { $reference } numaralı başvurunuz bizde. Yeni bir başvuru göndermek isterseniz /start yazın.

## Appointment

booking-offer = Şu ofiste boş randevular var: { $office } ({ $address }). Bir saat seçin:
booking-interpreter = Danışmanlarımızın hiçbiri şu dilleri konuşmuyor: { $languages }. Randevu için bir tercüman isteyeceğiz.
booking-urgent = Konunuz acil olduğu için en erken saatler bunlar. Hiçbiri uymazsa, bir danışman sizinle daha erken iletişime geçecek.
booking-none = Önümüzdeki haftalarda boş randevu yok. Bir danışman sizinle iletişime geçecek.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Randevusuz da gelebilirsiniz: { $office }, { $address }, { $hours }.
booking-later = Daha sonraki saatler ▸
booking-other-office = Başka bir ofis
booking-skip = Randevu istemiyorum, bana ulaşın
booking-skipped = Tamam. Bir danışman sizinle iletişime geçecek.
booking-format-in_person = yüz yüze
booking-format-phone = telefonla
booking-format-video = görüntülü görüşme
booking-hold =
    { $when }, { $counsellor } ile
    { $office }, { $address } ({ $format })
    { $minutes ->
        [one] Bu saati { $minutes } dakika boyunca sizin için tutuyorum. Randevuyu kaydedeyim mi?
       *[other] Bu saati { $minutes } dakika boyunca sizin için tutuyorum. Randevuyu kaydedeyim mi?
    }
booking-confirm = ✓ Evet, randevuyu kaydet
booking-other = Başka bir saat seç
booking-taken = Üzgünüm, bu saati az önce başka biri aldı. İşte sonraki boş saatler.
booking-done =
    Randevunuz kaydedildi:
    { $when }, { $counsellor } ile
    { $office }, { $address } ({ $format })
    Lütfen pasaportunuzu veya kimlik kartınızı, oturma izninizi ve konunuzla ilgili resmî yazıları getirin.
    Aşağıdaki takvim dosyasıyla randevuyu telefonunuza kaydedebilirsiniz.
booking-with-interpreter = Randevuya şu dil için bir tercüman da katılacak: { $language }.
booking-event = Danışmanlık randevusu, { $org }
booking-reminder = Randevu hatırlatması: { $when }, { $counsellor } ile, { $office }, { $address } ({ $format }). Gelemeyecekseniz lütfen /appointment yazın.
appointment-none = Henüz bizde randevunuz yok. Başvuru göndermek için /start yazın.
appointment-show = Randevunuz: { $when }, { $counsellor } ile, { $office }, { $address } ({ $format }).
appointment-cancel = Randevuyu iptal et
appointment-reschedule = Başka bir saat seç
appointment-keep = Randevu kalsın
appointment-cancelled = Randevunuz iptal edildi. Yeni bir randevu isterseniz /appointment yazın.
waitlist-join = Beni bekleme listesine al
waitlist-joined = Bekleme listesindesiniz. Size uygun bir randevu boşalınca size buradan yazacağım.
waitlist-offer = Sizin için bir randevu boşaldı: { $when }, { $counsellor } ile, { $office }, { $address } ({ $format }). Bu randevuyu şu zamana kadar sizin için tutuyorum: { $until }. Randevuyu kaydedeyim mi?
after-booked = Randevunuz: { $when }, danışman: { $counsellor }, ofis: { $office }. Dosya numaranız: { $reference }. Yeni bir başvuru göndermek isterseniz /start yazın.

## Navigation and help

nav-back = ◀ Geri
nav-restart = ↺ Baştan başla
confirm-restart = Baştan başlamak istiyor musunuz? Şimdiye kadarki cevaplarınız silinecek.
confirm-restart-yes = Evet, sil ve baştan başla
confirm-restart-no = Hayır, devam et
help =
    Size birkaç soru soruyorum ve cevaplarınızı bir danışmana gönderiyorum.
    /start — baştan başla
    /back — önceki soruya dön
    /language — dili değiştir
    /appointment — randevuyu gör, değiştir veya iptal et
    /mydata — hakkınızda kaydettiğimiz bilgileri gör
    /delete — bizdeki tüm verilerinizi sil
    /help — bu yardımı göster
cmd-start = Baştan başla
cmd-help = Yardım
cmd-language = Dili değiştir
cmd-back = Önceki soruya dön
cmd-appointment = Randevum
terminal-hint = Bir cevabın numarasını yazın ya da cevabınızı yazın. Komutlar: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Üzgünüm, bunu anlamadım. Lütfen cevaplardan birini seçin.
error-empty = Mesajınız boştu. Lütfen cevabınızı yazın.
error-too-long =
    { $max ->
        [one] Metniniz çok uzun. Lütfen en fazla { $max } karakter yazın.
       *[other] Metniniz çok uzun. Lütfen en fazla { $max } karakter yazın.
    }
error-number-invalid = Lütfen yılı 4 rakamla yazın, örneğin { $example }.
error-number-range = Lütfen { $min } ile { $max } arasında bir yıl yazın.
error-date-invalid = Bu tarihi okuyamadım. Lütfen şöyle yazın: { $example }
error-date-nonexistent = Böyle bir tarih yok. Lütfen günü ve ayı kontrol edin.
error-date-range = Lütfen { $min } ile { $max } arasında bir tarih yazın.
error-phone-invalid = Bu bir telefon numarasına benzemiyor. Lütfen sadece rakamları yazın, örneğin { $example }
error-stale = Bu soru zaten cevaplandı. Şu anki soru şu:
error-already-answered = Bu soruyu zaten cevapladınız.
error-or-choose = Ya da aşağıdaki cevaplardan birini seçin.
error-unsupported =
    { $kind ->
        [voice] Sesli mesajları dinleyemiyorum. Lütfen cevabınızı yazarak gönderin.
        [photo] Burada fotoğraflara bakamıyorum. Lütfen bu sohbette resmî yazı veya belge göndermeyin. Bir danışman onlara sizinle birlikte bakacak. Lütfen cevabınızı yazarak gönderin.
        [document] Burada dosya açamıyorum. Lütfen bu sohbette resmî yazı veya belge göndermeyin. Bir danışman onlara sizinle birlikte bakacak. Lütfen cevabınızı yazarak gönderin.
        [sticker] Teşekkürler! Lütfen cevabınızı yazarak gönderin ya da düğmeleri kullanın.
        [location] Teşekkürler, ama konumunuza ihtiyacım yok. Lütfen cevabınızı yazarak gönderin ya da düğmeleri kullanın.
        [contact] Lütfen buraya kişi kartı göndermeyin. Lütfen cevabınızı yazarak gönderin ya da düğmeleri kullanın.
       *[other] Sadece yazı ve düğmeleri okuyabilirim. Lütfen cevabınızı yazarak gönderin.
    }
error-edited = Daha önceki bir mesajı değiştirdiniz. Ben sadece yeni mesajları okuyorum. Bir cevap yanlışsa, en sonda, göndermeden önce değiştirebilirsiniz.
error-private-only = Gizliliğinizi korumak için sadece özel sohbetlerde konuşuyorum. Lütfen bana doğrudan yazın.
error-state-reset = Üzgünüm, konuşmamızın nerede kaldığını kaybettim. En baştan tekrar başlamamız gerekiyor.
error-temporary = Üzgünüm, teknik bir sorun var. Lütfen birkaç dakika sonra tekrar deneyin. Daha önce gönderdiğiniz hiçbir şey kaybolmadı.
error-not-processed = Üzgünüm, teknik bir sorun nedeniyle son mesajınızı işleyemedim. Ekibimizin incelemesi için mesajınızı sakladık. Devam edebilirsiniz: cevabınızı tekrar gönderin veya baştan başlamak için /start yazın.

## Messages from staff

staff-says = { $org } size { $reference } numaralı başvurunuz hakkında yazıyor:
template-bring-documents = Lütfen randevuya şu belgeleri getirin: pasaportunuz veya kimlik kartınız, oturum belgeniz ve konunuzla ilgili resmî kurumlardan gelen tüm yazılar.
template-call-us = Lütfen bizi arayın: { $office }, { $phone }. Lütfen dosya numaranızı söyleyin: { $reference }.
template-appointment-moved = Randevunuz değiştirildi. Yeni randevu: { $when }, { $counsellor } ile, { $office }, { $address }.

## The client's rights

cmd-delete = Verilerimi sil
delete-confirm =
    Sizinle ilgili kaydettiğimiz her şeyi silelim mi? Buna cevaplarınız ve başvurularınız da dahildir; kayıtlı randevunuz varsa iptal ederiz. Geriye istatistiklerimiz için sadece bir sayı kalır. Bu sayı sizinle ilgili hiçbir bilgi içermez.
    Bu işlem geri alınamaz.
delete-yes = Evet, her şeyi silin
delete-no = Hayır, hiçbir şeyi silmeyin
delete-kept = Tamam, hiçbir şey silmedik.
delete-done = Tamamlandı: verilerinizi sildik. Bize tekrar yazarsanız, en baştan başlarız.
cmd-mydata = Kayıtlı verilerim
mydata-intro = Hakkınızda kaydettiklerimiz şunlar:
mydata-none = Hakkınızda kayıtlı hiçbir bilgimiz yok.
mydata-consent = { $date } tarihinde kabul ettiniz (metin sürümü { $version })
mydata-language = Dil: { $language }
mydata-draft = Şimdiye kadarki cevaplarınız (henüz gönderilmedi):
mydata-request = { $date } tarihli { $reference } numaralı başvuru: { $status ->
    [new] alındı
    [closed] kapatıldı
   *[other] üzerinde çalışılıyor
}
mydata-appointment = Randevu { $when }: { $status ->
    [held] sizin için tutuluyor
    [cancelled] iptal edildi
    [no_show] gelmediniz
   *[booked] kaydedildi
}
mydata-file = Aynı bilgiler, saklamanız için bir dosya (JSON) olarak. /delete ile her şeyi silebilirsiniz.
