"""Words the learned stage of the safety check (`trustjournal.core.safety_model`) reads
in its own way. Pure data; the weights themselves are in model.json beside this file."""

from __future__ import annotations

import re

# Every form of the partner reads as one token, so "my fiancée shoved me" and "he shoved
# me" share their features. Apostrophes are already gone ("he's" -> "hes").
_PARTNER_WORDS = """
he she they hes shes hed theyre theyd theyve theyll husband wife boyfriend girlfriend
partner fiance fiancé fiancee fiancée spouse ex bf gf hubby exhusband exwife
exboyfriend exgirlfriend expartner
"""
PARTNER_WORDS: frozenset[str] = frozenset(_PARTNER_WORDS.split())

# The words after one of these are read as negated ("he never !hit !me").
_NEGATIONS = """
not never dont didnt doesnt isnt wasnt wont wouldnt cant cannot couldnt hasnt havent
hadnt arent werent shouldnt mustnt nor neither nobody no
"""
NEGATIONS: frozenset[str] = frozenset(_NEGATIONS.split())

# A negation does not reach past the start of a new clause.
_CLAUSE_WORDS = """
but and because so when while although though since after before until then yet or
whenever cause cos
"""
CLAUSE_WORDS: frozenset[str] = frozenset(_CLAUSE_WORDS.split())

# Frames of play, accident or joke: where one is in the sentence, what the model alone
# found is dropped ("he hit me with a pillow in a pillow fight"). The cue tables keep
# their own handling of these; this only holds back the model's additions.
PLAY = re.compile(
    r"\b(?:pillows?|tickl\w*|play ?fight\w*|playful\w*|in stitches"
    r"|we both laughed|by accident|accidental\w*|snowballs?|water (?:balloons?|fight)"
    r"|messing (?:about|around)|mucking (?:about|around)|jokingly|as a joke"
    r"|(?:obviously|just|only) joking|hugs?|cuddl\w*)\b"
)

# Words that say nothing about harm on their own: the model reads them only in pairs
# ("won't let", "let me"), so a sentence is not pushed towards harm by "I've" or "just"
# because the training sentences about harm happened to use them more often.
_FUNCTION_WORDS = """
a an the and or but so if then than that this these those to of in on at by for from
with about as into onto over under up down out off i me my mine myself im ive id ill we
us our ours you your he him his she her hers they them their it its is am are was were
be been being have has had do does did will would shall should can could may might must
just very really too all any some every each more most much many again still even also
only ever always sometimes when while what who whom why how where there here one two
now today tonight yesterday last next week day days time times people someone anyone
everyone something anything everything thing things way lot bit anymore already yet
"""
FUNCTION_WORDS: frozenset[str] = frozenset(_FUNCTION_WORDS.split())

# Word families the model also reads as one token each ("=HURT" for "thumped" as for
# "punched"), so a word met rarely in training borrows what its family taught. A word
# belongs to a family when it starts with one of the family's beginnings; a beginning
# ending in "$" must be the whole word.
_FAMILIES = {
    "HURT": "hit$ hits$ hitting punch slap kick shov push chok strangl throttl beat smack"
            " thump whack bit$ bite bitten scratch grab drag pinned pinning shook shake"
            " headbutt elbow kneed stamp stomp burn scald stab twist yank pinch squeez"
            " slam bash batter hurt injur bruis attack assault spat spit threw throw hurl"
            " flung fling chuck lobbed smash tackl smother suffocat drown clawed backhand"
            " jabbed rammed booted socked clocked",
    "BODY": "face neck throat arm$ arms wrist hair ribs stomach belly chest jaw nose eye"
            " ear$ ears mouth lip shoulder finger skin leg$ legs head$",
    "DEATH": "die$ died dying dead death suicid kill alive overdos funeral goodbye exist"
             " living",
    "MEANS": "pill tablet paracetamol painkill meds$ medication insulin razor blade rope"
             " noose bleach knife knives gun$ bridge cliff ledge",
    "FEAR": "scared afraid terrif frighten fear petrif unsafe flinch tremb dread",
    "TRACK": "track gps airtag locat follow stalk spy spies spying camera lurk",
    "DEVICE": "phone messag text email password passcode pin$ account whatsapp instagram"
              " facebook snapchat dms$ chats browser laptop icloud",
    "PEOPLE": "friend family mum$ mom$ mother dad$ father sister brother parent mates"
              " colleague cousin",
    "MONEY": "money wage salary paycheck paycheque card$ cards bank saving allowance"
             " benefit pension cash penny pennies debt loan credit earning",
    "PAPERS": "passport visa licence license document certificate",
    "LOCK": "lock key$ keys door trap shut barricad padlock bolt",
    "SEX": "sex$ sexual rape raping nude naked condom consent grop oral$",
    "THREAT": "threat warn swear swore promis vow regret",
    "KIDS": "kid$ kids child son$ sons daughter baby babies toddler",
    "PETS": "dog$ dogs cat$ cats puppy kitten pet$ pets",
}
FAMILIES: dict[str, tuple[str, ...]] = {
    name: tuple(words.split()) for name, words in _FAMILIES.items()}
