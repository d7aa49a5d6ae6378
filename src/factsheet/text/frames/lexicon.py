"""The words frames are read with: actors and their names, actions and the words that
state them, and the words that set a figure's modality."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Literal

Modality = Literal["stated", "estimated", "planned", "capable", "needed", "hypothetical"]
MODALITIES: tuple[Modality, ...] = ("stated", "estimated", "planned", "capable", "needed", "hypothetical")
BOTH = "both"  # a figure of two actors together: never one actor's
EACH = "each"  # a figure each side states for itself ('each side fires 40,000 a day'): any side's

# Canonical actor -> the ways news text names it (case matters: 'US' is not 'us').
ACTORS: Mapping[str, tuple[str, ...]] = {
    "Russia": ("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation", "Putin",
               "the invaders", "the occupiers", "the invader", "the occupier", "RF", "Wagner",
               # after 'the' only: words starting in lower case slow the scan of every article
               "the invading army", "the invading military", "the invading forces", "the invading troops",
               "the occupation forces", "the occupying forces", "the occupation troops",
               # Ukraine's ministries write its name in lower case on purpose
               "russia", "russian", "russians", "russian federation"),
    # Not Russia: 'Soviet factories produced more than a thousand tanks every month' (in the 1940s)
    # ('Soviet equipment' is where a thing comes from, no actor)
    "Soviet Union": ("Soviet Union", "Soviets", "USSR", "U.S.S.R.", "Stalin", "Soviet factories",
                     "Soviet industry", "Soviet army", "Soviet forces", "Soviet troops", "Soviet military",
                     "Soviet government", "Soviet leadership", "Soviet plants"),
    "Ukraine": ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Zelenskiy",
                "AFU", "ZSU", "Armed Forces of Ukraine"),
    "North Korea": ("North Korea", "North Korean", "North Koreans", "DPRK", "D.P.R.K.", "Pyongyang",
                    "the North", "The North", "KPA", "Korean People's Army", "Korean People’s Army",
                    "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "N. Korea", "N.Korea"),
    "South Korea": ("South Korea", "South Korean", "South Koreans", "ROK", "Seoul", "Republic of Korea",
                    "the South", "The South"),
    "United States": ("United States", "US", "U.S.", "USA", "U.S.A.", "American", "Americans", "America",
                      "Washington", "Pentagon", "Biden", "Trump"),
    "Europe": ("Europe", "European", "Europeans", "EU", "European Union", "Brussels"),
    "NATO": ("NATO", "Nato"),
    "Iran": ("Iran", "Iranian", "Iranians", "Tehran"),
    "China": ("China", "Chinese", "Beijing"),
    "Belarus": ("Belarus", "Belarusian", "Minsk"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "British", "London"),
    "Germany": ("Germany", "German", "Germans", "Berlin", "Bundeswehr"),
    "France": ("France", "French", "Paris"),
    "Poland": ("Poland", "Polish", "Warsaw"),
    "Estonia": ("Estonia", "Estonian", "Tallinn"),
    "Czech Republic": ("Czech Republic", "Czechia", "Czech", "Prague"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "Israel": ("Israel", "Israeli", "Israelis"),
    "India": ("India", "Indian", "New Delhi"),
    "Turkey": ("Turkey", "Türkiye", "Turkish", "Ankara"),
    "Syria": ("Syria", "Syrian"),
    "Taiwan": ("Taiwan", "Taiwanese", "Taipei"),
    "Pakistan": ("Pakistan", "Pakistani"),
    # Other states, so that a figure of theirs is not carried to an actor named before it.
    "Bulgaria": ("Bulgaria", "Bulgarian", "Sofia"),
    "Romania": ("Romania", "Romanian", "Bucharest"),
    "Hungary": ("Hungary", "Hungarian", "Budapest"),
    "Slovakia": ("Slovakia", "Slovak", "Bratislava"),
    "Croatia": ("Croatia", "Croatian", "Zagreb"),
    "Serbia": ("Serbia", "Serbian", "Belgrade"),
    "Greece": ("Greece", "Greek", "Athens"),
    "Italy": ("Italy", "Italian", "Rome"),
    "Spain": ("Spain", "Spanish", "Madrid"),
    "Portugal": ("Portugal", "Portuguese", "Lisbon"),
    "Netherlands": ("Netherlands", "Dutch", "Amsterdam", "The Hague"),
    "Belgium": ("Belgium", "Belgian"),
    "Denmark": ("Denmark", "Danish", "Copenhagen"),
    "Norway": ("Norway", "Norwegian", "Oslo"),
    "Sweden": ("Sweden", "Swedish", "Stockholm"),
    "Finland": ("Finland", "Finnish", "Helsinki"),
    "Latvia": ("Latvia", "Latvian", "Riga"),
    "Lithuania": ("Lithuania", "Lithuanian", "Vilnius"),
    "Moldova": ("Moldova", "Moldovan", "Chisinau"),
    "Georgia": ("Georgia", "Georgian", "Tbilisi"),
    "Armenia": ("Armenia", "Armenian", "Yerevan"),
    "Azerbaijan": ("Azerbaijan", "Azerbaijani", "Baku"),
    "Kazakhstan": ("Kazakhstan", "Kazakh", "Astana"),
    "Austria": ("Austria", "Austrian", "Vienna"),
    "Switzerland": ("Switzerland", "Swiss", "Bern"),
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "Brazil": ("Brazil", "Brazilian", "Brasilia"),
    "Mexico": ("Mexico", "Mexican"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Riyadh"),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"),
    "Iraq": ("Iraq", "Iraqi", "Baghdad"),
    "Afghanistan": ("Afghanistan", "Afghan", "Kabul"),
    "Vietnam": ("Vietnam", "Vietnamese", "Hanoi"),
    "Indonesia": ("Indonesia", "Indonesian", "Jakarta"),
    "Philippines": ("Philippines", "Philippine", "Filipino", "Manila"),
    "Thailand": ("Thailand", "Thai", "Bangkok"),
    "Mongolia": ("Mongolia", "Mongolian", "Ulaanbaatar"),
    "South Africa": ("South Africa", "South African", "Pretoria"),
    "Nigeria": ("Nigeria", "Nigerian", "Abuja"),
    "Argentina": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    "Venezuela": ("Venezuela", "Venezuelan", "Caracas"),
    "Cuba": ("Cuba", "Cuban", "Havana"),
    "Hamas": ("Hamas",),
    "Hezbollah": ("Hezbollah",),
    "Houthis": ("Houthis", "Houthi"),
}
EACH_RE = re.compile(r"\b(?:each|either)\s+(?:side|army|country|military)\b"
                     r"|\bboth\s+(?:sides|armies|countries)\s+(?:each|apiece)\b", re.I)
BOTH_RE = re.compile(r"\b(?:both\s+(?:sides|armies|countries|militaries|forces)|the\s+two\s+(?:sides|armies)"
                   r"|combined|together|in\s+total\s+by\s+both)\b", re.I)

# Action -> words that state it (verbs in their forms, and nouns of action).
ACTIONS: Mapping[str, tuple[str, ...]] = {
    "fire": ("fire", "fires", "fired", "firing", "shoot", "shoots", "shot", "shooting", "expend", "expends",
             "expended", "expending", "expenditure", "consume", "consumes", "consumed", "consuming",
             "consumption", "use", "uses", "used", "using", "usage", "utilize", "utilizes", "utilized",
             "utilizing", "utilise", "utilises", "utilised", "utilising", "go through", "goes through",
             "went through", "going through", "launch", "launches", "launched", "launching", "lob", "lobs",
             "release", "releases", "released", "releasing",
             "lobbed", "hurl", "hurls", "hurled", "unleash", "unleashes", "unleashed", "rate of fire",
             "fire rate", "barrage", "barrages", "spend", "spends", "spent", "spending",
             "hammer", "hammers", "hammered", "hammering", "bombard", "bombards", "bombarded", "bombarding",
             "pummel", "pummels", "pummelled", "pummeled", "pummelling", "pummeling"),
    "produce": ("produce", "produces", "produced", "producing", "production", "manufacture", "manufactures",
                "manufactured", "manufacturing", "make", "makes", "made", "making", "build", "builds",
                "built", "building", "output", "churn out", "churns out", "churned out", "turn out",
                "turns out", "turned out", "assemble", "assembles", "assembled", "assembling"),
    "supply": ("supply", "supplies", "supplied", "supplying", "ship", "ships", "shipped", "shipping",
               "shipment", "shipments", "send", "sends", "sent", "sending", "deliver", "delivers",
               "delivered", "delivering", "delivery", "deliveries", "transfer", "transfers", "transferred",
               "transferring",
               "provide", "provides", "provided", "providing", "export", "exports", "exported", "exporting",
               "exportation", "hand over", "handed over", "handed", "transport", "transported", "dispatched",
               "contribution", "contributions", "contributed", "arrive", "arrives", "arrived", "arriving"),
    "sell": ("sell", "sells", "sold", "selling", "sale", "sales"),
    "buy": ("buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "acquire",
            "acquires", "acquired", "acquiring", "receive", "receives", "received", "receiving", "import",
            "imports", "imported", "importing", "obtain", "obtained", "procure", "procured", "procurement",
            "come from", "comes from", "came from", "coming from", "getting", "gets", "got",
            "order", "orders", "ordered", "ordering"),
    "donate": ("donate", "donates", "donated", "donating", "donation", "donations", "pledge", "pledges",
               "pledged", "give", "gives", "gave", "given", "giving", "gift", "gifted", "aid"),
    "destroy": ("destroy", "destroys", "destroyed", "destroying", "destruction", "eliminate", "eliminated",
                "eliminating", "blew up", "blown up", "blow up", "wiped out", "knocked out", "neutralised",
                "neutralized", "obliterated", "hit", "struck", "strike", "strikes", "took out", "taken out",
                # what air defence does to drones and missiles: 'shot down 70 per cent of them'
                "shoot down", "shoots down", "shot down", "shooting down", "downed", "downing",
                "intercept", "intercepts", "intercepted", "intercepting", "interception", "interceptions"),
    "lose": ("lose", "loses", "lost", "losing", "loss", "losses", "casualties"),
    "have": ("have", "has", "had", "having", "possess", "possesses", "possessed", "hold", "holds", "held",
             "field", "fields", "fielded", "deploy", "deploys", "deployed", "operate", "operates", "operated",
             "maintain", "maintains", "maintained", "boast", "boasts", "boasting", "inventory", "inventories",
             "arsenal", "arsenals", "stockpile", "stockpiles", "stockpiled", "stock", "stocks", "reserves",
             "in service", "owns", "equipped with", "armed with", "responsible for", "in charge of",
             "home to",
             "there are", "there were",
             "there is", "there was"),
    "need": ("need", "needs", "needed", "require", "requires", "required", "requirement", "requirements",
             "request", "requests", "requested", "ask for", "asks for", "asked for", "want", "wants",
             "wanted", "demand", "demands", "shortage", "shortfall"),
    "cost": ("cost", "costs", "costing", "price", "prices", "priced", "pay", "pays", "paid", "paying",
             "worth", "valued", "charge", "charges", "charged"),
    "earn": ("earn", "earns", "earned", "earning", "earnings", "revenue", "revenues", "income",
             "bring in", "brings in", "brought in", "generate", "generates", "generated"),
}
# 'If earlier they fired 60,000 a day, now ...' sets then against now: no condition.
IF_THEN = r"earlier|before|previously|initially|at\s+first|in\s+(?:19|20)\d\d"
# Words that set the modality of a figure in their clause, strongest first.
MODALITY_WORDS: tuple[tuple[Modality, str], ...] = (
    ("hypothetical", rf"if(?!\s+(?:{IF_THEN}|at\s+the\s+(?:beginning|start)|"
                     r"last\s+(?:year|month|week|summer|winter|spring|autumn|fall)|"
                     r"a\s+year\s+ago|back\s+then|then))|would|might|hypothetically|in theory|"
                     # ('may have fired' is a guess, read first: EPISTEMIC; 'in May' a month)
                     r"(?-i:may)"),
    ("capable", r"could|can|capable|capacity|(?<!was\s)(?<!were\s)(?<!been\s)able|enough\s+to|"
                # 'a level that allows it to produce 4 million a year' ('was able to' did)
                r"(?:allow|enable|permit)(?:s|ed|ing)?\s+(?:\w+\s+)?to"),
    ("planned", r"plans?|planned|planning|aims?|aimed|aiming|targets?|targeted|goal|goals|intends?|intended|"
                # what is allowed or promised is not yet done: 'approved the export of up to 178 tanks'
                r"supposed\s+to|committed\s+to|agreed\s+to|approved?|approves|authori[sz]ed?|"
                r"hopes?\s+to|expects?\s+to|expected\s+to|seeks?\s+to|set\s+to|on\s+track\s+to|will|"
                r"by\s+(?:the\s+end\s+of\s+)?20\d\d|pledged?\s+to|promised?\s+to|ramp(?:s|ed)?\s+up\s+to|"
                r"prepar(?:es|ed|ing)?\s+to|poised\s+to|gearing\s+up\s+to|getting\s+ready\s+to|tasked\s+with"),
    ("needed", r"needs?|needed|requires?|required|requirements?|requests?|requested|asks?\s+for|"
               r"asked\s+for|wants?|demands?"),
    ("estimated", r"estimated?|estimates|estimating|believed|thought|reportedly|according\s+to|about|around|"
                  r"roughly|approximately|some|nearly|almost|up\s+to|as\s+many\s+as|as\s+much\s+as|suggests?"),
)
def _alternation(words: Iterable[str]) -> str:
    """The words as one regex that tries the longest first, written as a trie: Python's
    regex engine tries a plain alternation's branches one by one at every position, while
    a trie shares their prefixes (the actor and action scans over a whole article are
    several times faster this way)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [(r"\s+" if char == " " else re.escape(char)) + _branches(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


ACTOR_ALIASES: Mapping[str, str] = {alias: actor for actor, aliases in ACTORS.items() for alias in aliases}
# The names start the pattern (no look-behind before them) so that the regex engine can skip
# to the letters they start with; ``actor_names`` drops a match glued to a word before it.
ACTOR_RE = re.compile(rf"(?:{_alternation(ACTOR_ALIASES)})(?:['’]s)?(?![\w$])"  # (not the US of 'US$')
                       r"(?!\s+(?:Korea|Sea|Atlantic|ern))"
                       # where a thing comes from is no actor: 'Chinese-built tanks', 'Soviet-era'
                       r"(?![-‐](?:built|made|designed|produced|manufactured|developed|supplied|origin|era|"
                       r"style|type|pattern|class|backed|based|flagged|registered|owned|standard|vintage)\b)")
ACTION_NAMES = {word: action for action, words in ACTIONS.items() for word in words}
# Not 'has decreased', 'has sharply decreased', 'has been', 'had risen' (and not 'has between',
# 'had fifteen').
NOT_AUXILIARY = (r"(?!\s+(?:[a-z]+ly\s+)?(?:\w+ed|been|taken|given|seen|beaten|broken|chosen|driven|fallen|"
                 r"gotten|hidden|proven|risen|shaken|spoken|stolen|thrown|written|got|gone|grown|shown|known|drawn|flown|"
                 r"blown|sent|spent|lost|sold|bought|made|built|held|shot|brought|fought|hit|struck|put|led|"
                 r"kept|left|paid|said|told|found|begun|run|become|come|done|had|also|already|since|now|long|"
                 r"just|never|not)\b)")
# Read on ASCII-lowercased text (``ascii_lower``): a case-sensitive pattern whose words
# start at a letter is several times faster than the same one with re.IGNORECASE.
ACTION_RE = re.compile(rf"\b(?=[a-z])(?<![-‐])(?:{_alternation(ACTION_NAMES)})\b(?![-‐])"
                       r"(?!\s+(?:power|parity))"  # 'purchasing power parity' buys nothing
                       r"(?!\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:visit|tribute|attention|"
                       r"respects|homage|heed)\b)"  # 'pay a three-day visit' is no payment
                       rf"(?<!\bhave)(?<!\bhas)(?<!\bhad)(?<!\bhaving)"
                       rf"|\b(?:have|has|had|having)\b{NOT_AUXILIARY}")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` lowered with its offsets kept: ``str.lower`` (fast) unless it changes the
    length (a dotted capital I becomes two characters), then only A-Z."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


MODALITY_RE = [(modality, re.compile(rf"\b(?:{words})\b", re.I)) for modality, words in MODALITY_WORDS]


def actor_names(text: str) -> Iterator[re.Match[str]]:
    """The actor names in ``text`` that start a word ('Russia', not 'Prussia' or '.Russia')."""
    for found in ACTOR_RE.finditer(text):
        start = found.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._"):
            yield found


@lru_cache(maxsize=1024)
def canonical(name: str) -> str:
    """The canonical actor of a name as written: "Russians'" -> 'Russia'."""
    name = re.sub(r"\s+", " ", name).removesuffix("'s").removesuffix("’s")
    return ACTOR_ALIASES.get(name) or ACTOR_ALIASES[name.rstrip("s")]  # 'Russians' -> Russian
