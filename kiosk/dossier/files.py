"""Digitizing the papers: pages from a watched folder or SANE, one PDF per component, hashed.

The scanner's own software saving into a folder is the fallback that always works; SANE's
``scanimage`` is used when installed. Pages stay in a draft per component (reorder, rotate,
rescan) until the officer saves: then each component becomes one PDF, stored content-addressed
(``KIOSK_HOME/files/ab/abcdef….pdf``) with its SHA-256, which travels with the dossier.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
DPI = 200  # what document scanners at counters are usually set to


@dataclass
class Page:
    """One scanned page: its image and how far to turn it (degrees clockwise)."""

    image: Image.Image
    source: str = ""
    rotation: int = 0

    def rotate(self, degrees: int = 90) -> None:
        self.rotation = (self.rotation + degrees) % 360

    def rendered(self) -> Image.Image:
        img = self.image.convert("RGB") if self.image.mode not in ("1", "L", "RGB") else self.image
        return img.rotate(-self.rotation, expand=True) if self.rotation else img


@dataclass
class Draft:
    """The pages of each component of one dossier before they are saved."""

    pages: dict[str, list[Page]] = field(default_factory=dict)

    def add(self, component_id: str, page: Page) -> None:
        self.pages.setdefault(component_id, []).append(page)

    def move(self, component_id: str, index: int, to: int) -> None:
        pages = self.pages.get(component_id, [])
        if 0 <= index < len(pages) and 0 <= to < len(pages):
            pages.insert(to, pages.pop(index))

    def remove(self, component_id: str, index: int) -> None:
        pages = self.pages.get(component_id, [])
        if 0 <= index < len(pages):
            pages.pop(index)

    def rescan(self, component_id: str) -> None:
        """Throw this component's pages away (they are scanned again)."""
        self.pages.pop(component_id, None)


@dataclass(frozen=True)
class Word:
    """A word OCR found on a page, with its box in pixels (top-left origin)."""

    text: str
    left: int
    top: int
    width: int
    height: int


def ocr_languages() -> str | None:
    """Tesseract's languages to use ("vie+eng", "vie", "eng"), or None without Tesseract."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    have = {line.strip() for line in done.stdout.splitlines()[1:]}
    langs = [lang for lang in ("vie", "eng") if lang in have]
    return "+".join(langs) if langs else None


def ocr_words(img: Image.Image, langs: str, timeout: float = 60.0) -> list[Word]:
    """The words Tesseract reads on ``img`` (an empty list when it cannot)."""
    buf = io.BytesIO()
    img.convert("L").save(buf, format="PNG")
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", langs, "--dpi", str(DPI), "tsv"],
                              input=buf.getvalue(), capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("OCR failed: %s", exc)
        return []
    words = []
    for line in done.stdout.decode("utf-8", errors="replace").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            continue
        words.append(Word(unicodedata.normalize("NFC", cols[11].strip()), left, top, width, height))
    return words


def pages_to_pdf(pages: list[Page], title: str = "", ocr: bool | None = None) -> bytes:
    """One PDF, a page per scanned page at its scanned size (reportlab); searchable when
    Tesseract is installed (an invisible text layer over each page, as OCRmyPDF makes).

    ``ocr``: None uses Tesseract when it is there; False never does.
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    langs = ocr_languages() if ocr is not False else None
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, invariant=True)
    pdf.setTitle(title)
    pdf.setCreator("motcua-kiosk")
    font = _text_font() if langs else ""
    for page in pages:
        img = page.rendered()
        width, height = img.width * 72 / DPI, img.height * 72 / DPI
        pdf.setPageSize((width, height))
        pdf.drawImage(ImageReader(img), 0, 0, width, height)
        if langs:
            _text_layer(pdf, ocr_words(img, langs), height, font)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _text_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from kiosk.paths import font_path

    name = "DejaVuSans"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path(False))))
    return name


def _text_layer(pdf: Any, words: list[Word], page_height: float, font: str) -> None:
    """Each word invisible (render mode 3) over where it is printed, stretched to its box."""
    from reportlab.pdfbase import pdfmetrics

    scale = 72 / DPI
    for w in words:
        size = max(1.0, w.height * scale)
        text_width = pdfmetrics.stringWidth(w.text, font, size) or 1.0
        t = pdf.beginText()
        t.setTextRenderMode(3)
        t.setFont(font, size)
        t.setHorizScale(100.0 * w.width * scale / text_width)
        t.setTextOrigin(w.left * scale, page_height - (w.top + w.height) * scale)
        t.textOut(w.text + " ")
        pdf.drawText(t)


class FileStore:
    """Files by content: the name is the SHA-256, so a file is never stored twice and a
    damaged one is known."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.pdf"

    def put(self, data: bytes) -> tuple[str, int]:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".part")
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        return digest, len(data)

    def check(self, sha256: str) -> str:
        """``ok``, ``missing`` or ``corrupt`` (the content no longer has its hash)."""
        target = self.path(sha256)
        try:
            data = target.read_bytes()
        except FileNotFoundError:
            return "missing"
        return "ok" if hashlib.sha256(data).hexdigest() == sha256 else "corrupt"


class ScanInbox:
    """A folder the scanner's software writes pages into, read by polling.

    A file is taken once its size has stayed the same between two polls (the scanner has
    finished writing it); taken files move to ``.taken/``, unreadable ones to ``.rejected/``
    with a log line — never silently dropped.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._sizes: dict[Path, int] = {}

    def poll(self) -> tuple[list[Page], list[str]]:
        """New complete pages (in name order), and the names of files that were not images."""
        pages: list[Page] = []
        rejected: list[str] = []
        seen: dict[Path, int] = {}
        for path in sorted(self.folder.iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            if self._sizes.get(path) != size or size == 0:
                seen[path] = size  # still being written (or just appeared): look again next time
                continue
            if path.suffix.lower() not in IMAGE_SUFFIXES + (".pdf",):
                rejected.append(path.name)
                self._move(path, ".rejected")
                continue
            try:
                pages.extend(self._read(path))
            except (OSError, UnidentifiedImageError, ValueError) as exc:
                log.warning("scan inbox: %s is not a readable page (%s)", path.name, exc)
                rejected.append(path.name)
                self._move(path, ".rejected")
                continue
            self._move(path, ".taken")
        self._sizes = seen
        return pages, rejected

    def _read(self, path: Path) -> list[Page]:
        return read_pages(path)

    def _move(self, path: Path, sub: str) -> None:
        target = self.folder / sub
        target.mkdir(exist_ok=True)
        try:
            shutil.move(str(path), target / path.name)
        except OSError as exc:
            log.warning("scan inbox: cannot move %s to %s: %s", path.name, sub, exc)


def read_pages(path: Path) -> list[Page]:
    """The pages of an image file (a multi-page TIFF gives several) or of a PDF."""
    if path.suffix.lower() == ".pdf":
        return _pdf_pages(path)
    out = []
    with Image.open(path) as img:
        for frame in range(getattr(img, "n_frames", 1)):
            img.seek(frame)
            out.append(Page(img.copy(), path.name))
    return out


def _pdf_pages(path: Path) -> list[Page]:
    """Pages of a PDF the scanner software made, as images (pypdfium2 when installed)."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:  # without it, scanner software should save PNG/JPEG/TIFF
        raise ValueError("PDF pages need pypdfium2; set the scanner to save PNG/JPEG/TIFF") from exc
    doc = pdfium.PdfDocument(str(path))
    try:
        return [Page(doc[i].render(scale=DPI / 72).to_pil(), f"{path.name}#{i + 1}")
                for i in range(len(doc))]
    finally:
        doc.close()


def sane_available(command: str | None = None) -> bool:
    return shutil.which((command or "scanimage").split()[0]) is not None


def sane_scan(command: str | None = None, timeout: float = 120.0) -> Page:
    """One page from the document scanner through SANE (``scanimage`` writes PNG to stdout).

    Raises:
        OSError: no scanner, or the scan failed (the message is the tool's own).
    """
    import shlex

    args = shlex.split(command) if command else ["scanimage", "--format=png", f"--resolution={DPI}"]
    try:
        done = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OSError(f"scanner: {exc}") from exc
    if done.returncode != 0 or not done.stdout:
        raise OSError(done.stderr.decode(errors="replace").strip() or f"exit {done.returncode}")
    return Page(Image.open(io.BytesIO(done.stdout)), "scanimage")
