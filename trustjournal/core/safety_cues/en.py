"""English cues for the safety check. Pure data; see the package docstring for the names.

Text reaches these patterns lower-cased, with straight apostrophes, single spaces, no
markup, one sentence at a time; a capitalised word that is probably a person's name
arrives as NAME_MARK followed by the word ("Mark" -> "\ue000mark").
"""

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
        r"|idea|bill|deadline|facts|request|suggestion|hug|kiss))\b)"
    ),
    "AFRAID": r"(?:afraid|scared|terrified|frightened|petrified|fearful)",
}

# Verb phrases that follow the partner as subject ({S} is put in front of each).
PARTNER: dict[str, tuple[str, ...]] = {
    "violence": (
        r"{HITV} {VICTIM}{GUARD}",
        r"(?:{HITV}|squeez(?:e|es|ed|ing)|grip(?:s|ped|ping)?|twist(?:s|ed|ing)?"
        r"|yank(?:s|ed|ing)?|pull(?:s|ed|ing)?|pinch(?:es|ed|ing)?|slam(?:s|med|ming)?"
        r"|bang(?:s|ed|ing)?|smash(?:es|ed|ing)?|knock(?:s|ed|ing)?) {BODY}",
        r"(?:threw|throws|throw|throwing|hurled|hurls|flung|flings|chucked|chucks|lobbed"
        r"|poured|pours|tipped|splashed|spat) (?:\S+ ){1,6}?(?:at|over|on|onto) (?:me|us"
        r"|my (?:head|face|body)|{KIDS})",
        r"(?:physically )?(?:hurt|hurts|hurting|harm|harms|harmed|harming|injur(?:e|es|ed|ing)"
        r"|bruis(?:e|es|ed|ing)) (?:{KIDS}|{BODY})",
        r"physically (?:hurt|hurts|hurting|harmed|harms|abused|abuses|abusing|attacked"
        r"|attacks) (?:me|us)",
        r"(?:hurt|hurts|hurting|harmed|abused|abuses) (?:me|us) physically",
        r"(?:put|puts|putting|had|has|wrapped|wraps|wrapping|placed|closed|pressed|held|holds)"
        r" (?:his|her|their|both(?: his| her| their)?) hands? (?:around|round|on|over) my"
        r" (?:neck|throat|mouth)",
        r"(?:threw|throws|throw|throwing|hurled|hurls|flung|flings|chucked|chucks|lobbed"
        r"|smashed|smashes|kicked|kicks|swung|swings) (?:[\w']+ ){1,4}?(?:at|towards|toward"
        r"|past|near|next to|beside) (?:me|us|my (?:head|face)|{KIDS})",
        r"(?:smash|smashes|smashed|smashing|broke|breaks|break|breaking|destroy|destroys"
        r"|destroyed|destroying|wreck|wrecks|wrecked|wrecking|trash|trashes|trashed|trashing"
        r"|threw|throws|throwing|ripped up|rips up|tore up|tears up|burned|burnt|burns"
        r"|slashed|slashes|cut up|cuts up) (?:all )?(?:of )?my (?:phone|laptop|things|stuff"
        r"|belongings|glasses|tablet|ipad|computer|tv|guitar|car|windscreen|windshield"
        r"|plates|mugs|gifts|presents|photos|camera|keyboard|screen|bike|furniture"
        r"|possessions|clothes|books|paintings|jewell?e?ry|mirror)",
        r"(?:punched|punches|punching|punch|kicked|kicks|kicking|kick|smashed|smashes"
        r"|smashing|headbutted|headbutts) (?:a hole (?:in|through) )?(?:the|a|our|my)"
        r" (?:wall|walls|door|doors|window|mirror|table|cupboard|cabinet|car window"
        r"|windscreen)",
        r"slam(?:s|med|ming)? (?:the |a )?door (?:in my face|on my (?:hand|fingers|arm|foot))",
        r"(?:smash|smashes|smashed|smashing|broke|breaks|threw|throws|hurled|punched|punches"
        r"|kicked|kicks) (?:[\w']+ ){0,3}?(?:in front of (?:me|the kids|the children)"
        r"|next to (?:me|my head)|right by (?:me|my head)|inches from (?:me|my face|my head)"
        r"|beside me|near my (?:head|face)|past my (?:head|face))",
        r"(?:left|leaves|leaving|gave|gives|giving) me (?:a |two |some )?(?:bruises?"
        r"|black eyes?|a black eye|split lip|fat lip|marks|concussion|broken (?:rib|ribs"
        r"|nose|arm|wrist)|cuts)",
        r"(?:left|leaves) (?:bruises|marks|fingerprints) on (?:me|my)",
        r"(?:tried|tries|try|trying|attempted) to (?:kill|drown|strangle|smother|poison"
        r"|suffocate|run over|stab|choke) (?:me|us|{KIDS})",
        r"(?:nearly|almost) (?:killed|drowned|strangled|smothered|suffocated|ran over|choked"
        r"|stabbed) (?:me|us)",
        r"(?:gets|got|get|getting|turns|turned|became|becomes|can get|is|was|been)"
        r" (?:\w+ )?(?:violent|physical|physically abusive|physically aggressive|rough)"
        r" (?:with|towards|toward|to) (?:me|us|{KIDS})",
        r"(?:gets|got|get|getting|turns|turned|became|becomes) (?:violent|physical"
        r"|physically aggressive)",
        r"(?:held|holds|holding|pinned|pins|pinning) me (?:down|against|to the|by the"
        r" (?:throat|neck|hair|arms?|wrists?))",
        r"(?:spat|spits|spit|spitting) (?:on|at|in) (?:me|us|my face)",
    ),
    "threat": (
        r"threaten(?:s|ed|ing)? (?:me|us|{KIDS}|to|that|my|with|suicide)",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:kill|hurt|harm|hit|beat|strangle|stab"
        r"|shoot|destroy|ruin|end|finish) (?:me|us|{KIDS}|my (?:life|family|career"
        r"|reputation|mum|mom|dad|friends|sister|brother))",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:take|get|keep) (?:the|my|our) (?:kids"
        r"|children|child|baby|son|daughter|boys|girls)",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:post|share|send|publish|leak|show|put"
        r"|upload|spread) (?:[\w']+ ){0,4}?(?:photos|pictures|pics|videos|video|nudes"
        r"|images|tape|sexts)",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:kill|hurt|harm|end) (?:himself|herself"
        r"|themselves|themself|his life|her life|their life)",
        r"{SAID} (?:i'd|i would|i'll|i will|i'm going to|i was going to) (?:never see"
        r" (?:the|my|our) (?:kids|children|baby|son|daughter)|regret (?:it|this|leaving"
        r"|ever)|be sorry|pay for (?:it|this|that)|end up (?:dead|hurt|in hospital)"
        r"|lose (?:the|my) (?:kids|children)|be dead)",
        r"(?:take|taking) (?:the|my|our) (?:kids|children|child|baby|son|daughter)(?: away)?"
        r"(?: from me| if i| and (?:i'll|i'd|i would|i will) never)",
        r"(?:post|posts|share|shares|send|sends|publish|publishes|leak|leaks|show|shows"
        r"|upload|uploads|spread|spreads) (?:[\w']+ ){0,3}?(?:my|our) (?:private |intimate"
        r" |naked |nude |sexy |personal )?(?:photos|pictures|pics|videos|nudes|images)"
        r"(?: \S+){0,4}? (?:if i|unless i|to (?:my|everyone|everybody|all))",
        r"(?:kill|hurt|hit|beat|strangle|stab|shoot) (?:me|us)(?: \S+){0,2}? if i (?:leave"
        r"|ever leave|left|try to leave|tried to leave|go|went|report|reported|call the"
        r" police|called the police|go to the police|break up|end it|end things|walk out"
        r"|tell (?:anyone|anybody|someone|the police|my family|my friends|a soul))",
        r"(?:wants|wanted|want) me dead",
        r"(?:showed|shows|pulled|pulls|waved|waves|held|holds|pointed|points|brandished"
        r"|brandishes|grabbed|got|gets|took|takes) (?:out )?(?:a|his|her|their|the) (?:knife"
        r"|gun|weapon|bat|hammer|blade)(?: out)? (?:at me|to me|on me|in my face|at my"
        r"|to my|and)",
        r"(?:held|holds|pointed|points|put|puts) (?:a|the|his|her|their) (?:knife|gun|blade)"
        r" (?:to|at|against) (?:me|my)",
        r"blackmail(?:s|ed|ing)? me",
        r"(?:made|makes|making) threats",
    ),
    "sexual_coercion": (
        r"(?:forc|pressur|push|guilt|coerc|bull|manipulat|nag|badger)[\w-]* me (?:into |to )?"
        r"(?:[\w']+ ){0,3}?(?:sex|sexual|sleep(?:ing)? with (?:him|her|them)|in bed|porn"
        r"|threesomes?|oral|nudes|naked (?:photos|pictures|pics))",
        r"(?:made|makes|making) me (?:have sex|sleep with|do (?:sexual|things in bed|stuff in"
        r" bed|things i (?:didn't|don't|did not) want)|watch porn|send (?:nudes|naked))",
        r"forc(?:ed|es|ing) (?:himself|herself|themselves) on me",
        r"(?:ignores|ignored|ignoring|overrides|overrode|doesn't respect|didn't respect"
        r"|won't respect|never respects) my no",
        r"(?:raped|rapes|rape|raping|molested|molests|molesting|sexually (?:assaulted|abused"
        r"|assaults|abuses|assaulting|abusing)) (?:me|us)",
        r"(?:won't|wont|wouldn't|wouldnt|doesn't|doesnt|didn't|didnt|will not|would not"
        r"|does not|did not|never|refuses to|refused to) (?:take|takes|accept|accepts"
        r"|listen to|hear) (?:no|my no|me saying no)",
        r"(?:didn't|didnt|wouldn't|wouldnt|won't|wont|doesn't|doesnt|did not|would not"
        r"|never) stop(?:ped)? (?:when|even when|after|though) i (?:said|say|told (?:him|her"
        r"|them)|begged|asked|cried|was crying)",
        r"(?:had|has|have|having|started having|tried to have) sex with me (?:when|while"
        r"|after) i (?:was|am|'m|were|had) (?:asleep|sleeping|drunk|passed out|unconscious"
        r"|too drunk|out of it|high|half asleep|blackout drunk|crying|sick|said no)",
        r"(?:touched|touches|touching|groped|gropes|groping|undressed|undresses|fondled"
        r"|fondles) me (?:[\w']+ ){0,3}?(?:when|while|after|as) i (?:was|am|'m|were|had|fell)"
        r" (?:asleep|sleeping|drunk|passed out|unconscious|too drunk|out of it|high"
        r"|half asleep|blackout|said no)",
        r"(?:sulks|sulked|sulking|punishes me|punished me|gets angry|got angry|gets mad"
        r"|got mad|gets nasty|got nasty|goes cold|went cold|ignores me|ignored me|yells"
        r"|yelled|screams|screamed|gets aggressive|got aggressive|calls me names|called me"
        r" names)(?: for days)? (?:if|when|whenever|every time|because|after) i (?:say no"
        r"|said no|turn (?:him|her|them) down|turned (?:him|her|them) down|(?:am|'m|was)"
        r" not in the mood|wasn't in the mood|refuse sex|refused sex|(?:don't|didn't|do not"
        r"|did not) want (?:to have )?sex)",
        r"(?:filmed|films|filming|recorded|records|recording|photographed|photographs"
        r"|(?:took|takes|taking|take) (?:photos|pictures|pics|videos|a video|a photo|a picture)"
        r" of) (?:me|us) (?:[\w']+ ){0,3}?(?:naked|having sex|in bed|undressed|in the shower"
        r"|without my (?:consent|knowledge|permission)|while i (?:was|slept)|asleep)",
    ),
    "fear": (
        r"(?:scares|frightens|frightened|terrifies|terrified|intimidates|intimidated"
        r"|intimidating) (?:me|us|{KIDS})",
    ),
    "stalking": (
        r"(?:install|installs|installed|installing|put|puts|putting|hid|hides|hiding|planted"
        r"|plants|planting|placed|places|attached|attaches|stuck|sticks|slipped|slips|left"
        r"|leaves|sewed|sewn|taped) (?:a |an |some |another |two )?(?:\w+ )?(?:trackers?"
        r"|tracking (?:device|devices|app|apps|software)|gps(?: trackers?| devices?)?"
        r"|airtags?|air tags?|tile (?:trackers?|tags?)|location (?:app|apps|trackers?"
        r"|sharing))",
        r"(?:installed|put|downloaded|added|set up)\w* (?:an? |some )?(?:\w+ )?app (?:on|onto"
        r"|to) my (?:phone|car|laptop)(?: \S+){0,3}? (?:to track|so (?:he|she|they) can"
        r" (?:see|track|follow)|that tracks|that shows (?:him|her|them) where)",
        r"(?:track|tracks|tracked|tracking) (?:me|my (?:location|phone|car|movements"
        r"|every move|whereabouts|steps)|where i (?:am|go|went|was))",
        r"(?:follow|follows|followed|following) me(?:$| to | home| everywhere| around"
        r" (?:town|the city|the shops|the supermarket)| from| when i| whenever| in (?:his"
        r"|her|their|the|a) car| after (?:work|school|class)| at a distance| without me"
        r" knowing| on foot)",
        r"(?:show|shows|showed|showing|shown|turn|turns|turned|turning) up (?:(?:outside|near)"
        r" my \w+|at (?:my|the)"
        r" (?:work|job|office|school|gym|class|flat|house|place|door|doorstep|parents'?"
        r"|mum's|mom's|friend's|friends'|college|uni|university|workplace|new place"
        r"|new flat|new house|apartment|shift)|uninvited|unannounced|out of nowhere"
        r"|everywhere|wherever i|where i (?:work|live|am))",
        r"(?:stalk|stalks|stalked|stalking) me",
        r"(?:wait|waits|waited|waiting|sits|sat|sitting|parks|parked|parking|hangs around"
        r"|hung around|lurks|lurked|lurking) (?:outside|across from|opposite|near"
        r"|around the corner from) (?:my|the) (?:house|flat|work|office|place"
        r"|school|home|apartment|building|street|door|gym|job)",
        r"(?:keeps|kept|keep) (?:calling|texting|messaging|ringing|emailing|contacting) me"
        r" (?:after|even though|though|although|when|since) i (?:blocked|told|asked|said"
        r"|changed|moved|left|ended|begged)",
        r"(?:calls|called|texts|texted|messages|messaged|rings|rang)(?: me)? (?:\d+|fifty"
        r"|forty|thirty|twenty|a hundred|hundreds of|dozens of|over a hundred) times",
        r"(?:uses|used|made|makes|set up|sets up|creates|created) (?:new|fake|different)"
        r" (?:numbers|accounts|profiles) to (?:contact|message|text|call|reach|follow"
        r"|watch) me",
        r"(?:drives|drove|driving|drive|walks|walked|walking) (?:past|by) my (?:new |old )?"
        r"(?:house|flat|work|place|office|parents'?|home|apartment|building|school|job)",
        r"(?:has|have|had|got|gets|keeps) my location",
        r"(?:turned on|turns on|set up|sets up|enabled|enables|activated|switched on)"
        r" (?:my )?location (?:sharing|tracking|services)",
        r"(?:shares|shared|sharing|sends|sent|forwards|forwarded|sets up|set up|turned on"
        r"|turns on|switched on|enabled|activated) my location",
        r"(?:watches|watched|watching) me (?:through|from|on) (?:the|a|his|her|their)"
        r" (?:window|cameras?|doorbell|app|baby monitor)",
    ),
    "monitoring": (
        r"(?:read|reads|reading|check|checks|checked|checking|go|goes|went|going|look|looks"
        r"|looked|looking|scroll|scrolls|scrolled|scrolling|search|searches|searched"
        r"|searching|snoop|snoops|snooped|snooping|dig|digs|dug|digging|rifle|rifles|rifled"
        r"|rifling|rummage|rummages|rummaged|rummaging|comb|combs|combed|combing|monitor"
        r"|monitors|monitored|monitoring|screenshots|screenshotted|spy|spies|spied|spying)"
        r" (?:through |in |into |on |at )?(?:all )?(?:of )?my (?:own |whole |entire |private )?"
        r"(?:phone|phones"
        r"|messages|texts|e-?mails?|mail|dms|chats|whatsapps?|inbox|diary|journal|browser"
        r"|browsing history|search history|history|call logs?|call history|call records|calls"
        r"|gallery|laptop|computer|bag"
        r"|handbag|purse|pockets|notes|facebook|instagram|socials|social media|accounts?"
        r"|photos|camera roll|receipts|bank statements|statements|conversations|things"
        r"|stuff|drawers|belongings|wallet)",
        r"(?:demand|demands|demanded|demanding|want|wants|wanted|insist|insists|insisted"
        r"|insisting|need|needs|needed|change|changes|changed|changing|reset|resets)"
        r" (?:to (?:have|know|see) )?(?:on (?:having|knowing|seeing) )?(?:all )?(?:of )?my"
        r" (?:\w+ )?(?:passwords?|passcodes?|pins?|pin codes?|logins?|login details"
        r"|unlock codes?|codes)",
        r"(?:log|logs|logged|logging|get|gets|got|getting|break|breaks|broke|breaking|hack"
        r"|hacks|hacked|hacking) (?:in ?to|into|onto|on to|in on) my (?:accounts?|e-?mail"
        r"|facebook|instagram|bank|icloud|google|phone|laptop|computer|social|whatsapp"
        r"|messages|snapchat|tiktok|twitter|cloud)",
        r"(?:hack|hacks|hacked|hacking) my",
        r"(?:install|installs|installed|installing|put|puts|hid|hides|added|adds|set up"
        r"|sets up|downloaded|downloads) (?:[\w']+ ){0,2}?(?:spyware|stalkerware|spy ?ware"
        r"|a spy app|spy apps?|spy software|keylogger|key logger|monitoring (?:app"
        r"|software)|an app|hidden cameras?|cameras?|a camera|a recorder|recording devices?"
        r"|a listening device|a bug) (?:on|in|onto|into) (?:my|the|our) (?:phone|laptop"
        r"|computer|tablet|car|bedroom|house|flat|room|home)",
        r"(?:interrogat(?:e|es|ed|ing)|grill(?:s|ed|ing)?|cross-?examin(?:e|es|ed|ing)) me",
        r"(?:question|questions|questioned|questioning|quizzes|quizzed|quizzing) me"
        r" (?:for hours|constantly|nonstop|non-stop|all the time|every time|about (?:every"
        r"|everything|everyone|who|where))",
        r"(?:wants|wanted|needs|needed|demands|demanded|insists on|insisted on|has|had) to"
        r" know (?:where i am|where i was|where i'm going|what i'm doing|what i am doing"
        r"|who i'm with|who i am with)(?: \S+){0,3}? (?:every|all the time|at all times"
        r"|24/7|constantly|the whole time|at every)",
        r"(?:wants|wanted|needs|needed|demands|demanded|insists on|insisted on|has|had) to"
        r" know (?:who i(?:'m| am)? (?:talking to|texting|messaging|text|talk to|message"
        r"|speak to)|everyone i (?:talk|text|speak|message)|every (?:person|message|text"
        r"|call))",
        r"(?:listens|listened|listening|listen|eavesdrops|eavesdropped|eavesdropping) (?:in )?"
        r"(?:to|on) my (?:calls|phone calls|conversations|voicemails?|messages)",
        r"(?:records|recorded|recording|record) (?:me|my (?:calls|conversations|phone calls))"
        r"(?! (?:singing|playing))",
        r"(?:takes|took|grabs|grabbed|snatches|snatched) my phone (?:to|and) (?:check|read"
        r"|look|see|go through|scroll|search)",
        r"(?:spy|spies|spied|spying) on (?:me|us|my)",
        r"(?:demand|demands|demanded|takes|took|grabs|grabbed|wants|wanted|checks|checked"
        r"|asks for|asked for) my phone (?:every|each|whenever|all the time|at night|the moment)",
        r"(?:makes|made|making|forces|forced|forcing|expects|expected|expecting|demands"
        r"|demanded|demanding|wants|wanted|needs) me (?:to )?(?:check in|text (?:him|her"
        r"|them) (?:every|each|whenever)|send (?:him |her |them )?(?:a )?(?:photos?"
        r"|pictures?|pics?|selfies?|videos?)|account for|share my location|turn on my"
        r" location|prove where|show (?:him|her|them) (?:my|where|who)|hand over my phone"
        r"|give (?:him|her|them) my (?:phone|passwords?|passcodes?|pin)|unlock my phone"
        r"|share (?:all )?my (?:\w+ )?(?:passwords?|passcodes?|pins?|logins?)"
        r"|tell (?:him|her|them) my (?:passwords?|passcodes?|pin)|read (?:him|her|them) my"
        r" messages|keep my location on|video ?call)",
    ),
    "isolation": (
        r"{NOTLET} (?:see|seeing|visit|visiting|talk to|talking to|speak to|speaking to|call"
        r"|calling|phone|phoning|ring|ringing|text|texting|message|messaging|meet|meeting"
        r"|meet up with|go out with|going out with|hang out with|hanging out with|spend time"
        r" with|spending time with|have|having|go (?:and )?see|going to see|go to see|invite"
        r"|inviting|contact|contacting) {PEOPLE}",
        r"{NOTLET} (?:(?:go|going) (?:out|outside|anywhere|out alone|out on my own|to work"
        r"|to the gym|to church|to college|to uni|to school|to class|to classes|to my (?:\w+ )?"
        r"(?:group|club|class|classes|job)|back to work|(?:to )?(?:my \w+'s|a|the|any)"
        r" (?:wedding|party|birthday|funeral|house|place|dinner|event|christening"
        r"|graduation))|(?:get|getting|have|having|keep"
        r"|keeping|look for|apply for) (?:a job|my job|a phone|my own phone|a life|a car"
        r"|a licen[cs]e|friends|driving lessons)|work|working|drive|driving|take the (?:bus"
        r"|train)|use the (?:car|phone))",
        r"(?:cut|cuts|cutting) me (?:off )?(?:off )?from",
        r"isolat(?:e|es|ed|ing) me",
        r"(?:deleted|deletes|deleting|blocked|blocks|blocking|removed|removes|unfriended"
        r"|unfriends) (?:all )?(?:of )?(?:my )?(?:\w+ )?(?:friends|contacts|family|numbers)",
        r"(?:says|said|told me|tells me|decided|decides|announced|has decided) (?:that )?i"
        r" (?:can't|cannot|can no longer|am not allowed to|'m not allowed to|mustn't|am not to"
        r"|'m not to|shouldn't|won't be) (?:\w+ )?(?:see|visit|talk to|speak to|call|text|meet"
        r"|go (?:out|to|anywhere|back)|have (?:friends|a job)|work|keep my job|hang out)",
        r"(?:made|makes|making|forced|forces|forcing|pressured|pressures|pressuring|pushed"
        r"|pushes|pushing|got|gets) me (?:to )?(?:stop (?:seeing|talking to|speaking to"
        r"|visiting|calling|texting|going)|cut (?:off|ties with|contact with)|unfriend|block"
        r"|delete|drop|quit|give up|move away from|leave|choose between (?:him|her|them)"
        r" and) (?:all )?(?:of )?(?:\w+ )?(?:{PEOPLE}|my (?:job|work|career|studies|course"
        r"|degree|church|team|club|hobbies)|everyone|all my)",
        r"(?:gets|got|get|getting|becomes|became|goes|went|turns|turned) (?:really |so |very "
        r"|super |totally |absolutely )?(?:angry|mad|furious|violent|aggressive|crazy|nasty"
        r"|livid|abusive|vicious|cold|sulky)(?: \S+){0,2}? (?:if|when|whenever|every time"
        r"|because|after) i (?:(?:want to |wanted to |try to |tried to |ask to |asked to )?"
        r"(?:see|saw|visit|visited|talk to|talked to|speak to|spoke to"
        r"|call|called|meet|met|text|texted|spend time with|spent time with|hang out with"
        r"|hung out with|go to see|went to see|mention|mentioned|have|had) (?:\w+ )?{PEOPLE}"
        r"|(?:go|went|going) out)",
        r"(?:decides|decided|chooses|chose|controls|controlled|picks|picked) (?:who|whom) i"
        r" (?:see|can see|talk to|am allowed|can talk|speak|text|meet|hang out|spend|'m"
        r" allowed|get to)",
        r"(?:took|takes|taking|took away|takes away|hid|hides|hiding|confiscated|confiscates"
        r"|broke|smashed|keeps|kept) (?:away )?my (?:phone|sim|sim card|laptop)(?: away)?"
        r"(?: \S+){0,3}? so (?:that )?i (?:can't|couldn't|cannot|could not|wouldn't|won't)"
        r" (?:call|talk|see|reach|contact|speak|text|message|get help|ask for help)",
        r"(?:takes|took|taking|hides|hid|confiscates|confiscated) (?:away )?my phone"
        r"(?: away)?(?:$| when| whenever| every| at night| for days| and (?:won't|wouldn't"
        r"|doesn't|didn't) give it back)",
        r"(?:drove|driven|drives|pushed|scared|chased|chases|chasing|scares|scaring|pushes"
        r"|pushing) (?:away |off )?(?:all )?(?:of )?my (?:friends|family|sister|brother|mum"
        r"|mom|parents)(?: away| off)?",
        r"(?:doesn't|don't|doesnt|dont|didn't|didnt|won't|wont) (?:like|want) me (?:to )?"
        r"(?:seeing|having|going out with|see|have|go out with|talking to|talk to|spending"
        r" time with|spend time with) (?:\w+ )?(?:friends|family|anyone|my family|my friends)",
    ),
    "financial": (
        r"(?:take|takes|took|taking|taken|keep|keeps|kept|keeping|control|controls|controlled"
        r"|controlling|hold|holds|held|holding|spend|spends|spent|spending|steal|steals|stole"
        r"|stealing|stolen|empty|empties|emptied|emptying|drain|drains|drained|draining"
        r"|confiscate|confiscates|confiscated|manages|managed) (?:all |most |half )?(?:of )?"
        r"my (?:whole |entire |full |weekly |monthly |own )?(?:pay|paycheck|paycheque"
        r"|pay ?check|pay ?packet|wages?|salary|money|earnings|income|benefits|pension"
        r"|savings|tips|bank cards?|cards|card|debit card|credit cards?|bank accounts?"
        r"|account|inheritance|child benefit|student loan|cash|finances|bank details)",
        r"(?:controls|controlled|controlling|control|decides|decided|holds|held|runs|ran)"
        r" (?:all )?(?:of )?(?:the|our|all the) (?:money|finances|bank accounts?|cards"
        r"|spending|budget|account|purse strings|household money)",
        r"(?:gives|gave|give|giving|puts|put|putting|keeps|kept) me (?:on )?(?:an? )?"
        r"(?:\w+ )?(?:allowance|pocket money)",
        r"(?:puts|put|putting|keeps|kept) me on an? (?:\w+ )?budget",
        r"(?:keeps?|kept|keeping|took|takes|taking|taken|hides?|hid|hidden|hiding|holds?"
        r"|held|holding|locked|locks|locking|confiscat(?:e|es|ed|ing)|stole|steals|stolen"
        r"|won't give me|wont give me|won't return|refuses to give me|refused to give me"
        r"|won't give back|wouldn't give me) (?:away |back )?my (?:passports?|id|id card"
        r"|identity card|visa|papers|documents|birth certificate|residence permit"
        r"|residence card|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e|green card"
        r"|work permit|immigration papers|social security card|national insurance card"
        r"|health card|medicare card)",
        r"(?:ran|run|runs|running|racked|racks|racking|rung) up (?:[\w']+ ){0,4}?(?:debts?"
        r"|bills|credit cards?|loans?|overdrafts?)(?: \S+){0,3}? in my name",
        r"(?:took|takes|taken|taking|opened|opens|opening|put|puts|got|gets|signed) (?:out )?"
        r"(?:all )?(?:of )?(?:an? |some |the |two |three )?(?:\w+ )?(?:loans?|credit cards?"
        r"|debts?|cards?"
        r"|mortgage|phone contracts?|contracts?|overdraft|accounts?|bills?|finance)"
        r" (?:out )?in my name",
        r"(?:made|makes|forced|forces|pressured|pressures|got|gets) me (?:to )?(?:hand over"
        r"|give (?:him|her|them)|sign over|transfer|sign|take out|put) (?:all |most )?"
        r"(?:of )?(?:my|a|the|an) (?:\w+ )?(?:pay|wages|money|salary|savings|house|share"
        r"|loan|loans|credit card|mortgage|papers)",
        r"{NOTLET} (?:have|having|open|opening|keep|keeping|get|getting|use|using|touch"
        r"|touching|see|seeing|access|accessing|spend|spending|know about|look at|manage)"
        r" (?:my own |any |a |the |our |my )?(?:money|bank account|account|card|cards"
        r"|debit card|credit card|cash|salary|wages|pay|finances|bank statements|savings"
        r"|own money)",
        r"(?:sabotag(?:e|es|ed|ing)|ruin(?:s|ed|ing)?) my (?:job|career|work|interviews?"
        r"|chances of (?:a job|work))",
        r"(?:make|makes|made|making) me (?:ask|beg) (?:him |her |them )?for (?:money|cash"
        r"|every)",
    ),
    "confinement": (
        r"(?:lock|locks|locked|locking) me (?:in|out|up|inside|outside|away)(?! of (?:my|the)"
        r" (?:account|accounts|email|phone|laptop|computer|app|conversation|decision|plans?))",
        r"(?:lock|locks|locked|locking) (?:the|all the|our|my|every) (?:door|doors|front door"
        r"|bedroom door|windows|gate)(?: \S+){0,3}? (?:so (?:that )?i (?:can't|couldn't"
        r"|cannot|could not|wouldn't)|with me (?:inside|in|outside|out)|to (?:stop|keep) me"
        r"|and (?:took|takes|hid|hides|kept|keeps) (?:the )?key)",
        r"lock(?:s|ed|ing)? (?:the |my |our )?(?:\w+ )?door (?:from the outside|behind me"
        r"|on me|with me (?:in|inside))",
        r"(?:block|blocks|blocked|blocking|stood in|stands in|standing in|stood in front of"
        r"|stands in front of|standing in front of|barricaded|barricades|sat in front of"
        r"|leaned against|leans against) (?:the |my |our |a )?(?:door|doors|doorway|exit"
        r"|way out|front door|bedroom door|stairs|staircase|hallway|car door)",
        r"(?:took|takes|taken|taking|hid|hides|hidden|hiding|hide|keeps|kept|keeping"
        r"|confiscat(?:e|es|ed|ing)|stole|steals|stolen|threw away|throws away) (?:away )?my"
        r" (?:car |house |front door |spare |door )?keys",
        r"{NOTLET} (?:leave|leaving|go home|going home|get out|getting out|out|walk out"
        r"|walking out|out of (?:his|her|their|the) (?:sight|house|room|car|flat|bedroom"
        r"|apartment)|go to my (?:mum's|mom's|parents'?|sister's|friend's)|leave the"
        r" (?:house|room|flat|car|bedroom|apartment))",
        r"(?:threw|throws|throw|throwing|thrown|kicked|kicks|kick|kicking|put|puts|pushed"
        r"|pushes|shoved|shoves|chucked|chucks) me out(?: of (?:the|our|my|his|her|their)"
        r" (?:house|flat|home|car|apartment|room|bedroom))?(?: (?:in|into|onto|on) the"
        r" (?:street|cold|rain|night|snow))?",
        r"(?:trapped|traps|trapping|trap|kept|keeps|keeping|held|holds|holding|keep) me"
        r" (?:prisoner|hostage|captive|locked (?:in|up|inside)|inside|in the (?:house|room"
        r"|bedroom|bathroom|flat|car|basement|apartment|garage|cellar)(?: for| all| until"
        r"| overnight| and)|in (?:his|her|their) (?:car|room|flat|house))",
        r"(?:took|takes|taking|disabled|disables|hid|hides|slashed|slashes|let down"
        r"|deflated) (?:my |the )?(?:car|tyres|tires|car keys|bike|wallet|shoes|coat|purse"
        r"|bag)(?: \S+){0,3}? so (?:that )?i (?:can't|couldn't|cannot|could not|wouldn't)"
        r" (?:leave|go|get out|drive|get away|escape)",
    ),
}

# Cues that bring their own subject (or need none).
FREE: dict[str, tuple[str, ...]] = {
    "self_harm": (
        r"(?:want|wanted|wanting|wants)(?: so much| so badly| again)? to (?:die|be dead"
        r"|not exist|not be alive|not be here|disappear forever|disappear for good|go to"
        r" sleep and never wake up|sleep forever|end my life|end it all|kill myself"
        r"|hurt myself|stop existing|stop living)(?! (?:of|from|laughing|for)\b)",
        r"(?:don't|dont|do not|didn't|didnt|did not|no longer|never) (?:really |even "
        r"|actually )?want to (?:(?:live|be alive|be here|exist|go on|keep going|carry on)"
        r"(?! (?:with|in|like this|there|at|near|together|without|the|this|that)\b)"
        r"|wake up)",
        r"not wanting to (?:live|be alive|be here|exist|wake up|go on)",
        r"wish(?:ed|ing)? (?:that )?i (?:was|were) (?:dead|gone for good|never born)",
        r"wish(?:ed|ing)? (?:that )?i (?:had|'d) never been born",
        r"wish(?:ed|ing)? (?:that )?i (?:could|would) (?:just )?(?:die|disappear forever"
        r"|disappear for good|not wake up|never wake up|stop existing)",
        r"wish(?:ed|ing)? (?:that )?i (?:wouldn't|won't|didn't) wake up",
        r"wish(?:ed|ing)? (?:that )?i (?:wasn't|weren't) (?:alive|here any ?more|born)",
        r"(?<!he'll )(?<!she'll )(?<!they'll )(?<!he'd )(?<!she'd )(?<!he will )"
        r"(?<!she will )(?:end|ending|ended|ends) it all",
        r"(?:end|ending|ended|ends|take|taking|took) my (?:own )?life",
        r"(?:end|ending) everything(?! (?:with|between))",
        r"(?:kill|killing|killed|kills) myself(?! (?:laughing|for (?:\w+ing|being|not|saying"
        r"|that|this)|over (?:it|this|that|nothing)|to (?:get|make|finish|meet|be)|at"
        r" (?:the gym|work)|working)\b)",
        r"(?:hurt|hurting|hurts|harm|harming|harmed|cut|cutting|cuts|burn|burning|burned"
        r"|burnt|scratch|scratching|scratched|starve|starving|starved|hit|hitting|punch"
        r"|punching|punched) myself(?! (?:at|in|with the|playing|lifting|running|falling"
        r"|cooking|shaving|chopping|slicing|during|off|some slack|out|up|by accident"
        r"|accidentally|on the|on a)\b)",
        r"self[- ]?harm(?:ing|ed)?",
        r"cutting (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))",
        r"cut my (?:wrists?|arms|thighs)",
        r"(?:i'm|im|i am|i was|i feel|i felt|feeling|felt|i've been|been|getting|i get"
        r"|i got) (?:\w+ )?suicidal",
        r"suicidal (?:thoughts|feelings|ideation|urges|again|lately|tonight)",
        r"(?:thinking|thought|thoughts|think) (?:a lot )?(?:about|of) (?:suicide|killing"
        r" myself|ending (?:it all|my life)|not being (?:here|alive|around)|taking my"
        r" (?:own )?life|how to die|ways to die)",
        r"(?:i|i've|i have|i had) (?:attempted|tried) suicide",
        r"suicide (?:plan|note|attempt|letter)",
        r"(?:call|called|calling|text|texted|ring|rang) (?:the )?(?:suicide|crisis) (?:line"
        r"|hotline|helpline|number)",
        r"(?:be )?better off without me",
        r"(?:everyone|everybody|the world|they|my family|the kids|people) (?:would|will|'d)"
        r" be (?:better|happier) (?:off )?(?:without me|if i (?:was|were) gone)",
        r"(?:no|nothing) (?:reason|point) (?:to|in|of) (?:live|living|go on|going on"
        r"|be alive|being alive|be here|being here|carry on|carrying on)",
        r"(?:what's|whats|what is) the point (?:of|in) (?:living|life|being alive|going on"
        r"|carrying on)",
        r"life (?:isn't|is not|isnt) worth living",
        r"(?:tired|sick) of (?:living|being alive)",
        r"(?:take|took|taking|swallow|swallowed|swallowing|down|downed) (?:all (?:of )?(?:my"
        r"|the)|a (?:bunch|handful|load|lot|whole (?:box|bottle|packet|strip)) of|the whole"
        r" (?:box|bottle|packet|strip) of|too many(?: of)?|loads of|every one of (?:my|the)|enough)"
        r" (?:my |the |his |her )?(?:\w+ )?(?:pills|tablets|painkillers|meds|medication"
        r"|medicine|paracetamol|tylenol|sleeping pills|ibuprofen|aspirin)",
        r"overdos(?:e|ed|ing|es)",
        r"(?:stockpil|hoard|sav|collect)(?:e|es|ed|ing) (?:up )?(?:my |the )?(?:pills"
        r"|tablets|meds|medication|painkillers)",
        r"(?:plan|planned|planning|decided|decide) (?:how |when |where )?(?:to|i'll|i will"
        r"|i'm going to) (?:kill myself|end my life|end it all|take my (?:own )?life)",
        r"(?:wrote|written|writing|write|left) (?:a |my )?(?:suicide|goodbye) (?:note|letter"
        r"|letters|notes)",
        r"(?:researching|research|researched|googling|googled|looking up|looked up|searched"
        r"|searching) (?:how to|ways to|the best way to) (?:die|kill myself|end (?:my life"
        r"|it all)|overdose)",
        r"how many (?:pills|tablets|paracetamol|sleeping pills)(?: \S+){0,4}? (?:to die"
        r"|would kill|it would take|it takes|is lethal|are lethal|to overdose)",
        r"giving away my (?:things|stuff|belongings|possessions)",
        r"(?:thought about|thinking about|think about|imagined|imagining|imagine|want to"
        r"|wanted to|urge to|tempted to|considered|considering) (?:just )?(?:jump(?:ing)?"
        r"|driv(?:e|ing)|crash(?:ing)?|swerv(?:e|ing)|step(?:ping)?|walk(?:ing)?)"
        r" (?:my car |the car )?(?:into|off|in front of|out in front of) (?:a|the) (?:tree"
        r"|wall|river|bridge|cliff|lorry|truck|oncoming \w+|road|traffic|train|bus"
        r"|building|roof|balcony|sea)",
        r"(?:nobody|no one|no-one) would (?:miss me|notice if i|care if i (?:died|was gone"
        r"|disappeared|wasn't here))",
        r"(?:can't|cannot|cant) go on any ?more",
        r"(?:i'd|i would|it'd|it would) be (?:easier|better) (?:if|for everyone if) i (?:was"
        r"|were|wasn't|weren't|died|didn't exist|disappeared)(?: dead| gone| here| around)?",
        r"(?:don't|dont|do not) deserve to (?:live|be alive|exist)",
        r"(?:hope|hopes|hoping|hoped|pray|praying|prayed)(?: that)? i (?:don't|won't|never"
        r"|do not|will not) wake up",
        r"(?:easier|better)(?: for (?:everyone|everybody|them|him|her))? if i (?:just )?"
        r"(?:wasn't (?:here|around|alive)|weren't (?:here|around|alive)|was dead|were dead"
        r"|was gone|were gone|died|didn't exist|disappeared)",
        r"(?:plan|plans|planned|planning|worked out|work out|decided|thought about|thinking"
        r" about) (?:for )?(?:how|when|where) (?:i'd|i would|i'll|i will|to|i'm going to"
        r"|i could) (?:do it|end it(?! with))",
        r"(?:swallow|swallowing|swallowed|take|taking|took|down|downing|downed) (?:everything"
        r"|all the (?:pills|tablets|meds)|the whole)(?: \S+){0,3}? (?:medicine|pills?|meds"
        r"|cabinet|bottle|packet|box)",
        r"(?:picture|picturing|pictured|imagine|imagining|imagined|plan|planning) my (?:own )?"
        r"funeral",
        r"(?:to|could|would|should) (?:just )?(?:not|stop) (?:exist|existing|be alive|being alive"
        r"|wake up|waking up)",
        r"(?:burn|burning|burned|burnt|cut|cutting|scratch(?:ed|ing)?|carv(?:e|ed|ing)"
        r"|slic(?:e|ed|ing)) (?:into )?my (?:arms?|wrists?|skin|legs?|thighs?|stomach|hips?)"
        r"(?! (?:on|against) (?:the|a) (?:oven|stove|pan|iron|kettle|tray|fence|glass|door))",
        r"(?:the|a|my) razor again|(?:razor )?blades? again|(?:with|holding|held|hold)"
        r" (?:the|a|my) (?:razor|razor blade|blade)s?(?! (?:to|and) shave)",
        r"(?:(?:don't|can't|cannot|do not) see (?:a|any) |no )?(?:way out|answer|option|escape"
        r"|solution)(?: \S+){0,2} (?:except|other than|but"
        r"|apart from) (?:dying|death|to die|suicide|killing myself|ending it)",
        r"if i (?:died|was gone|were gone|disappeared|killed myself)(?: \S+){0,6}?"
        r" (?:anyone|anybody|no one|nobody|no-one) would (?:even )?(?:notice|care|miss me)",
    ),
    "violence": (
        r"(?:i was|i got|i've been|i have been|i'd been|i had been|i get|we were|i am being"
        r"|i'm being|i keep getting) (?:hit|punched|slapped|kicked|choked|strangled|beaten"
        r"|beaten up|shoved|pushed|smacked|thrown|attacked|assaulted|bitten|headbutted"
        r"|pinned down|dragged|burned|burnt|stabbed) by {THEM}",
        r"(?:his|her|their)(?: \w+)? hands? (?:were |was )?(?:around|round) my (?:neck"
        r"|throat)",
        r"i (?:was|got|'ve been|have been) (?:choked|strangled)",
        r"(?:and|then),? (?:then )?{HITV} {VICTIM}{GUARD}",
        r"domestic (?:violence|abuse)",
    ),
    "threat": (
        r"death threats?",
        r"(?:better )?watch (?:my|your) back",
        r"(?:(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:ever )?)?(?:find|found|hide"
        r"|bury|dump) (?:my|your) body",
        r"(?:have|get|got) me (?:sectioned|committed|deported|arrested|locked up|put away)",
        r"(?:make|makes|made) me (?:pay|suffer|regret it)|make my life (?:hell|a living hell)",
        r"(?:knows|know|found out|find out) where i (?:live|work|am staying|sleep)",
        r"(?:i'll|i will|i'd|i would) lose (?:the|my|our) (?:kids|children|son|daughter|baby)",
        r"(?:burn|set fire to|torch)(?: \S+){0,3}? (?:the|our|my) (?:house|flat|place|car|home)"
        r"|with (?:me|us|the kids) (?:in|inside) it",
        r"if i (?:leave|left|go|tell|ever leave|try to leave|tried to leave|break up|end it"
        r"|end things|report (?:him|her|them)|call the police)(?: \S+){0,4}? (?:he|she|they"
        r"|\ue000\w+)(?:'ll|'d| will| would|'s going to| is going to| is gonna) (?:\w+ ){0,4}?"
        r"(?:kill|hurt|hit|beat|find|come after|destroy|ruin) (?:me|us|{KIDS}|my)",
        r"make sure i (?:never|don't|won't|do not|will not) see (?:the|my|our) (?:kids|children"
        r"|son|daughter|baby|boys|girls) again",
        r"(?:he|she|they|\ue000\w+)(?:'ll|'d| will| would|'s going to| is going to| is gonna"
        r"| says he'll| says she'll)(?: \S+){0,3}? (?:kill (?:himself|herself|themselves)"
        r"|hurt (?:himself|herself|themselves)|jump off|jump in front|overdose|take an overdose"
        r"|do something (?:stupid|drastic)|end (?:his|her|their) life|hang (?:himself|herself"
        r"|themselves)|end it all)(?: \S+){0,5}? if i",
        r"(?:kill|hurt|harm)(?:s|ing)? (?:himself|herself|themselves|themself) if i",
        r"(?:said|says|told me|texted|screamed|shouted|yelled|wrote)(?: to me)?(?: that)?,?"
        r" (?:i'll|i will|i'm going to|i'd|i am going to|i swear i'll) (?:kill|hurt|destroy"
        r"|end|ruin|strangle|hit|beat|find) you",
        r"(?:i'll|i will|i'd|i would) never see (?:the|my|our) kids again",
    ),
    "sexual_coercion": (
        r"i was (?:raped|sexually assaulted|molested)",
        r"(?:sex|touched me|touching me)(?: \S+){0,4}? (?:i (?:didn't|did not|don't|do not)"
        r" (?:want|consent)|without my consent|against my will)",
        r"i said no(?: \S+){0,3}? (?:but|and) (?:he|she|they|\ue000\w+) (?:[\w']+ ){0,2}?"
        r"(?:anyway|kept going|carried on|continued|did it|didn't stop|wouldn't stop"
        r"|didn't listen|ignored me)",
        r"(?:when|while) i (?:was|were|am|'m) (?:asleep|sleeping|drunk|passed out"
        r"|unconscious|too drunk|out of it|blackout drunk|half asleep)(?: \S+){0,3}? (?:he"
        r"|she|they|\ue000\w+)(?: \S+){0,2}? (?:had sex|has sex|having sex|touch\w*"
        r"|grop\w*|undress\w*|took advantage|was on top of me|got on top of me)",
        r"owe (?:him|her|them|my \w+) sex",
        r"forc(?:ed|es|ing) (?:himself|herself|themselves) (?:on|onto) me",
        r"(?:touched|touches|touching|kissed|kisses|kissing|groped|gropes|groping)(?: me)?"
        r" (?:\S+ ){0,3}?(?:even though|although|after|when) i (?:pushed|said no|told|moved"
        r"|pulled away|asked|begged)",
        r"(?:keeps|kept|always|constantly|keep) (?:pushing|pressuring|nagging|pestering|begging"
        r"|badgering|guilting) (?:me )?for sex",
        r"for sex (?:\S+ ){0,3}?(?:after|when|even after|even when|though|although) i (?:say"
        r"|said|told)",
        r"(?:my|a wife's|a husband's|a girlfriend's|a boyfriend's) (?:duty|job|obligation) to"
        r" (?:have sex|sleep with|satisfy)",
        r"(?:give|gave|giving) in (?:and|to) (?:have |having )?(?:sex|sleep(?:ing)? with)",
        r"until i (?:give|gave) in",
        r"woke up (?:and|to|with) (?:\S+ ){0,3}?(?:having sex with me|on top of me|touching me"
        r"|inside me|undressing me|groping me)",
        r"(?:feel|felt|feeling) (?:like )?(?:i )?(?:have|had|must|ought|obliged|obligated"
        r"|pressured|pressure) to (?:have sex|sleep with|do it|give (?:him|her|them) sex)",
        r"(?:feel|felt) (?:like i have to|obliged to|i have to|i had to) (?:have sex"
        r"|sleep with (?:him|her|them))",
        r"(?:took|takes|taking) advantage of me (?:when|while) i",
        r"(?:didn't|did not|never) consent(?:ed)?(?: to)? (?:sex|it|that)",
    ),
    "fear": (
        r"{AFRAID} (?:to death )?of {THEM}(?! (?:leaving|cheating|losing|finding"
        r"|meeting|lying|getting bored|falling|breaking up|going off|moving on|seeing"
        r"|being with|dumping|ghosting|not|changing)\b)",
        r"{AFRAID} (?:to death )?of (?:his|her|their) (?:temper|anger|rage|reactions?|moods?"
        r"|fists|outbursts|violence|drinking)",
        r"{AFRAID} (?:of )?what (?:he|she|they|\ue000\w+|my \w+)(?:'ll|'d| will| would"
        r"| might| could| may| is going to|'s going to| is gonna)? (?:do|does|did)(?! (?:next"
        r"|with (?:her|his|their) life)\b)",
        r"(?:{AFRAID}|worried|fear) (?:that )?(?:one day |someday |some day |eventually "
        r"|next time )?(?:he|she|they|\ue000\w+|my \w+)(?:'ll|'d"
        r"| will| would| might| could| may| is going to|'s going to| is gonna| was going to)"
        r" (?:\w+ )?(?:hurt(?! (?:himself|herself|themselves|my feelings))|hit|kill|harm"
        r"|snap|lose it|explode|attack|come after|find me|do something|take the kids"
        r"|strangle|beat|turn violent|get violent)",
        r"{AFRAID} (?:to (?:go home|come home|say no|disagree|speak up|be alone with (?:him"
        r"|her|them)|be in the same room)|of going home|of coming home|for my (?:life"
        r"|safety)|for (?:the|my|our) (?:kids|children)|for (?:the|my|our) (?:kids'"
        r"|children's) safety)",
        r"fear(?:ed|ing|s)? for my (?:life|safety)",
        r"too {AFRAID} to (?:tell|say|ask|leave|go home|speak|disagree|argue|say no)",
        r"(?:on edge|on tenterhooks|bracing myself|braced)(?: \S+){0,4}? (?:him|her|them|he"
        r"|she|they)(?: \S+){0,2}? (?:explode|snap|blow up|kick off|lose it|get angry)",
        r"waiting for (?:him|her|them) to (?:explode|snap|blow up|kick off|lose it|turn)",
        r"(?:don't|do not|never) know what (?:he|she|they)(?:'ll|'d| will| would| might| could"
        r"| is going to|'s going to) do(?! (?:for|about|with|next|tonight|today|at|on)\b)",
        r"(?:live|living|lived|lives) in fear|in fear of (?:him|her|them|his|her|their|my \w+)",
        r"(?:feel|felt|feeling|i'm|i am|am|was|i was|it's|it is) (?:so |really |very "
        r"|completely |totally )?unsafe(?! (?:driving|on the roads?|walking|at work)\b)",
        r"(?:shake|shaking|shook|tremble|trembling|panic|panicking|freeze|froze)(?: \S+){0,2}?"
        r" (?:when|whenever|every time|as soon as) i (?:hear|see) (?:his|her|their) (?:car"
        r"|key|keys|voice|footsteps)",
        r"(?:don't|dont|do not|didn't|didnt|did not|no longer|never|can't|cant|cannot"
        r"|can not|won't|wont|stopped) (?:really |even |ever |actually )?feel(?:ing)? safe"
        r"(?! (?:to (?:tell|share|open|talk|be honest)|telling|sharing|opening|talking"
        r"|being|about|with my (?:feelings|emotions))\b)",
        r"(?:i'm|im|i am|i was|we're|we are|we were|i feel|i felt|the kids are) (?:not"
        r"|never|no longer) safe(?! (?:to (?:tell|share|open|talk|be honest)|telling"
        r"|sharing|opening|talking|being)\b)",
        r"(?:walk|walking|walked|walks|treading|tread|tiptoeing|tiptoe) (?:on|around on)"
        r" egg ?-?shells",
        r"tiptoe(?:ing|d)? around (?:him|her|them|his|her|their)",
        r"flinch(?:es|ed|ing)? (?:when|whenever|every time|if) (?:he|she|they|\ue000\w+"
        r"|my \w+)",
        r"(?:i|we) (?:hide|hid|hiding) (?:from (?:him|her|them)|in the \w+ (?:when|until"
        r"|whenever|every time|till))",
        r"dread(?:s|ed|ing)? (?:\w+ ){0,4}?(?:his|her|their) (?:key|keys|car|footsteps|voice"
        r"|coming home|moods?|temper)|dread(?:s|ed|ing)? (?:him|her|them) (?:coming|getting)"
        r" home|dread(?:s|ed|ing)? going home",
        r"i (?:flinch|cower|freeze)(?:ed)?(?! at (?:the|a) (?:noise|needle|cold))",
    ),
    "stalking": (
        r"(?:found|find|discovered|discover|noticed|spotted) (?:an? |some |his |her |their "
        r"|another )?(?:\w+ )?(?:trackers?|tracking (?:device|app|software)|gps(?: tracker)?"
        r"|airtags?|air tags?|tile trackers?)",
        r"(?:trackers?|tracking (?:device|app)|airtags?|air tags?|gps trackers?)(?: \S+){0,2}?"
        r" (?:in|on|under|inside|behind|to|into) my \w+",
        r"(?:i'm|i am|i was|i've been|been|being) (?:stalked|followed everywhere)",
        r"(?:a|my|have a) stalker",
        r"(?:location|tracking) (?:sharing |app |apps )?(?:on my phone )?(?:without (?:asking"
        r"|telling me|me knowing|my knowledge|my permission|my consent)|secretly|behind my"
        r" back)",
        r"secretly (?:tracking|tracked|tracks|following|followed|follows) me",
        r"(?:turns|turned|shows|showed|showing|turning) up (?:wherever i|everywhere i"
        r"|where i (?:am|work|live))",
        r"(?:from|with|using|on|through|via) (?:new|fake|different|other|burner|anonymous"
        r"|a new|a fake|another|a different) (?:numbers?|accounts?|profiles?|phones?)",
        r"after i blocked (?:him|her|them)",
        r"(?:shows|tells|lets|showing|telling) (?:him|her|them) where i (?:am|go|was|went)",
        r"(?:watches|watched|watching|tracks|tracking|tracked|monitors|monitoring) my every"
        r" move",
        r"somehow (?:always )?(?:knows|knew|finds out|found out) where i",
    ),
    "monitoring": (
        r"(?:have|had|have got|'ve got) to (?:check in|text (?:him|her|them)|call (?:him"
        r"|her|them)|send (?:him|her|them) (?:a )?(?:photos?|pictures?|pics?|selfies?)"
        r"|report (?:in|to (?:him|her|them))|share my location)(?: \S+){0,3}? (?:every|each"
        r"|whenever|the moment|as soon as|all the time|constantly|or (?:he|she|they)"
        r"|or else)",
        r"(?:have|had|have got|'ve got) to (?:hand over|give (?:him|her|them)|show (?:him"
        r"|her|them)|unlock|tell (?:him|her|them)) (?:all )?(?:of )?my (?:phone|passwords?"
        r"|passcodes?|pin|messages|texts)",
        r"(?:spyware|stalkerware|keylogger|spy ?app|spy software|monitoring app)(?: \S+){0,2}?"
        r" (?:on|in) my (?:phone|laptop|computer|tablet)",
        r"found (?:\w+ )?(?:spyware|stalkerware|a keylogger|a spy app|a hidden camera"
        r"|hidden cameras)",
        r"(?:reads|read|checks|checked|goes through|went through|monitors|monitored|opens"
        r"|opened) (?:every|all the|each|all of the|all my) (?:emails?|e-mails?|messages?"
        r"|texts?|chats?|letters?|dms?)(?: that)? i (?:send|get|receive|write|sent|got)",
        r"(?:screenshots|recordings|copies|proof|photos) of (?:every|all (?:my|of my)|my)"
        r" (?:conversations?|messages?|chats?|texts?|calls?|e-?mails?)",
        r"(?:cameras?|recorders?|listening devices?|bugs?)(?: \S+){0,4}? to (?:watch|spy on"
        r"|record|listen to|keep an eye on|check on) me",
        r"(?:i'm|im|i am|i feel|i'm being|i am being|being) (?:constantly )?(?:monitored"
        r"|watched|spied on|checked up on|policed) (?:by (?:him|her|them|my \w+)|all the"
        r" time|constantly|every)",
        r"(?:my|our) (?:phone|messages|texts|emails?) (?:get|gets|got|are|were|is|was)"
        r" (?:checked|read|searched|gone through) (?:by (?:him|her|them|my \w+)|every (?:day"
        r"|night|morning|evening))",
    ),
    "isolation": (
        r"(?:i'm|im|i am|i was|i've been|we're|we are) (?:not|never|no longer) (?:allowed"
        r"|permitted) to (?:(?:see|visit|talk to|speak to|call|phone|ring|text|message|meet"
        r"|go out with|hang out with|spend time with|have|contact|go (?:and )?see) {PEOPLE}"
        r"|go out|go anywhere|work|have a job|get a job|go to work|have friends|have a phone"
        r"|have my own phone|go to (?:the gym|church|college|uni|school|class)|drive)",
        r"(?:i have|i've got|i've|i had|i've lost|i lost) (?:no|no more|hardly any|barely"
        r" any|zero) (?:friends|one)(?: left)?(?: \S+){0,3}? (?:because of|since|thanks to)"
        r" (?:him|her|them|my \w+|i met|we|the relationship)",
        r"i(?:'m| am) not to (?:see|visit|talk to|call|meet|go)",
        r"so (?:that )?i (?:wouldn't|won't|don't|didn't|can't|couldn't) (?:have|see|know)"
        r" (?:anyone|anybody|any friends|my family|my friends|people|a soul)",
        r"(?:i've|i have|i had) lost (?:all )?(?:of )?my (?:friends|family)(?: \S+){0,3}?"
        r" (?:because of|since|thanks to) (?:him|her|them|my \w+|we|the relationship|i met)",
        r"(?:i|we) (?:can't|cannot|can not|couldn't|am not able to|'m not able to) (?:see"
        r"|visit|talk to|call|meet|have) (?:my )?(?:friends|family)(?: any ?more)?"
        r" (?:because|or|without) (?:he|she|they|of (?:him|her|them)|my \w+)",
    ),
    "financial": (
        r"(?:(?:have|had|have got|'ve got|need) to|(?:makes|made|make|forces|forced|expects"
        r"|expected) me(?: to)?) (?:show (?:him|her|them)|ask (?:him|her|them|my \w+) for"
        r"|beg (?:him"
        r" |her |them |my \w+ )?for|justify|account for|explain|get permission for) (?:every"
        r"|each|any|all|all of) (?:single )?(?:penny|cent|pound|dollar|euro|receipt|purchase"
        r"|thing i buy|money|expense|coffee|spending)",
        r"(?:have|had|have got|'ve got) to ask (?:him|her|them|my \w+) (?:for money|for cash"
        r"|before i (?:spend|buy))",
        r"(?:i'm|im|i am|i was|i've been) (?:not|never) (?:allowed|permitted) to (?:have|open"
        r"|keep|touch|use|spend|access|see|manage|earn) (?:my own |any |a |the |our |my )?"
        r"(?:money|bank account|account|card|cards|cash|salary|pay|finances|savings"
        r"|own money|bank statements)",
        r"(?:debts?|loans?|credit cards?|overdraft|bills)(?: \S+){0,3}? in my name"
        r" (?:without|that i (?:didn't|never|don't)|i (?:didn't|never|don't) know)",
        r"(?:was|were|got|has been|have been) (?:taken out|opened|put|run up) in my name",
        r"(?:i get|i got|i'm given|i am given|i was given|i'm on|i am on|i'm put on) an?"
        r" (?:\w+ )?allowance (?:from|by) (?:him|her|them|my \w+)",
    ),
    "confinement": (
        r"so (?:that )?i (?:can't|cant|couldn't|couldnt|cannot|could not|wouldn't be able to)"
        r" (?:leave|get out|escape|go anywhere|get away)",
        r"so (?:that )?i (?:was|am|'m|were|would be) (?:stuck|trapped|stranded)",
        r"(?:i'm|im|i am|i was|i've been|we're|we are|we were) (?:not|never) (?:allowed"
        r"|permitted) to (?:leave|go home|leave the (?:house|flat|room|apartment)|go outside"
        r"|go out alone|go out without (?:him|her|them))",
        r"(?:i was|i got|i've been|i have been|we were|i'm|i am) (?:locked|shut|trapped)"
        r" (?:in|out|inside|outside|up)(?: \S+){0,5}? by {THEM}",
    ),
    "own_behaviour": (
        r"(?:scared|afraid|frightened|terrified|worried) (?:of|about) (?:my (?:own )?(?:temper"
        r"|anger|rage|violence|behaviou?r|outbursts)|what i (?:might|could|would|will|'ll) do"
        r"(?: to (?:him|her|them))?|hurting (?:him|her|them)|losing control (?:with|around)"
        r" (?:him|her|them))",
        r"(?:am i|i'm|im|i am|i've been|i have been|i might be|i may be|i think i'm|i think i"
        r" am|i worry i'm|i'm worried i'm|i'm scared i'm|i'm becoming|i am becoming)"
        r" (?:being |becoming |turning )?(?:controlling|abusive|violent|possessive|the abuser"
        r"|the abusive one|a controlling|an abusive|coercive)",
        r"i (?:\w+ ){1,4}?(?:and|then) (?:then )?(?:hit|hits|slapped|punched|kicked|shoved"
        r"|pushed|grabbed|choked|strangled|smacked|shook|threw \w+ at) {THEM}{GUARD}",
    ),
}

# Verb phrases that follow the writer as subject ({I} is put in front): the writer's own
# controlling or violent behaviour. A single look at a partner's phone is not here.
WRITER: tuple[str, ...] = (
    r"{HITV} {THEM}{GUARD}",
    r"(?:{HITV}|squeez\w+|grip\w*|twist\w*|yank\w*|pull\w*|pinch\w*) {THEIR} (?:arms?"
    r"|wrists?|face|neck|throat|hair|head|shoulders?|chest|jaw|nose|ears?)",
    r"threaten(?:s|ed|ing)? (?:to|{THEM}|that)",
    r"(?:made|make|makes|forced|force|forces|pressured|pressure|demanded|demand|demands"
    r"|insisted|insist) (?:that )?(?:{THEM} )?(?:to )?(?:give|hand over|tell|show|unlock"
    r"|share|send) (?:me )?(?:all )?(?:of )?(?:{THEIR} )?(?:passwords?|passcodes?|pin"
    r"|phone|location|messages|texts)",
    r"(?:demanded|demand|demands) {THEIR} (?:passwords?|passcodes?|phone|pin)",
    r"(?:read|check|checked|checks|go through|went through|goes through|look through"
    r"|looked through|scroll through|scrolled through|read through|search|searched"
    r"|snoop through|snooped through|snoop on|snooped on) (?:all (?:of )?)?{THEIR}"
    r" (?:phone|messages|texts"
    r"|e-?mails?|dms|chats|whatsapps?|inbox|diary|journal|call log|laptop|bag|pockets"
    r"|accounts?)(?: \S+){0,4}? (?:every|each|all the time|constantly|daily|nightly"
    r"|whenever|again and again|over and over|several times|most (?:days|nights|mornings)"
    r"|for (?:weeks|months))",
    r"(?:(?:can't|cannot|couldn't) stop )?(?:checking|reading|going through|looking through"
    r"|scrolling through|snooping through|searching|tracking|monitoring) {THEIR} (?:phone"
    r"|messages|texts|e-?mails?|location|dms|chats|whatsapps?|inbox|laptop|accounts?|bank"
    r"|car)",
    r"(?:log|logs|logged|logging|got|get|broke|hack|hacked|hacking) (?:in ?to|into|onto)"
    r" {THEIR} (?:accounts?|e-?mail|facebook|instagram|bank|icloud|google|phone|laptop"
    r"|whatsapp|messages|snapchat|cloud)",
    r"(?:install|installs|installed|installing|put|puts|putting|hid|hide|hides|hiding"
    r"|planted|plant|placed|place|attached|attach|stuck|slipped|slip|left|sewed|taped|added"
    r"|set up|downloaded) (?:a |an |some |another )?(?:\w+ )?(?:trackers?|tracking"
    r" (?:device|app|software)|gps(?: tracker)?|airtags?|air tags?|tile trackers?|spyware"
    r"|stalkerware|spy ?app|spy software|keylogger|location app|hidden camera|camera"
    r"|app)(?: \S+)?? (?:on|in|under|onto|into|inside) (?:{THEIR}|{THEM})",
    r"(?:track|tracked|tracking|tracks|monitor|monitored|monitoring) (?:{THEIR}"
    r" (?:location|phone|car|every move|movements)|{THEM})(?: \S+){0,3}? (?:every|all"
    r"|constantly|24/7|around the clock|without (?:him|her|them) knowing|secretly)",
    r"secretly (?:track|record|monitor|follow)\w* (?:{THEM}|{THEIR})",
    r"(?:follow|followed|follows|following) {THEM} (?:to|home|from|around|again|after"
    r"|everywhere|in my car|without)",
    r"(?:won't|wont|wouldn't|don't|dont|didn't|didnt|never|do not|will not|would not|did not"
    r"|stopped|refuse to|refused to) (?:let|allow|letting|allowing) {THEM} (?:to )?(?:see"
    r"|visit|talk to|speak to|call|text|meet|go out|go anywhere|hang out|spend time|have"
    r"|work|go to|leave|out)",
    r"(?:made|make|makes|forced|force|pressured|pressure|got) {THEM} (?:to )?(?:stop"
    r" (?:seeing|talking to|going|visiting|texting)|cut off|unfriend|block|delete|quit"
    r"|give up|drop|choose between)",
    r"(?:cut|cutting|cuts) {THEM} off from",
    r"(?:lock|locked|locks|locking) {THEM} (?:in|out|up|inside|outside)(?! of (?:my|the)"
    r" (?:account|accounts|email|phone|laptop|computer|app))",
    r"(?:took|take|takes|taking|hid|hide|hides|hiding|kept|keep|keeps|keeping|confiscated"
    r"|confiscate|snatched|snatch|grabbed|grab|yanked|ripped) (?:away )?{THEIR}"
    r" (?:car |house )?(?:keys|phone|passport|id|wallet|cards?|bank card|money|pay|paycheck"
    r"|wages|salary)",
    r"(?:blocked|block|blocks|blocking|stood in|stand in) (?:the |a )?(?:door|doorway|exit"
    r"|way out)",
    r"(?:control|controlled|controls|controlling) (?:all )?(?:of )?(?:{THEIR}|the|our)"
    r" (?:money|finances|spending|bank account)",
    r"(?:give|gave|gives|giving) {THEM} an? (?:\w+ )?allowance",
    r"(?:forced|force|forces|pressured|pressure|pressures|pushed|push|guilted|guilt|coerced"
    r"|made|make) {THEM} (?:into |to )?(?:[\w']+ ){0,2}?(?:sex|sleep with me|sexual)",
    r"(?:interrogat(?:e|ed|es|ing)|grill(?:ed|s|ing)?) {THEM}",
    r"(?:make|made|makes|making|force|forced) {THEM} (?:to )?(?:check in|send me (?:photos"
    r"|pictures|selfies|a photo|a picture)|share (?:his|her|their) location|account for"
    r"|prove where|video ?call me)",
    r"(?:scream|screamed|screaming|shout|shouted|shouting|yell|yelled|yelling) (?:in|into)"
    r" {THEIR} face",
    r"(?:threw|throw|throws|throwing|hurled|smashed|smash|broke|break) (?:[\w']+ ){1,4}?"
    r"(?:at|towards|near) (?:{THEM}|{THEIR} head)",
    r"(?:smashed|smash|broke|break|destroyed|destroy|threw) {THEIR} (?:phone|laptop|things"
    r"|stuff)",
    r"(?:physically (?:hurt|harmed|attacked|abused)|hurt|harmed) {THEM} physically",
    r"physically (?:hurt|harmed|attacked|abused) {THEM}",
    r"(?:told|tell|tells) {THEM} (?:that )?(?:he|she|they)(?:'s| is|'re| are) not allowed to",
    r"(?:told|tell|said to|warned|texted) {THEM} (?:that )?if (?:he|she|they) (?:\S+ ){1,6}?"
    r"i(?:'ll| will|'d| would) (?:leave|hurt|kill|take the kids|break up|end it|make (?:him"
    r"|her|them) pay|never speak)",
)

# The cheap prefilter: a category's cues are tried only in a sentence that satisfies one
# of its entries. An entry is word beginnings joined by "+" (all needed) and "|" (any of
# them); "$" ends a whole word. Every cue must be reachable through some entry; the tests
# check the results with and without the prefilter.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "self_harm": (
        "die$|dead|exist|alive|disappear|forever|life$|myself|living|self|cutting|suicid",
        "crisis|goodbye|overdos|deserve|anymore|pill|tablet|painkiller|meds$|medic",
        "paracetamol|tylenol|ibuprofen|aspirin|jump|crash|swerv|traffic|train|bridge|cliff",
        "balcony|tree$",
        "want|wanting|wish+here$|live$|wake|go$|going|carry|born|gone",
        "end|ending|ended+all$|everything",
        "cut+wrist|arms$|thigh",
        "being+here$|around",
        "without|gone+better|happier",
        "reason|point+liv|go$|going|alive|here$|carry|life$",
        "worth+liv",
        "tired|sick+liv",
        "giving+away$",
        "into$+wall|river|lorry|truck|oncoming",
        "miss|notice|care+nobody|one$|no-one",
        "any$+more$",
        "easier|better+if$|for$",
        "wake|waking+not$|stop",
        "burn|cutting|cut$|scratch|carv|slic+arm|wrist|skin|leg|thigh|stomach|hip",
        "razor|blade|dying|death",
        "died+notice|care|miss",
        "hope|hoping|pray+wake",
        "plan|worked|work|decided|thought|thinking+how$|when$|where$+do$|end",
        "swallow|cabinet|medicine|funeral",
    ),
    "violence": (
        "hit|slap|punch|kick|chok|strangl|throttl|shov|push|grab|beat|bites|biting|bitten",
        "smack|headbutt|shook|shakes|shaking|pinned|pinning|pins$|drag|attack|assault|elbow",
        "kneed|kneeing|stab|smother|suffocat|whip|thump|whack|tackl|threw|throw|hurl|bash",
        "scratch|burn|squeez|grip|twist|yank|pull|pinch|hurt|harm|injur|bruis|neck|throat",
        "mouth|flung|fling|chuck|lobbed|smash|swung|swing|destroy|wreck|trash|ripped|rips$",
        "tore$|slash|slam|lip$|marks$|concussion|kill|drown|poison|violen|physical|spat$",
        "spit|domestic",
        "backhand|trip|stamp|stomp|jab|ram$|rams$|rammed|ramming|body|clobber|wallop|floor",
        "knock|bang|pour|tipped|splash",
        "bit$|bites|biting|bitten+me$|us$|my$|our$", "black+eye", "cut|tear|tears+up$",
        "broke|break|breaks+my$",
        "broken+rib|nose|arm|wrist", "run|ran+over$", "rough+with|me$|us$",
        "held|hold|holds|holding+me$", "cuts$+me$",
    ),
    "threat": (
        "threat|kill|hurt|harm|hit|beat|strangl|stab|shoot|destroy|ruin|kids|children|child",
        "baby|son$|daughter|boys$|girls$|photo|pictur|pics$|video|nudes|images|tape$|sexts",
        "himself|herself|themselves|themself|regret|sorry|dead|hospital|pay$|lose|knife",
        "gun$|weapon|bat$|hammer|blade|blackmail|life$",
        "jump|overdos|stupid|drastic|suffer|hell$|burn|fire$|torch",
        "watch+back$", "all$+if$",
        "body$|section|committed|deport|arrest",
        "live$|work$|staying|sleep+where$",
        "find|come+leave|left|go$|tell|break|end|report|police|after$",
        "find+you$",
    ),
    "sexual_coercion": (
        "sex|porn|threesome|oral$|nude|naked|rape|raping|molest|consent|advantage|owe$",
        "obliged|mood|bed$|asleep|drunk|unconscious|blackout|undress|grop|fondl",
        "forc+himself|herself|themselves",
        "passed+out$",
        "sleeping+touch|grop|with$",
        "sleep+with$",
        "no$+said|say$|saying|take|takes|accept|listen|hear",
        "stop+said|told|begged|asked|cried|crying",
        "shower+film|record|photograph",
        "film|record|photograph+permission|knowledge",
        "obligated|until$|satisfy",
        "touch|kiss|grop+though|although|pushed|pulled|moved|told|asked|begged",
        "slept+photo|pictur|pics$|video|film|record",
        "give|gave|giving+in$",
        "woke+sex|top$|touching|inside|undressing|groping",
        "no$+ignor|overrid|respect",
    ),
    "fear": (
        "afraid|scare|terrif|frighten|petrified|fearful|fear$|feared|fearing|fears$",
        "intimidat|safe$|egg|tiptoe|flinch|bathroom|closet|wardrobe",
        "worried+hurt|hit|kill|harm|snap|lose|explode|attack|find|something|take|strangl",
        "worried+beat|violent",
        "hid|hide|hiding+from$|when$|until|whenever|till|every",
        "dread|cower|freeze|froze|unsafe|edge$|tenterhooks|bracing|braced|explode",
        "know+do$+don't|dont|not$|never",
        "shake|shaking|shook|trembl|panic+car$|key|keys$|voice|footsteps",
    ),
    "stalking": (
        "track|gps|airtag|tile$|app$|apps$|follow|stalk|outside|opposite|across",
        "location+my$|without|secretly|sharing|tracking|services|back$",
        "near$|corner|calling|texting|messaging|ringing|emailing|contacting|times$",
        "numbers|accounts|profiles|past$|watch|somehow|spy",
        "air$+tag|tags$",
        "fake|burner|anonymous|wherever",
        "driv|drove|walk+past$|by$",
        "number|account|profile|phone+new$|different|other|another",
        "blocked+after$", "every+move", "shows|tells|lets|showing|telling+where$",
        "show|showed|showing|shown|turn|turned|turning+up$",
    ),
    "monitoring": (
        "read|check|through|look+my$|me$|every|each|by$|constantly",
        "scroll|search|snoop|dig$|digs$|digging|dug$|rifl|rummag|comb$",
        "combs$|combing|combed|monitor|screenshot|spy$|spies|spied|spying|password|passcode",
        "pin$|pins$|login|logins|code$|codes$|logged|logging|log$|logs$|hack|spyware",
        "stalkerware|keylogger|camera|recorder|recording|listening|bug$|interrogat|grill",
        "cross|examin|question|quiz|listen|eavesdrop|record|photo|pictur|pics$|selfie",
        "video|prove|unlock|watched|policed|report|app$",
        "location+my$|me$",
        "into$+my$",
        "know+every|constantly|24/7|time$|texting|talking|messaging|text$|talk$|message$",
        "know+speak|everyone|whole",
        "account+for$",
        "show+where|who|my$",
        "hand+over$",
        "give|show|tell+phone|messages|texts",
        "text|call+every|each|constantly|whenever|time$|moment|soon|else",
        "key$+logger",
        "recordings|copies|proof",
        "phone+demand|take|took|grab|want|ask",
        "email|message|text|chat|letter|dm$|dms$+send|receive|sent|write",
    ),
    "isolation": (
        "let$|lets$|letting|allow|forbid|forbad|ban$|bans$|banned|prevent|isolat|unfriend",
        "block|delete|quit|drop$|angry|mad$|furious|violent|aggressive|livid|abusive",
        "vicious|sulky|crazy|nasty|permitted|sim$",
        "from$+stop|stops|stopped|keep|keeps|kept",
        "cut+from$|off$|ties|contact",
        "stop+seeing|talking|speaking|visiting|calling|texting|going",
        "give+up$", "move+away$", "choose+between",
        "leave+made|makes|making|forc|pressur|push|got$|gets$",
        "cold+when$|if$|whenever",
        "who$+decid|choos|chose|control|pick",
        "phone|laptop+took|takes|taking|hid|hides|hiding|confiscat|broke|smash|keep|kept",
        "away$|off$+friends|family|sister|brother|mum|mom|parents",
        "like|want+friends|family|anyone",
        "friends|family|one$|left$+because|since|thanks|or$|without",
        "can't|cannot|mustn't|shouldn't|allowed|longer|won't+say|said|told|tells|decid|announc",
        "so$+anyone|anybody|friends|family|people|soul",
        "remov|unfriend|delet",
        "i'm|am$+not$+to$",
    ),
    "financial": (
        "paycheck|paycheque|pay$|paid$|wage|salary|money|earnings|income|benefits|pension",
        "savings|tips$|bank|card|debit|credit|account|inheritance|loan|cash|finance",
        "allowance|budget|passport|id$|visa|papers|documents|certificate|permit|licen",
        "debt|overdraft|bills|mortgage|contract|penny|cent$|pound|dollar|euro|receipt",
        "purchase|expense|spending|sabotag|justify",
        "ruin+job|career|work|interview",
        "ask|beg+every|spend|buy",
        "explain+every",
    ),
    "confinement": (
        "lock|door|doorway|exit|stairs|staircase|hallway|barricad|keys$|trap|prisoner",
        "hostage|captive|disabl|slash|deflat|escape|permitted|shut$",
        "let$|lets$|letting|allow|forbid|forbad|ban$|bans$|banned|prevent+leave|leaving|out$",
        "let$|lets$|letting|allow|forbid|forbad|ban$|bans$|banned|prevent+home$|sight|house",
        "let$|lets$|letting|allow|forbid|forbad|ban$|bans$|banned|prevent+room|flat$|car$",
        "let$|lets$|letting|allow|forbid|forbad|ban$|bans$|banned|prevent+apartment|bedroom",
        "from$+stop|stops|stopped|keep|keeps|kept",
        "way+out$",
        "out$+threw|throw|kick|put|push|shov|chuck",
        "kept|keep|keeps|keeping|held|hold|holds|holding+in$|inside",
        "so$+leave|away$|anywhere|out$|drive",
        "allowed+leave|home$|outside|out$",
        "stuck|stranded",
    ),
    "own_behaviour": (
        "hit|slap|punch|kick|chok|strangl|throttl|shov|push|grab|beat|bites|biting|bitten",
        "smack|headbutt|shook|shakes|shaking|pinned|pinning|pins$|drag|attack|assault|elbow",
        "kneed|kneeing|stab|smother|suffocat|whip|thump|whack|tackl|threw|throw|hurl|bash",
        "scratch|burn|squeez|grip|twist|yank|pull|pinch|threat|password|passcode|pin$",
        "demand|insist|secret|follow",
        "checking|reading|scrolling|snooping|searching|tracking|monitor+his$|her$|their$",
        "checking|reading|scrolling|snooping|searching|tracking|monitor+him$|them$",
        "logged|logging|log$|logs$|hack|track|gps|airtag|tile$|spyware|stalkerware|spy",
        "keylogger|camera|app$|let$|lets$|letting|allow|unfriend|block",
        "delete|quit|lock|keys$|passport|wallet|card|door|doorway|exit|control|allowance",
        "sex|interrogat|grill|face$",
        "photo|pictur|selfie|location|account|prove|video+make|made|forc",
        "smash|destroy|physically|temper|anger|rage$|violence|behaviou|behavior|outburst",
        "hurting|controlling|abusive|abuser|violent|possessive|coercive",
        "unlock",
        "phone+made|make|makes|forc|demand|insist",
        "read|check|through|search|snoop|scroll+every|each|constantly|daily|nightly",
        "read|check|through|search|snoop|scroll+whenever|again|several|most$|weeks|months",
        "going|looking+through",
        "into$+broke|got$|get$",
        "stop+seeing|talking|going|visiting|texting",
        "cut+off$|from$",
        "give+up$", "drop$", "choose+between",
        "phone+took|take|takes|taking|hid|hide|hides|hiding|kept|keep|keeps|keeping",
        "phone|money+confiscat",
        "money|pay$|paycheck|wages|salary+took|take|takes|taking|hid|hide|kept|keep",
        "sleep+with$",
        "broke|break+at$|towards|near$|phone|laptop|things|stuff",
        "what$+do$+scared|afraid|frighten|terrif|worried",
        "snatch",
        "if$+told|tell|said|warned|texted",
        "allowed+told|tell",
    ),
}

# Blanked out before matching: ordinary figures of speech built from alarming words.
FIGURATIVE: tuple[str, ...] = (
    r"(?:dying|die|died|dead) (?:to|for|of|from) (?:see|know|hear|try|go|meet|tell"
    r"|embarrassment|shame|laughter|laughing|boredom|cringe|curiosity|happiness)",
    r"died laughing|to die for|(?:laugh|laughed|laughing) (?:myself )?to death",
    r"(?:bored|tired|sick) to death",
    r"killing it|kill(?:ed|ing)? (?:time|the mood|the vibe|an hour|the lights|the engine)",
    r"(?:could|would) kill for",
    r"hit (?:the|a) (?:gym|road|nail|hay|sack|books|jackpot|bar|roof|ceiling|spot|brakes"
    r"|snooze|ground running|button|wall)|hit it off|hits? me up|hit me up",
    r"(?:is|are|was|were|'s|'re) killing me",
    r"kicked myself|kicking myself|kick myself",
    r"stab(?:bed|s|bing)? (?:me )?in the back",
    r"(?:broke|breaks|break|broken) my (?:heart|trust|spirit)",
    r"threw me (?:a party|a surprise|a curveball|off)",
    r"cut (?:me|him|her|them|myself) (?:some )?slack",
)

NEGATIONS: frozenset[str] = frozenset({
    "not", "never", "no", "nor", "neither", "nobody", "without", "don't", "dont", "didn't",
    "didnt", "doesn't", "doesnt", "isn't", "isnt", "wasn't", "wasnt", "won't", "wont",
    "wouldn't", "wouldnt", "can't", "cant", "cannot", "couldn't", "couldnt", "hasn't",
    "hasnt", "haven't", "havent", "hadn't", "hadnt", "aren't", "arent", "weren't", "werent",
    "shouldn't", "shouldnt", "mustn't",
})

CLAUSE_WORDS: frozenset[str] = frozenset({
    "but", "and", "because", "so", "when", "while", "although", "though", "since", "after",
    "before", "until", "why", "how", "where", "what", "which", "who", "then", "yet", "or",
    "whenever", "cause", "cos",
})

# Capitalised words that start sentences or name things, never the partner.
_NOT_NAMES = """
a an the and but or so if then when while because after before since until though
although as at by for from in into of on onto to with without about above below over under
i i'm i've i'd i'll me my mine myself we us our he him his she her they them their it its
this that these those there here what which who whom whose why how where yes no not never
today tonight yesterday tomorrow now later earlier last next this every each some any all
most many much more less few one two three first second again also even just only still
maybe perhaps sometimes often always usually anyway honestly actually really well okay ok
oh ah hmm please thanks thank sorry hey hi hello dear monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october
november december christmas easter god life work rent tax taxes bills childcare therapy
counselling everything nothing something anything everyone everybody nobody someone
somebody anyone anybody mum mom dad mother father my our your you you're let lets still
what's that's it's there's here's how's who's
"""
NOT_NAMES: frozenset[str] = frozenset(_NOT_NAMES.split())

# A capitalised word right after one of these is a thing or a place ("my Facebook").
DETERMINERS: frozenset[str] = frozenset(
    {"my", "your", "his", "her", "our", "their", "the", "a", "an", "this", "that", "on",
     "in", "at", "to", "from", "via", "through", "into"})
