"""The second, broad stage of the English safety check: one sentence at a time.

The literal cues (partner.py, free.py, writer.py) match whole verb phrases and miss the
many other ways people put the same thing ("my whole salary goes into his account",
"I have a plan now"). This stage reads only sentences in which they found nothing and
scores them with rules that are looser about order and wording: each rule is a core
phrase (a harm word in its family of phrasings) plus words that must stand anywhere in
the same sentence (the partner as doer, the writer as the one harmed, a body part, ...).

Guards keep the looseness from turning into false alarms: a negation just before the
core ("he never locked me in"), words that make the whole sentence mutual, chosen or
happy ("we both", "which is sweet", "like he does every night"), and per-rule words that
point to another reading ("end it with him" is a break-up). Figures of speech are
blanked out by `danger` before this stage sees the sentence.

Text arrives as in the literal stage: lower-cased, straight apostrophes, single spaces,
names marked with NAME_MARK. `chooser(vocabulary)(words)` picks the rules worth trying
from a sentence's words (the cheap prefilter); `score(lowered, chosen, prepare)` returns
(category value, matched words) or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trustjournal.core.safety_cues.en.slots import NAME_MARK, SLOTS

# -- named pieces --------------------------------------------------------------------------

_PIECES: dict[str, str] = {
    **SLOTS,
    # The writer as the one spoken of: subject, object or owner.
    "W": r"(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine)",
    # A gap of up to a few words inside one clause.
    "G": r"(?: [\w'\ue000]+){0,4}",
    "G8": r"(?: [\w'\ue000]+){0,8}",
    "PILLS": (
        r"(?:pills?|tablets?|paracetamol|painkillers?|meds|medication|medicine|sleeping"
        r" pills|antidepressants|insulin|codeine)"
    ),
    "HIGH": (
        r"(?:bridge|cliffs?|roof|rooftop|ledge|balcony|edge|tracks|railway|platform|motorway"
        r"|car park roof|tower|top floor|river|multi-storey)"
    ),
    "HIT": (
        r"(?:slapped|hit|punched|kicked|choked|strangled|shoved|beaten|beat up|smacked|bitten"
        r"|headbutted|stabbed|burned|burnt|scalded|thrown|dragged|pinned|throttled|battered"
        r"|elbowed|kneed|whipped|belted|spat on|attacked|assaulted|hurt|injured)"
    ),
    "THROW": (
        r"(?:threw|throws|throw|throwing|thrown|hurled|hurls|hurling|chucked|chucks|chucking"
        r"|flung|flings|flinging|lobbed|launched|smashed|smashes|smashing|slammed|slams"
        r"|hurled|fired|swung|swings|kicked)"
    ),
    "NEAR": (
        r"(?:at me|at my|by my|near my|next to my|beside my|past my|towards me|toward me"
        r"|right by me|near me|by me|close to me|inches from|at my head|at my face|by my head"
        r"|my feet|my head|my face)"
    ),
    "MONEY": (
        r"(?:salary|wages?|pay ?check|paycheque|pay|earnings|tips|bank cards?|debit cards?"
        r"|credit cards?|pin|pin number|benefits?|savings|child benefit|pension|money|cash"
        r"|student loan|inheritance)"
    ),
    "PAPERS": (
        r"(?:passport|residence (?:permit|card)|permit|visa|id|id card|birth certificate"
        r"|driving licen[cs]e|licen[cs]e|papers|documents|green card|work permit)"
    ),
    "HIS": r"(?:his|her|their|\ue000\w+'s)",
    "PLACE": (
        r"(?:flat|house|home|place|work|office|school|gym|job|shop|cafe|café|car|door"
        r"|building|apartment|parents'|mum's|mom's|friend's|sister's|brother's|street"
        r"|window|shift|class|church|bus stop|station|hotel|workplace|salon|studio)"
    ),
    "ROOM": (
        r"(?:room|bedroom|bathroom|toilet|loo|kitchen|cellar|basement|garage|shed|attic"
        r"|balcony|porch|garden|yard|car|cupboard|closet|house|flat|home|office|study|hall"
        r"|hallway|landing|spare room|box room|utility room|outside)"
    ),
}

_PIECE = re.compile(r"\{([A-Z0-9]+)\}")


def _expand(pattern: str) -> str:
    for _ in range(6):
        expanded = _PIECE.sub(lambda m: _PIECES[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError("broad safety pieces refer to each other in a loop")


# -- the rules -------------------------------------------------------------------------------
# (category, anchors, core, words needed anywhere else, words that rule this reading
# out). Anchors are the first four letters (or the whole of a shorter word) of words of
# which the core needs one, or whole words when they end in "=": a rule is tried only on
# a sentence holding one of its anchors.

_Rule = tuple[str, str, str, tuple[str, ...], str | None]


def _r(category: str, anchors: str, core: str, *needed: str,
       unless: str | None = None) -> _Rule:
    return category, anchors, core, needed, unless


RULES: tuple[_Rule, ...] = (
    # -- self-harm: method research, plans, goodbyes, no reason left, being gone ---------
    _r("self_harm", "pill pills tabl para pain meds medi insu code anti",
       r"how (?:many|much){G} {PILLS}|{PILLS}{G} (?:it|they) (?:would|'d) take"
       r"|{PILLS}{G} (?:would be|is|was) enough|(?:count(?:ed|ing)?|sav(?:ed|ing)|stockpil\w*"
       r"|hoard(?:ed|ing)?|collect(?:ed|ing)|stash(?:ed)?|kept|keeping) (?:up )?(?:\w+ ){0,3}"
       r"{PILLS}|{PILLS} (?:\w+ )?(?:saved|stashed|hidden|put aside|hoarded|stockpiled)",
       unless=r"\b(?:prescription|pharmacy|chemist|headache|cold|flu|vitamins)\b"),
    _r("self_harm", "plan",
       r"(?:i|i've|i'd|now i) (?:have|'ve got|got|made|have made|'ve made)"
       r" (?:a|the) plan(?: now| already)?(?=$|,| and| to end| for how| for when| for it)"),
    _r("self_harm", "thro end ende endi",
       r"go(?:ing|es)? through with it|(?:end|ended|ending) it(?: all)?\b"
       r"(?! with)|(?:end|ended|ending) things for good|do it (?:tonight|this time|soon)",
       r"\b(?:i|i'm|i'll|i'd|my|me)\b",
       unless=r"\bwith (?:him|her|them|\ue000\w+)\b|\b(?:relationship|marriage|engagement"
       r"|wedding|job|contract|surgery|operation|divorce|move|tattoo|interview|date|call"
       r"|conversation|lease|project|course|degree)\b|\bhe\b|\bshe\b"),
    _r("self_harm", "lett note goodbye= givi give gave affa",
       r"(?:letters?|notes?|messages?) (?:\w+ ){0,8}(?:in case|for when i'm"
       r" gone|for after|to read after|goodbye)|goodbye (?:letters?|notes?|messages?)"
       r"|giv(?:e|es|ing|en) (?:\w+ )?(?:away )?(?:all )?my (?:things|stuff|belongings"
       r"|possessions|clothes|books)(?: away)?|who (?:gets|will get|should get|should have)"
       r" (?:my|the) \w+(?:,)? (?:just )?in case|sort(?:ed|ing)? out my (?:affairs|will)"),
    _r("self_harm", "reas poin purp",
       r"(?:no|any|a|one) (?:real )?(?:reason|point|purpose) (?:in |to )?"
       r"(?:keep going|keeping going|carry on|carrying on|go on|going on|live|living|stay"
       r"|staying|be here|being here|wake up|get up|try anymore|exist|existing)"
       r"|no point (?:in )?(?:anything|me being here|being alive|carrying on|going on)"),
    _r("self_harm", "bett without= gone dead",
       r"better off (?:if i (?:was|were|wasn't|weren't|am|died|disappeared)"
       r"|when i'?m gone|with me gone|without me)|(?:cope|do|manage|be) better (?:if|once|when)"
       r" i (?:just )?(?:wasn't|weren't|was not|were not|am not|was gone|were gone|died)"
       r"|(?:would|'d) be (?:fine|better|happier|ok|okay|all right|alright) without me"
       r"(?: around| here| in (?:their|the) (?:lives|life|way))?"
       r"|if i (?:was|were) (?:gone|dead|not here|not around|no longer here)"
       r"|if i (?:wasn't|weren't) (?:here|around|alive) any ?more",
       unless=r"\bfor (?:a|the) (?:day|week|weekend|bit|while|night|month)\b|\btrip\b"),
    _r("self_harm", "disa fore perm stop",
       r"disappear(?:ed|ing)? (?:for good|forever|permanently|for ever|and never"
       r" come back)|(?:stop|end|be over) (?:for good|forever|permanently)"
       r"|(?:want|wanted|wish) (?:it all|everything|all of it|all of this|this all) to"
       r" (?:stop|end|be over)"),
    _r("self_harm", "brid clif roof ledg balc edge trac rail plat moto towe rive mult",
       r"(?:driv(?:e|ing|en)|drove|jump(?:ed|ing)?|step(?:ped|ping)?|walk(?:ed"
       r"|ing)?|throw(?:ing)? myself|threw myself|lean(?:ed|ing)?) (?:\w+ ){0,2}(?:off|from"
       r"|in front of|over|into) (?:\w+ ){0,2}{HIGH}|(?:jump|jumping|jumped|fall|falling"
       r"|let go) (?:\w+ ){0,6}{HIGH}|{HIGH} (?:\w+ ){0,8}(?:jump|jumping|let go|fall"
       r"|falling|the drop|end it)|(?:stood|standing|sat|sitting) (?:on|at|by|near) (?:the"
       r" )?(?:edge of )?(?:the )?{HIGH} (?:\w+ ){0,6}(?:for a long time|for an hour|for ages"
       r"|for hours|thinking|staring|looking down)|(?:drove|went|walked|driven) to the"
       r" {HIGH} and (?:sat|stood|stayed)",
       r"\b(?:i|i'm|i've|i'd|myself|me)\b",
       unless=r"\b(?:we|us|kids|he|she|they)\b|\b(?:bungee|diving|dive|swim|swimming|view"
       r"|photos?|picnic|sunset|train (?:was|is) (?:late|delayed|cancelled))\b"),
    _r("self_harm", "wake",
       r"(?:hop(?:e|ed|ing)|wish(?:ed|ing)?|pray(?:ed|ing)?) (?:\w+ )?i"
       r" (?:wouldn't|would not|won't|will not|don't|didn't|never) wake(?: up)?"),
    _r("self_harm", "bang hit hitt punc scra pinc bite biti burn cut cutt carv",
       r"(?:bang(?:ed|ing)?|hit(?:ting)?|punch(?:ed|ing)?|scratch(?:ed|ing)?"
       r"|pinch(?:ed|ing)?|bit(?:e|ing)?|burn(?:ed|t|ing)?|cut(?:ting)?|carv(?:ed|ing)?)"
       r" (?:my (?:\w+ )?(?:head|arms?|wrists?|legs?|thighs?|skin|hands?|fists?|stomach"
       r"|face|fingers?)|myself)(?: \w+){0,4} (?:until|till|so hard|to feel|to punish"
       r"|on purpose|to stop|to quiet|to calm|only thing|bled|bleed|bruised|hurts?\b)",
       r"^(?:i|i've|i'm|i keep|sometimes i|lately i|again i)\b|\bi (?:keep|kept|have been"
       r"|'ve been|started|start)\b"),
    # -- violence: passive harm to the writer, things thrown near them, hot liquids --------
    _r("violence", "slap hit punc kick chok stra shov beat smac bitt headbutted= stab burn scal "
       "thro drag pinn batt elbo knee whip belt spat atta assa hurt inju",
       r"(?:i|i've|i'm) (?:was|got|get|have been|'ve been|had been|been|am|keep"
       r" getting|gets) (?:\w+ )?{HIT}(?: (?:again|by him|by her|by my|in|on|across|around"
       r"|so|until|when|because|for|twice|once|hard|badly)|$|,)",
       unless=r"\bby (?:a|the) (?:car|ball|bus|bike|door|wave|train|truck|lorry|branch)\b"
       r"|\b(?:pushed to|pushed into (?:doing|signing|trying)|match|game|tackle|accident"
       r"|training|class|sparring|boxing)\b"),
    _r("violence", "threw thro hurl chuc flun flin lobb laun smas slam fire swun swin kick",
       r"{THROW}(?: \w+){0,5} {NEAR}|{THROW} (?:\w+ ){0,4}(?:on|against|across"
       r"|into) (?:the )?(?:floor|wall|door|table)(?: \w+){0,4} (?:right )?(?:by|near|next"
       r" to|beside|in front of) (?:me|my)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b",
       unless=r"\b(?:toddler|baby|kid|son|daughter|dog|cat|ball|frisbee|party|surprise"
       r"|snowball|pillow|confetti|kiss|look|glance|wink|smile)\b|^(?:i|we)\b"),
    _r("violence", "hot boil scal stea",
       r"(?:pour(?:ed|s|ing)?|tip(?:ped|s|ping)?|threw|throws?|spill(?:ed|t)"
       r" (?:\w+ )?on purpose|splash(?:ed|es)?) (?:\w+ ){0,3}(?:hot|boiling|scalding|steaming)"
       r" (?:\w+ ){0,2}(?:over|on|at|onto) (?:me|my)\b",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b"),
    _r("violence", "hair thro neck coll wris arm arms ankl leg legs ears jaw burn scal bite twis "
       "bent stam stom slam crus",
       r"{S} (?:\w+ ){0,2}(?:pull(?:ed|s|ing)?|yank(?:ed|s|ing)?|drag(?:ged|s"
       r"|ging)?|held|holds|hold(?:ing)?|grab(?:bed|s|bing)?|lift(?:ed|s)?|shook|shakes"
       r"|pin(?:ned|s)?|threw|throws) (?:me|{KIDS})(?: \w+){0,4} by (?:my|the|his|her)"
       r" (?:hair|throat|neck|collar|wrists?|arms?|ankles?|legs?|ears?|jaw|face)"
       r"|{S} (?:\w+ ){0,2}(?:burn(?:ed|t|s)|scald(?:ed|s)|bit|bites|twist(?:ed|s)|bent"
       r"|stamp(?:ed|s) on|stomp(?:ed|s) on|slam(?:med|s)|crush(?:ed|es)) (?:me|{BODY}"
       r"|{KIDS})\b"),
    # -- threats ------------------------------------------------------------------------
    _r("threat", "kill murd hurt after= fini brea snap smas burn cut stab shoo bury dest ruin rid=",
       r"(?:going to|gonna|'ll|will|would|'d|is going to) (?:\w+ ){0,2}(?:kill"
       r"|murder|hurt|end|finish|break|snap|smash|burn|cut|stab|shoot|bury|destroy|ruin"
       r"|get|come after|go after|find|take|get rid of) (?:you|me|my|{KIDS}|{PEOPLE})"
       r"(?!\w)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))"
       r"\b(?:'s)? (?:\w+ ){0,4}(?:said|says|saying|told|tells|warned|warns|threatened"
       r"|texted|messaged|screamed|shouted|yelled|whispered|mentioned|keeps saying|promised"
       r"|looked)|\b(?:one day|next time|if i|if you|unless i|unless you|or else)\b",
       unless=r"\b(?:laughing|joking|joked|haha|lol|kidding|teasing|milk|pizza|leftovers"
       r"|surprise|dinner)\b|^(?:i|we)\b"),
    _r("threat", "knows= found=",
       r"(?:warned|warn|threatened|told|reminded|mentioned|said)(?: \w+){0,6}"
       r" (?:knows|know|found out|found) where (?:my|i|we) \w+|(?:knows|know) where (?:my"
       r" \w+|i|we) (?:live|lives|work|works|stay|staying|go to school)(?: \w+){0,6}"
       r" (?:warning|threat|meant)"),
    _r("threat", "cust kids chil baby son daug boy girl",
       r"(?:full |sole )?custody|(?:never|not) (?:\w+ ){0,2}(?:see|allowed near"
       r"|get near|be near|have) (?:the|my|our) (?:kids|children|baby|son|daughter|boy|girl)"
       r"(?: again| ever again)?",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b"
       r"(?:'s)? (?:\w+ ){0,3}(?:say|says|said|saying|tell|told|threaten|threatened|warn"
       r"|warned|'ll|will|going to|make sure|keeps)",
       unless=r"\b(?:agreed|share|shared|joint|co-?parent|mediation|fair)\b"),
    _r("threat", "hims hers them over jump driv life",
       r"(?:kill|hurt|harm) (?:himself|herself|themselves)|(?:take|took) (?:an"
       r" )?overdose|(?:jump|drive) off (?:\w+ ){0,2}{HIGH}|end (?:his|her|their) (?:own )?life",
       r"\bif (?:i|you)\b|\bunless (?:i|you)\b|\bwhen (?:i|you)\b|\bit'll be on (?:me|you)\b"),
    _r("threat", "phot pict pics vide nude imag",
       r"(?:post|send|share|show|leak|put)(?:ed|s|ing)? (?:\w+ ){0,4}(?:photos?"
       r"|pictures?|pics|videos?|nudes|images)(?: \w+){0,5} (?:to|on|online|with) ",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))"
       r"\b(?:'s|'d|'ll)? (?:\w+ ){0,3}(?:said|says|told|threaten\w*|warn\w*|will|'ll|would"
       r"|going to)",
       unless=r"\b(?:holiday|wedding|birthday|baby|family group|proud)\b"),
    # -- sexual coercion ------------------------------------------------------------------
    _r("sexual_coercion", "going= carried=",
       r"(?:kept|keeps|carried|carries) (?:on )?going (?:\w+ ){0,4}(?:after"
       r"|even though|when|although) (?:\w+ ){0,2}i (?:said|told|asked|was crying|begged)"
       r"|i said no (?:\w+ ){0,4}(?:but|and) (?:he|she|they|\ue000\w+) (?:\w+ ){0,2}(?:kept"
       r"|carried|went|did it|didn't stop|wouldn't stop)"),
    _r("sexual_coercion", "guil beg begg sulk pushed= duty obli owe job= drun asle passed= "
       "tired= pest nag nagg puni shoulder= sile",
       r"(?:guilty|guilt|guilted|beg|begging|sulk\w*|pushed and pushed"
       r"|duty|obligation|owe (?:him|her)|my job as (?:his|her)|drunk|asleep|passed out"
       r"|too tired|pester\w*|nag\w*|punish\w*|cold shoulder|silent treatment)",
       r"\b(?:sex|sleep with|slept with|have it|do it|did it|gave in|give in|giving in"
       r"|let (?:him|her)|refuse|refusing|say no|said no|saying no|touch(?:ed|es)? me"
       r"|intimate|in bed|his wife|her husband|in the mood|go along with it|went along"
       r"|when i (?:don't|didn't) want)\b",
       unless=r"\b(?:dishes|chores|laundry|work|homework|holiday|dinner|party|money)\b"),
    _r("sexual_coercion", "alon gave give let stop figh wake woke",
       r"(?:went|go|going|gone) along with it|gave in|give in|let (?:him"
       r"|her) (?:do|have|continue)|stopped fighting|(?:wake|woke|waking|woken) up (?:\w+"
       r" ){0,3}(?:having sex|on top of me|touching me|inside me|undressing me)",
       r"\b(?:didn't want|did not want|don't want|scared|afraid|frightened|said no|no"
       r" (?:twice|again)|held me|crying|sex|bed|touch\w*|forced)\b"),
    # -- fear -----------------------------------------------------------------------------
    _r("fear", "afra scar terr frig petr fear",
       r"{AFRAID} (?:\w+ ){0,3}(?:to (?:be|stay|go|come) (?:home|back|in|inside"
       r"|alone)|to tell (?:him|her|them|\ue000\w+)|to (?:ask|say|speak|disagree|argue)"
       r"|of (?:what|how) (?:he|she|they|\ue000\w+)|(?:with|around|near) (?:him|her|them|"
       r"\ue000\w+)|(?:he|she|they|\ue000\w+)(?:'ll|'d| will| would| might| is going to)"
       r" (?:\w+ ){0,2}(?:do|react|kill|hurt|find|explode|lose it|go mad|snap|come)"
       r"|when (?:he|she|they|\ue000\w+) (?:\w+ ){0,2}(?:drinks|drunk|angry|mad|home|shouts"
       r"|comes|gets|walks|raises|is in))",
       unless=r"\b(?:spiders?|flight|flying|heights|dogs?|exam|test|interview|film|movie"
       r"|dentist|needles?|dark|snakes?|surprise|present|gift|fail\w*|lose (?:him|her)"
       r"|leave me|losing (?:him|her)|break up|breaking up|proposal|propose|cheat\w*)\b"),
    _r("fear", "stom shak shook= trem races= pounds= pounding= sinks= free froz tens flin",
       r"(?:stomach (?:drops|dropped|turns|knots|churns)|hands? (?:shake|shook"
       r"|start shaking|tremble)|heart (?:races|pounds|starts racing|starts pounding|sinks)"
       r"|(?:freeze|froze|tense up|tensed up|flinch|flinched)) (?:\w+ ){0,6}(?:when|every"
       r" time|whenever|as soon as) (?:i )?(?:hear|heard|see|saw)? ?(?:his|her|their|him"
       r"|\ue000\w+)",
       unless=r"\b(?:excit\w*|love|crush|date|cute|butterflies)\b"),
    _r("fear", "eggs set= slee slep quickly= scar afra frig terr kill",
       r"walk(?:ing|ed)? on eggshells|(?:so|in case|or) (?:i )?(?:don't|do not|won't"
       r"|wouldn't|didn't) set (?:him|her|them|\ue000\w+) off|(?:sleep|slept|sleeping) with"
       r" (?:my|the) (?:shoes|keys|phone|clothes|coat|door (?:locked|wedged)) on"
       r"|(?:sleep|slept|sleeping) (?:in|with) (?:my )?(?:shoes|clothes|coat) on"
       r"|in case i (?:need|needed|have) to (?:get out|run|leave|escape) (?:quickly|fast"
       r"|in a hurry)|(?:too|so) (?:scared|afraid|frightened|terrified) to (?:go|come)"
       r" (?:in|inside|home|back|upstairs)|(?:he|she|they|\ue000\w+) (?:could|might|will"
       r"|would|is going to|'ll|'d) (?:\w+ ){0,2}kill me(?: one day| someday| eventually"
       r"| if)?"),
    # -- stalking -------------------------------------------------------------------------
    _r("stalking", "park sat sits sitt wait stan stoo lurk hang hung",
       r"(?:parked|parks|parking|sat|sits|sitting|waits?|waited|waiting|standing"
       r"|stands|stood|lurk\w*|hang(?:s|ing)? around|hung around) (?:\w+ ){0,3}(?:outside"
       r"|across from|opposite|near|by|at the end of|down the road from) (?:my|our)"
       r" {PLACE}",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))"
       r"\b|\b(?:his|her|their) (?:car|van|truck)\b",
       unless=r"\b(?:picked me up|pick me up|pick up|lift|while i (?:ran|went|popped|nipped)"
       r"|waiting for me to finish|to surprise|flowers|collect)\b"),
    _r("stalking", "knows= knew= wherever= everywhere=",
       r"(?:always|somehow|just|already) (?:\w+ )?knows? (?:exactly )?(?:where|which"
       r" \w+|what \w+) (?:i am|i'm|i was|i go|i've been|i went|i'm at|i was at)"
       r"|(?:turn(?:s|ed)? up|show(?:s|ed)? up|appear(?:s|ed)?|turning up|showing up) (?:\w+"
       r" ){0,4}(?:wherever|everywhere|where) i (?:go|am|was|went)"
       r"|knew (?:exactly )?(?:where|which \w+) i (?:was|had gone|went)(?: \w+){0,3} and"
       r" (?:turned|showed|came)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b"),
    _r("stalking", "frie cowo co-w coll fami sist brot mum mom pare boss mana neig workmates=",
       r"(?:messag|contact|call|phon|text|ring|email|ask)(?:ed|s|ing)? (?:all |every"
       r" |one of )?(?:my|our) (?:\w+ )?(?:friends|coworkers|co-workers|colleagues|family"
       r"|sister|brother|mum|mom|parents|boss|manager|neighbours|neighbors|workmates)"
       r"(?: \w+){0,4} (?:where|which|what (?:shifts?|time|hours)|find (?:out )?(?:where"
       r"|what|which|me)|to find|about my (?:address|shifts?|whereabouts))",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b"),
    _r("stalking", "appe turned= showed= turns= shows= turning= showing=",
       r"(?:appear(?:s|ed)?|turn(?:s|ed)? up|show(?:s|ed)? up|turning up|showing"
       r" up) (?:\w+ ){0,4}(?:right )?(?:after|as soon as|minutes after) i (?:\w+ ){0,2}"
       r"(?:checked in|arrived|got there|posted|left)|(?:keeps?|kept) (?:turning|showing)"
       r" up (?:at|outside) (?:my )?{PLACE}|(?:doesn't|does not|don't) even go (?:to )?"
       r"(?:that|this)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b",
       unless=r"\b(?:flowers|lunch|surprise|lovely|sweet|pick me up|picked me up)\b"),
    # -- monitoring ------------------------------------------------------------------------
    _r("monitoring", "phot pict pics self scre proo vide",
       r"(?:send|sending|sent|show|showing|text|texting) (?:him|her|them"
       r"|\ue000\w+) (?:a |my )?(?:photos?|pictures?|pics|selfies?|screenshots?|proof"
       r"|videos?|live location)(?: \w+){0,5}|(?:photos?|pictures?|pics|selfies?|screenshots?"
       r"|proof) of (?:where i am|where i'm|who i'm with|my (?:call log|texts|messages|screen"
       r"|location|receipts|whereabouts))",
       r"\b(?:have to|has to|had to|make|makes|made|must|demand\w*|insist\w*|every|whenever"
       r"|or else|expects?|forc\w*)\b",
       unless=r"\b(?:holiday|sunset|outfit|cute|funny|the kids|the baby)\b"),
    _r("monitoring", "mile odom bank rece sear brow call step sat jour",
       r"(?:check|checks|checked|checking|look(?:s|ed)? at|monitor\w*|read"
       r"|reads|goes through|went through|go through|track\w*|records?|logs?|watches"
       r"|counts?) (?:\w+ ){0,2}(?:the |my )?(?:mileage|odometer|banking app|bank app|bank"
       r" statements?|receipts|search history|browser history|call log|call history|step"
       r" count|car's (?:mileage|sat ?nav)|sat ?nav|journey history)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b",
       unless=r"^(?:i|we)\b|\b(?:we both|together|for me because|tyre|oil)\b"),
    _r("monitoring", "reco logs= logg logged= capt",
       r"(?:records?|recorded|recording|logs?|logged|logging|captures?|sees?"
       r"|shows? (?:him|her|them)) (?:\w+ ){0,2}(?:everything|every(?:thing)? i (?:type|text"
       r"|write|search|do|say)|what i (?:type|text|write|search|say|do)|my (?:keystrokes"
       r"|texts|messages|calls|screen|searches))",
       r"\b(?:app|program|programme|software|spyware|tracker|camera|cameras|installed|put"
       r" \w+ on|set up|device)\b"),
    _r("monitoring", "passcode= password= passwords= pin= priv offi boss= manager= desk=",
       r"not allowed (?:\w+ ){0,2}(?:a |to (?:have|set|use|change) (?:a )?"
       r"|any )?(?:passcode|password|pin|lock|privacy|private|face id)|(?:phones?|rings?"
       r"|calls?|called|rang|texts?) (?:my )?(?:office|work|workplace|boss|manager|school"
       r"|desk|colleagues?)(?: \w+){0,3} (?:to check|to see|to make sure|to find out"
       r"|checking)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex)"
       r"|i'm|i am|i)\b",
       unless=r"\b(?:his|her|their) (?:phone|laptop|tablet)\b|^i (?:phone|call|ring|text)"),
    # -- isolation ------------------------------------------------------------------------
    _r("isolation", "allo forb bann goin",
       r"(?:not|never) allowed (?:\w+ ){0,2}(?:to )?(?:go|out|back to work|to"
       r" work|work|see|visit|meet|leave|have friends|on my own|anywhere|alone)|forb(?:ade"
       r"|id|ids|idden)(?: \w+){0,3} (?:from|to)|banned me from|(?:wasn't|isn't|am not"
       r"|not) (?:going|allowed to go)(?: \w+){0,3}(?:,|$| because| so)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b"
       r"|\bnot allowed\b|\bforbade\b",
       unless=r"\b(?:covid|quarantine|doctor|hospital|sick note|contagious|lockdown|school"
       r" rules|the rules|policy|visa rules)\b|\b(?:i|we) (?:forbade|forbid|banned)\b"),
    _r("isolation", "stop gave stay drif come",
       r"(?:friends?|family|mates|people|sister|brother|mum|mom|parents)"
       r" (?:\w+ ){0,2}(?:stopped (?:coming|visiting|calling|inviting)|gave up on me"
       r"|don't come|won't come|stay away|stopped asking|drifted away)",
       r"\bbecause (?:of )?(?:he|she|they|him|her|\ue000\w+)|\b(?:he|she|\ue000\w+)"
       r"(?:'s|'d)? (?:\w+ ){0,2}(?:rude|nasty|awful|horrible|vile|hostile|cold|embarrass"
       r"\w*|makes? a scene|made a scene)"),
    _r("isolation", "miss skip canc coul can' pull kick",
       r"(?:missed|miss|skipped|cancel(?:led|ed)?|had to cancel|couldn't go to"
       r"|can't go to|pulled out of) (?:\w+ ){0,4}(?:wedding|birthday|party|funeral|night"
       r" out|plans|christening|reunion|dinner|drinks|trip|visit)(?: \w+){0,8}"
       r" (?:because|cause|as|since) (?:he|she|they|\ue000\w+)(?:'s|'d)? (?:\w+ ){0,2}"
       r"(?:said|told|wouldn't|won't|didn't want|refused|forbade|sulk|kick|threw|made)"
       r"|(?:kicks?|kicked|kicking) off (?:\w+ ){0,6}(?:plans|friends|going out|see"
       r"|meet)(?: \w+){0,6} (?:until|unless|so) i (?:cancel|stay|don't)"),
    # -- financial ------------------------------------------------------------------------
    _r("financial", "sala wage pay payc earn tips card pin bene savi pens mone cash loan inhe pass "
       "perm visa id lice pape docu gree acco",
       r"(?:(?:my|the) (?:whole |entire |full )?{MONEY}|{MONEY}) (?:\w+ ){0,3}"
       r"(?:goes|go|went|paid|is paid|gets paid|get paid|are paid|transferred|straight)"
       r" (?:\w+ )?(?:into|to|in) (?:{HIS}|a joint account he controls)(?: own)? (?:account"
       r"|bank|card|name)|(?:has|holds|keeps|kept|took|takes|taken|hid|hides|hidden|locked)"
       r" (?:\w+ ){0,2}my (?:{MONEY}|{PAPERS})(?: and (?:my )?(?:{MONEY}|{PAPERS}))?"
       r"|(?:hand|give|hand over|pass|turn over)(?:s|ed|ing)? (?:him|her|them|\ue000\w+)"
       r" (?:over )?(?:all )?(?:of )?my (?:{MONEY})",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b"
       r"|\b(?:his|her|their) (?:account|bank|name)\b",
       unless=r"\b(?:we both|both of us|together|we agreed|safe|the code|holiday|trip"
       r"|airport|renew\w*|lost (?:it|my)|for safekeeping|helped me)\b"),
    _r("financial", "allo give gave rece chan penn appr perm okay ok sign say",
       r"(?:gives?|gave|allows?|allowed|allowance of|allowance) (?:me )?(?:just |only"
       r" )?(?:\d+|a few|ten|twenty|thirty|forty|fifty|a hundred|some)(?: \w+)? (?:a|per"
       r"|each|every) (?:week|month|day)|(?:have|has|had) to (?:show|hand over|give)"
       r" (?:him|her|them)? ?(?:all )?(?:the |my )?(?:receipts|change|every penny)"
       r"|(?:without|need|needs|ask for|asking for|get) (?:his|her|their) (?:approval"
       r"|permission|okay|ok|sign-?off)(?: \w+){0,3} (?:to )?(?:buy|spend|pay|get|for)"
       r"|(?:buy|spend|pay for|get) (?:anything|something|a thing|groceries|food|clothes)"
       r"(?: \w+){0,3} without (?:his|her|their) (?:approval|permission|say-?so|okay|ok)",
       unless=r"\b(?:pocket money|the kids|our son|our daughter|we agreed|budget together"
       r"|helps me|happy with)\b"),
    _r("financial", "unif lapt keys bike badg tool mana boss empl supe job= jobs=",
       r"(?:hid|hides|hidden|took|takes|threw away|ruined|cut up|broke|locked"
       r" away) (?:\w+ ){0,2}my (?:uniform|work clothes|laptop|work phone|car keys|keys"
       r"|bike|badge|tools)(?: \w+){0,8} (?:interview|shift|work|job|exam|missed|late|lost)"
       r"|(?:called|rang|phoned|emailed|messaged|told) my (?:manager|boss|employer|work"
       r"|supervisor|office)(?: \w+){0,8} (?:lose|lost|fired|sacked|sick|quit|resign\w*"
       r"|lies|lied|crazy|drunk|unreliable)|(?:so|until) (?:that )?i(?:'d)? (?:would )?"
       r"(?:lose|lost|quit|get fired|get sacked) (?:the |my )?job",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b",
       unless=r"^(?:i|we)\b"),
    # -- confinement -----------------------------------------------------------------------
    _r("confinement", "lock shut bolt trap barr kept",
       r"(?:i|i've|i'm|me) (?:was|got|have been|'ve been|had been|been|am|get"
       r"|keep getting)? ?(?:locked|shut|bolted|trapped|barricaded|kept) (?:\w+ ){0,1}(?:in|out"
       r"|inside|outside)(?: \w+){0,3} (?:the |my |our |on the |in the )?{ROOM}",
       unless=r"\blocked myself\b|\b(?:door sticks|door stuck|by accident|accidentally"
       r"|forgot my keys|locksmith|lost my keys|until he heard me knocking|for five minutes)"
       r"\b"),
    _r("confinement", "lock shut bolt dead scre nail boar wedg chai barr padl outs",
       r"(?:locked|locks|shut|shuts|bolted|bolts|deadbolted|screwed|nailed"
       r"|boarded|wedged|chained|barred|padlocked)(?: \w+){0,3} (?:shut|closed|from the"
       r" outside|from outside|on the outside)|(?:from the outside|from outside) and (?:\w+"
       r" ){0,2}(?:went|left|took)|(?:locked|shut|bolted) (?:me|us|the kids) (?:\w+ )?(?:in"
       r"|out|inside|outside)",
       r"\b(?:he|she|they|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend|ex))\b",
       unless=r"\b(?:every night|before bed|as always|as usual|like (?:he|she) does|draught"
       r"|storm|wind|burglars?|winter|cold air|rain|cat|dog|safety|the shop|for the night"
       r"|the garage door|the shed)\b|^(?:i|we)\b"),
)

_GUARD = re.compile(
    r"\b(?:we both|both of us|we each|each other's|we agreed|we decided|which is (?:sweet"
    r"|nice|fine|lovely|normal|good|great|kind)|which i (?:like|love|appreciate)|it was"
    r" (?:lovely|sweet|nice|fun)|no big deal|haha|lol|in a good way|i'm happy with"
    r"|is his right|is her right|her right|his right)\b"
)
# Where the guard above holds, only these categories still count: a mutual or happy
# frame does not undo violence, threats or self-harm.
_GUARD_KEEPS = frozenset({"self_harm", "violence", "threat", "sexual_coercion"})

_NEGATIONS = frozenset({
    "not", "never", "no", "nor", "don't", "dont", "didn't", "didnt", "doesn't", "doesnt",
    "isn't", "isnt", "wasn't", "wasnt", "won't", "wont", "wouldn't", "wouldnt", "hasn't",
    "hasnt", "haven't", "havent", "hadn't", "hadnt", "cannot", "can't", "cant", "couldn't",
    "couldnt", "aren't", "weren't", "nobody", "hardly",
})
_CLAUSE = frozenset({
    "but", "and", "because", "so", "when", "while", "although", "though", "since", "after",
    "before", "until", "then", "or", "if", "unless", "cause", "cos", "that",
})
# Negations that belong to the phrase itself ("not allowed", "never allowed").
_OWN_NEGATION = re.compile(r"(?:not|never) allowed|no (?:reason|point)|i said no")


def _negated(sentence: str, start: int) -> bool:
    if _OWN_NEGATION.match(sentence, start):
        return False
    words = sentence[max(0, start - 60):start].split()
    for count, word in enumerate(reversed(words)):
        if count == 3 or word.endswith(",") or word in _CLAUSE:
            return False
        if word in _NEGATIONS:
            return True
    return False


# (category, core as a quick probe (unbounded), core, needed, unless). The probe reads the sentence
# before names are marked, so a name in the core is read as any word there.
_Compiled = tuple[str, str, re.Pattern[str], tuple[re.Pattern[str], ...],
                  re.Pattern[str] | None]


def _bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w'])")


# Built on first use (compiling takes a while, which app start-up should not pay).
_compiled: list[_Compiled] = []
_anchors: dict[str, int] = {}


def _rules() -> list[_Compiled]:
    if not _compiled:
        for number, (category, anchors, core, needed, unless) in enumerate(RULES):
            for anchor in anchors.split():
                key = anchor[:-1] if anchor.endswith("=") else anchor[:4]
                _anchors[key] = _anchors.get(key, 0) | 1 << number
            exact = _expand(core)
            _compiled.append((
                category,
                exact.replace(NAME_MARK, ""),
                _bounded(exact),
                tuple(re.compile(_expand(need)) for need in needed),
                re.compile(_expand(unless)) if unless else None,
            ))
    return _compiled


def chooser(vocabulary: set[str]) -> Callable[[set[str]], int]:
    """For the words of one text, a cheap prefilter: given a sentence's words, the rules
    worth trying on it as bits (0: none). Each distinct word is looked up once, so most
    sentences of an ordinary entry cost one set intersection."""
    _rules()
    bits = {word: _anchors.get(word[:4], 0) | _anchors.get(word, 0) for word in vocabulary}
    active = frozenset(word for word, found in bits.items() if found)

    def choose(words: set[str]) -> int:
        chosen = 0
        for word in words & active:
            chosen |= bits[word]
        return chosen

    return choose


_probes: dict[int, re.Pattern[str]] = {}


def _probe(chosen: int, rules: list[_Compiled]) -> re.Pattern[str]:
    """One pattern trying the probes of all chosen rules at once (few sets of rules
    occur, so they are kept)."""
    probe = _probes.get(chosen)
    if probe is None:
        probe = _bounded("|".join(rules[number][1] for number in range(len(rules))
                                  if chosen >> number & 1))
        if len(_probes) < 4096:
            _probes[chosen] = probe
    return probe


def score(raw: str, lowered: str, chosen: int, prepare: Callable[[str, str], str],
          ) -> tuple[str, str] | None:
    """The category (a Category value) and matched words of the first broad rule among
    chosen (bits from `chooser`) that fits a sentence, or None. lowered is the sentence
    lower-cased; prepare(raw, lowered) gives it with names marked and figures of speech
    blanked, asked for only when some rule's core may match (most sentences stop
    before)."""
    rules = _rules()
    if _probe(chosen, rules).search(lowered) is None:
        return None
    return _score(prepare(raw, lowered), chosen, rules)


def _score(sentence: str, chosen: int, rules: list[_Compiled]) -> tuple[str, str] | None:
    guarded = _GUARD.search(sentence) is not None
    while chosen:
        number = (chosen & -chosen).bit_length() - 1
        chosen ^= 1 << number
        category, _, core, needed, unless = rules[number]
        if guarded and category not in _GUARD_KEEPS:
            continue
        for match in core.finditer(sentence):
            if _negated(sentence, match.start()):
                continue
            if unless is not None and unless.search(sentence):
                break
            if all(need.search(sentence) for need in needed):
                return category, match.group(0)
            break
    return None
