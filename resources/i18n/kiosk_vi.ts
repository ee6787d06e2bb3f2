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
        <location filename="../../ui/counter/screen.py" line="302" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="333" />
        <source>Nobody is waiting.</source>
        <translation>Không còn ai đang chờ.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="122" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Chào mừng quý công dân đến Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="123" />
        <source>Touch the button below to take a queue number</source>
        <translation>Chạm vào nút bên dưới để lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="124" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="124" />
        <source>Choose your service and get a ticket</source>
        <translation>Chọn lĩnh vực và nhận phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="125" />
        <source>People waiting now</source>
        <translation>Số người đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="126" />
        <source>How it works</source>
        <translation>Các bước thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="128" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Chọn lĩnh vực của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="129" />
        <source>2. Take your printed ticket</source>
        <translation>2. Nhận phiếu số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="130" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Chờ đến khi bảng hiển thị và loa mời số của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="133" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Cần hỗ trợ? Xin mời đến quầy hướng dẫn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="148" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="220" />
        <source>Do you belong to a priority group?</source>
        <translation>Quý vị có thuộc đối tượng ưu tiên không?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="221" />
        <source>No — take a regular number</source>
        <translation>Không — lấy số thường</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="222" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Đối tượng ưu tiên (cán bộ có thể kiểm tra giấy tờ):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="223" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Call next</source>
        <translation>Gọi số tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="192" />
        <source>Finish</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>Park</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="193" />
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="194" />
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="194" />
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="198" />
        <source>Now serving</source>
        <translation>Đang phục vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>#</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Waited</source>
        <translation>Đã chờ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="200" />
        <source>Why this order</source>
        <translation>Lý do thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="201" />
        <source>Parked since</source>
        <translation>Tạm dừng từ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="216" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Đang chờ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="222" />
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="230" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Tạm dừng (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="249" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>Quầy chưa phục vụ số nào. Bấm Gọi số tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="256" />
        <source>Recalled %1 of %2 times</source>
        <translation>Đã gọi lại %1/%2 lần</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="171" />
        <source>Choose a service</source>
        <translation>Chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="172" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="184" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="184" />
        <source>Not issuing numbers now</source>
        <translation>Tạm ngừng cấp số</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="67" />
        <source>Officer sign-in</source>
        <translation>Cán bộ đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="68" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="69" />
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="70" />
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="71" />
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
        <location filename="../../ui/technician/screen.py" line="159" />
        <source>Technician — %1</source>
        <translation>Kỹ thuật — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Print jobs</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="160" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="162" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="163" />
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="164" />
        <source>Check the printer now</source>
        <translation>Kiểm tra máy in ngay</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="165" />
        <source>Device settings of this machine</source>
        <translation>Cài đặt thiết bị của máy này</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Printer address</source>
        <translation>Địa chỉ máy in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="166" />
        <source>Printer profile</source>
        <translation>Cấu hình máy in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="167" />
        <source>Scanner</source>
        <translation>Máy quét mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="167" />
        <source>Rating keypad</source>
        <translation>Bàn phím đánh giá</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="169" />
        <source>Save device settings</source>
        <translation>Lưu cài đặt thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="170" />
        <source>Voice of the display board</source>
        <translation>Giọng đọc của bảng hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="171" />
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="172" />
        <source>Reprint selected job</source>
        <translation>In lại lệnh đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Created</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="175" />
        <source>Attempts</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="175" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Last number</source>
        <translation>Số cuối đã cấp</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Configuration file: %1</source>
        <translation>Tệp cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Idle timeout: %1 s</source>
        <translation>Tự về màn hình chính sau: %1 giây</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Setting: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="196" />
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="199" />
        <source>Last bytes sent: %1</source>
        <translation>Byte gửi đi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="200" />
        <source>Last bytes received: %1</source>
        <translation>Byte nhận về gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="215" />
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="217" />
        <source>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</source>
        <translation>Đã lưu. Máy in mới được dùng ngay; thay đổi máy quét và bàn phím đánh giá có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="241" />
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="242" />
        <source>Profile: %1</source>
        <translation>Cấu hình máy in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="254" />
        <source>No print job yet.</source>
        <translation>Chưa có lệnh in nào.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="256" />
        <source>Last job FAILED: %1</source>
        <translation>Lệnh in gần nhất BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="258" />
        <source>Last job: %1</source>
        <translation>Lệnh in gần nhất: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="259" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n lệnh in lỗi cần in lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="285" />
        <source>Not enrolled: this terminal works alone on its own database.</source>
        <translation>Chưa đăng ký: máy này làm việc độc lập trên cơ sở dữ liệu của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="287" />
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="288" />
        <source>Last successful sync: %1</source>
        <translation>Đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="289" />
        <source>Waiting to be sent: %1; refused by the server (dead letters): %2</source>
        <translation>Chờ gửi: %1 thao tác; bị máy chủ từ chối: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="292" />
        <source>OFFLINE since %1: %2</source>
        <translation>MẤT KẾT NỐI từ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="305" />
        <source>Test page printed.</source>
        <translation>Đã in trang thử.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="306" />
        <location filename="../../ui/technician/screen.py" line="312" />
        <source>Test page FAILED: %1</source>
        <translation>In trang thử BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="317" />
        <source>Select a job first.</source>
        <translation>Hãy chọn một lệnh in trước.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="341" />
        <source>Reprinted.</source>
        <translation>Đã in lại.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="342" />
        <source>Reprint FAILED: %1</source>
        <translation>In lại BỊ LỖI: %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="290" />
        <source>Your queue number</source>
        <translation>Số thứ tự của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="291" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Xin mời ngồi chờ tại khu vực chờ và theo dõi bảng hiển thị. Số của quý vị sẽ được mời trên màn hình và bằng loa.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="293" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Quét mã để theo dõi lượt chờ trên điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="294" />
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="303" />
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="306" />
        <source>Issued at %1</source>
        <translation>Giờ lấy số: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="307" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>Số người đang chờ trước: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="309" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Thời gian chờ dự kiến: khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="313" />
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="316" />
        <source>Please take your printed ticket below.</source>
        <translation>Xin mời nhận phiếu ở khe bên dưới.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="92" />
        <source>Transfer ticket</source>
        <translation>Chuyển số</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="95" />
        <source>Transfer to the line of a service</source>
        <translation>Chuyển sang hàng chờ của dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="104" />
        <source>…or straight to a counter</source>
        <translation>…hoặc chuyển thẳng đến quầy</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="115" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>