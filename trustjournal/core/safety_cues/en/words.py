"""English words that guide the reading: negations, clause starts, figures of speech,
and capitalised words that are not names."""

from __future__ import annotations

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
    r"(?:threw|throws|throw|throwing) me (?:a (?:party|surprise|curveball)|off)",
    # A look, a smile or a lifeline is thrown as a gesture, never at anyone.
    r"(?:threw|throws|throw|throwing) me (?:a|an|one|this|that|his|her) (?:\w+ )?(?:look"
    r"|looks|glance|smile|grin|wink|nod|frown|wave|kiss|bone|lifeline|line|compliment"
    r"|hint|question|tantrum|strop|sulk)",
    r"(?:threw|throws|throw|throwing) me under the bus",
    r"cut (?:me|him|her|them|myself) (?:some )?slack",
    # Games and sport: being beaten or tackled in one is winning and losing.
    r"(?:beat|beats|beaten|beating|thrashed|thrashes|smashed|destroyed|tackled|tackles"
    r"|tackling|fouled|flattened) (?:me|us) (?:\w+ )?(?:at|in|during|on) (?:a |an |the |our"
    r" |every |this |that |his |her |their )?(?:\w+ ){0,2}?(?:race|races|game|games|match"
    r"|round|final|quiz|tournament|league|chess|draughts|checkers|squash|tennis"
    r"|badminton|golf|pool|snooker|darts|scrabble|monopoly|cards|poker|bowling|kart"
    r"|fifa|tetris|sudoku|wordle|crossword|trivia|sprint|marathon|parkrun|ping pong"
    r"|football|rugby|cricket|netball|basketball|volleyball|hockey|practice|training"
    r"|five-a-side|wrestling|sparring|karate|judo|boxing|fencing|climbing|cycling"
    r"|rowing|swimming|running|squat|squats|lap|laps|level|uno|catan|risk|jenga"
    r"|charades|pictionary|console|playstation|xbox|switch|mario|zelda)\b",
    r"(?:beat|beats|beaten) (?:me|us) (?:to it|to the (?:\w+ )?(?:finish|line|top|car|door"
    r"|bathroom|shower|punchline|last \w+)|by (?:\w+ )?(?:points?|seconds?|minutes?|goals?"
    r"|strokes?|shots?|lengths?|frames?|games?|sets?)|\d+ ?- ?\d+)",
    r"(?:beat|beats|beaten|broke|breaks) my (?:\w+ )?(?:time|score|record|high score|pb)",
    # Bills, illnesses and news "hit" people without a hand.
    r"(?:hit|hits|hitting)(?: me| us)? with (?:a |an |the |this |that |another |our |my )?"
    r"(?:\w+ ){0,2}?(?:bill|bills|fine|fines|charge|charges|fee|fees|tax|invoice|rent"
    r"|penalty|ticket|cold|flu|virus|bug|news|deadline|cost|costs|demand|rise|hike"
    r"|increase|reminder|question|questions|reality)\b",
    # "My sister will kill me" is a figure of speech: family, friends and bosses do not
    # mean it ("he will kill me" stays a threat unless it is about a spoiler or said
    # with a laugh, below).
    r"(?:my |our )(?:mum|mom|mother|dad|father|sister|sis|brother|bro|boss|teacher|coach"
    r"|friend|flatmate|roommate|housemate|gran|grandma|granny|nan|nana|grandad|grandpa"
    r"|aunt|auntie|uncle|manager|kids|daughter|son|bestie|best friend|editor|landlord"
    r"|mother-in-law|mil|colleague|team)(?:'ll| will| is going to|'s going to| would|'d"
    r"| is gonna|'s gonna) (?:literally |actually |absolutely |honestly )?(?:kill|murder"
    r"|strangle|throttle|skin|slaughter|have my head|disown)(?: me)?",
    r"(?:kill|kills|murder|murders|strangle|strangles|throttle|throttles) me if i"
    r" (?:\w+ ){0,3}?(?:spoil|spoils|spoiled|spoilt|spoiler|spoilers)\b",
    r"(?:kill|kills|murder|murders|strangle|strangles|throttle|throttles) me"
    r" (?:if|when)(?: \S+){1,10}?,? (?:haha\w*|ha ha|hehe|lol|lmao|jk|just kidding|kidding)",
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
