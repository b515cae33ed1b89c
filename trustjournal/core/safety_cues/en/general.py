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
        # Play and affection are thrown too: "a pillow at me", "the ball to me".
        lx.THROW_WORDS + r" {PLAY}(?:[\w']+ ){1,5}?" + lx.NEAR,
        lx.alt("kneel on:kneeled on,knelt on", "sit on:sat on") + r" (?:my (?:chest|throat"
        r"|neck|back|stomach|head|face|arms?|legs?|hands?)|" + lx.DEPENDANTS + ")",
        lx.alt("pour", "tip", "splash", "throw:threw,thrown", "chuck", "fling:flung")
        + " {PLAY}" + r"(?:\S+ ){1,4}?(?:on|over|onto|at|in|into) (?:me|my " + lx.BODY_PARTS + "|"
        + lx.DEPENDANTS + ")",
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
        r" (?:kids|children|child|son|daughter|baby|boys|girls)(?! (?:to|for|out|swimming"
        r"|camping|shopping|along|on (?:a|the)|home|over|tonight|today|this|next|after"
        r"|at the)\b)"
        r"|make sure (?:i|you) (?:never|won't|don't|will never) see"
        r"|tell (?:everyone|everybody|people|the world|my \w+|the (?:police|court|school"
        r"|kids))(?: \S+){0,3}? (?:if|unless) i"
        r"|" + lx.alt("post", "share", "send:sent", "leak", "publish", "upload",
                      "show:showed,shown", "spread", "expose") + r" (?:(?:all )?(?:of )?(?:my|our)"
        r" (?:\w+ )?(?:photos|pictures|pics|videos|texts|messages)|(?:the |those |these"
        r" |all the )?(?:private|intimate|naked|nude|sexy|personal) (?:photos|pictures|pics"
        r"|videos)|(?:my |the |our )?(?:nudes|sexts|sex tape)))",
        lx.alt("wave", "point", "brandish", "swing:swung", "hold:held", "pull:pulled",
               "flash", "wield", "show:showed,shown", "raise", "aim")
        + r" (?:a|the|his|her|their|an) (?:\w+ )?(?:knife|gun|blade|weapon|bat|hammer|axe"
        r"|machete|razor|screwdriver|scissors|pistol|rifle)(?: \w+)? (?:at|to|towards"
        r"|in front of|near|against) (?:me|my|us|" + lx.DEPENDANTS + ")",
    ),
    "sexual_coercion": (
        r"(?:kept going|keeps going|carried on|carries on|continued|went on) (?:anyway )?"
        r"(?:even though|although|though|when|while|after) i (?:(?:was crying|cried)"
        r"(?! (?:at|over|about|during|because|watching|in the)\b)|said no"
        r"|begged|told (?:him|her|them) to stop|asked (?:him|her|them) to stop|was asleep"
        r"|pushed (?:him|her|them) away|said it hurt|was in pain)",
        r"(?:doesn't|doesnt|didn't|didnt|won't|wont|wouldn't|wouldnt|never|does not|did not"
        r"|will not|would not) (?:stop|stops|stopped) (?:when|even when|after|though"
        r"|even though) i (?:say|said"
        r"|tell|told|beg|begged|ask|asked|cry|cried|scream|screamed)(?: (?:him|her|them))?"
        r"(?: that)? (?:it hurts|it hurt|it's hurting|no|to stop|stop|i'm not|i wasn't"
        r"|i don't want|i didn't want)",
        lx.COERCE_WORDS + r" me (?:into |to )?(?:\S+ ){0,4}?(?:sex|sexual|sleep(?:ing)?"
        r" with|oral|blow ?jobs?|naked|nudes|undress|threesomes?|porn|intercourse)",
    ),
    "stalking": (
        lx.alt("check", "track", "watch", "look up:looked up", "see:saw", "follow", "monitor")
        + r" where i (?:am|go|was|'ve been|have been)(?: \S+){0,4}? (?:on|with|using"
        r"|through|via|every|all day|constantly|24)",
        lx.alt("drive:drove,driven", "walk", "follow", "cycle", "creep") + r" (?:right |close"
        r" )?behind me (?:all the way|home|to|everywhere|for|from|down|along|through)",
        lx.alt("tail", "trail", "shadow", "stalk") + r" me",
        lx.alt("turn up", "show up", "appear", "pop up", "wait:waited", "lurk", "hang around",
               "loiter", "camp out", "park") + r" (?:again )?(?:at|outside|near|by"
        r"|in front of|across from|opposite|around) (?:my|the) (?:\w+ )?(?:work|job|house"
        r"|flat|place|school|gym|office|door|doorstep|window|car|building|apartment|class"
        r"|home|street|shop|shift|mum's|mom's|parents'?|sister's|friend's|new \w+)",
        lx.alt("track", "trace", "locate", "follow", "find:found", "ping") + r" (?:my"
        r" (?:location|phone|car|whereabouts|movements)|me) (?:with|using|through|via|on)"
        r" (?:an? |the |some |his |her |their |my )?(?:\w+ )?(?:app|gps|tracker|airtag"
        r"|tag|phone|location|find my|life360|snapchat map|map|family sharing)",
        r"(?:always |somehow |still )?(?:knows|knew) where i (?:am|was|go|went|'ve been"
        r"|have been)(?: \S+){0,3}? (?:without|even though|though|although|before i"
        r"|somehow|every time|no matter)",
        lx.alt("call", "text", "message", "ring:rang", "email", "phone", "buzz")
        + r" me (?:non-?stop|constantly|dozens of times|hundreds of times)",
    ),
    "isolation": (
        lx.alt("say:said", "tell:told", "claim", "insist", "decide") + r" (?:me )?(?:that )?"
        r"(?:all )?(?:of )?my (?:friends|family|sister|mum|mom|parents|brother|mates"
        r"|colleagues)(?: \S+){0,8}? so i (?:shouldn't|can't|cannot|mustn't|won't|am not"
        r" allowed to|'m not allowed to|have to stop|need to stop|should stop) (?:\w+ )?"
        r"(?:see|seeing|talk|talking|speak|speaking|visit|visiting|call|calling|meet"
        r"|meeting|go)",
        lx.alt("delete", "block", "remove", "erase", "wipe") + r" (?:all )?(?:of )?my"
        r" (?:\w+ )?(?:\w+'s|friends'|family's|parents') (?:numbers?|contacts?|details"
        r"|profiles?|accounts?)",
        lx.alt("move", "take:took,taken", "drag") + r" (?:me|us) (?:\w+ ){0,2}?away from"
        r" (?:all )?(?:my|our) (?:family|friends|parents|mum|mom|town|people|support)",
        lx.alt("say:said", "tell:told", "claim", "insist") + r" (?:me )?(?:that )?(?:all )?"
        r"my (?:friends|family|sister|mum|mom|parents|brother) (?:are|is) (?:\w+ ){0,2}?"
        r"(?:a bad influence|bad influences|toxic|against (?:us|him|her|them)|poisoning"
        r"|turning me against)(?: \S+){0,6}? (?:so i|and i (?:can't|shouldn't|mustn't)"
        r"|and (?:won't|doesn't) let)",
    ),
    "financial": (
        lx.alt("control", "take:took,taken", "keep:kept", "manage", "track", "count",
               "account for", "decide on:decided on") + r" every (?:penny|pound|dollar|cent"
        r"|euro|bit of (?:my )?money|purchase|payment)(?! of (?:the|a|his|her|their|its|our"
        r" (?:club|team|company|school|business))\b)",
        lx.alt("put", "transfer", "move", "pay", "send:sent", "divert", "redirect")
        + r" (?:all )?(?:of )?my (?:whole |entire |full |monthly |weekly )?(?:salary|wages"
        r"|pay|paycheck|paycheque|money|savings|benefits|earnings|income|pension"
        r"|inheritance) (?:straight )?(?:into|to|in) (?:his|her|their) (?:own )?(?:account"
        r"|name|bank|wallet)",
        r"(?:(?:has|have|had|got|gets) )?my (?:passports?|id|id card|visa|papers|documents"
        r"|birth certificate|residence permit|driving licen[cs]e|work permit|bank cards?"
        r"|cards|pin)(?: \S+){0,3}? (?:and|but) (?:\S+ )?(?:won't|wouldn't|refuses|refused|doesn't"
        r"|didn't|will not|would not) (?:to )?(?:give|let|hand|return)",
        lx.alt("check", "go through:went through,gone through", "monitor", "question",
               "inspect", "audit", "scrutinise", "scrutinize") + r" (?:all |every one of |each"
        r" of )?(?:my )?(?:receipts|purchases|spending|bank statements|transactions"
        r"|every (?:penny|pound|dollar|cent|purchase|receipt))",
        lx.alt("give:gave,given") + r" me (?:only |just )?(?:£|\$|€)?\d+ (?:pounds |dollars"
        r" |euros )?(?:a|per|each|every) (?:week|month|fortnight)",
        lx.alt("put", "transfer", "move") + r" (?:everything|the house|the car|all the money"
        r"|all our money|my savings|the accounts?) (?:into|in) (?:his|her|their) (?:own )?"
        r"name",
    ),
    "confinement": (
        lx.alt("shut", "trap", "barricade", "lock") + r" me (?:in|inside|out|outside)"
        r"(?! of (?:my|the|our) (?:\w+ )?(?:account|accounts|email|phone|laptop|computer"
        r"|app|document|doc|file|folder|drive|group|chat|calendar|spreadsheet))",
        lx.alt("nail", "screw", "bolt", "padlock", "chain", "board up") + r" (?:up )?"
        r"(?:the|my|our|all the) (?:\w+ )?(?:windows?|doors?|gate)",
        lx.alt("take:took,taken", "hide:hid,hidden", "keep:kept", "steal:stole,stolen")
        + r" (?:the|my) (?:\w+ )?(?:keys|shoes|coat)(?: \S+){0,3}? (?:so (?:that )?i"
        r" (?:can't|couldn't|cannot|could not|wouldn't|won't)|to (?:stop|keep) me)",
    ),
    "fear": (
        lx.alt("make:made") + r" me (?:feel )?(?:so |really |very )?(?:scared|afraid"
        r"|terrified|frightened|unsafe|fear for)",
    ),
    "monitoring": (
        lx.DEMAND_WORDS + r" me (?:to )?(?:screenshot|forward|send|show|read out|hand over"
        r"|print)(?: (?:him|her|them))? (?:all )?(?:of )?my (?:\w+ )?(?:messages|texts|chats"
        r"|conversations|emails|dms|call log|photos|whatsapps)",
        r"(?:demands|demanded|insists|insisted|demanding|insisting) (?:on )?(?:to )?"
        r"(?:seeing|see|check|checking|look at|looking at|go through|going through|read"
        r"|reading) (?:all )?(?:of )?my (?:\w+ )?(?:phone|messages|texts|emails?|call"
        r" (?:log|history)|dms|chats|inbox|laptop|accounts?|photos|camera roll)",
        r"(?:asks|asked|demands|demanded|insists|insisted|wants|wanted) to (?:see|check"
        r"|look at|go through|read) my (?:phone|messages|texts|emails?|call log|dms|chats"
        r"|whatsapp|inbox|laptop)(?: \S+){0,3}? (?:every|each|whenever|all the time"
        r"|the moment|as soon as|at night|before)",
        r"(?:has|knows|got|gets|keeps|kept|have) (?:all )?(?:of )?my (?:\w+ )?(?:passwords"
        r"|passcodes|logins|pin)",
        r"(?:check|checks|checked|checking|see|sees|saw) who i(?:'ve| have)? (?:been )?"
        r"(?:texting|talking to|messaging|calling|texted|messaged|called|talked to|speaking"
        r" to)",
        r"(?:wants|wanted|demands|demanded|needs|needed|has|had|insists on|insisted on) to"
        r" know (?:where i(?:'ve| have) been|who i was with|who i(?:'ve| have) been (?:with"
        r"|talking to|texting)|why i was late|every (?:place|move|detail))",
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
    "own_behaviour": (
        r"i(?:'ve| have| had)?(?: \w+ly)? " + lx.HARM_WORDS + r" (?:him|her|them|my (?:own )?"
        r"(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|ex))(?: \S+)?? "
        r"(?:against|into|onto|to the|across|down|in the|on the|by the|around|so hard"
        r"|hard|until|till)",
    ),
    "self_harm": (
        r"(?:(?<=^)|(?<=\bi )|(?<=\bi've )|(?<=\bbeen )|(?<=\bkeep )|(?<=\bkept )"
        r"|(?<=\bstarted )|(?<=\balso )|(?<=\bjust )|(?<=\bthen )|(?<=\band )"
        r"|(?<=\bagain )|(?<=\bwas )|(?<=\bam )|(?<=\bi'm ))"
        + lx.alt("scratch", "cut:cut", "pick", "dig:dug", "claw", "bite:bit,bitten", "hit:hit",
               "punch", "bang", "burn:burned,burnt", "carve")
        + r" (?:at |into )?(?:my|myself|the wall|a wall|the door)(?: \S+){0,5}? (?:till"
        r"|until|so) (?:they|it|i|my \w+) (?:bleed|bled|bleeds|split|splits|broke|bruised"
        r"|blistered)",
        r"bleed(?:ing)? out|lethal dose|painless (?:way|ways|death)",
        r"(?:googl|search|look|looked|research)\w*(?: up)? (?:\w+ ){0,5}?(?:to die|to kill"
        r" myself|to overdose|how to hang|ways to die|how many \w+ (?:it )?(?:takes|would"
        r" take))",
        r"(?:hit|kill|killed|run over|ran over|runs over|take|took) me(?: \S+){0,3}?,?"
        r" (?:i'd|i would|it would|it'd) (?:be relieved|feel relieved|be glad|be a relief"
        r"|not mind|not care|be grateful|be okay|welcome it)",
        r"(?:wouldn't|would not|won't|don't) (?:mind|care) (?:dying|if i died|not waking up"
        r"|if i didn't wake up|if i never woke up)",
        r"(?:(?:don't|dont|do not|can't|cant|cannot) see|see|is|no|what's|whats|what is)"
        r" (?:the |any )?point (?:of|in) (?:being alive"
        r"|living|life|going on|carrying on|existing|being here|anything any ?more)",
        r"(?:pills|tablets|meds|painkillers)(?: \S+){0,3}? (?:pile|heap|row|line|little"
        r" pile)",
        r"(?:lined up|lining up|counted|counting|piled|pile of|laid out|sorted|stockpiled)"
        r" (?:\w+ ){0,4}?(?:pills|tablets|meds|painkillers|sleeping pills)",
        r"(?:write|writing|wrote|written|record\w*|leave|left|draft\w*) (?:\w+ ){0,3}?(?:to"
        r" say goodbye|goodbye (?:letters?|notes?|messages?|videos?))|saying goodbye to"
        r" everyone",
        r"(?:walk|walking|swim|swimming|wade|wading|drive|driving) (?:out )?into the (?:sea"
        r"|ocean|water|river|lake|traffic)(?: \S+){0,3}? (?:and|&) (?:not|never) (?:come"
        r"|coming) back",
        r"(?:would|'d|will) be (?:better|happier|fine|okay|ok|alright|relieved) (?:off )?"
        r"(?:without me|if i (?:was|were) (?:gone|dead)|if i (?:wasn't|weren't) (?:here|around"
        r"|alive)"
        r"|if i (?:died|disappeared))",
        r"(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing) myself"
        r" (?:jumping|stepping|falling|hanging|dead|in a coffin|off the|in front of|under"
        r" (?:a|the) (?:train|bus|lorry|truck))",
        r"(?:(?<=^)|(?<=\bi )|(?<=\bi've )|(?<=\bbeen )|(?<=\bkeep )|(?<=\bkept )"
        r"|(?<=\bstarted )|(?<=\balso )|(?<=\bjust )|(?<=\bthen )|(?<=\band )"
        r"|(?<=\bagain )|(?<=\bwas )|(?<=\bam )|(?<=\bi'm ))"
        r"(?:step|stepping|stepped|jump|jumping|throw myself|throwing myself) (?:off|in front"
        r" of|from) (?:the|a) (?:platform|ledge|bridge|roof|train|building|cliff|edge"
        r"|balcony|car park|multi-storey|tracks)",
        r"(?:want|wanted|wish|wishing|need) (?:everything|it all|the pain|life|all of it)"
        r" to (?:stop|end|be over),? (?:forever|for good|permanently)",
        r"(?:looking at|looked at|staring at|stared at|thinking about|bought|buying|tied"
        r"|tying|hid|hiding) (?:a|the) (?:rope|noose|belt)(?! (?:swing|ladder|course|bridge"
        r"|for (?:the|a) (?:boat|tent|climb|swing)))",
        r"(?:thought|thinking|think|considered|considering|imagined|imagining) (?:about |of )"
        r"?(?:just )?(?:jumping|hanging myself|drowning myself|overdosing|slitting|throwing"
        r" myself|ending it all|killing myself|taking all|swallowing all|stepping in front)",
        r"(?:a |the )?noose|\bkms\b|unalive (?:myself|me)",
        r"(?:banging|banged|bang|hitting|hit|bashing|bashed|smashing|smashed) my (?:own )?"
        r"head (?:against|on|into) the (?:wall|floor|door|mirror)",
        r"(?:made|make|making) myself bleed",
        r"(?:deserve|deserved|deserves) to die|(?:ready|want|wanted) to die",
        r"(?:i'm|im|i am|i feel) (?:so )?(?:done|finished) with (?:life|living|being alive"
        r"|existing)",
        r"(?:i|i'd|i'll|i could|i would)(?: \S+){0,3}? (?:won't|wouldn't|don't|didn't"
        r"|never|not|dont|wont) wake up(?! (?:late|early|in time|at|before|tired|with|the"
        r"|when|to|for)\b)",
        r"(?:a plan|plans?|planning|planned) (?:for how )?to end (?:things|it all"
        r"|everything|my life|it)(?! (?:with|between|off|properly|nicely|kindly|amicably"
        r"|calmly)\b)",
    ),
    "violence": (
        r"i(?:'ve| have| had|'d)? (?:was|got|been|get|keep getting)(?: \w+ly)? "
        + lx.past(*lx.HARM_VERBS) + r"(?: \S+){0,5}? by {THEM}",
        r"i(?:'ve| have| had|'d)? (?:was|got|get|gets|been|keep getting|am being|'m being"
        r"|were)(?: \w+ly)? " + lx.PASSIVE_WORDS + r"(?! (?:out|off|up|on|by (?:a|an|the"
        r"|some|lightning|accident|mistake|my (?:friend|brother|sister|son|daughter|dad|mum"
        r"|mom|father|mother|coach|teammate|cousin|dog|cat))|at (?:work|school|football"
        r"|rugby|training|practice|the game|the match|\w+ing|chess)|in (?:the|a) (?:game"
        r"|match)|for (?:a )?(?:ball|goal|penalty))\b)",
    ),
    "sexual_coercion": (
        r"(?:woke|wake|wakes|waking)(?: me)?(?: up)?(?: \S+){0,3}? (?:having sex with me"
        r"|on top of me|touching me|inside me|undressing me|groping me|fingering me)",
        r"if i (?:don't|won't|refuse to|say no to|do not|didn't) (?:want to )?(?:sleep with"
        r"|have sex|do it|give (?:him|her|them) sex|put out)(?: with (?:him|her|them))?"
        r"(?: \S+){0,3}? (?:he|she|they|\ue000\w+) (?:sulks|sulk|gets|goes|punishes"
        r"|ignores|yells|screams|hits|won't|stops|withholds|threatens|leaves|storms"
        r"|calls me|says i|accuses)",
        r"(?:pushing|pressuring|nagging|pestering|begging|badgering|guilting|hassling"
        r"|harassing)(?: me)? for (?:sex|nudes|naked \w+|sexy (?:photos|pics|pictures)"
        r"|pics|photos)",
        r"(?:lie|lay|lying|laid) (?:there|still) (?:and wait )?(?:until|till|while)"
        r" (?:he|she|they)(?:'s|'re| is| are)? (?:done|finished)",
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
    "stalking": (
        r"(?:found|find|discovered|there was|there's) (?:a |an |some )?(?:tracker|airtag"
        r"|air tag|tracking device|gps tracker|gps|tile tracker|tracking app)(?: \S+){0,3}?"
        r" (?:in|on|under|inside|attached to) my (?:car|bag|coat|handbag|purse|bike|phone"
        r"|keys|jacket|suitcase|backpack)",
    ),
    "isolation": (
        r"(?:only|just) (?:allowed|permitted) to (?:see|visit|talk to|speak to|call|text"
        r"|meet|go out with|go out|have) (?:\S+ ){0,3}?(?:(?:when|if|while) (?:he|she|they"
        r"|\ue000\w+)(?:'s| is|'re| are) (?:there|around|with (?:me|us)|present|home)"
        r"|with (?:him|her|them)(?! (?:on|at|for)\b)|(?:if|when) (?:he|she|they|\ue000\w+)"
        r" (?:says|agrees|allows|lets))",
        r"(?:i'm|i am|im|i was|i'm no longer|i am no longer) (?:not|no longer) (?:allowed"
        r"|permitted) to (?:see|visit|talk to|speak to|call|text|phone|meet|go out|go to"
        r" (?:my|work|church|the gym|class)|have (?:friends|a job|a phone|my own)|work|drive"
        r"|study|hang out|contact)",
        r"(?:haven't|hasn't|have not|not|never|barely|hardly) (?:seen|spoken to|talked to"
        r"|visited|called) (?:my|any of my|any) (?:\w+ )?(?:friends|family|parents|mum|mom"
        r"|dad|sister|brother|sisters|brothers) (?:in|for|since) (?:\w+ ){0,2}?(?:weeks"
        r"|months|years|ages|we (?:met|moved|married|got))(?: \S+){0,3}? (?:because|since"
        r"|cause|as) (?:he|she|they|\ue000\w+|my \w+)",
    ),
    "financial": (
        r"(?:have|had|need|needed|must) to (?:ask|beg) (?:him|her|them|\ue000\w+|my \w+)"
        r" (?:for|before) (?:money|cash|every|permission to (?:buy|spend|get))",
        r"(?:have|had|need|needed|must) to (?:account for|justify|explain|show (?:him|her"
        r"|them) (?:the )?receipts for) every (?:penny|pound|dollar|cent|purchase|expense"
        r"|euro|thing i buy)",
    ),
    "confinement": (
        r"not (?:allowed|permitted) (?:out|outside|to leave (?:the house|home|the flat"
        r"|the room)|to go outside|out of the (?:house|flat|room|apartment))",
        r"(?:i'm|i am|i was|i got|i've been|i have been|i get) (?:locked|shut|trapped) (?:in"
        r"|inside|out of) (?:the|my|our|his|her|their) (?:\w+ )?(?:room|bedroom|house|flat"
        r"|bathroom|car|basement|cellar|garage|shed|home|apartment)(?! by (?:accident"
        r"|mistake))",
    ),
    "fear": (
        r"in case (?:it's|it is|it was) (?:him|her|them)",
        r"(?:never|don't|can't|cannot) (?:know|tell|predict) (?:which|what) (?:version"
        r"|mood|side|kind of mood|person) (?:of (?:him|her|them) )?(?:is|i'll|will|i'm"
        r"|he's|she's|he'll|she'll|is going to)",
        r"sleep(?:ing|s)? with (?:a knife|the (?:bedroom )?door locked|a chair (?:against"
        r"|under) the door|one eye open)",
        r"(?:keep|kept|keeping|have) a bag packed",
        r"(?:" + lx.FEAR_BODY + r")(?: \S+){0,4}? (?:when|whenever|every time|as soon as"
        r"|if|once) (?:i )?(?:" + lx.FEAR_SIGNS + ")",
        r"(?:when|whenever|every time|as soon as) (?:i )?(?:" + lx.FEAR_SIGNS
        + r")(?: \S+){0,4}?,? (?:" + lx.FEAR_BODY + ")",
    ),
}
