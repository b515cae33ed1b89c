"""English cues for the writer's own controlling or violent behaviour."""

from __future__ import annotations

# Verb phrases that follow the writer as subject ({I} is put in front): the writer's own
# controlling or violent behaviour. A single look at a partner's phone is not here.
WRITER: tuple[str, ...] = (
    r"{HITV} {THEM}{GUARD}",
    r"(?:{HITV}|squeez\w+|grip\w*|twist\w*|yank\w*|pull\w*|pinch\w*) {THEIR} (?:arms?"
    r"|wrists?|face|neck|throat|hair|head|shoulders?|chest|jaw|nose|ears?)",
    r"threaten(?:s|ed|ing)? (?:{THREATTO}|{THEM}|that)",
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
