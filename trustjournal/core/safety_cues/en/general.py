"""English cues built from the broad word lists in `lexicon`: who acts, a verb in any
tense, and whom it lands on. They catch wordings the phrase cues were never shown."""

from __future__ import annotations

from trustjournal.core.safety_cues.en import lexicon as lx

# Verb phrases after the partner as subject ({S} is put in front).
GENERAL_PARTNER: dict[str, tuple[str, ...]] = {
    "violence": (
        lx.HARM_WORDS + r" (?:at |hard |again |really )?" + lx.HARM_TARGET + "{GUARD}",
        r"(?:bite:bit|burn|twist|crush|slam|stab|stamp on|stomp on|bend|break|cut)"
        .replace("bite:bit", "bit|bites|biting|bitten|bite")
        .replace("burn", lx.alt("burn:burned,burnt"))
        .replace("twist", lx.alt("twist")).replace("crush", lx.alt("crush"))
        .replace("slam", lx.alt("slam")).replace("stab", lx.alt("stab"))
        .replace("stamp on", lx.alt("stamp on")).replace("stomp on", lx.alt("stomp on"))
        .replace("bend", lx.alt("bend:bent")).replace("break", lx.alt("break:broke,broken"))
        + r" my (?:hands?|fingers?|thumbs?)",
        lx.THROW_WORDS + r" (?:[\w']+ ){1,5}?" + lx.NEAR,
    ),
    "threat": (
        lx.SAY_WORDS + r"(?: to me| me)?(?: that)?,? (?:if [^,]{1,40}?,? )?(?:he|she|they"
        r"|\ue000\w+)(?:'d|'ll| will| would| is going to|'s going to| was going to"
        r"| is gonna|'s gonna| could)(?: \w+){0,2}? (?:"
        + lx.alt("kill", "hurt:hurt", "harm", "hit:hit", "beat:beat,beaten", "stab",
                 "shoot:shot", "strangle", "choke", "drown", "poison", "smash", "bury",
                 "break:broke,broken", "burn", "cut:cut", "slit:slit", "snap")
        + r" (?:\w+ )?(?:me|us|you|my \w+|" + lx.DEPENDANTS + r"|himself|herself"
        r"|themselves)"
        r"|" + lx.alt("ruin", "destroy", "end", "wreck") + r" (?:me|you|my (?:life|career"
        r"|reputation|family|job|name|chances)|his life|her life|their life|it all)"
        r"|" + lx.alt("take:took,taken", "keep:kept", "steal:stole") + r" (?:the|my|our)"
        r" (?:kids|children|child|son|daughter|baby|boys|girls)"
        r"|make sure (?:i|you) (?:never|won't|don't|will never) see"
        r"|" + lx.alt("post", "share", "send:sent", "leak", "publish", "upload",
                      "show:showed,shown", "spread", "expose") + r" (?:\w+ ){0,2}?(?:photos"
        r"|pictures|pics|videos|nudes|texts|messages|sexts|tape))",
        lx.alt("wave", "point", "brandish", "swing:swung", "hold:held", "pull:pulled",
               "flash", "wield", "show:showed,shown", "raise", "aim")
        + r" (?:a|the|his|her|their|an) (?:\w+ )?(?:knife|gun|blade|weapon|bat|hammer|axe"
        r"|machete|razor|screwdriver|scissors|pistol|rifle)(?: \w+)? (?:at|to|towards"
        r"|in front of|near|against) (?:me|my|us|" + lx.DEPENDANTS + ")",
    ),
    "sexual_coercion": (
        lx.COERCE_WORDS + r" me (?:into |to )?(?:\S+ ){0,4}?(?:sex|sexual|sleep(?:ing)?"
        r" with|oral|blow ?jobs?|naked|nudes|undress|threesomes?|porn|intercourse)",
    ),
    "monitoring": (
        lx.DEMAND_WORDS + r" (?:me |that i |i )?(?:to )?(?:\w+ ){0,3}?(?:(?:all |each of )?"
        r"(?:of )?my (?:\w+ )?|(?:him|her|them) my (?:\w+ )?)(?:passwords?|passcodes?"
        r"|pins?|pin codes?|logins?|log-?ins?|login details|unlock codes?|face ?id"
        r"|screenshots?|location)",
        lx.DEMAND_WORDS + r" (?:me |that i |i )?(?:to )?(?:send|show|text|give|take"
        r"|snap)(?: him| her| them)? (?:a |an |some )?" + lx.PHOTO_PROOF,
    ),
}

# Cues that bring their own subject or need none.
GENERAL_FREE: dict[str, tuple[str, ...]] = {
    "self_harm": (
        r"(?:i|i'd|i'll|i could|i would)(?: \S+){0,3}? (?:won't|wouldn't|don't|didn't"
        r"|never|not|dont|wont) wake up(?! (?:late|early|in time|at|before|tired|with|the"
        r"|when|to|for)\b)",
        r"(?:a plan|plans?|planning|planned) (?:for how )?to end (?:things|it all"
        r"|everything|my life|it)(?! (?:with|between|off|properly|nicely|kindly|amicably"
        r"|calmly)\b)",
    ),
    "violence": (
        r"i(?:'ve| have| had|'d)? (?:was|got|get|gets|been|keep getting|am being|'m being"
        r"|were)(?: \w+ly)? " + lx.PASSIVE_WORDS + r"(?! (?:out|off|up|on|by (?:a|an|the"
        r"|some|lightning|accident|mistake|my (?:friend|brother|sister|son|daughter|dad|mum"
        r"|mom|father|mother|coach|teammate|cousin|dog|cat))|at (?:work|school|football"
        r"|rugby|training|practice|the game|the match|\w+ing|chess)|in (?:the|a) (?:game"
        r"|match)|for (?:a )?(?:ball|goal|penalty))\b)",
    ),
    "sexual_coercion": (
        r"(?:sex|sexual|slept with|sleep with|in bed|touched me|touch me|oral|undressed me"
        r"|intercourse)(?: \S+){0,6}? (?:i(?:'d)? (?:had )?said no|i told (?:him|her|them)"
        r" no|i (?:didn't|did not|don't|do not) want|i wasn't ready|i was (?:crying|asleep"
        r"|sleeping|drunk)|i cried|i begged)",
        r"(?:sleep|slept|sleeping|have sex|had sex|having sex) with (?:him|her|them"
        r"|my \w+|\ue000\w+)(?: \S+){0,4}? (?:so (?:that )?(?:he|she|they|\ue000\w+)"
        r" (?:won't|doesn't|wouldn't|don't|will not|does not|would not|didn't|will stop"
        r"|stops|leaves me alone)|or (?:else )?(?:he|she|they|\ue000\w+)(?:'ll|'d| will"
        r"| would| gets?)|to keep (?:him|her|them) (?:calm|happy|from|quiet|off))",
    ),
    "fear": (
        r"(?:" + lx.FEAR_BODY + r")(?: \S+){0,4}? (?:when|whenever|every time|as soon as"
        r"|if|once) (?:i )?(?:" + lx.FEAR_SIGNS + ")",
        r"(?:when|whenever|every time|as soon as) (?:i )?(?:" + lx.FEAR_SIGNS
        + r")(?: \S+){0,4}?,? (?:" + lx.FEAR_BODY + ")",
    ),
}
