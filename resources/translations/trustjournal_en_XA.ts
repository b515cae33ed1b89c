<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TrustJournal is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty. The licence&apos;s full text is in the LICENSE file that comes with the app.</source>
        <translation>[TrustJournal íš ƒŕéé šóƒŧŵáŕé: ýóú çáñ ŕéđíšŧŕíƀúŧé íŧ áñđ/óŕ ɱóđíƒý íŧ úñđéŕ ŧĥé ŧéŕɱš óƒ ŧĥé ĞÑÚ Ğéñéŕáĺ Ƥúƀĺíç Ĺíçéñšé áš ƥúƀĺíšĥéđ ƀý ŧĥé Ƒŕéé Šóƒŧŵáŕé Ƒóúñđáŧíóñ, éíŧĥéŕ ṽéŕšíóñ 3 óƒ ŧĥé Ĺíçéñšé, óŕ (áŧ ýóúŕ óƥŧíóñ) áñý ĺáŧéŕ ṽéŕšíóñ. Íŧ çóɱéš ŵíŧĥ ñó ŵáŕŕáñŧý. Ŧĥé ĺíçéñçé&apos;š ƒúĺĺ ŧéẋŧ íš íñ ŧĥé ĹÍÇÉÑŠÉ ƒíĺé ŧĥáŧ çóɱéš ŵíŧĥ ŧĥé áƥƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>[Áƀóúŧ {app} ~·]</translation>
    </message>
    <message>
        <source>A private, offline journal for working through trust issues in a relationship. No account, no network, no telemetry.</source>
        <translation>[Á ƥŕíṽáŧé, óƒƒĺíñé ĵóúŕñáĺ ƒóŕ ŵóŕķíñğ ŧĥŕóúğĥ ŧŕúšŧ íššúéš íñ á ŕéĺáŧíóñšĥíƥ. Ñó áççóúñŧ, ñó ñéŧŵóŕķ, ñó ŧéĺéɱéŧŕý. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation>[Ĵóúŕñáĺ ƒóĺđéŕ: {folder} ~·~·~·]</translation>
    </message>
    <message>
        <source>Journal folder: not open</source>
        <translation>[Ĵóúŕñáĺ ƒóĺđéŕ: ñóŧ óƥéñ ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside TrustJournal. Your saved entries are safe. If this keeps happening, restart the app.</source>
        <translation>[Šóɱéŧĥíñğ ŵéñŧ ŵŕóñğ íñšíđé TrustJournal. Ýóúŕ šáṽéđ éñŧŕíéš áŕé šáƒé. Íƒ ŧĥíš ķééƥš ĥáƥƥéñíñğ, ŕéšŧáŕŧ ŧĥé áƥƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>[Šĥóŵ ƒóĺđéŕ ~·~·]</translation>
    </message>
</context>
<context>
    <name>CelebrationCard</name>
    <message>
        <source>Read it in your journal</source>
        <translation>[Ŕéáđ íŧ íñ ýóúŕ ĵóúŕñáĺ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çĺóšé ~·]</translation>
    </message>
    <message>
        <source>Put this card away (Esc)</source>
        <translation>[Ƥúŧ ŧĥíš çáŕđ áŵáý (Éšç) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation>[“{words}” ~]</translation>
    </message>
    <message>
        <source>Proud of it: {pride} out of 10</source>
        <translation>[Ƥŕóúđ óƒ íŧ: {pride} óúŧ óƒ 10 ~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Daily check-in</source>
        <translation>[Đáíĺý çĥéçķ-íñ ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source> · </source>
        <comment>between the figures of a check-in</comment>
        <translation> [· ~] </translation>
    </message>
    <message>
        <source>{scale} {value}</source>
        <translation>[{scale} {value} ~]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the feelings named</comment>
        <translation>[, ~] </translation>
    </message>
    <message>
        <source>{feeling} {intensity}</source>
        <translation>[{feeling} {intensity} ~]</translation>
    </message>
    <message>
        <source>Feelings: {feelings}</source>
        <translation>[Ƒééĺíñğš: {feelings} ~·~·]</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <source>{date} · {words} · {tags}</source>
        <translation>[{date} · {words} · {tags} ~·]</translation>
    </message>
    <message>
        <source>{date} · {words}</source>
        <translation>[{date} · {words} ~]</translation>
    </message>
    <message>
        <source>{words} · {tags}</source>
        <translation>[{words} · {tags} ~]</translation>
    </message>
</context>
<context>
    <name>DistractionFree</name>
    <message>
        <source>&amp;Distraction-free writing</source>
        <translation>[&amp;Đíšŧŕáçŧíóñ-ƒŕéé ŵŕíŧíñğ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Only the page you are writing on ({shortcut}; Esc leaves)</source>
        <translation>[Óñĺý ŧĥé ƥáğé ýóú áŕé ŵŕíŧíñğ óñ ({shortcut}; Éšç ĺéáṽéš) ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Leave distraction-free writing</source>
        <translation>[Ĺéáṽé đíšŧŕáçŧíóñ-ƒŕéé ŵŕíŧíñğ ~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <source>Title (optional)</source>
        <translation>[Ŧíŧĺé (óƥŧíóñáĺ) ~·~·~·]</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>[Éñŧŕý ŧíŧĺé ~·~·]</translation>
    </message>
    <message>
        <source>Entry day</source>
        <translation>[Éñŧŕý đáý ~·~·]</translation>
    </message>
    <message>
        <source>The day this entry belongs to (change it to backdate)</source>
        <translation>[Ŧĥé đáý ŧĥíš éñŧŕý ƀéĺóñğš ŧó (çĥáñğé íŧ ŧó ƀáçķđáŧé) ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation>[Šŧáŕ ŧĥíš éñŧŕý ~·~·~·]</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>[Šŧáŕ ~·]</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>[Ŧáğš, šéƥáŕáŧéđ ƀý çóɱɱáš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>[Ŧáğš ~·]</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>[Éñŧŕý ŧéẋŧ ~·~·]</translation>
    </message>
    <message>
        <source>Markdown works: **bold**, *italic*, # headings, - lists</source>
        <translation>[Ṁáŕķđóŵñ ŵóŕķš: **ƀóĺđ**, *íŧáĺíç*, # ĥéáđíñğš, - ĺíšŧš ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>[Ƥŕéṽíéŵ ~·~]</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>[Çĥáñğé ŧĥé áñšŵéŕš ~·~·~·~]</translation>
    </message>
    <message>
        <source>Open the exercise again with these answers</source>
        <translation>[Óƥéñ ŧĥé éẋéŕçíšé áğáíñ ŵíŧĥ ŧĥéšé áñšŵéŕš ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>[Ĥóŵ đíđ íŧ ğó? ~·~·~·]</translation>
    </message>
    <message>
        <source>Show the formatted text (Ctrl+Shift+P)</source>
        <translation>[Šĥóŵ ŧĥé ƒóŕɱáŧŧéđ ŧéẋŧ (Çŧŕĺ+Šĥíƒŧ+Ƥ) ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>[Ĥíšŧóŕý… ~·~]</translation>
    </message>
    <message>
        <source>Earlier versions of this entry, to compare or bring back ({shortcut})</source>
        <translation>[Éáŕĺíéŕ ṽéŕšíóñš óƒ ŧĥíš éñŧŕý, ŧó çóɱƥáŕé óŕ ƀŕíñğ ƀáçķ ({shortcut}) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>[%Ln ŵóŕđ ~·]</numerusform>
            <numerusform>[%Ln ŵóŕđš ~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>[Šáṽé šŧáŧúš ~·~·]</translation>
    </message>
    <message>
        <source>Not saved yet — your text is safe here. ({reason})</source>
        <translation>[Ñóŧ šáṽéđ ýéŧ — ýóúŕ ŧéẋŧ íš šáƒé ĥéŕé. ({reason}) ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>History starts once this entry is saved.</source>
        <translation>[Ĥíšŧóŕý šŧáŕŧš óñçé ŧĥíš éñŧŕý íš šáṽéđ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This entry holds the answers of a check-in. Its text is made from them, so change them in the exercise itself; the title, tags, day and star can be changed here.</source>
        <translation>[Ŧĥíš éñŧŕý ĥóĺđš ŧĥé áñšŵéŕš óƒ á çĥéçķ-íñ. Íŧš ŧéẋŧ íš ɱáđé ƒŕóɱ ŧĥéɱ, šó çĥáñğé ŧĥéɱ íñ ŧĥé éẋéŕçíšé íŧšéĺƒ; ŧĥé ŧíŧĺé, ŧáğš, đáý áñđ šŧáŕ çáñ ƀé çĥáñğéđ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This entry holds the answers of an exercise. Its text is made from them, so change them in the exercise itself; the title, tags, day and star can be changed here.</source>
        <translation>[Ŧĥíš éñŧŕý ĥóĺđš ŧĥé áñšŵéŕš óƒ áñ éẋéŕçíšé. Íŧš ŧéẋŧ íš ɱáđé ƒŕóɱ ŧĥéɱ, šó çĥáñğé ŧĥéɱ íñ ŧĥé éẋéŕçíšé íŧšéĺƒ; ŧĥé ŧíŧĺé, ŧáğš, đáý áñđ šŧáŕ çáñ ƀé çĥáñğéđ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>[Íñ ŧĥé ŧŕášĥ ~·~·~]</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>[Éđíŧíñğ… ~·~]</translation>
    </message>
    <message>
        <source>Earlier version restored. The text you had is kept in History.</source>
        <translation>[Éáŕĺíéŕ ṽéŕšíóñ ŕéšŧóŕéđ. Ŧĥé ŧéẋŧ ýóú ĥáđ íš ķéƥŧ íñ Ĥíšŧóŕý. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>[Šáṽéđ ~·]</translation>
    </message>
</context>
<context>
    <name>EntryLink</name>
    <message>
        <source>Untitled</source>
        <translation>[Úñŧíŧĺéđ ~·~]</translation>
    </message>
    <message>
        <source>{title}, {caption}</source>
        <translation>[{title}, {caption} ~]</translation>
    </message>
    <message>
        <source>Open this entry in the journal</source>
        <translation>[Óƥéñ ŧĥíš éñŧŕý íñ ŧĥé ĵóúŕñáĺ ~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>InlineCheckIn</name>
    <message>
        <source>How are you to&amp;day?</source>
        <translation>[Ĥóŵ áŕé ýóú ŧó&amp;đáý? ~·~·~·~]</translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 for each question (the next one follows by itself); Enter saves.</source>
        <translation>[Ŧýƥé á ñúɱƀéŕ ƒŕóɱ 0 ŧó 10 ƒóŕ éáçĥ ɋúéšŧíóñ (ŧĥé ñéẋŧ óñé ƒóĺĺóŵš ƀý íŧšéĺƒ); Éñŧéŕ šáṽéš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Note about today</source>
        <translation>[Ñóŧé áƀóúŧ ŧóđáý ~·~·~·]</translation>
    </message>
    <message>
        <source>More: name your feelings</source>
        <translation>[Ṁóŕé: ñáɱé ýóúŕ ƒééĺíñğš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Optional: pick feelings and how strong each one is</source>
        <translation>[Óƥŧíóñáĺ: ƥíçķ ƒééĺíñğš áñđ ĥóŵ šŧŕóñğ éáçĥ óñé íš ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Step by step…</source>
        <translation>[Šŧéƥ ƀý šŧéƥ… ~·~·~]</translation>
    </message>
    <message>
        <source>The same check-in one question at a time, in its own window</source>
        <translation>[Ŧĥé šáɱé çĥéçķ-íñ óñé ɋúéšŧíóñ áŧ á ŧíɱé, íñ íŧš óŵñ ŵíñđóŵ ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>[Šáṽé ~·]</translation>
    </message>
    <message>
        <source>You checked in today</source>
        <translation>[Ýóú çĥéçķéđ íñ ŧóđáý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Thank you for taking a minute.</source>
        <translation>[Ŧĥáñķ ýóú ƒóŕ ŧáķíñğ á ɱíñúŧé. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Change today&apos;s check-in</source>
        <translation>[Çĥáñğé ŧóđáý&apos;š çĥéçķ-íñ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Change the numbers or the note; it stays one check-in</source>
        <translation>[Çĥáñğé ŧĥé ñúɱƀéŕš óŕ ŧĥé ñóŧé; íŧ šŧáýš óñé çĥéçķ-íñ ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{min} · {low}   —   {high} · {max}</source>
        <translation>[{min} · {low}   —   {high} · {max} ~·~·~]</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>[“{note}” ~]</translation>
    </message>
    <message>
        <source>Fewer: hide the feelings</source>
        <translation>[Ƒéŵéŕ: ĥíđé ŧĥé ƒééĺíñğš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft just now ({error}). It is still here.</source>
        <translation>[Ŵĥáŧ ýóú ŧýƥéđ çóúĺđ ñóŧ ƀé ķéƥŧ áš á đŕáƒŧ ĵúšŧ ñóŵ ({error}). Íŧ íš šŧíĺĺ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Pick a number for “{question}” too, then save. Any number is fine.</source>
        <translation>[Ƥíçķ á ñúɱƀéŕ ƒóŕ “{question}” ŧóó, ŧĥéñ šáṽé. Áñý ñúɱƀéŕ íš ƒíñé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That can&apos;t be saved as it is: {reason}.</source>
        <translation>[Ŧĥáŧ çáñ&apos;ŧ ƀé šáṽéđ áš íŧ íš: {reason}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The check-in could not be saved just now ({error}). Your answers are still here; try again in a moment.</source>
        <translation>[Ŧĥé çĥéçķ-íñ çóúĺđ ñóŧ ƀé šáṽéđ ĵúšŧ ñóŵ ({error}). Ýóúŕ áñšŵéŕš áŕé šŧíĺĺ ĥéŕé; ŧŕý áğáíñ íñ á ɱóɱéñŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation>[Ĵóúŕñáĺ ~·~]</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>[Ñéŵ éñŧŕý ~·~·]</translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation>[Šŧáŕŧ á ñéŵ éñŧŕý (Çŧŕĺ+Ñ) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>[Ṁóṽé ŧó ŧŕášĥ ~·~·~]</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>[Šĥóŵ ŧŕášĥ ~·~·]</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>[Ŕéšŧóŕé ~·~]</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>[Đéĺéŧé ƒóŕéṽéŕ… ~·~·~·]</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>[Éɱƥŧý ŧŕášĥ… ~·~·~]</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>[Ŧíɱéĺíñé ~·~]</translation>
    </message>
    <message>
        <source>Moved to the trash. Open “Show trash” to restore it.</source>
        <translation>[Ṁóṽéđ ŧó ŧĥé ŧŕášĥ. Óƥéñ “Šĥóŵ ŧŕášĥ” ŧó ŕéšŧóŕé íŧ. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>[Đéĺéŧé ƒóŕéṽéŕ? ~·~·~·]</translation>
    </message>
    <message>
        <source>This entry will be deleted for good. This cannot be undone.</source>
        <translation>[Ŧĥíš éñŧŕý ŵíĺĺ ƀé đéĺéŧéđ ƒóŕ ğóóđ. Ŧĥíš çáññóŧ ƀé úñđóñé. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>[Éɱƥŧý ŧĥé ŧŕášĥ? ~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the trash will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>[%Ln éñŧŕý íñ ŧĥé ŧŕášĥ ŵíĺĺ ƀé đéĺéŧéđ ƒóŕ ğóóđ. Ŧĥíš çáññóŧ ƀé úñđóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[%Ln éñŧŕíéš íñ ŧĥé ŧŕášĥ ŵíĺĺ ƀé đéĺéŧéđ ƒóŕ ğóóđ. Ŧĥíš çáññóŧ ƀé úñđóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} The words are still kept and will be offered again next time.</source>
        <translation>[{error} Ŧĥé ŵóŕđš áŕé šŧíĺĺ ķéƥŧ áñđ ŵíĺĺ ƀé óƒƒéŕéđ áğáíñ ñéẋŧ ŧíɱé. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The unsaved words are in the trash, if you want them later.</source>
        <translation>[Ŧĥé úñšáṽéđ ŵóŕđš áŕé íñ ŧĥé ŧŕášĥ, íƒ ýóú ŵáñŧ ŧĥéɱ ĺáŧéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Kept what was saved; the unsaved words are in the entry&apos;s History.</source>
        <translation>[Ķéƥŧ ŵĥáŧ ŵáš šáṽéđ; ŧĥé úñšáṽéđ ŵóŕđš áŕé íñ ŧĥé éñŧŕý&apos;š Ĥíšŧóŕý. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your words are back, and saved.</source>
        <translation>[Ýóúŕ ŵóŕđš áŕé ƀáçķ, áñđ šáṽéđ. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The current entry could not be saved, so it stays open. Your text is still in the editor.</source>
        <translation>[Ŧĥé çúŕŕéñŧ éñŧŕý çóúĺđ ñóŧ ƀé šáṽéđ, šó íŧ šŧáýš óƥéñ. Ýóúŕ ŧéẋŧ íš šŧíĺĺ íñ ŧĥé éđíŧóŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>[Ŧĥé ŧŕášĥ íš éɱƥŧý. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>No entries yet. Press Ctrl+N, or just start typing on the right.</source>
        <translation>[Ñó éñŧŕíéš ýéŧ. Ƥŕéšš Çŧŕĺ+Ñ, óŕ ĵúšŧ šŧáŕŧ ŧýƥíñğ óñ ŧĥé ŕíğĥŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>Pseudo-locale (en_XA, for testing)</source>
        <translation>[Ƥšéúđó-ĺóçáĺé (éñ_ẊÁ, ƒóŕ ŧéšŧíñğ) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>[Ĺáñğúáğé óƒ ŧĥé áƥƥ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>[Šýšŧéɱ ĺáñğúáğé ~·~·~·]</translation>
    </message>
    <message>
        <source>A new language shows the next time TrustJournal starts.</source>
        <translation>[Á ñéŵ ĺáñğúáğé šĥóŵš ŧĥé ñéẋŧ ŧíɱé TrustJournal šŧáŕŧš. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>PerspectiveCard</name>
    <message>
        <source>Who is this journal about, for you?</source>
        <translation>[Ŵĥó íš ŧĥíš ĵóúŕñáĺ áƀóúŧ, ƒóŕ ýóú? ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>It only changes which exercises come first. Every exercise stays open to you, and you can change this any time.</source>
        <translation>[Íŧ óñĺý çĥáñğéš ŵĥíçĥ éẋéŕçíšéš çóɱé ƒíŕšŧ. Éṽéŕý éẋéŕçíšé šŧáýš óƥéñ ŧó ýóú, áñđ ýóú çáñ çĥáñğé ŧĥíš áñý ŧíɱé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <source>Fewer: 3 days, 2 weeks, 3 months</source>
        <translation>[Ƒéŵéŕ: 3 đáýš, 2 ŵééķš, 3 ɱóñŧĥš ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Standard: 7 days, 4 weeks, 12 months</source>
        <translation>[Šŧáñđáŕđ: 7 đáýš, 4 ŵééķš, 12 ɱóñŧĥš ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>More: 14 days, 8 weeks, 24 months</source>
        <translation>[Ṁóŕé: 14 đáýš, 8 ŵééķš, 24 ɱóñŧĥš ~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>SafetyWatch</name>
    <message>
        <source>Offer help lines when something I write sounds like harm or control</source>
        <translation>[Óƒƒéŕ ĥéĺƥ ĺíñéš ŵĥéñ šóɱéŧĥíñğ Í ŵŕíŧé šóúñđš ĺíķé ĥáŕɱ óŕ çóñŧŕóĺ ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Checked only on this computer; nothing it notices is kept.</source>
        <translation>[Çĥéçķéđ óñĺý óñ ŧĥíš çóɱƥúŧéŕ; ñóŧĥíñğ íŧ ñóŧíçéš íš ķéƥŧ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation>[Úñŧíŧĺéđ ~·~]</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Urge</source>
        <translation>[Úŕğé ~·]</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>[Ƥŕóɱíšé ~·~]</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>[Íñŧéñŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>Worry</source>
        <translation>[Ŵóŕŕý ~·]</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>[Šéáŕçĥ ƒáíĺéđ: {error} ~·~·~·]</translation>
    </message>
    <message>
        <source>Search failed ({error_type}).</source>
        <translation>[Šéáŕçĥ ƒáíĺéđ ({error_type}). ~·~·~·~]</translation>
    </message>
    <message>
        <source>Search your journal…</source>
        <translation>[Šéáŕçĥ ýóúŕ ĵóúŕñáĺ… ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>[Šéáŕçĥ ŵóŕđš ~·~·~]</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>[Ŧáğ ƒíĺŧéŕ ~·~·]</translation>
    </message>
    <message>
        <source>From</source>
        <comment>dates</comment>
        <translation>[Ƒŕóɱ ~·]</translation>
    </message>
    <message>
        <source>To</source>
        <comment>dates</comment>
        <translation>[Ŧó ~]</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>[Šéáŕçĥ ŕéšúĺŧš ~·~·~·]</translation>
    </message>
    <message>
        <source>Type a word to search every entry.</source>
        <translation>[Ŧýƥé á ŵóŕđ ŧó šéáŕçĥ éṽéŕý éñŧŕý. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>[Šéáŕçĥ šúɱɱáŕý ~·~·~·]</translation>
    </message>
    <message>
        <source>Matching tracker records</source>
        <translation>[Ṁáŧçĥíñğ ŧŕáçķéŕ ŕéçóŕđš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>[Áñý ŧáğ ~·~]</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>[Šéáŕçĥíñğ… ~·~·]</translation>
    </message>
    <message>
        <source>No entries found; some of your trackers match, below.</source>
        <translation>[Ñó éñŧŕíéš ƒóúñđ; šóɱé óƒ ýóúŕ ŧŕáçķéŕš ɱáŧçĥ, ƀéĺóŵ. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <translation>[Ñóŧĥíñğ ƒóúñđ. Ŧŕý ƒéŵéŕ óŕ đíƒƒéŕéñŧ ŵóŕđš. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln matches: the best ones, or the newest when very many entries match. Add a word or a filter to narrow.</source>
        <translation>
            <numerusform>[Šĥóŵíñğ %Ln ɱáŧçĥ: ŧĥé ƀéšŧ óñé, óŕ ŧĥé ñéŵéšŧ ŵĥéñ ṽéŕý ɱáñý éñŧŕíéš ɱáŧçĥ. Áđđ á ŵóŕđ óŕ á ƒíĺŧéŕ ŧó ñáŕŕóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Šĥóŵíñğ %Ln ɱáŧçĥéš: ŧĥé ƀéšŧ óñéš, óŕ ŧĥé ñéŵéšŧ ŵĥéñ ṽéŕý ɱáñý éñŧŕíéš ɱáŧçĥ. Áđđ á ŵóŕđ óŕ á ƒíĺŧéŕ ŧó ñáŕŕóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{words}
{kind} · {date}</source>
        <translation>[{words} ~]
[{kind} · {date} ~]</translation>
    </message>
    <message numerus="yes">
        <source>In your trackers (the newest %Ln)</source>
        <translation>
            <numerusform>[Íñ ýóúŕ ŧŕáçķéŕš (ŧĥé ñéŵéšŧ %Ln) ~·~·~·~·~·~·]</numerusform>
            <numerusform>[Íñ ýóúŕ ŧŕáçķéŕš (ŧĥé ñéŵéšŧ %Ln) ~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>[Çúŕŕéñŧ ƥáššƥĥŕášé ~·~·~·~]</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>[Ƥŕóğŕéšš ~·~]</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>[Ŧýƥé ýóúŕ çúŕŕéñŧ ƥáššƥĥŕášé ƒíŕšŧ. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>[Ŵóŕķíñğ… ~·~]</translation>
    </message>
    <message>
        <source>{what}… (step {step} of {steps})</source>
        <translation>[{what}… (šŧéƥ {step} óƒ {steps}) ~·~·~]</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your recovery key</source>
        <translation>[Ýóúŕ ŕéçóṽéŕý ķéý ~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>[Šéŧŧíñğš ~·~]</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>[Ĺóçķ áƒŧéŕ ~·~·]</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>[Ñéṽéŕ ~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>[%n ɱíñúŧé ~·~]</numerusform>
            <numerusform>[%n ɱíñúŧéš ~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>App language:</source>
        <translation>[Áƥƥ ĺáñğúáğé: ~·~·~]</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>[Ĺóçķ áƒŧéŕ ŧĥíš ĺóñğ ŵíŧĥóúŧ úšé: ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Exercises to show first:</source>
        <translation>[Éẋéŕçíšéš ŧó šĥóŵ ƒíŕšŧ: ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Old daily backups are removed only when newer ones replace them. Backups you make yourself are always kept.</source>
        <translation>[Óĺđ đáíĺý ƀáçķúƥš áŕé ŕéɱóṽéđ óñĺý ŵĥéñ ñéŵéŕ óñéš ŕéƥĺáçé ŧĥéɱ. Ɓáçķúƥš ýóú ɱáķé ýóúŕšéĺƒ áŕé áĺŵáýš ķéƥŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Keep automatic backups:</source>
        <translation>[Ķééƥ áúŧóɱáŧíç ƀáçķúƥš: ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Safety and support:</source>
        <translation>[Šáƒéŧý áñđ šúƥƥóŕŧ: ~·~·~·~·]</translation>
    </message>
    <message>
        <source>General</source>
        <translation>[Ğéñéŕáĺ ~·~]</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>[Ƥŕóŧéçŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>This journal is encrypted with your passphrase.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ íš éñçŕýƥŧéđ ŵíŧĥ ýóúŕ ƥáššƥĥŕášé. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>[Çĥáñğé ŧĥé ƥáššƥĥŕášé… ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>[Ṁáķé á ñéŵ ŕéçóṽéŕý ķéý… ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove encryption…</source>
        <translation>[Ŕéɱóṽé éñçŕýƥŧíóñ… ~·~·~·~]</translation>
    </message>
    <message>
        <source>This journal has no passphrase: anyone who can use this computer account can read it.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ ĥáš ñó ƥáššƥĥŕášé: áñýóñé ŵĥó çáñ úšé ŧĥíš çóɱƥúŧéŕ áççóúñŧ çáñ ŕéáđ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Encrypt this journal…</source>
        <translation>[Éñçŕýƥŧ ŧĥíš ĵóúŕñáĺ… ~·~·~·~·]</translation>
    </message>
    <message>
        <source>What is protected, and what is not</source>
        <translation>[Ŵĥáŧ íš ƥŕóŧéçŧéđ, áñđ ŵĥáŧ íš ñóŧ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Mark words that may be misspelt</source>
        <translation>[Ṁáŕķ ŵóŕđš ŧĥáŧ ɱáý ƀé ɱíššƥéĺŧ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>[Šƥéĺĺíñğ ĺáñğúáğé ~·~·~·~]</translation>
    </message>
    <message>
        <source>Checked on this computer only. Words you add are kept inside the journal, encrypted with it when it is encrypted.</source>
        <translation>[Çĥéçķéđ óñ ŧĥíš çóɱƥúŧéŕ óñĺý. Ŵóŕđš ýóú áđđ áŕé ķéƥŧ íñšíđé ŧĥé ĵóúŕñáĺ, éñçŕýƥŧéđ ŵíŧĥ íŧ ŵĥéñ íŧ íš éñçŕýƥŧéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>[Šƥéĺĺíñğ: ~·~·]</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>[Ĺáñğúáğé: ~·~·]</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>[Ŵŕíŧíñğ ~·~]</translation>
    </message>
    <message>
        <source>Keep automatic backups</source>
        <translation>[Ķééƥ áúŧóɱáŧíç ƀáçķúƥš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>As set: {daily} days, {weekly} weeks, {monthly} months</source>
        <translation>[Áš šéŧ: {daily} đáýš, {weekly} ŵééķš, {monthly} ɱóñŧĥš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>[Çĥáñğé ŧĥé ƥáššƥĥŕášé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>TrustJournal writes your journal again under a new key, so that a copy of the old key file and the old passphrase cannot read what you write next. Your recovery key changes too: you will see the new one once. The journal is closed until this is done.</source>
        <translation>[TrustJournal ŵŕíŧéš ýóúŕ ĵóúŕñáĺ áğáíñ úñđéŕ á ñéŵ ķéý, šó ŧĥáŧ á çóƥý óƒ ŧĥé óĺđ ķéý ƒíĺé áñđ ŧĥé óĺđ ƥáššƥĥŕášé çáññóŧ ŕéáđ ŵĥáŧ ýóú ŵŕíŧé ñéẋŧ. Ýóúŕ ŕéçóṽéŕý ķéý çĥáñğéš ŧóó: ýóú ŵíĺĺ šéé ŧĥé ñéŵ óñé óñçé. Ŧĥé ĵóúŕñáĺ íš çĺóšéđ úñŧíĺ ŧĥíš íš đóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>[Çĥáñğé íŧ ~·~·]</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>[Ƥáššƥĥŕášé çĥáñğéđ. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>[Ṁáķé á ñéŵ ŕéçóṽéŕý ķéý ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The old recovery key stops working, and you will see the new one once. TrustJournal writes your journal again under a new key for this; the journal is closed until it is done.</source>
        <translation>[Ŧĥé óĺđ ŕéçóṽéŕý ķéý šŧóƥš ŵóŕķíñğ, áñđ ýóú ŵíĺĺ šéé ŧĥé ñéŵ óñé óñçé. TrustJournal ŵŕíŧéš ýóúŕ ĵóúŕñáĺ áğáíñ úñđéŕ á ñéŵ ķéý ƒóŕ ŧĥíš; ŧĥé ĵóúŕñáĺ íš çĺóšéđ úñŧíĺ íŧ íš đóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>[Ṁáķé á ñéŵ ķéý ~·~·~·]</translation>
    </message>
    <message>
        <source>Made a new recovery key.</source>
        <translation>[Ṁáđé á ñéŵ ŕéçóṽéŕý ķéý. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>[Ñóŧĥíñğ ŵáš çĥáñğéđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>A file in the journal&apos;s folder could not be read ({reason}: {file}), so encrypting could not check that no plain copy would be left. Your journal is as it was.</source>
        <translation>[Á ƒíĺé íñ ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ çóúĺđ ñóŧ ƀé ŕéáđ ({reason}: {file}), šó éñçŕýƥŧíñğ çóúĺđ ñóŧ çĥéçķ ŧĥáŧ ñó ƥĺáíñ çóƥý ŵóúĺđ ƀé ĺéƒŧ. Ýóúŕ ĵóúŕñáĺ íš áš íŧ ŵáš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove plain files?</source>
        <translation>[Ŕéɱóṽé ƥĺáíñ ƒíĺéš? ~·~·~·~·]</translation>
    </message>
    <message>
        <source>These files in the journal&apos;s folder hold plain, readable data that cannot be kept in encrypted form:

{files}

Encrypting overwrites and removes them. Go on? (Cancel changes nothing.)</source>
        <translation>[Ŧĥéšé ƒíĺéš íñ ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ ĥóĺđ ƥĺáíñ, ŕéáđáƀĺé đáŧá ŧĥáŧ çáññóŧ ƀé ķéƥŧ íñ éñçŕýƥŧéđ ƒóŕɱ: ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]

[{files} ~]

[Éñçŕýƥŧíñğ óṽéŕŵŕíŧéš áñđ ŕéɱóṽéš ŧĥéɱ. Ğó óñ? (Çáñçéĺ çĥáñğéš ñóŧĥíñğ.) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Encrypt this journal</source>
        <translation>[Éñçŕýƥŧ ŧĥíš ĵóúŕñáĺ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>TrustJournal writes an encrypted copy, checks that every entry is in it, and only then replaces the plain file. This can take a little while for a big journal; the journal is closed until it is done.</source>
        <translation>[TrustJournal ŵŕíŧéš áñ éñçŕýƥŧéđ çóƥý, çĥéçķš ŧĥáŧ éṽéŕý éñŧŕý íš íñ íŧ, áñđ óñĺý ŧĥéñ ŕéƥĺáçéš ŧĥé ƥĺáíñ ƒíĺé. Ŧĥíš çáñ ŧáķé á ĺíŧŧĺé ŵĥíĺé ƒóŕ á ƀíğ ĵóúŕñáĺ; ŧĥé ĵóúŕñáĺ íš çĺóšéđ úñŧíĺ íŧ íš đóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>[Éñçŕýƥŧ ~·~]</translation>
    </message>
    <message>
        <source>The journal is encrypted now.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ íš éñçŕýƥŧéđ ñóŵ. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove encryption?</source>
        <translation>[Ŕéɱóṽé éñçŕýƥŧíóñ? ~·~·~·~]</translation>
    </message>
    <message>
        <source>Without encryption, anyone who can use this computer account or gets a copy of the file can read your journal. Remove it anyway?</source>
        <translation>[Ŵíŧĥóúŧ éñçŕýƥŧíóñ, áñýóñé ŵĥó çáñ úšé ŧĥíš çóɱƥúŧéŕ áççóúñŧ óŕ ğéŧš á çóƥý óƒ ŧĥé ƒíĺé çáñ ŕéáđ ýóúŕ ĵóúŕñáĺ. Ŕéɱóṽé íŧ áñýŵáý? ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Still encrypted: {file} ({reason})</source>
        <translation>[Šŧíĺĺ éñçŕýƥŧéđ: {file} ({reason}) ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Their key file was kept as backups/{file}; with your passphrase it still opens them. Keep it while you keep those backups.</source>
        <translation>[Ŧĥéíŕ ķéý ƒíĺé ŵáš ķéƥŧ áš ƀáçķúƥš/{file}; ŵíŧĥ ýóúŕ ƥáššƥĥŕášé íŧ šŧíĺĺ óƥéñš ŧĥéɱ. Ķééƥ íŧ ŵĥíĺé ýóú ķééƥ ŧĥóšé ƀáçķúƥš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>[Ŕéɱóṽé éñçŕýƥŧíóñ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Type your passphrase to confirm.</source>
        <translation>[Ŧýƥé ýóúŕ ƥáššƥĥŕášé ŧó çóñƒíŕɱ. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Encryption removed.</source>
        <translation>[Éñçŕýƥŧíóñ ŕéɱóṽéđ. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove backups under the old key?</source>
        <translation>[Ŕéɱóṽé ƀáçķúƥš úñđéŕ ŧĥé óĺđ ķéý? ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>These backups could not be re-encrypted and can be opened only with the old key:

{files}

Remove them? If you keep them, the key file keeps the old key for them (sealed under the new one) until they are gone.</source>
        <translation>[Ŧĥéšé ƀáçķúƥš çóúĺđ ñóŧ ƀé ŕé-éñçŕýƥŧéđ áñđ çáñ ƀé óƥéñéđ óñĺý ŵíŧĥ ŧĥé óĺđ ķéý: ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]

[{files} ~]

[Ŕéɱóṽé ŧĥéɱ? Íƒ ýóú ķééƥ ŧĥéɱ, ŧĥé ķéý ƒíĺé ķééƥš ŧĥé óĺđ ķéý ƒóŕ ŧĥéɱ (šéáĺéđ úñđéŕ ŧĥé ñéŵ óñé) úñŧíĺ ŧĥéý áŕé ğóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The backups under the old key were kept.</source>
        <translation>[Ŧĥé ƀáçķúƥš úñđéŕ ŧĥé óĺđ ķéý ŵéŕé ķéƥŧ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed.</source>
        <translation>[Ýóúŕ ĺáŧéšŧ çĥáñğéš çóúĺđ ñóŧ ƀé šáṽéđ, šó ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Not everything was finished</source>
        <translation>[Ñóŧ éṽéŕýŧĥíñğ ŵáš ƒíñíšĥéđ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{message}

Your journal is as it was.</source>
        <translation>[{message} ~]

[Ýóúŕ ĵóúŕñáĺ íš áš íŧ ŵáš. ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>[Ŧóđáý ~·]</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>[Ýéšŧéŕđáý ~·~·]</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>[Éñŧŕý ~·]</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>[Úñŧíŧĺéđ ~·~]</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>[Çĥéçķ-íñ ~·~]</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>[Éẋéŕçíšé ~·~]</translation>
    </message>
    <message>
        <source>Day: {day}</source>
        <translation>[Đáý: {day} ~·]</translation>
    </message>
    <message>
        <source>{kind}, {date}: {title}</source>
        <translation>[{kind}, {date}: {title} ~·]</translation>
    </message>
</context>
<context>
    <name>TodayCards</name>
    <message>
        <source>Today</source>
        <translation>[Ŧóđáý ~·]</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>[Ýéšŧéŕđáý ~·~·]</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>[Éñŧŕý ~·]</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>[Éẋéŕçíšé ~·~]</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>[Çĥéçķ-íñ ~·~]</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Something for today</source>
        <translation>[Šóɱéŧĥíñğ ƒóŕ ŧóđáý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Whenever you like, write a few lines about how things are.</source>
        <translation>[Ŵĥéñéṽéŕ ýóú ĺíķé, ŵŕíŧé á ƒéŵ ĺíñéš áƀóúŧ ĥóŵ ŧĥíñğš áŕé. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Still up? Be gentle with yourself tonight.</source>
        <translation>[Šŧíĺĺ úƥ? Ɓé ğéñŧĺé ŵíŧĥ ýóúŕšéĺƒ ŧóñíğĥŧ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Good morning.</source>
        <translation>[Ğóóđ ɱóŕñíñğ. ~·~·~]</translation>
    </message>
    <message>
        <source>Good afternoon.</source>
        <translation>[Ğóóđ áƒŧéŕñóóñ. ~·~·~·]</translation>
    </message>
    <message>
        <source>Good evening.</source>
        <translation>[Ğóóđ éṽéñíñğ. ~·~·~]</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>[Óñ ŧĥíš đáý ~·~·]</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>[Ŕéçéñŧĺý ~·~]</translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation>[Ŵŕíŧé áñ éñŧŕý ~·~·~·]</translation>
    </message>
    <message>
        <source>Start a new entry for today (Ctrl+N)</source>
        <translation>[Šŧáŕŧ á ñéŵ éñŧŕý ƒóŕ ŧóđáý (Çŧŕĺ+Ñ) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This journal lives only on this computer. Nothing you write here is sent anywhere.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ ĺíṽéš óñĺý óñ ŧĥíš çóɱƥúŧéŕ. Ñóŧĥíñğ ýóú ŵŕíŧé ĥéŕé íš šéñŧ áñýŵĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Welcome. This is a private place to notice what you feel and think, at your own pace.</source>
        <translation>[Ŵéĺçóɱé. Ŧĥíš íš á ƥŕíṽáŧé ƥĺáçé ŧó ñóŧíçé ŵĥáŧ ýóú ƒééĺ áñđ ŧĥíñķ, áŧ ýóúŕ óŵñ ƥáçé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>You have written %n entries today. {total} in your journal so far.</source>
        <translation>
            <numerusform>[Ýóú ĥáṽé ŵŕíŧŧéñ %n éñŧŕý ŧóđáý. {total} íñ ýóúŕ ĵóúŕñáĺ šó ƒáŕ. ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ĥáṽé ŵŕíŧŧéñ %n éñŧŕíéš ŧóđáý. {total} íñ ýóúŕ ĵóúŕñáĺ šó ƒáŕ. ~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in your journal so far.</source>
        <translation>
            <numerusform>[%Ln éñŧŕý íñ ýóúŕ ĵóúŕñáĺ šó ƒáŕ. ~·~·~·~·~·~·]</numerusform>
            <numerusform>[%Ln éñŧŕíéš íñ ýóúŕ ĵóúŕñáĺ šó ƒáŕ. ~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a few lines</source>
        <translation>[Ŵŕíŧé á ƒéŵ ĺíñéš ~·~·~·~]</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>[Óƥéñ “{title}” ~·~]</translation>
    </message>
    <message>
        <source>{years_ago} · {day} · {kind}</source>
        <translation>[{years_ago} · {day} · {kind} ~·]</translation>
    </message>
    <message>
        <source>{day} · {kind}</source>
        <translation>[{day} · {kind} ~]</translation>
    </message>
    <message>
        <source>Nothing written yet, and that&apos;s fine. When you write, your latest entries wait for you here.</source>
        <translation>[Ñóŧĥíñğ ŵŕíŧŧéñ ýéŧ, áñđ ŧĥáŧ&apos;š ƒíñé. Ŵĥéñ ýóú ŵŕíŧé, ýóúŕ ĺáŧéšŧ éñŧŕíéš ŵáíŧ ƒóŕ ýóú ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ ~·~·~]</translation>
    </message>
    <message>
        <source>A small victory, noticed</source>
        <translation>[Á šɱáĺĺ ṽíçŧóŕý, ñóŧíçéđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Well done for seeing it.</source>
        <translation>[Ŵéĺĺ đóñé ƒóŕ šééíñğ íŧ. ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>WritingEdit</name>
    <message>
        <source>Write whatever is on your mind. There is no right way to begin.</source>
        <translation>[Ŵŕíŧé ŵĥáŧéṽéŕ íš óñ ýóúŕ ɱíñđ. Ŧĥéŕé íš ñó ŕíğĥŧ ŵáý ŧó ƀéğíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>[Ñó šúğğéšŧíóñš ~·~·~·]</translation>
    </message>
    <message>
        <source>Add to my words</source>
        <translation>[Áđđ ŧó ɱý ŵóŕđš ~·~·~·]</translation>
    </message>
    <message>
        <source>Never mark this word again in this journal</source>
        <translation>[Ñéṽéŕ ɱáŕķ ŧĥíš ŵóŕđ áğáíñ íñ ŧĥíš ĵóúŕñáĺ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
</TS>
