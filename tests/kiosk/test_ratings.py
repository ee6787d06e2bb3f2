"""Ratings on a real SQLite file: one per service event, tied to ticket, counter, officer and
dossier; the reason after "Không hài lòng"; the kiosk's dossier rating and full evaluation."""

from __future__ import annotations

import dataclasses
import json
import string

import pytest
from sqlalchemy import func, select

from kiosk.rating_prompt import RatingAnswer, RatingPrompt
from kiosk.ratings import (
    ANSWER_KEYS,
    CriteriaError,
    RatingError,
    RatingService,
    is_satisfied,
    load_criteria,
    reason_label,
)
from kiosk.ratings.errors import MESSAGES
from kiosk.store.models import DossierEvaluation, OutboxOp, Rating, TicketEvent
from tests.server.conftest import (  # noqa: F401 (fixtures used by the sync test)
    _close_terminals,
    live_server,
    server_db,
    server_db_url,
    terminal,
)

APPLICANT = {"name": "Trần Văn Bình", "id_number": "001085001234", "birth_date": "1985-03-02",
             "address": "Thôn 3, xã Mẫu", "phone": "0987654321", "email": ""}
MARITAL = "1.004873"  # field "hotich"
FULL = {**{f"chiso{i}": i % 3 for i in range(1, 10)}, "convenience": 3, "overall": 2}


def service(ctx) -> RatingService:
    return RatingService(ctx.store, ctx.config, ctx.queue.clock, "counter-1")


def count(ctx, model, **where) -> int:
    with ctx.store.read() as s:
        q = select(func.count()).select_from(model)
        for name, value in where.items():
            q = q.where(getattr(model, name) == value)
        return s.scalar(q)


def served(ctx, clock, officer: str = "cb01", with_dossier: bool = True):
    """A ticket called at counter 1, a dossier received for it, finished: (ticket, dossier)."""
    ticket = ctx.queue.take_ticket("HT")
    clock.advance(minutes=3)
    ctx.queue.call_next(1, officer=officer)
    dossier = None
    if with_dossier:
        dossier = ctx.dossiers.receive(MARITAL, APPLICANT, officer=officer, counter=1, ticket_id=ticket.id)
    clock.advance(minutes=5)
    ctx.queue.finish(1, officer=officer)
    return ticket, dossier


def asked(clock, ticket_id: str, level: int, levels: int = 3, source: str = "sim://keypad") -> RatingAnswer:
    prompt = RatingPrompt(clock)
    prompt.ask(ticket_id, 1, levels)
    answer = prompt.offer(level, source)
    assert answer is not None
    return answer


# ------------------------------------------------------------------------------ the counter
def test_a_rating_is_tied_to_ticket_counter_officer_service_and_dossier(ctx, clock):
    ratings = service(ctx)
    ticket, dossier = served(ctx, clock)
    view = ratings.record(asked(clock, ticket.id, 3))
    with ctx.store.read() as s:
        finish = s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket.id,
                                                     TicketEvent.kind == "finish")).one()
        row = s.get_one(Rating, view.id)
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity == "rating")).one()
    assert view.event_key == f"ticket:{ticket.id}:{finish.id}"
    assert (row.ticket_id, row.counter_number, row.officer_code, row.service_code) == (ticket.id, 1, "cb01", "HT")
    assert (row.dossier_id, row.field_code) == (dossier.id, "hotich")
    assert (row.level, row.levels, row.satisfied, row.reason) == (3, 3, True, None)
    assert row.source == "sim://keypad" and row.terminal == "counter-1" and row.center_code == "MAU-01"
    assert row.at == clock.now
    assert (op.entity_id, op.op, op.payload["rating"]["event_key"]) == (view.id, "record", view.event_key)
    assert view.label("vi") == "Rất hài lòng" and view.label("en") == "Very satisfied"


def test_the_same_service_event_cannot_be_rated_twice(ctx, clock):
    ratings = service(ctx)
    ticket, _ = served(ctx, clock)
    ratings.record(asked(clock, ticket.id, 2))
    clock.advance(seconds=10)
    with pytest.raises(RatingError) as refused:
        ratings.record(asked(clock, ticket.id, 1, source="screen"))
    assert refused.value.key == "rating_already_given"
    assert "một lần" in refused.value.message("vi") and "only once" in refused.value.message("en")
    assert count(ctx, Rating) == 1 and count(ctx, OutboxOp, entity="rating") == 1
    assert [r.level for r in ratings.for_ticket(ticket.id)] == [2]


def test_without_a_dossier_the_rating_has_no_field_and_the_officer_can_be_given(ctx, clock):
    ratings = service(ctx)
    ticket, _ = served(ctx, clock, officer="cb02", with_dossier=False)
    view = ratings.record(asked(clock, ticket.id, 1), officer="cb09")
    assert (view.dossier_id, view.field, view.officer, view.service) == (None, None, "cb09", "HT")
    assert view.satisfied is False


def test_a_cancelled_dossier_does_not_give_the_rating_its_field(ctx, clock):
    ratings = service(ctx)
    ticket, dossier = served(ctx, clock)
    ctx.dossiers.transition(dossier.code, "cancelled", "cb01")
    view = ratings.record(asked(clock, ticket.id, 3))
    assert view.dossier_id is None and view.field is None


def test_unknown_unfinished_and_off_scale_answers_store_nothing(ctx, clock):
    ratings = service(ctx)
    ticket = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1, officer="cb01")
    with pytest.raises(RatingError) as refused:
        ratings.record(asked(clock, ticket.id, 3))  # still being served
    assert refused.value.key == "rating_ticket_not_finished" and ticket.number in refused.value.message("vi")
    ctx.queue.finish(1, officer="cb01")
    with pytest.raises(RatingError) as refused:
        ratings.record(dataclasses.replace(asked(clock, ticket.id, 3), ticket_id="no-such-ticket"))
    assert refused.value.key == "rating_unknown_ticket"
    good = asked(clock, ticket.id, 3)
    for level, levels, key in ((4, 3, "rating_bad_level"), (0, 3, "rating_bad_level"),
                               (True, 3, "rating_bad_level"), (2, 4, "rating_bad_scale")):
        with pytest.raises(RatingError) as refused:
            ratings.record(dataclasses.replace(good, level=level, levels=levels))
        assert refused.value.key == key
    with pytest.raises(RatingError) as refused:
        ratings.record(dataclasses.replace(good, source="  "))
    assert refused.value.key == "rating_bad_source"
    assert count(ctx, Rating) == 0 and count(ctx, OutboxOp, entity="rating") == 0
    assert ratings.record(good).level == 3  # and the good one still goes in


def test_satisfied_means_the_two_top_levels_of_either_scale(ctx, clock):
    assert [is_satisfied(level, 3) for level in (3, 2, 1)] == [True, True, False]
    assert [is_satisfied(level, 5) for level in (5, 4, 3, 2, 1)] == [True, True, False, False, False]
    ticket, _ = served(ctx, clock)
    view = service(ctx).record(asked(clock, ticket.id, 3, levels=5))
    assert (view.level, view.levels, view.satisfied, view.label("vi")) == (3, 5, False, "Bình thường")


def test_the_reason_after_not_satisfied(ctx, clock):
    ratings = service(ctx)
    ticket, _ = served(ctx, clock)
    view = ratings.record(asked(clock, ticket.id, 1))
    with pytest.raises(RatingError) as refused:
        ratings.add_reason(view.id, "too_hot")
    assert refused.value.key == "rating_reason_unknown" and "waited_too_long" in refused.value.message("vi")
    updated = ratings.add_reason(view.id, "waited_too_long")
    assert updated.reason == "waited_too_long" and updated.reason_label("vi") == "Chờ quá lâu"
    with pytest.raises(RatingError) as refused:
        ratings.add_reason(view.id, "attitude")  # one tap, one reason
    assert refused.value.key == "rating_reason_given"
    with ctx.store.read() as s:
        row = s.get_one(Rating, view.id)
        ops = [o.op for o in s.scalars(select(OutboxOp).where(OutboxOp.entity == "rating")
                                       .order_by(OutboxOp.created_at, OutboxOp.id))]
    assert (row.reason, row.version) == ("waited_too_long", 2)
    assert ops == ["record", "reason"]
    with pytest.raises(RatingError) as refused:
        ratings.add_reason("no-such-rating", "other")
    assert refused.value.key == "rating_not_found"


def test_a_satisfied_rating_takes_no_reason(ctx, clock):
    ratings = service(ctx)
    ticket, _ = served(ctx, clock)
    view = ratings.record(asked(clock, ticket.id, 2))
    with pytest.raises(RatingError) as refused:
        ratings.add_reason(view.id, "attitude")
    assert refused.value.key == "rating_reason_satisfied" and "Hài lòng" in refused.value.message("vi")
    assert ratings.get(view.id).reason is None
    assert count(ctx, OutboxOp, entity="rating") == 1
    with pytest.raises(RatingError):
        ratings.record(asked(clock, ticket.id, 3), reason="attitude")  # nor given with the answer


def test_reasons_have_words_in_both_languages():
    assert reason_label("unclear_guidance", "vi") == "Hướng dẫn chưa rõ ràng"
    assert reason_label("extra_papers", "en") == "Asked for extra papers"
    assert reason_label("from_a_newer_terminal", "vi") == "from_a_newer_terminal"


# ------------------------------------------------------------------------------ the kiosk
def test_a_dossier_rated_at_the_kiosk_once_with_what_the_dossier_knows(ctx, clock):
    ratings = service(ctx)
    ticket, dossier = served(ctx, clock)
    state = ratings.dossier(dossier.code.lower())
    assert (state.dossier_id, state.rated, state.evaluated) == (dossier.id, False, False)
    view = ratings.record_dossier_rating(f"https://hcc.example.gov.vn/hs/{dossier.code}", 2)
    assert view.event_key == f"dossier:{dossier.id}"
    assert (view.ticket_id, view.counter, view.officer, view.service, view.field) == (ticket.id, 1, "cb01", "HT", "hotich")
    assert (view.level, view.satisfied, view.source) == (2, True, "kiosk")
    assert ratings.dossier(dossier.code).rated is True
    with pytest.raises(RatingError) as refused:
        ratings.record_dossier_rating(dossier.code, 3)
    assert refused.value.key == "dossier_already_rated" and dossier.code in refused.value.message("vi")
    # the counter's rating of the same visit is another event
    assert ratings.record(asked(clock, ticket.id, 3)).event_key.startswith("ticket:")
    assert count(ctx, Rating) == 2


def test_bad_codes_and_levels_at_the_kiosk_are_sentences(ctx, clock):
    ratings = service(ctx)
    _, dossier = served(ctx, clock)
    cases = [("079190001234", 3, "rating_not_a_dossier_code"),
             ("000.00.00.H99-261124-0999", 3, "rating_dossier_not_found"),
             (dossier.code, 4, "rating_bad_level"), (dossier.code, 0, "rating_bad_level")]
    for code, level, key in cases:
        with pytest.raises(RatingError) as refused:
            ratings.record_dossier_rating(code, level)
        assert refused.value.key == key
        assert refused.value.message("vi") != refused.value.message("en")
    assert count(ctx, Rating) == 0


def test_the_full_evaluation_stores_eleven_answers_once(ctx, clock):
    ratings = service(ctx)
    _, dossier = served(ctx, clock)
    view = ratings.record_evaluation(dossier.code, FULL)
    assert view.answers == FULL and set(view.answers) == set(ANSWER_KEYS) and len(ANSWER_KEYS) == 11
    with ctx.store.read() as s:
        row = s.scalars(select(DossierEvaluation)).one()
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity == "dossier_evaluation")).one()
    assert (row.dossier_id, row.answers, row.source, row.center_code) == (dossier.id, FULL, "kiosk", "MAU-01")
    assert op.payload["evaluation"]["answers"] == FULL and op.payload["dossier_code"] == dossier.code
    assert ratings.dossier(dossier.code).evaluated is True
    with pytest.raises(RatingError) as refused:
        ratings.record_evaluation(dossier.code, FULL)
    assert refused.value.key == "evaluation_already_given"
    assert count(ctx, DossierEvaluation) == 1 and count(ctx, OutboxOp, entity="dossier_evaluation") == 1


@pytest.mark.parametrize(("change", "key", "words"), [
    ({"chiso4": 3}, "evaluation_bad_value", "chỉ số 4"),
    ({"chiso1": -1}, "evaluation_bad_value", "chỉ số 1"),
    ({"chiso2": True}, "evaluation_bad_value", "chỉ số 2"),
    ({"chiso2": "2"}, "evaluation_bad_value", "chỉ số 2"),
    ({"overall": 0}, "evaluation_bad_value", "đánh giá tổng thể"),
    ({"convenience": 4}, "evaluation_bad_value", "mức độ thuận tiện"),
    ({"chiso3": None, "chiso7": None}, "evaluation_missing", "chỉ số 3, chỉ số 7"),
    ({"chiso12": 1}, "evaluation_unknown", "chiso12"),
])
def test_a_bad_evaluation_is_refused_with_nothing_stored(ctx, clock, change, key, words):
    ratings = service(ctx)
    _, dossier = served(ctx, clock)
    answers = {k: v for k, v in {**FULL, **change}.items() if v is not None}
    with pytest.raises(RatingError) as refused:
        ratings.record_evaluation(dossier.code, answers)
    assert refused.value.key == key
    assert words in refused.value.message("vi")
    assert count(ctx, DossierEvaluation) == 0 and count(ctx, OutboxOp, entity="dossier_evaluation") == 0


def test_an_empty_evaluation_lists_every_missing_answer(ctx, clock):
    _, dossier = served(ctx, clock)
    with pytest.raises(RatingError) as refused:
        service(ctx).record_evaluation(dossier.code, {})
    text = refused.value.message("en")
    assert "indicator 1," in text and "indicator 11 (overall)" in text and "all 11 questions" in text


# ------------------------------------------------------------------------------ the criteria
def test_the_criteria_are_the_shared_texts_with_points_read_from_them():
    indicators = load_criteria()
    assert [i.key for i in indicators] == list(ANSWER_KEYS)
    first = indicators[0]
    assert first.title.startswith("Chỉ số 1: Tổng thời gian giải quyết thủ tục hành chính")
    assert first.short_title == ("Tổng thời gian giải quyết thủ tục hành chính so với thời gian cho "
                                 "phép theo quy định của pháp luật")
    assert [(c.value, c.short) for c in first.choices] == [
        (2, "Tổng thời gian ngắn hơn so với quy định"), (1, "Tổng thời gian bằng thời gian quy định"),
        (0, "Tổng thời gian dài hơn so với quy định")]
    assert all(i.values == (0, 1, 2) for i in indicators[:9])
    overall = indicators[10]
    assert (overall.key, overall.short_title) == ("overall", "Đánh giá tổng thể dịch vụ")
    assert [(c.value, c.text) for c in overall.choices] == [(3, "Rất hài lòng"), (2, "Hài lòng"), (1, "Không hài lòng")]
    assert all("Chỉ số" not in i.short_title and "như sau" not in i.short_title for i in indicators)


def test_the_bundled_copy_is_the_shared_file():
    from pathlib import Path

    from kiosk.ratings.criteria import criteria_path

    shared = Path("/work/shared/domain/satisfaction_criteria_vi.json")
    if not shared.exists():
        pytest.skip("the shared domain notes are not on this machine")
    assert json.loads(criteria_path().read_text(encoding="utf-8")) == json.loads(shared.read_text(encoding="utf-8"))


def test_a_broken_criteria_file_is_said_in_words(tmp_path):
    path = tmp_path / "criteria.json"
    path.write_text('{"tieuChiDanhGiaHaiLong": [{"chiso1": {"tieuDe": "x", "cauTraLoi": {"a": "Hai"}}}]}',
                    encoding="utf-8")
    with pytest.raises(CriteriaError) as refused:
        load_criteria(path)
    assert "chiso1" in refused.value.message("vi") and refused.value.exit_code == 11
    path.write_text("{", encoding="utf-8")
    with pytest.raises(CriteriaError, match="cannot be read"):
        load_criteria(path)


def test_both_languages_say_the_same_things():
    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key, entry in MESSAGES.items():
        assert set(entry) == {"vi", "en"}, key
        assert fields(entry["vi"]) == fields(entry["en"]), key
        assert entry["vi"] != entry["en"], key


# ------------------------------------------------------------------------------ the province
def test_ratings_and_evaluations_reach_the_server(live_server, tmp_path, clock):  # noqa: F811
    counter, counter_sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    ticket, dossier = served(counter, clock)
    ratings = service(counter)
    view = ratings.record(asked(clock, ticket.id, 1))
    ratings.add_reason(view.id, "extra_papers")
    ratings.record_evaluation(dossier.code, FULL)
    report = counter_sync.run_once()
    assert report.ok and report.rejected == 0
    from server.models import AppliedOp

    with live_server.db.sessions() as s:
        applied = {e for (e,) in s.execute(select(AppliedOp.entity))}
    assert {"rating", "dossier_evaluation"} <= applied
