"""The page a ticket's QR opens on a citizen's phone: position and wait, live, vi/en, no login.

It shows the number, the service, how many are ahead and the estimated wait, nothing personal
(a queue ticket carries no name). Plain HTML and a few lines of script, readable on a cheap phone;
the numbers refresh every 10 seconds from ``/t/<id>.json``.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from typing import Any

from sqlalchemy import func, select

from kiosk.queue.policy import PriorityPolicy, Waiting
from kiosk.timeutil import fmt_time, local_day
from server.db import ServerDB
from server.models import Center, ServerTicket
from server.queue import config_of

TEXT = {
    "vi": {"title": "Số thứ tự", "service": "Dịch vụ", "ahead": "Số người chờ trước", "wait": "Thời gian chờ dự kiến",
           "minutes": "phút", "status": "Trạng thái", "waiting": "Đang chờ", "serving": "Đang được phục vụ tại quầy",
           "parked": "Tạm dừng — xin liên hệ quầy", "done": "Đã phục vụ xong", "no_show": "Vắng mặt khi được gọi",
           "issued": "Giờ lấy số", "refresh": "Tự cập nhật mỗi 10 giây", "unknown": "Không tìm thấy phiếu này.",
           "next": "Sắp đến lượt bạn", "other": "English"},
    "en": {"title": "Queue number", "service": "Service", "ahead": "People ahead of you", "wait": "Estimated wait",
           "minutes": "min", "status": "Status", "waiting": "Waiting", "serving": "Being served at counter",
           "parked": "On hold — please see the counter", "done": "Served", "no_show": "Absent when called",
           "issued": "Issued", "refresh": "Updates every 10 seconds", "unknown": "This ticket was not found.",
           "next": "You are next", "other": "Tiếng Việt"},
}


def ticket_status(db: ServerDB, ticket_id: str) -> dict[str, Any] | None:
    if "\x00" in ticket_id:  # no ticket has one, and PostgreSQL refuses it in a query
        return None
    now = db.clock()
    with db.sessions() as s:
        t = s.get(ServerTicket, ticket_id)
        if t is None:
            return None
        code = t.center_code
    config = config_of(db, code)  # its own read, outside this one
    with db.sessions() as s:
        t = s.get(ServerTicket, ticket_id)
        center = s.get(Center, code)
        if t is None or center is None:
            return None
        ahead = wait = None
        if t.status == "waiting":
            rows = s.execute(select(ServerTicket.id, ServerTicket.label, ServerTicket.queued_at, ServerTicket.priority,
                                    ServerTicket.target_counter).where(
                ServerTicket.center_code == t.center_code, ServerTicket.local_day == t.local_day,
                ServerTicket.status == "waiting", ServerTicket.queue_service == t.queue_service)).all()
            policy = PriorityPolicy(config.queue.priority.every_n_regular, config.queue.priority.ageing_minutes)
            order = [r.ticket.id for r in policy.order([Waiting(*row) for row in rows], now,
                                                       regular_since_priority=policy.every_n_regular)]
            ahead = order.index(t.id) if t.id in order else 0
            since = now - dt.timedelta(minutes=30)
            done = s.execute(select(ServerTicket.called_at, ServerTicket.finished_at).where(
                ServerTicket.center_code == t.center_code, ServerTicket.queue_service == t.queue_service,
                ServerTicket.status == "done", ServerTicket.local_day == local_day(now).isoformat(),
                ServerTicket.finished_at.is_not(None)).order_by(ServerTicket.finished_at.desc()).limit(20)).all()
            durations = [(f - c).total_seconds() / 60 for c, f in done if c and f and f > c]
            service = config.service(t.queue_service)
            minutes = (sum(durations) / len(durations) if len(durations) >= 3
                       else (service.default_service_minutes if service and service.default_service_minutes
                             else config.queue.default_service_minutes))
            counters = s.scalar(select(func.count(func.distinct(ServerTicket.counter_number))).where(
                ServerTicket.center_code == t.center_code, ServerTicket.queue_service == t.queue_service,
                ServerTicket.called_at >= since)) or 1
            wait = math.ceil(ahead * minutes / max(1, counters)) if ahead else 0
        service = config.service(t.service_code)
        return {"number": t.label, "service": t.queue_service, "service_vi": service.name if service else t.service_code,
                "service_en": service.name_en if service else t.service_code, "status": t.status,
                "counter": t.counter_number, "ahead": ahead, "wait_minutes": wait,
                "issued": fmt_time(t.issued_at), "center": center.name}


def ticket_page(data: dict[str, Any] | None, ticket_id: str, lang: str) -> str:
    tx = TEXT[lang]
    other = "en" if lang == "vi" else "vi"
    if data is None:
        body = f"<p class='big'>{tx['unknown']}</p>"
    else:
        status = tx.get(data["status"], data["status"])
        if data["status"] == "serving" and data["counter"]:
            status += f" {data['counter']}"
        rows = [(tx["service"], data[f"service_{lang}"]), (tx["issued"], data["issued"]), (tx["status"], status)]
        if data["ahead"] is not None:
            rows.append((tx["ahead"], str(data["ahead"])) if data["ahead"] else (tx["next"], ""))
        if data["wait_minutes"]:
            rows.append((tx["wait"], f"~{data['wait_minutes']} {tx['minutes']}"))
        cells = "".join(f"<tr><th>{html.escape(k)}</th><td id='f{i}'>{html.escape(v)}</td></tr>"
                        for i, (k, v) in enumerate(rows))
        body = (f"<p class='center'>{html.escape(data['center'])}</p><p class='label'>{tx['title']}</p>"
                f"<p class='number'>{html.escape(data['number'])}</p><table>{cells}</table>")
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10">
<title>{tx['title']}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; padding: 16px; background: #eef2f7; color: #1a2233; }}
.center {{ color: #0b3d91; font-weight: bold; text-align: center; }}
.label {{ text-align: center; margin: 8px 0 0; color: #5b6577; }}
.number {{ text-align: center; font-size: 72px; font-weight: bold; color: #0b3d91; margin: 0; }}
table {{ width: 100%; background: #fff; border-radius: 12px; padding: 8px; font-size: 20px; }}
th {{ text-align: left; font-weight: normal; color: #5b6577; padding: 8px; }}
td {{ text-align: right; font-weight: bold; padding: 8px; }}
.big {{ font-size: 24px; text-align: center; }}
.foot {{ text-align: center; color: #5b6577; font-size: 14px; }}
a {{ color: #0b3d91; }}
</style></head>
<body>{body}
<p class="foot">{tx['refresh']} · <a href="/t/{html.escape(ticket_id)}?lang={other}">{tx['other']}</a></p>
</body></html>"""
