"""Centers the server knows; on first start the sample center, like the terminals."""

from __future__ import annotations

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
        if center is None:
            center = Center(code=config.center_code, name=config.center_name, config_toml=toml_text,
                            change_seq=0, created_at=now)
            s.add(center)
            s.flush()
        else:
            center.name = config.center_name
            center.config_toml = toml_text
        # the configuration travels down the feed like any change: every terminal applies it
        center.change_seq += 1
        s.add(Change(center_code=center.code, seq=center.change_seq, entity="center_config",
                     entity_id=center.code, body={"config_toml": toml_text}, origin_device=None, at=now))
        send_in(s, center.code)
    from server.queue import forget_config

    forget_config(config.center_code)
    notify(config.center_code)
    return center


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
