"""The broad safety rules, one family of phrasings each (read by `broad`). Pure data.

Each rule: (category, anchors, core, words needed anywhere in the sentence, words that
rule this reading out); see `broad` for how they are read.
"""

from __future__ import annotations

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
       r"{PILLS}|{PILLS} (?:[\w']+ ){0,3}(?:saved|stashed|hidden|put aside|kept aside|keeping aside"
       r"|set aside|hoarded|stockpiled|squirrelled away)",
       unless=r"\b(?:pharmacy|chemist|headache|cold|flu|vitamins)\b"),
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
    _r("self_harm", "lett note goodbye= givi give gave affa gets=",
       r"(?:letters?|notes?|messages?) (?:\w+ ){0,8}(?:in case (?:i|something|anything)"
       r"|for when i'm gone|for after|to read after|goodbye)|goodbye (?:letters?|notes?|messages?)"
       r"|giv(?:e|es|ing|en) (?:\w+ )?(?:away )?(?:all )?my (?:things|stuff|belongings"
       r"|possessions|clothes|books)(?: away)?|who (?:gets|will get|should get|should have)"
       r" (?:my|the) \w+(?:,)? (?:just )?in case|sort(?:ed|ing)? out my (?:affairs|will)"),
    _r("self_harm", "reas poin purp",
       r"(?:no|any|a|one) (?:real )?(?:reason|point|purpose) (?:in |to )?"
       r"(?:keep going|keeping going|carry on|carrying on|go on|going on|live|living|stay"
       r"|staying|be here|being here|wake up|get up|try anymore|exist|existing)"
       r"|no point (?:in )?(?:anything|me being here|being alive|carrying on|going on)"),
    _r("self_harm", "bett gone= dead=",
       r"better off (?:if i (?:was|were|wasn't|weren't|am|died|disappeared)"
       r"|when i'?m gone|with me gone|without me)|(?:cope|do|manage|be) better (?:if|once|when)"
       r" i (?:just )?(?:wasn't|weren't|was not|were not|am not|was gone|were gone|died)"
       r"|if i (?:was|were) (?:gone|dead)",
       unless=r"\bfor (?:a|an|the|one|this|that) (?:day|week|weekend|bit|while|night|month"
       r"|evening|hour)\b|\b(?:trip|tonight|holiday)\b"),
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
    # -- violence: passive harm to the writer, things thrown near them, hot liquids --------
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
       r"|{S} (?:\w+ ){0,2}(?:burn(?:ed|t|s)|scald(?:ed|s)|twist(?:ed|s)|bent"
       r"|stamp(?:ed|s) on|stomp(?:ed|s) on|slam(?:med|s)|crush(?:ed|es)) (?:me|{BODY}"
       r"|my (?:hands?|fingers?|skin|feet|foot|thighs?)|{KIDS})\b"),
    # -- threats ------------------------------------------------------------------------
    _r("threat", "kill murd hurt after= fini brea snap smas burn cut stab shoo bury dest ruin rid=",
       r"(?:going to|gonna|'ll|will|would|'d|is going to) (?:\w+ ){0,2}(?:kill"
       r"|murder|hurt|finish|break|snap|smash|burn|cut|stab|shoot|bury|destroy|ruin"
       r"|come after|go after|get rid of) (?:you|me|my|{KIDS}|{PEOPLE})"
       r"(?!\w)|(?:would|will|'ll|'d|is going to|was going to|going to|gonna) (?:get|be"
       r"|end up) (?:hurt|killed|harmed|punished|beaten|dead)",
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
    # -- sexual coercion ------------------------------------------------------------------
    _r("sexual_coercion", "going= carried= no=",
       r"(?:kept|keeps|carried|carries) (?:on )?going (?:\w+ ){0,4}(?:after"
       r"|even though|when|although) (?:\w+ ){0,2}i (?:said|told|asked|was crying|begged)"
       r"|i (?:said|told (?:him|her|them|\ue000\w+)) no (?:\w+ ){0,4}(?:but|and) (?:he|she|they"
       r"|\ue000\w+) (?:\w+ ){0,2}(?:kept|carried|went|did it|didn't stop|wouldn't stop)",
       unless=r"\b(?:film|movie|show|book|story|song|game|joke|talking|telling|laugh\w*"
       r"|argu\w*|explain\w*|shouting|driving|walking|running)\b"),
    _r("sexual_coercion", "guil beg begg sulk pushed= duty obli owe job= drun asle passed= "
       "tired= pest nag nagg puni shoulder= silent=",
       r"(?:guilty|guilt|guilted|beg|begging|sulk\w*|pushed and pushed"
       r"|duty|obligation|owe (?:him|her)|my job as (?:his|her)|drunk|asleep|passed out"
       r"|too tired|pester\w*|nag\w*|punish\w*|cold shoulder|silent treatment)",
       r"\b(?:sex|sleep with|slept with|have it|do it|did it|gave in|give in|giving in"
       r"|let (?:him|her)|refuse|refusing|say no|said no|saying no|touch(?:ed|es)? me"
       r"|intimate|in bed|his wife|her husband|in the mood|go along with it|went along"
       r"|when i (?:don't|didn't) want)\b",
       unless=r"\b(?:dishes|chores|laundry|work|homework|holiday|dinner|party|money)\b"),
    # -- fear -----------------------------------------------------------------------------
    _r("fear", "afra scar terr frig petr fear",
       r"{AFRAID} (?:\w+ ){0,3}(?:to (?:be|stay|go|come) (?:home|back|in|inside"
       r"|alone)|to (?:say no|disagree|argue|speak up)"
       r"|of (?:what|how) (?:he|she|they|\ue000\w+)|(?:with|around|near) (?:him|her|them|"
       r"\ue000\w+)|(?:he|she|they|\ue000\w+)(?:'ll|'d| will| would| might| is going to)"
       r" (?:\w+ ){0,2}(?:do|react|kill|hurt|find|explode|lose it|go mad|snap|come)"
       r"|when (?:he|she|they|\ue000\w+) (?:\w+ ){0,2}(?:drinks|drunk|angry|mad|home|shouts"
       r"|comes|gets|walks|raises|is in))",
       unless=r"\b(?:spiders?|flight|flying|heights|dogs?|exam|test|interview|film|movie"
       r"|dentist|needles?|dark|snakes?|surprise|present|gift|fail\w*|lose (?:him|her)"
       r"|someone (?:else|better)|another (?:man|woman|girl|guy|person)"
       r"|leave me|losing (?:him|her)|break up|breaking up|proposal|propose|cheat\w*)\b"),
    _r("fear", "eggs set= slee slep quickly= kill",
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
       r"|(?:came|comes|come|coming|popped|stayed|staying) (?:over|round|for)|visit\w*"
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
       unless=r"^(?:i|we)\b|\b(?:his|her|their) (?:own )?(?:\w+ )?(?:app|statements?|receipts"
       r"|history|log|account|nav)\b|\b(?:we both|together|for me because|tyre|oil|service|mot"
       r"|insurance|lease|garage|sell\w*)\b"),
    _r("monitoring", "reco logs= logg logged= capt show= shows= showed=",
       r"(?:records?|recorded|recording|logs?|logged|logging|captures?|sees?"
       r"|shows? (?:him|her|them)) (?:\w+ ){0,2}(?:everything|every(?:thing)? i (?:type|text"
       r"|write|search|do|say)|what i (?:type|text|write|search|say|do)|my (?:keystrokes"
       r"|texts|messages|calls|screen|searches))",
       r"\b(?:app|program|programme|software|spyware|tracker|camera|cameras|installed|put"
       r" \w+ on|set up|device)\b"),
    _r("monitoring", "passcode= password= passwords= pin= priv offi boss= manager= desk= "
       "rings= rang= phones= phoned=",
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
       r"|document|file|account|app|doc|spreadsheet|laptop|by accident|accidentally"
       r"|the garage door|the shed)\b|^(?:i|we)\b"),
    # -- further families (second round) ------------------------------------------------
    _r("self_harm", "pill tabl para pain meds medi insu code anti",
       r"{PILLS}(?: \w+){0,4} (?:are |is |would be )?(?:deadly|lethal|fatal|dangerous"
       r" together|enough to|to overdose)|(?:stash|hoard|stockpile|supply|collection) of"
       r" (?:[\w']+ ){0,4}{PILLS}|{PILLS} (?:hidden|stashed) (?:behind|under|in)",
       unless=r"\b(?:pharmacy|chemist|prescription|headache|right amount|dog|cat)\b"),
    _r("self_harm", "worked= planned= planning= plan",
       r"(?:how|when|where) i (?:would|will|could|'d|'ll|am going to|'m going to|might)"
       r" (?:\w+ )?do it\b|(?:worked out|planned|planning|picked|chose|decided) (?:\w+ ){0,2}"
       r"(?:how|when|where|the day|the date|the way) (?:i(?:'d|'ll| would| will| could)?"
       r" (?:do it|go|end it)|to do it)",
       unless=r"\b(?:recipe|cake|presentation|speech|essay|project|trip|party|move|proposal"
       r"|interview|talk|tell (?:him|her)|ask (?:him|her))\b"),
    _r("self_harm", "lett note",
       r"(?:letters?|notes?)(?: \w+){0,8} (?:if something happens to me|if anything happens"
       r" to me|after i'm gone|when i'm gone|explaining everything|to say goodbye|saying"
       r" goodbye|to open if|to be opened)"),
    _r("self_harm", "reas poin purp",
       r"(?:(?:any|one|a|no) (?:real |single )?)?(?:reason|point|purpose) (?:in |to |for )?"
       r"(?:keep |keeping |go |going |carry |carrying"
       r" )?(?:on |going )?(?:living|alive|being alive|existing|being here|staying alive"
       r"|waking up|getting up)"),
    _r("self_harm", "happier= better= easier= relieved= lighter= freer=",
       r"(?:happier|better|easier|relieved|fine|lighter|freer|better off|okay) (?:\w+ ){0,2}"
       r"(?:if|once|when) i (?:wasn't|weren't|was not|were not|was gone|were gone|am gone"
       r"|died|was dead|were dead|disappeared|was no longer)(?: (?:here|around|alive|in"
       r" (?:their|the|his|her) (?:lives?|way)))?(?: any ?more)?",
       unless=r"\b(?:for (?:one|a|the|this) (?:night|day|evening|weekend|week|bit|while"
       r"|hour)|tonight|this weekend|on holiday|at work|at the party)\b"),
    _r("self_harm", "sea= river= lake= traffic= ocean= canal=",
       r"(?:walk|walking|walked|swim|swimming|swam|drive|driving|drove|step|stepping|stepped)"
       r" (?:out )?into (?:the )?(?:sea|river|lake|traffic|ocean|water|canal|oncoming"
       r" traffic|path of)|(?:and|without|never) (?:not |never )?(?:coming|come) back"
       r"(?: up)?\b",
       r"\b(?:i|i've|i'd|i'm|myself|me)\b",
       unless=r"\b(?:holiday|swim(?:ming)? lessons|paddle|surf\w*|dip|beach day|sunset|we)\b"
       r"|\b(?:he|she|they) (?:\w+ )?(?:never|didn't|won't) (?:\w+ )?come back"),
    _r("self_harm", "rath dead= die=",
       r"(?:i'd|i would|i) (?:\w+ )?rather (?:be dead|die|not be alive|not exist|not wake up)"
       r"|better off dead"),
    _r("violence", "drag yank shov haul pulled= pushed= kicked= threw= coat= jacket= "
       "collar= ponytail= hood= shirt=",
       r"{S} (?:\w+ ){0,2}(?:dragged|drags|pulled|pulls|yanked|yanks|threw|throws|shoved"
       r"|shoves|pushed|pushes|kicked|kicks|hauled|carried) (?:me|{KIDS}) (?:\w+ )?(?:out of"
       r"|into|across|down|off|onto|against|up|through|along|out|from)\b"
       r"|by (?:my|the) (?:coat|jacket|shirt|hood|hoodie|clothes|collar|top|sleeve|ponytail"
       r"|scarf|bag strap)",
       r"{P}",
       unless=r"\b(?:dance|dancing|dance floor|party|hug|cuddle|out of bed to see|laugh\w*"
       r"|sledge|pool|swing|playing|play|comfort zone|shell|rut)\b|\b(?:push|pushed|pushes"
       r"|pushing) me (?:into|to) (?:\w+ing|it|a|an|the idea|this|that)\b"),
    _r("violence", "ciga ligh iron kett stov hob pan= curl",
       r"(?:cigarette|lighter|iron|kettle|stove|hob|hot pan|pan|curling tongs|straighteners"
       r"|boiling water)(?: \w+){0,4} (?:on|onto|against|over|into) (?:me|{BODY}|my (?:skin"
       r"|hands?|fingers?|feet|foot|thighs?))\b",
       r"{P}",
       unless=r"^(?:i|we)\b|\baccident\w*\b"),
    _r("threat", "end= ends=",
       r"(?:you'll|you'd|you will|you would|i'll|i'd|i would|i will|i'm going to|you're"
       r" going to) end up (?:in (?:a|the) (?:river|hospital|ditch|box|grave|morgue|bag"
       r"|canal|coffin|wheelchair|sea|boot)|dead|hurt|six feet under|in pieces)",
       r"{P}"),
    _r("threat", "soci poli cour immi repo",
       r"(?:tell|call|ring|report me to|contact|go to|inform) (?:\w+ )?(?:social services"
       r"|the police|the court|the judge|immigration|the home office|my (?:boss|employer"
       r"|family|parents|work|church|landlord|ex))\b",
       r"{P}(?:'s|'ll|'d)? (?:\w+ ){0,3}(?:'ll|will|would|'d|going to|gonna|threaten\w*"
       r"|hint\w*|warn\w*|keeps? saying)|\b(?:threaten\w*|hint\w*)\b",
       unless=r"\b(?:surprise|party|promotion|good news|we (?:will|'ll)|help)\b"),
    _r("threat", "vide phot pict pics nude reco",
       r"(?:videos?|photos?|pictures?|pics|nudes|recordings?|tapes?)(?: \w+){0,8}"
       r" (?:will see|see them|go online|put online|post|send|share|show|everyone will|all"
       r" over)",
       r"{P}",
       unless=r"\b(?:holiday|wedding|birthday|baby|proud|graduation|family album)\b"),
    _r("threat", "swal pill tabl meds= hims hers fault",
       r"(?:swallow|take|down|overdose on) (?:all )?(?:of )?(?:his|her|their) (?:pills|tablets"
       r"|meds|medication)|(?:kill|hurt|harm) (?:himself|herself|themselves)",
       r"\b(?:my fault|on me|on my conscience|blame me|if i (?:go|leave|left|went)|unless i"
       r"|if i don't)\b"),
    _r("sexual_coercion", "real= proper= frigid= prude= turn= turning=",
       r"(?:real man|real woman|proper wife|good wife|proper husband|good girlfriend|good"
       r" boyfriend|turn (?:him|her) down|turning (?:him|her) down|frigid|prude)",
       r"\b(?:give in|gave in|giving in|sex|sleep with|in bed|do it|let (?:him|her))\b"),
    _r("sexual_coercion", "drunk= drink= wasted= passed= asleep=",
       r"(?:too much to drink|too drunk|so drunk|really drunk|wasted|passed out|half asleep"
       r"|fast asleep|while i (?:was|slept)|asleep)",
       r"\b(?:took me to bed|had his way|had her way|on top of me|undress\w*|sex|slept"
       r" with me|touch(?:ed|ing)? me|took advantage|had sex|inside me)\b"),
    _r("sexual_coercion", "yes= pressure= pressures= pressured= pressuring= nag= nags= nagging= "
       "nagged= badger= pester=",
       r"(?:until|till) i (?:say|said|agree|agreed) yes|say yes just to|(?:pressur\w*"
       r"|nag\w*|badger\w*|pester\w*|keeps? asking|won't stop asking|goes on and on)(?: \w+)"
       r"{0,6} (?:until|till) i (?:say yes|give in|agree|let (?:him|her)|do it|just do it"
       r"|go along)",
       r"\b(?:sex|bed|sleep|night|every night|touch\w*|intimate|in the mood|get it over"
       r" with)\b"),
    _r("fear", "help= police= 999= 911= escape= run= hide=",
       r"in case i (?:need|have|had|needed) to (?:call for help|get help|call the police"
       r"|call 999|call 911|get out|run|escape|leave (?:in a hurry|quickly|fast)|hide)",
       unless=r"\b(?:flat tyre|breakdown|car breaks|work|meeting|battery)\b"),
    _r("fear", "terr scar frig",
       r"(?:terrifies|scares|frightens|terrified|scared|frightened) me",
       r"\b(?:he|him|his|she|her|\ue000\w+|my (?:husband|wife|partner|boyfriend|girlfriend"
       r"|ex))\b",
       unless=r"\b(?:los(?:e|ing) (?:him|her)|leav(?:e|ing) me|break(?:ing)? up|cheat\w*"
       r"|spider|film|movie|flight|future|commitment|wedding|proposal|love|a little|a bit"
       r"|slightly|someone (?:else|better)|another)\b"),
    _r("stalking", "fake= secret= anonymous= burner=",
       r"(?:fake|new|secret|anonymous|burner|second|different) (?:\w+ )?(?:accounts?|profiles?"
       r"|numbers?|phones?|emails?)",
       r"\b(?:watch\w*|see|view\w*|follow\w*|messag\w*|contact\w*|check\w*|stalk\w*|keep tabs)"
       r" (?:\w+ )?(?:my|me)\b",
       r"{P}"),
    _r("stalking", "seeing= dating=",
       r"(?:messag|contact|call|phon|text|ring|email|ask)(?:ed|s|ing)? (?:\w+ ){0,2}(?:my|our)"
       r" (?:\w+ )?(?:friends?|coworkers?|co-workers?|colleagues?|family|sister|brother|mum"
       r"|mom|parents|boss|manager|neighbours?|neighbors?)(?: \w+){0,4} (?:who i(?:'ve| have)?"
       r" (?:been )?(?:seeing|with|meeting|talking to|dating)|where i(?:'ve| have)? (?:been"
       r"|am|was|live|go))",
       r"{P}"),
    _r("monitoring", "reads= read= checks= checked= through= searches= searched=",
       r"{S} (?:\w+ ){0,2}(?:reads?|checks?|checked|goes through|went through|go through"
       r"|looks? through|looked through|scroll(?:s|ed)? through|search(?:es|ed)?) (?:\w+ ){0,3}"
       r"(?:(?:every|all|each) (?:single )?(?:one of )?(?:my )?(?:messages?|texts?|emails?"
       r"|chats?|calls?|dms?)|my (?:bag|purse|handbag|wallet|pockets|receipts|drawers"
       r"|notebook|diary|journal|browser|laptop|inbox|dms|chats|whatsapp|socials|messages"
       r"|texts|emails|phone|call log)|(?:messages?|texts?|emails?) on my)",
       unless=r"\b(?:for me because|asked him to|asked her to|i asked|proofread|essays?"
       r"|together|to help)\b"),
    _r("monitoring", "passwords= password= passcode= passcodes= pin= logins= login=",
       r"(?:has|knows|keeps|demanded|demands|took|takes|changed|changes|made me give|makes me"
       r" give) (?:all )?(?:of )?my (?:\w+ )?(?:passwords?|passcodes?|pin|logins?|log-ins?"
       r"|login details)",
       r"{P}",
       unless=r"\b(?:netflix|spotify|wifi|wi-fi|disney|prime|streaming|gave (?:him|her)"
       r"|we both|each other)\b"),
    _r("monitoring", "hour= minutes= facetime= see=",
       r"(?:video calls?|facetime|photos?|pictures?|selfies?|proof|check-ins?|updates?)"
       r"(?: \w+){0,3} every (?:hour|half hour|\d+ minutes|few minutes|ten minutes|twenty"
       r" minutes|couple of hours)|so (?:he|she|they) can see (?:where|who|the room|what|which)",
       r"{P}"),
    _r("isolation", "quit= club= choir= classes= hobby= course= lessons= volunteering= "
       "band= gym= team=",
       r"(?:made|makes|make|forced|forces|pressured) me (?:to )?(?:quit|give up|leave|stop"
       r" going to|drop out of|drop) (?:my |the )?(?:\w+ )?(?:club|choir|class|classes|team"
       r"|group|gym|hobby|church|band|course|friends|book club|football|dancing|volunteering"
       r"|lessons)"),
    _r("isolation", "months= year= years= weeks= ages=",
       r"(?:haven't|have not|hadn't|not|barely|hardly) (?:\w+ )?(?:seen|spoken to|talked to"
       r"|visited|been able to see|been allowed to see) (?:my )?(?:\w+ )?(?:friends|family"
       r"|parents|mum|mom|dad|sister|brother|grandparents|friend)(?: \w+){0,2} (?:in|for)"
       r" (?:\w+ ){0,2}(?:months|year|years|weeks|ages)",
       r"\bbecause (?:of )?(?:he|she|him|her|\ue000\w+)|\b(?:he|she)(?:'s)? (?:\w+ )?(?:makes"
       r" it|made it|won't let|wouldn't let|gets angry|kicks off|sulks)"),
    _r("financial", "name=",
       r"(?:house|car|flat|account|accounts|mortgage|lease|savings|everything|money|business"
       r"|assets|tenancy|bills?) (?:\w+ ){0,5}in (?:his|her|their) name(?: only| alone)?",
       r"\b(?:only|alone|nothing|without me|won't|refuses|put|moved|so i|i have no)\b",
       unless=r"\b(?:we both|both of us|joint|together|we agreed|we decided)\b"),
    _r("financial", "fare= money= cash= petrol= groceries= tampons= pads= spending=",
       r"(?:have to|had to|must|need to|has me) (?:ask|beg) (?:him|her|them|\ue000\w+) (?:for"
       r"|before) (?:\w+ ){0,2}(?:money|cash|fare|bus fare|train fare|petrol|groceries|food"
       r"|tampons|pads|anything|every|a few|spending|£|\$)"),
    _r("financial", "debt loan maxe empt drai cred sign",
       r"(?:ran up|run up|racked up|maxed out|took out|opened|emptied|drained|cleared out|spent)"
       r" (?:\w+ ){0,3}(?:debts?|loans?|credit cards?|my (?:\w+ )?(?:card|credit card|account"
       r"|savings|overdraft|isa))|(?:debts?|loans?|credit cards?) in my name"
       r"|sign(?:ed|s)? (?:over|away) (?:\w+ ){0,2}my",
       r"{P}",
       unless=r"\b(?:we both|together|we agreed|with my permission|i asked (?:him|her)"
       r"|i let (?:him|her))\b|^(?:i|we)\b"),
    _r("confinement", "handle= handles= unsc remo key= keys=",
       r"(?:took|takes|removed|removes|unscrewed|unscrews|hid|hides) (?:the )?(?:\w+ )?"
       r"(?:handles?|keys?|locks?)(?: [\w']+){0,6} (?:door|doors|window|windows)\b",
       r"{P}",
       unless=r"\b(?:repair|fix\w*|replac\w*|paint\w*|new lock|locksmith|landlord|broken)\b"),
    _r("confinement", "lock shut trap",
       r"(?:i|me|i'm|i've) (?:\w+ ){0,4}(?:locked|shut|trapped|barricaded) (?:in|inside|out of"
       r"|outside) (?:the |my |our )?{ROOM}",
       unless=r"\blocked myself\b|\b(?:door sticks|door stuck|by accident|accidentally"
       r"|forgot my keys|locksmith|lost my keys|five minutes|we)\b"),
    # -- third round (families of a third fresh batch) ---------------------------------
    _r("self_harm", "pill tabl para pain meds medi",
       r"(?:bought|buying|buy|got|picked up) (?:some )?(?:extra|more|another box of|two boxes"
       r" of|a few boxes of|boxes of|loads of|lots of|a lot of) (?:\w+ )?{PILLS}",
       unless=r"\b(?:headache|cold|flu|period|back pain|toothache|the kids|for the house"
       r"|first aid|travel)\b"),
    _r("self_harm", "see=",
       r"(?:don't|can't|cannot|do not) see how i (?:can |will |'ll |could |am going to )?"
       r"(?:get through|make it through|survive|face|last|keep going|go on|carry on)"
       r"(?: \w+){0,2}(?: another| one more)?"),
    _r("self_harm", "hitt punc slap scra pinc burn cutt biti bang",
       r"(?:hitting|punching|slapping|scratching|pinching|burning|cutting|biting|banging)"
       r" my (?:\w+ )?(?:legs?|arms?|thighs?|head|face|wrists?|stomach|skin|hands?|chest)",
       r"^(?:i|i've|i'm|i keep|i've been|lately i|sometimes i)\b",
       unless=r"\b(?:accident\w*|by mistake|cooking|oven|stove|shaving)\b"),
    _r("self_harm", "exist= existing= exists=",
       r"if i (?:just )?(?:didn't|did not) exist|(?:wish|want|wanted) (?:i )?(?:didn't|did"
       r" not) (?:to )?exist|stop existing|not (?:to )?exist any ?more"),
    _r("violence", "slam fingers= finger= door=",
       r"(?:slam(?:med|s)?|shut|closed|kicked) (?:the )?(?:\w+ )?doors? (?:on|onto|into|against)"
       r" (?:me|my (?:fingers?|hands?|arms?|legs?|foot|feet|head|face))",
       r"{P}"),
    _r("violence", "knoc",
       r"{S} (?:\w+ ){0,2}(?:knocked|knocks|knocking) (?:me|{KIDS}) (?:to the (?:floor|ground)"
       r"|down|over|out|flying|off my feet|unconscious|senseless)"),
    _r("violence", "pillow= cushion=",
       r"(?:pillow|cushion|hand|hands|bag|towel) (?:over|on|against) (?:my )?(?:face|mouth|nose"
       r"|head)",
       r"{P}",
       unless=r"^(?:i|we)\b|\b(?:fight|fort|kids|play\w*)\b"),
    _r("threat", "next=",
       r"next time(?: \w+){0,8} (?:wall|punch\w*|hit\w*|hurt\w*|kill\w*|break\w*|won't just"
       r"|you|me|your face|my face|for real|worse)",
       r"{P}(?:'s|'ll|'d)? (?:\w+ ){0,3}(?:said|says|told|tells|warned|warns|threaten\w*"
       r"|screamed|shouted|yelled)",
       unless=r"\bnext time (?:we|i|you) (?:go|eat|visit|see|try|meet|book)\b"),
    _r("threat", "scre nude pics= photos= photo= videos= video= pictures= chats= emails=",
       r"(?:send|post|show|share|forward|leak)(?:s|ed|ing)? (?:\w+ ){0,2}(?:screenshots?"
       r"|messages|texts|chats?|emails?|photos?|videos?|pictures?|pics|nudes) (?:\w+ ){0,2}"
       r"(?:to (?:my|your|the) \w+|online|to everyone|everywhere)",
       r"\b(?:if i|if you|unless i|unless you|or else|or he|or she)\b"),
    _r("threat", "peop",
       r"knows? (?:some )?people (?:who|that) (?:could|would|will|can|might) (?:hurt|kill|find"
       r"|sort|deal with|get|make) (?:me|you|us)"),
    _r("sexual_coercion", "sayi worth easi",
       r"saying no (?:\w+ )?(?:isn't|is not|'s not|never|is never|isn't ever) (?:\w+ )?worth"
       r"|not worth saying no|easier (?:to|than) (?:just )?(?:give in|say yes|go along|let"
       r" (?:him|her))"),
    _r("fear", "breath= brace braced= tiptoe= tip-toe= edge= alert= eggshells=",
       r"(?:hold my breath|brace myself|braced myself|tiptoe|tip-toe|on edge|on high alert"
       r"|on eggshells)(?: \w+){0,5} (?:every time|whenever|when|as soon as|before|until)"
       r" (?:\w+ )?(?:his|her|he|she|\ue000\w+)"),
    _r("fear", "case=",
       r"in case (?:he|she|they|\ue000\w+) (?:was|were|is|gets|got|comes home|came home|'s)"
       r" (?:\w+ )?(?:angry|drunk|in a mood|in one of (?:his|her) moods|mad|raging|in a rage"
       r"|violent|kicking off)"),
    _r("fear", "divorce= separation= separate= split= police= counselling= "
       "counseling= therapy= breaking=",
       r"{AFRAID} (?:\w+ ){0,3}(?:ask|tell|mention|bring up|raise)(?: \w+){0,5} (?:divorce"
       r"|break(?:ing)? up|separat\w*|moving out|split\w*|the police|counsell"
       r"\w*|therapy)"),
    _r("stalking", "sister's= brother's= friend's= mum's= mom's= parents'= dad's= cousin's= "
       "nan's= aunt's= refuge= shelter= hotel= hostel=",
       r"(?:turned|turns|showed|shows|appeared|came) (?:up )?(?:\w+ )?at (?:my (?:\w+ )?(?:sister's"
       r"|brother's|friend's|mum's|mom's|parents'|dad's|cousin's|nan's|aunt's)|the (?:refuge"
       r"|shelter|hotel|hostel))(?: \w+){0,8} (?:i (?:stayed|was staying|was hiding|went|slept"
       r"|moved)|i'd (?:gone|moved|left))",
       r"{P}"),
    _r("stalking", "new=",
       r"new (?:address|number|flat|place|house|phone number|email)(?: \w+){0,6}"
       r" (?:never gave|didn't give|haven't given|don't know how|no idea how|how (?:he|she"
       r"|they) (?:got|found|knows|knew))",
       r"{P}"),
    _r("monitoring", "cameras= camera=",
       r"cameras? (?:\w+ )?(?:in|all over|around) (?:every|each|the|my|our) (?:room|rooms"
       r"|bedroom|house|flat|bathroom|home)",
       r"\b(?:watch\w*|check\w*|see\w*|monitor\w*|spy\w*|look\w*|listen\w*)\b",
       r"{P}",
       unless=r"^(?:we)\b|\b(?:break-in|burglar\w*|security company|baby monitor|pet cam"
       r"|dog|cat|insurance)\b"),
    _r("monitoring", "bill itemi",
       r"(?:phone|mobile|itemised|itemized) bill|(?:who|which numbers) i(?:'ve| have)?"
       r" (?:called|rung|rang|texted|phoned)",
       r"{P}",
       unless=r"^(?:i|we)\b|\b(?:pay|paid|split|cheaper|contract)\b"),
    _r("isolation", "choose= poison= toxic= evil=",
       r"(?:have to|must|make me|made me|makes me|making me) choose between|i (?:have|had) to"
       r" choose|(?:family|friends|mum|mom|parents|sister|brother)(?: \w+){0,2} (?:are|is)"
       r" (?:poison|toxic|evil|against us|trying to split us up|out to get)",
       r"{P}(?:'s)? (?:\w+ ){0,2}(?:says?|said|tells?|told|insists?|keeps? saying)"),
    _r("isolation", "allowed= permitted=",
       r"only (?:allowed|let|permitted) to (?:see|go|visit|meet|talk|call|have)(?: \w+){0,4}"
       r" (?:if|when|with) (?:he|she|him|her|they|\ue000\w+)"),
    _r("isolation", "deleted= deletes= blocked= blocks= removed= unfriended=",
       r"{S} (?:\w+ ){0,2}(?:deleted|deletes|blocked|blocks|removed|removes|unfriended)"
       r" (?:\w+ ){0,4}(?:numbers?|contacts?|friends?|family|mum|mom|sister|brother|mates)"
       r"(?: (?:from|on|off) my (?:phone|account|facebook|instagram|contacts|socials))?"),
    _r("isolation", "moved= moving=",
       r"(?:moved|moving|move) (?:us|me) (?:\w+ ){0,4}(?:away from|miles from|hours from)"
       r" (?:everyone|everybody|my (?:\w+ )?(?:family|friends)|anyone i know|all my)"),
    _r("financial", "allowed= through= penny=",
       r"not allowed (?:to have )?(?:my own|any|a) (?:money|bank account|account|card|cash"
       r"|income)|(?:everything|all (?:the|of the|our|my)? ?money|every penny) (?:\w+ )?(?:goes"
       r"|has to go|went) through (?:him|her|them|\ue000\w+)"),
    _r("financial", "interview= interviews= shift= shifts= exam= course=",
       r"{S} (?:\w+ ){0,2}(?:stopped|stops|stopping|prevented|kept) me (?:from )?(?:going to"
       r"|getting to|attending|making it to|starting) (?:the |my |a )?(?:job interview"
       r"|interview|work|shift|job|new job|course|classes|exam)"),
    _r("confinement", "lock",
       r"(?:locked|locks|locking) (?:all )?(?:of )?(?:the )?(?:windows|doors)(?: \w+){0,4}"
       r" (?:took|takes|hid|hides|kept|keeps|pocketed) (?:all )?(?:the )?keys?",
       r"{P}",
       unless=r"^(?:we)\b|\b(?:every night|before bed|holiday|as usual)\b"),
    _r("confinement", "jamm wedg prop barr handle=",
       r"(?:jammed|wedged|propped|blocked|barricaded) (?:\w+ ){0,3}(?:under|against) the"
       r" (?:handle|door)|(?:couldn't|could not|can't) get out of the (?:bedroom|room|bathroom"
       r"|house|flat|car|cupboard)(?: \w+){0,3} (?:because|as|since) (?:he|she|they|\ue000\w+)",
       r"{P}"),
    _r("confinement", "leave= outside=",
       r"(?:doesn't|won't|wouldn't|didn't|never|does not|will not) let me (?:leave|outside)"
       r" (?:the )?"
       r"(?:house|flat|home|room|bedroom|building)?"
       r"|not (?:even )?allowed to (?:step|go|set foot) (?:outside|out of the (?:house|flat))"
       r"|not (?:even )?allowed to leave the (?:house|flat|room|bedroom)",
       unless=r"\b(?:covid|quarantine|snow|storm|ill|sick|fever|grounded)\b"),
)

_URGENCY = ("self_harm", "violence", "threat", "sexual_coercion", "fear", "stalking",
            "monitoring", "isolation", "financial", "confinement")
# The first rule that fits wins, so rules are tried most urgent category first.
RULES = tuple(sorted(RULES, key=lambda rule: _URGENCY.index(rule[0])))
