"""Device tokens rotated and revoked, HTTPS verified against the center's CA, plain HTTP only on
loopback, and the audit trail kept on the server as it arrived."""

from __future__ import annotations

import datetime as dt
import json
import os
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from kiosk.audit import entry_hash
from kiosk.errors import KioskError
from kiosk.store.models import AuditEntry, OutboxOp
from kiosk.sync.client import SyncClient, enroll, load_device, rotate_token
from server.audit import SERVER_CHAIN
from server.audit import verify as server_verify
from server.auth import new_enrolment_code, revoke, rotate
from server.models import DeadLetter, ServerAuditEntry
from tests.server.conftest import free_port, terminal


def _pull(url: str, token: str) -> int:
    return httpx.get(f"{url}/v1/pull", headers={"Authorization": f"Bearer {token}"}).status_code


def test_a_terminal_rotates_its_token_and_the_old_one_ends_when_the_new_one_is_used(
        live_server, tmp_path):
    home = tmp_path / "k"
    home.mkdir()
    device = enroll(home, live_server.url, new_enrolment_code(live_server.db, "MAU-01", "counter"))
    old = device.token
    new = rotate_token(home, device)
    assert new.token != old and load_device(home).token == new.token  # kept on disk (0600)
    assert (home / "device.json").stat().st_mode & 0o077 == 0
    assert _pull(live_server.url, old) == 200  # the answer might have been lost: still accepted
    assert _pull(live_server.url, new.token) == 200  # the new token is used...
    time.sleep(0.05)
    assert _pull(live_server.url, old) == 401  # ...so the old one ends


def test_an_administrators_rotation_ends_the_old_token_at_once(live_server, tmp_path):
    home = tmp_path / "k"
    home.mkdir()
    device = enroll(home, live_server.url, new_enrolment_code(live_server.db, "MAU-01", "kiosk"))
    assert _pull(live_server.url, device.token) == 200  # known, and cached by the server
    token = rotate(live_server.db, device.device_id)
    assert _pull(live_server.url, device.token) == 401
    assert _pull(live_server.url, token) == 200


def test_a_revoked_terminal_stops_syncing_says_so_and_keeps_its_records(live_server, tmp_path, clock):
    ctx, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    ctx.queue.take_ticket("HT")
    assert sync.run_once().ok
    revoke(live_server.db, sync.device.device_id)
    ctx.queue.take_ticket("HT")
    report = sync.run_once()
    assert not report.ok and "revoked" in (report.error or "").lower()
    with ctx.store.read() as s:  # the ticket taken after the revocation waits, not lost
        assert s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.status == "pending")) == 1
    with pytest.raises(KioskError) as err:
        rotate_token(ctx.home, sync.device)
    assert err.value.key == "device_revoked" and "kiosk enroll" in err.value.message("vi")


def test_the_audit_trail_reaches_the_server_once_and_a_rewritten_copy_is_refused(
        live_server, tmp_path, clock):
    ctx, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    ctx.queue.take_ticket("HT")
    ctx.queue.sign_in(1, "cb01", "1234")
    ctx.queue.call_next(1)
    ctx.queue.no_show(1)
    assert sync.run_once().ok and sync.run_once().ok  # twice: nothing twice on the server
    with ctx.store.read() as s:
        local = {e.id: e.hash for e in s.scalars(select(AuditEntry))}
    with live_server.db.sessions() as s:
        held = {e.id: e.hash for e in s.scalars(select(ServerAuditEntry).where(
            ServerAuditEntry.terminal != SERVER_CHAIN))}
        result = server_verify(s)
    assert held == local and len(held) == 3 and result.ok
    # an insider rewrites entry 2 (the call) and every hash after it, so the terminal's own
    # check passes, and sends it again
    with ctx.store.write() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        rows[1].actor = "cb02"
        for prev, e in zip(rows, rows[1:], strict=False):
            e.prev_hash = prev.hash
            e.hash = entry_hash(e.terminal, e.seq, e.at, e.center_code, e.actor_role, e.actor,
                                e.action, e.subject, e.detail, e.prev_hash)
        from kiosk.audit import to_json
        from kiosk.ids import new_id

        s.add(OutboxOp(id=new_id(), entity="audit", entity_id=rows[1].id, op="append",
                       payload=to_json(rows[1]), created_at=rows[1].at))
    report = sync.run_once()
    assert report.rejected == 1
    with live_server.db.sessions() as s:
        reasons = [d.reason for d in s.scalars(select(DeadLetter))]
        assert s.get(ServerAuditEntry, rows[1].id).actor == "cb01"  # the server's copy stands
    assert any("differs from the copy the server holds" in r for r in reasons)


def test_an_entry_whose_hash_does_not_match_is_refused(live_server, tmp_path, clock):
    ctx, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    ctx.queue.sign_in(1, "cb01", "1234")
    with ctx.store.write() as s:  # edited before it was ever sent: its hash no longer fits
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity == "audit")).one()
        op.payload = {**op.payload, "actor": "cb02"}
    assert sync.run_once().rejected == 1
    with live_server.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ServerAuditEntry).where(
            ServerAuditEntry.terminal != SERVER_CHAIN)) == 0
        assert "hash does not match" in s.scalars(select(DeadLetter.reason)).one()


# ---------------------------------------------------------------------- HTTPS and plain HTTP
def _certificates(folder: Path) -> dict[str, Path]:
    """A center CA, a server certificate it signed for 127.0.0.1, and a stranger CA."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def ca(cn: str):  # type: ignore[no-untyped-def]
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(name(cn))
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
                .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                             content_commitment=False, key_encipherment=False,
                                             data_encipherment=False, key_agreement=False,
                                             encipher_only=False, decipher_only=False), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                .sign(key, hashes.SHA256()))
        return key, cert

    ca_key, ca_cert = ca("Trung tâm Phục vụ hành chính công — CA thử")
    _, other_cert = ca("Some other CA")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(name("127.0.0.1")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    paths = {"ca": folder / "ca.pem", "other": folder / "other.pem", "cert": folder / "server.pem",
             "key": folder / "server.key"}
    paths["ca"].write_bytes(ca_cert.public_bytes(pem))
    paths["other"].write_bytes(other_cert.public_bytes(pem))
    paths["cert"].write_bytes(cert.public_bytes(pem))
    paths["key"].write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return paths


def _server_cli(args: list[str], home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "KIOSK_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "server.cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_kiosk_server_serves_https_and_terminals_verify_it_against_the_center_ca(tmp_path):
    certs = _certificates(tmp_path)
    home = tmp_path / "server"
    home.mkdir()
    port = free_port()
    proc = _server_cli(["run", "--port", str(port), "--cert", str(certs["cert"]), "--key", str(certs["key"])],
                       home)
    url = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                trust = ssl.create_default_context(cafile=str(certs["ca"]))
                if httpx.get(f"{url}/v1/health", verify=trust, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("server did not start") from None
                time.sleep(0.2)
        from server.db import ServerDB

        db = ServerDB(f"sqlite:///{home / 'server.db'}")
        codes = [new_enrolment_code(db, "MAU-01", "kiosk") for _ in range(3)]
        db.dispose()
        terminal_home = tmp_path / "t"
        terminal_home.mkdir()
        # a certificate from a CA the terminal was not told to trust: refused, nothing enrolled
        for ca in ("", str(certs["other"])):
            with pytest.raises(KioskError) as err:
                enroll(terminal_home, url, codes[0], ca_file=ca)
            assert err.value.key == "sync_unreachable" and "CERTIFICATE_VERIFY_FAILED" in err.value.message("en")
            assert load_device(terminal_home) is None
        device = enroll(terminal_home, url, codes[0], ca_file=str(certs["ca"]))
        assert device.ca_file == str(certs["ca"]) and load_device(terminal_home).ca_file == device.ca_file
        from kiosk.store.db import Store

        store = Store(terminal_home / "kiosk.db")
        store.migrate()
        client = SyncClient(store, device)
        try:
            assert client.run_once().ok  # pull over HTTPS, verified against the center's CA
        finally:
            client.close()
            store.dispose()
        # plain http to the same port: not an HTTPS server's answer
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
    finally:
        proc.terminate()
        proc.communicate(timeout=20)  # waits, and closes its pipes


def test_plain_http_is_refused_unless_on_loopback_or_allowed(tmp_path):
    for server in ("http://10.255.255.1:8700", "http://motcua.example.vn", "ftp://10.0.0.5"):
        with pytest.raises(KioskError) as err:
            enroll(tmp_path, server, "ABCD-EFGH-JKLM")
        assert err.value.key == "plain_http_refused"
        assert "HTTPS" in err.value.message("vi") and "HTTPS" in err.value.message("en")
    assert not (tmp_path / "device.json").exists()
    from kiosk.sync.client import server_client

    for ok in ("http://127.0.0.1:8700", "http://localhost:1", "http://[::1]:8700"):
        server_client(ok).close()
    server_client("http://10.255.255.1:8700", allow_http=True).close()
    with pytest.raises(KioskError) as err:
        server_client("https://10.0.0.5", ca_file=str(tmp_path / "missing.pem"))
    assert err.value.key == "ca_file_unusable"


@pytest.mark.slow
def test_kiosk_server_will_not_serve_plain_http_on_a_network_address(tmp_path):
    for args, words in ((["run", "--host", "0.0.0.0"], "--cert/--key"),
                        (["run", "--cert", str(tmp_path / "c.pem")], "--key"),
                        (["run", "--cert", str(tmp_path / "c.pem"), "--key", str(tmp_path / "k.pem")],
                         "no such file")):
        proc = _server_cli(args, tmp_path)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 2 and words in err, (args, err)


def test_the_server_audit_command_reports_the_chains(live_server, tmp_path, clock):
    ctx, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    ctx.queue.sign_in(1, "cb01", "1234")
    ctx.queue.sign_out(1)
    assert sync.run_once().ok
    with live_server.db.sessions() as s:
        result = server_verify(s, "MAU-01")
    # the terminal's chain, and the server's own (the sample center's configuration loaded)
    assert result.ok and result.entries == 3 and result.terminals == 2
    assert json.loads(json.dumps(result.to_json()))["ok"] is True


def test_accounts_are_kept_on_the_server_and_reach_the_counters(live_server, tmp_path, clock):
    from server.accounts import AccountError, list_accounts, set_account

    ctx, sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    assert sync.run_once().ok
    with pytest.raises(KioskError):
        ctx.queue.sign_in(1, "cb09", "5791")
    set_account(live_server.db, "MAU-01", "cb09", name="Đỗ Thị Mới", role="officer", pin="5791")
    assert sync.run_once().ok and ctx.reload_config()
    assert ctx.queue.sign_in(1, "cb09", "5791") == "Đỗ Thị Mới"
    ctx.queue.sign_out(1)
    # the person leaves: disabled on the server, refused at the counter after the next sync
    set_account(live_server.db, "MAU-01", "cb09", disabled=True)
    assert sync.run_once().ok and ctx.reload_config()
    with pytest.raises(KioskError) as err:
        ctx.queue.sign_in(1, "cb09", "5791")
    assert err.value.key == "bad_sign_in_left"
    accounts = {a.code: a for a in list_accounts(live_server.db, "MAU-01")}
    assert accounts["cb09"].disabled and accounts["ld01"].role == "manager"
    stored = live_server.db  # the PIN is kept as a salted scrypt hash only
    with stored.sessions() as s:
        from server.models import Center

        text = s.get(Center, "MAU-01").config_toml
    assert "5791" not in text and "scrypt$" in text
    for bad in ({"role": "boss"}, {"pin": "12"}):
        with pytest.raises(AccountError):
            set_account(live_server.db, "MAU-01", "cb09", **bad)
    with pytest.raises(AccountError):  # a new account needs a name and a PIN
        set_account(live_server.db, "MAU-01", "cb10", role="officer")


def test_account_changes_on_the_server_are_in_its_own_chain_and_an_edit_there_is_found(live_server):
    from server.accounts import set_account

    set_account(live_server.db, "MAU-01", "cb09", name="Đỗ Thị Mới", role="officer", pin="5791")
    set_account(live_server.db, "MAU-01", "cb02", pin="8642")
    set_account(live_server.db, "MAU-01", "cb09", disabled=True)
    with live_server.db.sessions() as s:
        rows = list(s.scalars(select(ServerAuditEntry).where(ServerAuditEntry.terminal == SERVER_CHAIN)
                              .order_by(ServerAuditEntry.seq)))
        assert server_verify(s, "MAU-01").ok
    details = [json.loads(r.detail) for r in rows[1:]]  # the first: the sample center loaded
    assert details[0]["added"] == ["cb09"] and details[1]["pin_changed"] == ["cb02"]
    assert details[2]["disabled_changed"] == ["cb09"]
    assert all("scrypt" not in r.detail and "5791" not in r.detail for r in rows)
    with live_server.db.session() as s:  # someone with the server's database hides a PIN reset
        s.get(ServerAuditEntry, rows[2].id).detail = "{}"
    with live_server.db.sessions() as s:
        result = server_verify(s, "MAU-01")
    assert not result.ok and result.breaks[0].seq == 3 and "changed on the server" in result.breaks[0].reason_en


def test_only_counters_receive_the_accounts_pin_hashes(live_server, tmp_path, clock):
    kiosk, kiosk_sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    counter, counter_sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    assert kiosk_sync.run_once().ok and counter_sync.run_once().ok
    kiosk_text = (kiosk.home / "center.toml").read_text(encoding="utf-8")
    counter_text = (counter.home / "center.toml").read_text(encoding="utf-8")
    assert "scrypt$16384" not in kiosk_text and "cb01" in kiosk_text  # names kept, hashes not
    assert counter_text.count("pin_hash") >= 4
    assert kiosk.reload_config() or kiosk.config.officers  # the kiosk still reads its config
    with pytest.raises(KioskError):  # and nobody can sign in on it
        kiosk.queue.sign_in(1, "cb01", "1234")
    r = httpx.get(f"{live_server.url}/v1/center", headers={"Authorization": f"Bearer {kiosk_sync.device.token}"})
    assert "scrypt$16384" not in r.json()["config_toml"]


def test_a_revoked_token_ends_an_open_event_stream(live_server, tmp_path):
    from server.app import TOKEN_RECHECK_S

    home = tmp_path / "k"
    home.mkdir()
    device = enroll(home, live_server.url, new_enrolment_code(live_server.db, "MAU-01", "display"))
    auth = {"Authorization": f"Bearer {device.token}"}
    started = time.monotonic()
    lines: list[str] = []
    with httpx.stream("GET", f"{live_server.url}/v1/events", headers=auth, timeout=30) as r:
        assert r.status_code == 200
        revoke(live_server.db, device.device_id)
        for line in r.iter_lines():  # ends when the server closes the stream
            lines.append(line)
    assert "event: revoked" in lines
    assert time.monotonic() - started < TOKEN_RECHECK_S + 10


def test_two_lost_rotation_answers_in_a_row_still_leave_the_terminal_its_token(live_server, tmp_path):
    home = tmp_path / "k"
    home.mkdir()
    device = enroll(home, live_server.url, new_enrolment_code(live_server.db, "MAU-01", "counter"))
    held = {"Authorization": f"Bearer {device.token}"}
    for _ in range(2):  # asked, answered, the answer lost: the terminal still holds its old token
        assert httpx.post(f"{live_server.url}/v1/token/rotate", headers=held).status_code == 200
    assert _pull(live_server.url, device.token) == 200
    new = rotate_token(home, device)  # the third answer arrives
    assert _pull(live_server.url, new.token) == 200
    time.sleep(0.05)
    assert _pull(live_server.url, device.token) == 401


def test_a_running_sync_client_takes_up_a_token_rotated_by_another_process(live_server, tmp_path, clock):
    ctx, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    assert sync.run_once().ok
    new = rotate_token(ctx.home, sync.device)  # `kiosk rotate-token` from a shell
    assert _pull(live_server.url, new.token) == 200  # the new token used: the old one ends
    time.sleep(0.05)
    ctx.queue.take_ticket("HT")
    report = sync.run_once()  # its 401 makes it read device.json again
    assert report.ok and report.pushed == 1 and sync.device.token == new.token


def test_a_device_file_the_transport_rule_refuses_leaves_the_terminal_working_offline(tmp_path, clock):
    """An older device.json (enrolled over plain http to a LAN server, before the rule): the
    terminal still starts, issues from its offline range and says why it does not sync."""
    from kiosk.config import load_config
    from kiosk.sync.client import DeviceIdentity, record_sync_error, save_device, sync_status
    from kiosk.wiring import build_context

    home = tmp_path / "k"
    home.mkdir()
    os.environ["KIOSK_HOME"] = str(home)
    save_device(home, DeviceIdentity("http://192.168.1.10:8700", "d1", "MAU-01", "kiosk", "t"))
    ctx = build_context(home, clock=clock, config=load_config())
    try:
        assert ctx.queue.coordinator is not None and ctx.queue.coordinator.allocate("HT", "") is None
        assert ctx.queue.take_ticket("HT").number == "A900"  # this kiosk's own offline range
        with pytest.raises(KioskError) as err:
            SyncClient(ctx.store, load_device(home))
        record_sync_error(ctx.store, err.value.message("en"))
        assert "HTTPS" in (sync_status(ctx.store).error or "")
    finally:
        ctx.close()
