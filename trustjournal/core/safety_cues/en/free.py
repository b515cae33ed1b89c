"""English cues that bring their own subject or need none ("I want to die")."""

from __future__ import annotations

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
        r"(?:end|ending|ended|ends|take|taking|took) my (?:own )?life(?! (?:insurance|cover"
        r"|policy|savings)\b)",
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
        r"|i got) (?:(?!not |never |no )\w+ )?suicidal",
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
        # Only the writer's own hand: "my cat scratched my arm" is not self-harm.
        r"{OWNHAND}(?:burn|burning|burned|burnt|cut|cutting|scratch(?:ed|ing)?|carv(?:e|ed|ing)"
        r"|slic(?:e|ed|ing)) (?:into )?my (?:arms?|wrists?|skin|legs?|thighs?|stomach|hips?)"
        r"(?! (?:on|against|in) (?:the|a) (?:\w+ )?(?:oven|stove|pan|iron|kettle|tray|fence"
        r"|glass|door|bush|bramble|branch|nail|thorn|garden|shed))",
        r"(?:the|a|my) razor again|(?:razor )?blades? again|(?:with|holding|held|hold)"
        r" (?:the|a|my) (?:razor|razor blade|blade)s?(?! (?:to|and) shave)",
        r"(?:(?:don't|can't|cannot|do not) see (?:a|any) |no )?(?:way out|answer|option|escape"
        r"|solution)(?: \S+){0,2} (?:except|other than|but"
        r"|apart from) (?:dying|death|to die|suicide|killing myself|ending it)",
        r"if i (?:died|was gone|were gone|disappeared|killed myself)(?: \S+){0,6}?"
        r" (?:anyone|anybody|no one|nobody|no-one) would (?:even )?(?:notice|care|miss me)",
        # Plain wishes to die that "want to die" does not reach; never "die of/for/
        # laughing", which is how "I'd just die" is usually meant.
        r"(?:wanna|should just|let me|(?:me|i) just) die(?! (?:of|from|laughing|for|if"
        r"|when|inside|a little|my|her|his|their|it|the)\b)",
        r"(?:wish|wishing|wished|hope|hoping|pray|praying)(?: that)? (?:someone|somebody"
        r"|something) (?:would |will |could )?(?:just )?(?:kills? me|end it for me)",
        r"how to (?:kill (?:myself|yourself)|commit suicide|end (?:my|your) (?:own )?life(?!"
        r" (?:insurance|cover|policy)))",
        r"(?:god|please),? (?:please )?take me(?: in my sleep| tonight| now)",
        r"(?:don't|dont|do not) want to keep (?:on )?living",
        # Past attempts: "my last attempt" unless it is at or for something else.
        r"(?:my|the) (?:last|previous|first|second|third|latest|recent|failed|suicide)"
        r" attempts?(?! (?:at|to|on|for|of)\b)(?!.*\b(?:test|exam|interview|recipe|cake"
        r"|bread|driving|marathon|job|diet|record|goal|penalty|shot|climb|race)s?\b)",
        r"(?:i|i've|i have|i had) (?:tried|attempted) (?:to (?:die|end it|end my life|go)"
        r"|suicide) (?:before|twice|once|\w+ times)",
        # Hurting a part of one's own body, said to be meant.
        r"{OWNHAND}(?:burn|burnt|burned|cut|slammed|bashed|hit|punched|stubbed|scalded"
        r"|scratched|bit|hurt|smashed|banged|stabbed)(?: \S+){0,3}? my"
        r" (?:hands?|arms?|legs?|wrists?|skin|fingers?|head|face|thighs?|stomach|feet|foot)"
        r"(?: \S+){0,6}? (?:on purpose|deliberately|to punish myself|so it would hurt"
        r"|to feel something|until it (?:bled|blistered))",
        r"{OWNHAND}(?:put out|stubbed out|stubbed|pressed|held|put) (?:a |the |my )?"
        r"(?:cigarette|lighter|lit match|match|iron|hot \w+|boiling \w+|blade|razor)"
        r"(?: out)? (?:on|to|against|into|across) my (?:arms?|legs?|wrists?|skin|hands?"
        r"|thighs?|stomach)",
        r"(?:don't|do not|won't|will not) (?:plan|expect|intend) to (?:be|stay) (?:alive"
        r"|around(?! (?:for|at|on|in|when)\b)|here much longer)",
        r"cutting (?:(?:every|most|each) (?:nights?|days?|evenings?))",
        # Unsafe from oneself is a crisis, not fear of a partner.
        r"(?:not|never|don't feel|dont feel|do not feel|didn't feel|didnt feel|no longer)"
        r" safe (?:from|with|around)"
        r" myself",
        r"(?:don't|dont|can't|cant|do not|cannot) trust myself (?:tonight|right now|alone|not to"
        r" (?:hurt|harm|do)|with (?:the |my )?(?:knives|knife|pills|tablets|blades?|razors?"
        r"|meds))",
        r"urges? to (?:cut|self[- ]?harm|hurt myself|harm myself|burn myself)(?= again"
        r"| tonight| so\b| right now| but\b| and\b|$|,)",
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
        r"(?:\w+'d|\w+'ll|would|will|going to|gonna) break every bone in (?:my|your) body",
        r"(?:kill|hurt|beat up|go after|come after|stab|shoot) (?:anyone|anybody|any (?:man"
        r"|guy|woman|girl)) (?:i|who) (?:date|dates|see|sees|talk|talks|sleep|sleeps|go out"
        r"|goes out|look|looks)",
        r"death threats?",
        r"(?:better )?watch (?:my|your) back",
        r"(?:(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:ever )?)?(?:find|found|hide"
        r"|bury|dump) (?:my|your) body",
        r"(?:have|get|got) me (?:sectioned|committed|deported|arrested|locked up|put away)",
        r"(?:nobody|no one|no-one) (?:would|will|'d|'ll) (?:ever )?find (?:me|you|us)"
        r"(?! (?:here|there|attractive|interesting|boring|funny))",
        r"(?:make|made|have|get|got) (?:me|you) (?:disappear|vanish|killed|taken care of"
        r"|done in|beaten up)",
        r"(?:so|and) (?:that )?i(?:'d|'ll| will| would)? (?:lose|never see|won't see"
        r"|wouldn't see|don't get|won't get) (?:the|my|our) (?:kids|children|son|daughter"
        r"|baby|boys|girls)",
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
        r"(?:forced|forces|forcing|force) sex on (?:me|us)",
        r"(?:it|that|the sex|sex|what happened)(?: \S+)? (?:wasn't|was not|wasnt|isn't|is not"
        r"|isnt) consensual",
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
        r"{AFRAID} (?:to death )?of {THEIR} (?:tempers?|anger|rages?|reactions?|moods?"
        r"|fists|outbursts|violence|drinking)",
        r"{AFRAID} (?:of )?(?:making|getting|setting) (?:him|her|them|my \w+|\ue000\w+)"
        r" (?:angry|mad|furious|cross|off)",
        r"{AFRAID} (?:of )?what (?:he|she|they|\ue000\w+|my \w+)(?:'ll|'d| will| would"
        r"| might| could| may| is going to|'s going to| is gonna)? (?:do|does|did)"
        r"(?! (?:next (?:year|week|month|for|with|in (?:his|her|their)"
        r" (?:life|career|job))|with (?:her|his|their) life)\b)",
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
        # Fear of the partner's reaction (the AFRAID words alone open this category).
        # Telling or asking him something is often only nerves; the stronger words and
        # the acts of standing up to the partner are not.
        r"(?:terrified|frightened|petrified) to (?:tell|ask) (?:him|her|them|my \w+|\ue000\w+)",
        r"{AFRAID} to (?:say no to|disagree with|argue with|confront|question|refuse"
        r"|contradict|stand up to|upset|cross) (?:him|her|them|my \w+|\ue000\w+)",
        r"{AFRAID} (?:of )?how (?:he|she|they|\ue000\w+|my \w+)(?:'ll|'d| will| would"
        r"| might| is going to|'s going to| is gonna)? (?:react|respond|take it)",
        r"too {AFRAID} to (?:tell|say|ask|leave|go home|speak|disagree|argue|say no)",
        r"(?:on edge|on tenterhooks|bracing myself|braced)(?: \S+){0,4}? (?:him|her|them|he"
        r"|she|they)(?: \S+){0,2}? (?:explode|snap|blow up|kick off|lose it|get angry)",
        r"waiting for (?:him|her|them) to (?:explode|snap|blow up|kick off|lose it|turn)",
        r"(?:don't|do not|never) know what (?:he|she|they)(?:'ll|'d| will| would| might| could"
        r"| is going to|'s going to) do(?! (?:for|about|with|next|tonight|today|at|on)\b)",
        r"(?:live|living|lived|lives) in (?:constant |complete |total |daily |permanent )?"
        r"fear|in fear of (?:him|her|them|his|her|their|my \w+)",
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
