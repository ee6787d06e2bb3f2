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
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="317" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="376" />
        <source>Nobody is waiting.</source>
        <translation>Không còn ai đang chờ.</translation>
    </message>
</context>
<context>
    <name>DossierLookupPage</name>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="148" />
        <source>Please type the dossier code printed on your receipt.</source>
        <translation>Xin mời nhập mã hồ sơ in trên giấy biên nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="151" />
        <source>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</source>
        <translation>Mã vừa quét không phải mã hồ sơ. Xin mời quét mã vạch hoặc mã QR in trên giấy biên nhận quý vị đã nhận tại quầy.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="185" />
        <source>%1:%2 on %3</source>
        <translation>%1 giờ %2 phút, ngày %3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="209" />
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="215" />
        <location filename="../../ui/kiosk/lookup.py" line="248" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="216" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="217" />
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="218" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="219" />
        <source>Received</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="225" />
        <source>(new date; first given as %1)</source>
        <translation>(ngày hẹn mới; hẹn ban đầu: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="226" />
        <source>Result due</source>
        <translation>Hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="228" />
        <source>Where to collect the result</source>
        <translation>Nơi nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="229" />
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="235" />
        <source>Your result is ready. Please bring your receipt to %1.</source>
        <translation>Hồ sơ đã có kết quả. Xin mời quý vị mang giấy biên nhận đến %1 để nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="238" />
        <source>We are sorry: your dossier is past its appointment date and is still being processed. Please ask at the counter; you will be told the new date.</source>
        <translation>Chúng tôi thành thật xin lỗi: hồ sơ của quý vị đã quá ngày hẹn trả kết quả và vẫn đang được xử lý. Xin mời quý vị hỏi tại quầy; quý vị sẽ được thông báo ngày hẹn mới.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="244" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="244" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="245" />
        <source>Look up your dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="246" />
        <source>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</source>
        <translation>Quét mã vạch hoặc mã QR trên giấy biên nhận, hoặc nhập mã hồ sơ in trên đó.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="249" />
        <source>For example %1. For a dossier filed here, the end is enough: %2.</source>
        <translation>Ví dụ: %1. Hồ sơ nộp tại đây chỉ cần nhập phần cuối: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="252" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="253" />
        <source>Look up</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="254" />
        <source>Look up another dossier</source>
        <translation>Tra cứu hồ sơ khác</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="134" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Chào mừng quý công dân đến Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="135" />
        <source>Touch the button below to take a queue number</source>
        <translation>Chạm vào nút bên dưới để lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="136" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="136" />
        <source>Choose your service and get a ticket</source>
        <translation>Chọn lĩnh vực và nhận phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="137" />
        <source>Look up a procedure</source>
        <translation>Tra cứu thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="137" />
        <source>Papers, time, fees</source>
        <translation>Giấy tờ, thời hạn, phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="138" />
        <source>Look up your dossier</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="138" />
        <source>Scan your receipt</source>
        <translation>Quét giấy biên nhận</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="139" />
        <source>People waiting now</source>
        <translation>Số người đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="140" />
        <source>How it works</source>
        <translation>Các bước thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="142" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Chọn lĩnh vực của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="143" />
        <source>2. Take your printed ticket</source>
        <translation>2. Nhận phiếu số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="144" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Chờ đến khi bảng hiển thị và loa mời số của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="147" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Cần hỗ trợ? Xin mời đến quầy hướng dẫn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="162" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/counter/intake.py" line="141" />
        <source>1. Procedure</source>
        <translation>1. Thủ tục</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="142" />
        <source>Search by name (tone marks optional) or code</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không) hoặc mã</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="143" />
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="144" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="144" />
        <source>ID number (CCCD)</source>
        <translation>Số định danh (CCCD)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="145" />
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>Ngày sinh (ngày/tháng/năm)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="145" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="146" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="146" />
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="151" />
        <source>Scan the QR code on the citizen's ID card to fill these fields.</source>
        <translation>Quét mã QR trên thẻ CCCD của công dân để điền các ô này.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="152" />
        <source>3. Papers received (sets) and scanned pages</source>
        <translation>3. Giấy tờ đã nhận (số bộ) và trang đã quét</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Paper</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Required</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Sets received</source>
        <translation>Số bộ đã nhận</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="155" />
        <source>Pages saved by the document scanner go to the selected paper.</source>
        <translation>Trang do máy quét tài liệu lưu ra được gắn vào giấy tờ đang chọn.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="156" />
        <source>Scan a page</source>
        <translation>Quét một trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="159" />
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="160" />
        <source>4. Reason or what to complete (for a refusal or a supplement)</source>
        <translation>4. Lý do hoặc nội dung cần bổ sung (khi từ chối hoặc yêu cầu bổ sung)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="161" />
        <source>Receive (complete)</source>
        <translation>Tiếp nhận (đầy đủ)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Request supplement</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="163" />
        <source>Refuse</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="164" />
        <source>Print the slip</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="165" />
        <source>Open the PDF slip</source>
        <translation>Mở phiếu PDF</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="166" />
        <source>Next dossier</source>
        <translation>Hồ sơ tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="167" />
        <source>Back to the queue</source>
        <translation>Về hàng chờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="178" />
        <source>The scan folder cannot be used: %1</source>
        <translation>Không dùng được thư mục quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="288" />
        <source>The scan could not be read: %1</source>
        <translation>Không đọc được mã vừa quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="290" />
        <source>This code is not an ID card. Scan the QR on the back of the card.</source>
        <translation>Mã này không phải thẻ CCCD. Xin quét mã QR trên thẻ.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="204" />
        <source>The scan folder cannot be read: %1</source>
        <translation>Không đọc được thư mục quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="157" />
        <source>Turn page</source>
        <translation>Xoay trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="158" />
        <source>Remove page</source>
        <translation>Bỏ trang</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="205" />
        <source>Not a page, set aside: %1</source>
        <translation>Không phải trang quét, đã để riêng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="206" />
        <source>Choose the procedure and the paper first; the pages wait.</source>
        <translation>Xin chọn thủ tục và giấy tờ trước; các trang quét đang chờ.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="207" />
        <source>The scanner did not scan: %1</source>
        <translation>Máy quét chưa quét được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="304" />
        <source>This dossier is saved. Press Next dossier for a new one.</source>
        <translation>Hồ sơ này đã lưu. Bấm “Hồ sơ tiếp theo” để nhận hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="307" />
        <source>Choose the procedure first.</source>
        <translation>Xin chọn thủ tục trước.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="346" />
        <source>Saving the scanned pages…</source>
        <translation>Đang lưu các trang đã quét…</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="356" />
        <location filename="../../ui/counter/intake.py" line="362" />
        <source>Scanned pages not saved: %1</source>
        <translation>Chưa lưu được trang quét: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="405" />
        <location filename="../../ui/counter/intake.py" line="409" />
        <source>The slip did not print: %1</source>
        <translation>Phiếu chưa in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="422" />
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="424" />
        <source>Return: %1</source>
        <translation>Hẹn trả: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="427" />
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="429" />
        <source>Digitized: %1 of %2 papers</source>
        <translation>Đã số hóa: %1/%2 giấy tờ</translation>
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
        <source>Issue the apology slip (form 04)</source>
        <translation>Lập phiếu xin lỗi và hẹn lại (mẫu 04)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/late_dossiers.py" line="79" />
        <source>Dossiers late or due within the warning (%n)</source>
        <translation>
            <numerusform>Hồ sơ quá hạn hoặc sắp đến hạn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="130" />
        <source>Form 04 saved: %1</source>
        <translation>Đã lưu mẫu 04: %1</translation>
    </message>
</context>
<context>
    <name>LateDossiersDialog</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="143" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="145" />
        <source>Late dossiers</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="234" />
        <source>Do you belong to a priority group?</source>
        <translation>Quý vị có thuộc đối tượng ưu tiên không?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="235" />
        <source>No — take a regular number</source>
        <translation>Không — lấy số thường</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="236" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Đối tượng ưu tiên (cán bộ có thể kiểm tra giấy tờ):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="237" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="216" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="216" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="217" />
        <source>Papers to bring</source>
        <translation>Giấy tờ cần nộp</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="218" />
        <source>Print the list of papers</source>
        <translation>In danh mục giấy tờ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="229" />
        <location filename="../../ui/kiosk/procedures.py" line="288" />
        <source>Code %1 · Field: %2</source>
        <translation>Mã thủ tục %1 · Lĩnh vực: %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="238" />
        <source>Ask at the counter which papers to bring.</source>
        <translation>Xin hỏi tại quầy về các giấy tờ cần nộp.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="246" />
        <source>(if applicable)</source>
        <translation>(nếu có)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="260" />
        <source>Processing time</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="261" />
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="262" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="263" />
        <source>Agency that decides</source>
        <translation>Cơ quan giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="267" />
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="271" />
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="274" />
        <source>free</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="286" />
        <source>LIST OF PAPERS TO BRING</source>
        <translation>DANH MỤC GIẤY TỜ CẦN NỘP</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="304" />
        <source>Printed at %1 — for information only</source>
        <translation>In lúc %1 — chỉ có giá trị tham khảo</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="334" />
        <source>Printing the list…</source>
        <translation>Đang in danh mục…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="335" />
        <source>Please take the printed list below.</source>
        <translation>Xin mời nhận danh mục ở khe bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="336" />
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
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="86" />
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="106" />
        <source>%n procedure(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="107" />
        <source>No procedure matches. Try fewer words, or choose a field.</source>
        <translation>Không tìm thấy thủ tục phù hợp. Xin thử gõ ít chữ hơn, hoặc chọn lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="110" />
        <source>Field: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="113" />
        <source>Or choose a field</source>
        <translation>Hoặc chọn lĩnh vực</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="115" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n thủ tục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Finish</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="199" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="199" />
        <source>Park</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="199" />
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Receive a dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="205" />
        <source>Now serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <location filename="../../ui/counter/screen.py" line="208" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <location filename="../../ui/counter/screen.py" line="208" />
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <source>Waited</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="207" />
        <source>Why this order</source>
        <translation>Lý do thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="208" />
        <source>Parked since</source>
        <translation>Tạm dừng từ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="223" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Đang chờ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="229" />
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="237" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Tạm dừng (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="251" />
        <source>Dossiers late or about to be late: %1</source>
        <translation>Hồ sơ quá hạn hoặc sắp đến hạn: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="262" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>Quầy chưa phục vụ số nào. Bấm Gọi số tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="269" />
        <source>Recalled %1 of %2 times</source>
        <translation>Đã gọi lại %1/%2 lần</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="185" />
        <source>Choose a service</source>
        <translation>Chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="186" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="198" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="198" />
        <source>Not issuing numbers now</source>
        <translation>Tạm ngừng cấp số</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="68" />
        <source>Officer sign-in</source>
        <translation>Cán bộ đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="69" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="70" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="71" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="72" />
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
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
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/screen.py" line="165" />
        <source>Technician — %1</source>
        <translation>Kỹ thuật — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Print jobs</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="167" />
        <source>Late dossiers</source>
        <translation>Hồ sơ trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="169" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="170" />
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="171" />
        <source>Check the printer now</source>
        <translation>Kiểm tra máy in ngay</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="172" />
        <source>Device settings of this machine</source>
        <translation>Cài đặt thiết bị của máy này</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Printer address</source>
        <translation>Địa chỉ máy in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Printer profile</source>
        <translation>Cấu hình máy in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Scanner</source>
        <translation>Máy quét mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Rating keypad</source>
        <translation>Bàn phím đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Save device settings</source>
        <translation>Lưu cài đặt thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Voice of the display board</source>
        <translation>Giọng đọc của bảng hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="178" />
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="179" />
        <source>Reprint selected job</source>
        <translation>In lại lệnh đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Created</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Attempts</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Last number</source>
        <translation>Số cuối đã cấp</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="187" />
        <source>Configuration file: %1</source>
        <translation>Tệp cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="189" />
        <source>Idle timeout: %1 s</source>
        <translation>Tự về màn hình chính sau: %1 giây</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="195" />
        <source>Setting: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="203" />
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="206" />
        <source>Last bytes sent: %1</source>
        <translation>Byte gửi đi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="207" />
        <source>Last bytes received: %1</source>
        <translation>Byte nhận về gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="222" />
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="224" />
        <source>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</source>
        <translation>Đã lưu. Máy in mới được dùng ngay; thay đổi máy quét và bàn phím đánh giá có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="248" />
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="249" />
        <source>Profile: %1</source>
        <translation>Cấu hình máy in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="261" />
        <source>No print job yet.</source>
        <translation>Chưa có lệnh in nào.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="263" />
        <source>Last job FAILED: %1</source>
        <translation>Lệnh in gần nhất BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="265" />
        <source>Last job: %1</source>
        <translation>Lệnh in gần nhất: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="266" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n lệnh in lỗi cần in lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="292" />
        <source>Not enrolled: this terminal works alone on its own database.</source>
        <translation>Chưa đăng ký: máy này làm việc độc lập trên cơ sở dữ liệu của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="294" />
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="295" />
        <source>Last successful sync: %1</source>
        <translation>Đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="296" />
        <source>Waiting to be sent: %1; refused by the server (dead letters): %2</source>
        <translation>Chờ gửi: %1 thao tác; bị máy chủ từ chối: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="299" />
        <source>OFFLINE since %1: %2</source>
        <translation>MẤT KẾT NỐI từ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="312" />
        <source>Test page printed.</source>
        <translation>Đã in trang thử.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="313" />
        <location filename="../../ui/technician/screen.py" line="319" />
        <source>Test page FAILED: %1</source>
        <translation>In trang thử BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="324" />
        <source>Select a job first.</source>
        <translation>Hãy chọn một lệnh in trước.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="348" />
        <source>Reprinted.</source>
        <translation>Đã in lại.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="349" />
        <source>Reprint FAILED: %1</source>
        <translation>In lại BỊ LỖI: %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="304" />
        <source>Your queue number</source>
        <translation>Số thứ tự của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="305" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Xin mời ngồi chờ tại khu vực chờ và theo dõi bảng hiển thị. Số của quý vị sẽ được mời trên màn hình và bằng loa.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="307" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Quét mã để theo dõi lượt chờ trên điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="308" />
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="317" />
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="320" />
        <source>Issued at %1</source>
        <translation>Giờ lấy số: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="321" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>Số người đang chờ trước: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="323" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Thời gian chờ dự kiến: khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="327" />
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="330" />
        <source>Please take your printed ticket below.</source>
        <translation>Xin mời nhận phiếu ở khe bên dưới.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="93" />
        <source>Transfer ticket</source>
        <translation>Chuyển số</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="96" />
        <source>Transfer to the line of a service</source>
        <translation>Chuyển sang hàng chờ của dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="105" />
        <source>…or straight to a counter</source>
        <translation>…hoặc chuyển thẳng đến quầy</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="116" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>