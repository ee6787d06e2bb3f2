"""The center's configuration: one TOML file under KIOSK_HOME, validated with clear messages.

On first start the sample center from ``resources/`` is copied there, so the embedded default
is meaningful. Every problem found is reported at once, with where it is and what to write.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.config_ops import OpsConfig, parse_ops
from kiosk.config_reception import ReceptionConfig, parse_reception
from kiosk.errors import ConfigError
from kiosk.paths import kiosk_home, resources_dir
from kiosk.security.pin import hash_pin as hash_pin  # re-exported for older imports
from kiosk.security.pin import is_pin_hash, verify_pin
from kiosk.textnorm import clean

ACCOUNT_ROLE_NAMES = ("officer", "manager", "administrator")

ROLES = ("kiosk", "counter", "display", "technician")
# the center's configuration as the central server sends it (services, counters, officers, queue);
# config.toml keeps this terminal's own [terminal] and [devices] tables
CENTER_FILE = "center.toml"
LANGS = ("vi", "en")
# this terminal's own tables in config.toml, kept when the center's file comes from the server
# (the daily tidy-up's hour and the watchdog are the machine's; [retention] comes with the center)
TERMINAL_TABLES = ("terminal", "devices", "housekeeping", "watchdog")


@dataclass(frozen=True)
class PriorityCategory:
    code: str
    name: str
    name_en: str

    def label(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name


@dataclass(frozen=True)
class Service:
    code: str
    prefix: str
    name: str
    name_en: str
    first: int
    last: int
    open: bool = True
    default_service_minutes: float | None = None

    def label(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name

    def format_number(self, number: int) -> str:
        width = max(3, len(str(self.last)))
        return f"{self.prefix}{number:0{width}d}"


@dataclass(frozen=True)
class Counter:
    number: int
    services: tuple[str, ...]
    name: str = ""

    def label(self, lang: str) -> str:
        if self.name:
            return self.name
        return f"Counter {self.number}" if lang == "en" else f"Quầy {self.number}"


@dataclass(frozen=True)
class Officer:
    """An account of the center (from the server's center configuration, or config.toml on the
    embedded default): an officer at a counter, a manager, an administrator."""

    code: str
    name: str
    pin_hash: str
    # officer | manager | administrator (kiosk/security/access.py says what each may do)
    role: str = "officer"
    # an account that left the center: kept for the records it signed, refused at sign-in
    disabled: bool = False

    def check_pin(self, pin: str) -> bool:
        return verify_pin(pin, self.pin_hash)


@dataclass(frozen=True)
class SecurityConfig:
    """The center's ``[security]`` policy for accounts on its terminals."""

    # a counter left alone this long locks: the officer's PIN again, or another officer signs in
    session_lock_minutes: int = 5
    # wrong PINs in a row before an account is locked on a terminal, and the first lock's length
    # (each further lock doubles it, at most a day)
    max_failures: int = 5
    lock_minutes: int = 5


@dataclass(frozen=True)
class PriorityPolicyConfig:
    every_n_regular: int = 2
    ageing_minutes: int = 45
    categories: tuple[PriorityCategory, ...] = ()


@dataclass(frozen=True)
class QueueConfig:
    # numbers from here up are kept for terminals that issue while the server is unreachable;
    # the server hands out numbers below it (None: no reserved zone)
    offline_from: int | None = None
    recall_limit: int = 3
    default_service_minutes: float = 8.0
    estimate_window: int = 20
    priority: PriorityPolicyConfig = field(default_factory=PriorityPolicyConfig)


@dataclass(frozen=True)
class Config:
    path: Path
    center_code: str
    center_name: str
    center_name_en: str
    center_address: str
    sample: bool
    # the central server's public address: ticket QR codes open {public_url}/t/<ticket id>
    public_url: str | None
    role: str
    language: str
    idle_timeout_s: int
    counter: int
    queue: QueueConfig
    services: tuple[Service, ...]
    counters: tuple[Counter, ...]
    officers: tuple[Officer, ...]
    printer_url: str
    printer_profile: str
    voice: str
    # this kiosk's own numbers for when the server is unreachable (inside queue.offline_from..)
    offline_range: tuple[int, int] | None = None
    # barcode/QR scanner and rating keypad: serial://…, hid (keyboard wedge), sim://…, or none
    scanner_url: str = "hid"
    keypad_url: str = "none"
    # who receives dossiers here: agency id, calendar, slips (kiosk/config_reception.py)
    reception: ReceptionConfig = field(default_factory=ReceptionConfig)
    # the technician's PIN (salted scrypt, `kiosk technician set-pin`): opens the technician
    # role from a locked kiosk; empty = not set (the kiosk then cannot be unlocked on screen)
    technician_pin_hash: str = ""
    # how the on-screen keyboard types Vietnamese: telex (aa → â, s → sắc) or vni (a6 → â, 1 → sắc)
    input_method: str = "telex"
    # [retention], [housekeeping], [watchdog]: personal data's lifetime here, the daily
    # tidy-up, the watchdog of `kiosk run` (kiosk/config_ops.py)
    ops: OpsConfig = field(default_factory=OpsConfig)
    security: SecurityConfig = field(default_factory=SecurityConfig)

    def center_label(self, lang: str) -> str:
        return self.center_name_en if lang == "en" else self.center_name

    def service(self, code: str) -> Service | None:
        code = code.strip().upper()
        return next((s for s in self.services if s.code == code), None)

    def counter_by_number(self, number: int) -> Counter | None:
        return next((c for c in self.counters if c.number == number), None)

    def officer(self, code: str) -> Officer | None:
        return next((o for o in self.officers if o.code == code.strip()), None)

    def priority_category(self, code: str) -> PriorityCategory | None:
        return next((p for p in self.queue.priority.categories if p.code == code), None)

    def counters_serving(self, service_code: str) -> list[Counter]:
        return [c for c in self.counters if service_code in c.services]


def config_path() -> Path:
    return kiosk_home() / "config.toml"


def ensure_config() -> Path:
    """The config file, copied from the sample center on first start."""
    path = config_path()
    if not path.exists():
        shutil.copyfile(resources_dir() / "sample_center.toml", path)
    return path


def load_config(path: Path | None = None) -> Config:
    path = path or ensure_config()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("config_unreadable", path=str(path), detail=str(exc)) from exc
    center_file = path.parent / CENTER_FILE
    if center_file.exists():  # enrolled: the center's part comes from the server
        try:
            center = tomllib.loads(center_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError("config_unreadable", path=str(center_file), detail=str(exc)) from exc
        own: dict[str, Any] = {key: raw[key] for key in TERMINAL_TABLES if key in raw}
        raw = {**{k: v for k, v in center.items() if k not in ("terminal", "devices")}, **own}
    return parse_config(raw, path)


DEVICE_KEYS = ("printer", "printer_profile", "scanner", "keypad", "voice")


def save_device_settings(path: Path, changes: dict[str, str]) -> Config:
    """The technician's new device settings, written into this terminal's ``[devices]`` table
    (see :func:`save_terminal_table`). A setting the checks refuse changes nothing (ConfigError)."""
    unknown = set(changes) - set(DEVICE_KEYS)
    if unknown:
        raise ConfigError("config_invalid", path=str(path), problems=f"  - devices: {sorted(unknown)}")
    return save_terminal_table(path, "devices", {k: clean(v).strip() for k, v in changes.items()})


def save_terminal_table(path: Path, table: str, changes: dict[str, str]) -> Config:
    """``changes`` written into the ``[table]`` of this terminal's config.toml, comments and
    everything else kept (tomlkit), checked with every rule of a start before the file is
    replaced atomically: refused values change nothing (ConfigError)."""
    import tomlkit

    from kiosk.paths import atomic_write_text

    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError) as exc:
        raise ConfigError("config_unreadable", path=str(path), detail=str(exc)) from exc
    if table not in doc:
        doc[table] = tomlkit.table()
    section = doc[table]
    for key, value in changes.items():
        section[key] = value
    text = tomlkit.dumps(doc)
    probe = path.with_name(f".{path.name}.check")
    probe.write_text(text, encoding="utf-8")
    try:
        load_config(probe)  # the same checks as at start, with the center's file beside it
    finally:
        probe.unlink(missing_ok=True)
    atomic_write_text(path, text)
    return load_config(path)


class _Checker:
    """Collects every problem instead of stopping at the first one."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def table(self, raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            self.problems.append(f"{where}{key}: phải là một bảng [{key}] / must be a table")
            return {}
        return value

    def array(self, raw: dict[str, Any], key: str, where: str) -> list[Any]:
        """An array of tables (``[[key]]``): a single value instead is a problem, not a crash."""
        value = raw.get(key, [])
        if not isinstance(value, list):
            self.problems.append(f"{where}{key}: phải là danh sách [[{key}]] / must be a list of [[{key}]] tables"
                                 f" (đang là / got {value!r:.60})")
            return []
        return value

    def text(self, raw: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        value = raw.get(key, default)
        if not isinstance(value, str) or not clean(value):
            self.problems.append(f"{where}{key}: thiếu hoặc rỗng / missing or empty text")
            return ""
        return clean(value)

    def integer(
        self, raw: dict[str, Any], key: str, where: str, default: int, lo: int, hi: int
    ) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.problems.append(
                f"{where}{key}: phải là số nguyên từ {lo} đến {hi} / must be an integer {lo}–{hi}"
                f" (đang là / got {value!r})"
            )
            return default
        return value

    def number(
        self, raw: dict[str, Any], key: str, where: str, default: float | None, lo: float, hi: float
    ) -> float | None:
        value = raw.get(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            self.problems.append(
                f"{where}{key}: phải là số từ {lo:g} đến {hi:g} / must be a number {lo:g}–{hi:g}"
                f" (đang là / got {value!r})"
            )
            return default
        return float(value)


def parse_config(raw: dict[str, Any], path: Path) -> Config:
    c = _Checker()
    center = c.table(raw, "center", "")
    terminal = c.table(raw, "terminal", "")
    queue = c.table(raw, "queue", "")
    prio = c.table(queue, "priority", "queue.")
    devices = c.table(raw, "devices", "")
    reception = parse_reception(c, c.table(raw, "reception", ""), path.parent, terminal)
    ops = parse_ops(c, c.table(raw, "retention", ""), c.table(raw, "housekeeping", ""),
                    c.table(raw, "watchdog", ""))

    sec = c.table(raw, "security", "")
    for key in sorted(set(sec) - {"session_lock_minutes", "max_failures", "lock_minutes"}):
        c.problems.append(f"security.{key}: khóa không có trong bảng này / unknown key")
    security = SecurityConfig(
        session_lock_minutes=c.integer(sec, "session_lock_minutes", "security.", 5, 1, 240),
        max_failures=c.integer(sec, "max_failures", "security.", 5, 3, 20),
        lock_minutes=c.integer(sec, "lock_minutes", "security.", 5, 1, 1440),
    )

    role = terminal.get("role", "kiosk")
    if role not in ROLES:
        c.problems.append(f"terminal.role: một trong / one of {', '.join(ROLES)} (got {role!r})")
        role = "kiosk"
    language = terminal.get("language", "vi")
    if language not in LANGS:
        c.problems.append(f"terminal.language: vi hoặc / or en (got {language!r})")
        language = "vi"

    categories: list[PriorityCategory] = []
    for i, item in enumerate(c.array(prio, "categories", "queue.priority.")):
        where = f"queue.priority.categories[{i}]."
        if not isinstance(item, dict):
            c.problems.append(f"{where[:-1]}: phải là một bảng / must be a table")
            continue
        code = c.text(item, "code", where)
        name = c.text(item, "name", where)
        categories.append(PriorityCategory(code, name, clean(str(item.get("name_en", name)))))
    _unique(c, [p.code for p in categories], "queue.priority.categories", "code")

    services: list[Service] = []
    raw_services = raw.get("services", [])
    if not isinstance(raw_services, list) or not raw_services:
        c.problems.append("services: cần ít nhất một [[services]] / at least one [[services]]")
        raw_services = []
    for i, item in enumerate(raw_services):
        where = f"services[{i}]."
        if not isinstance(item, dict):
            c.problems.append(f"services[{i}]: phải là một bảng / must be a table")
            continue
        code = c.text(item, "code", where).upper()
        prefix = c.text(item, "prefix", where).upper()
        if prefix and not re.fullmatch(r"[A-Z]{1,2}", prefix):
            c.problems.append(
                f"{where}prefix: 1–2 chữ cái in hoa không dấu / 1–2 letters A–Z (got {prefix!r})"
            )
        name = c.text(item, "name", where)
        rng = item.get("range", [1, 999])
        if (
            not isinstance(rng, list)
            or len(rng) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in rng)
            or not 0 <= rng[0] <= rng[1] <= 9999
        ):
            c.problems.append(
                f"{where}range: [đầu, cuối] với 0 ≤ đầu ≤ cuối ≤ 9999 / [first, last] (got {rng!r})"
            )
            rng = [1, 999]
        is_open = item.get("open", True)
        if not isinstance(is_open, bool):
            c.problems.append(f"{where}open: true hoặc / or false (got {is_open!r})")
            is_open = True
        minutes = c.number(item, "default_service_minutes", where, None, 0.5, 480)
        services.append(
            Service(
                code=code,
                prefix=prefix,
                name=name,
                name_en=clean(str(item.get("name_en", name))),
                first=rng[0],
                last=rng[1],
                open=is_open,
                default_service_minutes=minutes,
            )
        )
    _unique(c, [s.code for s in services], "services", "code")
    _unique(c, [s.prefix for s in services], "services", "prefix")

    counters: list[Counter] = []
    known_codes = {s.code for s in services}
    for i, item in enumerate(c.array(raw, "counters", "")):
        where = f"counters[{i}]."
        if not isinstance(item, dict):
            c.problems.append(f"counters[{i}]: phải là một bảng / must be a table")
            continue
        number = c.integer(item, "number", where, 0, 1, 999)
        served = item.get("services", [])
        if not isinstance(served, list) or not served:
            c.problems.append(f"{where}services: danh sách mã dịch vụ / list of service codes")
            served = []
        codes = tuple(str(s).upper() for s in served)
        for code in codes:
            if code not in known_codes:
                c.problems.append(
                    f"{where}services: không có dịch vụ / unknown service {code!r}"
                )
        counters.append(Counter(number, codes, clean(str(item.get("name", "")))))
    if not counters:
        c.problems.append("counters: cần ít nhất một [[counters]] / at least one [[counters]]")
    _unique(c, [str(x.number) for x in counters], "counters", "number")

    officers: list[Officer] = []
    for i, item in enumerate(c.array(raw, "officers", "")):
        where = f"officers[{i}]."
        if not isinstance(item, dict):
            c.problems.append(f"officers[{i}]: phải là một bảng / must be a table")
            continue
        # a kiosk, a board or the technician machine gets the accounts without their PIN hashes
        # (server/centers.config_for_role): such an account cannot sign in there
        pin_hash = item.get("pin_hash", "")
        if not isinstance(pin_hash, str):
            c.problems.append(f"{where}pin_hash: phải là chuỗi / must be text")
            pin_hash = ""
        if pin_hash and not is_pin_hash(pin_hash):
            c.problems.append(f"{where}pin_hash: dùng `kiosk officer hash-pin` / use `kiosk officer hash-pin`")
        role = item.get("role", "officer")
        if role not in ACCOUNT_ROLE_NAMES:
            c.problems.append(f"{where}role: một trong / one of {', '.join(ACCOUNT_ROLE_NAMES)} (got {role!r})")
            role = "officer"
        disabled = item.get("disabled", False)
        if not isinstance(disabled, bool):
            c.problems.append(f"{where}disabled: true hoặc / or false (got {disabled!r})")
            disabled = False
        officers.append(Officer(c.text(item, "code", where), c.text(item, "name", where), pin_hash,
                                role, disabled))
    _unique(c, [o.code for o in officers], "officers", "code")

    counter_no = c.integer(terminal, "counter", "terminal.", 1, 1, 999)
    offline_from = queue.get("offline_from")
    if offline_from is not None and (not isinstance(offline_from, int) or isinstance(offline_from, bool)
                                     or not 1 <= offline_from <= 9999):
        c.problems.append(f"queue.offline_from: số nguyên 1–9999 / integer 1–9999 (got {offline_from!r})")
        offline_from = None
    offline_range = terminal.get("offline_range")
    if offline_range is not None:
        if (not isinstance(offline_range, list) or len(offline_range) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in offline_range)
                or not 0 < offline_range[0] <= offline_range[1] <= 9999):
            c.problems.append(f"terminal.offline_range: [đầu, cuối] / [first, last] (got {offline_range!r})")
            offline_range = None
        elif offline_from is not None and offline_range[0] < offline_from:
            c.problems.append(f"terminal.offline_range: phải từ queue.offline_from ({offline_from}) trở lên / "
                              f"must start at or above queue.offline_from (got {offline_range!r})")
            offline_range = None
    queue_cfg = QueueConfig(
        offline_from=offline_from,
        recall_limit=c.integer(queue, "recall_limit", "queue.", 3, 0, 20),
        default_service_minutes=c.number(queue, "default_service_minutes", "queue.", 8.0, 0.5, 480)
        or 8.0,
        estimate_window=c.integer(queue, "estimate_window", "queue.", 20, 1, 500),
        priority=PriorityPolicyConfig(
            every_n_regular=c.integer(prio, "every_n_regular", "queue.priority.", 2, 0, 50),
            ageing_minutes=c.integer(prio, "ageing_minutes", "queue.priority.", 45, 0, 600),
            categories=tuple(categories),
        ),
    )
    public_url = center.get("public_url")
    if public_url is not None and (not isinstance(public_url, str)
                                   or not re.match(r"^https?://[^\s/]+", public_url)):
        c.problems.append(f"center.public_url: http(s)://máy-chủ / http(s)://host (got {public_url!r})")
        public_url = None
    if isinstance(public_url, str):
        public_url = public_url.rstrip("/")
    printer_url = str(devices.get("printer", "sim://printer"))
    device_urls: dict[str, str] = {}
    for key, default, schemes in (("scanner", "hid", ("serial", "hid", "sim", "none")),
                                  ("keypad", "none", ("serial", "hid", "sim", "none"))):
        url = devices.get(key, default)
        scheme = url.split(":", 1)[0].split("?", 1)[0] if isinstance(url, str) else ""
        if scheme not in schemes:
            c.problems.append(f"devices.{key}: {', '.join(s + '://…' if s in ('serial', 'sim') else s for s in schemes)}"
                              f" (got {url!r})")
            url = default
        device_urls[key] = str(url)
    voice = str(devices.get("voice", "auto"))
    input_method = terminal.get("input_method", "telex")
    if input_method not in ("telex", "vni"):
        c.problems.append(f"terminal.input_method: telex hoặc / or vni (got {input_method!r})")
        input_method = "telex"
    technician_pin_hash = terminal.get("technician_pin_hash", "")
    if not isinstance(technician_pin_hash, str) or (technician_pin_hash and not is_pin_hash(technician_pin_hash)):
        c.problems.append("terminal.technician_pin_hash: dùng `kiosk technician set-pin` / "
                          "use `kiosk technician set-pin`")
        technician_pin_hash = ""
    if not (voice in ("auto", "none") or voice.startswith("file://")):
        c.problems.append(f"devices.voice: auto, none hoặc / or file://DIR (got {voice!r})")

    config = Config(
        path=path,
        center_code=c.text(center, "code", "center."),
        center_name=c.text(center, "name", "center."),
        center_name_en=clean(str(center.get("name_en", center.get("name", "")))),
        center_address=clean(str(center.get("address", ""))),
        sample=bool(center.get("sample", False)),
        public_url=public_url,
        role=role,
        language=language,
        idle_timeout_s=c.integer(terminal, "idle_timeout_s", "terminal.", 30, 5, 3600),
        counter=counter_no,
        queue=queue_cfg,
        services=tuple(services),
        counters=tuple(counters),
        officers=tuple(officers),
        printer_url=printer_url,
        printer_profile=str(devices.get("printer_profile", "generic-80mm")),
        voice=voice,
        scanner_url=device_urls["scanner"],
        keypad_url=device_urls["keypad"],
        offline_range=(offline_range[0], offline_range[1]) if offline_range else None,
        technician_pin_hash=technician_pin_hash,
        input_method=input_method,
        reception=reception,
        ops=ops,
        security=security,
    )
    if c.problems:
        raise ConfigError(
            "config_invalid", path=str(path), problems="\n".join(f"  - {p}" for p in c.problems)
        )
    return config


def _unique(c: _Checker, values: list[str], where: str, key: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value and value in seen:
            c.problems.append(f"{where}: {key} “{value}” bị trùng / is duplicated")
        seen.add(value)
