"""Official slips benchmark (not a test): time and size of form 01 as PDF, A4 and A5.

Each run builds the whole PDF in memory (layout, subset fonts, Code 128 and QR) from the same
dossier with a fresh dossier code; fonts are registered once per process, so the first PDF (cold)
is reported on its own. ``FORMS_BENCH_N`` PDFs per size (default 200).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import pct, print_table  # noqa: E402

N = int(os.environ.get("FORMS_BENCH_N", "200"))


def _slip(seq: int):  # type: ignore[no-untyped-def]
    from kiosk.forms import Applicant, Center, Component, Dossier, Fee, SlipData

    utc = dt.UTC
    code = f"000.00.06.H56-231027-{seq:04d}"
    return SlipData(
        Center(name="Trung tâm Phục vụ hành chính công", parent="UBND tỉnh Đồng Nai", place="Đồng Nai",
               result_place="Quầy số 3, Trung tâm Phục vụ hành chính công tỉnh Đồng Nai"),
        Applicant(name="Nguyễn Thị Hồng Nhung", id_number="075190001234", birth_date=dt.date(1990, 5, 12),
                  address="Số 45/12 đường Phạm Văn Thuận, khu phố 3, phường Tân Mai, thành phố Biên Hòa",
                  phone="0912 345 678", email="nhung.nth@example.vn"),
        Dossier(code=code, procedure_name="Đăng ký khai sinh", procedure_code="1.001193", field_name="Hộ tịch",
                received_at=dt.datetime(2023, 10, 27, 2, 32, tzinfo=utc),
                appointment_at=dt.datetime(2023, 11, 3, 2, 0, tzinfo=utc), processing_time="05 ngày làm việc",
                components=(Component("Tờ khai đăng ký khai sinh theo mẫu", 1),
                            Component("Giấy chứng sinh do cơ sở y tế cấp", 1),
                            Component("Giấy chứng nhận kết hôn của cha, mẹ", 0, 1, 1)),
                fees=(Fee("Lệ phí đăng ký khai sinh", 50000),), fee_mode="Nộp trực tiếp tại quầy",
                officer_name="Trần Văn Bình", tracking=f"https://dichvucong.example.gov.vn/tra-cuu?ma={code}"),
    )


def main() -> int:
    from kiosk.forms import render_pdf_bytes

    t0 = time.perf_counter()
    render_pdf_bytes("01", _slip(0))
    cold = (time.perf_counter() - t0) * 1000
    rows = [("form 01 PDF, first in the process (fonts loaded)", f"{cold:.1f} ms", "", "")]
    for size in ("A4", "A5"):
        times, sizes = [], []
        for i in range(1, N + 1):
            slip = _slip(i)
            t0 = time.perf_counter()
            pdf = render_pdf_bytes("01", slip, page_size=size)
            times.append((time.perf_counter() - t0) * 1000)
            sizes.append(len(pdf))
        rows.append((f"form 01 PDF, {size}, p50", f"{statistics.median(times):.1f} ms", "", f"{N} PDFs"))
        rows.append((f"form 01 PDF, {size}, p99", f"{pct(times, 99):.1f} ms", "", f"max {max(times):.1f} ms"))
        rows.append((f"form 01 PDF, {size}, size", f"{statistics.mean(sizes) / 1024:.1f} KB", "",
                     f"min {min(sizes) / 1024:.1f} KB, max {max(sizes) / 1024:.1f} KB"))
    print_table(f"Official slips (form 01 as PDF); Python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}",
                rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
