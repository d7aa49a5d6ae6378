"""The patterns and reaches a figure's frame is read with: where clauses break, what
makes a name a speaker, a place, an owner or an agent, and how far words still govern a
figure."""

from __future__ import annotations

import re

from .lexicon import IF_THEN, Modality

# A word of speech after an actor makes it a source, not the actor: 'Ukraine says Russia fires'
# ('estimated to fire' and 'is believed to' are not speech).
SPEECH = re.compile(r"(?:\W+\w+){0,4}?\W+(?:says?|said|saying|claims?|claimed|estimates?|estimated|reports?|"
                     r"reported|told|tells|believes?|believed|stated|states|assessed|assesses|thinks?|notes?|"
                     r"noted|warned|warns|added|wrote|writes|calculated|calculates|revealed|reveals|disclosed|"
                     r"discloses|announced|announces|confirmed|confirms|explained|explains|indicated|indicates|"
                     r"clarified|stressed|emphasi[sz]ed|insisted|admitted|acknowledged|alleged|argued|testified|"
                     r"informed|briefed|specified|pointed\s+out)\b(?!\s+(?:to|at)\b)"
                     r"(?!\s+[\d$€£])")  # 'firing an estimated 60,000 rounds': no speech
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$")
ACCORDING = re.compile(r"(?:according\s+to|cited\s+by|citing|sources\s+in|sources\s+at)"
                        r"(?:\s+\w+){0,3}\s*$|\bper\s+(?:the\s+)?$", re.I)
# Before an actor: a place, recipient or comparison ('in Ukraine', 'to Russia', 'than Ukraine'),
# or whose the thing is ('GDP of North Korea', 'a gain for North Korea').
# ('with' and 'as' may open a clause: 'with the Ukrainian side was', 'as the United States has sent')
PREPOSITION = re.compile(r"\b(?:(?P<owner>of|for)|(?P<with>with|as)|to|from|against|into|in|on|onto|at|than|"
                          r"over|toward|towards|inside|within|across|near|about|between|among)"
                          r"\s+(?:the\s+)?$", re.I)
# What the counted thing is like, said in a clause of its own: '1.6 million shells of the type
# Russia has used' (Russia's using is no action of the figure).
OF_THE_TYPE = re.compile(r"\s+(?:of\s+the\s+(?:same\s+)?(?:type|kind|sort|calibre|caliber)|like\s+those)\b",
                         re.I)
# Whose an economic measure is, by where: 'GDP in North Korea', 'the economy in Belarus'.
ECONOMY_IN = re.compile(r"\b(?:GDP|economy|economic\s+output|national\s+income|GNI|product|production)\)?"
                        r"\s+in\s+(?:the\s+)?$", re.I)
# A sum restated in another currency right after the first: '35.3 trillion won ($32.2 billion)',
# 'KRW 40 trillion, or about $30 billion'.
RESTATED = re.compile(r"\s*[^\s()]{0,12}\s*(?:\(|,\s*(?:or|about|approximately|roughly|some)?)\s*$")
LOSS_NOUN = re.compile(r"\blosses\b|\bloss\b", re.I)  # 'artillery losses' count things lost
# What a figure is set against: 'almost double that of South Korea', 'twice those of Japan'.
THAT_OF = re.compile(r"\b(?:that|those)\s+of\s+(?:the\s+)?$", re.I)
# A possessive right before a figure, with no action: 'Its 3,500 tanks', 'their some 500 guns'.
HELD_BY = re.compile(r"(?:\b(?:its|their)|['’]s)\s+(?:(?:about|around|some|roughly|nearly|almost|estimated|"
                     r"over|more\s+than)\s+)?$", re.I)
# 'with Ukrainian forces firing', 'with the Ukrainian counterpart was limited to': a subject
DOING = re.compile(r"(?:['’]s)?(?:\s+[a-z]+){0,2}?\s+(?:[a-z]+ing|was|were|is|are|had|has)\b")
# A clause that opens with a subject of its own: ', and the Armed Forces about 13,000'.
OWN_SUBJECT = re.compile(r"\s*(?:the|its|their)\s+[A-Z][a-z]+")
AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# 'according to a report last year by South Korea's central bank': the report's author is a source
ACCORDING_BEFORE = re.compile(r"\baccording\s+to\b[^.;]{0,60}$", re.I)
# 'according to figures published by Ukraine's military': who published is a source, not an agent
PUBLISHED_BY = re.compile(r"\b(?:published|released|compiled|provided|issued|cited|quoted|reported|"
                          r"announced|shared|posted|collected|gathered)\s+by\s+(?:the\s+)?$", re.I)
# Right after a verb's past form: 'beaten the EU', 'overtaken Russia' (not after speech:
# 'analysts estimated Russia fires ...').
AFTER_A_PARTICIPLE = re.compile(r"\b(?!(?:said|estimated|reported|believed|claimed|warned|noted|added|"
                                 r"stated|assessed|calculated|thought|expected|revealed|showed|found|suggested|"
                                 r"indicated|confirmed|announced|disclosed|admitted|acknowledged|learned|"
                                 r"need|feed|speed)\b)"
                                 r"(?:[a-z]{3,}ed|beaten|overtaken|taken|given|shown|driven)\s+(?:the\s+)?$")
AFTER_A_NUMBER = re.compile(r"\d\s+$")  # '220 Russian military assets': whose the things are
REACHED = re.compile(r"\b(?:losses|loss|toll|total|tally|number|figure|count|rate|output)\s+hits?$")
# An action word that names a kind of vehicle or system, not an action: 'transport helicopters',
# 'attack and transport jets', 'multiple launch rocket systems', 'supply trucks'.
MODIFIER = re.compile(r"(?:transport|launch|supply|fire|attack|cargo|delivery)\s+(?:and\s+[a-z-]+\s+)?"
                      r"(?:helicopters?|jets?|planes?|aircraft|vehicles?|ships?|trucks?|vessels?|systems?|"
                      r"rockets?|launchers?|lines?|routes?|chains?|control|aviation)\b")
# An appositive after the source 'according to' names: 'According to Vadym Skibitskyi, Ukraine's
# Defence Intelligence deputy head, North Korea has ...' (read up to its closing comma).
ACCORDING_NAME = re.compile(r"\baccording\s+to(?:\s+[\w’'.-]+){1,4},\s*$", re.I)
APPOSITIVE = re.compile(r"[^,.;:\n\d]{0,60},")
# A name whose figure it is, not who acts: "the Ukrainian General Staff's figure of 5,000".
WHOSE_FIGURE = re.compile(r"(?:\s+[A-Z][\w-]*){0,3}['’]s\s+(?:own\s+)?(?:figure|figures|estimate|estimates|"
                          r"count|tally|data|numbers?|assessment|calculations?)\b")
TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I)
FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# What carriers hold, right before a figure: 'containers that can hold nearly 5 million
# shells', 'enough to carry about three million rounds', 'likely carrying 4.2 million'. The
# figure is an estimate of a load; what was done with it is the carriers' action.
CONTENTS = re.compile(r"\b(?:hold|holds|held|holding|contain|contains|contained|containing|carry|carries|"
                      r"carried|carrying|accommodate|accommodates|store|stores|(?:loaded|filled|packed|stuffed)\s+with|"
                      r"(?:space|room|capacity)\s+for|fit|fits|translating\s+(?:in)?to|translates?\s+(?:in)?to|"
                      r"equivalent\s+to|equal\s+to|amounting\s+to)"
                      r"(?:\s+(?:up\s+to|as\s+many\s+as|an\s+estimated|about|around|roughly|nearly|almost|"
                      r"some|at\s+least|more\s+than|over|between|either))?\s*$", re.I)
VESSELS = re.compile(r"\b(?:containers?|wagons?|railcars?|rail\s+cars|freight\s+cars|carriages|trains?|"
                     r"ships?|vessels?|crates?|boxes|trucks?|lorries|shipments?|consignments?|cargo(?:es)?|"
                     r"trainloads?|shiploads?"
                     # ... and the weight or volume shipped: '74,000 tons of explosives ... equal to
                     # about 1.6 million shells', 'This volume is equal to approximately 3 million'
                     r"|tons|tonnes|tonnage|explosives|(?:this|that|the)\s+(?:weight|volume|mass|amount))\b",
                     re.I)
# A load worked out from carriers under an assumption about what they hold: an estimate, not
# a hypothesis ('If these containers hold 152 mm shells, the estimated quantity exceeds 3
# million rounds', 'If you convert 5,000 containers into 122mm ammunition, that's 400,000').
LOAD_CONDITION = re.compile(r"\b(?:if|assuming(?:\s+that)?)\s+(?:[^.;?!]{0,60}?\b(?:containers?|wagons?|"
                            r"railcars?|ships?|crates?|shipments?|cargo)\b[^.;?!]{0,40}?\b(?:contain\w*|hold\w*|held|"
                            r"carr\w+|were|was|had)\b|you\s+convert\b|there\s+were\b[^.;?!]{0,30}?\binside\b)",
                            re.I)
# A load named right after its carriers: 'containers with potentially millions of rounds'.
LOAD_WITH = re.compile(r"\b(?:containers?|wagons?|railcars?|trains?|ships?|crates?|trucks?|shipments?)\s+"
                       r"(?:with|full\s+of|packed\s+with|loaded\s+with)\s+(?:potentially\s+|possibly\s+|"
                       r"perhaps\s+|an\s+estimated\s+)?$", re.I)
# Carriers of the sentence before: 'They may contain ...', '... said that they likely contained ...'.
THEY = re.compile(r"\s*(?:they|these|those|the\s+\w+)\b", re.I)
THEY_BEFORE = re.compile(r"\b(?:they|these|those)\s+(?:\w+\s+){0,2}$", re.I)
# A load only if full: hypothetical ('enough to carry 9 million shells when fully stocked').
FULL_LOAD = re.compile(r"\b(?:when|if|once)\s+(?:fully|completely)\s+\w+|\bat\s+full\s+(?:capacity|load)\b|"
                       r"\bif\s+(?:they\s+were\s+)?(?:full|filled)\b", re.I)
VESSEL_REACH = 160
SUPPLIER_SENTENCES = 4  # how far back the sender of a load is looked for
# 'the country's artillery': the country the text was about, across a paragraph break.
ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:country|nation|regime|state|kingdom|republic)(?:['’]s)?\b",
                     re.I)
# A clause set against the one before: its figure may share the period written there.
PARALLEL = re.compile(r"\b(?:while|whereas|compared\s+(?:with|to)|versus|vs\.?|against)\b|;", re.I)
# A table row: a label, then figures and asides only ('Tanks 4,100 2,400 (+ 50)').
_CELL = r"[~≈]?\d[\d.,]*(?:\s?(?:million|billion|thousand|mln|bn|k))?(?:\s?[-–]\s?[\d.,]+(?:\s?million)?)?"
TABLE_ROW = re.compile(rf"[ \t]*[A-Za-z][A-Za-z /&’'()-]{{0,60}}?:?[ \t]+(?:{_CELL}|\([^)\n]*\))"
                       rf"(?:[ \t]+(?:{_CELL}|\([^)\n]*\)))*[ \t]*\r?$", re.M)
TABLE_LINES = 40
# A bounded stretch of time a figure is counted over: 'destroyed 48 in one day', 'over the
# past nine months', 'on 22 September', 'from the start of 2024 to 1 October', 'the worst
# month, with 1,415 destroyed', 'in July Russia lost 1,520 systems' ('in November that ...' is
# when it was said). Such a figure is no running total.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
STRETCH = re.compile(r"\b(?:in|during|over|within)\s+(?:the\s+)?(?:past|last|previous|first)\s+"
                     r"(?:(?:\w+|\d+)\s+)?(?:days?|24\s+hours|weeks?|months?)\b"
                     # 'including about 1,120 over the past year' (not 'during this period': which
                     # one the sentences before say, often the whole war)
                     r"|\b(?:in|during|over|within)\s+the\s+(?:past|last|previous)\s+year\b"
                     r"|\b(?:within|in\s+the\s+space\s+of|in|over)\s+(?:the\s+space\s+of\s+)?"
                     r"(?:just\s+|only\s+|the\s+(?:past|last|previous)\s+)?(?:a|one|\d+|[a-z]+-?[a-z]*)\s+hours?\b"
                     r"|\bin\s+(?:just\s+|only\s+)?(?:\d+|two|three|four|five|six|seven|ten)\s+(?:days|weeks)\b"
                     r"|\bwithin\s+(?:the\s+space\s+of\s+)?(?:a|one|\d+|[a-z]+)\s+(?:days?|weeks?)\b"
                     rf"|\bon\s+(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\b"
                     r"|\b(?:from|between)\s+(?:the\s+(?:beginning|start)\s+of\s+)?(?:\d{1,2}\s+)?"
                     rf"(?:{_MONTHS}|(?:19|20)\d\d)\b[^.;]{{0,30}}?\b(?:to|and|until|till|through)\b"
                     r"|\bin\s+(?:one|a|a\s+single)\s+(?:day|week|month)\b"
                     r"|\b(?:over\s+the\s+course\s+of|throughout|during)\s+(?:19|20)\d\d\b"
                     r"|\b(?:19|20)\d\d\s+alone\b"
                     r"|\b(?:worst|best|deadliest|bloodiest|record)\s+(?:day|week|month)\b", re.I)
YEAR_FIRST = re.compile(r"\W*in\s+(?:19|20)\d\d,", re.I)  # 'In 2024, 13,000 systems were destroyed'
STRETCH_MONTH = re.compile(rf"\b(?i:in|during|for|into)\s+(?:the\s+month\s+of\s+)?(?:{_MONTHS})\b"
                           r"(?!\s+(?:\d{1,2}\b|of\s+\d|that\b))")  # not 'estimated in November that ...'
# A weekday is mostly when a figure was said ('told reporters on Tuesday that'): a stretch
# only right after the figure ('lost 40 tanks on Monday').
STRETCH_WEEKDAY = re.compile(r"\b(?i:on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# An increment, not a total: '+1,018 since May', 'another 40 systems', '11 more systems'.
INCREMENT = re.compile(r"(?:\+\s?|\banother\s+|\ban\s+additional\s+|\ba\s+further\s+)$", re.I)
INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|extra)\b", re.I)
# ... or listed under losses said to be new: 'Russia also suffered additional losses ..., including
# 18 tanks', 'Among the daily losses were 12 tanks'.
NEW_LOSSES = re.compile(r"\b(?:additional|further|fresh|daily|overnight|latest\s+daily)\s+losses\b", re.I)
# ... or said to add up to a total right after its noun: '28 artillery systems bringing the total
# to 8,574', '38 systems, taking the losses to 11,905'.
ADDS_TO_TOTAL = re.compile(r"(?:\s*[—–][^—–\n]{0,60}[—–])?[\s,—–-]*(?:\w+\s+){0,3}?"
                           r"(?:bringing|taking|raising|pushing|lifting)\s+"
                           r"(?:the|its|their|Russia['’]s|the\s+war['’]s)?\s*(?:\w+\s+){0,4}?"
                           r"(?:total|tally|count|number|losses)\b", re.I)
# A month before a report is when it was said: 'In November, Seoul estimated that ...'.
REPORTED = re.compile(r"\b(?:said|says|reported|reports|estimated|estimates|announced|stated|claimed|told|"
                      r"assessed|revealed|disclosed|wrote|noted|warned|confirmed)\b", re.I)
# Future in the past after a report is a plan, not a hypothesis: 'Izvestia reported in 2011
# that Russia would write off 90 percent of its debt'.
REPORTED_WOULD = re.compile(r"\b(?:said|reported|announced|stated|agreed|decided|promised|pledged|wrote)\b"
                            r"[^.;]{0,80}?\bwould\b", re.I)
# A hedge on a report, not a condition: 'The latest figures, if accurate, would bring the total
# to', 'If these latest figures hold up, it would bring ... to'.
_HEDGE = (r"(?:accurate|true|correct|confirmed|verified|(?:these|the|those)\s+(?:latest\s+)?"
          r"(?:figures|reports|numbers|estimates|data)\b)")
CONDITION = re.compile(rf"\b(?:if|unless|assuming|provided\s+that|were\s+to)\b(?!\s+{_HEDGE})", re.I)
HEDGED_WOULD = re.compile(rf"\bif\s+{_HEDGE}[^.;]{{0,40}}?\bwould\b", re.I)
REPORTED_BEFORE = re.compile(rf"(?:{REPORTED.pattern})\s+$", re.I)  # 'said on Monday that'
# A running total said as such before its figure ('bringing the total to 14,007') or after it
# ('9,411 since February 2022').
_SINCE = r"since|so\s+far|to\s+date|in\s+all|altogether"
SINCE = re.compile(rf"\b(?:{_SINCE})\b", re.I)
PLACE_BEFORE = re.compile(r"\b(?:to|into|in|from|at|on|for|with)\s+(?:the\s+)?$", re.I)
# ('a total of 22 systems on Friday' only adds up one day's)
RUNNING_TOTAL = re.compile(rf"\b(?:(?<!\ba\s)total|tally|overall|cumulative|{_SINCE})\b", re.I)
# A stretch named right after a figure with no preposition: '976 systems last month'.
LAST_PERIOD = re.compile(r"\b(?:last|this|the\s+previous|the\s+past)\s+(?:day|week|month)\b|\byesterday\b"
                         r"|\b(?:in|during|throughout)\s+(?:19|20)\d\d\b(?!\s*[-–]|\s+(?:and|to)\s)", re.I)
STRETCH_AFTER_REACH = 40
# A name a relative clause is about is its subject: 'South Korea, which had a GDP of $1.4 trillion'.
RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s+(?:has|had|have|is|was|holds|held|fields|boasts|owns|"
                            r"possesses|spends|spent|fires|fired)\b")
# Whose a figure is, said right after it: '2,000 a day from the Ukrainian side'.
FROM_AFTER = re.compile(r"[^,;.]{0,30}?\bfrom\s+(?:the\s+)?$", re.I)
SIDE_AFTER = re.compile(r"[^,;.]{0,30}?\b(?:on|for)\s+the\s+$", re.I)  # '20,000 on the Russian side'
# A participle that hangs on a clause with a period: '700 attacks every day, using 40,000 shells'.
USING = re.compile(r",?\s+(?:using|firing|expending|spending|consuming|launching|shooting)\s+"
                   r"(?:from\s+|about\s+|around\s+|up\s+to\s+|some\s+)?$", re.I)
PARAGRAPH = re.compile(r"\n[ \t]*\n")
IN = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
THERE = re.compile(r"\bthere\s+(?:is|are|was|were)\b", re.I)
PRONOUN = re.compile(r"\b(?:it|they|we)\b")
# A clause whose subject is a pronoun for the one who acted before: 'Its tanks increased to 4,300'.
SUBJECT_PRONOUN = re.compile(r"[\s\"“'‘]*(?:it|its|they|their)\b", re.I)
# The war's start: a stretch from it is a running total ('from the start of the war to 1 May').
WAR_START = re.compile(r"\b(?:start|beginning|outbreak)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b",
                       re.I)
CLAUSE_BREAK = re.compile(r";|\s[—–-]\s|\s--\s|[()]|,\s+as\b|"
                           # ', with about one million shells having arrived from North Korea'
                           r",\s+with(?=\s+(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|"
                           r"up\s+to|an\s+estimated)\s+)?(?:\d|one\b|two\b|three\b|a\s+(?:million|billion)\b))|,\s+and(?=\s+(?:the|its|their)\s+[A-Z])"
                           # ', against 20,000 from Russia'
                           r"|,\s+against(?=\s+(?:just\s+|only\s+|about\s+|some\s+)?\d)"
                           r"|\b(?:while|whereas|but|although|though|"
                           r"compared\s+(?:with|to)|versus|vs\.?|meanwhile)\b", re.I)
ACTION_REACH = 160  # how far from a figure its action word is looked for, in its clause
SENTENCE_REACH = 600  # how far either side of a figure a sentence is read (news sentences are shorter)
OBJECT_REACH = 30  # 'destroyed 40 Ukrainian launchers', 'supplied Russia with'
# '... included 300,000 shells and added that it could have ...': another clause's verb.
SAID_NEXT = re.compile(r"\b(?:and|but)\s+(?:also\s+)?(?:added|said|says|noted|warned|stressed|claimed|"
                       r"insisted|argued)\b", re.I)
# ', with 1.5 million units already contracted': a figure with a verb of its own after it.
WITH_BEFORE = re.compile(r",\s+with\s+$", re.I)
MODAL_REACH = 25  # 'could fire', 'plans to produce': modal words just before the action
# An action in the infinitive ('to use') ...
INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.I)
# ... carries the modality of the verb that governs its chain of infinitives, however far
# back in the clause: 'Russians plan to increase the production of drones to use up to 1,000
# a day'; 'the plant is to produce 6,000 a year' (a plan); 'Kyiv needs to fire 7,000 a day'
# ('was able to shoot down 85%' did).
GOVERNING_INFINITIVE: list[tuple[Modality, re.Pattern[str]]] = [
    ("planned", re.compile(r"\b(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|intending|"
                           r"seeks?|seeking|hopes?|hoping|expects?|expected|set|prepar(?:es|ed|ing)|"
                           r"(?:is|are|was|were)|promised?|pledged?|vows?|vowed|supposed|committed|agreed)"
                           r"\s+to\s+\w", re.I)),
    ("needed", re.compile(r"\b(?:needs?|needed|needing|requires?|required|wants?|wanted|has|have)\s+to\s+\w",
                          re.I)),
    ("capable", re.compile(r"\b(?:(?<!was\s)(?<!were\s)(?<!been\s)able|enough|capacity|capable|allows?|"
                           r"enables?)\s+to\s+\w", re.I)),
]
HEADLINE_CHARS = 160
BEFORE_SENTENCES = 3
# One kind of what is counted, not all of it: 'towed artillery', 'self-propelled guns'.
_KINDS = r"towed|self-propelled|tracked|wheeled|truck-mounted|coastal"
KIND_OF_PART = re.compile(rf"\b(?:{_KINDS})\b", re.I)
KIND_BEFORE = re.compile(rf"\b(?:{_KINDS})\s+$", re.I)
LABEL_WORDS = 6  # 'Field artillery pieces 8,500': a label before a figure, in a table or list


SPACES = re.compile(r"\s+")
VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|do|does|did|"
                   r"rose|risen|rises|fell|fallen|falls|grew|grown|grows|went|gone|came|stood|stands|became|"
                   r"becomes|remains?|reach(?:es)?|tops|totals|amounts|hits|equals|equates|corresponds|translates|"
                   r"represents|means)\b"
                   r"|\b(?!(?:estimated|believed|thought|reported|expected|including)\b)[a-z]{3,}(?:ed|ing)\b")
# A figure that says what a figure before has become: 'that has dropped to', 'this fell to'.
CHANGED_TO = re.compile(r"\b(?:it|that|this|the\s+(?:figure|number|rate|total|volume|intensity))\s+"
                        r"(?:has\s+|had\s+)?"
                        r"(?:dropped|fell|fallen|decreased|declined|risen|rose|increased|grown|grew|gone\s+(?:up|down)|"
                        r"shrunk|shrank|climbed)\s+(?:\w+\s+)?to\s+$", re.I)
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
FROM_TO = re.compile(r"\s+to\s+", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", re.I)
# Nouns that count nothing of their own: 'a tank force numbering 5,845 units'.
GENERIC_NOUNS = frozenset({"units", "unit", "items", "pieces of equipment", "systems", "pieces"})
TIMES = re.compile(r"\s+times\b", re.I)
# Either side of a ratio: 'a 1.2-1 ratio in favour of Russia', '3.4 to 1 in favor of Ukraine'.
RATIO = re.compile(r"(?:\s*(?:[-–‐:]|to)\s*\d+(?:\.\d+)?)?\s+(?:ratio|in\s+favou?r)\b", re.I)
# A difference, not a total: '4,100 tanks, 200 more than in 2008', 'up 300 from last year'.
# A multiplier or a change is no count: 'risen by a factor of 3.5', 'increased by 2,000'.
BY_A_FACTOR = re.compile(r"(?:\bfactor\s+of|\bby)\s+$", re.I)
DIFFERENCE = re.compile(r"\s+(?:more|fewer|less|higher|lower|up|down)\s+(?:than|from|on|compared)\b", re.I)
# What a figure counts, named well before it: 'the number of artillery shells North Korea has
# sent could be as high as 3 million'.
NUMBER_OF = re.compile(r"\b(?P<period>daily\s+|weekly\s+|monthly\s+|annual\s+|yearly\s+)?"
                       r"(?:number|total|tally|count|quantity|volume|expenditure|consumption|use|usage|supply|"
                       r"supplies|deliveries|shipments|stock|stockpile|stocks|output|production)\s+of\s+"
                       r"(?P<words>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", re.I)
# ... or the noun before such a word: 'drone production to 2,700 a month', 'shell output of 250,000'.
NOUN_PRODUCTION = re.compile(r"\b(?P<words>[A-Za-z-]+)\s+(?P<period>)?(?:production|output|exports|imports|"
                             r"deliveries|shipments|supplies|sales|purchases|launches|consumption|expenditure|"
                             r"usage|stockpiles?|stocks|inventory)\b", re.I)
NUMBER_OF_REACH = 120
# A second figure joined to the first with no verb: '3 million 152mm shells or 500,000 122mm rounds'.
# ... or in a list: '498 battle tanks, 240 artillery systems, 97 planes ... have been destroyed'.
COORDINATED = re.compile(r"\s*(?:,?\s*(?:and|or|as\s+well\s+as|plus)(?:\s+(?:a\s+total\s+of|another))?|,)"
                         r"\s*$", re.I)
# ... after a few more words of the item's noun than were read as its noun: '107 rocket launch
# rocket systems and 55 air defence systems' (no verb among them: see ``VERB``).
ITEM_TAIL = re.compile(r"(?:\s+[\w’'-]+){1,4}?(?=\s*(?:,?\s*(?:and|or|plus)\s*|,\s*)$)", re.I)
# Sending or getting what could be sent is a likelihood: 'North Korea could send up to 5 million
# shells', 'Russia could receive up to three million' (not 'could fire', 'could produce').
MODAL_OF_DELIVERY = re.compile(r"\b(?:could|may|might)\s+(?:have\s+)?(?:already\s+)?"
                               r"(?:send|sent|ship|shipped|"
                               r"supply|supplied|deliver|delivered|provide|provided|transfer|transferred|receive|"
                               r"received|get|got|give|given|hand\s+over)\b", re.I)
# A sentence that sets a condition first: 'For example, if North Korea sold shells for $1,000
# each, the revenue ... would be approximately 1% of its GDP'.
# Not a hedge ('If accurate, these reports would bring the total to 17,646', 'If these figures
# hold up'), and only with a conditional main clause ('would').
CONDITION_FIRST = re.compile(r"\W*(?:for\s+(?:example|instance),?\s+)?"
                             r"(?:if|assuming|supposing|suppose|imagine)\b"
                             rf"(?!\s+(?:{IF_THEN}|so\b|{_HEDGE}))", re.I)
WOULD = re.compile(r"\bwould\b", re.I)
# A modal of likelihood, not of ability: 'could be as high as 3 million', 'may have sent'.
EPISTEMIC = re.compile(r"\b(?:could|may|might|can)\s+(?:well\s+|possibly\s+|also\s+|even\s+)?"
                       # ('could be used', 'can be produced': a capability of the passive's)
                       r"(?:be(?!\s+(?:[a-z]+ed|shot|spent|sold|made|built|sent|bought|given|held|thrown)\b)|have)\b"
                       r"|\bcan\s+say\b"
                       # what an amount comes to: 'containers, which could mean 6 million shells'
                       r"|\b(?:could|may|might|would)\s+(?:mean|amount\s+to|equal|represent|translate\s+(?:in)?to)\b",
                       re.I)
# After an owner's possessive, right before a figure: 'to Ukraine's 2,000', 'Russia’s some 5,000'.
POSSESSIVE_GAP = re.compile(r"\s+(?:(?:about|around|some|roughly|nearly|almost|only|just|a\s+mere|"
                            r"an\s+estimated)\s+)?$")
# ... or its body's: "than the South Korean Army's 2,300", "Russia's defence ministry's 400".
OWNER_NOUN_GAP = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,2}['’]s" + POSSESSIVE_GAP.pattern)
SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|all)\b", re.I)
# A list of figures paired in order with a list of names before it: 'Russia and Ukraine fire
# 10,000 and 2,000 shells a day, respectively'; '... losses of artillery, APVs and tanks ...
# to 13,407, 15,096, and 7,834 respectively'. RESPECTIVELY is what may follow the last figure.
RESPECTIVELY = re.compile(r"[^.;:!?\n\d]{0,40}?,?\s*respectively\b", re.I)
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*", re.I)
# A line of a bulleted list: '* 24,148 artillery systems', '- 370 airplanes', '• 28 ships'.
BULLET = re.compile(r"[ \t]*[*•·▪‣◦–-][ \t]")
# ... or a row of a list of labels and figures: 'artillery systems — 13,770 (+34) units;'.
LIST_ROW = re.compile(r"[ \t]*[A-Za-z][\w ,()-]{0,40}?\s*[—–:]\s*\d")
# A figure's noun named before as what 'that figure' stands for: 'far more shells in storage,
# with estimates putting that figure as high as 17 million'.
FIGURE_ANAPHOR = re.compile(r"\b(?:that|this|the|their|its)\s+(?:figure|number|total|tally|amount|quantity)\b"
                            r"(?!\s+of\b)", re.I)
LIST_AND = re.compile(r",?\s+and\s+", re.I)
# One short item of a list of names: up to three words.
LIST_ITEM = re.compile(r"(?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*")
JOINED = re.compile(r"\s+(?:from|to|and|or|versus)\s+|\s*[-–]\s*", re.I)
WORD = re.compile(r"[A-Za-z]+")
PERIODS = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year", "hourly": "hour",
           "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}
TIME_ADVERBS = frozenset(PERIODS) - frozenset(PERIODS.values())  # daily, weekly, ...
PERIOD_REACH = 60
# A period written as words: 'per day', 'a week', 'every month', 'daily', 'in a single day'
# (not 'in a year': a year's total is no rate). PERIOD_AFTER is the same right after a figure.
# ('in almost a year', 'for a year', 'over a month' are stretches, not rates.)
PERIOD = re.compile(r"\b(?:(?:per|each|every|(?<!in\s)(?<!almost\s)(?<!nearly\s)(?<!within\s)(?<!over\s)"
                    r"(?<!for\s)(?<!than\s)(?<!about\s)(?<!after\s)(?<!just\s)(?<!half\s)(?:a|an))\s+"
                    r"(?P<unit>hour|day|week|month|year)\b"
                    r"|in\s+(?:one|a|a\s+single)\s+(?P<short>hour|day)\b"
                    r"|(?P<adverb>hourly|daily|weekly|monthly|yearly|annually)\b"
                    # not an adjective: 'according to daily data from the Air Force'
                    r"(?!\s+(?:data|reports?|briefings?|updates?|figures|statistics|summar(?:y|ies)|bulletins?|"
                    r"tall(?:y|ies)|basis|news)\b))", re.I)
HYPHENED = re.compile(r"[-‐][A-Za-z]")
# One whole year named in a figure's sentence: its total is that year's figure ('in 2024 Ukraine
# produced 2.2 million drones', 'Last year, 2.2 million FPVs were made'); not 'this year' (so far),
# 'by 2025' (a target), 'since 2022' or '2023-24'.
WHOLE_YEAR = re.compile(r"\b(?:in|during|throughout|for|over)\s+(?:the\s+(?:whole\s+|entire\s+)?year\s+)?"
                        r"(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
                        r"|\blast\s+year\b|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:year|12\s+months)\b"
                        r"|\b(?:19|20)\d\d\s+alone\b|^\s*(?:19|20)\d\d\s*[:,]", re.I)
PERIOD_AFTER = re.compile(rf"\s*{PERIOD.pattern}", re.I)
PERIOD_FIRST = re.compile(r"[\s\"“'‘]*(?:(?:every|each)\s+(?P<unit>hour|day|week|month|year)\b"
                          r"|(?P<adverb>daily|weekly|monthly)\b,)(?P<short>)", re.I)
