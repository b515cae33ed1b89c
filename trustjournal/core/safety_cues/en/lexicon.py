"""Broad English word lists for the safety check, with every inflection generated.

The phrase cues in `partner` and `free` were written against example sentences and miss
new wordings. These cues are built from the parts of a sentence instead: who acts (the
partner, a name, or the writer in the passive "I got slapped"), a verb from a wide list
in every tense, and who or what it lands on (me, my arm, the kids, the dog, near me).
"""

from __future__ import annotations

import re

_VOWELS = "aeiou"


def _doubles(stem: str) -> bool:
    # One-syllable verbs ending consonant-vowel-consonant double it: grab -> grabbed.
    syllables = len(re.findall(r"[aeiou]+", stem))
    return (syllables == 1 and len(stem) >= 3 and stem[-1] in "bdgmnprt"
            and stem[-2] in _VOWELS and stem[-3] not in _VOWELS)


def forms(entry: str) -> list[str]:
    """Every form of a verb: "bite:bit,bitten" -> bite, bites, biting, bit, bitten.

    Regular forms are generated; irregular past forms follow a colon. A verb followed
    by words ("pull my hair") inflects its first word only."""
    head, _, irregular = entry.partition(":")
    verb, _, rest = head.partition(" ")
    tail = " " + rest if rest else ""
    out = [verb]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        out.append(verb + "es")
    elif verb.endswith("y") and verb[-2] not in _VOWELS:
        out.append(verb[:-1] + "ies")
    else:
        out.append(verb + "s")
    stem = verb
    if verb.endswith("e") and not verb.endswith("ee"):
        stem = verb[:-1]
    elif _doubles(verb):
        stem = verb + verb[-1]
    out.append(stem + "ing")
    if irregular:
        # Irregular forms are written out whole, words after the verb included.
        return [form + tail for form in dict.fromkeys(out)] + irregular.split(",")
    if verb.endswith("e"):
        out.append(verb + "d")
    elif verb.endswith("y") and verb[-2] not in _VOWELS:
        out.append(verb[:-1] + "ied")
    else:
        out.append(stem + "ed")
    return [form + tail for form in dict.fromkeys(out)]


def trie(words: set[str]) -> str:
    """One regex matching exactly these words, shared beginnings factored out.

    Python's re tries every branch of a flat alternation in turn; with a few hundred
    verb forms that cost shows on long entries, while the factored form costs a few
    steps."""
    branches: dict[str, set[str]] = {}
    for word in words:
        branches.setdefault(word[:1], set()).add(word[1:])
    parts = []
    for head in sorted(branches):
        rests = branches[head]
        if head == "":
            continue
        optional = "" in rests
        rests.discard("")
        if not rests:
            parts.append(re.escape(head))
            continue
        inner = trie(rests)
        parts.append(re.escape(head) + (f"(?:{inner})?" if optional else inner))
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def alt(*entries: str) -> str:
    """One regex of every form of the given verbs."""
    return "(?:" + trie({form for entry in entries for form in forms(entry)}) + ")"


def past(*entries: str) -> str:
    """The past forms (participles) of the given verbs, as one alternation."""
    words: set[str] = set()
    for entry in entries:
        head, _, irregular = entry.partition(":")
        if irregular:
            words.update(irregular.split(","))
        else:
            words.add(forms(head)[-1])
    return "(?:" + trie(words) + ")"


# Verbs of bodily harm: what they land on decides whether it is violence.
HARM_VERBS = (
    "hit:hit", "slap", "punch", "kick", "choke", "strangle", "throttle", "shove", "push",
    "grab", "drag", "pin", "shake:shook,shaken", "bite:bit,bitten", "burn:burned,burnt",
    "spit:spat", "restrain", "scratch", "smack", "beat:beat,beaten", "strike:struck",
    "elbow", "headbutt", "head-butt", "head butt", "stab", "smother", "suffocate", "whip",
    "thump", "whack",
    "tackle", "bash", "backhand", "squeeze", "twist", "yank", "pinch", "slam",
    "batter", "wrestle", "trip", "knee", "jab", "body-slam", "stamp on", "stomp on",
    "throw:threw,thrown", "hurl", "fling:flung", "crush", "poke", "prod", "claw",
    "bang", "knock", "injure", "bruise", "attack", "assault", "pull my hair",
)
# The same verbs in the passive after "I was / I got", without the ones that are
# everyday accidents ("I got burnt", "I got knocked").
HARM_PASSIVE = (
    "hit:hit", "slap", "punch", "kick", "choke", "strangle", "throttle", "shove",
    "smack", "beat:beat,beaten", "elbow", "headbutt", "head-butt", "stab", "smother", "thump",
    "whack",
    "backhand", "batter", "beat up:beaten up", "rough up", "strike:struck", "assault",
    "attack", "bite:bitten", "spit on:spat on",
)
# What thrown or smashed things land near.
THROW_VERBS = (
    "throw:threw,thrown", "hurl", "fling:flung", "chuck", "lob", "smash", "break:broke",
    "shatter", "hurl", "swing:swung", "launch", "toss", "kick", "punch", "slam",
)
BODY_PARTS = (
    r"(?:arms?|wrists?|face|neck|throat|hair|head|shoulders?|chest|back|legs?|stomach"
    r"|belly|jaw|nose|eyes?|ears?|body|ribs|mouth|lips?|ankles?|knees?|skin|breasts?"
    r"|thighs?|feet|foot|hips?|collar|shirt)"
)
# Children and animals in the writer's care.
DEPENDANTS = (
    r"(?:(?:my|our|the|his|her|their) (?:own )?(?:little )?(?:kids?|children|child|son"
    r"|daughter|baby|babies|boys?|girls?|toddler|step-?son|step-?daughter|dogs?|cats?|puppy"
    r"|kitten|pets?|rabbit|bunny|hamster|parrot|bird|horse|newborn|infant)|(?:the|our)"
    r" (?:baby|kids|dog|cat))"
)
HARM_TARGET = r"(?:me|us|my " + BODY_PARTS + r"|" + DEPENDANTS + r")"
NEAR = (
    r"(?:at|near|towards?|past|around|beside|behind|next to|right by|inches from)"
    r" (?:me|us|my (?:head|face|feet)|" + DEPENDANTS + ")"
)
HARM_WORDS = alt(*HARM_VERBS)
PASSIVE_WORDS = past(*HARM_PASSIVE)
THROW_WORDS = alt(*THROW_VERBS)

# Reported speech that carries a threat: "he said", "she keeps saying", "he swore".
SAY_WORDS = alt(
    "say:said", "tell:told", "text", "warn", "swear:swore,sworn", "scream", "shout",
    "yell", "promise", "threaten", "whisper", "hiss", "write:wrote,written", "message",
    "mutter", "growl", "remind",
)
THREAT_VERBS = alt(
    "kill", "hurt:hurt", "harm", "hit:hit", "beat:beat,beaten", "break:broke,broken",
    "burn", "destroy", "ruin", "stab", "shoot:shot", "strangle", "choke", "smash",
    "bury", "finish", "end", "make sure", "take:took,taken", "keep:kept", "post", "share",
    "send:sent", "leak", "publish", "upload", "show:showed,shown", "expose", "cut:cut",
    "slit:slit", "drown", "poison", "snap", "break every bone in",
)
THREAT_TARGET = (
    r"(?:me|us|you|my \w+|" + DEPENDANTS + r"|(?:the|our) (?:kids|children|house)"
    r"|(?:himself|herself|themselves|his life|her life|their life|it all)"
    r"|i (?:never|won't|don't) see|every (?:photo|picture|video)"
    r"|(?:the|those|our|all the) (?:photos|pictures|pics|videos|nudes|texts))"
)
# Who orders the writer about: "he insists I", "she makes me", "he demands".
DEMAND_WORDS = alt(
    "demand", "insist", "make:made", "force", "expect", "order", "require", "want",
    "need", "tell:told", "get:got",
)
SEX_WORDS = (
    r"(?:sex|sexual|sleep with|sleeping with|slept with|in bed|oral|blow ?jobs?|naked"
    r"|nudes|undress|threesomes?|porn|intercourse|go down on|touch (?:him|her|them)"
    r"|things to me in bed|have it|do it|anal)"
)
COERCE_WORDS = alt(
    "force", "pressure", "push", "guilt", "coerce", "nag", "badger", "pester", "bully",
    "manipulate", "make:made", "beg", "trick", "drug", "blackmail", "threaten", "talk",
    "shame", "wear down:wore down,worn down",
)
# Monitoring objects: always control when demanded.
ACCESS_WORDS = (
    r"(?:passwords?|passcodes?|pins?|pin codes?|codes?|logins?|log-?ins?|login details"
    r"|unlock codes?|face ?id|fingerprint|screenshots?|receipts|proof|location|phone"
    r"|phones|messages|texts|call logs?|bank statements?|emails?)"
)
PHOTO_PROOF = (
    r"(?:photos?|pictures?|pics?|selfies?|videos?|video ?calls?)(?: \S+){0,3}?"
    r" (?:of where|where i|of who|who i|to prove|as proof|every (?:hour|time|half)"
    r"|whenever|of (?:me|myself) (?:at|with))"
)
FEAR_BODY = (
    r"(?:heart|chest|stomach|whole body|hands?)(?: \S+)? (?:races|raced|racing|pounds"
    r"|pounded|pounding|drops|dropped|sinks|sank|knots|tightens|tightened|freezes|froze"
    r"|shakes|shook|shaking|starts (?:racing|pounding)|goes cold|tenses|tensed)"
    r"|(?:i|me) (?:shake|shook|tremble|trembled|freeze|froze|flinch|flinched|panic"
    r"|panicked|tense up|tensed up|hold my breath|held my breath|go cold|went cold"
    r"|start shaking|started shaking|feel sick|felt sick|hide|hid)"
)
FEAR_SIGNS = (
    r"(?:hear|heard|hearing|see|saw|seeing) (?:his|her|their|\ue000\w+'s) (?:car|key|keys"
    r"|footsteps|steps|truck|van|motorbike|bike)"
    r"|(?:his|her|their) (?:key|car) in the"
    r"|(?:he|she|they|\ue000\w+) (?:raises|raised|lifts|lifted) (?:his|her|their) (?:hand"
    r"|voice|arm|fist)|(?:he|she|they|\ue000\w+) (?:comes|came|walks|walked|moves|moved"
    r"|reaches|reached) (?:near|towards|toward|closer|too close)"
)


def _common_start(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def _words(*entries: str) -> str:
    # Prefilter atoms for the first word of every form: the regular forms share one
    # word beginning ("slap" for slaps, slapped, slapping), which keeps the prefilter's
    # lists short; irregular forms are whole words ("$").
    atoms: set[str] = set()
    for entry in entries:
        head, _, irregular = entry.partition(":")
        regular = [form.split()[0] for form in forms(head)]
        stem = _common_start(regular)
        atoms.update([stem] if len(stem) >= 3 else [word + "$" for word in regular])
        atoms.update(form.split()[0] + "$" for form in irregular.split(",") if form)
    return "|".join(sorted(atoms))


# Prefilter entries for the cues in `general`, made from the same word lists.
_TARGETS = "me$|us$|my$|our$|at$|near$|towards|toward$|around|past$|beside|behind|next$|inches"
_WILL = ("he'll|she'll|they'll|he'd|she'd|they'd|will$|would$|going$|gonna$|could$|'ll$"
         "|'d$")
_THREAT_DO = ("kill|hurt|harm|hit$|beat|stab|shoot|shot$|strangl|chok|drown|poison|smash"
              "|bury|break|broke|burn|cut$|slit|snap|ruin|destroy|end$|wreck|take$|took$"
              "|taken|keep$|kept|steal|stole|sure$|post|share|send$|sent$|leak|publish"
              "|upload|show|spread|expose")
_COERCE = ("forc|pressur|push|guilt|coerc|nag|badger|pester|bull|manipul|make$|made$"
           "|makes$|making|beg$|begs|begg|trick|drug|blackmail|threat|talk|shame|wore$"
           "|worn$|wear")

# Prefilter entries for the cues in `general`, made from the same word lists. Most need
# two or three words together, so everyday sentences ("I said I'd take the bus") cost
# nothing.
GENERAL_TRIGGERS: dict[str, tuple[str, ...]] = {
    "self_harm": ("jump|hang|drown|overdos|slit|throw|ending|killing|taking|swallow"
                  "|stepping+thought|thinking|think$|consider|imagin",
                  "noose|kms$|unalive", "bang|hit$|hitting|bash|smash+head$",
                  "bleed", "die$", "life$|living|alive|existing+done$|finished",
                  "wake+won't|wouldn't|never|not$|dont|wont|don't|didn't",
                  "end+plan|planning|planned"),
    "violence": (_words(*HARM_VERBS) + "+" + _TARGETS,
                 _words(*HARM_PASSIVE) + "+was$|got$|get$|gets$|been$|getting|being|were$",
                 _words(*THROW_VERBS) + "+" + _TARGETS,
                 "bend|bent+my$"),
    "threat": (_WILL + "+" + _words("say:said", "tell:told", "text", "warn", "swear:swore,sworn",
                      "scream", "shout", "yell", "promise", "threaten", "whisper", "hiss",
                      "write:wrote,written", "message", "mutter", "growl", "remind")
               + "+" + _THREAT_DO,
               "knife|gun$|blade|weapon|bat$|hammer|axe$|machete|razor|screwdriver"
               "|scissors|pistol|rifle+at$|to$|towards|near$|against"),
    "sexual_coercion": ("lie$|lay$|lying|laid+done$|finished",
                        "sex|oral$|blow|naked|nude|undress|threesome|porn|intercourse",
                        "sleep|slept|bed$|touch+no$|didn't|don't|wasn't|crying|cried"
                        "|begged|asleep|sleeping|drunk|so$|or$|keep$",
                        "sleep|slept+" + _COERCE),
    "fear": ("knife|door|chair|eye$+sleep|sleeping|sleeps", "packed+bag$",
             "scared|afraid|terrif|frighten|unsafe|fear$+make|made|makes|making",
             "heart|chest|stomach|hands$|shake|shook|trembl|freeze|froze|flinch|panic"
             "|tense|breath|cold$|sick$|hide$|hid$+hear|heard|see$|saw$|seeing|raise|lift"
             "|come|came|walk|move|reach",),
    "stalking": (_words("tail", "trail", "shadow", "stalk") + "+me$",
                 "turn|show|appear|pop|wait|lurk|hang|loiter|camp|park+at$|outside|near$"
                 "|by$|front|across|opposite|around",
                 "track|trace|locate$|located|locates|locating|follow|find|found|ping+app$|gps|tracker|airtag|tag$"
                 "|phone|location|life360|map$|sharing",
                 "knows|knew+where+without|though|although|before|somehow|every|matter",
                 "non-stop|nonstop|constantly|dozens|hundreds+call|text|messag|ring|rang|email"
                 "|phone|buzz",
                 "tracker|airtag|tag$|device|gps|app$+found|find|discovered|there"),
    "isolation": ("away$+move|moved|took|take|drag",
                  "influence|toxic|against|poisoning+friends|family|sister|mum|mom|parents"
                  "|brother",
                  "allowed|permitted+not$|longer",
                  "seen|spoken|talked|visited|called+weeks|months|years|ages|met$|moved"
                  "|married"),
    "financial": ("receipts|purchases|spending|statements|transactions|penny|pound|dollar"
                  "|cent$|euro",
                  "give|gave|given+week|month|fortnight",
                  "name$+put|transfer|move",
                  "ask|beg+money|cash|every|permission"),
    "confinement": ("shut|trap|barricad|lock+me$",
                    "nail|screw|bolt|padlock|chain|board+window|door|gate",
                    "keys$|shoes|coat$+can't|couldn't|cannot|could|wouldn't|won't|stop"
                    "|keep"),
    "monitoring": ("password|passcode|pin$|pins$|code|login|log-in|face|screenshot|location"
                   "|photo|pictur|pics$|selfie|video+demand|insist|make$|makes$|made$|making"
                   "|forc|expect|order|requir|want|need|tell|told|get$|gets$|got$|getting",
                   "phone|messages|texts|email|call|dms$|chats|whatsapp|inbox|laptop+asks"
                   "|asked|demand|insist|wants|wanted",
                   "password|passcode|logins|pin$+has$|knows|got$|gets$|keeps|kept|have$",
                   "texting|talking|messaging|calling|texted|messaged|called|talked"
                   "|speaking+who$",
                   "know$+been|with$|late$|place|move|detail"),
}

# Entries for the second round of broad cues (written after the second held-out batch).
_MORE: dict[str, tuple[str, ...]] = {
    "self_harm": ("myself+picture|picturing|pictured|imagin|see$|seeing",
                  "platform|ledge|bridge|roof|train|building|cliff|edge|balcony|tracks+step"
                  "|jump|throw",
                  "forever|permanently+stop|end$|over$",
                  "rope|noose|belt+looking|looked|staring|stared|thinking|bought|buying|tied"
                  "|tying|hid$|hiding",
                  "bleed|bled|split|bruised|blistered+till|until|so$", "bleed|lethal|painless",
                  "googl|search|look|research+die$|kill|overdos|hang|takes|take$",
                  "i'd|would$|it'd+relieved|glad$|relief|mind$|care$|grateful|okay|welcome",
                  "dying|died|waking|wake|woke+mind$|care$",
                  "point+alive|living|life$|going|carrying|existing|here$|anything",
                  "pills|tablets|meds$|painkillers+pile|heap|row$|line$",
                  "pills|tablets|meds$|painkillers+lined|lining|counted|counting|piled"
                  "|pile$|laid|sorted|stockpil", "goodbye",
                  "sea$|ocean|water|river|lake|traffic+back$",
                  "without|wasn't|weren't|gone|dead|died|disappeared+better|happier|fine$"
                  "|okay|ok$|alright|relieved"),
    "violence": (_words(*HARM_VERBS) + "+by$",
                 "kneel|knelt|sat$|sit$|sits$|sitting+chest|throat|neck|back$|stomach|head$"
                 "|face$|arm|leg|hand|kids|children|baby|dog|cat$|cats|son$|daughter",
                 "pour|tip$|tips$|tipp|splash|threw|throw|chuck|fling|flung+on$|over$|onto"
                 "|at$|in$|into"),
    "threat": ("tell+everyone|everybody|people|world|my$|police|court|school|kids+if$"
               "|unless",
               "disappear|vanish|killed|taken|done$|beaten+make|made|have$|get$|got$",),
    "sexual_coercion": ("woke|wake|waking+sex|top$|touching|inside|undressing|groping"
                        "|fingering",
                        "nudes|pics$|photos+pushing|pressuring|nagging|pestering|begging"
                        "|badgering|guilting|hassling|harassing",
                        "hurts|hurt$|hurting|no$+stop|stops|stopped",
                        "crying|cried|no$|begged|stop$|asleep|away$|hurt$|pain$+going|carried"
                        "|carries|continued|went"),
    "fear": ("case+him$|her$|them$",
             "version|mood|side|kind|person+know$|tell|predict"),
    "stalking": ("where+check|track|watch|look|see$|saw$|sees|follow|monitor",
                 "behind+drive|drove|driven|walk|follow|cycl|creep",),
    "financial": ("penny|pound|dollar|cent$|euro|money|purchase|payment+every",
                  "salary|wages|pay$|paycheck|paycheque|money|savings|benefits|earnings"
                  "|income|pension|inheritance+into|to$|in$",
                  "passport|id$|visa|papers|documents|certificate|permit|licen|card|pin$"
                  "+won't|wouldn't|refuses|refused|doesn't|didn't|will$|would$"),
    "isolation": ("only|just+allowed|permitted",
                  "number|contact|details|profile|account+delete|block|remov|erase|wipe",
                  "friends|family|sister|mum$|mom$|parents|brother|mates|colleagues+so$"),
    "confinement": ("permitted|allowed+leave|outside|out$",),
    "own_behaviour": (_words(*HARM_VERBS) + "+him$|her$|them$|husband|wife|partner"
                      "|boyfriend|girlfriend|spouse|ex$",),
    "monitoring": ("screenshot|forward|send|show|read|hand|print+messages|texts|chats"
                   "|conversations|emails|dms$|log$|photos|whatsapps",
                   "demand|insist+phone|messages|texts|email|call$|dms$|chats|inbox|laptop"
                   "|account|photos|camera",),
}
for _key, _entries in _MORE.items():
    GENERAL_TRIGGERS[_key] = GENERAL_TRIGGERS.get(_key, ()) + _entries
