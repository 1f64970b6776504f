# anlauf — client-facing messages (Vietnamese).
# Review status: machine-drafted, not yet reviewed by a native speaker.
# Every id here must exist in every locale. Variables are listed in src/i18n/catalog.rs.

## Welcome and language

welcome = Xin chào! Đây là { $org }. Tôi sẽ hỏi Quý vị vài câu hỏi ngắn để đúng người có thể giúp Quý vị. Dịch vụ này miễn phí.
ask-language = Tôi sẽ viết cho Quý vị bằng { $language }. Nếu Quý vị muốn dùng ngôn ngữ khác, xin chọn ở đây.
language-keep = ✓ { $language } — tiếp tục
language-more = Các ngôn ngữ khác
language-switched = Từ bây giờ tôi sẽ viết cho Quý vị bằng { $language }.
language-offer = Quý vị đã viết bằng { $language }. Quý vị có muốn tiếp tục bằng { $language } không?
language-offer-yes = Tiếp tục bằng { $language }
language-unknown = Ngôn ngữ “{ $tag }” không có ở đây. Quý vị có thể chọn ngôn ngữ bằng lệnh /language.

## Consent

consent-text =
    { $org } tư vấn miễn phí cho những người đã chuyển đến sống ở Đức. Việc tư vấn được giữ bí mật: chúng tôi không đưa thông tin của Quý vị cho bất kỳ ai khác.

    Để giúp Quý vị, chúng tôi ghi lại các câu trả lời của Quý vị. Chỉ các tư vấn viên của { $org } đọc những câu trả lời này. Bất cứ lúc nào Quý vị cũng có thể yêu cầu chúng tôi cho xem dữ liệu của Quý vị hoặc xóa dữ liệu đó.

    Quý vị có đồng ý để chúng tôi ghi lại các câu trả lời không?
consent-yes = Có, tôi đồng ý
consent-no = Không
consent-declined =
    Không sao ạ. Chúng tôi chưa lưu lại điều gì.
    Quý vị cũng có thể gọi điện hoặc đến gặp chúng tôi:
    { $offices }
consent-declined-kept =
    Không sao ạ. Chúng tôi sẽ không ghi lại gì thêm, và những gì Quý vị đã nói trong cuộc trò chuyện này sẽ được xóa.
    Yêu cầu Quý vị đã gửi trước đó vẫn còn ở chỗ các tư vấn viên của chúng tôi. Nếu Quý vị cũng muốn xóa yêu cầu đó, xin gọi điện hoặc đến gặp chúng tôi:
    { $offices }

## Concern

ask-topics = Quý vị cần giúp đỡ về việc gì? Quý vị có thể chọn nhiều mục. Sau đó xin bấm “Xong”.
topic-residence = Cư trú và tị nạn
topic-benefits = Trợ cấp xã hội và tiền của nhà nước
topic-work = Việc làm và giấy phép lao động
topic-recognition = Công nhận bằng cấp, chứng chỉ nghề
topic-education = Trường học, học nghề, đại học
topic-language_course = Khóa hội nhập và khóa tiếng Đức
topic-childcare = Chỗ Kita hoặc trường học cho con
topic-family = Gia đình
topic-family_reunification = Đưa gia đình sang Đức
topic-health = Sức khỏe và căng thẳng
topic-discrimination = Phân biệt đối xử, kỳ thị chủng tộc
topic-housing = Nhà ở
topic-debts = Nợ nần và khó khăn về tiền
topic-return = Về nước hoặc chuyển sang nước khác
topic-daily_life = Đời sống hằng ngày, thư từ, cơ quan
topic-other = Việc khác
multi-done = Xong ✓
multi-chosen =
    { $count ->
        [0] Quý vị chưa chọn mục nào.
       *[other] Quý vị đã chọn { $count } mục: { $list }
    }
multi-empty = Xin chọn ít nhất một câu trả lời. Sau đó xin bấm “Xong”.

## About you

ask-age = Quý vị bao nhiêu tuổi?
age-under_18 = Dưới 18 tuổi
age-18_26 = Từ 18 đến 26 tuổi
age-27_64 = Từ 27 đến 64 tuổi
age-65_plus = Từ 65 tuổi trở lên

ask-arrival = Quý vị đến Đức vào năm nào? Xin viết năm, ví dụ { $example }.
arrival-born_here = Tôi sinh ra ở Đức
arrival-over_10_years = Cách đây hơn 10 năm

ask-residence = Tình trạng cư trú của Quý vị là gì? Nếu Quý vị không chắc, xin chọn “Tôi không biết”.
residence-asylum_procedure = Đang làm thủ tục tị nạn
residence-protection = Được công nhận tị nạn hoặc bảo vệ
residence-duldung = Tạm hoãn trục xuất (Duldung)
residence-temporary_protection = Bảo vệ tạm thời (từ Ukraina)
residence-residence_permit = Giấy phép cư trú khác
residence-settlement_permit = Giấy phép định cư lâu dài
residence-eu_citizen = Công dân một nước EU
residence-german = Công dân Đức
residence-late_repatriate = Hồi hương (Spätaussiedler), gia đình
residence-unknown = Tôi không biết

ask-course = Quý vị có phải tham gia khóa hội nhập (khóa tiếng Đức) không?
course-obliged = Có, tôi phải tham gia
course-attending = Tôi đang học khóa này
course-finished = Tôi đã học xong
course-no = Không
course-unknown = Tôi không biết

## Urgency

ask-urgent = Ngay lúc này, Quý vị có gặp một trong những việc dưới đây không? Nếu không, xin chọn “Không”.
urgent-deadline = Thư có hạn chót, hoặc bị trục xuất
urgent-danger = Bạo lực, đe dọa, sức khỏe nguy cấp
urgent-no_shelter = Đêm nay tôi không có chỗ ngủ
urgent-no_food = Tôi không có tiền mua đồ ăn
urgent-no = Không, không có việc nào
yes = Có
no = Không
urgent-help =
    Nếu Quý vị đang gặp nguy hiểm ngay lúc này, xin gọi:
    Cảnh sát: 110
    Cấp cứu và cứu hỏa: 112
    Bác sĩ trực ban đêm và cuối tuần: 116 117
    Đường dây giúp phụ nữ bị bạo lực (nhiều ngôn ngữ, miễn phí, cả ngày lẫn đêm): 116 016
    Đường dây hỗ trợ khủng hoảng (miễn phí, cả ngày lẫn đêm): 0800 111 0 111
    Cuộc trò chuyện này không tư vấn pháp lý. Nhân viên của chúng tôi sẽ ưu tiên liên lạc với Quý vị.
urgent-help-suicide =
    Quý vị không hề đơn độc. Xin hãy nói chuyện với ai đó ngay bây giờ:
    Đường dây hỗ trợ khủng hoảng (miễn phí, ẩn danh, cả ngày lẫn đêm): 0800 111 0 111
    Nếu tính mạng của Quý vị đang gặp nguy hiểm ngay lúc này: 112
urgent-help-violence =
    Nếu Quý vị đang gặp nguy hiểm ngay lúc này, xin gọi cảnh sát: 110
    Đường dây giúp phụ nữ bị bạo lực (nhiều ngôn ngữ, miễn phí, ẩn danh, cả ngày lẫn đêm): 116 016
urgent-help-illness =
    Nếu cần cấp cứu y tế, xin gọi xe cấp cứu: 112
    Bác sĩ trực ban đêm và cuối tuần: 116 117
urgent-help-homelessness =
    Nếu đêm nay Quý vị không có chỗ ngủ, Quý vị có thể đến đây:
    { $place }
urgent-help-hunger =
    Thực phẩm được phát tại đây:
    { $food }
    Hỗ trợ tiền khẩn cấp từ Sở Xã hội:
    { $welfare }
urgent-help-footer = Cuộc trò chuyện này không tư vấn pháp lý. Nhân viên của chúng tôi sẽ ưu tiên liên lạc với Quý vị.
urgent-letter = Cảm ơn Quý vị. Chúng tôi sẽ ưu tiên xem thư của Quý vị. Cuộc trò chuyện này không tư vấn pháp lý; một tư vấn viên sẽ liên lạc với Quý vị.
urgent-first = Cảm ơn Quý vị đã cho chúng tôi biết. Nhân viên của chúng tôi sẽ ưu tiên xem yêu cầu của Quý vị. Cuộc trò chuyện này không tư vấn pháp lý; một tư vấn viên sẽ liên lạc với Quý vị.
ask-deadline = Hạn chót là ngày nào? Xin viết như thế này: { $example }
deadline-skip = Không có ngày hoặc tôi không biết

## Your own words

ask-own-words = Xin Quý vị dùng lời của mình để kể cho chúng tôi biết việc này là việc gì. Quý vị có thể viết bằng ngôn ngữ của mình.
skip = Bỏ qua

## Contact

ask-contact = Chúng tôi nên liên lạc với Quý vị bằng cách nào?
contact-chat = Ngay trong cuộc trò chuyện này
contact-phone = Qua điện thoại
contact-in_person = Gặp trực tiếp tại văn phòng
ask-phone = Chúng tôi có thể gọi cho Quý vị theo số điện thoại nào? Ví dụ { $example }
ask-office = Văn phòng nào thuận tiện nhất cho Quý vị?
ask-appointment-languages = Trong buổi hẹn, Quý vị có thể nói chuyện bằng những ngôn ngữ nào? Quý vị có thể chọn nhiều ngôn ngữ. Sau đó xin bấm “Xong”.
office-any = Văn phòng nào cũng được
office-hours = Giờ mở cửa: { $hours }
office-directions-elsewhere = Cách đến nơi (bằng tiếng { $language }, vì chưa được viết bằng ngôn ngữ của bạn): { $text }
# How to find each office (optional per office; if one locale has it, all must).
office-mitte-directions = Đi xe buýt số 12 hoặc tàu điện số 3 đến trạm “Lindenallee”. Lối vào ở trong sân, tầng 3 (theo cách tính ở Đức là tầng 2), xin bấm chuông “Beratung”.
office-nord-directions = Đi tàu điện số 5 đến trạm “Erlenhof”, sau đó đi bộ 3 phút. Tầng trệt, cửa có biển màu xanh dương.
weekday-mon = Th 2
weekday-tue = Th 3
weekday-wed = Th 4
weekday-thu = Th 5
weekday-fri = Th 6
weekday-sat = Th 7
weekday-sun = CN

## Check and send

summary-intro = Xin kiểm tra lại các câu trả lời của Quý vị:
summary-line = { $field }: { $value }
summary-skipped = —
summary-confirm = ✓ Tất cả đều đúng — gửi đi
summary-change = ✎ Sửa một câu trả lời
ask-which-change = Quý vị muốn sửa câu trả lời nào?
field-language = Ngôn ngữ
field-topics = Vấn đề
field-age_group = Tuổi
field-arrival = Đến Đức
field-residence = Tình trạng cư trú
field-integration_course = Khóa hội nhập
field-urgent = Khẩn cấp
field-deadline_date = Hạn chót
field-own_words = Bằng lời của Quý vị
field-contact = Liên lạc
field-phone = Điện thoại
field-office = Văn phòng
field-appointment_languages = Ngôn ngữ cho buổi hẹn
done =
    Cảm ơn Quý vị! Chúng tôi đã nhận được yêu cầu của Quý vị.
    Mã số hồ sơ của Quý vị là: { $reference }
    Xin giữ lại mã số này. Một tư vấn viên sẽ sớm liên lạc với Quý vị.
referral-intro = Những nơi sau đây phụ trách vấn đề của Quý vị, hoặc cũng có thể giúp Quý vị:
referral-entry = { $kind }: { $name }
referral-phone = Điện thoại: { $phone }
referral-languages = Ngôn ngữ: { $languages }
referral-kind-youth_migration = Dịch vụ di cư cho thanh thiếu niên từ 12 đến 26 tuổi (Jugendmigrationsdienst)
referral-kind-immigration_office = Sở Ngoại kiều (Ausländerbehörde)
referral-kind-job_centre = Trung tâm việc làm (Jobcenter)
referral-kind-social_office = Sở Xã hội (Sozialamt)
referral-kind-integration_course = Nơi tổ chức khóa hội nhập
referral-kind-debt_counselling = Tư vấn về nợ (Schuldnerberatung)
referral-kind-recognition = Tư vấn công nhận bằng cấp
referral-kind-health = Tư vấn sức khỏe và tâm lý xã hội
referral-kind-return_counselling = Tư vấn về nước (Rückkehrberatung)
referral-kind-housing_help = Giúp đỡ người không có nhà ở
referral-kind-anti_discrimination = Tư vấn chống phân biệt đối xử
after-done = Chúng tôi đã nhận yêu cầu { $reference } của Quý vị. Nếu Quý vị muốn gửi yêu cầu mới, xin viết /start.

## Appointment

booking-offer = Các giờ hẹn còn trống tại { $office } ({ $address }). Xin chọn một giờ:
booking-interpreter = Không có tư vấn viên nào nói được { $languages }. Chúng tôi sẽ mời một phiên dịch viên tham gia buổi hẹn.
booking-urgent = Vì việc này khẩn cấp, đây là những giờ sớm nhất. Nếu không có giờ nào phù hợp, một tư vấn viên sẽ liên lạc với Quý vị sớm hơn.
booking-none = Trong những tuần tới không còn giờ hẹn trống. Một tư vấn viên sẽ liên lạc với Quý vị.
booking-slot = { $when }, { $counsellor } ({ $format })
booking-walk-in = Quý vị cũng có thể đến mà không cần hẹn trước: { $office }, { $address }, { $hours }.
booking-later = Các giờ sau ▸
booking-other-office = Văn phòng khác
booking-skip = Không hẹn, xin liên lạc với tôi
booking-skipped = Vâng ạ. Một tư vấn viên sẽ liên lạc với Quý vị.
booking-format-in_person = gặp trực tiếp
booking-format-phone = qua điện thoại
booking-format-video = gọi video
booking-hold =
    { $when } với { $counsellor }
    { $office }, { $address } ({ $format })
    { $minutes ->
       *[other] Tôi giữ giờ này cho Quý vị trong { $minutes } phút. Quý vị có muốn tôi đặt giờ hẹn này không?
    }
booking-confirm = ✓ Có, xin đặt hẹn
booking-other = Chọn giờ khác
booking-taken = Xin lỗi, vừa có người khác chọn giờ này. Đây là những giờ trống tiếp theo.
booking-done =
    Lịch hẹn của Quý vị đã được đặt:
    { $when } với { $counsellor }
    { $office }, { $address } ({ $format })
    Xin mang theo hộ chiếu hoặc thẻ căn cước, giấy phép cư trú và các thư từ liên quan đến việc của Quý vị.
    Với tệp lịch dưới đây, Quý vị có thể lưu lịch hẹn vào điện thoại.
booking-with-interpreter = Sẽ có một phiên dịch viên cho ngôn ngữ này tham gia: { $language }.
booking-event = Buổi hẹn tư vấn, { $org }
booking-reminder = Nhắc lịch: Quý vị có hẹn vào { $when } với { $counsellor }, { $office }, { $address } ({ $format }). Nếu Quý vị không đến được, xin viết /appointment.
appointment-none = Quý vị chưa có lịch hẹn với chúng tôi. Để gửi yêu cầu, xin viết /start.
appointment-show = Lịch hẹn của Quý vị: { $when } với { $counsellor }, { $office }, { $address } ({ $format }).
appointment-cancel = Hủy lịch hẹn
appointment-reschedule = Chọn giờ khác
appointment-keep = Giữ lịch hẹn
appointment-cancelled = Lịch hẹn của Quý vị đã được hủy. Nếu Quý vị muốn có hẹn mới, xin viết /appointment.
waitlist-join = Cho tôi vào danh sách chờ
waitlist-joined = Quý vị đã có tên trong danh sách chờ. Ngay khi có giờ hẹn phù hợp, tôi sẽ nhắn cho Quý vị tại đây.
waitlist-offer = Đã có một giờ hẹn trống cho Quý vị: { $when } với { $counsellor }, { $office }, { $address } ({ $format }). Tôi giữ giờ này cho Quý vị đến { $until }. Quý vị có muốn tôi đặt giờ hẹn này không?
after-booked = Quý vị có hẹn vào { $when } với { $counsellor } tại { $office }. Mã số hồ sơ của Quý vị: { $reference }. Nếu Quý vị muốn gửi yêu cầu mới, xin viết /start.

## Navigation and help

nav-back = ◀ Quay lại
nav-restart = ↺ Bắt đầu lại
confirm-restart = Bắt đầu lại từ đầu? Các câu trả lời cho đến giờ sẽ bị xóa.
confirm-restart-yes = Có, xóa và bắt đầu lại
confirm-restart-no = Không, tiếp tục
help =
    Tôi hỏi Quý vị vài câu hỏi và gửi các câu trả lời của Quý vị đến một tư vấn viên.
    /start — bắt đầu lại từ đầu
    /back — quay lại câu hỏi trước
    /language — đổi ngôn ngữ
    /appointment — xem, dời hoặc hủy lịch hẹn của Quý vị
    /mydata — xem những gì chúng tôi đã lưu về Quý vị
    /delete — xóa tất cả dữ liệu của Quý vị ở chỗ chúng tôi
    /help — hiện phần trợ giúp này
cmd-start = Bắt đầu lại từ đầu
cmd-help = Trợ giúp
cmd-language = Đổi ngôn ngữ
cmd-back = Quay lại câu hỏi trước
cmd-appointment = Lịch hẹn của tôi
terminal-hint = Xin gõ số của một câu trả lời, hoặc viết câu trả lời của Quý vị. Các lệnh: /back, /start, /language, /help.

## When something does not fit

error-not-an-option = Xin lỗi, tôi không hiểu. Xin chọn một trong các câu trả lời.
error-empty = Tin nhắn của Quý vị không có nội dung. Xin viết câu trả lời.
error-too-long =
    { $max ->
       *[other] Văn bản của Quý vị quá dài. Xin viết tối đa { $max } ký tự.
    }
error-number-invalid = Xin viết năm bằng 4 chữ số, ví dụ { $example }.
error-number-range = Xin viết một năm từ { $min } đến { $max }.
error-date-invalid = Tôi không đọc được ngày này. Xin viết như thế này: { $example }
error-date-nonexistent = Ngày này không có thật. Xin kiểm tra lại ngày và tháng.
error-date-range = Xin viết một ngày từ { $min } đến { $max }.
error-phone-invalid = Đây có vẻ không phải là số điện thoại. Xin chỉ viết các chữ số, ví dụ { $example }
error-stale = Câu hỏi này đã được trả lời rồi. Đây là câu hỏi hiện tại:
error-already-answered = Quý vị đã trả lời câu hỏi này rồi.
error-or-choose = Hoặc xin chọn một trong các câu trả lời dưới đây.
error-unsupported =
    { $kind ->
        [voice] Tôi không nghe được tin nhắn thoại. Xin viết câu trả lời bằng chữ.
        [photo] Tôi không xem được ảnh ở đây. Xin đừng gửi thư hoặc giấy tờ trong cuộc trò chuyện này. Một tư vấn viên sẽ cùng Quý vị xem các giấy tờ đó. Xin viết câu trả lời bằng chữ.
        [document] Tôi không mở được tệp ở đây. Xin đừng gửi thư hoặc giấy tờ trong cuộc trò chuyện này. Một tư vấn viên sẽ cùng Quý vị xem các giấy tờ đó. Xin viết câu trả lời bằng chữ.
        [sticker] Cảm ơn Quý vị! Xin viết câu trả lời bằng chữ hoặc dùng các nút bấm.
        [location] Cảm ơn Quý vị, nhưng tôi không cần vị trí của Quý vị. Xin viết câu trả lời bằng chữ hoặc dùng các nút bấm.
        [contact] Xin đừng gửi danh bạ liên lạc ở đây. Xin viết câu trả lời bằng chữ hoặc dùng các nút bấm.
       *[other] Tôi chỉ đọc được chữ và nút bấm. Xin viết câu trả lời bằng chữ.
    }
error-edited = Quý vị đã sửa một tin nhắn cũ. Tôi chỉ đọc tin nhắn mới. Nếu có câu trả lời sai, Quý vị có thể sửa ở cuối, trước khi gửi.
error-private-only = Tôi chỉ nói chuyện trong cuộc trò chuyện riêng, để bảo vệ sự riêng tư của Quý vị. Xin nhắn trực tiếp cho tôi.
error-state-reset = Xin lỗi, tôi đã bị mất nội dung cuộc trò chuyện của chúng ta. Chúng ta phải bắt đầu lại từ đầu.
error-temporary = Xin lỗi, đang có lỗi kỹ thuật. Xin thử lại sau vài phút. Những gì Quý vị đã gửi trước đó không bị mất.
error-not-processed = Xin lỗi, do lỗi kỹ thuật nên tôi chưa thể xử lý tin nhắn gần nhất của Quý vị. Tin nhắn này đã được lưu lại để nhân viên của chúng tôi xem xét. Quý vị có thể tiếp tục: xin gửi lại câu trả lời, hoặc viết /start để bắt đầu lại từ đầu.

## Messages from staff

staff-says = Tin nhắn từ { $org } về yêu cầu { $reference } của Quý vị:
template-bring-documents = Xin mang theo giấy tờ khi đến buổi hẹn: hộ chiếu hoặc thẻ căn cước, giấy tờ cư trú, và tất cả thư từ của các cơ quan liên quan đến câu hỏi của Quý vị.
template-call-us = Xin gọi điện cho chúng tôi: { $office }, { $phone }. Xin cho chúng tôi biết mã số hồ sơ { $reference } của Quý vị.
template-appointment-moved = Lịch hẹn của Quý vị đã được dời. Giờ hẹn mới: { $when } với { $counsellor }, { $office }, { $address }.

## The client's rights

cmd-delete = Xóa dữ liệu của tôi
delete-confirm =
    Quý vị có muốn chúng tôi xóa tất cả những gì đã lưu về Quý vị không? Việc này bao gồm các câu trả lời và các yêu cầu của Quý vị; chúng tôi sẽ hủy mọi lịch hẹn Quý vị đã đặt. Chỉ còn lại một con số đếm, không có thông tin gì về Quý vị, để làm thống kê.
    Sau khi xóa, không thể lấy lại được.
delete-yes = Có, xóa tất cả
delete-no = Không, không xóa gì
delete-kept = Vâng ạ, chúng tôi không xóa gì cả.
delete-done = Xong: chúng tôi đã xóa dữ liệu của Quý vị. Nếu Quý vị nhắn lại cho chúng tôi, chúng ta sẽ bắt đầu lại từ đầu.
cmd-mydata = Dữ liệu đã lưu của tôi
mydata-intro = Đây là những gì chúng tôi đã lưu về Quý vị:
mydata-none = Chúng tôi không lưu gì về Quý vị.
mydata-consent = Đã đồng ý ngày { $date } (phiên bản văn bản { $version })
mydata-language = Ngôn ngữ: { $language }
mydata-draft = Các câu trả lời cho đến giờ (chưa gửi):
mydata-request = Yêu cầu { $reference } ngày { $date }: { $status ->
    [new] đã nhận
    [closed] đã kết thúc
   *[other] đang được xử lý
}
mydata-appointment = Lịch hẹn { $when }: { $status ->
    [held] đang giữ chỗ
    [cancelled] đã hủy
    [no_show] đã bỏ lỡ
   *[booked] đã đặt
}
mydata-file = Cùng các thông tin này dưới dạng tệp (JSON) để Quý vị lưu giữ. Với lệnh /delete, Quý vị xóa tất cả.
