"""The rating question: a press counts once, while asked, for the ticket and counter asked."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.rating_prompt import PromptState, RatingPrompt, levels_labels
from tests.conftest import MovableClock, local


def _prompt(clock: MovableClock) -> RatingPrompt:
    return RatingPrompt(clock=clock)


def test_a_press_while_nothing_is_asked_is_ignored(clock):
    prompt = _prompt(clock)
    assert prompt.state is PromptState.IDLE
    assert prompt.offer(3, "sim://keypad") is None
    assert prompt.last_ignored == "no rating is being asked for"


def test_the_first_press_is_the_answer_tied_to_ticket_and_counter(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=4)
    clock.advance(seconds=3)
    answer = prompt.offer(2, "serial:///dev/ttyUSB1")
    assert answer is not None
    assert (answer.ticket_id, answer.counter, answer.level, answer.levels) == ("T-1", 4, 2, 3)
    assert answer.source == "serial:///dev/ttyUSB1"
    assert answer.at == clock.now and answer.at.tzinfo is not None
    assert prompt.state is PromptState.ANSWERED
    assert prompt.answer == answer


def test_a_bounce_within_a_second_is_ignored(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=1)
    assert prompt.offer(3, "k") is not None
    clock.advance(seconds=0.3)
    assert prompt.offer(3, "k") is None
    assert prompt.last_ignored is not None and "bounce" in prompt.last_ignored


def test_a_bounce_does_not_rate_the_next_ticket(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=1)
    assert prompt.offer(3, "k") is not None
    clock.advance(seconds=0.2)
    prompt.ask("T-2", counter=1)  # a very quick officer
    clock.advance(seconds=0.2)
    assert prompt.offer(3, "k") is None
    clock.advance(seconds=2)
    answer = prompt.offer(1, "k")
    assert answer is not None and answer.ticket_id == "T-2"


def test_a_second_press_after_the_answer_is_ignored(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=1)
    assert prompt.offer(1, "k") is not None
    clock.advance(seconds=5)
    assert prompt.offer(3, "k") is None
    assert prompt.last_ignored is not None and "already answered" in prompt.last_ignored
    assert prompt.answer is not None and prompt.answer.level == 1


def test_the_question_closes_on_timeout(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=2, timeout_s=30)
    clock.advance(seconds=29)
    assert prompt.expire() is False and prompt.asking
    clock.advance(seconds=1)
    assert prompt.expire() is True
    assert prompt.state is PromptState.EXPIRED
    assert prompt.offer(3, "k") is None
    assert prompt.last_ignored == "the question timed out"
    # the state alone closes it too, without expire()
    prompt.ask("T-2", counter=2, timeout_s=10)
    clock.advance(seconds=11)
    assert prompt.state is PromptState.EXPIRED


def test_cancel_closes_without_an_answer(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=2)
    prompt.cancel()
    assert prompt.state is PromptState.IDLE
    assert prompt.offer(3, "k") is None


@pytest.mark.parametrize("level", [0, 4, -1, 99])
def test_levels_out_of_range_are_ignored_and_the_question_stays_open(clock, level):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=1, levels=3)
    assert prompt.offer(level, "k") is None
    assert prompt.last_ignored is not None and "scale" in prompt.last_ignored
    assert prompt.asking
    assert prompt.offer(3, "k") is not None


def test_five_levels_take_four_and_five(clock):
    prompt = _prompt(clock)
    prompt.ask("T-1", counter=1, levels=5)
    answer = prompt.offer(5, "k")
    assert answer is not None and answer.levels == 5
    with pytest.raises(ValueError):
        prompt.ask("T-2", counter=1, levels=4)


def test_labels_best_first_in_both_languages():
    assert levels_labels(3, "vi") == {3: "Rất hài lòng", 2: "Hài lòng", 1: "Không hài lòng"}
    assert list(levels_labels(3, "en").values()) == ["Very satisfied", "Satisfied", "Not satisfied"]
    five = levels_labels(5, "vi")
    assert list(five) == [5, 4, 3, 2, 1]
    assert list(five.values()) == [
        "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng"]
    assert levels_labels(5, "en")[3] == "Neutral"
    assert levels_labels(3, "fr") == levels_labels(3, "vi")
    with pytest.raises(ValueError):
        levels_labels(4, "vi")


# an event: ask a new question, press a level, or let time pass
_events = st.lists(
    st.one_of(
        st.tuples(st.just("ask"), st.integers(1, 5), st.sampled_from([3, 5])),
        st.tuples(st.just("press"), st.integers(-1, 6), st.just(0)),
        st.tuples(st.just("wait"), st.integers(0, 40_000), st.just(0)),  # milliseconds
        st.tuples(st.just("expire"), st.just(0), st.just(0)),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_events)
def test_at_most_one_answer_per_question_always_for_the_asked_ticket(events):
    clock = MovableClock(local(2026, 11, 24, 8, 0))
    prompt = RatingPrompt(clock=clock)
    asked: list[tuple[str, int, int, dt.datetime]] = []  # ticket, counter, levels, when
    answers: dict[int, int] = {}  # index of the question -> answers it got
    for kind, a, b in events:
        if kind == "ask":
            ticket = f"T-{len(asked)}"
            prompt.ask(ticket, counter=a, levels=b, timeout_s=30)
            asked.append((ticket, a, b, clock.now))
        elif kind == "wait":
            clock.advance(milliseconds=a)
        elif kind == "expire":
            prompt.expire()
        else:
            answer = prompt.offer(a, "prop")
            if answer is None:
                continue
            assert asked, "an answer without a question"
            ticket, counter, levels, when = asked[-1]
            assert (answer.ticket_id, answer.counter, answer.levels) == (ticket, counter, levels)
            assert 1 <= answer.level <= levels
            assert when <= answer.at < when + dt.timedelta(seconds=30)
            answers[len(asked) - 1] = answers.get(len(asked) - 1, 0) + 1
    assert all(count == 1 for count in answers.values())
