"""Counted nouns: the words after a number and the registry unit they name.

'20,000 Soviet-standard 122mm, 152mm and 170mm howitzers' -> 'howitzers' (howitzer);
'5,000 multiple rocket launch systems' -> multiple_rocket_launcher; '583 pieces of
russian artillery' -> artillery_piece; '90 armored personnel carriers' -> no unit;
'14,000 of the 155mm rounds' -> shell. ``find_priced_item`` finds the item a price is
for: 'Each shell body now costs roughly $1,800' -> shell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Literal

from ..numbers import SMALL_WORDS
from ..units import on_registry_change, registry
from .sentences import sentence_start

Kind = Literal["count", "rate", "money", "percent", "length", "duration", "date", "caliber", "other"]

HYPHENS = "-‐‑"

# Words that end a noun phrase: a counted noun is never one of them.
STOP_WORDS = frozenset("""
a an the of and or but nor to in on at by for from with without into onto per as than that
which who whom whose what when where while if is are was were be been being am has have had
do does did will would shall should can could may might must it its this these those their
his her our your my we they he she you i them us him more most less least so not no only just
also even still each every all both either neither some any many much few several other
another such same about over under up down out off again then there here now ago later
earlier before after since until during against between among through across toward towards
via like unlike plus minus versus vs according including within along around near behind
beyond above below very too already yet ever never almost nearly roughly approximately last
next first second third respectively apiece altogether overall combined together
""".split())
# Currencies news writes as words, by ISO code (a unit of its own, converted at a dated
# rate: ``sheets.rates``); None where the word names several ('rupee', 'dinar', 'pounds').
_CURRENCY_WORDS: dict[str, str | None] = {
    "euro": "EUR", "euros": "EUR", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "won": "KRW", "hryvnia": "UAH", "hryvnias": "UAH",
    "hryvnyas": "UAH", "zloty": "PLN", "zlotys": "PLN", "shekel": "ILS", "shekels": "ILS",
    "tenge": "KZT", "rupee": None, "rupees": None, "krone": None, "kroner": None, "kronor": None,
    "franc": None, "francs": None, "lira": "TRY", "dinar": None, "dinars": None, "riyal": None,
    "riyals": None, "peso": None, "pesos": None, "pounds": None, "quid": "GBP",
}
# ... but '2,000 pounds of explosives' is a weight.
_WEIGHED = re.compile(r"(?i:pounds)\s+of\s")
_LENGTHS = frozenset({"meter", "kilometer", "centimeter", "millimeter", "mile", "foot", "inch",
                      "yard", "nautical_mile"})
_TIMES = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter_year", "year",
                    "century"})
_MASSES = frozenset({"gram", "kilogram", "metric_ton", "ton"})
_BASE_DIMENSIONS = frozenset({"[length]", "[mass]", "[time]", "[current]", "[temperature]",
                              "[substance]", "[luminosity]", "[currency]"})
# '583 pieces of russian artillery', '3 rounds of talks': the noun after 'of' decides.
_US_DOLLARS = re.compile(r"\s+(?:US|U\.S\.|American)\s+dollars?\b")
_CONTAINERS = frozenset({"piece", "pieces", "unit", "units", "item", "items", "round", "rounds"})
_AMMUNITION = frozenset({"ammunition", "ammo", "munitions"})
_HOW_OFTEN = frozenset({"hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annually"})

# What may follow a model's digit in its mark: 'Leopard 2A6', 'Challenger 2s'.
MARK_AFTER_DIGIT = r"(?:[A-Z]\d{0,2})*s?(?![\w-])"
_TOKEN = re.compile(
    rf"(?P<name>[A-Za-z]+[-‐]?\d+[A-Za-z]*(?![\w-])|[A-Z][a-z]{{2,}}[ \t]\d{MARK_AFTER_DIGIT})"
    r"|(?P<cal>\d+(?:\.\d+)?(?:\s?[-‐]?(?:mm|millimet(?:er|re)s?)|[-‐](?:cm|centimet(?:er|re)s?|inch))(?![A-Za-z]))"
    # A hyphen at the end of a line joins the word on the next: 'short-\nrange'.
    r"|(?P<word>[^\W\d_]+(?:(?:['’]|[-‐](?:\r?\n[ \t]*)?)[^\W\d_]+)*)"
    r"|(?P<comma>,)"
    r"|(?P<paragraph>\n[ \t]*\r?\n)"  # a blank line ends the sentence, as in a headline
    r"|(?P<other>\S)",
)
_OF = re.compile(r"[\"”’']?\s+of\s+", re.I)
# '14,000 of the 155mm rounds': a partitive names the counted noun after its determiner
# ('one of the two foreigners' counts the two, not the one).
_NUMBER_WORDS = "|".join(sorted(SMALL_WORDS, key=len, reverse=True))
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our|all\s+the)\s+"
                        # '170 of the 188 drones': the whole's number is skipped, its noun counted
                        r"(?:\d{1,3}(?:,\d{3})*\s+(?!\d))?"
                        rf"(?!(?:{_NUMBER_WORDS})\b)(?=[^\W\d_]|\d+\s?mm)", re.I)
# '300 more people', '20 other countries': a comparative between number and noun.
_BETWEEN = frozenset({"more", "fewer", "other", "additional", "extra", "further", "new", "less"})
# A price per item: 'a shell costs $3,000', '$3,000 a shell', '$3,000 that each shell costs',
# '$3,000 to make a shell'. The item is singular after a/an/each, and a registry count unit.
_COST = (r"(?:(?:now|still|then|currently|typically|usually|reportedly|once|already|today|only)\s+)?"
         r"(?:costs?|sells?\s+for|sold\s+for|retails?\s+for|(?:is\s+|was\s+)?priced\s+at"
         r"|goes\s+for|went\s+for|fetch(?:es|ed)?)\b")
_ONE = r"(?:each|every|a|an|one|a\s+single)\s+"
_PRICE_SUBJECT = re.compile(rf"\b{_ONE}(?P<np>[^.;!?]{{1,60}}?)\s+(?:(?:that|which)\s+)?{_COST}", re.I)
_PRICE_AFTER = re.compile(
    rf"\s+(?:(?P<rel>(?:that|which)\s+{_ONE})|(?:a|an)\s+(?!pieces?\b)"
    r"|,?\s*to\s+(?:make|produce|build|buy|purchase|manufacture|fire|replace)\s+" + _ONE + ")",
    re.I,
)
_COST_AT = re.compile(rf"\s+{_COST}", re.I)
# 'the cost of producing a single drone has fallen from $200,000 to $70,000'
_PRICE_OF = re.compile(rf"\b(?:cost|price)\s+(?:of|for)\s+(?:(?:producing|making|building|buying|"
                       rf"manufacturing|launching|firing)\s+)?{_ONE}", re.I)
# '$39,000 Shaheds': a price written before the plural it is each one's
_RIGHT_BEFORE = re.compile(r"\s+(?=[A-Za-z])")
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:and|but|while|whereas|although|though)\b", re.I)
# 'a tank deal costs $1bn' is no price per tank.
_AGGREGATES = frozenset({"deal", "order", "contract", "package", "programme", "program", "purchase",
                         "sale", "shipment", "delivery", "batch", "consignment", "fleet", "force",
                         "production", "line", "plant", "factory", "industry", "market", "budget"})
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z_]*")
# 'drones that cost only $20,000', 'Russian drones, on the other hand, are cheaper, costing
# between $10,000 and $20,000': a plural with no number of its own, priced one by one ...
_PLURAL_COST = re.compile(
    r"(?P<np>\b[A-Za-z][\w-]*)(?:\s*,[^,.;:!?\d$€£]{1,40},)?\s*,?\s+(?:(?:that|which)\s+)?"
    r"(?:(?:are|were)\s+(?:\w+\s+)?cheaper\s*,\s*)?"
    r"(?:(?:now|still|only|just|typically|usually|reportedly|generally|each)\s+)?"
    rf"(?:costing|{_COST})\s+(?:(?:only|just|around|about|roughly|approximately|some|under|"
    r"less\s+than|as\s+little\s+as|between|from|an\s+estimated)\s+)*$", re.I)
# A price of each one after its amount: '$5 million each', '800 dollars apiece' ...
_EACH = r"(?:\s+(?:US\s+)?(?:dollars?|euros?))?\s+(?:each|apiece|a\s+piece"
R_EACH = re.compile(_EACH + r")\b", re.I)
# ... or 'per unit': either after a plural named before ('They cost about $20,000 each.')
_EACH_AFTER = re.compile(_EACH + r"|(?:per|a|each)\s+(?:unit|piece|item|copy))\b", re.I)
_EACH_LOOKBACK = 320  # the sentence and the one before: what 'they' or 'each' refers to
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:hundreds?|thousands?|millions?|dozens?)(?:\s+of)?)"
                             r"(?:\s+[A-Za-z][\w-]*){0,2}\s+$", re.I)
_LOOKAHEAD = 160
_SUBJECT_LOOKBACK = 240  # how far before a price its subject is looked for


@dataclass(frozen=True, slots=True)
class NounUnit:
    """A registry unit and the kind of quantity it counts; ``name`` None for unknown money."""

    name: str | None
    kind: Kind


@dataclass(frozen=True, slots=True)
class Noun:
    """The counted noun as written and where it ends; ``unit`` None when not in the registry."""

    text: str
    end: int
    unit: NounUnit | None


def find_noun(text: str, pos: int, stop: int | None = None) -> Noun | None:
    """The counted noun after a number ending at ``pos`` (and before ``stop``), across
    modifiers; None if none."""
    if (dollars := _US_DOLLARS.match(text, pos)) is not None:  # 'US' is no stop word here
        return Noun(dollars.group().strip(), dollars.end(), unit_of("dollars"))
    if (partitive := _PARTITIVE.match(text, pos)) is not None:
        pos = partitive.end()
    limit = pos + _LOOKAHEAD if stop is None else min(stop, pos + _LOOKAHEAD)
    tokens = list(islice(_TOKEN.finditer(text, pos, limit), 14))
    modifier: re.Match[str] | None = None
    unknown: list[re.Match[str]] = []
    for i, token in enumerate(tokens):
        group = token.lastgroup
        if group in ("cal", "name"):  # 152mm, Hwasong-17: modifiers before the noun
            continue
        word = token.group()
        if i == 0 and word.lower() in _BETWEEN and partitive is None:
            continue
        if group == "comma" or word.lower() in ("and", "or"):
            if _is_caliber(tokens, i - 1) or _is_caliber(tokens, i + 1):
                continue  # '122mm, 152mm and 170mm howitzers'
            break
        if group != "word":
            break
        known = _known_phrase(text, tokens, i)
        if known is not None and known.unit is not None and _WEIGHED.match(text, token.start()):
            known = None
        if word.lower() in _CONTAINERS and _OF.match(text, token.end()):
            return _contained(text, Noun(word, token.end(), known.unit if known else None))
        if known is not None:
            return known
        if word.lower() in STOP_WORDS or word.lower() in SMALL_WORDS or word.lower() in _HOW_OFTEN:
            break  # 'in 2000 five tanks': the next number counts the tanks; '2,700 Monthly' counts none
        if i == 0 and word in _PARTICIPLES and (
                i + 1 == len(tokens) or tokens[i + 1].lastgroup != "word"
                or tokens[i + 1].group().lower() in STOP_WORDS):
            break  # '3,400 lost since the start': what was lost is named elsewhere
        if looks_plural(word) or not (word[0].isupper() or any(h in word for h in HYPHENS)):
            unknown.append(token)
            if len(unknown) == 3:
                break
        else:
            modifier = token  # Korean-made, Soviet-standard, Bradley
    # Counted nouns are plural after any number but one: prefer the first plural-looking
    # word ('armored personnel carriers'), else the last of the run ('foreign leader').
    head = next((t for t in unknown if looks_plural(t.group())), unknown[-1] if unknown else modifier)
    return None if head is None else Noun(head.group(), head.end(), None)


def find_noun_after_of(text: str, pos: int) -> Noun | None:
    """'"millions" of artillery shells': the noun after 'of', if 'of' follows ``pos``."""
    of = _OF.match(text, pos)
    return find_noun(text, of.end()) if of else None


def find_priced_item(text: str, start: int, end: int) -> Noun | None:
    """The item a price at ``text[start:end]`` is for ('Each shell costs $3,000' -> shell);
    None when the sentence names no single counted item."""
    if (after := _PRICE_AFTER.match(text, end)) is not None:
        item = _item(text, after.end())
        if item is not None and (after["rel"] is None or _COST_AT.match(text, item.end)):
            return item
    if (before := _price_before(text, end)) is not None:
        return before
    if (plural := _plural_priced(text, start)) is not None:
        return plural
    if _EACH_AFTER.match(text, end) is not None and (named := _named_item(text, start)) is not None:
        return named
    sentence = sentence_start(text, start, _SUBJECT_LOOKBACK, paragraphs=True)  # not in a headline
    subjects = list(_PRICE_SUBJECT.finditer(text, sentence, start))
    subject = subjects[-1] if subjects else None
    if subject is None or _CLAUSE_BREAK.search(text, subject.end(), start):
        return _price_of(text, sentence, start)
    item = _item(text, subject.start("np"), subject.end("np"))
    if item is None or item.end > subject.end("np"):
        return None
    rest = text[item.end : subject.end("np")].lower().split()
    return None if any(word in _AGGREGATES for word in rest) else item


def _price_before(text: str, end: int) -> Noun | None:
    """'$39,000 Shaheds and $35,000 Lancets': the plural count right after a price, when no
    word of a whole follows it ('a $2bn drones deal')."""
    if _RIGHT_BEFORE.match(text, end) is None:
        return None
    noun = find_noun(text, end, end + 40)
    if noun is None or noun.unit is None or noun.unit.kind != "count" \
            or not looks_plural(last := noun.text.split()[-1]) or len(text[end : noun.end].split()) > 2:
        return None
    following = _ASCII_WORD.match(text, noun.end + 1)
    if (following is not None and following.group().lower() in _AGGREGATES) or last.lower() in _AGGREGATES:
        return None
    return noun


def _plural_priced(text: str, start: int) -> Noun | None:
    """The plural of 'drones that cost only $20,000' right before a price at ``start``,
    when no number counts it ('the 300 drones cost $6 million' is what all of them cost)."""
    found = _PLURAL_COST.search(text, max(0, start - 120), start)
    if found is None:
        return None
    return _counted_plural(text, found.start("np"), found.end("np"))


def _named_item(text: str, start: int) -> Noun | None:
    """The last count named in the price's sentence or the one before it: what 'they' or
    'each unit' is."""
    sentence = sentence_start(text, start, _SUBJECT_LOOKBACK, paragraphs=True)
    window = sentence_start(text, max(sentence - 1, 0), _EACH_LOOKBACK, paragraphs=True)
    for word in reversed(list(_ASCII_WORD.finditer(text, window, start))):
        if (noun := _count(word.group(), word.end(), plural=False)) is not None:
            return None if _counted_before(text, word.start()) else noun
    return None


def _counted_plural(text: str, start: int, end: int) -> Noun | None:
    """``text[start:end]`` as the plural of a count the registry knows, with no number
    counting it right before it ('drones', not '300 drones')."""
    noun = _count(text[start:end], end)
    return None if noun is None or _counted_before(text, start) else noun


def _count(word: str, end: int, *, plural: bool = True) -> Noun | None:
    if (plural and not looks_plural(word)) or word.lower() in _AGGREGATES or word.lower() in STOP_WORDS:
        return None
    unit = unit_of(word)
    return Noun(word, end, unit) if unit is not None and unit.kind == "count" else None


def _counted_before(text: str, start: int) -> bool:
    return _COUNTED_BEFORE.search(text, max(0, start - 40), start) is not None


def _price_of(text: str, sentence: int, start: int) -> Noun | None:
    """The item of 'the cost of (producing) a single drone' before a price in its clause."""
    found = list(_PRICE_OF.finditer(text, sentence, start))
    if not found:
        return None
    item = _item(text, found[-1].end(), start)
    if item is None or _CLAUSE_BREAK.search(text, item.end, start):
        return None
    return item


def _item(text: str, pos: int, stop: int | None = None) -> Noun | None:
    noun = find_noun(text, pos, stop)
    if noun is None or noun.unit is None or noun.unit.kind != "count" \
            or looks_plural(noun.text.split()[-1]):
        return None
    return noun


def looks_plural(word: str) -> bool:
    return len(word) > 3 and word[-1] == "s" and word[-2] not in "su'’i" and word.isalpha()


def _is_caliber(tokens: list[re.Match[str]], i: int) -> bool:
    return 0 <= i < len(tokens) and tokens[i].lastgroup == "cal"


# What was done to what the figure counts, said right after it: '3,400 lost since the start'.
_PARTICIPLES = frozenset({"lost", "destroyed", "damaged", "captured", "abandoned", "fired", "sent",
                          "delivered", "shipped", "supplied", "sold", "produced", "killed", "wounded", "used",
                          "spent"})
# Plural words that modify the noun after them: 'munitions factories', 'arms depots'.
_PLURAL_MODIFIERS = frozenset({"munitions", "arms", "weapons", "ammunitions"})
# Heads that count the thing before them: 'tank losses' count tanks.
_LOSS_HEADS = frozenset({"losses", "loss", "casualties", "kills", "write-offs"})


def _known_phrase(text: str, tokens: list[re.Match[str]], i: int) -> Noun | None:
    """Longest run of up to four words at ``tokens[i]`` naming a known unit; a compound's
    head is its last noun ('fighter jets', 'missile tests', 'tank crews')."""
    run = [tokens[i]]
    for token in tokens[i + 1 : i + 5]:
        if token.lastgroup != "word" or text[run[-1].end() : token.start()].strip():
            break
        run.append(token)
    for size in range(min(len(run), 4), 0, -1):
        words = [t.group() for t in run[:size]]
        if size > 1 and any(w.lower() in STOP_WORDS for w in words):
            continue
        joined = "_".join(words)
        unit = unit_of(joined) or (unit_of(joined.lower()) if size > 1 else None)
        if unit is None:
            continue
        last = run[size - 1]
        if size < len(run) and unit.kind == "count" and (
                not looks_plural(last.group()) or last.group().lower() in _PLURAL_MODIFIERS):
            after = run[size].group()
            if after.lower() in _LOSS_HEADS:  # 'tank losses', 'artillery system losses': tanks lost
                last = run[size]
            elif looks_plural(after) and after.islower() and after not in STOP_WORDS:
                last, unit = run[size], unit_of(after)
        return Noun(text[run[0].start() : last.end()], last.end(), unit)
    return None


def _contained(text: str, noun: Noun) -> Noun:
    """'pieces of russian artillery' -> artillery_piece; 'rounds of talks' -> no unit."""
    head = noun.text.lower()
    of = _OF.match(text, noun.end)
    if of is None:
        return noun
    words: list[re.Match[str]] = []
    tokens = list(islice(_TOKEN.finditer(text, of.end(), of.end() + 80), 8))
    for i, token in enumerate(tokens):
        if token.lastgroup == "cal" or (token.group().lower() in (",", "and", "or")
                                         and (_is_caliber(tokens, i - 1) or _is_caliber(tokens, i + 1))):
            continue  # 'rounds of 152mm and 122mm ammunition'
        if token.lastgroup != "word" or token.group().lower() in STOP_WORDS or len(words) == 4:
            break
        words.append(token)
    start = noun.end - len(noun.text)
    # A known phrase first, longest first: 'pieces of multiple launch rocket artillery' are
    # launchers, not rockets.
    for size in range(len(words), 1, -1):
        for at in range(len(words) - size + 1):
            phrase = words[at : at + size]
            unit = unit_of("_".join(t.group().lower() for t in phrase))
            if unit is not None:
                return Noun(text[start : phrase[-1].end()], phrase[-1].end(), unit)
    words = words[:3]
    singular = head.rstrip("s")
    for token in words:
        word = token.group()
        unit = unit_of(f"{word.lower()}_{singular}") or unit_of(word)
        if unit is None and singular == "round" and word.lower() in _AMMUNITION:
            unit = noun.unit
        if unit is not None:
            return Noun(text[start : token.end()], token.end(), unit)
    last = next((t for t in words if looks_plural(t.group())), words[-1] if words else None)
    end = last.end() if last else noun.end
    return Noun(text[start:end], end, None)


@lru_cache(maxsize=8192)
def unit_of(word: str) -> NounUnit | None:
    """The registry unit a word names ('howitzers', 'artillery_rounds', 'km'), or None."""
    lower = word.lower()
    if lower in _CURRENCY_WORDS:
        return NounUnit(_CURRENCY_WORDS[lower], "money")
    if "-" in word and len(word) > 2:
        return unit_of(word.replace("-", "_"))  # 'anti-aircraft_artillery' as the registry spells it
    if len(word) < 2 or lower in STOP_WORDS or not _ASCII_WORD.fullmatch(word):
        return None
    ureg = registry()
    try:
        candidates = ureg.parse_unit_name(word) or ureg.parse_unit_name(lower)
    except Exception:  # pint raises assorted errors on odd names; none of them is a unit
        return None
    for prefix, base, _suffix in candidates:
        # 'kilotanks' and 'ms' parse, but news means neither: only metric lengths and masses
        if prefix and not (prefix in ("kilo", "centi", "milli") and base in ("meter", "gram")):
            continue
        if base == "decade":  # pint's decade is a logarithmic ratio, not ten years
            return NounUnit(None, "duration")
        kind = _kind_of(prefix + base)
        if kind is not None:
            return NounUnit(prefix + base, kind)
    return None


def _kind_of(name: str) -> Kind | None:
    if name == "percent":
        return "percent"
    if name in _TIMES:
        return "duration"
    if name in _LENGTHS:
        return "length"
    if name in _MASSES:
        return "other"
    dimensions = dict(registry().get_dimensionality(name))
    if len(dimensions) == 1 and next(iter(dimensions)).startswith("[currency") \
            and next(iter(dimensions.values())) == 1:
        return "money"  # dollars, or a currency of its own: '[currency_EUR]'

    if dimensions == {"[length]": 1, "[time]": -1}:
        return "other"  # mph, knots
    if len(dimensions) == 1:
        ((dimension, power),) = dimensions.items()
        if power == 1 and dimension not in _BASE_DIMENSIONS:
            return "count"  # the project's count units: shell, howitzer, tank, ...
    return None


on_registry_change(unit_of.cache_clear)
