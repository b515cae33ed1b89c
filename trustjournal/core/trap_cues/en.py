"""English cues for the thinking-trap hints (`trustjournal.core.traps`). Pure data.

Text reaches these patterns lower-cased, with straight apostrophes and single spaces; each
cue is tried on the text as written and with its contractions spelled out (SPELLED_OUT),
and must stand as whole words.
"""

from __future__ import annotations

import re

# Who a thought is usually about; "he" and "she" also match "he's"/"hes" via the cues.
_THEY = r"(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|fianc[ée]e?))"
_IS = r"(?:'s|s|'re| is| are| was| were)"  # "he's", "hes", "they're", "she is", ...
_BAD_NOUN = (
    r"(?:idiot|fool|loser|failure|liar|cheat|cheater|fraud|mess|wreck|joke|burden|psycho"
    r"|pathetic|worthless|useless|stupid|selfish|monster|snake|player|manipulator"
    r"|narcissist|nobody|(?:bad|terrible|awful|horrible|useless) (?:person|partner))"
)

CUES: dict[str, tuple[tuple[str, int], ...]] = {
    "overgeneralising": (
        (r"always", 2),
        (r"never", 2),
        (r"every (?:single )?time", 3),
        (r"each time", 2),
        (r"all the time", 2),
        (r"again and again|over and over", 2),
        (r"every(?:one|body)|no ?one|nobody", 1),
        (r"all (?:men|women|guys|girls|partners|people) (?:are|do|will|cheat|lie)", 3),
        (r"(?:men|women|guys|girls|people) are all", 3),
        (r"as usual|typical", 1),
    ),
    "mind_reading": (
        (rf"{_THEY}{_IS} (?:probably|obviously|clearly|secretly)", 2),
        (r"probably (?:with|seeing|texting|talking to) (?:someone|somebody|her|him|them)", 3),
        (r"must (?:be|have been) (?:hiding|seeing|cheating|lying|with|texting|bored|tired of"
         r"|fed up|planning|thinking (?:about|of))", 3),
        (rf"{_THEY} (?:must|secretly|obviously) (?:think|want|feel|hate|regret|know|wish)", 3),
        (rf"{_THEY} (?:thinks?|believes?|feels?) (?:i'm|im|i am|that i|i've|i have|me)", 3),
        (rf"{_THEY} (?:doesn't|does not|don't|do not) (?:really )?(?:care|love|want|respect)"
         r" (?:me|about me)", 2),
        (rf"{_THEY}{_IS} (?:hiding|lying|cheating|pretending|faking|bored|tired of)", 2),
        (r"(?:is|are|'s|'re) (?:hiding|keeping) (?:something|secrets)", 2),
        (rf"i (?:just )?know (?:that )?{_THEY}", 2),
        (rf"(?:i )?can tell (?:that )?{_THEY}", 2),
    ),
    "fortune_telling": (
        (r"(?:it|this|we)(?:'s| is| are|'re) going to end", 3),
        (r"(?:'s|'re| is| are) going to (?:leave|cheat|end|break up|dump|hurt|lie|betray|go)",
         3),
        (r"(?:will|would|is going to|are going to) (?:leave|cheat on|dump|hurt|betray|replace"
         r"|abandon) (?:me|us)", 3),
        (r"(?:will|'ll) (?:find|choose|pick) someone (?:else|better)", 3),
        (r"(?:it|this|we|things) (?:won't|will not|will never|are never going to|'ll never)"
         r" (?:work|last|change|get better)", 3),
        (r"(?:i'll|i will|i'm going to) (?:end up|be|die) alone", 3),
        (r"only a matter of time|sooner or later", 3),
        (r"(?:bound|sure) to (?:happen|end|fail|leave|cheat|go wrong)", 2),
        (r"what if (?:he|she|they|it|this)", 1),
    ),
    "catastrophising": (
        (r"ruin(?:s|ed)?(?: everything)?", 2),
        (r"disast(?:er|rous)", 2),
        (r"catastroph\w*", 2),
        (r"(?:the )?end of the world", 3),
        (r"(?:can't|cannot|couldn't|won't be able to) (?:survive|cope|bear|take it|live without)",
         3),
        (r"unbearable|nightmare|the worst thing", 2),
        (r"i(?:'ll| will| would)(?: just)? die", 3),
        (r"(?:everything|my life|our life|it all)(?:'s| is| would be| will be) (?:over|gone"
         r"|falling apart|destroyed)", 3),
        (r"falling apart|destroy(?:s|ed)? (?:me|us|everything)", 2),
        (r"terrible|awful|horrible", 1),
    ),
    "all_or_nothing": (
        (r"nothing ever", 3),
        (r"(?:all|everything) or nothing", 3),
        (r"completely|totally|entirely|utterly", 2),
        (r"(?:everything|it all|the whole (?:thing|relationship))(?:'s| is| was) (?:a lie|fake"
         r"|wrong|ruined|lost|pointless|wasted|a mistake)", 2),
        (r"nothing (?:good|right|works|is right|is good)", 2),
        (r"(?:it's|it is|it was|everything's|everything is) all (?:fake|a lie|lies|wrong"
         r"|over|for nothing)", 2),
        (rf"if {_THEY} really (?:loved|cared|wanted|respected)", 2),
        (r"(?:total|complete|utter) (?:failure|disaster|mess|waste)", 2),
        (r"(?:one|a) hundred percent|100 ?%|perfect(?:ly)?", 1),
        (r"not (?:even )?(?:a single|one)(?= \w)", 1),
    ),
    "personalising": (
        (r"(?:it's|its|it is|it was|this is|that's|thats|that is) (?:all )?(?:my|my own) fault",
         3),
        (r"my fault", 2),
        (r"because of me", 3),
        (r"(?:i'm|im|i am) (?:the one )?to blame", 3),
        (r"blam(?:e|ing) myself", 2),
        (rf"{_THEY}{_IS} (?:upset|angry|distant|quiet|cold|late|sad|mad|off|unhappy) because"
         r" (?:of )?(?:me|i)", 3),
        (r"(?:must|should) have been something i (?:said|did)|something i (?:said|did)", 2),
        (r"what did i do(?: wrong)?", 2),
        (r"(?:i|i've|i have) (?:pushed|driven|drove) (?:him|her|them) away", 3),
        (r"if only i", 1),
    ),
    "emotional_reasoning": (
        (r"feel\w*(?: it| that| like it| this)?,? (?:so|therefore|which means|that means)"
         r" (?:it|that|he|she|they|i|this)(?:'s| is| must| has to| means)", 3),
        (r"(?:must|has to) be (?:true|real|right|happening)", 2),
        (r"feel\w* .{0,60}?\bthat (?:something|it|he|she|they) (?:must|has to)", 3),
        (r"something (?:must|has to) be (?:going on|wrong|up)", 2),
        (r"(?:if|because|since) i feel", 2),
        (r"feels? (?:true|real|like the truth|like a fact)", 2),
        (r"my (?:gut|feelings?|heart|instinct)(?:'s| is)? (?:says|tells me|is telling me|knows"
         r"|can't be wrong|is never wrong|never lies)", 2),
        (r"(?:wouldn't|would not) feel (?:this|so|like this)", 3),
    ),
    "labelling": (
        (rf"(?:i'm|im|i am|you're|you are|{_THEY}{_IS}) (?:such |just |so |a |an |a total"
         rf" |a complete |a real |nothing but )*{_BAD_NOUN}", 3),
        (rf"what an? {_BAD_NOUN}", 3),
        (r"liar|cheater|loser|idiot|narcissist|psycho", 1),
    ),
    "should_statements": (
        (r"should(?:n't|'ve| have| not)?", 2),
        (r"ought(?:n't)? to|ought not", 2),
        (r"supposed to", 1),
        (r"(?:has|have) to (?:always|never)", 2),
        (r"(?:i|you|he|she|they|we|partners?|people) must(?:n't| not)?"
         r"(?! (?:be|have|think|know|feel|want|see|mean|hate)\b)", 2),
    ),
    "mental_filter": (
        (r"(?:the )?only thing i (?:can )?(?:think about|remember|see|notice)", 3),
        (r"all i (?:can )?(?:think about|remember|see|notice|hear)", 3),
        (r"can't stop thinking about|cannot stop thinking about", 2),
        (r"(?:keep|kept) (?:thinking about|going back to|coming back to|replaying)", 2),
        (r"(?:ruined|spoiled|spoilt) the (?:whole|entire)", 3),
        (r"(?:the )?(?:whole|entire) (?:day|night|evening|weekend|holiday|trip|week|thing)"
         r" (?:was|is) (?:ruined|spoiled|spoilt|a waste|awful|terrible)", 3),
        (r"(?:that|this|the) one (?:thing|text|message|comment|look|moment|remark)", 2),
        (r"(?:none|nothing) of the (?:good|nice)", 2),
    ),
    "discounting_positive": (
        (r"(?:doesn't|does not|don't|do not|didn't|did not) count", 3),
        (r"only (?:because|'cause|cause|out of)", 3),
        (r"only (?:did|does|said|says) (?:it|that|this|so|sorry)", 3),
        (rf"{_THEY}{_IS}? (?:only|just) (?:being nice|saying (?:that|it)|doing (?:it|this|that)"
         r"|pretending|acting|trying to)", 3),
        (r"(?:it|that|this) (?:was|is) (?:just|only) (?:luck|a fluke|once|one time|nothing)", 3),
        (r"(?:anyone|anybody) (?:could|would|can) (?:have )?(?:do|done) (?:that|it)", 2),
        (r"(?:doesn't|does not|didn't|did not) (?:mean|matter) (?:anything|much)|means nothing",
         2),
        (r"(?:yes|yeah|sure|okay|ok),? but", 2),
        (r"out of guilt|guilty conscience", 2),
    ),
    "blaming": (
        (r"(?:it's|it is|it was|this is|that's|that is) (?:all )?(?:his|her|their|your) fault",
         3),
        (r"(?:his|her|their|your) fault", 2),
        (rf"{_THEY} made me (?:do|say|feel|check|look)", 3),
        (r"because of (?:him|her|them|you)", 2),
        (r"nothing to do with me", 2),
    ),
    "past_repeats": (
        (r"(?:just )?like (?:my ex|last time|before|my (?:dad|mum|mom|father|mother))", 3),
        (r"(?:happening|all over) again|here we go again|history repeat\w*", 3),
        (r"(?:how|the way) it (?:started|began|begins|starts) (?:last time|before|with)", 3),
        (r"(?:my|an) ex (?:did|used to|started)", 2),
    ),
    "love_tests": (
        (r"(?:test|testing) (?:him|her|them|if|whether)", 3),
        (r"to see if (?:he|she|they) (?:notice|notices|remember|remembers|care|cares|"
         r"come|comes|call|calls|text|texts)", 3),
        (r"if (?:he|she|they) (?:forget|forgets|doesn't notice|don't notice), i(?:'ll| will)"
         r" know", 3),
        (r"(?:won't|will not) remind (?:him|her|them)", 2),
    ),
    "worry_keeps_me_safe": (
        (r"if i (?:stop|quit) (?:worrying|watching|checking|looking)", 3),
        (r"(?:let|letting|drop|dropping) my guard down", 3),
        (r"(?:be|am|was) the last (?:one )?to know", 3),
        (r"(?:worrying|checking|watching) (?:keeps|kept) me (?:safe|ready|prepared)", 3),
        (r"(?:on|keep) my guard", 2),
    ),
    "doubting_my_radar": (
        (r"(?:can't|cannot|don't|do not|never) trust (?:my own|my) (?:judgment|judgement|gut"
         r"|instincts?|feelings|radar|sense)", 3),
        (r"(?:didn't|did not|never) see it coming", 3),
        (r"missed (?:the|all the) (?:signs|red flags)", 3),
        (r"my (?:gut|judgment|judgement|instincts?|radar) (?:is|are|was|were) (?:wrong|broken"
         r"|useless|off)", 3),
    ),
}

# Contractions spelled out, so a cue written once ("will leave me") also fits "he'll leave
# me"; a cue can't start at an apostrophe because it must stand as whole words.
SPELLED_OUT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=\w)'ll\b"), " will"),
    (re.compile(r"(?<=\w)'d\b"), " would"),
    (re.compile(r"(?<=\w)'re\b"), " are"),
    (re.compile(r"(?<=\w)'ve\b"), " have"),
    (re.compile(r"(?<=\w)'s (?=going to|gonna|gone|got to)"), " is "),
    (re.compile(r"\bgonna\b"), "going to"),
)
