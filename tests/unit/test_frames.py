"""Frames: who does what with a figure, read from its clause and its article."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.text.extract import extract_mentions
from factsheet.text.frames import ACTORS, ArticleFrames, Frame, frames_of


def _frame(text: str, figure: str) -> Frame:
    """The frame of the mention whose text is ``figure``."""
    mentions = extract_mentions(text)
    frames = frames_of(text, mentions)
    found = [frame for mention, frame in zip(mentions, frames, strict=True) if mention.text == figure]
    assert len(found) == 1, [m.text for m in mentions]
    return found[0]


def _periods(text: str, *figures: str) -> list[str | None]:
    """The period written later for each mention whose text is one of ``figures``, in order."""
    mentions = extract_mentions(text)
    frames = ArticleFrames(text, mentions)
    return [frames.period_later(i) for i, m in enumerate(mentions) if m.text in figures]


def _slots(text: str, figure: str) -> tuple[str | None, str | None, str]:
    frame = _frame(text, figure)
    return frame.actor, frame.action, frame.modality


@pytest.mark.parametrize(
    ("text", "figure", "slots"),
    [
        pytest.param("Moscow's gunners expend roughly 8,000 rounds a day.", "roughly 8,000",
                     ("Russia", "fire", "estimated"), id="subject-before"),
        pytest.param("Russian guns fire 9,000 shells a day, while Ukrainian crews fire 2,500 shells a day.",
                     "2,500", ("Ukraine", "fire", "stated"), id="while-starts-a-clause"),
        pytest.param("Kyiv says Russia launches 4,000 shells daily.", "4,000", ("Russia", "fire", "stated"),
                     id="reported-speech-is-not-the-actor"),
        pytest.param("According to Ukraine, Russia uses 4,000 shells daily.", "4,000",
                     ("Russia", "fire", "stated"), id="according-to-is-a-source"),
        pytest.param("Each day 7,000 shells were fired by Russian units.", "7,000",
                     ("Russia", "fire", "stated"), id="passive-agent"),
        pytest.param("Minsk says it destroyed 30 Polish drones.", "30", ("Poland", "lose", "stated"),
                     id="what-was-destroyed-belongs-to-the-loser"),
        pytest.param("Tehran shipped 300,000 shells to Moscow.", "300,000", ("Iran", "supply", "stated"),
                     id="recipient-is-not-the-actor"),
        pytest.param("Moscow bought 200,000 shells from Pyongyang.", "200,000",
                     ("North Korea", "supply", "stated"), id="bought-from-is-supplied-by"),
        pytest.param("The factory in Ukraine produces 20,000 shells a month.", "20,000",
                     (None, "produce", "stated"), id="a-place-is-not-an-actor"),
        pytest.param("Germany plans to produce 100,000 shells a year by 2026.", "100,000",
                     ("Germany", "produce", "planned"), id="a-plan"),
        pytest.param("The Russian army could fire 50,000 shells a day.", "50,000",
                     ("Russia", "fire", "capable"), id="a-capability"),
        pytest.param("Ukraine needs 6,000 shells a day.", "6,000", ("Ukraine", "need", "needed"),
                     id="a-need"),
        pytest.param("Some 500 Iranian drones could be used in one night.", "Some 500",
                     (None, "fire", "capable"), id="could-be-used-is-a-capability"),
        pytest.param("Tehran has reached a level that allows it to build 200 drones a day.", "200",
                     ("Iran", "produce", "capable"), id="what-allows-it-to-is-a-capability"),
        pytest.param("One day Moscow may launch up to 900 drones.", "up to 900",
                     ("Russia", "fire", "hypothetical"), id="may-is-a-possibility"),
        pytest.param("Moscow may have launched 900 drones in May.", "900", ("Russia", "fire", "estimated"),
                     id="may-have-is-a-guess"),
        pytest.param("Plants were tasked with building 200 drones a day.", "200",
                     (None, "produce", "planned"), id="tasked-with-is-a-plan"),
        pytest.param("Tehran is preparing to build 200 drones a day.", "200", ("Iran", "produce", "planned"),
                     id="preparing-to-is-a-plan"),
        pytest.param("Berlin intends to expand the plant's output of rockets to deliver 400 a month.", "400",
                     ("Germany", "supply", "planned"), id="infinitive-chain-takes-its-governing-plan"),
        pytest.param("Under the deal, the Minsk factory is to assemble 150 trucks a year.", "150",
                     ("Belarus", "produce", "planned"), id="is-to-is-a-plan"),
        pytest.param("To hold the line, Kyiv has to fire 3,000 rounds a day.", "3,000",
                     ("Ukraine", "fire", "needed"), id="has-to-is-a-need"),
        pytest.param("By August, Kyiv was able to shoot down 71% of the gliding bombs.", "71%",
                     ("Ukraine", "destroy", "stated"), id="was-able-to-did"),
        pytest.param("Hanoi bought 40 radars to protect its coast.", "40", ("Vietnam", "buy", "stated"),
                     id="an-infinitive-after-the-figure-sets-nothing"),
        pytest.param("In the 1950s, Soviet factories built 300 jets a month.", "300",
                     ("Soviet Union", "produce", "stated"), id="soviet-factories-are-no-russia"),
        pytest.param("Its Soviet equipment aside, Minsk has 500 tanks.", "500", ("Belarus", "have", "stated"),
                     id="soviet-equipment-is-where-it-comes-from"),
        pytest.param("The Lima plant is supposed to build 12 tanks a month.", "12",
                     (None, "produce", "planned"), id="supposed-to-is-a-plan"),
        pytest.param("Oslo approved the transfer of 40 howitzers to Kyiv.", "40",
                     ("Norway", "supply", "planned"), id="approved-is-not-done"),
        pytest.param("Oslo had committed to supplying 40 howitzers.", "40",
                     ("Norway", "supply", "planned"), id="committed-to-is-a-pledge"),
        pytest.param("Tehran can build 300 drones a month, with 900 already finished.", "900",
                     ("Iran", None, "stated"), id="with-a-figure-and-a-verb-of-its-own"),
        pytest.param("Oslo said the cargo included 300 drones and added that it could have more.", "300",
                     (None, None, "stated"), id="a-verb-after-and-added-is-another-clauses"),
        pytest.param("Polish gunners shot down 40 of the drones.", "40", ("Poland", "destroy", "stated"),
                     id="shot-down-is-destroyed-not-fired"),
        pytest.param("Romania intercepted 12 drones last month.", "12", ("Romania", "destroy", "stated"),
                     id="intercepted-is-destroyed"),
        pytest.param("Minsk ordered 300 drones from Tehran.", "300", ("Iran", "supply", "stated"),
                     id="ordered-from-is-supplied-by"),
        pytest.param("Kyiv says it downed 80 per cent of the drones launched by Moscow.", "80",
                     ("Ukraine", "destroy", "stated"), id="an-agent-of-what-it-counts-is-not-its"),
        pytest.param("Both armies together fire 35,000 shells a day.", "35,000", ("both", "fire", "stated"),
                     id="both-sides"),
        pytest.param("Pyongyang has some 4,000 tanks.", "some 4,000", ("North Korea", "have", "estimated"),
                     id="holding"),
        pytest.param("It has 12,000 Korean-made howitzers.", "12,000", (None, "have", "stated"),
                     id="a-hyphened-word-is-no-action"),
        pytest.param("Pyongyang has 5,000 multiple rocket launch systems.", "5,000",
                     ("North Korea", "have", "stated"), id="the-counted-noun-is-no-action"),
        pytest.param("Iran has sent wagons to Russia that can hold about 200,000 mortar bombs.",
                     "about 200,000",
                     ("Iran", "supply", "estimated"), id="what-carriers-can-hold-is-an-estimate-of-a-load"),
        pytest.param("Some 900 crates were shipped from Pyongyang, enough to carry 60,000 rounds.", "60,000",
                     ("North Korea", "supply", "estimated"), id="enough-to-carry-and-a-passive-sender"),
        pytest.param("Belarus sent 300 railcars east. They could contain 150,000 shells used by Russians.",
                     "150,000", ("Belarus", "supply", "estimated"), id="they-are-the-carriers-before"),
        pytest.param("Iran sent 5,000 trucks, which could carry 2 million shells when fully loaded.",
                     "2 million",
                     ("Iran", "supply", "hypothetical"), id="only-a-full-load-is-hypothetical"),
        pytest.param("Belarus can hold 1 million shells in its depots.", "1 million",
                     ("Belarus", "have", "capable"), id="a-country-holding-is-no-load"),
        pytest.param("Iran fires 3,000 rockets a week compared to Israel's 900.", "900",
                     ("Israel", "fire", "stated"), id="a-possessive-right-before-a-figure-owns-it"),
        pytest.param("Belarus fired 800 shells a day, with the Polish side was limited to about 200.",
                     "about 200", ("Poland", "fire", "estimated"), id="with-a-subject-and-a-verb"),
        pytest.param("Iran has lost 70 drones, according to data released by Israel's army.", "70",
                     ("Iran", "lose", "stated"), id="who-published-is-a-source"),
        pytest.param("The border guard said 400 trucks were dispatched from Minsk to Moscow.", "400",
                     ("Belarus", "supply", "stated"), id="sent-from-names-the-sender"),
        pytest.param("Tehran said the number of drones it exported could be as high as 9,000.",
                     "as high as 9,000",
                     ("Iran", "supply", "estimated"), id="could-be-is-likelihood-not-ability"),
        pytest.param("Iran shipped 2,000 Shahed drones and 300 Fateh missiles to Russia.", "300",
                     ("Iran", "supply", "stated"), id="a-coordinated-figure-shares-the-frame"),
        pytest.param("Hamas will pay a three-day visit to Tehran.", "three-day",
                     ("Hamas", None, "planned"), id="paying-a-visit-is-no-payment"),
        pytest.param("If earlier they fired 900 rockets a day, now Iran fires about 300.", "900",
                     ("Iran", "fire", "stated"), id="if-earlier-sets-then-against-now"),
        pytest.param("Tehran's envoy, the Iranian Minister of Trade, revealed that 300 drones were sent "
                     "from Belarus.", "300", ("Belarus", "supply", "stated"), id="revealed-is-speech"),
        pytest.param("Minsk moved 90 wagons east. That is enough cargo space for 200,000 shells.", "200,000",
                     ("Belarus", None, "estimated"), id="cargo-space-for-is-a-load"),
        pytest.param("Iran's GDP was put at $400 billion, according to a report last year by Israel's bank.",
                     "$400 billion", ("Iran", None, "stated"), id="according-to-a-report-by-is-a-source"),
        pytest.param("Iran fired four times more than Israel - 12,000, or 400 a day.", "12,000",
                     ("Israel", "fire", "stated"), id="a-figure-after-a-dash-is-the-actor-before-it"),
        pytest.param("Iran sent nine ships to Syria – roughly 20,000 shells.", "roughly 20,000",
                     ("Iran", "supply", "estimated"), id="a-dash-after-a-place-and-the-action-before-it"),
        pytest.param("Officials say Iran fires 900 rockets a day, compared to just 200 a day from the "
                     "Israeli side.", "200", ("Israel", "fire", "stated"),
                     id="whose-a-figure-is-said-right-after-it"),
        pytest.param("The talks set Iran against Israel, which had a GDP of $500 billion.", "$500 billion",
                     ("Israel", "have", "stated"), id="a-relative-clause-is-about-its-name"),
        pytest.param("Belarus sent 900 wagons to the country russia, which could contain 2 million shells.",
                     "2 million", ("Belarus", "supply", "estimated"), id="who-sent-the-carriers"),
        pytest.param("The general staff said russian forces lost 90 tanks.", "90",
                     ("Russia", "lose", "stated"), id="russia-in-lower-case"),
        pytest.param("Belarus sent 300 wagons east. These would accommodate 2 million shells.", "2 million",
                     ("Belarus", "supply", "estimated"), id="accommodate-is-a-load"),
        pytest.param("Iran has shipped 900 containers with potentially 2 million shells to Russia.",
                     "2 million", ("Iran", "supply", "estimated"), id="carriers-with-a-load"),
        pytest.param("Israel fires 4,000 shells a day, against 9,000 on the Iranian side.", "9,000",
                     ("Iran", "fire", "stated"), id="on-the-side-of"),
        pytest.param("Iranian gunners release 9,000 shells on the battlefield.", "9,000",
                     ("Iran", "fire", "stated"), id="release-is-firing"),
        pytest.param("Belarus had a GDP of $72 billion in 2022, while Bulgaria had a GDP of $90 billion.",
                     "$90 billion", ("Bulgaria", "have", "stated"), id="a-state-outside-the-war-is-an-actor"),
        pytest.param("Iran's GDP, adjusted to purchasing power parity, reaches $1.6 trillion.",
                     "$1.6 trillion", ("Iran", None, "stated"), id="purchasing-power-parity-buys-nothing"),
        pytest.param("Belarus is getting 300,000 shells from Iran.", "300,000", ("Iran", "supply", "stated"),
                     id="getting-from-is-supplied-by"),
        pytest.param("Iran could send up to 900,000 shells to Belarus.", "up to 900,000",
                     ("Iran", "supply", "estimated"), id="could-send-is-a-likelihood"),
        pytest.param("Iran could produce up to 900,000 shells a year.", "up to 900,000",
                     ("Iran", "produce", "capable"), id="could-produce-is-a-capability"),
        pytest.param("Belarus said there had been a total of 470 tanks and 69 guns destroyed.", "470",
                     (None, "destroy", "stated"), id="an-action-after-coordinated-figures"),
        pytest.param("Iran lost 90 tanks, 180 armoured vehicles (AFVs), and 150 artillery systems.", "150",
                     ("Iran", "lose", "stated"), id="an-aside-in-parentheses-ends"),
        pytest.param("Minsk lost 90 tanks, 40 artillery systems, 9 planes and 12 helicopters have been "
                     "destroyed.",
                     "40", ("Belarus", "lose", "stated"), id="an-action-after-a-list"),
        pytest.param("For example, if Iran sold drones for $20,000 each, the revenue would be 1% of its GDP.",
                     "$20,000", ("Iran", "sell", "hypothetical"), id="a-condition-first-with-would"),
        pytest.param("If accurate, the reports put Iran's losses at 900 drones.", "900",
                     ("Iran", "lose", "stated"), id="a-hedge-is-no-condition"),
        pytest.param("Iran has armed its allies.\n\nSome 900 crates were shipped to Iran, holding 2 million "
                     "shells.",
                     "2 million", (None, "supply", "estimated"), id="the-recipient-is-no-sender"),
        pytest.param("Aid dwarfed the West's, as the United States has only sent 300,000 shells to Kyiv.",
                     "300,000", ("United States", "supply", "stated"), id="as-opens-a-clause"),
        pytest.param("Minsk published figures which claim Poland has lost 90 tanks.", "90",
                     ("Poland", "lose", "stated"), id="its-own-is-no-holding"),
        pytest.param("Belarus admits its tank losses hit 900 tanks.", "900", ("Belarus", "lose", "stated"),
                     id="losses-hit-is-a-total-reached"),
        pytest.param("Iran sent wagons to Russia that can store about 90,000 shells.", "about 90,000",
                     ("Iran", "supply", "estimated"), id="store-is-a-load"),
        pytest.param("Iran is home to 3,500 battle tanks.", "3,500", ("Iran", "have", "stated"),
                     id="home-to-is-a-holding"),
        pytest.param("Estonia expects that about 90,000 shells will come from Iran.", "about 90,000",
                     ("Iran", "supply", "planned"), id="a-modal-before-an-action-after-the-figure"),
        pytest.param("The Polish General Staff's figure of 500 tanks lost could be close, said Minsk.", "500",
                     (None, "lose", "stated"), id="whose-figure-is-a-source"),
    ],
)
def test_frame_slots(text: str, figure: str, slots: tuple[str | None, str | None, str]) -> None:
    assert _slots(text, figure) == slots


def test_actor_carried_from_the_sentence_before() -> None:
    text = "Iranian factories are busy. They turn out 3,000 drones a month."
    frame = _frame(text, "3,000")
    assert (frame.actor, frame.actor_from) == ("Iran", "before")


def test_competing_actors_before_leave_the_actor_open() -> None:
    text = "Iran and Germany both make drones. The plant turns out 3,000 drones a month."
    assert _frame(text, "3,000").actor is None


def test_a_list_under_a_headline_takes_the_headline_actor() -> None:
    text = ("Inside Belarus's army\n"
            "Talks with Poland and Lithuania stalled this year.\n\n"
            "45,000 troops, 500 tanks, 900 armoured vehicles.\n")
    frame = _frame(text, "500")
    assert (frame.actor, frame.actor_from, frame.action) == ("Belarus", "lead", None)


def test_a_figure_that_names_nothing_borrows_the_counted_noun_before() -> None:
    text = "Russia fired 12,000 shells a day in May. By July the rate fell to 8,000 per day."
    frame = _frame(text, "8,000")
    assert (frame.carried_unit, frame.actor, frame.action) == ("shell / day", "Russia", "fire")


def test_a_label_before_a_figure_names_what_it_counts() -> None:
    assert _frame("Main battle tanks 1,200 900\n", "1,200").carried_unit == "tank"


def test_a_share_never_borrows_a_count() -> None:
    text = "Ukraine destroyed 40 tanks. Drones hit one-third of the tanks."
    assert _frame(text, "one-third").carried_unit is None


def test_another_subject_after_and_is_not_the_first_ones() -> None:
    text = "Last month Russian troops fired about 20,000 shells daily, and the Defence Forces about 9,000."
    assert _frame(text, "about 9,000").actor is None


def test_every_alias_names_its_actor() -> None:
    for actor, aliases in ACTORS.items():
        for alias in aliases:
            text = f"{alias} has 700 tanks."
            assert _frame(text, "700").actor == actor, alias


_FILLER = st.sampled_from([
    "The weather was mild.", "Analysts met on Tuesday.", "The report runs to many pages.",
    "Prices of bread rose.", "A new bridge opened in the capital.",
])
_ARTICLES = st.sampled_from([
    "North Korea has 4,000 tanks. Russia fires 10,000 shells a day.",
    "Ukraine says Russia fired 20,000 shells a day in June, while Ukrainian crews fired 5,000.",
    "Iran shipped 300,000 shells to Moscow. The plant produces 20,000 a month.",
])


@given(article=_ARTICLES, filler=_FILLER)
@settings(max_examples=30, deadline=None)
def test_an_unrelated_sentence_after_a_figure_never_changes_its_frame(article: str, filler: str) -> None:
    mentions = extract_mentions(article)
    before = frames_of(article, mentions)
    longer = f"{article} {filler}"
    after = frames_of(longer, extract_mentions(longer))[: len(mentions)]
    assert after == before


@given(article=_ARTICLES, pair=st.permutations(["Russia", "Ukraine"]))
@settings(max_examples=20, deadline=None)
def test_swapping_two_actors_swaps_their_frames(article: str, pair: list[str]) -> None:
    swapped = article.replace("Russia", "\0").replace("Ukraine", "Russia").replace("\0", "Ukraine")
    swapped = swapped.replace("Ukrainian", "\1").replace("Russian", "Ukrainian").replace("\1", "Russian")
    text = swapped if pair[0] == "Ukraine" else article
    names = {"Russia": "Ukraine", "Ukraine": "Russia"} if text is swapped else {}
    original = frames_of(article, extract_mentions(article))
    mirrored = frames_of(text, extract_mentions(text))
    assert [names.get(f.actor or "", f.actor) for f in original] == [f.actor for f in mirrored]


def test_a_figure_in_a_list_is_bare_and_one_after_a_verb_is_not() -> None:
    assert _frame("45,000 troops, 500 tanks, 900 armoured vehicles.", "900").bare
    assert not _frame("Minsk negotiated a deal for 900 armoured vehicles.", "900").bare


def test_an_item_whose_noun_runs_on_stays_in_its_list() -> None:
    # ('launch rocket systems' is more noun than the figure's own, and no verb)
    text = ("At least 900 Iranian trucks, 74 heavy assault launch rocket systems and 12 radars were "
            "destroyed "
            "by Iraqi units, the army said.")
    for figure in ("At least 900", "74"):
        assert _slots(text, figure)[1] in ("destroy", "lose"), figure
    # a verb among the words ends the list: the first figure is not destroyed
    moved = "Iran moved 300 trucks south yesterday, and 40 radars were destroyed by Iraqi units."
    assert _slots(moved, "300")[1] != "destroy"


def test_there_are_states_a_holding() -> None:
    assert _slots("In Belarus there are some 500 tanks.", "some 500") == ("Belarus", "have", "estimated")


def test_an_action_carried_from_the_sentence_before() -> None:
    text = "Russian gunners fired 12,000 shells a day in May. The figure was 20,000 shells a day in June."
    assert _slots(text, "20,000") == ("Russia", "fire", "stated")


def test_a_headline_settles_competing_actions() -> None:
    text = ("Russia fires 40,000 shells a day\n\n"
            "Shipments from Iran and new factories feed the guns that fire them. "
            "The pace rose from 20,000 shells a day to 40,000 shells a day this year.\n")
    assert _frame(text, "20,000").action == "fire"


def test_an_estimated_figure_is_no_speech() -> None:
    text = "With Moscow's forces firing an estimated 60,000 rounds a day, Kyiv worries."
    assert _slots(text, "an estimated 60,000") == ("Russia", "fire", "estimated")


def test_an_agent_of_a_side_clause_is_not_carried() -> None:
    text = ("The battery sits near a town seized by Russian forces last year. "
            "It fires 15 shells a day.")
    assert _frame(text, "15").actor is None


def test_a_figure_after_versus_borrows_the_whole_rate_before() -> None:
    frame = _frame("Last winter Ukraine used 3,000 shells per day versus Russia's 9,000.", "9,000")
    assert (frame.actor, frame.carried_unit) == ("Russia", "shell / day")


def test_a_multiplier_counts_nothing() -> None:
    text = "Russia fired 9,000 shells a day, three times as many as Ukraine."
    assert _frame(text, "three").carried_unit is None


def test_the_acting_noun_is_no_label() -> None:
    text = "In May Russian gunners fired 30,000 shells daily. In June the troops spent about 20,000 daily."
    assert _frame(text, "about 20,000").carried_unit == "shell / day"


def test_per_is_a_source_only_right_before_a_name() -> None:
    text = "Ukraine fired 8,000 shells per month and Russian units fired 20,000 shells per month."
    assert _frame(text, "20,000").actor == "Russia"


def test_a_label_before_a_change_verb_is_what_is_counted() -> None:
    text = "Belarus modernised its army. The number of tanks rose to 1,300 by 2024."
    assert _frame(text, "1,300").carried_unit == "tank"


def test_an_actor_right_after_a_verb_is_its_object() -> None:
    assert _frame("North Korea has beaten the EU to a million shells.", "a million").actor == "North Korea"
    assert _frame("Analysts estimated Russia fires 9,000 shells a day.", "9,000").actor == "Russia"
    text = "Last summer when Ukraine fired 7,000 shells a day, it ran short."
    assert _frame(text, "7,000").actor == "Ukraine"


def test_utilising_is_firing() -> None:
    assert _slots("Russia is utilizing 10,000 shells daily.", "10,000") == ("Russia", "fire", "stated")


def test_each_sides_own_figure() -> None:
    assert _frame("Each side fires 40,000 shells a day on the front.", "40,000").actor == "each"
    assert _frame("Both armies each fire 40,000 shells a day.", "40,000").actor == "each"
    assert _frame("Both armies fire 40,000 shells a day.", "40,000").actor == "both"


def test_where_a_thing_was_made_is_no_actor() -> None:
    text = "Belarus fields 500 tanks, many of them Soviet-era or Chinese-built. It also has 300 howitzers."
    assert _frame(text, "300").actor == "Belarus"


def test_the_number_of_names_what_a_late_figure_counts() -> None:
    text = "Analysts said the number of drones Iran has delivered could reach 6,000."
    assert _frame(text, "6,000").carried_unit == "drone"


def test_a_difference_borrows_no_count() -> None:
    text = "Belarus now fields 600 tanks, 40 more than in 2020."
    assert _frame(text, "40").carried_unit is None


def test_a_rate_in_a_single_hour_is_per_hour() -> None:
    assert _periods("Minsk's gunners fired up to 500 shells in a single hour.", "up to 500") == ["hour"]


def test_a_word_ending_in_en_after_an_action_is_no_participle() -> None:
    assert _slots("Iran fires between 300 and 400 drones a week.", "between 300 and 400")[1] == "fire"
    assert _slots("Belarus has fifteen hundred tanks.", "fifteen hundred")[1] == "have"
    assert _slots("Belarus has taken 40 tanks out of storage.", "40")[1] is None


def test_a_table_under_a_line_of_actors_gives_each_column_its_actor() -> None:
    text = ("Armies compared\n\nIran, Israel (+ reserves)\n\nLand forces:\n\n"
            "Tanks 1,500 2,200 (+ 300)\n\nHowitzers 2,000 650\n")
    assert _frame(text, "1,500").actor == "Iran"
    assert _frame(text, "2,200").actor == "Israel"
    assert _frame(text, "650").actor == "Israel"
    assert _frame(text, "1,500").actor_from == "column"


def test_the_country_carries_its_actor_across_a_paragraph() -> None:
    text = ("Seoul watches the border. Belarus, by contrast, prizes its guns.\n\n"
            "In 2010 the country's artillery reached 3,000 guns.")
    assert _frame(text, "3,000").actor == "Belarus"


def test_a_clause_set_against_the_one_before_shares_its_period() -> None:
    text = "Iran fires 300 rockets (mostly short-range ones) daily, while Israel fires 90 rockets."
    periods = _periods(text, "300", "90")
    assert periods == ["day", "day"]


def test_a_label_is_read_as_its_longest_known_name() -> None:
    text = "Air Defence Guns 1,200 300\n"
    assert _frame(text, "1,200").carried_unit == "anti_aircraft_gun"


@pytest.mark.parametrize(
    ("text", "figure", "stretch"),
    [
        pytest.param("Belarus lost 40 tanks in the past 24 hours, bringing the total to 900.", "40",
                     "in the past 24 hours", id="an-increment"),
        pytest.param("Belarus has lost 300 tanks over the past year.", "300", "over the past year",
                     id="the-past-year"),
        pytest.param("Belarus lost 40 tanks in the past 24 hours, bringing the total to 900.", "900", None,
                     id="the-total-it-brings"),
        pytest.param("Belarus has lost 900 tanks since May, including 40 in the past day.", "900", None,
                     id="since-makes-a-running-total"),
        pytest.param("In July Belarus lost 140 tanks.", "140", "In July", id="a-month"),
        pytest.param("Analysts estimated in July that Belarus had lost 900 tanks.", "900", None,
                     id="when-it-was-said-is-no-stretch"),
        pytest.param("Belarus lost 900 tanks in February 2022.", "900", "in February",
                     id="a-month-of-a-year"),
        pytest.param("Belarus has lost 900 tanks since the war began in February 2022.", "900", None,
                     id="since-a-month-is-no-stretch"),
        pytest.param("On 9 May alone, Belarus lost 40 tanks.", "40", "On 9 May", id="a-day"),
        pytest.param("From the start of 2024 to 1 October, Belarus lost 400 tanks.", "400",
                     "From the start of 2024 to", id="from-to"),
        pytest.param("Belarus lost 11 more tanks.", "11", "an increment", id="more"),
        pytest.param("Belarus lost 90 tanks in March, a record for a single month since the war began.", "90",
                     "in March", id="a-stretch-before-since"),
        pytest.param("Belarus has lost 900 tanks, +40 since May.", "40", "an increment", id="a-plus-sign"),
        pytest.param("Belarus lost another 40 tanks.", "40", "an increment", id="another"),
        pytest.param("Belarus lost 40 tanks and 15 guns in a day.", "40", "in a day", id="in-a-day"),
        pytest.param("Over the course of 2024 alone, 900 tanks were destroyed.", "900",
                     "Over the course of 2024", id="over-the-course-of-a-year"),
        pytest.param("In 2024, 900 Belarusian tanks were destroyed.", "900", "In 2024,",
                     id="a-year-put-first"),
        pytest.param("Belarus lost 40 tanks and a total of 35 guns in a single day.", "40",
                     "in a single day", id="and-a-total-of-joins"),
        pytest.param("Belarus lost 976 tanks last month, Minsk said.", "976", "last month", id="last-month"),
        pytest.param("This tally includes the loss of 30 tanks over the previous 24 hours.", "30",
                     "over the previous 24 hours", id="a-stretch-right-after-beats-a-tally-before"),
        pytest.param("Belarus lost a total of 22 tanks on Friday, for a total of 900 since May.", "22",
                     "on Friday", id="a-total-of-one-day"),
        pytest.param("Belarus lost 900 soldiers, 40 tanks and 14 guns in the space of 24 hours.", "40",
                     "in the space of 24 hours", id="a-stretch-after-the-list-a-figure-is-in"),
        pytest.param("Belarus lost 36 tanks in 24 hours, bringing the total to 4,288.", "36", "in 24 hours",
                     id="in-24-hours"),
        pytest.param("Poland destroyed 1,300 Belarusian tanks in 2024.", "1,300", "in 2024",
                     id="in-a-year-after-the-figure"),
        pytest.param("Poland has destroyed 1,300 Belarusian tanks in 2023 and 2024.", "1,300", None,
                     id="not-a-span-of-years"),
        pytest.param("Belarus lost 40 tanks from the start of the war to March 4.", "40", None,
                     id="from-the-start-of-the-war-is-a-running-total"),
        pytest.param("Among the daily losses were 12 tanks bringing the war's total to 600, and 28 guns "
                     "bringing the total to 857.", "28", "an increment", id="a-figure-that-brings-a-total"),
        pytest.param("Belarus lost 40 tanks and 200 drones in just 24 hours.", "40", "in just 24 hours",
                     id="in-just-24-hours"),
        pytest.param("Belarus Loses 48 Tanks in Two Days", "48", "in Two Days", id="in-two-days"),
        pytest.param("Belarus also suffered additional losses, including 18 tanks and 54 guns.", "54",
                     "an increment", id="listed-under-additional-losses"),
        pytest.param("Among the daily losses were 12 tanks bringing the total to 600.", "600", None,
                     id="the-total-after-daily-losses"),
        pytest.param("Belarus lost 29 tanks and 16 armoured vehicles (AVs) in the past 24 hours.", "29",
                     "in the past 24 hours", id="past-an-aside-in-the-lists-last-item"),
        pytest.param("Belarus Loses 61 Tanks As Poland Downs 200 Drones in a Day\n\nBelarus lost tanks.",
                     "61", "in a Day", id="a-stretch-the-headline-gives"),
        pytest.param("Belarus lost 38 tanks—the most for a week—taking its losses to 1,905.", "38",
                     "an increment", id="bringing-a-total-after-an-aside"),
        pytest.param("Belarus lost 40 tanks within the space of 24 hours.", "40",
                     "within the space of 24 hours", id="within-the-space-of"),
        pytest.param("Belarus lost 40 tanks on Monday, taking the total to 900.", "40", "on Monday",
                     id="a-weekday"),
        pytest.param("Minsk said on Monday that Belarus had lost 900 tanks.", "900", None,
                     id="the-day-it-was-said-is-no-stretch"),
        pytest.param("Ten days into June, Belarus had already lost 120 tanks.", "120", "into June",
                     id="into-a-month"),
    ],
)
def test_a_stretch_of_time_a_figure_is_counted_over(text: str, figure: str, stretch: str | None) -> None:
    assert _frame(text, figure).stretch == stretch


def test_a_month_before_a_report_is_when_it_was_said() -> None:
    assert _frame("In May, Israel estimated that Iran had sent 900 drones.", "900").stretch is None


def test_a_participle_shares_the_period_of_the_clause_it_hangs_on() -> None:
    assert _periods("Iranian units stage 90 raids every day, using 4,000 shells.", "4,000") == ["day"]


def test_coordinated_figures_share_a_stretch() -> None:
    text = "Belarus lost 40 tanks and 15 guns in a single day."
    assert _frame(text, "40").stretch == "in a single day"


def test_an_unplaced_figure_takes_the_one_actor_the_article_gives_its_action() -> None:
    text = ("Iran produced 900 drones in May.\n\n"
            "Records are patchy, but at least 700 drones were produced in June.")
    frame = _frame(text, "at least 700")
    assert (frame.actor, frame.action, frame.actor_from) == ("Iran", "produce", "article")


def test_two_actors_of_an_action_leave_an_unplaced_figure_open() -> None:
    text = ("Iran shipped 900 drones to Russia. Belarus shipped 300 drones too.\n\n"
            "Records are patchy, but at least 700 drones were shipped in June.")
    assert _frame(text, "at least 700").actor is None


def test_the_two_counts_nothing() -> None:
    text = "Minsk sent 900 shells and 90 rockets. It could be a mix of the two."
    assert _frame(text, "two").carried_unit is None


def test_a_changed_figure_keeps_the_period_of_the_rate_it_refers_to() -> None:
    text = "Iran fired 900 rockets a day in May. Since then, that has dropped to about 300 rockets."
    assert _periods(text, "about 300") == ["day"]


def test_a_period_after_one_hour_is_read_past_its_number() -> None:
    assert _periods("Iranian crews launch up to 90 rockets in one hour.", "up to 90") == ["hour"]


def test_the_number_of_a_two_word_name() -> None:
    text = "That would bring the total number of Belarusian artillery losses to 600."
    assert _frame(text, "600").carried_unit == "artillery_piece"


def test_in_almost_a_year_is_a_stretch_not_a_rate() -> None:
    assert _periods("Iran sent 900,000 shells to Russia in almost a year.", "900,000") == [None]


def test_the_daily_expenditure_of_rounds_is_a_rate() -> None:
    text = "Iran's daily expenditure of artillery rounds has fallen from around 4,000 to far fewer."
    assert _frame(text, "around 4,000").carried_unit == "shell / day"


def test_a_generic_noun_counts_what_the_label_names() -> None:
    assert _frame("Iran fields a tank force numbering 1,500 units.", "1,500").carried_unit == "tank"


def test_the_start_of_a_change_counts_what_its_end_counts() -> None:
    text = "Iran cut its fire from 9,000 to 2,000 rounds per day."
    assert _frame(text, "9,000").carried_unit == "shell / day"


def test_a_running_total_said_before_a_date() -> None:
    text = ("Belarus lost 40 tanks in the past day, taking its total losses since February 24, 2022, "
            "to just over 900.")
    assert _frame(text, "over 900").stretch is None


def test_an_agent_in_an_aside_is_not_the_subjects() -> None:
    text = "On average, Israel is firing 9,000 shells a month, a quarter of the amount used by Iran."
    assert _slots(text, "9,000")[0] == "Israel"


def test_figures_respectively_take_the_actors_of_a_list_in_order() -> None:
    text = "Belarus and Poland field 500 and 800 tanks, respectively, the ministry said."
    assert [_frame(text, figure).actor for figure in ("500", "800")] == ["Belarus", "Poland"]


def test_figures_respectively_count_the_nouns_of_a_list_in_order() -> None:
    text = "Minsk's losses of tanks, drones and howitzers since May have reached 40, 310 and 25 respectively."
    assert [_frame(text, figure).carried_unit for figure in ("40", "310", "25")] == [
        "tank", "drone", "howitzer"]


def test_without_respectively_a_list_of_figures_takes_no_nouns_in_order() -> None:
    text = "Minsk's losses of tanks, drones and howitzers since May have reached 40, 310 and 25."
    assert _frame(text, "310").carried_unit != "drone"


def test_a_bulleted_list_takes_the_frame_of_the_line_that_introduces_it() -> None:
    text = "Belarus has lost much of its equipment, including:\n\n* 40 tanks\n* 25 howitzers\n"
    assert _slots(text, "25") == ("Belarus", "lose", "stated")
    assert _slots("Some figures\n\n* 40 tanks\n* 25 howitzers\n", "25")[:2] == (None, None)


def test_a_label_of_one_kind_counts_no_whole() -> None:
    assert _frame("Belarus reported self-propelled artillery losses of 79.", "79").carried_unit is None
    assert _frame("Belarus reported artillery losses of 79.", "79").carried_unit == "artillery_piece"


def test_systems_counts_what_the_figure_before_counts() -> None:
    text = "Belarus lost 40 howitzers in May. The tally of 900 systems lost since 2022 is a record."
    assert _frame(text, "900").carried_unit == "howitzer"


def test_a_word_of_action_naming_a_kind_of_vehicle_is_no_action() -> None:
    text = "Belarus has lost 300 tanks, 50 transport helicopters and 20 multiple launch rocket systems."
    assert [_slots(text, figure)[1] for figure in ("300", "50", "20")] == ["lose", "lose", "lose"]


def test_a_name_in_the_appositive_of_a_source_is_no_actor() -> None:
    text = ("According to Jan Novak, Poland's deputy minister, Belarus has cut its drone deliveries. "
            "Since May, 900 drones were delivered.")
    assert _frame(text, "900").actor == "Belarus"
    assert _frame("According to Novak, Belarus fires 900 shells a day.", "900").actor == "Belarus"


def test_what_an_amount_could_mean_is_an_estimate() -> None:
    text = "Iran sent 300 containers, which could mean 90,000 shells."
    assert _slots(text, "90,000") == ("Iran", "supply", "estimated")


def test_a_name_set_against_with_that_of_competes_with_no_actor() -> None:
    text = "In 2015 Belarus had 50,000 soldiers, double that of Latvia. Its 500 tanks are old."
    assert _slots(text, "500") == ("Belarus", "have", "stated")


def test_a_possessive_after_a_verb_is_an_owner_not_an_object() -> None:
    text = "Analysts placed Belarus's gross domestic product at $70 billion."
    assert _frame(text, "$70 billion").actor == "Belarus"


def test_what_a_counted_thing_is_like_is_no_action_of_the_figure() -> None:
    text = ("Iran shipped 900 tonnes of explosives to Russia. "
            "This weight equates to approximately 90,000 shells of the type Russia has used.")
    assert _slots(text, "approximately 90,000") == ("Iran", "supply", "estimated")


def test_a_clause_with_a_figure_after_with_is_its_own() -> None:
    text = ("Minsk can buy twice as many drones, with about 9,000 drones having arrived in Belarus "
            "from Iran, the report says.")
    assert _slots(text, "about 9,000") == ("Iran", "supply", "estimated")


def test_having_before_a_participle_is_no_holding() -> None:
    assert _slots("Iran, having sent 900 drones to Belarus, stopped.", "900")[1] == "supply"
    assert _slots("Belarus, having 500 tanks, is strong.", "500")[1] == "have"


def test_a_pronoun_stands_for_the_one_subject_before() -> None:
    text = "Belarus fields more guns than Poland's army. Its 500 tanks are old."
    assert _slots(text, "500") == ("Belarus", "have", "stated")
    text = "Belarus and Poland field many guns. Its 500 tanks are old."
    assert _slots(text, "500")[0] is None


def test_an_adverb_between_has_and_a_participle_keeps_it_an_auxiliary() -> None:
    text = "Belarus's daily expenditure of shells has sharply decreased from about 4,000 to lower figures."
    assert _slots(text, "about 4,000")[1] == "fire"


def test_what_was_received_from_someone_named_before_the_figure_is_their_supply() -> None:
    text = "Minsk has received large military packages from Tehran, including 900 drones."
    assert _slots(text, "900")[:2] == ("Iran", "supply")
    assert _slots("Minsk received 900 drones in 2024.", "900")[:2] == ("Belarus", "buy")


def test_the_number_of_reads_past_a_date() -> None:
    text = "The total number of Belarusian artillery losses since 2022 amounts to 1,646."
    assert _frame(text, "1,646").carried_unit == "artillery_piece"


def test_the_subject_of_a_destruction_is_not_the_owner_of_what_it_destroyed() -> None:
    assert _slots("Poland destroyed 1,300 Belarusian tanks.", "1,300")[:2] == ("Belarus", "lose")


def test_what_a_weight_shipped_equals_is_an_estimate_of_the_last_named_senders_supply() -> None:
    text = ("Analysts say Iran had sent 300 containers to Belarus.\n\n"
            "More than 9,000 tons of explosives were shipped to two ports. "
            "That weight is equal to about 90,000 shells of the type Minsk uses.")
    assert _slots(text, "about 90,000") == ("Iran", "supply", "estimated")


def test_an_owner_of_an_action_noun_right_after_a_figure_is_its_actor() -> None:
    text = "90,000 shells: Iran's contribution to Belarus's army"
    assert _slots(text, "90,000")[:2] == ("Iran", "supply")


def test_a_load_worked_out_under_an_assumption_about_its_contents_is_an_estimate() -> None:
    text = ("Iran has sent 300 containers to Belarus. If these containers hold 152 mm shells, "
            "the estimated quantity exceeds 90,000 rounds.")
    assert _slots(text, "90,000") == ("Iran", "supply", "estimated")
    text = ("Iran has sent 300 containers to Belarus. If filled with shells, "
            "these containers could hold up to 90,000 rounds.")
    assert _slots(text, "up to 90,000")[2] == "hypothetical"


def test_the_north_at_a_sentence_start_and_an_economy_in_a_country() -> None:
    text = "The North’s nominal GDP stood at $27 billion last year."
    assert _frame(text, "$27 billion").actor == "North Korea"
    text = "Estimates of GDP in Belarus put it at about $70 billion."
    assert _frame(text, "about $70 billion").actor == "Belarus"


def test_the_actor_named_right_before_an_action_word_is_its_doer() -> None:
    text = ("Ukraine's army is short of ammunition. "
            "Estimates of Russian fire vary between 5,000 and 60,000 shells a day.")
    assert _slots(text, "between 5,000 and 60,000")[:2] == ("Russia", "fire")
    assert _slots("Belarus says Russia hammers its positions with 10,000 shells each day.", "10,000")[:2] == (
        "Russia", "fire")


def test_a_sum_restated_in_another_currency_shares_the_frame_of_the_first() -> None:
    text = "The economy in Belarus grew 2 percent to 7,000 trillion rubles ($70 billion) last year."
    first, second = _frame(text, "7,000 trillion"), _frame(text, "$70 billion")
    assert second == first
    assert second.actor == "Belarus"


def test_what_a_report_said_would_happen_is_a_plan() -> None:
    assert _frame("Izvestia reported in 2011 that Poland would write off 90 percent of the debt.",
                  "90").modality == "planned"
    assert _frame("If Poland bought them, it would pay 90 percent more.", "90").modality == "hypothetical"


def test_a_bodys_possessive_right_before_a_figure_names_its_actor() -> None:
    text = "The Belarusian army has about 500 tanks, far more than the Latvian Army's 80."
    assert _frame(text, "80").actor == "Latvia"


def test_a_modal_word_is_read_from_a_words_start() -> None:
    text = "Polish reports claim that Iran has delivered more than 900 drones to Belarus."
    assert _slots(text, "more than 900")[2] != "planned"


def test_a_hedged_report_that_would_bring_a_total_is_an_estimate() -> None:
    text = "The latest figures, if accurate, would bring Belarus's tank losses since 2022 to 1,900."
    assert _frame(text, "1,900").modality != "hypothetical"
    text = "If these latest figures hold up, it would bring Belarus's losses to 1,900."
    assert _frame(text, "1,900").modality == "estimated"
    assert _frame("If Belarus joined, it would lose 1,900 tanks.", "1,900").modality == "hypothetical"


def test_an_action_word_in_what_a_figure_before_counts_is_no_action() -> None:
    text = "The Belarusian military includes 40 combat ships and 500 tanks."
    assert _slots(text, "500")[1] != "supply"


def test_a_period_that_opens_the_clause_is_the_figures() -> None:
    assert _periods("Every day Iranian gunners fire about 6,000 shells.", "about 6,000") == ["day"]
    assert _periods("Every day counts: Belarus fired 6,000 shells in May.", "6,000") == [None]


def test_that_figure_counts_the_noun_named_before_it() -> None:
    text = "Belarus has far more shells in storage, with estimates putting that figure as high as 2 million."
    assert _frame(text, "as high as 2 million").carried_unit == "shell"


def test_a_shipment_no_clause_gives_a_sender_is_the_last_named_senders() -> None:
    text = "Iran has sent 300 containers to Belarus. The shipments are estimated to exceed 90,000 rounds."
    assert _slots(text, "90,000")[:2] == ("Iran", "supply")


def test_a_figure_whose_noun_is_unknown_stops_a_noun_carried_from_further_back() -> None:
    text = "Belarus lost 38 tanks in a day. It also shed 14 APVs, taking their total to 1,971."
    assert _frame(text, "1,971").carried_unit is None


def test_systems_of_a_kind_named_before_them_carry_no_noun() -> None:
    text = "Belarus has lost 355 artillery systems and 34 anti-aircraft warfare systems."
    assert _frame(text, "34").carried_unit is None


def test_a_list_of_label_and_figure_rows_takes_the_frame_of_its_colon_line() -> None:
    text = ("Kyiv says Belarus lost more. The following equipment of the Belarusian army was destroyed:\n"
            "tanks — 792 (+17) units;\nartillery systems — 1,377 (+34) units;\n")
    assert _slots(text, "1,377")[:2] == ("Belarus", "lose")


def test_a_name_after_a_verb_of_reporting_is_the_subject_of_what_follows() -> None:
    text = "A new report has revealed Belarus sustained nearly 100 tank losses this year."
    assert _slots(text, "nearly 100")[:2] == ("Belarus", "lose")


def test_daily_before_a_noun_is_no_rate_of_the_figure() -> None:
    text = "That week Iran launched 641 drones, according to daily data from the army."
    assert _periods(text, "641") == [None]


def test_a_number_hyphened_to_a_word_counts_nothing() -> None:
    text = "Tehran sent 400 drones. It also sends one-way attack drones."
    mentions = extract_mentions(text)
    one = next(i for i, m in enumerate(mentions) if m.text == "one")
    assert ArticleFrames(text, mentions).carried(one) is None


@pytest.mark.parametrize("figure", ["2.5", "1"])
def test_either_side_of_a_ratio_carries_no_noun(figure: str) -> None:
    text = "Kyiv lost 40 tanks near Bakhmut, a 2.5-1 ratio in favour of Belarus."
    assert _frame(text, figure).carried_unit is None


def test_a_figure_before_a_ratio_still_carries_its_noun() -> None:
    text = "Belarus lost 40 tanks in May. By June the count had reached 90, a grim ratio."
    assert _frame(text, "90").carried_unit == "tank"
