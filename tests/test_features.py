"""What a sentence is about (generator/features.py): its words and the counts outlets repeat."""
from generator.features import terms


def test_a_count_is_a_feature_but_not_a_year_a_time_or_a_measure() -> None:
    """"35 prisoners each" in two reports is evidence of one happening; a year, a clock time
    and a duration written with a hyphen ("30-hour truce") are dates, compared on their own."""
    got = terms("In September, Kyiv and Moscow swapped 35 prisoners each and 1,200 more in 2019, "
                "at 10:30, after a 30-hour truce worth $2.9 billion.")
    assert "#35" in got and "#1200" in got and "#2.9" in got
    assert not [t for t in got if t in ("#2019", "#10", "#30")]
    assert "prisoner" in got and "truc" in got  # (a light stem: "truce", "truces")
    # a date's day is no count: "May 16" and "11 May" give neither number nor month
    assert terms("Talks on May 16 and 11 May, 2025") == ["talk"]
