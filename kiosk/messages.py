"""Sentences a person reads that come from the domain layer (errors, explanations).

Qt screens translate their own labels with Qt Linguist; what the domain says (an error,
why a ticket is next) is written here in both languages, Vietnamese first.
A test checks that every key has both languages and the same placeholders.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- errors
    "unknown_service": {
        "vi": "Không có dịch vụ mã “{code}”. Các mã hợp lệ: {known}.",
        "en": "There is no service with code “{code}”. Valid codes: {known}.",
    },
    "service_closed": {
        "vi": "Dịch vụ “{name}” hiện tạm ngừng nhận số. Xin mời liên hệ quầy hướng dẫn.",
        "en": "The service “{name}” is not issuing numbers right now. Please ask at the help desk.",
    },
    "range_exhausted": {
        "vi": "Dịch vụ “{name}” đã hết số thứ tự trong ngày hôm nay (tối đa {last}). Xin mời liên hệ quầy hướng dẫn.",
        "en": "The service “{name}” has run out of numbers for today (last is {last}). Please ask at the help desk.",
    },
    "no_offline_range": {
        "vi": "Mất kết nối máy chủ và máy này chưa có dải số dự phòng (terminal.offline_range): chưa cấp được số “{name}”. Xin báo kỹ thuật viên.",
        "en": "The server cannot be reached and this kiosk has no offline range (terminal.offline_range): no number for “{name}”. Please call the technician.",
    },
    "unknown_priority": {
        "vi": "Không có đối tượng ưu tiên “{code}”. Các mã hợp lệ: {known}.",
        "en": "There is no priority category “{code}”. Valid codes: {known}.",
    },
    "unknown_counter": {
        "vi": "Không có quầy số {counter}. Các quầy: {known}.",
        "en": "There is no counter {counter}. Counters: {known}.",
    },
    "database_busy": {
        "vi": "Cơ sở dữ liệu đang bận, chưa ghi được. Xin thử lại sau ít giây; nếu vẫn lỗi, báo kỹ thuật viên.",
        "en": "The database is busy and nothing was saved. Try again in a few seconds; if it persists, call the technician.",
    },
    "disk_full": {
        "vi": "Ổ đĩa đã đầy, chưa ghi được dữ liệu nào. Xin báo kỹ thuật viên giải phóng dung lượng.",
        "en": "The disk is full and nothing was saved. Please ask the technician to free some space.",
    },
    "database_error": {
        "vi": "Không ghi được vào cơ sở dữ liệu ({detail}). Chưa có gì thay đổi; xin báo kỹ thuật viên.",
        "en": "Could not write to the database ({detail}). Nothing was changed; please call the technician.",
    },
    "no_current_ticket": {
        "vi": "Quầy {counter} đang không phục vụ số nào.",
        "en": "Counter {counter} is not serving any ticket.",
    },
    "recall_limit": {
        "vi": "Số {number} đã được gọi lại {limit} lần (tối đa). Hãy đánh dấu vắng mặt hoặc tiếp tục chờ.",
        "en": "Ticket {number} has been recalled {limit} times (the maximum). Mark it as no-show or keep waiting.",
    },
    "ticket_not_parked": {
        "vi": "Số {number} không ở trạng thái tạm dừng.",
        "en": "Ticket {number} is not parked.",
    },
    "unknown_ticket": {
        "vi": "Không tìm thấy phiếu “{ref}”.",
        "en": "No ticket “{ref}” was found.",
    },
    "transfer_to_self": {
        "vi": "Số đang ở quầy {counter} rồi; hãy chọn quầy khác hoặc một dịch vụ.",
        "en": "The ticket is already at counter {counter}; choose another counter or a service.",
    },
    "ticket_from_another_day": {
        "vi": "Số {number} là của ngày {day}, không thể tiếp tục phục vụ hôm nay.",
        "en": "Ticket {number} is from {day} and cannot be resumed today.",
    },
    "render_failed": {
        "vi": "không tạo được nội dung in ({detail})",
        "en": "could not build the printout ({detail})",
    },
    "job_interrupted": {
        "vi": "bị gián đoạn: chương trình dừng trước khi in xong",
        "en": "interrupted: the program stopped before the job finished",
    },
    "sample_data_refused": {
        "vi": "Cấu hình {path} không phải trung tâm mẫu: không ghi dữ liệu giả vào cơ sở dữ liệu thật. Dùng --force nếu thật sự muốn.",
        "en": "{path} is not the sample center: fake activity is not written into a real database. Use --force if you really mean it.",
    },
    "transfer_target_missing": {
        "vi": "Hãy chọn dịch vụ hoặc quầy để chuyển số.",
        "en": "Choose a service or a counter to transfer the ticket to.",
    },
    "counter_busy": {
        "vi": "Quầy {counter} đang phục vụ số {number}. Hãy kết thúc hoặc tạm dừng số này trước.",
        "en": "Counter {counter} is serving {number}. Finish or park it first.",
    },
    "device_revoked": {
        "vi": "Máy chủ đã thu hồi khóa của máy này: máy ngừng đồng bộ. Kỹ thuật viên cần đăng ký "
              "lại máy (`kiosk enroll`) bằng mã mới.",
        "en": "The server revoked this terminal's token: it no longer syncs. A technician must "
              "enrol it again (`kiosk enroll`) with a new code.",
    },
    "plain_http_refused": {
        "vi": "Máy chủ {server} không dùng HTTPS: dữ liệu sẽ đi không mã hoá qua mạng. Hãy dùng "
              "https:// (hoặc --allow-http nếu chỉ là mạng thử nghiệm khép kín).",
        "en": "The server {server} does not use HTTPS: data would cross the network unencrypted. "
              "Use https:// (or --allow-http on a closed test network only).",
    },
    "ca_file_unusable": {
        "vi": "Không dùng được tệp chứng chỉ CA {path}: {detail}",
        "en": "The CA certificate file {path} cannot be used: {detail}",
    },
    "bad_sign_in_left": {
        "vi": "Mã cán bộ hoặc mã PIN không đúng. Còn {left} lần thử trước khi tài khoản bị khoá.",
        "en": "Wrong officer code or PIN. {left} tries left before the account is locked.",
    },
    "account_locked": {
        "vi": "Đăng nhập sai quá nhiều lần: tài khoản tạm khoá. Hãy thử lại sau {minutes} phút.",
        "en": "Too many failed sign-ins: the account is locked. Try again in {minutes} minutes.",
    },
    "bad_sign_in": {
        "vi": "Mã cán bộ hoặc mã PIN không đúng.",
        "en": "Wrong officer code or PIN.",
    },
    "config_invalid": {
        "vi": "Tệp cấu hình {path} không hợp lệ:\n{problems}",
        "en": "The configuration file {path} is not valid:\n{problems}",
    },
    "config_unreadable": {
        "vi": "Không đọc được tệp cấu hình {path}: {detail}",
        "en": "Cannot read the configuration file {path}: {detail}",
    },
    "print_failed": {
        "vi": "Phiếu đã được lưu nhưng máy in gặp sự cố ({reason}). Xin mời đến quầy hướng dẫn để nhận phiếu.",
        "en": "Your ticket is saved but the printer failed ({reason}). Please ask at the help desk for your ticket.",
    },
    "unknown_print_job": {
        "vi": "Không tìm thấy lệnh in “{ref}”.",
        "en": "No print job “{ref}” was found.",
    },
    "sync_unreachable": {
        "vi": "Không kết nối được máy chủ {server} ({detail}). Kiểm tra mạng rồi thử lại; máy vẫn làm việc bình thường khi mất mạng.",
        "en": "Cannot reach the server {server} ({detail}). Check the network and try again; this terminal keeps working offline.",
    },
    "enrol_refused": {
        "vi": "Máy chủ từ chối mã đăng ký: {detail}. Xin kỹ thuật viên tạo mã mới bằng `kiosk-server enroll`.",
        "en": "The server refused the enrolment code: {detail}. Ask for a new one (`kiosk-server enroll`).",
    },
    "not_enrolled": {
        "vi": "Máy này chưa đăng ký với máy chủ. Chạy `kiosk enroll --server URL --code MÃ` trước.",
        "en": "This terminal is not enrolled with a server. Run `kiosk enroll --server URL --code CODE` first.",
    },
    # --- explanations of the calling order (shown to officers)
    "why_transferred": {
        "vi": "Được chuyển đến quầy này: gọi trước.",
        "en": "Transferred to this counter: called first.",
    },
    "why_aged": {
        "vi": "Đã chờ {minutes} phút (≥ {limit} phút): gọi trước theo thời gian chờ.",
        "en": "Waiting {minutes} min (≥ {limit} min): called first by waiting time.",
    },
    "why_priority_turn": {
        "vi": "Ưu tiên ({category}): đến lượt ưu tiên sau {n} lượt thường.",
        "en": "Priority ({category}): priority turn after {n} regular calls.",
    },
    "why_priority_only": {
        "vi": "Ưu tiên ({category}): không còn ai chờ lượt thường.",
        "en": "Priority ({category}): nobody is waiting in the regular line.",
    },
    "why_normal": {
        "vi": "Theo thứ tự lấy số.",
        "en": "In order of issue.",
    },
    "policy_summary": {
        "vi": "Quy tắc gọi số: cứ sau {n} lượt thường thì gọi 1 lượt ưu tiên; ai chờ quá {ageing} phút được gọi trước; trong cùng nhóm gọi theo giờ lấy số.",
        "en": "Calling rule: one priority ticket after every {n} regular ones; anyone waiting over {ageing} min goes first; within a group, by time of issue.",
    },
    "policy_summary_strict": {
        "vi": "Quy tắc gọi số: người ưu tiên luôn được gọi trước; ai chờ quá {ageing} phút được gọi trước; trong cùng nhóm gọi theo giờ lấy số.",
        "en": "Calling rule: priority tickets always first; anyone waiting over {ageing} min goes first; within a group, by time of issue.",
    },
    # --- print jobs as technicians read them
    "job_status_queued": {"vi": "Chờ in", "en": "Queued"},
    "job_status_sending": {"vi": "Đang in", "en": "Sending"},
    "job_status_done": {"vi": "Đã in", "en": "Printed"},
    "job_status_failed": {"vi": "Lỗi", "en": "Failed"},
    "job_kind_ticket": {"vi": "Phiếu số thứ tự", "en": "Queue ticket"},
    "job_kind_test_page": {"vi": "Trang in thử", "en": "Test page"},
    # --- dossiers
    "applicant_invalid": {
        "vi": "Thông tin người nộp chưa đúng: {problems}. Xin sửa lại rồi lưu.",
        "en": "The applicant's details are not right: {problems}. Correct them and save again.",
    },
    "unknown_procedure": {
        "vi": "Không có thủ tục mã “{code}” trong danh mục. Tra cứu bằng: kiosk catalog list --search …",
        "en": "There is no procedure with code “{code}” in the catalog. Search with: kiosk catalog list --search …",
    },
    "procedure_without_components": {
        "vi": "Thủ tục “{name}” chưa có thành phần hồ sơ trong danh mục: chưa tiếp nhận được. Xin báo quản trị cập nhật danh mục.",
        "en": "The procedure “{name}” has no dossier components in the catalog: it cannot be received yet. Ask the administrator to update the catalog.",
    },
    "unknown_component": {
        "vi": "Thủ tục “{name}” không có thành phần mã “{component}”. Các mã: {known}.",
        "en": "The procedure “{name}” has no component “{component}”. Components: {known}.",
    },
    "bad_component_count": {
        "vi": "Số bộ của thành phần “{component}” phải là số nguyên từ 0 đến 99 (đang là “{count}”).",
        "en": "The count of component “{component}” must be a whole number 0–99 (got “{count}”).",
    },
    "complete_but_missing": {
        "vi": "Hồ sơ còn thiếu: {missing}. Không thể tiếp nhận là đầy đủ — chọn “Yêu cầu bổ sung”.",
        "en": "The dossier still lacks: {missing}. It cannot be received as complete — choose “Request supplement”.",
    },
    "reason_required": {
        "vi": "Xin ghi rõ lý do ({what}).",
        "en": "Please write the reason ({what}).",
    },
    "unknown_outcome": {
        "vi": "Kết quả tiếp nhận “{outcome}” không hợp lệ: complete, incomplete hoặc refused.",
        "en": "Intake outcome “{outcome}” is not valid: complete, incomplete or refused.",
    },
    "dossier_range_exhausted": {
        "vi": "Đã hết số hồ sơ của máy này trong ngày (tối đa {last}). Xin báo kỹ thuật viên (terminal.dossier_range).",
        "en": "This terminal has used all its dossier numbers for today (last is {last}). Call the technician (terminal.dossier_range).",
    },
    "not_a_dossier_code": {
        "vi": "“{text}” không phải mã hồ sơ. Mã hồ sơ có dạng 000.00.06.H56-231027-0361, in trên giấy biên nhận.",
        "en": "“{text}” is not a dossier code. A dossier code looks like 000.00.06.H56-231027-0361 and is printed on the receipt.",
    },
    "dossier_other_agency": {
        "vi": "Hồ sơ {code} do cơ quan khác tiếp nhận ({agency}). Xin tra cứu tại nơi đã nộp hoặc trên Cổng dịch vụ công.",
        "en": "Dossier {code} was received by another agency ({agency}). Look it up where it was filed or on the public service portal.",
    },
    "dossier_not_found": {
        "vi": "Không tìm thấy hồ sơ {code}. Xin kiểm tra lại mã trên giấy biên nhận.",
        "en": "No dossier {code} was found. Check the code on your receipt.",
    },
    "dossier_bad_transition": {
        "vi": "Hồ sơ {code} đang “{state}”: không chuyển sang “{to}” được.",
        "en": "Dossier {code} is “{state}”: it cannot move to “{to}”.",
    },
    "dossier_not_received": {
        "vi": "Hồ sơ {code} chưa được tiếp nhận ({state}): không có ngày hẹn để lập phiếu này.",
        "en": "Dossier {code} was not received ({state}): there is no appointment for this slip.",
    },
    "late_date_not_later": {
        "vi": "Ngày hẹn mới ({new}) phải sau ngày hẹn hiện tại ({old}).",
        "en": "The new return date ({new}) must be after the current one ({old}).",
    },
    "bad_date": {
        "vi": "“{text}” không phải ngày giờ hợp lệ (YYYY-MM-DD hoặc \"YYYY-MM-DD HH:MM\").",
        "en": "“{text}” is not a valid date or time (YYYY-MM-DD or \"YYYY-MM-DD HH:MM\").",
    },
    "file_unreadable": {
        "vi": "Không đọc được tệp {path}: {detail}",
        "en": "Cannot read the file {path}: {detail}",
    },
    "catalog_unusable": {
        "vi": "Không dùng được danh mục thủ tục: {detail}",
        "en": "The procedure catalog cannot be used: {detail}",
    },
    "form_does_not_apply": {
        "vi": "Không lập mẫu {form} cho hồ sơ {code}: hồ sơ đang “{state}”.",
        "en": "Form {form} does not apply to dossier {code}: it is “{state}”.",
    },
    "form_needs": {
        "vi": "Mẫu {form} cần: {what}.",
        "en": "Form {form} needs: {what}.",
    },
    "dossier_state_received": {"vi": "Đã tiếp nhận", "en": "Received"},
    "dossier_state_refused": {"vi": "Không được tiếp nhận", "en": "Refused"},
    "dossier_state_incomplete": {"vi": "Yêu cầu bổ sung trước khi tiếp nhận", "en": "To be completed before intake"},
    "dossier_state_processing": {"vi": "Đang xử lý", "en": "In processing"},
    "dossier_state_supplement": {"vi": "Yêu cầu bổ sung giấy tờ (tạm dừng tính thời gian)", "en": "Supplement requested (clock stopped)"},
    "dossier_state_awaiting_fees": {"vi": "Chờ thực hiện nghĩa vụ tài chính", "en": "Awaiting fees"},
    "dossier_state_withdrawn": {"vi": "Công dân đã rút hồ sơ", "en": "Withdrawn by the applicant"},
    "dossier_state_stopped": {"vi": "Dừng xử lý", "en": "Stopped"},
    "dossier_state_result_ready": {"vi": "Đã có kết quả — mời đến nhận", "en": "Result ready — please collect it"},
    "dossier_state_returned": {"vi": "Đã trả kết quả", "en": "Result returned"},
    "dossier_state_cancelled": {"vi": "Đã hủy", "en": "Cancelled"},
    "fee_state_none": {"vi": "Không mất phí", "en": "No fee"},
    "fee_state_awaiting": {"vi": "Chưa nộp phí", "en": "Fee not paid yet"},
    "fee_state_paid": {"vi": "Đã nộp phí", "en": "Fee paid"},
    # --- the small device indicators of the counter, kiosk and technician headers
    "dev_printer": {"vi": "Máy in", "en": "Printer"},
    "dev_scanner": {"vi": "Máy quét", "en": "Scanner"},
    "dev_keypad": {"vi": "Bàn phím đánh giá", "en": "Rating keypad"},
    "dev_ready": {"vi": "{device} sẵn sàng", "en": "{device} ready"},
    "dev_hid": {
        "vi": "{device} kiểu bàn phím — quét thử một mã để kiểm tra",
        "en": "{device} types like a keyboard — scan a code to check it",
    },
    "dev_disconnected": {
        "vi": "{device} chưa kết nối — kiểm tra cáp USB/nguồn, máy sẽ tự nhận lại",
        "en": "{device} not connected — check the USB cable and power; it reconnects by itself",
    },
    "dev_error": {
        "vi": "{device} lỗi — báo kỹ thuật viên ({detail})",
        "en": "{device} fault — call the technician ({detail})",
    },
    "dev_unknown": {"vi": "{device}: chưa rõ trạng thái", "en": "{device}: state not known yet"},
    # --- ticket slip
    "slip_title": {"vi": "PHIẾU SỐ THỨ TỰ", "en": "QUEUE TICKET"},
    "slip_service": {"vi": "Dịch vụ: {name}", "en": "Service: {name}"},
    "slip_priority": {"vi": "Ưu tiên: {name}", "en": "Priority: {name}"},
    "slip_ahead_wait": {
        "vi": "Trước bạn: {n} người · chờ khoảng {minutes} phút",
        "en": "Ahead of you: {n} · wait about {minutes} min",
    },
    "slip_next": {"vi": "Sắp đến lượt bạn", "en": "You are next"},
    "slip_qr": {
        "vi": "Quét mã để theo dõi lượt chờ",
        "en": "Scan to follow the queue",
    },
    "slip_reprint": {"vi": "BẢN IN LẠI", "en": "REPRINT"},
    "sample_mark": {"vi": "(DỮ LIỆU MẪU)", "en": "(SAMPLE DATA)"},
}


def t(key: str, lang: str = "vi", **params: object) -> str:
    """The message ``key`` in ``lang`` (Vietnamese when the language is unknown).

    A parameter given as ``{"vi": ..., "en": ...}`` is itself taken in ``lang``.
    """
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    if not params:
        return text
    values = {k: (v.get(lang) or v.get("vi")) if isinstance(v, dict) and "vi" in v else v
              for k, v in params.items()}
    return text.format(**values)
