"""Named regex pieces for the broad safety rules (`broad_rules`), and their expansion."""

from __future__ import annotations

import re

from trustjournal.core.safety_cues.en.slots import SLOTS

# -- named pieces --------------------------------------------------------------------------

PIECES: dict[str, str] = {
    **SLOTS,
    # The writer as the one spoken of: subject, object or owner.
    "W": r"(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine)",
    # A gap of up to a few words inside one clause.
    "G": r"(?: [\w'\ue000]+){0,4}",
    "G8": r"(?: [\w'\ue000]+){0,8}",
    "PILLS": (
        r"(?:pills?|tablets?|paracetamol|painkillers?|meds|medication|medicine|sleeping"
        r" pills|antidepressants|insulin|codeine)"
    ),
    "HIGH": (
        r"(?:bridge|cliffs?|roof|rooftop|ledge|balcony|edge|tracks|railway|platform|motorway"
        r"|car park roof|tower|top floor|river|multi-storey)"
    ),
    "HIT": (
        r"(?:slapped|hit|punched|kicked|choked|strangled|shoved|beaten|beat up|smacked|bitten"
        r"|headbutted|stabbed|burned|burnt|scalded|thrown|dragged|pinned|throttled|battered"
        r"|elbowed|kneed|whipped|belted|spat on|attacked|assaulted|hurt|injured)"
    ),
    "THROW": (
        r"(?:threw|throws|throw|throwing|thrown|hurled|hurls|hurling|chucked|chucks|chucking"
        r"|flung|flings|flinging|lobbed|launched|smashed|smashes|smashing|slammed|slams"
        r"|hurled|fired|swung|swings|kicked)"
    ),
    "NEAR": (
        r"(?:at me|at my|by my|near my|next to my|beside my|past my|towards me|toward me"
        r"|right by me|near me|by me|close to me|inches from|at my head|at my face|by my head"
        r"|my feet|my head|my face)"
    ),
    "MONEY": (
        r"(?:salary|wages?|pay ?check|paycheque|pay|earnings|tips|bank cards?|debit cards?"
        r"|credit cards?|pin|pin number|benefits?|savings|child benefit|pension|money|cash"
        r"|student loan|inheritance)"
    ),
    "PAPERS": (
        r"(?:passport|residence (?:permit|card)|permit|visa|id|id card|birth certificate"
        r"|driving licen[cs]e|licen[cs]e|papers|documents|green card|work permit)"
    ),
    "HIS": r"(?:his|her|their|\ue000\w+'s)",
    "PLACE": (
        r"(?:flat|house|home|place|work|office|school|gym|job|shop|cafe|café|car|door"
        r"|building|apartment|parents'|mum's|mom's|friend's|sister's|brother's|street"
        r"|window|shift|class|church|bus stop|station|hotel|workplace|salon|studio)"
    ),
    "ROOM": (
        r"(?:room|bedroom|bathroom|toilet|loo|kitchen|cellar|basement|garage|shed|attic"
        r"|balcony|porch|garden|yard|car|cupboard|closet|house|flat|home|office|study|hall"
        r"|hallway|landing|spare room|box room|utility room|outside)"
    ),
}

_PIECE = re.compile(r"\{([A-Z0-9]+)\}")


def expand(pattern: str) -> str:
    for _ in range(6):
        expanded = _PIECE.sub(lambda m: PIECES[m.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise ValueError("broad safety pieces refer to each other in a loop")
