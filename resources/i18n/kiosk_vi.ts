<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../ui/display/board.py" line="112" />
        <source>Now calling</source>
        <translation>Đang mời</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="113" />
        <source>Recent calls</source>
        <translation>Các số vừa gọi</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="114" />
        <source>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</source>
        <translation>Xin quý công dân chú ý số thứ tự và đến đúng quầy được mời. Ưu tiên: người cao tuổi, người khuyết tật, phụ nữ mang thai, người đi cùng con nhỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="147" />
        <location filename="../../ui/display/board.py" line="159" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="149" />
        <source>Citizen with number %1, please go to counter %2</source>
        <translation>Mời công dân có số thứ tự %1 đến quầy số %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="154" />
        <source>No calls yet today</source>
        <translation>Hôm nay chưa gọi số nào</translation>
    </message>
</context>
<context>
    <name>CounterRating</name>
    <message>
        <location filename="../../ui/counter/rating.py" line="257" />
        <source>Rating: waiting for the citizen…</source>
        <translation>Đánh giá: đang chờ công dân…</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="308" />
        <source>Rating: %1</source>
        <translation>Đánh giá: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="342" />
        <source>Rating: not given</source>
        <translation>Đánh giá: công dân không đánh giá</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="409" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="472" />
        <source>Nobody is waiting.</source>
        <translation>Không còn ai đang chờ.</translation>
    </message>
</context>
<context>
    <name>DossierEvaluationPage</name>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="338" />
        <source>Please type the dossier code printed on your receipt.</source>
        <translation>Xin mời nhập mã hồ sơ in trên giấy biên nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="341" />
        <source>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</source>
        <translation>Mã vừa quét không phải mã hồ sơ. Xin mời quét mã vạch hoặc mã QR in trên giấy biên nhận quý vị đã nhận tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="356" />
        <source>Score %1</source>
        <translation>Điểm %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="371" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="371" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="377" />
        <source>Rate our service</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="378" />
        <source>How satisfied are you with how your dossier was handled?</source>
        <translation>Quý vị có hài lòng với việc giải quyết hồ sơ của mình không?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="379" />
        <location filename="../../ui/kiosk/evaluation.py" line="382" />
        <source>Thank you!</source>
        <translation>Xin cảm ơn!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="380" />
        <source>Evaluation of your dossier</source>
        <translation>Đánh giá việc giải quyết hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="381" />
        <source>Check your answers</source>
        <translation>Kiểm tra lại câu trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="385" />
        <source>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</source>
        <translation>Quét mã vạch hoặc mã QR trên giấy biên nhận, hoặc nhập mã hồ sơ in trên đó.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="387" />
        <location filename="../../ui/kiosk/evaluation.py" line="388" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="389" />
        <source>For example %1. For a dossier filed here, the end is enough: %2.</source>
        <translation>Ví dụ: %1. Hồ sơ nộp tại đây chỉ cần nhập phần cuối: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="392" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="393" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="397" />
        <source>Dossier %1: %2</source>
        <translation>Hồ sơ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="400" />
        <source>Your rating: %1</source>
        <translation>Quý vị đã đánh giá: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="402" />
        <source>You have already rated this dossier.</source>
        <translation>Quý vị đã đánh giá mức độ hài lòng cho hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="403" />
        <source>Would you also answer the full evaluation of your dossier? 11 short questions, one per screen.</source>
        <translation>Quý vị có muốn trả lời thêm phiếu đánh giá đầy đủ về hồ sơ không? Gồm 11 câu hỏi ngắn, mỗi màn hình một câu.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="405" />
        <source>Answer the full evaluation</source>
        <translation>Trả lời phiếu đánh giá đầy đủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="406" />
        <source>No, thank you</source>
        <translation>Không, xin cảm ơn</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="407" />
        <source>Send my evaluation</source>
        <translation>Gửi phiếu đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="408" />
        <source>Your evaluation has been recorded. Thank you for helping us serve you better.</source>
        <translation>Phiếu đánh giá của quý vị đã được ghi nhận. Cảm ơn quý vị đã giúp chúng tôi phục vụ tốt hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="410" />
        <source>Your rating has been recorded. Thank you!</source>
        <translation>Đánh giá của quý vị đã được ghi nhận. Xin cảm ơn!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="411" />
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="412" />
        <source>The questions are the official texts, in Vietnamese.</source>
        <translation>Các câu hỏi là văn bản chính thức bằng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="430" />
        <source>Question %1 of %2</source>
        <translation>Câu %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="435" />
        <source>Hide the full text</source>
        <translation>Ẩn toàn văn</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="436" />
        <source>Read the full text</source>
        <translation>Xem toàn văn</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="457" />
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
</context>
<context>
    <name>DossierLookupPage</name>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="159" />
        <source>Please type the dossier code printed on your receipt.</source>
        <translation>Xin mời nhập mã hồ sơ in trên giấy biên nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="162" />
        <source>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</source>
        <translation>Mã vừa quét không phải mã hồ sơ. Xin mời quét mã vạch hoặc mã QR in trên giấy biên nhận quý vị đã nhận tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="196" />
        <source>%1:%2 on %3</source>
        <translation>%1 giờ %2 phút, ngày %3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="220" />
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="226" />
        <location filename="../../ui/kiosk/lookup.py" line="259" />
        <location filename="../../ui/kiosk/lookup.py" line="260" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="227" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="228" />
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="229" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="230" />
        <source>Received</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="236" />
        <source>(new date; first given as %1)</source>
        <translation>(ngày hẹn mới; hẹn ban đầu: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="237" />
        <source>Result due</source>
        <translation>Hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="239" />
        <source>Where to collect the result</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="240" />
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="246" />
        <source>Your result is ready. Please bring your receipt to %1.</source>
        <translation>Hồ sơ đã có kết quả. Xin mời quý vị mang giấy biên nhận đến %1 để nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="249" />
        <source>We are sorry: your dossier is past its appointment date and is still being processed. Please ask at the counter; you will be told the new date.</source>
        <translation>Chúng tôi thành thật xin lỗi: hồ sơ của quý vị đã quá ngày hẹn trả kết quả và vẫn đang được xử lý. Xin mời quý vị hỏi tại quầy; quý vị sẽ được thông báo ngày hẹn mới.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="255" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="255" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="256" />
        <source>Look up your dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="257" />
        <source>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</source>
        <translation>Quét mã vạch hoặc mã QR trên giấy biên nhận, hoặc nhập mã hồ sơ in trên đó.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="261" />
        <source>For example %1. For a dossier filed here, the end is enough: %2.</source>
        <translation>Ví dụ: %1. Hồ sơ nộp tại đây chỉ cần nhập phần cuối: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="264" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="265" />
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="266" />
        <source>Look up another dossier</source>
        <translation>Tra cứu hồ sơ khác</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="284" />
        <source>Pay the fee with a banking app: scan this VietQR code</source>
        <translation>Nộp phí bằng ứng dụng ngân hàng: quét mã VietQR này</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="514" />
        <source>Please type the code printed on your slip.</source>
        <translation>Xin nhập mã in trên phiếu của anh/chị.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="517" />
        <source>This code is not a complaint slip. Please scan the barcode printed on the slip you were given.</source>
        <translation>Mã vừa quét không phải phiếu tiếp nhận phản ánh. Xin quét mã vạch in trên phiếu anh/chị đã nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="521" />
        <source>This code is not a dossier receipt. If your complaint is about a dossier, scan the barcode on its receipt.</source>
        <translation>Mã vừa quét không phải giấy biên nhận hồ sơ. Nếu phản ánh liên quan đến một hồ sơ, xin quét mã vạch trên giấy biên nhận của hồ sơ đó.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="525" />
        <source>This is a dossier receipt. To follow a dossier, touch Home, then “Look up your dossier”.</source>
        <translation>Đây là giấy biên nhận hồ sơ. Để tra cứu hồ sơ, xin chạm “Trang chủ”, rồi chọn “Tra cứu hồ sơ”.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="529" />
        <source>This is a complaint slip. To look it up, first send this complaint or go back to the start.</source>
        <translation>Đây là phiếu tiếp nhận phản ánh. Để tra cứu, xin gửi xong phản ánh này hoặc quay lại bước đầu.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="534" />
        <source>%1:%2 on %3</source>
        <translation>%1 giờ %2 phút, ngày %3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="544" />
        <location filename="../../ui/kiosk/feedback.py" line="610" />
        <location filename="../../ui/kiosk/feedback.py" line="611" />
        <source>Tracking code</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="545" />
        <source>Category</source>
        <translation>Nhóm phản ánh</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="546" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="547" />
        <source>Received</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="548" />
        <source>Answer due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="551" />
        <source>Answer</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="556" />
        <source>%1 of %2 characters</source>
        <translation>%1/%2 ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="570" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="570" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="573" />
        <location filename="../../ui/kiosk/feedback.py" line="584" />
        <source>Look up a complaint or suggestion</source>
        <translation>Tra cứu phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="574" />
        <source>Complaints and suggestions</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="576" />
        <source>Step %1 of 3</source>
        <translation>Bước %1/3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="583" />
        <source>Already sent one? Follow it with the code on your slip.</source>
        <translation>Đã gửi phản ánh? Theo dõi bằng mã in trên phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="586" />
        <source>What happened? What do you suggest?</source>
        <translation>Anh/chị muốn phản ánh hoặc góp ý điều gì?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="588" />
        <source>Write here with the keys below (at least 10 characters).</source>
        <translation>Viết tại đây bằng bàn phím bên dưới (ít nhất 10 ký tự).</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="589" />
        <source>Your complaint or suggestion</source>
        <translation>Nội dung phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="614" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="591" />
        <source>Next  ▶</source>
        <translation>Tiếp tục  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="593" />
        <source>Leave your phone number or e-mail address if you want an answer from the Center. Both are optional: you can also follow your complaint with the code on the slip.</source>
        <translation>Nếu muốn Trung tâm trả lời, xin để lại số điện thoại hoặc thư điện tử. Không bắt buộc: anh/chị cũng có thể theo dõi phản ánh bằng mã in trên phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="596" />
        <source>Phone number (optional)</source>
        <translation>Số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="597" />
        <source>E-mail address (optional)</source>
        <translation>Thư điện tử (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="598" />
        <source>I agree that the Center may use this phone number or e-mail address to answer my complaint.</source>
        <translation>Tôi đồng ý để Trung tâm dùng số điện thoại/thư điện tử này để trả lời phản ánh</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="600" />
        <source>Dossier code, if it is about a dossier (optional): type it or scan your receipt</source>
        <translation>Mã hồ sơ, nếu phản ánh về một hồ sơ (không bắt buộc): nhập mã hoặc quét giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="603" />
        <source>name@example.vn</source>
        <translation>ten@vidu.vn</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="605" />
        <source>Send</source>
        <translation>Gửi phản ánh</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="609" />
        <source>Scan the barcode on your slip, or type the code printed on it.</source>
        <translation>Quét mã vạch trên phiếu, hoặc nhập mã in trên phiếu.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="612" />
        <source>For example %1. The end is enough: %2.</source>
        <translation>Ví dụ %1. Chỉ cần nhập phần cuối: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="615" />
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="616" />
        <source>Look up another code</source>
        <translation>Tra cứu mã khác</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="620" />
        <source>Your complaint has been received. Thank you.</source>
        <translation>Trung tâm đã tiếp nhận phản ánh của anh/chị. Xin cảm ơn.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="621" />
        <source>Your tracking code</source>
        <translation>Mã tra cứu của anh/chị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="622" />
        <source>Look it up with this code at the kiosk.</source>
        <translation>Tra cứu bằng mã này tại ki-ốt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="623" />
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="632" />
        <source>Printing your slip…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="633" />
        <source>Please take your slip below.</source>
        <translation>Xin mời nhận phiếu bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="634" />
        <source>The printer could not print your slip just now. Please note your code %1, or ask at the help desk.</source>
        <translation>Máy in chưa in được phiếu. Xin ghi lại mã %1, hoặc hỏi tại quầy hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="654" />
        <source>We are sorry: the answer is past its due date. Please ask at the help desk.</source>
        <translation>Xin lỗi anh/chị: phản ánh đã quá hạn trả lời. Xin mời hỏi tại quầy hướng dẫn.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="656" />
        <source>The Center has answered: please read the answer below.</source>
        <translation>Trung tâm đã trả lời: xin xem nội dung trả lời bên dưới.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="152" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Chào mừng quý công dân đến Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="153" />
        <source>Touch the button below to take a queue number</source>
        <translation>Chạm vào nút bên dưới để lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="154" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="154" />
        <source>Choose your service and get a ticket</source>
        <translation>Chọn lĩnh vực và nhận phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="155" />
        <source>Look up a procedure</source>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="155" />
        <source>Papers, time, fees</source>
        <translation>Giấy tờ, thời hạn, phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="156" />
        <source>Look up your dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="156" />
        <location filename="../../ui/kiosk/screen.py" line="157" />
        <source>Scan your receipt</source>
        <translation>Quét giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="157" />
        <source>Rate us</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="158" />
        <source>Complaints and suggestions</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="159" />
        <source>Send one, or follow one with its code</source>
        <translation>Gửi phản ánh hoặc tra cứu bằng mã</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="160" />
        <source>People waiting now</source>
        <translation>Số người đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="161" />
        <source>How it works</source>
        <translation>Các bước thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="163" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Chọn lĩnh vực của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="164" />
        <source>2. Take your printed ticket</source>
        <translation>2. Nhận phiếu số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="165" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Chờ đến khi bảng hiển thị và loa mời số của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="168" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Cần hỗ trợ? Xin mời đến quầy hướng dẫn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="183" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/counter/intake.py" line="147" />
        <source>1. Procedure</source>
        <translation>1. Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="148" />
        <source>Search by name (tone marks optional) or code</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không) hoặc mã</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="149" />
        <source>Search procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="150" />
        <source>Procedures found</source>
        <translation>Thủ tục tìm thấy</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="151" />
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="152" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="152" />
        <source>ID number (CCCD)</source>
        <translation>Số định danh (CCCD)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="153" />
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>Ngày sinh (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="153" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="159" />
        <source>Scan the QR code on the citizen's ID card to fill these fields.</source>
        <translation>Quét mã QR trên thẻ CCCD của công dân để điền các ô này.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="160" />
        <source>3. Papers received (sets) and scanned pages</source>
        <translation>3. Giấy tờ đã nhận (số bộ) và trang đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Required</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Sets received</source>
        <translation>Số bộ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="163" />
        <source>Papers received</source>
        <translation>Giấy tờ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="164" />
        <source>Scanned pages of the selected paper</source>
        <translation>Các trang đã quét của giấy tờ đang chọn</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="165" />
        <source>Reason or what to complete</source>
        <translation>Lý do hoặc nội dung cần bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="169" />
        <location filename="../../ui/counter/intake.py" line="267" />
        <source>Sets received: %1</source>
        <translation>Số bộ đã nhận: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="171" />
        <source>Pages saved by the document scanner go to the selected paper.</source>
        <translation>Trang do máy quét tài liệu lưu ra được gắn vào giấy tờ đang chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="172" />
        <source>Scan a page</source>
        <translation>Quét một trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="175" />
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="176" />
        <source>4. Reason or what to complete (for a refusal or a supplement)</source>
        <translation>4. Lý do hoặc nội dung cần bổ sung (khi từ chối hoặc yêu cầu bổ sung)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="177" />
        <source>Receive (complete)</source>
        <translation>Tiếp nhận (đầy đủ)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="178" />
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="179" />
        <source>Refuse</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="180" />
        <source>Print the slip</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="181" />
        <source>Open the PDF slip</source>
        <translation>Mở phiếu PDF</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="182" />
        <source>Next dossier</source>
        <translation>Hồ sơ tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="183" />
        <source>Back to the queue</source>
        <translation>Về hàng chờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="194" />
        <source>The scan folder cannot be used: %1</source>
        <translation>Không dùng được thư mục quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="305" />
        <source>The scan could not be read: %1</source>
        <translation>Không đọc được mã vừa quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="307" />
        <source>This code is not an ID card. Scan the QR on the back of the card.</source>
        <translation>Mã này không phải thẻ CCCD. Xin quét mã QR trên thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="220" />
        <source>The scan folder cannot be read: %1</source>
        <translation>Không đọc được thư mục quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="173" />
        <source>Turn page</source>
        <translation>Xoay trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="174" />
        <source>Remove page</source>
        <translation>Bỏ trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="221" />
        <source>Not a page, set aside: %1</source>
        <translation>Không phải trang quét, đã để riêng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="222" />
        <source>Choose the procedure and the paper first; the pages wait.</source>
        <translation>Xin chọn thủ tục và giấy tờ trước; các trang quét đang chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="223" />
        <source>The scanner did not scan: %1</source>
        <translation>Máy quét chưa quét được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="321" />
        <source>This dossier is saved. Press Next dossier for a new one.</source>
        <translation>Hồ sơ này đã lưu. Bấm “Hồ sơ tiếp theo” để nhận hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="324" />
        <source>Choose the procedure first.</source>
        <translation>Xin chọn thủ tục trước.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="364" />
        <source>Saving the scanned pages…</source>
        <translation>Đang lưu các trang đã quét…</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="374" />
        <location filename="../../ui/counter/intake.py" line="380" />
        <source>Scanned pages not saved: %1</source>
        <translation>Chưa lưu được trang quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="423" />
        <location filename="../../ui/counter/intake.py" line="427" />
        <source>The slip did not print: %1</source>
        <translation>Phiếu chưa in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="448" />
        <source>VietQR: fee %1 đồng</source>
        <translation>VietQR: phí %1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="451" />
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="453" />
        <source>Return: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="456" />
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="458" />
        <source>Digitized: %1 of %2 papers</source>
        <translation>Đã số hóa: %1/%2 giấy tờ</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="429" />
        <source>Normal text and colours</source>
        <translation>Chữ thường, màu thường</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="430" />
        <source>Large text and high contrast</source>
        <translation>Chữ lớn, tương phản cao</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="240" />
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="240" />
        <source>Custom dates</source>
        <translation>Chọn ngày</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="245" />
        <source>Whole center</source>
        <translation>Toàn trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="245" />
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="245" />
        <source>By counter</source>
        <translation>Theo quầy</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="246" />
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="248" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="249" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="250" />
        <location filename="../../ui/technician/dashboard.py" line="399" />
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="253" />
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="254" />
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="255" />
        <source>Figures by group</source>
        <translation>Số liệu theo nhóm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="256" />
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="257" />
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="258" />
        <source>Export XLSX</source>
        <translation>Xuất Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="353" />
        <source>The report could not be read: %1</source>
        <translation>Không đọc được báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="363" />
        <source>Target %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="369" />
        <source>Decision 766, measurable points</source>
        <translation>Quyết định 766: điểm đo được</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="391" />
        <source>Waiting time, 90% within (minutes), per counter</source>
        <translation>Thời gian chờ, 90% công dân không quá (phút), theo quầy</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="399" />
        <source>Days</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="425" />
        <source>Show a report first, then export it.</source>
        <translation>Hãy xem báo cáo trước, rồi mới xuất tệp.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="452" />
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>LateDossiers</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="64" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="64" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="65" />
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="65" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="66" />
        <source>New return date</source>
        <translation>Ngày hẹn trả mới</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="66" />
        <source>Reason for the delay</source>
        <translation>Lý do trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="67" />
        <source>Unit that is late</source>
        <translation>Đơn vị trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="69" />
        <source>Late dossiers</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="70" />
        <source>Issue the apology slip (form 04)</source>
        <translation>Lập phiếu xin lỗi và hẹn lại (mẫu 04)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/late_dossiers.py" line="80" />
        <source>Dossiers late or due within the warning (%n)</source>
        <translation>
            <numerusform>Hồ sơ quá hạn hoặc sắp đến hạn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="131" />
        <source>Form 04 saved: %1</source>
        <translation>Đã lưu mẫu 04: %1</translation>
    </message>
</context>
<context>
    <name>LateDossiersDialog</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="144" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="146" />
        <source>Late dossiers</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="477" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="477" />
        <location filename="../../ui/keyboard.py" line="580" />
        <source>Key %1</source>
        <translation>Phím %1</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="568" />
        <source>Capital letter</source>
        <translation>Chữ hoa</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="569" />
        <source>Backspace</source>
        <translation>Xóa lùi</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="570" />
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="571" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="585" />
        <source>Vietnamese typing, touch for English letters</source>
        <translation>Đang gõ tiếng Việt, chạm để gõ chữ không dấu</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="587" />
        <source>English letters, touch for Vietnamese typing</source>
        <translation>Đang gõ chữ không dấu, chạm để gõ tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="591" />
        <source>Marks: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ. Tones after the letters: s sắc, f huyền, r hỏi, x ngã, j nặng. Or hold a vowel.</source>
        <translation>Dấu chữ: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ. Dấu thanh gõ sau chữ: s sắc, f huyền, r hỏi, x ngã, j nặng. Hoặc giữ một nguyên âm để chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="593" />
        <source>Marks: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ. Tones after the letters: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 none. Or hold a vowel.</source>
        <translation>Dấu chữ: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ. Dấu thanh gõ sau chữ: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 bỏ dấu. Hoặc giữ một nguyên âm để chọn.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/lockdown.py" line="142" />
        <source>Technician PIN</source>
        <translation>Mã PIN kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="143" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="144" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="145" />
        <source>Delete the last digit</source>
        <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="146" />
        <source>PIN entered</source>
        <translation>Mã PIN đã nhập</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="148" />
        <source>For technicians only. Citizens: touch Cancel.</source>
        <translation>Chỉ dành cho kỹ thuật viên. Quý công dân xin chạm Hủy.</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="162" />
        <source>Too many wrong PINs. Try again in %1 minutes.</source>
        <translation>Đã nhập sai quá nhiều lần. Hãy thử lại sau %1 phút.</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="255" />
        <source>Do you belong to a priority group?</source>
        <translation>Quý vị có thuộc đối tượng ưu tiên không?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="256" />
        <source>No — take a regular number</source>
        <translation>Không — lấy số thường</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="257" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Đối tượng ưu tiên (cán bộ có thể kiểm tra giấy tờ):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="258" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="217" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="217" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="218" />
        <source>Papers to bring</source>
        <translation>Giấy tờ cần nộp</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="219" />
        <source>Print the list of papers</source>
        <translation>In danh mục giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="230" />
        <location filename="../../ui/kiosk/procedures.py" line="289" />
        <source>Code %1 · Field: %2</source>
        <translation>Mã thủ tục %1 · Lĩnh vực: %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="239" />
        <source>Ask at the counter which papers to bring.</source>
        <translation>Xin hỏi tại quầy về các giấy tờ cần nộp.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="247" />
        <source>(if applicable)</source>
        <translation>(nếu có)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="261" />
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="262" />
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="263" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="264" />
        <source>Agency that decides</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="268" />
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="272" />
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="275" />
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="287" />
        <source>LIST OF PAPERS TO BRING</source>
        <translation>DANH MỤC GIẤY TỜ CẦN NỘP</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="305" />
        <source>Printed at %1 — for information only</source>
        <translation>In lúc %1 — chỉ có giá trị tham khảo</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="335" />
        <source>Printing the list…</source>
        <translation>Đang in danh mục…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="336" />
        <source>Please take the printed list below.</source>
        <translation>Xin mời nhận danh mục ở khe bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="337" />
        <source>The printer could not print the list just now. You can read it on this screen, or ask at the help desk.</source>
        <translation>Máy in đang gặp sự cố nên chưa in được danh mục. Quý vị có thể xem danh mục trên màn hình này hoặc hỏi tại quầy hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>ProcedureSearchPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="84" />
        <source>Look up a procedure</source>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="85" />
        <source>Type a few words, e.g. khai sinh</source>
        <translation>Gõ vài chữ, ví dụ: khai sinh</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="86" />
        <source>Search procedures</source>
        <translation>Tìm thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="88" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="88" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="107" />
        <source>%n procedure(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="108" />
        <source>No procedure matches. Try fewer words, or choose a field.</source>
        <translation>Không tìm thấy thủ tục phù hợp. Xin thử gõ ít chữ hơn, hoặc chọn lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="111" />
        <source>Field: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="114" />
        <source>Or choose a field</source>
        <translation>Hoặc chọn lĩnh vực</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="116" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../ui/counter/rating.py" line="139" />
        <source>We are sorry. What did not go well?</source>
        <extracomment>how long "thank you" stays, and how long the reason buttons wait for a tap (milliseconds)</extracomment>
        <translation>Chúng tôi rất tiếc. Quý vị chưa hài lòng về điều gì?</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="141" />
        <source>Thank you for your rating!</source>
        <translation>Cảm ơn quý vị đã đánh giá!</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="143" />
        <source>How satisfied are you with our service?</source>
        <translation>Quý vị có hài lòng với sự phục vụ của chúng tôi không?</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="144" />
        <source>Ticket %1 at counter %2</source>
        <translation>Số %1 tại quầy %2</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="146" />
        <source>Touch one button, or press a key on the rating keypad.</source>
        <translation>Chạm vào một nút, hoặc bấm một phím trên bàn phím đánh giá.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="147" />
        <source>Touch one button.</source>
        <translation>Chạm vào một nút.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="151" />
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="243" />
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="243" />
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="243" />
        <source>Finish</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="244" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="244" />
        <source>Park</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="244" />
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="245" />
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="245" />
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="246" />
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="250" />
        <source>Now serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <location filename="../../ui/counter/screen.py" line="253" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <location filename="../../ui/counter/screen.py" line="253" />
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <source>Waited</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <source>Why this order</source>
        <translation>Lý do thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="253" />
        <source>Parked since</source>
        <translation>Tạm dừng từ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="254" />
        <source>Waiting tickets</source>
        <translation>Số đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="255" />
        <source>Parked tickets</source>
        <translation>Số đang tạm gác</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="270" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Đang chờ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="276" />
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="284" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Tạm dừng (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="298" />
        <source>Dossiers late or about to be late: %1</source>
        <translation>Hồ sơ quá hạn hoặc sắp đến hạn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="309" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>Quầy chưa phục vụ số nào. Bấm Gọi số tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="316" />
        <source>Recalled %1 of %2 times</source>
        <translation>Đã gọi lại %1/%2 lần</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="206" />
        <source>Choose a service</source>
        <translation>Chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="207" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="219" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="219" />
        <source>Not issuing numbers now</source>
        <translation>Tạm ngừng cấp số</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="76" />
        <source>Officer sign-in</source>
        <translation>Cán bộ đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="77" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="78" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="79" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="82" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="89" />
        <source>The counter was locked after %1 minutes without use. Enter your PIN to continue.</source>
        <translation>Quầy đã tự khoá sau %1 phút không thao tác. Nhập mã PIN để làm việc tiếp.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../ui/sync_status.py" line="38" />
        <source>OFFLINE since %1 · %2 waiting</source>
        <translation>MẤT KẾT NỐI từ %1 · %2 chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="40" />
        <source>Online · %1 waiting</source>
        <translation>Đã kết nối · %1 chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="42" />
        <source>%1 refused</source>
        <translation>%1 bị từ chối</translation>
    </message>
</context>
<context>
    <name>TechnicianGate</name>
    <message>
        <location filename="../../ui/lockdown.py" line="518" />
        <source>Technician workstation — locked</source>
        <translation>Máy kỹ thuật viên — đang khoá</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="519" />
        <source>Devices, settings, reports and the audit trail open with the technician PIN. The screen locks again after 10 minutes without use.</source>
        <translation>Thiết bị, cài đặt, báo cáo và nhật ký kiểm tra chỉ mở bằng mã PIN kỹ thuật viên. Màn hình tự khoá lại sau 10 phút không thao tác.</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="521" />
        <source>Unlock with the technician PIN</source>
        <translation>Mở khoá bằng mã PIN kỹ thuật viên</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/screen.py" line="172" />
        <source>Technician — %1</source>
        <translation>Kỹ thuật — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <location filename="../../ui/technician/screen.py" line="192" />
        <source>Print jobs</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <location filename="../../ui/technician/screen.py" line="193" />
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Late dossiers</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>KPI dashboard</source>
        <translation>Chỉ số phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="178" />
        <source>Check the printer now</source>
        <translation>Kiểm tra máy in ngay</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="179" />
        <source>Device settings of this machine</source>
        <translation>Cài đặt thiết bị của máy này</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Printer address</source>
        <translation>Địa chỉ máy in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Printer profile</source>
        <translation>Cấu hình máy in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Scanner</source>
        <translation>Máy quét mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Rating keypad</source>
        <translation>Bàn phím đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Save device settings</source>
        <translation>Lưu cài đặt thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Voice of the display board</source>
        <translation>Giọng đọc của bảng hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="185" />
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="186" />
        <source>Reprint selected job</source>
        <translation>In lại lệnh đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="187" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Created</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="189" />
        <source>Attempts</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="189" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="190" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="190" />
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="190" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Last number</source>
        <translation>Số cuối đã cấp</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="194" />
        <source>Configuration file</source>
        <translation>Tệp cấu hình</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="197" />
        <source>Configuration file: %1</source>
        <translation>Tệp cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="198" />
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="199" />
        <source>Idle timeout: %1 s</source>
        <translation>Tự về màn hình chính sau: %1 giây</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="205" />
        <source>Setting: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="213" />
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="216" />
        <source>Last bytes sent: %1</source>
        <translation>Byte gửi đi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="217" />
        <source>Last bytes received: %1</source>
        <translation>Byte nhận về gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="232" />
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="234" />
        <source>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</source>
        <translation>Đã lưu. Máy in mới được dùng ngay; thay đổi máy quét và bàn phím đánh giá có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="258" />
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="259" />
        <source>Profile: %1</source>
        <translation>Cấu hình máy in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="271" />
        <source>No print job yet.</source>
        <translation>Chưa có lệnh in nào.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="273" />
        <source>Last job FAILED: %1</source>
        <translation>Lệnh in gần nhất BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="275" />
        <source>Last job: %1</source>
        <translation>Lệnh in gần nhất: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="276" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n lệnh in lỗi cần in lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="302" />
        <source>Not enrolled: this terminal works alone on its own database.</source>
        <translation>Chưa đăng ký: máy này làm việc độc lập trên cơ sở dữ liệu của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="304" />
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="305" />
        <source>Last successful sync: %1</source>
        <translation>Đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="306" />
        <source>Waiting to be sent: %1; refused by the server (dead letters): %2</source>
        <translation>Chờ gửi: %1 thao tác; bị máy chủ từ chối: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="309" />
        <source>OFFLINE since %1: %2</source>
        <translation>MẤT KẾT NỐI từ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="322" />
        <source>Test page printed.</source>
        <translation>Đã in trang thử.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="323" />
        <location filename="../../ui/technician/screen.py" line="329" />
        <source>Test page FAILED: %1</source>
        <translation>In trang thử BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="334" />
        <source>Select a job first.</source>
        <translation>Hãy chọn một lệnh in trước.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="358" />
        <source>Reprinted.</source>
        <translation>Đã in lại.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="359" />
        <source>Reprint FAILED: %1</source>
        <translation>In lại BỊ LỖI: %1</translation>
    </message>
</context>
<context>
    <name>TechnicianSession</name>
    <message>
        <location filename="../../ui/lockdown.py" line="234" />
        <source>Technician mode — the kiosk is paused</source>
        <translation>Chế độ kỹ thuật viên — kiosk đang tạm dừng</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="235" />
        <source>Back to the kiosk</source>
        <translation>Quay lại kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="236" />
        <source>Quit the application</source>
        <translation>Thoát ứng dụng</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="325" />
        <source>Your queue number</source>
        <translation>Số thứ tự của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="326" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Xin mời ngồi chờ tại khu vực chờ và theo dõi bảng hiển thị. Số của quý vị sẽ được mời trên màn hình và bằng loa.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="328" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Quét mã để theo dõi lượt chờ trên điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="329" />
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="338" />
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="341" />
        <source>Issued at %1</source>
        <translation>Giờ lấy số: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="342" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>Số người đang chờ trước: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="344" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Thời gian chờ dự kiến: khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="348" />
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="351" />
        <source>Please take your printed ticket below.</source>
        <translation>Xin mời nhận phiếu ở khe bên dưới.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="128" />
        <source>Transfer ticket</source>
        <translation>Chuyển số</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="131" />
        <source>Transfer to the line of a service</source>
        <translation>Chuyển sang hàng chờ của dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="140" />
        <source>…or straight to a counter</source>
        <translation>…hoặc chuyển thẳng đến quầy</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="151" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>