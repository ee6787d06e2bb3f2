"""Centers the server knows; on first start the sample center, like the terminals."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

from sqlalchemy import select

from kiosk.config import parse_config
from kiosk.paths import resources_dir
from server.db import ServerDB
from server.models import Center, Change
from server.notify import notify, send_in


def load_center(db: ServerDB, toml_text: str, source: str = "config") -> Center:
    """Validate a center's configuration with the terminals' own rules, then store it."""
    config = parse_config(tomllib.loads(toml_text), Path(source))
    now = db.clock()
    with db.session() as s:
        center = s.scalars(select(Center).where(Center.code == config.center_code).with_for_update()).first()
        before = center.config_toml if center is not None else ""
        if center is None:
            center = Center(code=config.center_code, name=config.center_name, config_toml=toml_text,
                            change_seq=0, created_at=now)
            s.add(center)
            s.flush()
        else:
            center.name = config.center_name
            center.config_toml = toml_text
        from server.audit import account_changes, record_server_change

        record_server_change(s, center.code, "settings_change", source[-128:], {
            "sha256": hashlib.sha256(toml_text.encode()).hexdigest(),
            **account_changes(before, toml_text)}, now)
        # the configuration travels down the feed like any change: every terminal applies it
        center.change_seq += 1
        s.add(Change(center_code=center.code, seq=center.change_seq, entity="center_config",
                     entity_id=center.code, body={"config_toml": toml_text}, origin_device=None, at=now))
        send_in(s, center.code)
    from server.queue import forget_config

    forget_config(config.center_code)
    notify(config.center_code)
    return center


# terminal roles that sign accounts in (the counter); the others never need a PIN hash
SIGN_IN_ROLES = ("counter",)


def config_for_role(toml_text: str, role: str) -> str:
    """The center's configuration as a terminal of ``role`` gets it. Never its ``[terminal]``
    and ``[devices]`` tables (each terminal keeps its own; they may hold a technician PIN hash);
    a kiosk, a board or the technician machine gets the accounts without their PIN hashes (a
    4-digit PIN falls to an offline guess in minutes: the hashes stay on the server and the
    counters)."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        doc = tomlkit.parse(toml_text)
    except TOMLKitError:  # never stored by load_center; a terminal could not use it anyway
        return ""
    changed = False
    for table in ("terminal", "devices"):
        if table in doc:
            del doc[table]
            changed = True
    if role not in SIGN_IN_ROLES:
        for officer in doc.get("officers", []):
            if "pin_hash" in officer:
                del officer["pin_hash"]
                changed = True
    return tomlkit.dumps(doc) if changed else toml_text


def ensure_sample_center(db: ServerDB) -> None:
    with db.sessions() as s:
        if s.scalars(select(Center.code)).first() is not None:
            return
    sample = resources_dir() / "sample_center.toml"
    load_center(db, sample.read_text(encoding="utf-8"), str(sample))


def list_centers(db: ServerDB) -> list[Center]:
    with db.sessions() as s:
        rows = list(s.scalars(select(Center).order_by(Center.code)))
        for r in rows:
            s.expunge(r)
        return rows
