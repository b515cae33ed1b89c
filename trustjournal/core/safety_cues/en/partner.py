"""English cues that follow the partner as subject ("he", "my ex-wife", a name)."""

from __future__ import annotations

# Verb phrases that follow the partner as subject ({S} is put in front of each).
PARTNER: dict[str, tuple[str, ...]] = {
    "violence": (
        r"{HITV} {VICTIM}{GUARD}",
        r"(?:{HITV}|squeez(?:e|es|ed|ing)|grip(?:s|ped|ping)?|twist(?:s|ed|ing)?"
        r"|yank(?:s|ed|ing)?|pull(?:s|ed|ing)?|pinch(?:es|ed|ing)?|slam(?:s|med|ming)?"
        r"|bang(?:s|ed|ing)?|smash(?:es|ed|ing)?|knock(?:s|ed|ing)?) {BODY}",
        r"(?:threw|throws|throw|throwing|hurled|hurls|flung|flings|chucked|chucks|lobbed"
        r"|poured|pours|tipped|splashed|spat) {PLAY}"
        r"(?:\S+ ){1,6}?(?:at|over|on|onto) (?:me|us"
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
        r"|smashed|smashes|kicked|kicks|swung|swings) {PLAY}"
        r"(?:[\w']+ ){1,4}?(?:at|towards|toward"
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
        r"(?:threaten|threatn|threat(?=ing)|threten)(?:s|ed|ing)? (?:me|us|{KIDS}|{THREATTO}"
        r"|that|my|with|suicide)",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:kill|hurt|harm|hit|beat|strangle|stab"
        r"|shoot|destroy|ruin|end|finish) (?:me|us|{KIDS}|my (?:life|family|career"
        r"|reputation|mum|mom|dad|friends|sister|brother))",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:take|get|keep) (?:the|my|our) (?:kids"
        r"|children|child|baby|son|daughter|boys|girls)(?! (?:to|for|out|swimming|camping"
        r"|shopping|along|on (?:a|the)|with (?:him|her|them)|home|over|tonight|today"
        r"|this|next|after|at the)\b)",
        r"{SAID} (?:he'd|she'd|they'd|{HEWILL}) (?:post|share|send|publish|leak|show|put"
        r"|upload|spread) (?:(?:[\w']+ ){0,4}?(?:nudes|tape|sexts)|(?:[\w']+ )?(?:my|our"
        r"|private|intimate|naked|nude|sexy) (?:[\w']+ ){0,2}?(?:photos|pictures|pics|videos"
        r"|video|images)|(?:[\w']+ ){0,4}?(?:photos|pictures|pics|videos|video|images)"
        r"(?: \S+){0,4}? (?:if|unless|online|everywhere|to (?:my|everyone|everybody|all"
        r"|your|the internet)))",
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
        r"(?:follow|follows|followed|following) me(?:$| to| home| everywhere| around"
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
        r"|stuff|drawers|belongings|wallet)(?! for (?:the |a |me )?(?:time|times|train|bus"
        r"|weather|directions|map|address|number|recipe|date|photos))",
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
        r"(?:keeps|kept|keep|keeping) me away from (?:{PEOPLE}|everyone|everybody)",
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
        r"|go (?:out|anywhere|back|to(?! bed| sleep))|have (?:friends|a job)|work|keep my job"
        r"|hang out)",
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
        r" (?:account|accounts|email|phone|laptop|computer|app|conversation|decision|plans?"
        r"|document|doc|file|folder|drive|group|chat|spreadsheet)|"
        r" of (?:the|our|my) (?:shared|joint|family|group|work) (?:\w+ )?(?:document|doc|file"
        r"|folder|drive|account|chat|calendar|spreadsheet))",
        r"(?:lock|locks|locked|locking) (?:the|all the|our|my|every) (?:door|doors|front door"
        r"|bedroom door|windows|gate)(?: \S+){0,3}? (?:so (?:that )?i (?:can't|couldn't"
        r"|cannot|could not|wouldn't)|with me (?:inside|in|outside|out)|to (?:stop|keep) me"
        r"|and (?:\S+ )?(?:took|takes|hid|hides|kept|keeps) (?:the )?keys?)",
        r"lock(?:s|ed|ing)? (?:the |my |our )?(?:\w+ )?door (?:from the outside|behind me"
        r"|on me|with me (?:in|inside))",
        r"(?:block|blocks|blocked|blocking|stood in|stands in|standing in|stood in front of"
        r"|stands in front of|standing in front of|barricaded|barricades|sat in front of"
        r"|leaned against|leans against) (?:the |my |our |a )?(?:door|doors|doorway|exit"
        r"|way out|front door|bedroom door|stairs|staircase|hallway|car door)",
        r"(?:took|takes|taken|taking|hid|hides|hidden|hiding|hide|confiscat(?:e|es|ed|ing)"
        r"|stole|steals|stolen|threw away|throws away) (?:away )?my (?:car |house |front door "
        r"|spare |door )?keys",
        r"{NOTLET} (?:leave|leaving|go home|going home|get out|getting out|out|walk out"
        r"|walking out|out of (?:his|her|their|the) (?:sight|house|room|car|flat|bedroom"
        r"|apartment)|go to my (?:mum's|mom's|parents'?|sister's|friend's)|leave the"
        r" (?:house|room|flat|car|bedroom|apartment))",
        r"(?:threw|throws|throw|throwing|thrown|kicked|kicks|kick|kicking|put|puts|pushed"
        r"|pushes|shoved|shoves|chucked|chucks) me out(?! of my comfort zone)(?: of (?:the|our"
        r"|my|his|her|their)"
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
