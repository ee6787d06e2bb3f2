"""Reception from the command line, as a script or a technician runs it: real processes."""

from __future__ import annotations

import json
import unicodedata

import zxingcpp
from PIL import Image

from tests.test_cli import kiosk

APPLICANT = {"name": "Phạm Văn Đức", "id_number": "001089001234", "birth_date": "1989-04-30",
             "address": "Số 5 ngõ 12, phường Mẫu", "phone": "0901234567", "email": "duc@example.vn"}


def _applicant_file(tmp_path, data=None):
    path = tmp_path / "applicant.json"
    path.write_text(json.dumps(data or APPLICANT, ensure_ascii=False), encoding="utf-8")
    return path


def test_catalog_search_without_tone_marks_and_json(tmp_path):
    found = kiosk(tmp_path, "catalog", "list", "--search", "dang ky khai sinh")
    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines()[0].startswith("1.001193") and "Đăng ký khai sinh" in found.stdout
    data = json.loads(kiosk(tmp_path, "catalog", "list", "--field", "Hộ tịch", "--json").stdout)
    assert data["procedures"] and {p["field"] for p in data["procedures"]} == {"hotich"}


def test_due_date_explains_the_days_it_skipped(tmp_path):
    got = kiosk(tmp_path, "due-date", "--procedure", "1.004873", "--received", "2026-02-13 16:30", "--json")
    assert got.returncode == 0, got.stderr
    due = json.loads(got.stdout)
    assert due["appointment_at"].startswith("2026-02-25")  # 3 working days, the Tết break skipped
    assert "2026-02-17" in [d["date"] for d in due["skipped"]]
    bad = kiosk(tmp_path, "due-date", "--procedure", "1.004873", "--received", "13/02/2026")
    assert bad.returncode == 10 and "YYYY-MM-DD" in bad.stderr


def test_receive_show_and_render_the_receipt(tmp_path):
    got = kiosk(tmp_path, "dossier", "receive", "--procedure", "1.004873", "--applicant",
                str(_applicant_file(tmp_path)), "--json")
    assert got.returncode == 0, got.stderr
    dossier = json.loads(got.stdout)
    code = dossier["code"]
    assert dossier["outcome"] == "complete" and dossier["appointment_at"]
    shown = json.loads(kiosk(tmp_path, "dossier", "show", code, "--json").stdout)
    assert shown["applicant"]["name"] == "Phạm Văn Đức" and shown["state"] == "received"
    pdf = tmp_path / "receipt.pdf"
    rendered = kiosk(tmp_path, "forms", "render", "01", "--dossier", code, "--out", str(pdf))
    assert rendered.returncode == 0, rendered.stderr
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    text = unicodedata.normalize("NFC", doc[0].get_textpage().get_text_range())
    image = doc[0].render(scale=200 / 72).to_pil().convert("L")
    doc.close()
    assert "Phạm Văn Đức" in text and code in text
    codes = {(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)}
    assert ("Code128", code) in codes
    printed = kiosk(tmp_path, "forms", "print", "01", "--dossier", code)
    assert printed.returncode == 0, printed.stderr
    png = next(line for line in printed.stdout.splitlines() if line.endswith(".png"))
    with Image.open(png) as slip:
        assert any(r.text == code for r in zxingcpp.read_barcodes(slip.convert("L")))


def test_incomplete_and_refused_and_bad_input(tmp_path):
    applicant = str(_applicant_file(tmp_path))
    inc = kiosk(tmp_path, "dossier", "receive", "--procedure", "1.001193", "--applicant", applicant,
                "--component", "tk=1", "--json")
    assert inc.returncode == 0, inc.stderr
    assert json.loads(inc.stdout)["missing"] == ["Giấy chứng sinh"]
    ref = kiosk(tmp_path, "dossier", "receive", "--procedure", "1.001193", "--applicant", applicant,
                "--outcome", "refused")
    assert ref.returncode == 10 and "lý do" in ref.stderr
    for args, words in [
        (["--procedure", "9.999999"], "Không có thủ tục"),
        (["--procedure", "1.001193", "--component", "zz=1"], "không có thành phần"),
        (["--procedure", "1.001193", "--component", "tk=x"], "số nguyên"),
    ]:
        got = kiosk(tmp_path, "dossier", "receive", "--applicant", applicant, *args)
        assert got.returncode == 10 and words in got.stderr, got.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    got = kiosk(tmp_path, "dossier", "receive", "--procedure", "1.001193", "--applicant", str(broken))
    assert got.returncode == 10 and "Không đọc được tệp" in got.stderr
    listed = json.loads(kiosk(tmp_path, "dossier", "due-soon", "--json").stdout)
    assert listed == []
    no = kiosk(tmp_path, "dossier", "show", "nonsense")
    assert no.returncode == 10 and "không phải mã hồ sơ" in no.stderr and "Traceback" not in no.stderr
