"""Named regex pieces shared by the English cues, and how names reach them."""

from __future__ import annotations

NAME_MARK = "\ue000"

# Named pieces, referred to as {NAME} (upper case only) and expanded before compiling.
SLOTS: dict[str, str] = {
    # The partner as subject: pronouns, partner words, an ex, or a name.
    "P": (
        r"(?:he|she|they|hes|shes|theyre"
        r"|my (?:own )?(?:ex[- ]?)?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf"
        r"|fianc[eé]e?|spouse|other half)|(?:my|the) ex|\ue000\w+)"
    ),
    # Helper words between subject and verb. No negations here: "he has never hit me"
    # simply does not match.
    "H": (
        r"(?:'s|'d|'ll|'ve|'re)?(?: (?:has|had|have|is|was|were|are|will|would|did|does|do"
        r"|used to|keeps|kept|keep|started|starts|began|begins|tried to|tries to|try to"
        r"|been|always|also|even|just|then|once|twice|still|sometimes|often|literally"
        r"|actually|really|again|finally|constantly|physically|now|basically|nearly"
        r"|almost|suddenly|repeatedly|regularly|secretly|apparently|recently|already"
        r"|slowly|gradually|completely|totally|deliberately"
        r"|last night|yesterday|today|went and|would always)){0,3}"
    ),
    "S": r"{P}{H}",
    # The writer as subject, for the writer's own behaviour.
    "I": (
        r"i(?:'ve|'d|'m|'ll|ve|m)?(?: (?:have|had|was|am|did|do|would|will|just|also|even"
        r"|then|once|again|always|really|actually|finally|kept|keep|started|start|began"
        r"|used to|been|literally|basically|sometimes|often|constantly|still|regularly"
        r"|repeatedly|secretly|physically|last night|yesterday|ended up|went and)){0,3}"
    ),
    "ME": r"(?:me|us)",
    # Right after the writer (or at the start): only the writer's own hand hurts here.
    "OWNHAND": (
        r"(?:(?<=^)|(?<=\bi )|(?<=\bi've )|(?<=\bbeen )|(?<=\bkeep )|(?<=\bkept )"
        r"|(?<=\bstarted )|(?<=\balso )|(?<=\bjust )|(?<=\bthen )|(?<=\band )"
        r"|(?<=\bagain )|(?<=\bwas )|(?<=\bam )|(?<=\bi'm ))"
    ),
    "KIDS": (
        r"(?:(?:my|our|the|his|her|their) (?:own )?(?:kids?|children|child|son|daughter"
        r"|baby|boys?|girls?|little one|toddler|step-?son|step-?daughter|dogs?|cats?|puppy"
        r"|kitten|pets?|rabbit|bunny|hamster|parrot|bird|horse))"
    ),
    "VICTIM": r"(?:{ME}|{KIDS})",
    "BODY": (
        r"(?:my|our) (?:arms?|wrists?|face|neck|throat|hair|head|shoulders?|chest|back|legs?"
        r"|stomach|belly|jaw|nose|eyes?|ears?|body|ribs|mouth|lips?|cheek|fingers|ankle"
        r"|knee)"
    ),
    # Who the writer acts on (own behaviour) or is afraid of.
    "THEM": (
        r"(?:him|her|them|my (?:own )?(?:ex[- ]?)?(?:husband|wife|partner|boyfriend|girlfriend"
        r"|bf|gf|fianc[eé]e?|spouse)|(?:my|the) ex|\ue000\w+)"
    ),
    "THEIR": (
        r"(?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?"
        r"|spouse)'s|\ue000\w+'s)"
    ),
    "PEOPLE": (
        r"(?:(?:my|our) (?:own )?(?:\w+ )?(?:friends?|family|mum|mom|mam|mother|dad|father"
        r"|parents|sisters?|brothers?|siblings|grandma|grandmother|grandad|grandpa|granny"
        r"|nan|aunt|auntie|uncle|cousins?|colleagues|co-?workers|workmates|kids?|children"
        r"|son|daughter|relatives|neighbou?rs?|therapist|doctor|counsellor|counselor"
        r"|church|community|support group|bestie)|any(?:one|body)|friends|family|people"
        r"|other people|(?:my|any|the) friends|\ue000\w+)"
    ),
    # "won't let me", "never lets me", "stops me from" ... (the negation belongs to the cue).
    "NOTLET": (
        r"(?:(?:won't|wont|wouldn't|wouldnt|doesn't|doesnt|didn't|didnt|don't|dont|will not"
        r"|would not|does not|did not|do not|never|refuses to|refused to|stopped|no longer)"
        r" (?:let|lets|allow|allows|letting|allowing) me(?: to)?"
        r"|(?:forbids|forbade|forbidden|banned|bans|stops|stopped|prevents|prevented|keeps"
        r"|kept) me (?:from|to))"
    ),
    # Reporting a threat: "he said he'd ...", "she told me that she will ...".
    "SAID": (
        r"(?:said|says|say|told me|tells me|telling me|texted(?: me)?|texts(?: me)?|wrote"
        r"|warned(?: me)?|warns(?: me)?|swore|swears|screamed|screams|shouted|shouts|yelled"
        r"|yells|keeps saying|kept saying|promised|threatened|threatens|whispered)"
        r"(?: to me)?(?: that)?"
    ),
    "WILL": (
        r"(?:'ll|'d| will| would|'s going to| is going to| was going to| are going to"
        r"|'re going to| were going to| is gonna|'s gonna| could| can| might)"
    ),
    "HEWILL": r"(?:he|she|they|\ue000\w+){WILL}",
    "HITV": (
        r"(?:hit|hits|hitting|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
        r"|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)"
        r"|shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|beat(?:s|en|ing)?"
        r"|bit|bites|biting|bitten|smack(?:s|ed|ing)?|headbutt(?:s|ed|ing)?|shook|shakes"
        r"|shaking|pin(?:s|ned|ning)|drag(?:s|ged|ging)|attack(?:s|ed|ing)?"
        r"|assault(?:s|ed|ing)?|elbow(?:s|ed|ing)|kneed|kneeing|stab(?:s|bed|bing)?"
        r"|smother(?:s|ed|ing)?|suffocat(?:e|es|ed|ing)|whip(?:s|ped|ping)?"
        r"|thump(?:s|ed|ing)?|whack(?:s|ed|ing)?|tackl(?:e|es|ed|ing)|threw|throws|throwing"
        r"|hurl(?:s|ed|ing)?|bash(?:es|ed|ing)?|scratch(?:es|ed|ing)?|burn(?:s|ed|t|ing)?"
        r"|backhand(?:s|ed|ing)?|trip(?:s|ped|ping)|stamp(?:s|ed|ing)? on|stomp(?:s|ed|ing)? on"
        r"|jab(?:s|bed|bing)|ram(?:s|med|ming)|body-?slam(?:s|med|ming)?|clobber(?:s|ed|ing)?"
        r"|wallop(?:s|ed|ing)?|floor(?:s|ed|ing)|knock(?:s|ed|ing)? (?:me )?(?:down|over|out))"
    ),
    # After "hit me" etc.: what makes it figurative or not violence at all.
    "GUARD": (
        r"(?! (?:up|out(?! of (?:the|my|his|her|their) way)|off guard|off track|a |an |some "
        r"|for a |playfully|jokingly|gently"
        r"|softly|awake|by the hand|to it|into (?:therapy|counsel+ing|it|sex|bed|\w+ing|a |an )"
        r"|towards? (?:therapy|help|counsel)|to (?!the (?:floor"
        r"|ground|wall|bed|door|edge))|at (?:chess|cards|scrabble|tennis|pool|darts"
        r"|monopoly|poker|games?|\w+ing)|in (?:a |an |the )?(?:race|game|match|argument"
        r"|debate|chess|cards|court|quiz)|with (?:a |the |that |his |her |their |some )?"
        r"(?:question|questions|news|guilt|truth|text|message|joke|compliment|surprise"
        r"|idea|bill|deadline|facts|request|suggestion|hug|kiss|pillow|cushion|snowball"
        r"|water balloon|water pistol|foam \w+))\b)"
    ),
    "AFRAID": r"(?:afraid|scared|terrified|frightened|petrified|fearful)",
    # After "threw": play and affection are thrown too ("a pillow at me").
    "PLAY": (
        r"(?!(?:a |the |his |her |their |some |me )?(?:pillows?|cushions?|balls?|frisbee"
        r"|kiss(?:es)?|snowballs?|blanket|treats?|bones?|toys?|sweets|confetti|glances?"
        r"|looks?|smiles?|winks?|party|surprise)\b)"
    ),
    # What a threat threatens to do ("threatened to leave me", not "to make lasagne").
    "THREATTO": (
        r"to (?:kill|hurt|harm|hit|beat|leave|take|throw|kick|lock|post|share|send|publish"
        r"|leak|show|tell|report|call|ruin|destroy|expose|out|divorce|sue|cut|end|burn|break"
        r"|smash|have me|get me|go to|never|keep|stab|shoot|strangle|choke|commit|jump"
        r"|overdose|move|sell|stop|withdraw|cancel|throw)"
    ),
}
