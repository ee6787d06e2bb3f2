"""Numbers read the Vietnamese way."""

from __future__ import annotations

import pytest

from kiosk.speech import announcement_speech, announcement_text, number_words, spoken_label

CASES = {
    0: "không", 1: "một", 5: "năm", 10: "mười", 11: "mười một", 14: "mười bốn", 15: "mười lăm",
    20: "hai mươi", 21: "hai mươi mốt", 24: "hai mươi tư", 25: "hai mươi lăm", 55: "năm mươi lăm",
    100: "một trăm", 101: "một trăm linh một", 105: "một trăm linh năm", 110: "một trăm mười",
    115: "một trăm mười lăm", 999: "chín trăm chín mươi chín", 1000: "một nghìn",
    1005: "một nghìn không trăm linh năm", 2024: "hai nghìn không trăm hai mươi tư",
    1_000_000: "một triệu",
}


@pytest.mark.parametrize(("n", "words"), CASES.items())
def test_number_words(n, words):
    assert number_words(n) == words


def test_labels_drop_leading_zeros_and_never_spell_o():
    assert spoken_label("A015") == "A, mười lăm"
    assert spoken_label("B001") == "bê, một"
    assert "o" not in spoken_label("C100").split(", ")[1].split()


def test_announcement():
    assert announcement_text("A015", 3) == "Mời công dân có số thứ tự A015 đến quầy số 3"
    assert announcement_speech("A015", 3) == "Mời công dân có số thứ tự A, mười lăm, đến quầy số ba."


def test_out_of_range():
    with pytest.raises(ValueError):
        number_words(-1)
