<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../ui/display/board.py" line="108" />
        <source>Now calling</source>
        <translation>Đang mời</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="109" />
        <source>Recent calls</source>
        <translation>Các số vừa gọi</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="110" />
        <source>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</source>
        <translation>Xin quý công dân chú ý số thứ tự và đến đúng quầy được mời. Ưu tiên: người cao tuổi, người khuyết tật, phụ nữ mang thai, người đi cùng con nhỏ.</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="143" />
        <location filename="../../ui/display/board.py" line="155" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="145" />
        <source>Citizen with number %1, please go to counter %2</source>
        <translation>Mời công dân có số thứ tự %1 đến quầy số %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="150" />
        <source>No calls yet today</source>
        <translation>Hôm nay chưa gọi số nào</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="300" />
        <source>Counter %1</source>
        <translation>Quầy %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="327" />
        <source>Nobody is waiting.</source>
        <translation>Không còn ai đang chờ.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="106" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Chào mừng quý công dân đến Bộ phận Một cửa</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="107" />
        <source>Touch the button below to take a queue number</source>
        <translation>Chạm vào nút bên dưới để lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="108" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Lấy số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="108" />
        <source>Choose your service and get a ticket</source>
        <translation>Chọn lĩnh vực và nhận phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="109" />
        <source>People waiting now</source>
        <translation>Số người đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="110" />
        <source>How it works</source>
        <translation>Các bước thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="112" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Chọn lĩnh vực của hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="113" />
        <source>2. Take your printed ticket</source>
        <translation>2. Nhận phiếu số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="114" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Chờ đến khi bảng hiển thị và loa mời số của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="117" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Cần hỗ trợ? Xin mời đến quầy hướng dẫn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="134" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="213" />
        <source>Do you belong to a priority group?</source>
        <translation>Quý vị có thuộc đối tượng ưu tiên không?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="214" />
        <source>No — take a regular number</source>
        <translation>Không — lấy số thường</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="215" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Đối tượng ưu tiên (cán bộ có thể kiểm tra giấy tờ):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="216" />
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
        <location filename="../../ui/kiosk/screen.py" line="160" />
        <source>Choose a service</source>
        <translation>Chọn lĩnh vực cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="161" />
        <source>◀  Back</source>
        <translation>◀  Quay lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="174" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="174" />
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
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/screen.py" line="111" />
        <source>Technician — %1</source>
        <translation>Kỹ thuật — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Print jobs</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="112" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="114" />
        <source>Receipt printer</source>
        <translation>Máy in phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="115" />
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="116" />
        <source>Voice of the display board</source>
        <translation>Giọng đọc của bảng hiển thị</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="117" />
        <source>Reprint selected job</source>
        <translation>In lại lệnh đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="118" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="119" />
        <source>Created</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="119" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="119" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="120" />
        <source>Attempts</source>
        <translation>Số lần</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="120" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="121" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="121" />
        <source>Prefix</source>
        <translation>Tiền tố</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="121" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="122" />
        <source>Counters</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="122" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="122" />
        <source>Last number</source>
        <translation>Số cuối đã cấp</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="125" />
        <source>Configuration file: %1</source>
        <translation>Tệp cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="126" />
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="127" />
        <source>Idle timeout: %1 s</source>
        <translation>Tự về màn hình chính sau: %1 giây</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="133" />
        <source>Setting: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="140" />
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="141" />
        <source>Profile: %1</source>
        <translation>Cấu hình máy in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="151" />
        <source>No print job yet.</source>
        <translation>Chưa có lệnh in nào.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="153" />
        <source>Last job FAILED: %1</source>
        <translation>Lệnh in gần nhất BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="155" />
        <source>Last job: %1</source>
        <translation>Lệnh in gần nhất: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="156" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n lệnh in lỗi cần in lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="175" />
        <source>Test page printed.</source>
        <translation>Đã in trang thử.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Test page FAILED: %1</source>
        <translation>In trang thử BỊ LỖI: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="182" />
        <source>Select a job first.</source>
        <translation>Hãy chọn một lệnh in trước.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Reprinted.</source>
        <translation>Đã in lại.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="192" />
        <source>Reprint FAILED: %1</source>
        <translation>In lại BỊ LỖI: %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="276" />
        <source>Your queue number</source>
        <translation>Số thứ tự của quý vị</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="277" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Xin mời ngồi chờ tại khu vực chờ và theo dõi bảng hiển thị. Số của quý vị sẽ được mời trên màn hình và bằng loa.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="279" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Quét mã để theo dõi lượt chờ trên điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="280" />
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="288" />
        <source>Priority: %1</source>
        <translation>Ưu tiên: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="291" />
        <source>Issued at %1</source>
        <translation>Giờ lấy số: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="292" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>Số người đang chờ trước: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="294" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Thời gian chờ dự kiến: khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="298" />
        <source>Printing your ticket…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="301" />
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