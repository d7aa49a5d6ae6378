"""Who does what with a quantity: the frame of a mention, read from its clause and its article.

"Russian guns fire about 9,000 shells a day, while Ukrainian crews manage 2,500": the
first figure is Russia's and the second Ukraine's. A frame has an *actor* (a country,
bloc or force, by its canonical name), an *action* (fire, produce, supply, sell, buy,
donate, destroy, lose, have, need, cost, earn, spend), a *modality* (stated,
estimated, planned, capable, needed, hypothetical) and, for a figure that names no
counted thing ("and this number has decreased to 12,000"), the unit carried from the
figure before it.

Rules, in order, for the actor of a mention:

1. an owner's possessive right before it ("to Ukraine's 2,000", "the South Korean Army's
   2,300");
2. an agent after it in its clause ("shells were fired by Russian units"; not "figures
   published by Kyiv", a source), or a name saying whose it is ("2,000 a day from the
   Ukrainian side", "1.6 million shells: North Korea's contribution");
3. the nearest actor before it in its clause that is not a speaker ("Ukraine says",
   "according to Kyiv", "According to X, Ukraine's deputy head, ...") and not the object
   of a preposition ("to Russia", "in Ukraine", "than Ukraine", "that of South Korea");
   after a dash, the actor right before the dash;
4. the same before it in its sentence; the actor named right before its action word
   ("estimates of Russian fire");
5. the one actor named in the sentences before it in its paragraph (up to three,
   nearest first; across paragraphs for "the country" and for "it"/"its", which take
   the one subject there), else the headline's, when no other actor competes there; a
   list under a headline whose actor is among several takes the headline's; a table
   row under a line of actors takes its column's; a bulleted list or rows of "label —
   figure" take the actor and action of the line that introduces them with a colon;
6. the one actor the article gives the same action in clauses that name one; for a
   shipment or a load, the one sender the sentences before name.

Figures "respectively" take the actors, or the counted nouns, of a list before them
in order.

"Bought ... from X" is X supplying; "48 Russian artillery systems destroyed" is Russia
losing them; "in Belarus there are 500 tanks" is Belarus holding them. What carriers can
hold ("containers that could contain 4.8 million shells"), what a weight shipped "is
equal to", and a load worked out under an assumption about its contents ("If these
containers hold 152 mm shells, ... 3 million") are estimates of a load with the
carriers' action and sender. A figure with no action word takes the one action of
the sentences before (or the headline's); a figure joined by and/or to the one before
with no verb shares its frame; a figure with no verb before it in its clause (a list, a
table) is *bare*. A figure counted over a stretch of time ("in July", "in the past 24
hours", "another 40", "28 systems bringing the total to 8,574", one listed under "daily
losses") has a ``stretch``: no claim of a running total.

"Both sides", "both armies", "combined" make the actor ``both``. Clauses end at ';', a
dash aside, 'while', 'whereas', 'but', 'although', 'compared with' and parentheses.
The text is read once per article (`ArticleFrames`); each mention's frame costs a
few bisections and a short window scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise
from typing import Literal

from ..extract import Mention
from ..nouns import unit_of
from ..sentences import Sentences
from . import patterns
from .lexicon import (
    ACTION_NAMES,
    ACTION_RE,
    BOTH,
    BOTH_RE,
    EACH,
    EACH_RE,
    MODALITY_RE,
    Modality,
    actor_names,
    ascii_lower,
    canonical,
)

# Figures that may count what a figure or a label before them counts ('... to 18,000 per day').
PART = ("", "")  # a label that names one kind of what is counted ('self-propelled artillery')
CARRYING_KINDS = frozenset({"other", "count", "rate"})
# 'unnamed': someone acts whom the text does not name (', and the Armed Forces about 13,000').
ActorSource = Literal["agent", "clause", "sentence", "owner", "before", "lead", "column", "article",
                      "unnamed"]
Role = Literal["subject", "agent", "source", "owner", "object"]


@dataclass(frozen=True, slots=True)
class Frame:
    """Who does what with a mention's quantity, and how the text states it."""

    actor: str | None
    action: str | None
    modality: Modality
    actor_from: ActorSource | None = None
    carried_unit: str | None = None  # the unit of the figure before, for '... decreased to 12,000'
    bare: bool = False  # no verb before it in its clause: a list or a table ('4,200 tanks, 2,200 ...')
    # A stretch of time it is counted over ('in July'): no running total. Read on request
    # (``ArticleFrames.with_stretch``): only facts of running totals need it.
    stretch: str | None = None

    def describe(self) -> str:
        """'Russia · fire · estimated', with '?' for what the text does not say."""
        return f"{self.actor or '?'} · {self.action or '?'} · {self.modality}"


@dataclass(frozen=True, slots=True)
class _Actor:
    start: int
    end: int
    actor: str
    possessive: bool = False


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


class ArticleFrames:
    """The frames of one article's mentions; the text is scanned once, lazily."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        # Read once and kept: a frame can be asked for by matching, by the figure after
        # it (a carried action) and by extract; a name's role and a sentence's actions by
        # every figure near them.
        self._frames: dict[int, Frame] = {}
        self._own: dict[int, Frame] = {}
        self._clause_breaks: dict[int, list[tuple[int, int, str]]] = {}
        self._by_action: dict[str, str] | None = None
        self._carried_at: dict[int, tuple[int, str, str] | None] = {}
        self._roles: dict[int, Role] = {}
        self._sentence_actions: dict[int, set[str]] = {}
        self._lists: dict[int, tuple[int, int]] = {}  # each figure's list of figures
        self._intros: dict[int, _Span | None] = {}  # each list line's introducing line
        self._run_ends: dict[int, int] = {}  # the last figure of the run joined from each

    @cached_property
    def _sentences(self) -> list[int]:
        return list(Sentences.of(self.text, paragraphs=True).starts)

    @property
    def sentence_starts(self) -> list[int] | None:
        """Where each sentence starts (a blank line starts one too), if read already."""
        return self.__dict__.get("_sentences")

    @cached_property
    def _actors(self) -> list[_Actor]:
        return [_Actor(m.start(), m.end(), canonical(m.group()), m.group()[-2:] in ("'s", "’s"))
                for m in actor_names(self.text)]

    @cached_property
    def _actor_starts(self) -> list[int]:
        return [a.start for a in self._actors]

    def _role(self, actor: _Actor) -> Role:
        """Whether an actor's name stands for who acts, or for a place, an owner or a source
        (read when first asked: most names of an article are never asked about)."""
        role = self._roles.get(actor.start)
        if role is None:
            role = self._roles[actor.start] = self._read_role(actor)
        return role

    def _read_role(self, match: _Actor) -> Role:
        if patterns.RELATIVE_AFTER.match(self.text, match.end):
            return "subject"  # 'the gap with South Korea, which had a GDP of $1.4 trillion'
        if patterns.WHOSE_FIGURE.match(self.text, match.end):
            return "source"  # "the Ukrainian General Staff's figure of 5,000 systems lost"
        before = self.text[max(0, match.start - 40) : match.start]
        if patterns.AGENT.search(before):
            if patterns.PUBLISHED_BY.search(before) or patterns.ACCORDING_BEFORE.search(
                    self.text, max(0, match.start - 100), match.start):
                return "source"  # 'figures published by Ukraine's military', 'according to a report by Seoul'
            return "agent"
        if patterns.ACCORDING.search(before):
            return "source"
        rest = patterns.APPOSITIVE.match(self.text, match.end)
        if rest is not None and not patterns.VERB.search(rest.group()) and patterns.ACCORDING_NAME.search(
                self.text, max(0, match.start - 60), match.start):
            return "source"  # 'According to Vadym Skibitskyi, Ukraine's intelligence deputy head, ...'
        if patterns.THAT_OF.search(before):
            return "object"  # 'almost double that of South Korea': a comparison
        if patterns.ECONOMY_IN.search(before):
            return "owner"  # 'Recent estimates of GDP in North Korea ... clock in at about $40 billion'
        if (preposition := patterns.PREPOSITION.search(before)) is not None and not (
                preposition["with"] and patterns.DOING.match(self.text, match.end)):
            return "owner" if preposition["owner"] else "object"
        if patterns.AFTER_A_NUMBER.search(before):
            return "owner"
        if patterns.AFTER_A_PARTICIPLE.search(before) and not match.possessive:
            return "object"  # 'North Korea has beaten the EU to a million shells'
        clause = max(self.text.rfind(mark, 0, match.start) for mark in (".", ";", ",", ":"))
        reach = max(clause + 1, match.start - patterns.OBJECT_REACH)
        action = ACTION_RE.search(self.lower, reach, match.start)
        if action is not None and not patterns.CLAUSE_BREAK.search(self.text, action.end(), match.start):
            return "owner"  # 'destroyed 40 Ukrainian launchers', 'supplied Russia with'
        speech = patterns.SPEECH.match(self.text, match.end)
        if speech is not None and "\n\n" not in speech.group() and not patterns.PASSIVE.search(
                self.text[match.end : speech.end()].rsplit(None, 1)[0]):
            return "source"
        return "subject"

    def frame(self, index: int) -> Frame:
        """The frame of ``mentions[index]``."""
        frame = self._frames.get(index)
        if frame is None:
            frame = self._frames[index] = self._with_article_actor(self._own_frame(index))
        return frame

    def _own_frame(self, index: int) -> Frame:
        """The frame as its clause and the sentences near it give it."""
        frame = self._own.get(index)
        if frame is None:
            frame = self._own[index] = self._read_frame(index)
        return frame

    def _with_article_actor(self, frame: Frame) -> Frame:
        """A frame whose actor the text near it does not give takes the one actor the article
        names for its action in clauses that do ('The amount is enough for 3 million shells' in
        an article where only North Korea sends any)."""
        if frame.actor is not None or frame.action is None or frame.actor_from == "unnamed":
            return frame
        actor = self._article_actors().get(frame.action)
        return frame if actor is None else replace(frame, actor=actor, actor_from="article")

    def _article_actors(self) -> dict[str, str]:
        """Each action the article's figures state with their actor in their clause, and that
        actor, for the actions only one actor does."""
        if self._by_action is None:
            self._by_action = {}  # while it is read, a frame it reads takes no article actor
            found: dict[str, set[str]] = {}
            for index, mention in enumerate(self.mentions):
                if mention.kind in ("date", "caliber", "duration"):
                    continue
                own = self._own_frame(index)
                if own.action is not None and own.actor not in (None, BOTH, EACH) and own.actor_from in (
                        "agent", "clause", "sentence"):
                    found.setdefault(own.action, set()).add(own.actor)
            self._by_action = {action: actors.pop() for action, actors in found.items() if len(actors) == 1}
        return self._by_action

    def _read_frame(self, index: int) -> Frame:
        mention = self.mentions[index]
        sentence = self._sentence(mention.start)
        if mention.kind == "money" and (first := self._previous_figure(index)) is not None \
                and self.mentions[first].kind == "money" \
                and patterns.RESTATED.fullmatch(self.text, self.mentions[first].end, mention.start):
            return self.frame(first)  # '35.3 trillion won ($32.2 billion)'
        if self._respective(index) is None and (joined := self._coordinated(index, sentence)) is not None:
            before = self.frame(joined)  # '3 million 152mm shells or 500,000 122mm rounds'
            carried = self._carried(index)
            return replace(before, carried_unit=carried[1] if carried else None)
        clause = self._clause(sentence, mention)
        load = self._load(mention, sentence)
        actor, source = self._actor(mention, sentence, clause, agents_after=load is None)
        if (respective := self._respective_actor(index, sentence)) is not None:
            actor, source = respective, "clause"  # 'Russia and Ukraine fire 10,000 and 2,000, respectively'
        action, action_at = self._action(index, clause) if load is None else load
        doers = [] if load is None else [
            a for a in self._actors_in(self._sentence(action_at).start, action_at)
            if self._role(a) in ("subject", "agent")]
        if doers:
            actor, source = doers[-1].actor, "clause"  # who sent the carriers, not where they went
        elif action == "supply" and (actor is None or load is not None) \
                and source not in ("agent", "clause", "unnamed") and (supplier := self._last_supplier(index)):
            # a load or a shipment no nearby clause gives a sender: who the text last named sending
            # ('... had provided 1.6 million shells ... That weight is equal to about 1.6 million')
            actor, source = supplier, "before"
        if action == "supply" and source in ("before", "lead") and self._recipient_in(sentence, actor):
            actor, source = None, None  # '... transferred to Russia, containing up to 4.8 million shells'
        if action == "buy" and (seller := self._seller(mention, clause) or self._named_after_from(
                action_at, mention.start)) is not None:
            actor, action, source = seller, "supply", "clause"  # 'bought 1 million shells from North Korea'
        elif action == "supply" and (sender := self._sender(sentence, action_at, actor)) is not None:
            actor, source = sender, "clause"  # 'containers sent from North Korea to Russia'
        elif action == "destroy" and (loser := self._owner_of_counted(index, clause)) is not None:
            actor, action, source = loser, "lose", "clause"  # '48 Russian artillery systems destroyed'
        if action is not None and source not in ("agent", "clause") \
                and (doer := self._named_before_action(action_at, sentence)) is not None:
            actor, source = doer, "clause"  # 'estimates of Russian fire ... between 5,000 and 60,000'
        carried = self._carried(index)
        if carried is not None and action is None and carried[0] >= 0 \
                and not self._with_own_verb(mention):
            action = self.frame(carried[0]).action  # '..., while Ukrainian crews manage 2,500'
        bare = action is None and self._bare(index, clause)
        if source not in ("agent", "clause") and (column := self._column_actor(index)) is not None:
            actor, source = column, "column"  # a table under 'North Korea, South Korea'
        if action == "have" and actor is None and (holder := self._place_of_there(mention, clause)):
            actor, source = holder, "clause"  # 'In Belarus there are some 500 tanks'
        if action is None:
            action = self._action_before_dash(sentence, clause)
        if action is None and mention.noun and patterns.LOSS_NOUN.search(mention.noun):
            action = "lose"  # 'Russia sustained nearly 1,000 artillery losses'
        if action == "destroy" and source == "owner":
            action = "lose"  # 'the following equipment of the Russian invaders was destroyed: ... 13,770'
        if action is None and patterns.HELD_BY.search(self.text, max(0, mention.start - 30), mention.start):
            action = "have"  # 'Its 3,500 tanks also outnumbered ...'
        if (actor is None or action is None) and (intro := self._list_intro(mention.start)) is not None:
            # '... Russia has also lost equipment, including:' over '* 24,148 artillery systems'
            named = [a for a in self._actors_in(intro.start, intro.end)
                     if self._role(a) in ("subject", "agent")]
            if actor is None and named:
                actor, source = named[-1].actor, "before"
            if action is None and len(actions := self._actions_between(intro.start, intro.end)) == 1:
                action = actions.pop()
        if action is None and not bare and actor is not None:
            # '... from 10,000 a day in the summer to 20,000'; 'the country's artillery reached 21,100'
            anaphor = patterns.ANAPHOR.search(self.text, clause.start, mention.start) is not None
            action = self._carried_action(sentence, source == "before" and anaphor)
        modality = self._modality(mention, clause, action_at) if load is None else self._load_modality(
            mention, clause)
        if action in (None, "have", "supply") and mention.kind in ("count", "other") \
                and patterns.LOAD_CONDITION.search(self.text, sentence.start, mention.start) \
                and not patterns.FULL_LOAD.search(self.text, sentence.start, sentence.end):
            # 'If these containers hold 152 mm shells, the estimated quantity exceeds 3 million'
            action, modality = "supply", "estimated"
            if source not in ("agent", "clause") or actor is None:
                actor, source = self._last_supplier(index), "before"
        if patterns.CONDITION_FIRST.match(self.text, sentence.start) and patterns.WOULD.search(
                self.text, sentence.start, sentence.end):
            modality = "hypothetical"  # 'if North Korea sold shells for $1,000 each, the revenue ... would be
        return Frame(actor, action, modality, source, carried[1] if carried else None, bare)

    def _last_supplier(self, index: int) -> str | None:
        """The one actor the text names as sending something in the few sentences before
        (None when several are)."""
        sentence = bisect_right(self._sentences, self.mentions[index].start) - 1
        earliest = self._sentences[max(0, sentence - patterns.SUPPLIER_SENTENCES)]
        named: set[str] = set()
        for at in range(index - 1, -1, -1):
            if self.mentions[at].start < earliest:
                break
            own = self._own_frame(at)
            if own.action == "supply" and own.actor not in (None, BOTH, EACH) \
                    and own.actor_from in ("clause", "agent", "sentence"):
                named.add(own.actor)
        return named.pop() if len(named) == 1 else None

    def _list_intro(self, at: int) -> _Span | None:
        """The line that introduces, with a colon, the list of bulleted lines the text at
        ``at`` is on (read once for the whole list)."""
        start = self.text.rfind("\n", 0, at) + 1
        if start in self._intros:
            return self._intros[start]
        if not self._list_line(start):
            return None
        lines = [start]
        intro = None
        while start > 0:
            end = start - 1
            start = self.text.rfind("\n", 0, end) + 1
            if start in self._intros:
                intro = self._intros[start]
                break
            line = self.text[start:end].strip()
            if line and not self._list_line(start):
                intro = _Span(start, end) if line.endswith(":") else None
                break
            lines.append(start)
        self._intros.update(dict.fromkeys(lines, intro))
        return intro

    def _list_line(self, start: int) -> bool:
        return bool(patterns.BULLET.match(self.text, start) or patterns.LIST_ROW.match(self.text, start))

    def _action_before_dash(self, sentence: _Span, clause: _Span) -> str | None:
        """The one action of the sentence before a dash the clause follows: 'has sent ten
        shipments to Russia – roughly one million shells'."""
        if clause.start == sentence.start or self.text[clause.start - 2 : clause.start].strip() not in "–—-":
            return None
        earlier = self._actions_between(sentence.start, clause.start)
        return earlier.pop() if len(earlier) == 1 else None

    def clause_of(self, index: int) -> tuple[int, int, int, int]:
        """Where the clause of ``mentions[index]`` starts and ends, and its sentence."""
        mention = self.mentions[index]
        sentence = self._sentence(mention.start)
        clause = self._clause(sentence, mention)
        return clause.start, clause.end, sentence.start, sentence.end

    def with_stretch(self, index: int) -> Frame:
        """The frame of ``mentions[index]`` with the stretch of time it is counted over."""
        mention = self.mentions[index]
        stretch = self._stretch(index, self._clause(self._sentence(mention.start), mention))
        return replace(self.frame(index), stretch=stretch)

    def _stretch(self, index: int, clause: _Span) -> str | None:
        """The stretch of time the figure is counted over, written in its clause before the
        next figure ('Russia lost 48 systems in the past 24 hours'), unless the clause says it is
        a running total ('bringing the total to 14,007', '9,411 since February 2022')."""
        stop = clause.end
        # Up to the next figure, but not the 24 of 'in the past 24 hours' nor the 15 of '40 tanks
        # and 15 guns in a single day'.
        following = self._following(index, ("duration", "date", "caliber"), unjoined=True)
        if following is not None:
            stop = min(stop, max(self.mentions[index].end, following.start))
        figure, end = self.mentions[index].start, self.mentions[index].end
        if patterns.INCREMENT.search(self.text, max(0, figure - 16), figure) \
                or patterns.INCREMENT_AFTER.match(self.text, end) \
                or patterns.ADDS_TO_TOTAL.match(self.text, self._noun_end(self.mentions[index])) \
                or ((new := patterns.NEW_LOSSES.search(self.text, clause.start, figure)) is not None
                    and not patterns.RUNNING_TOTAL.search(self.text, new.end(), figure)):
            # '+1,018 since the beginning of May', '11 more systems', '28 systems bringing the total to'
            return "an increment"
        # Right after the figure and what it counts, a stretch is its own whatever total the
        # clause spoke of before: 'This tally includes 30 systems over the previous 24 hours'.
        if (own := self._stretch_after(index, stop) or self._stretch_of_headline(index)) is not None:
            return None if patterns.WAR_START.search(own) else own
        before = self._previous_figure(index)  # not the date of 'since February 24, 2022, to 15,000'
        previous = self.mentions[before].end if before is not None else 0
        if patterns.RUNNING_TOTAL.search(self.text, max(clause.start, previous), figure):
            return None  # 'bringing the total to 14,007'
        found = patterns.STRETCH.search(self.text, clause.start, stop) or patterns.YEAR_FIRST.match(
            self.text, clause.start)
        month = patterns.STRETCH_MONTH.search(self.text, clause.start, stop) if found is None else None
        if month is not None and not patterns.REPORTED.search(self.text, month.end(), figure) \
                and not patterns.REPORTED_BEFORE.search(self.text, max(0, month.start() - 16), month.start()):
            found = month
        since = patterns.SINCE.search(self.text, end, stop)
        if found is None or (since is not None and since.start() < found.start()) \
                or patterns.WAR_START.search(found.group()):
            # '9,411 since February 2022, including 24 in the past day'; 'between February 24 and'
            return None
        return patterns.SPACES.sub(" ", found.group())

    def _stretch_after(self, index: int, stop: int) -> str | None:
        """A stretch of time right after the figure and its counted noun: 'lost 22 systems on
        Friday', '976 systems last month' (not '..., the minister said on Monday')."""
        # the last figure of a list it heads: '64 systems and 14 tanks in 24 hours'
        last = self._joined_run_end(index)
        start = self._noun_end(self.mentions[last])
        if last > index:  # past an aside in the list's last item: '16 vehicles (APVs) in the past 24 hours'
            following = self._following(last, ("duration", "date", "caliber"))
            stop = self._sentence(start).end if following is None else following.start
        stop = min(max(stop, start), start + patterns.STRETCH_AFTER_REACH)
        for pattern in (patterns.STRETCH, patterns.STRETCH_MONTH, patterns.STRETCH_WEEKDAY,
                        patterns.LAST_PERIOD):
            found = pattern.search(self.text, start, stop)
            if found is not None and not patterns.REPORTED.search(self.text, start, found.start()) \
                    and not patterns.SINCE.search(self.text, start, found.start()):
                return patterns.SPACES.sub(" ", found.group())
        return None

    def _stretch_of_headline(self, index: int) -> str | None:
        """For a figure in the headline, a stretch the headline gives after it: 'Russia Loses
        61 Artillery Systems As Ukraine Downs 200 Drones in a Day'."""
        headline = self._headline(len(self.text))
        figure = self.mentions[index]
        if headline is None or figure.end > headline.end or patterns.RUNNING_TOTAL.search(
                self.text, headline.start, headline.end):
            return None
        found = patterns.STRETCH.search(self.text, figure.end, headline.end)
        return None if found is None else patterns.SPACES.sub(" ", found.group())

    def _following(self, index: int, skipped: tuple[str, ...], unjoined: bool = False) -> Mention | None:
        """The next mention not of a ``skipped`` kind (a calibre or a date inside a noun phrase),
        and, if ``unjoined``, not joined by and/or to the one before it."""
        start = self._joined_run_end(index) + 1 if unjoined else index + 1  # past the figures joined to it
        return next((self.mentions[at] for at in range(start, len(self.mentions))
                     if self.mentions[at].kind not in skipped
                     and not (unjoined and self._joined(at - 1, at))), None)

    def _joined_run_end(self, index: int) -> int:
        """The last of the figures joined one to the next from ``mentions[index]`` on (read
        once for a whole list)."""
        end = self._run_ends.get(index)
        if end is None:
            end, visited = index, [index]
            while end + 1 < len(self.mentions) and self._joined(end, end + 1):
                end += 1
                if (known := self._run_ends.get(end)) is not None:
                    end = known
                    break
                visited.append(end)
            self._run_ends.update(dict.fromkeys(visited, end))
        return end

    def _previous_figure(self, index: int) -> int | None:
        return next((at for at in range(index - 1, -1, -1)
                     if self.mentions[at].kind not in ("caliber", "date")), None)

    def _joined(self, first: int, second: int) -> bool:
        """Whether ``mentions[second]`` is joined to ``mentions[first]`` by and/or with no verb."""
        start, end = self._noun_end(self.mentions[first]), self.mentions[second].start
        if patterns.COORDINATED.fullmatch(self.text, start, end) is not None:
            return True
        tail = patterns.ITEM_TAIL.match(self.text, start, end)
        return tail is not None and self.mentions[first].noun_end(self.text) is not None \
            and patterns.VERB.search(self.text, start, tail.end()) is None \
            and patterns.COORDINATED.fullmatch(self.text, tail.end(), end) is not None

    def _load_modality(self, mention: Mention, clause: _Span) -> Modality:
        """A load is an estimate, unless only a full load would hold it ('when fully stocked')."""
        full = patterns.FULL_LOAD.search(self.text, clause.start, clause.end)  # 'If filled with shells, ...'
        return "hypothetical" if full else "estimated"

    def _load(self, mention: Mention, sentence: _Span) -> tuple[str | None, int] | None:
        """For a figure that says what carriers hold ('containers that can hold nearly 5
        million shells'): the action done with the carriers before it and where it stands."""
        window = max(sentence.start, mention.start - 40)
        contents = patterns.CONTENTS.search(self.text, window, mention.start) or patterns.LOAD_WITH.search(
            self.text, window, mention.start)
        if contents is None:
            return None
        reach = max(sentence.start, contents.start() - patterns.VESSEL_REACH)
        vessels = list(patterns.VESSELS.finditer(self.text, reach, contents.end()))
        if vessels:
            start = sentence.start
        elif (patterns.THEY.match(self.text, sentence.start) or patterns.THEY_BEFORE.search(
                self.text, max(sentence.start, contents.start() - 30), contents.start())) and (back := next(
                self._sentences_before(sentence), None)) is not None and patterns.VESSELS.search(
                self.text, self._sentences[back], sentence.start):
            start = self._sentences[back]  # 'They may contain up to 4.8 million shells'
        else:
            return None
        actions = [(name, found.start()) for found in ACTION_RE.finditer(self.lower, start, contents.start())
                   if (name := _action_name(found)) not in (None, "have")]
        if not actions and start == sentence.start:  # "That's enough cargo space for 3 million rounds"
            back = next(self._sentences_before(sentence, across_paragraphs=True), None)
            if back is not None:
                actions = [(name, found.start())
                           for found in ACTION_RE.finditer(self.lower, self._sentences[back], sentence.start)
                           if (name := _action_name(found)) == "supply"]
        return actions[-1] if actions else (None, contents.start())

    def period_later(self, index: int) -> str | None:
        """The period written further on in the figure's clause, before the next figure:
        'firing 10,000 shells on the battlefield daily' is per day."""
        mention = self.mentions[index]
        start = self._noun_end(mention)
        clause_end = self._clause(self._sentence(mention.start), mention).end
        if self.text.startswith("(", clause_end) and 0 <= (close := self.text.find(
                ")", clause_end, clause_end + patterns.PERIOD_REACH)) < start + patterns.PERIOD_REACH:
            if (found := patterns.PERIOD_AFTER.match(self.text, close + 1)) is not None:
                return _period_of(found)  # 'shots (155 mm shells) daily'
        stop = min(clause_end, start + patterns.PERIOD_REACH)
        # Past '(155 mm shells) daily' and the 'one' of 'in one hour'.
        if (following := self._following(index, ("caliber", "date", "duration"))) is not None:
            stop = min(stop, max(start, following.start))
        found = patterns.PERIOD.search(self.text, start, stop)
        if found is not None:
            return _period_of(found)
        return (self._parallel_period(index) or self._period_before_using(index)
                or self._period_referred(index) or self._period_first(index))

    def over_a_year(self, index: int) -> bool:
        """Whether the figure's sentence names one whole year it was counted over, before
        the next figure: 'in 2024 Ukraine produced 2.2 million drones' (that year's figure)."""
        mention = self.mentions[index]
        sentence = self._sentence(mention.start)
        following = self._following(index, ("caliber", "date", "duration"))
        stop = sentence.end if following is None else min(sentence.end, following.start)
        return patterns.WHOLE_YEAR.search(self.text, sentence.start, stop) is not None

    def _period_first(self, index: int) -> str | None:
        """A period that opens the figure's clause: 'Every day Russians fire about 60 thousand
        shells', 'Daily, the guns fire 5,000'."""
        mention = self.mentions[index]
        clause = self._clause(self._sentence(mention.start), mention)
        found = patterns.PERIOD_FIRST.match(self.text, clause.start)
        if found is None or found.end() > mention.start:
            return None
        after = mention.start - len(self.text[found.end() : mention.start].lstrip())  # the next word
        if not (self.text.startswith(",", found.end()) or self._actors_in(after, after + 1)):
            return None  # not 'Every day counts: ...'
        return _period_of(found)

    def _period_referred(self, index: int) -> str | None:
        """The period of the rate a changed figure refers back to: 'Russia fired 20,000 shells a
        day. Since last fall, that has dropped to about 10,000 rounds.'"""
        mention = self.mentions[index]
        sentence = self._sentence(mention.start)
        if not patterns.CHANGED_TO.search(self.text, max(sentence.start, mention.start - 60), mention.start):
            return None
        position = bisect_right(self._sentences, sentence.start) - 1
        earliest = self._sentences[max(0, position - 1)]
        for at in range(index - 1, -1, -1):
            before = self.mentions[at]
            if before.end <= earliest:
                return None
            counted, _, period = (before.unit or "").partition(" / ")
            if counted == mention.unit and period:
                return period
        return None

    def _period_before_using(self, index: int) -> str | None:
        """The period of the clause a participle with the figure hangs on: '700-800 attacks
        every day, using 40,000 to 60,000 shells'."""
        mention = self.mentions[index]
        using = patterns.USING.search(self.text, max(0, mention.start - 40), mention.start)
        if using is None:
            return None
        sentence = self._sentence(mention.start)
        found = list(patterns.PERIOD.finditer(self.text, sentence.start, using.start()))
        if not found or found[-1].end() < using.start() - 3:
            return None  # only a period that ends right before the participle
        return _period_of(found[-1])

    def _parallel_period(self, index: int) -> str | None:
        """The period of the figure before, when this one counts the same thing in a clause
        set against it: '... fires 5,000 shells daily while Russia fires 10,000 shells'."""
        if index == 0:
            return None
        mention = self.mentions[index]
        at = self._previous_figure(index)
        if at is None:
            return None
        before = self.mentions[at]
        if before.start < self._sentence(mention.start).start or before.unit is None \
                or before.unit.partition(" / ")[0] != mention.unit \
                or not patterns.PARALLEL.search(self.text, before.end, mention.start):
            return None
        period = before.unit.partition(" / ")[2]
        return period or (self.period_later(at) if before.kind == "count" else None)

    def carried(self, index: int) -> tuple[str, str] | None:
        """The unit and noun ``mentions[index]`` borrows from the counted figure or label before it."""
        found = self._carried(index)
        if found is None:
            return None
        return found[1], found[2]

    def _sentence(self, at: int) -> _Span:
        """The sentence around ``at``, no further than a long sentence reaches either side (a
        list or table with no full stop is no sentence to read whole for each of its figures)."""
        index = bisect_right(self._sentences, at) - 1
        stop = self._sentences[index + 1] if index + 1 < len(self._sentences) else len(self.text)
        start = self._sentences[index]
        if stop - start > 2 * patterns.SENTENCE_REACH:
            start, stop = max(start, at - patterns.SENTENCE_REACH), min(stop, at + patterns.SENTENCE_REACH)
        return _Span(start, stop)

    def _clause(self, sentence: _Span, mention: Mention) -> _Span:
        begin, stop = sentence.start, sentence.end
        outside = begin  # where the clause began before an aside in parentheses
        for start, end, mark in self._breaks(sentence):
            if end <= mention.start:
                if mark == "(":
                    outside, begin = begin, end
                elif mark == ")":
                    begin = outside  # '... vehicles (AFVs), and 19,565 artillery systems'
                else:
                    begin = end
            elif start >= mention.end:
                stop = start
                break
        return _Span(begin, stop)

    def _breaks(self, sentence: _Span) -> list[tuple[int, int, str]]:
        """Where the sentence's clauses break (start, end, and the parenthesis if it is one), read once."""
        found = self._clause_breaks.get(sentence.start)
        if found is None:
            found = self._clause_breaks[sentence.start] = [
                (m.start(), m.end(), m.group() if m.group() in "()" else "")
                for m in patterns.CLAUSE_BREAK.finditer(self.text, sentence.start, sentence.end)]
        return found

    def _actors_in(self, begin: int, end: int) -> list[_Actor]:
        return self._actors[bisect_left(self._actor_starts, begin) : bisect_left(self._actor_starts, end)]

    def _actor(self, mention: Mention, sentence: _Span, clause: _Span,
               agents_after: bool = True) -> tuple[str | None, ActorSource | None]:
        if EACH_RE.search(self.text, clause.start, clause.end):
            return EACH, "clause"
        if BOTH_RE.search(self.text, clause.start, clause.end):
            return BOTH, "clause"
        in_clause = self._actors_in(clause.start, mention.start)
        if in_clause and in_clause[-1].possessive and patterns.POSSESSIVE_GAP.fullmatch(
                self.text, in_clause[-1].end, mention.start):
            return in_clause[-1].actor, "clause"  # "to Ukraine's 2,000"
        if in_clause and patterns.OWNER_NOUN_GAP.fullmatch(self.text, in_clause[-1].end, mention.start):
            return in_clause[-1].actor, "clause"  # "much more than the South Korean Army's 2,300"
        after = self._actors_in(mention.end, clause.end) if agents_after else []
        agent = next((a for a in after if self._role(a) == "agent"), None)
        if agent is not None and not (
                "," in self.text[mention.end : agent.start]
                and any(self._role(a) == "subject" for a in in_clause)) \
                and not self._acted_on(mention, clause):
            # not an aside's: 'Ukraine fires 110,000 shells a month, a quarter of the amount used by Russia'
            return agent.actor, "agent"
        if not in_clause and (origin := next((a for a in after if self._whose_after(mention, a)), None)):
            return origin.actor, "clause"
        if not in_clause and (doer := self._doer_of_noun_after(mention, after)) is not None:
            return doer, "clause"  # '1.6 million artillery shells: North Korea's contribution to Russia'
        if before := [a for a in in_clause if self._role(a) in ("subject", "agent")]:
            return before[-1].actor, "clause"
        speaker = next((a for a in reversed(in_clause) if self._role(a) == "source"), None)
        if speaker is not None and patterns.PRONOUN.search(self.text, speaker.end, mention.start):
            return speaker.actor, "clause"  # 'Russia says it destroyed 40 launchers'
        if not in_clause and (named := self._named_before_dash(clause)) is not None:
            return named, "clause"  # '... three times more than Ukraine - 131,46 thousand, or 14,600 a day'
        own_subject = patterns.OWN_SUBJECT.match(self.text, clause.start)
        if not in_clause and clause.start > sentence.start and own_subject:
            return None, "unnamed"  # ', and the Armed Forces about 13,000': someone the text does not place
        in_sentence = self._actors_in(sentence.start, mention.start)
        if before := [a for a in in_sentence if self._role(a) in ("subject", "agent")]:
            return before[-1].actor, "sentence"
        if owners := [a for a in in_sentence if self._role(a) == "owner"]:
            return owners[-1].actor, "owner"  # 'a gain for North Korea, a nation with a GDP of $24 billion'
        anaphor = patterns.ANAPHOR.search(self.text, clause.start, mention.start) is not None
        pronoun = patterns.SUBJECT_PRONOUN.match(self.text, clause.start) is not None
        return self._carried_actor(sentence, mention.start, across_paragraphs=anaphor or pronoun,
                                   pronoun=pronoun)

    def _acted_on(self, mention: Mention, clause: _Span) -> bool:
        """Whether an action word before the figure in its clause makes it the object: then
        an agent after it acts in a clause of its own ('it shot down 70 per cent of the drones
        fired by Russia' is no figure of Russia's)."""
        return any(_action_name(found) not in (None, "have")
                   for found in ACTION_RE.finditer(self.lower, clause.start, mention.start))

    def _whose_after(self, mention: Mention, actor: _Actor) -> bool:
        """Whether a name right after the figure says whose it is: '2,000 a day from the
        Ukrainian side', '20,000 on the Russian side'."""
        if patterns.FROM_AFTER.fullmatch(self.text, mention.end, actor.start):
            return True
        return bool(patterns.SIDE_AFTER.fullmatch(self.text, mention.end, actor.start)
                    and self.text.startswith(" side", actor.end))

    def _named_before_action(self, action_at: int, sentence: _Span) -> str | None:
        """The actor named right before the action word: 'Russian fire', 'Pyongyang's deliveries'."""
        named = self._actors_in(max(sentence.start, action_at - 40), action_at)
        if named and not self.text[named[-1].end : action_at].strip() \
                and self._role(named[-1]) in ("subject", "owner"):
            return named[-1].actor
        return None

    def _doer_of_noun_after(self, mention: Mention, after: list[_Actor]) -> str | None:
        """The first name after the figure, when it is the owner of an action noun right after
        it ('North Korea's contribution', 'Pyongyang's deliveries') and no other name comes first."""
        if not after or not after[0].possessive \
                or after[0].start - self._noun_end(mention) > patterns.OBJECT_REACH:
            return None
        action = ACTION_RE.match(self.lower, after[0].end + 1)
        return after[0].actor if action is not None and _action_name(action) not in (None, "have") else None

    def _named_before_dash(self, clause: _Span) -> str | None:
        """The actor a clause after a dash is set against: 'Ukraine - 131,46 thousand'."""
        dash = self.text[max(0, clause.start - 3) : clause.start]
        if not any(mark in dash for mark in "-–—"):
            return None
        named = self._actors_in(max(0, clause.start - 60), clause.start)
        if named and clause.start - named[-1].end <= 3 and not patterns.PLACE_BEFORE.search(
                self.text, max(0, named[-1].start - 12), named[-1].start):
            return named[-1].actor  # not '... sent ten shipments to Russia – roughly one million shells'
        return None

    def _carried_actor(self, sentence: _Span, at: int, across_paragraphs: bool = False,
                       pronoun: bool = False) -> tuple[str | None, ActorSource | None]:
        """The one actor of the sentences before in its paragraph (or before it, for 'the
        country' and 'it'), or of the headline; None when several compete, unless a pronoun
        stands for the one subject among them ('... far more than South Korea's. Its 3,500
        tanks ...')."""
        lead = self._lead_actors(sentence.start)
        for back in self._sentences_before(sentence, across_paragraphs):
            stop = self._sentences[back + 1]
            # Not an agent: 'a city seized by Russian forces' names who acted in a side clause.
            roles = [(a.actor, self._role(a)) for a in self._actors_in(self._sentences[back], stop)]
            named = {actor for actor, role in roles if role in ("subject", "owner")}
            if len(named) == 1:
                return named.pop(), "before"
            subjects = {actor for actor, role in roles if role == "subject"}
            if pronoun and len(subjects) == 1:
                return subjects.pop(), "before"
            if named:
                # A list under a headline: the headline's one actor, if it is among them.
                return (lead.pop(), "lead") if len(lead) == 1 and lead <= named else (None, None)
        if len(lead) == 1:
            return lead.pop(), "lead"
        return None, None

    def _sentences_before(self, sentence: _Span, across_paragraphs: bool = False) -> Iterator[int]:
        """The indexes of up to three sentences before, nearest first, within the paragraph."""
        index = bisect_right(self._sentences, sentence.start) - 1
        for back in range(index - 1, max(-1, index - 1 - patterns.BEFORE_SENTENCES), -1):
            if not across_paragraphs and patterns.PARAGRAPH.search(
                    self.text, self._sentences[back], self._sentences[back + 1]):
                return
            yield back

    def _carried_action(self, sentence: _Span, across_paragraphs: bool = False) -> str | None:
        """The one action of the sentences before, or of the headline when it is among theirs."""
        line = self._headline(sentence.start)
        headline = self._actions_between(line.start, line.end) if line else set()
        for back in self._sentences_before(sentence, across_paragraphs):
            named = self._actions_between(self._sentences[back], self._sentences[back + 1])
            if len(named) == 1:
                return named.pop()
            if named:
                return headline.pop() if len(headline) == 1 and headline <= named else None
        return None

    def _actions_between(self, start: int, stop: int) -> set[str]:
        """The actions named in ``text[start:stop]`` (a sentence or the headline), read once."""
        found = self._sentence_actions.get(start)
        if found is None:
            found = self._sentence_actions[start] = {
                action for m in ACTION_RE.finditer(self.lower, start, stop)
                if (action := _action_name(m)) is not None}
        return set(found)

    @cached_property
    def _respectively(self) -> bool:
        return "respectively" in self.lower

    @cached_property
    def lower(self) -> str:
        """The text with A-Z lowered, for the action words (same offsets)."""
        return ascii_lower(self.text)

    def _headline(self, at: int) -> _Span | None:
        """The article's first line when it reads as a headline (short, no full stop) and
        ends before ``at``."""
        end = self.text.find("\n")
        line = self.text[:end].rstrip()
        if 0 < end <= min(patterns.HEADLINE_CHARS, at) and line and line[-1] not in ".;:,":
            return _Span(0, end)
        return None

    def _lead_actors(self, at: int) -> set[str]:
        """The actors the headline names, when it ends before ``at``."""
        headline = self._headline(at)
        if headline is None:
            return set()
        return {a.actor for a in self._actors_in(headline.start, headline.end) if self._role(a) != "source"}

    def _action(self, index: int, clause: _Span) -> tuple[str | None, int]:
        """The action word nearest the figure in its clause (before it, else after its counted
        noun and before the next figure), and where it starts."""
        mention = self.mentions[index]
        before = None
        # Read past the figure so that what follows a word can rule it out ('pay a three-day visit').
        for found in ACTION_RE.finditer(self.lower, max(clause.start, mention.start - patterns.ACTION_REACH),
                                        min(clause.end, mention.end + patterns.OBJECT_REACH)):
            if found.end() > mention.start:
                break
            if _action_name(found) is not None and not self._in_counted_noun(found.start()):
                before = found  # not the 'hit' of 'losses hit 10,000', nor the 'ships' of '400 combat ships'
        if self._with_own_verb(mention):
            before = None
        noun_end = self._noun_end(mention)
        stop = min(clause.end, noun_end + patterns.ACTION_REACH)
        if patterns.OF_THE_TYPE.match(self.text, noun_end):
            stop = noun_end  # '1.6 million shells of the type Russia has used'
        # Up to the next figure (not the 15 of '15-centimetre shells'), past figures joined to this
        # one: '4,727 artillery pieces and 698 MLRS destroyed'.
        if (following := self._following(index, ("date", "caliber"), unjoined=True)) is not None:
            stop = min(stop, max(mention.end, following.start))
        if (said := patterns.SAID_NEXT.search(self.text, noun_end, stop)) is not None:
            stop = said.start()
        after = next((found for found in ACTION_RE.finditer(self.lower, noun_end, stop)
                      if _action_name(found) is not None and not self._in_counted_noun(found.start())), None)
        gap = mention.start - before.end() if before is not None else 0
        if before is not None and (after is None or gap <= after.start() - mention.end or gap < 60):
            return _action_name(before), before.start()
        if after is not None:
            return _action_name(after), after.start()
        return None, mention.start

    def _with_own_verb(self, mention: Mention) -> bool:
        """Whether the figure opens a ', with ...' phrase, whose verb follows it: 'can make 4
        million a year, with 1.5 million already contracted' (no action of the 4 million's)."""
        return patterns.WITH_BEFORE.search(self.text, max(0, mention.start - 10), mention.start) is not None

    def _in_counted_noun(self, at: int) -> bool:
        """Whether ``at`` lies in what a figure before it counts ('400 combat ships'; not the
        'losses' of '8,618 tank losses', which are the action too)."""
        index = bisect_right(self._mention_starts, at) - 1
        return index >= 0 and self.mentions[index].end <= at < self._noun_end(self.mentions[index]) \
            and not self.lower.startswith("loss", at)

    def _bare(self, index: int, clause: _Span) -> bool:
        """Whether no verb stands between the figure before (or its clause's start) and it."""
        start = self._noun_end(self.mentions[index - 1]) if index > 0 else 0
        return patterns.VERB.search(self.text, max(start, clause.start), self.mentions[index].start) is None

    def _noun_end(self, mention: Mention) -> int:
        """Where the counted noun after the figure ends, or the figure if it names none."""
        return mention.noun_end(self.text) or mention.end

    def _column_actor(self, index: int) -> str | None:
        """The actor heading the figure's column, for a figure in a table row under a line
        that names two or more actors and no figure ('North Korea, South Korea')."""
        mention = self.mentions[index]
        line = self.text.rfind("\n", 0, mention.start) + 1
        if not patterns.TABLE_ROW.match(self.text, line) or self.text[line : mention.start].count("(") \
                > self.text[line : mention.start].count(")"):
            return None
        column = sum(1 for m in self.mentions[bisect_left(self._mention_starts, line) : index]
                     if self.text.count("(", line, m.start) == self.text.count(")", line, m.start))
        end = line - 1
        for _ in range(patterns.TABLE_LINES):
            if end <= 0:
                return None
            start = self.text.rfind("\n", 0, end) + 1
            row = self.text[start:end]
            if row.strip() and not patterns.TABLE_ROW.match(row):
                if any(c.isdigit() for c in row):
                    return None
                outside = [a for a in self._actors_in(start, end)
                           if self.text.count("(", start, a.start) == self.text.count(")", start, a.start)]
                names = list(dict.fromkeys(a.actor for a in outside))
                if names:  # a heading with no actor ('Ground Forces:') is passed over
                    return names[column] if len(names) >= 2 and column < len(names) else None
            end = start - 1
        return None

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def _place_of_there(self, mention: Mention, clause: _Span) -> str | None:
        """The place of 'there are' before a figure: it holds what is counted."""
        if not patterns.THERE.search(self.text, clause.start, mention.start):
            return None
        places = [a for a in self._actors_in(clause.start, clause.end)
                  if patterns.IN.search(self.text, max(0, a.start - 8), a.start)]
        return places[0].actor if len(places) == 1 else None

    def _recipient_in(self, sentence: _Span, actor: str | None) -> bool:
        """Whether ``actor`` is named in the sentence as where things went ('to Russia')."""
        return any(a.actor == actor and patterns.TO_BEFORE.search(self.text, max(0, a.start - 8), a.start)
                   for a in self._actors_in(sentence.start, sentence.end))

    def _sender(self, sentence: _Span, action_at: int, actor: str | None) -> str | None:
        """Who sent, named after 'from' right after the verb of sending ('containers sent from
        North Korea'), or anywhere after it when the clause names no one else."""
        verb_end = self.lower.find(" ", action_at)
        reach = verb_end + patterns.OBJECT_REACH if actor is not None else sentence.end
        return self._named_after_from(verb_end, min(sentence.end, reach))

    def _coordinated(self, index: int, sentence: _Span) -> int | None:
        """The figure this one is joined to with no verb between ('... over 3 million 152mm
        shells and 500,000 122mm shells'), when both count something."""
        at = self._previous_figure(index)
        if at is None or not (self.mentions[index].noun or self._carried(index)):
            return None
        before = self.mentions[at]
        if before.start < sentence.start or not before.noun or before.kind not in ("count", "rate"):
            return None
        if self._noun_end(before) > self.mentions[index].start or not self._joined(at, index):
            return None
        return at

    def _seller(self, mention: Mention, clause: _Span) -> str | None:
        return self._named_after_from(mention.end, clause.end)

    def _named_after_from(self, start: int, stop: int) -> str | None:
        """The first actor in ``text[start:stop]`` named right after 'from'."""
        for actor in self._actors_in(start, stop):
            if patterns.FROM.search(self.text, max(0, actor.start - 12), actor.start):
                return actor.actor
        return None

    def _owner_of_counted(self, index: int, clause: _Span) -> str | None:
        """The actor whose things were destroyed, named right before them: '48 Russian artillery
        systems', 'the tally of Russian artillery systems destroyed ... to 6,525'."""
        mention = self.mentions[index]
        carried = self._carried(index)
        noun = mention.noun or (carried[2] if carried else "")
        words = {w.lower() for w in patterns.WORD.findall(noun)}
        for actor in self._actors_in(clause.start, self._noun_end(mention)):
            reach = min(clause.end, actor.end + 40)
            after = [w.group().lower() for w in patterns.WORD.finditer(self.text, actor.end, reach)]
            # right before what it counts ('Russian artillery systems', 'Russia's self-propelled
            # guns'), not the subject of 'Ukraine destroyed 13,000 Russian artillery systems'
            if self._role(actor) in ("owner", "subject") and after and after[0] not in ACTION_NAMES \
                    and words & set(after[:3]):
                return actor.actor
        return None

    def _modality(self, mention: Mention, clause: _Span, action_at: int) -> Modality:
        """Modal words between the action (and a few words before it) and the figure."""
        start = max(clause.start, min(action_at, mention.start) - patterns.MODAL_REACH)
        while start > clause.start and self.text[start - 1].isalnum() and self.text[start].isalnum():
            start += 1  # from a word's start: the 'aim' of 'claim' is none
        # ... and the words between the figure and an action after it ('a million shells will come')
        stop = max(mention.end, action_at)
        if action_at > mention.end and (word := patterns.WORD.match(self.text, action_at)) is not None:
            stop = word.end()  # ('could be used': a capability, not a guess)
        if action_at < mention.start and patterns.INFINITIVE_BEFORE.search(
                self.text, max(clause.start, action_at - 4), action_at) \
                and (governing := self._governing_modality(clause.start, action_at)) is not None:
            return governing
        window, likely = patterns.EPISTEMIC.subn("", self.text[start:stop])
        window, delivery = patterns.MODAL_OF_DELIVERY.subn("", window)
        likely += delivery
        for modality, pattern in MODALITY_RE:
            if pattern.search(window):
                if modality == "hypothetical" and not patterns.CONDITION.search(
                        self.text, clause.start, clause.end):
                    if patterns.HEDGED_WOULD.search(self.text, clause.start, mention.start):
                        return "estimated"  # 'The latest figures, if accurate, would bring ... to 19,156'
                    if patterns.REPORTED_WOULD.search(self.text, clause.start, mention.start):
                        return "planned"  # 'reported that Russia would write off 90 percent'
                return modality
        return "estimated" if likely or mention.value.qualifier in ("about", "vague") else "stated"

    def _governing_modality(self, start: int, infinitive_at: int) -> Modality | None:
        """The modality of the verb whose chain of infinitives ends at ``infinitive_at``
        ('plan to increase the output of drones to use ...'): the last 'X to' before it."""
        best: tuple[int, Modality] | None = None
        for modality, pattern in patterns.GOVERNING_INFINITIVE:
            for found in pattern.finditer(self.text, start, infinitive_at + 1):
                if best is None or found.start() > best[0]:
                    best = found.start(), modality
        return best[1] if best is not None else None

    def _carried(self, index: int) -> tuple[int, str, str] | None:
        """For a figure that names nothing it counts: the index of the counted figure before
        it in this sentence or the one before (or -1 for a label before it in its clause),
        the unit it counts and its noun ('the rate fell from 55,000 to 18,000 per day',
        'its battle tanks to 4,100', a table row 'Tanks 4,100')."""
        if index not in self._carried_at:
            self._carried_at[index] = self._read_carried(index)
        return self._carried_at[index]

    def _read_carried(self, index: int) -> tuple[int, str, str] | None:
        mention = self.mentions[index]
        if mention.kind not in CARRYING_KINDS or (mention.noun and mention.noun.lower()
                                                  not in patterns.TIME_ADVERBS | patterns.GENERIC_NOUNS):
            return None  # ('a tank force numbering 5,845 units' counts what the label names)
        if patterns.HYPHENED.match(self.text, mention.end):
            return None  # 'one-way attack drones', a '1,000-strong unit': a word, not a count
        noun_start = self._noun_end(mention) - len(mention.noun or "")
        if mention.noun and patterns.WORD.search(self.text, mention.end, noun_start):
            return None  # '344 anti-aircraft warfare systems': systems of a kind it names
        sentence = self._sentence(mention.start)
        nominal = mention.value.nominal
        if patterns.THE_BEFORE.search(self.text, max(0, mention.start - 8), mention.start):
            return None  # 'a mix of the two': which two the text said before, not a count
        if (nominal is not None and nominal < 1) or any(
                pattern.match(self.text, mention.end)
                for pattern in (patterns.SHARE_OF, patterns.TIMES, patterns.DIFFERENCE, patterns.RATIO)) \
                or patterns.BY_A_FACTOR.search(self.text, max(0, mention.start - 20), mention.start):
            # 'one-third of the artillery systems', 'three times as many', '200 more than',
            # 'by a factor of 3.5', 'a 1.2-1 ratio': no count
            return None
        # ('5,500 units monthly': the period after the word that names nothing)
        noun = mention.noun or ""
        after = noun_start + len(noun) if noun.lower() in patterns.GENERIC_NOUNS else mention.end
        period = patterns.PERIOD_AFTER.match(self.text, after)
        if (respective := self._respective_noun(index, sentence)) is not None:
            # '... losses of artillery, APVs and tanks ... to 13,407, 15,096 and 7,834 respectively'
            return -1, _with_period(respective[0], period), respective[1]
        if (ahead := self._counted_ahead(index)) is not None:
            return ahead  # 'from 60,000 to 20,000 rounds per day'
        named = self._number_of(index, sentence)
        if named is not None and "/" in named[0]:
            return -1, named[0], named[1]  # 'the daily expenditure of artillery rounds ... around 40,000'
        label = self._label_before(index, sentence)
        if label == PART:
            return None  # 'self-propelled artillery losses of 779': one kind's, not all
        if (label := label or named) is not None:
            unit, noun = label
            return -1, _with_period(unit, period), noun
        if (anaphor := patterns.FIGURE_ANAPHOR.search(self.text, sentence.start, mention.start)) is not None \
                and (named := self._noun_named_before(sentence.start, anaphor.start())) is not None:
            # 'far more shells in storage, with estimates putting that figure as high as 17 million'
            return -1, _with_period(named[0], period), named[1]
        if noun.lower() in patterns.GENERIC_NOUNS \
                and (named := self._noun_named_before(sentence.start, mention.start)) is not None:
            return -1, _with_period(named[0], period), named[1]  # 'drone plants make 900 units monthly'
        position = bisect_right(self._sentences, sentence.start) - 1
        earliest = self._sentences[max(0, position - 1)]
        for at in range(index - 1, -1, -1):
            before = self.mentions[at]
            if before.end <= earliest:
                break
            if before.unit is None and before.kind == "count" and before.noun \
                    and before.end > sentence.start \
                    and before.noun.lower() not in patterns.GENERIC_NOUNS | patterns.TIME_ADVERBS:
                return None  # 'shed 14 APVs the past day, taking the total to 13,971': APVs, unknown
            if before.unit and before.kind in ("count", "rate") and before.noun:
                if before.noun.lower() in patterns.GENERIC_NOUNS:  # 'by 100 pieces to some 5,200'
                    return None if (found := self._carried(at)) is None else (at, *found[1:])
                counted = before.unit.partition(" / ")[0]
                unit = before.unit if period is None else _with_period(counted, period)
                return at, unit, before.noun
            if before.unit is None and before.end > sentence.start and patterns.JOINED.fullmatch(
                    self.text, before.end, mention.start) and (label := self._label_before(at, sentence)):
                return -1, _with_period(label[0], period), label[1]  # 'its tanks to 4,100 from 3,900'
        return None

    def _respective(self, index: int) -> tuple[int, int] | None:
        """Where a figure stands in a list of figures ending in 'respectively', and the index
        of the list's first figure."""
        if not self._respectively:
            return None
        first, last = self._figure_list(index)
        if first == last or not patterns.RESPECTIVELY.match(self.text, self.mentions[last].end):
            return None
        return index - first, first

    def _figure_list(self, index: int) -> tuple[int, int]:
        """The first and last figure of the list joined by commas and 'and' that holds
        ``mentions[index]``, read once for the whole list."""
        found = self._lists.get(index)
        if found is None:
            first = last = index
            while first > 0 and self._listed(first - 1, first):
                first -= 1
            while last + 1 < len(self.mentions) and self._listed(last, last + 1):
                last += 1
            found = (first, last)
            self._lists.update(dict.fromkeys(range(first, last + 1), found))
        return found

    def _listed(self, at: int, following: int) -> bool:
        return patterns.LIST_JOIN.fullmatch(
            self.text, self._noun_end(self.mentions[at]), self.mentions[following].start) is not None

    def _list_count(self, index: int) -> int:
        return self._figure_list(index)[1] - index + 1

    def _respective_actor(self, index: int, sentence: _Span) -> str | None:
        """The actor in the same place of a list of as many actors before the figures:
        'Russia and Ukraine fire 10,000 and 2,000 shells a day, respectively'."""
        if (respective := self._respective(index)) is None:
            return None
        place, first = respective
        count = self._list_count(first)
        named = self._actors_in(sentence.start, self.mentions[first].start)
        for end in range(len(named), count - 1, -1):
            group = named[end - count : end]
            if all(patterns.LIST_JOIN.fullmatch(self.text, a.end, b.start) for a, b in pairwise(group)) \
                    and len({a.actor for a in group}) == count:
                return group[place].actor
        return None

    def _respective_noun(self, index: int, sentence: _Span) -> tuple[str, str] | None:
        """The counted noun in the same place of a list of as many names before the figures:
        '... losses of artillery, APVs, and tanks since 2022 to 13,407, 15,096, and 7,834
        respectively'."""
        if (respective := self._respective(index)) is None:
            return None
        place, first = respective
        count = self._list_count(first)
        start = self.mentions[first].start
        for join in reversed(list(patterns.LIST_AND.finditer(self.text, sentence.start, start))):
            last = patterns.LIST_ITEM.match(self.text, join.end(), start)
            if last is None:
                continue
            words = last.group().split()
            items = [[words[:2], words[:1]]]
            before = self.text[sentence.start : join.start()].split(",")
            if len(before) < count - 1:
                continue
            earlier = before[len(before) - count + 1 :]
            if any(len(item.split()) > 3 for item in earlier[1:]):
                continue
            items = [[item.split()[-2:], item.split()[-1:]] for item in earlier] + items
            return _listed_unit(items[place])
        return None

    def _noun_named_before(self, start: int, stop: int) -> tuple[str, str] | None:
        """The last counted noun in ``text[start:stop]`` with no figure of its own."""
        if bisect_left(self._mention_starts, start) != bisect_left(self._mention_starts, stop):
            return None  # a figure between: 'that figure' is its
        words = list(patterns.WORD.finditer(self.text, start, stop))
        for at in range(len(words) - 1, -1, -1):
            unit = unit_of(words[at].group())
            if unit is not None and unit.kind == "count" and unit.name is not None:
                return unit.name, words[at].group()
        return None

    def _counted_ahead(self, index: int) -> tuple[int, str, str] | None:
        """What the figure after counts, when this one is the start of a change or range
        written out ('from 60,000 to 20,000 rounds per day')."""
        if index + 1 >= len(self.mentions):
            return None
        after = self.mentions[index + 1]
        if not after.unit or after.kind not in ("count", "rate") or not after.noun \
                or not patterns.FROM_TO.fullmatch(self.text, self.mentions[index].end, after.start):
            return None
        if not patterns.FROM_BEFORE.search(self.text, max(0, self.mentions[index].start - 30),
                                           self.mentions[index].start):
            return None
        return index + 1, after.unit, after.noun

    def _number_of(self, index: int, sentence: _Span) -> tuple[str, str] | None:
        """What 'the number of ...' or '... production' before the figure counts, with no
        figure between."""
        mention = self.mentions[index]
        start = max(sentence.start, mention.start - patterns.NUMBER_OF_REACH)
        if (before := self._previous_figure(index)) is not None:  # not the 2022 of 'since 2022'
            start = max(start, self.mentions[before].end)
        found = [*patterns.NUMBER_OF.finditer(self.text, start, mention.start),
                 *patterns.NOUN_PRODUCTION.finditer(self.text, start, mention.start)]
        if not found:
            return None
        named = max(found, key=lambda match: match.end())
        period = patterns.PERIODS.get((named["period"] or "").strip().lower().replace("annual", "yearly"))
        words = named["words"].split()
        pairs = ["_".join(pair).lower() for pair in pairwise(words)]
        for word in [*reversed(pairs), *reversed(words)]:  # 'artillery losses' before 'losses'
            unit = unit_of(word)
            if unit is not None and unit.kind == "count" and unit.name is not None:
                # 'the daily expenditure of artillery rounds': a rate
                return (f"{unit.name} / {period}" if period else unit.name), word.replace("_", " ")
        return None

    def _label_before(self, index: int, sentence: _Span) -> tuple[str, str] | None:
        """A counted noun among the few words before ``mentions[index]``, with no figure between."""
        mention = self.mentions[index]
        # After the figures before in its sentence and what they count: '7,000 rounds a day
        # versus Russia's 5,000' is no label 'rounds' for the 5,000.
        previous = sentence.start
        for at in range(index - 1, -1, -1):
            if self.mentions[at].end <= sentence.start:
                break
            previous = max(previous, self._noun_end(self.mentions[at]))
        line = self.text.rfind("\n", 0, mention.start) + 1
        words = list(patterns.WORD.finditer(self.text, max(previous, line, sentence.start), mention.start))
        words = words[-patterns.LABEL_WORDS:]
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if ACTION_RE.search(self.lower, word.end(), mention.start):
                return None  # 'troops spent about 20,000': the troops act, they are not counted
            # The longest known name ending here: 'Air Defense Guns' are no field guns.
            for first in range(max(0, at - 2), at + 1):
                unit = unit_of("_".join(w.group() for w in words[first : at + 1]).lower()) if first < at \
                    else unit_of(word.group())
                if unit is not None:
                    break
            if unit is not None and unit.kind == "count" and unit.name is not None:
                named_at = words[first].start()
                if patterns.KIND_BEFORE.search(self.text, max(0, named_at - 20), named_at):
                    return PART
                return unit.name, word.group()
        return None


def _action_name(found: re.Match[str]) -> str | None:
    if patterns.REACHED.search(found.string, max(0, found.start() - 12), found.end()):
        return None  # 'its artillery losses hit 10,000': a total reached, not a strike
    if patterns.MODIFIER.match(found.string, found.start()):
        return None  # 'transport helicopters', 'multiple launch rocket systems'
    return ACTION_NAMES.get(patterns.SPACES.sub(" ", found.group()))


def _listed_unit(readings: list[list[str]]) -> tuple[str, str] | None:
    """The counted thing a short item of a list names, read as the first of ``readings``
    that names one ('tanks', 'artillery systems'; a bare 'artillery' in a list of counted
    things is its pieces)."""
    for words in readings:
        name = "_".join(words).lower().strip("’'")
        for candidate in (name, f"{name}_systems"):
            unit = unit_of(candidate)
            if unit is not None and unit.kind == "count" and unit.name is not None:
                return unit.name, " ".join(words)
    return None


def _with_period(unit: str, period: re.Match[str] | None) -> str:
    if period is None:
        return unit
    return f"{unit} / {_period_of(period)}"


def _period_of(found: re.Match[str]) -> str:
    return patterns.PERIODS[(found["unit"] or found["short"] or found["adverb"]).lower()]


def frames_of(text: str, mentions: Sequence[Mention]) -> list[Frame]:
    """The frame of every mention of one article (``mentions`` sorted by start)."""
    article = ArticleFrames(text, mentions)
    return [article.with_stretch(i) for i in range(len(mentions))]
