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
    <name>AlternativeRow</name>
    <message>
        <source>Tick it if you do it; it goes into your log</source>
        <translation>[Ŧíçķ íŧ íƒ ýóú đó íŧ; íŧ ğóéš íñŧó ýóúŕ ĺóğ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Write now</source>
        <translation>[Ŵŕíŧé ñóŵ ~·~·]</translation>
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
    <name>BackupLabels</name>
    <message>
        <source>Daily backup</source>
        <translation>[Đáíĺý ƀáçķúƥ ~·~·~]</translation>
    </message>
    <message>
        <source>Weekly backup</source>
        <translation>[Ŵééķĺý ƀáçķúƥ ~·~·~]</translation>
    </message>
    <message>
        <source>Monthly backup</source>
        <translation>[Ṁóñŧĥĺý ƀáçķúƥ ~·~·~·]</translation>
    </message>
    <message>
        <source>Backup you made</source>
        <translation>[Ɓáçķúƥ ýóú ɱáđé ~·~·~·]</translation>
    </message>
    <message>
        <source>Damaged file, kept aside</source>
        <translation>[Đáɱáğéđ ƒíĺé, ķéƥŧ ášíđé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Rows saved from a damaged copy</source>
        <translation>[Ŕóŵš šáṽéđ ƒŕóɱ á đáɱáğéđ çóƥý ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>[Çóƥý ~·]</translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation>[Ɓéƒóŕé ŕéšŧóŕíñğ á ƀáçķúƥ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Before an app update</source>
        <translation>[Ɓéƒóŕé áñ áƥƥ úƥđáŧé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>[Ɓéƒóŕé éñçŕýƥŧíñğ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Before removing encryption</source>
        <translation>[Ɓéƒóŕé ŕéɱóṽíñğ éñçŕýƥŧíóñ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>[Ɓéƒóŕé áñ íɱƥóŕŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>Before deleting for good</source>
        <translation>[Ɓéƒóŕé đéĺéŧíñğ ƒóŕ ğóóđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Before {reason}</source>
        <translation>[Ɓéƒóŕé {reason} ~·~]</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
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
    <name>BackupsDialog</name>
    <message>
        <source>When</source>
        <translation>[Ŵĥéñ ~·]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķíñđ ~·]</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>[Éñŧŕíéš ~·~]</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>[Šížé ~·]</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>[Ɓáçķúƥš ~·~]</translation>
    </message>
    <message>
        <source>TrustJournal backs up your journal on each day you use it, and before risky changes such as restoring a backup. Every backup is checked against the journal before it is kept. Backups of an encrypted journal are encrypted too.</source>
        <translation>[TrustJournal ƀáçķš úƥ ýóúŕ ĵóúŕñáĺ óñ éáçĥ đáý ýóú úšé íŧ, áñđ ƀéƒóŕé ŕíšķý çĥáñğéš šúçĥ áš ŕéšŧóŕíñğ á ƀáçķúƥ. Éṽéŕý ƀáçķúƥ íš çĥéçķéđ áğáíñšŧ ŧĥé ĵóúŕñáĺ ƀéƒóŕé íŧ íš ķéƥŧ. Ɓáçķúƥš óƒ áñ éñçŕýƥŧéđ ĵóúŕñáĺ áŕé éñçŕýƥŧéđ ŧóó. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>[Ƒóĺđéŕ: {folder} ~·~]</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>[Ɓáçķ úƥ ñóŵ ~·~·]</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>[Ŕéšŧóŕé… ~·~]</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>[Šĥóŵ ŧĥé ƒóĺđéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>There are no backups yet. “Back up now” makes the first one.</source>
        <translation>[Ŧĥéŕé áŕé ñó ƀáçķúƥš ýéŧ. “Ɓáçķ úƥ ñóŵ” ɱáķéš ŧĥé ƒíŕšŧ óñé. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A journal file that could not be read, set aside unchanged when a backup was restored. It is never removed automatically.</source>
        <translation>[Á ĵóúŕñáĺ ƒíĺé ŧĥáŧ çóúĺđ ñóŧ ƀé ŕéáđ, šéŧ ášíđé úñçĥáñğéđ ŵĥéñ á ƀáçķúƥ ŵáš ŕéšŧóŕéđ. Íŧ íš ñéṽéŕ ŕéɱóṽéđ áúŧóɱáŧíçáĺĺý. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>[Ṁáķíñğ á ƀáçķúƥ áñđ çĥéçķíñğ íŧ… ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Made a backup and checked it against your journal: {file}</source>
        <translation>[Ṁáđé á ƀáçķúƥ áñđ çĥéçķéđ íŧ áğáíñšŧ ýóúŕ ĵóúŕñáĺ: {file} ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Your journal will be replaced by the backup from {when} ({kind}, %Ln entries).

A backup of your journal as it is now is made first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>[Ýóúŕ ĵóúŕñáĺ ŵíĺĺ ƀé ŕéƥĺáçéđ ƀý ŧĥé ƀáçķúƥ ƒŕóɱ {when} ({kind}, %Ln éñŧŕý). ~·~·~·~·~·~·~·~·~·~·~·~·]

[Á ƀáçķúƥ óƒ ýóúŕ ĵóúŕñáĺ áš íŧ íš ñóŵ íš ɱáđé ƒíŕšŧ, šó ýóú çáñ çóɱé ƀáçķ ŧó íŧ ƒŕóɱ ŧĥíš ĺíšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóúŕ ĵóúŕñáĺ ŵíĺĺ ƀé ŕéƥĺáçéđ ƀý ŧĥé ƀáçķúƥ ƒŕóɱ {when} ({kind}, %Ln éñŧŕíéš). ~·~·~·~·~·~·~·~·~·~·~·~·~]

[Á ƀáçķúƥ óƒ ýóúŕ ĵóúŕñáĺ áš íŧ íš ñóŵ íš ɱáđé ƒíŕšŧ, šó ýóú çáñ çóɱé ƀáçķ ŧó íŧ ƒŕóɱ ŧĥíš ĺíšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup from {when} ({kind}).

A backup of your journal as it is now is made first, so you can come back to it from this list.</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ ŵíĺĺ ƀé ŕéƥĺáçéđ ƀý ŧĥé ƀáçķúƥ ƒŕóɱ {when} ({kind}). ~·~·~·~·~·~·~·~·~·~·~]

[Á ƀáçķúƥ óƒ ýóúŕ ĵóúŕñáĺ áš íŧ íš ñóŵ íš ɱáđé ƒíŕšŧ, šó ýóú çáñ çóɱé ƀáçķ ŧó íŧ ƒŕóɱ ŧĥíš ĺíšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>[Ŕéšŧóŕé ŧĥíš ƀáçķúƥ? ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>[Ŕéšŧóŕé ~·~]</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>[Ñóŧĥíñğ ŵáš çĥáñğéđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so the backup was not restored.</source>
        <translation>[Ýóúŕ ĺáŧéšŧ çĥáñğéš çóúĺđ ñóŧ ƀé šáṽéđ, šó ŧĥé ƀáçķúƥ ŵáš ñóŧ ŕéšŧóŕéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restoring the backup… This can take a little while.</source>
        <translation>[Ŕéšŧóŕíñğ ŧĥé ƀáçķúƥ… Ŧĥíš çáñ ŧáķé á ĺíŧŧĺé ŵĥíĺé. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>[Ŧĥé ƀáçķúƥ ŵáš ñóŧ ŕéšŧóŕéđ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Your journal is as it was.</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ íš áš íŧ ŵáš. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. Your journal as it was is in the backups list.</source>
        <translation>[Ŕéšŧóŕéđ ŧĥé ƀáçķúƥ ƒŕóɱ {when}. Ýóúŕ ĵóúŕñáĺ áš íŧ ŵáš íš íñ ŧĥé ƀáçķúƥš ĺíšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal could not be opened again</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé óƥéñéđ áğáíñ ~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing circle</source>
        <translation>[Ɓŕéáŧĥíñğ çíŕçĺé ~·~·~·]</translation>
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
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>[Šĥóŵ áš ŧáƀĺé ~·~·~]</translation>
    </message>
    <message>
        <source>{title}: show as table</source>
        <translation>[{title}: šĥóŵ áš ŧáƀĺé ~·~·~·]</translation>
    </message>
    <message>
        <source>The exact figures behind the chart, as a table</source>
        <translation>[Ŧĥé éẋáçŧ ƒíğúŕéš ƀéĥíñđ ŧĥé çĥáŕŧ, áš á ŧáƀĺé ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{title}: summary</source>
        <translation>[{title}: šúɱɱáŕý ~·~·]</translation>
    </message>
    <message>
        <source>{title}: table</source>
        <translation>[{title}: ŧáƀĺé ~·~]</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>[Šĥóŵ áš çĥáŕŧ ~·~·~]</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>1 entry</source>
        <translation>[1 éñŧŕý ~·~]</translation>
    </message>
    <message>
        <source>2 entries</source>
        <translation>[2 éñŧŕíéš ~·~·]</translation>
    </message>
    <message>
        <source>3 entries</source>
        <translation>[3 éñŧŕíéš ~·~·]</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>[4 óŕ ɱóŕé ~·~·]</translation>
    </message>
    <message>
        <source>no entries, {start} – {end}</source>
        <translation>[ñó éñŧŕíéš, {start} – {end} ~·~·~·]</translation>
    </message>
    <message>
        <source>No entries, {start} – {end}</source>
        <translation>[Ñó éñŧŕíéš, {start} – {end} ~·~·~·]</translation>
    </message>
    <message>
        <source>week of {start}</source>
        <translation>[ŵééķ óƒ {start} ~·~]</translation>
    </message>
    <message>
        <source>Week of {start}</source>
        <translation>[Ŵééķ óƒ {start} ~·~]</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>a period of several weeks</comment>
        <translation>[{start} – {end} ~]</translation>
    </message>
    <message>
        <source>{series}, {when}: {value}</source>
        <translation>[{series}, {when}: {value} ~·]</translation>
    </message>
    <message>
        <source>{name} (days)</source>
        <translation>[{name} (đáýš) ~·~]</translation>
    </message>
    <message>
        <source>{name} (weekly average)</source>
        <translation>[{name} (ŵééķĺý áṽéŕáğé) ~·~·~·~]</translation>
    </message>
    <message>
        <source>average {value}</source>
        <translation>[áṽéŕáğé {value} ~·~]</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>[{name}: {value} ~]</translation>
    </message>
    <message numerus="yes">
        <source>{date}: %n entries</source>
        <translation>
            <numerusform>[{date}: %n éñŧŕý ~·~]</numerusform>
            <numerusform>[{date}: %n éñŧŕíéš ~·~·]</numerusform>
        </translation>
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
    <name>Checkin</name>
    <message>
        <source>Trust</source>
        <translation>[Ŧŕúšŧ ~·]</translation>
    </message>
    <message>
        <source>How much do you trust your partner today?</source>
        <translation>[Ĥóŵ ɱúçĥ đó ýóú ŧŕúšŧ ýóúŕ ƥáŕŧñéŕ ŧóđáý? ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>6 — steadier than yesterday.</source>
        <translation>[6 — šŧéáđíéŕ ŧĥáñ ýéšŧéŕđáý. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>[Ñóŧ áŧ áĺĺ ~·~·]</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>[Çóɱƥĺéŧéĺý ~·~·]</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>[Áñẋíéŧý ~·~]</translation>
    </message>
    <message>
        <source>How anxious do you feel today?</source>
        <translation>[Ĥóŵ áñẋíóúš đó ýóú ƒééĺ ŧóđáý? ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>3 — a bit jumpy this morning, calmer now.</source>
        <translation>[3 — á ƀíŧ ĵúɱƥý ŧĥíš ɱóŕñíñğ, çáĺɱéŕ ñóŵ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>[Çáĺɱ ~·]</translation>
    </message>
    <message>
        <source>Very anxious</source>
        <translation>[Ṽéŕý áñẋíóúš ~·~·~]</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>[Çóññéçŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>How close to your partner do you feel today?</source>
        <translation>[Ĥóŵ çĺóšé ŧó ýóúŕ ƥáŕŧñéŕ đó ýóú ƒééĺ ŧóđáý? ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>8 — we laughed a lot over dinner.</source>
        <translation>[8 — ŵé ĺáúğĥéđ á ĺóŧ óṽéŕ đíññéŕ. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Far apart</source>
        <translation>[Ƒáŕ áƥáŕŧ ~·~·]</translation>
    </message>
    <message>
        <source>Very close</source>
        <translation>[Ṽéŕý çĺóšé ~·~·]</translation>
    </message>
    <message>
        <source>Felt trusted</source>
        <translation>[Ƒéĺŧ ŧŕúšŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>How trusted did you feel today?</source>
        <translation>[Ĥóŵ ŧŕúšŧéđ đíđ ýóú ƒééĺ ŧóđáý? ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>5 — they asked where I was, but believed me.</source>
        <translation>[5 — ŧĥéý ášķéđ ŵĥéŕé Í ŵáš, ƀúŧ ƀéĺíéṽéđ ɱé. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Completely trusted</source>
        <translation>[Çóɱƥĺéŧéĺý ŧŕúšŧéđ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Weight of the distrust</source>
        <translation>[Ŵéíğĥŧ óƒ ŧĥé đíšŧŕúšŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How heavy did the distrust between you feel today?</source>
        <translation>[Ĥóŵ ĥéáṽý đíđ ŧĥé đíšŧŕúšŧ ƀéŧŵééñ ýóú ƒééĺ ŧóđáý? ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>7 — I kept bracing for the next question.</source>
        <translation>[7 — Í ķéƥŧ ƀŕáçíñğ ƒóŕ ŧĥé ñéẋŧ ɋúéšŧíóñ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Light, hardly there</source>
        <translation>[Ĺíğĥŧ, ĥáŕđĺý ŧĥéŕé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Very heavy</source>
        <translation>[Ṽéŕý ĥéáṽý ~·~·]</translation>
    </message>
    <message>
        <source>My own needs met</source>
        <translation>[Ṁý óŵñ ñééđš ɱéŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>How well were your own needs met today (rest, friends, being heard)?</source>
        <translation>[Ĥóŵ ŵéĺĺ ŵéŕé ýóúŕ óŵñ ñééđš ɱéŧ ŧóđáý (ŕéšŧ, ƒŕíéñđš, ƀéíñğ ĥéáŕđ)? ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>4 — I cancelled my run to stay home again.</source>
        <translation>[4 — Í çáñçéĺĺéđ ɱý ŕúñ ŧó šŧáý ĥóɱé áğáíñ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation>[Ƒúĺĺý ɱéŧ ~·~·]</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>[ŧŕúšŧ ~·]</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>[áñẋíéŧý ~·~]</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>[çóññéçŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>felt trusted</source>
        <translation>[ƒéĺŧ ŧŕúšŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>weight of the distrust</source>
        <translation>[ŵéíğĥŧ óƒ ŧĥé đíšŧŕúšŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>my own needs met</source>
        <translation>[ɱý óŵñ ñééđš ɱéŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>[Đáíĺý çĥéçķ-íñ ~·~·~·]</translation>
    </message>
    <message>
        <source>A minute a day to notice how you are. Over weeks, these small notes show the shape of things better than any single hard day can.</source>
        <translation>[Á ɱíñúŧé á đáý ŧó ñóŧíçé ĥóŵ ýóú áŕé. Óṽéŕ ŵééķš, ŧĥéšé šɱáĺĺ ñóŧéš šĥóŵ ŧĥé šĥáƥé óƒ ŧĥíñğš ƀéŧŧéŕ ŧĥáñ áñý šíñğĺé ĥáŕđ đáý çáñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>[Ƒééĺíñğš ~·~]</translation>
    </message>
    <message>
        <source>Any feelings you&apos;d like to name?</source>
        <translation>[Áñý ƒééĺíñğš ýóú&apos;đ ĺíķé ŧó ñáɱé? ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Hopeful 60, calm 30.</source>
        <translation>[Ĥóƥéƒúĺ 60, çáĺɱ 30. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñóŧé ~·]</translation>
    </message>
    <message>
        <source>Anything else about today, in one line?</source>
        <translation>[Áñýŧĥíñğ éĺšé áƀóúŧ ŧóđáý, íñ óñé ĺíñé? ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>We planned the weekend together without a single argument.</source>
        <translation>[Ŵé ƥĺáññéđ ŧĥé ŵééķéñđ ŧóğéŧĥéŕ ŵíŧĥóúŧ á šíñğĺé áŕğúɱéñŧ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{question} {value}</source>
        <comment>one answer in a check-in&apos;s title</comment>
        <translation>[{question} {value} ~]</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>[Çĥéçķ-íñ ~·~]</translation>
    </message>
    <message>
        <source>Check-in · {answers}</source>
        <translation>[Çĥéçķ-íñ · {answers} ~·~·]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers in a check-in&apos;s title</comment>
        <translation>[, ~] </translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>[éẋƥéçŧéđ ŧéẋŧ ~·~·~]</translation>
    </message>
    <message>
        <source>expected (feeling id, intensity) pairs</source>
        <translation>[éẋƥéçŧéđ (ƒééĺíñğ íđ, íñŧéñšíŧý) ƥáíŕš ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>[íš ɱíššíñğ ~·~·]</translation>
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
    <name>Choices</name>
    <message>
        <source>In your own words</source>
        <translation>[Íñ ýóúŕ óŵñ ŵóŕđš ~·~·~·~]</translation>
    </message>
    <message>
        <source>{option} in your own words</source>
        <translation>[{option} íñ ýóúŕ óŵñ ŵóŕđš ~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>permission denied: {file}</source>
        <translation>[ƥéŕɱíššíóñ đéñíéđ: {file} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>the command stopped on an unexpected problem ({error}); nothing it was in the middle of was saved. Please report it if it happens again.</source>
        <translation>[ŧĥé çóɱɱáñđ šŧóƥƥéđ óñ áñ úñéẋƥéçŧéđ ƥŕóƀĺéɱ ({error}); ñóŧĥíñğ íŧ ŵáš íñ ŧĥé ɱíđđĺé óƒ ŵáš šáṽéđ. Ƥĺéášé ŕéƥóŕŧ íŧ íƒ íŧ ĥáƥƥéñš áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>[íñŧéŕŕúƥŧéđ ~·~·]</translation>
    </message>
    <message>
        <source>there is already a journal at {path}; nothing has been changed</source>
        <translation>[ŧĥéŕé íš áĺŕéáđý á ĵóúŕñáĺ áŧ {path}; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Created an encrypted journal at {path}.</source>
        <translation>[Çŕéáŧéđ áñ éñçŕýƥŧéđ ĵóúŕñáĺ áŧ {path}. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Created a journal at {path}. It is not encrypted: anyone who can open your files can read it. `trustjournal encrypt` adds a passphrase at any time.</source>
        <translation>[Çŕéáŧéđ á ĵóúŕñáĺ áŧ {path}. Íŧ íš ñóŧ éñçŕýƥŧéđ: áñýóñé ŵĥó çáñ óƥéñ ýóúŕ ƒíĺéš çáñ ŕéáđ íŧ. `ŧŕúšŧĵóúŕñáĺ éñçŕýƥŧ` áđđš á ƥáššƥĥŕášé áŧ áñý ŧíɱé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>[Ŕéçóṽéŕý ķéý: ~·~·~] </translation>
    </message>
    <message>
        <source>give the recovery key with ${variable}, or run the command in a terminal to be asked</source>
        <translation>[ğíṽé ŧĥé ŕéçóṽéŕý ķéý ŵíŧĥ ${variable}, óŕ ŕúñ ŧĥé çóɱɱáñđ íñ á ŧéŕɱíñáĺ ŧó ƀé ášķéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>[Çúŕŕéñŧ ƥáššƥĥŕášé: ~·~·~·~·] </translation>
    </message>
    <message>
        <source>Passphrase changed. The journal was written again under a new key, so a copy of the old key file with the old passphrase or the old recovery key cannot read what you write from now on. Your old recovery key no longer works.</source>
        <translation>[Ƥáššƥĥŕášé çĥáñğéđ. Ŧĥé ĵóúŕñáĺ ŵáš ŵŕíŧŧéñ áğáíñ úñđéŕ á ñéŵ ķéý, šó á çóƥý óƒ ŧĥé óĺđ ķéý ƒíĺé ŵíŧĥ ŧĥé óĺđ ƥáššƥĥŕášé óŕ ŧĥé óĺđ ŕéçóṽéŕý ķéý çáññóŧ ŕéáđ ŵĥáŧ ýóú ŵŕíŧé ƒŕóɱ ñóŵ óñ. Ýóúŕ óĺđ ŕéçóṽéŕý ķéý ñó ĺóñğéŕ ŵóŕķš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Made a new recovery key; the old one no longer works. The journal was written again under a new key, so a copy of the old key file cannot read new entries.</source>
        <translation>[Ṁáđé á ñéŵ ŕéçóṽéŕý ķéý; ŧĥé óĺđ óñé ñó ĺóñğéŕ ŵóŕķš. Ŧĥé ĵóúŕñáĺ ŵáš ŵŕíŧŧéñ áğáíñ úñđéŕ á ñéŵ ķéý, šó á çóƥý óƒ ŧĥé óĺđ ķéý ƒíĺé çáññóŧ ŕéáđ ñéŵ éñŧŕíéš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>These backups could not be re-encrypted and can still be opened only with the old key:</source>
        <translation>[Ŧĥéšé ƀáçķúƥš çóúĺđ ñóŧ ƀé ŕé-éñçŕýƥŧéđ áñđ çáñ šŧíĺĺ ƀé óƥéñéđ óñĺý ŵíŧĥ ŧĥé óĺđ ķéý: ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove them? [y/N] </source>
        <translation>[Ŕéɱóṽé ŧĥéɱ? [ý/Ñ] ~·~·~·~] </translation>
    </message>
    <message>
        <source>Removed: {file}</source>
        <translation>[Ŕéɱóṽéđ: {file} ~·~·]</translation>
    </message>
    <message>
        <source>Kept. The key file keeps the old key for them (sealed under the new one). If you delete those files yourself, the old key leaves the key file the next time the journal is opened.</source>
        <translation>[Ķéƥŧ. Ŧĥé ķéý ƒíĺé ķééƥš ŧĥé óĺđ ķéý ƒóŕ ŧĥéɱ (šéáĺéđ úñđéŕ ŧĥé ñéŵ óñé). Íƒ ýóú đéĺéŧé ŧĥóšé ƒíĺéš ýóúŕšéĺƒ, ŧĥé óĺđ ķéý ĺéáṽéš ŧĥé ķéý ƒíĺé ŧĥé ñéẋŧ ŧíɱé ŧĥé ĵóúŕñáĺ íš óƥéñéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{question} [y/N] </source>
        <translation>[{question} [ý/Ñ] ~·] </translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation>[ŧĥéŕé íš ñó ĵóúŕñáĺ áŧ {path} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the journal at {path} is already encrypted</source>
        <translation>[ŧĥé ĵóúŕñáĺ áŧ {path} íš áĺŕéáđý éñçŕýƥŧéđ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>These files in the journal&apos;s folder hold plain, readable data that cannot be kept in encrypted form. Encrypting overwrites and removes them:</source>
        <translation>[Ŧĥéšé ƒíĺéš íñ ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ ĥóĺđ ƥĺáíñ, ŕéáđáƀĺé đáŧá ŧĥáŧ çáññóŧ ƀé ķéƥŧ íñ éñçŕýƥŧéđ ƒóŕɱ. Éñçŕýƥŧíñğ óṽéŕŵŕíŧéš áñđ ŕéɱóṽéš ŧĥéɱ: ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Overwrite and remove them?</source>
        <translation>[Óṽéŕŵŕíŧé áñđ ŕéɱóṽé ŧĥéɱ? ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Overwrite and remove them: give --yes to agree, or run the command in a terminal to be asked; nothing has been changed</source>
        <translation>[Óṽéŕŵŕíŧé áñđ ŕéɱóṽé ŧĥéɱ: ğíṽé --ýéš ŧó áğŕéé, óŕ ŕúñ ŧĥé çóɱɱáñđ íñ á ŧéŕɱíñáĺ ŧó ƀé ášķéđ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>nothing has been changed: the journal is not encrypted</source>
        <translation>[ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ: ŧĥé ĵóúŕñáĺ íš ñóŧ éñçŕýƥŧéđ ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal at {path} is now encrypted.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ áŧ {path} íš ñóŵ éñçŕýƥŧéđ. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No plain copy of it is left in its folder.</source>
        <translation>[Ñó ƥĺáíñ çóƥý óƒ íŧ íš ĺéƒŧ íñ íŧš ƒóĺđéŕ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal at {path} and its backups are no longer encrypted: anyone who can open your files can read them now.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ áŧ {path} áñđ íŧš ƀáçķúƥš áŕé ñó ĺóñğéŕ éñçŕýƥŧéđ: áñýóñé ŵĥó çáñ óƥéñ ýóúŕ ƒíĺéš çáñ ŕéáđ ŧĥéɱ ñóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal at {path} is no longer encrypted: anyone who can open your files can read it now. These backups could not be decrypted and are still encrypted:</source>
        <translation>[Ŧĥé ĵóúŕñáĺ áŧ {path} íš ñó ĺóñğéŕ éñçŕýƥŧéđ: áñýóñé ŵĥó çáñ óƥéñ ýóúŕ ƒíĺéš çáñ ŕéáđ íŧ ñóŵ. Ŧĥéšé ƀáçķúƥš çóúĺđ ñóŧ ƀé đéçŕýƥŧéđ áñđ áŕé šŧíĺĺ éñçŕýƥŧéđ: ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Their key file was kept as {file}; with your passphrase it still opens them. Do not delete it while you keep those backups.</source>
        <translation>[Ŧĥéíŕ ķéý ƒíĺé ŵáš ķéƥŧ áš {file}; ŵíŧĥ ýóúŕ ƥáššƥĥŕášé íŧ šŧíĺĺ óƥéñš ŧĥéɱ. Đó ñóŧ đéĺéŧé íŧ ŵĥíĺé ýóú ķééƥ ŧĥóšé ƀáçķúƥš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Their key file was kept as the key file; with your passphrase it still opens them. Do not delete it while you keep those backups.</source>
        <translation>[Ŧĥéíŕ ķéý ƒíĺé ŵáš ķéƥŧ áš ŧĥé ķéý ƒíĺé; ŵíŧĥ ýóúŕ ƥáššƥĥŕášé íŧ šŧíĺĺ óƥéñš ŧĥéɱ. Đó ñóŧ đéĺéŧé íŧ ŵĥíĺé ýóú ķééƥ ŧĥóšé ƀáçķúƥš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the text on standard input is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation>[ŧĥé ŧéẋŧ óñ šŧáñđáŕđ íñƥúŧ íš ñóŧ ṽáĺíđ ÚŦƑ-8 ŧéẋŧ (á ƀáđ ƀýŧé áŧ çĥáŕáçŧéŕ {position}); ñóŧĥíñğ ŵáš šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the text on standard input is not UTF-8 (a bad byte at position {position}); nothing was saved</source>
        <translation>[ŧĥé ŧéẋŧ óñ šŧáñđáŕđ íñƥúŧ íš ñóŧ ÚŦƑ-8 (á ƀáđ ƀýŧé áŧ ƥóšíŧíóñ {position}); ñóŧĥíñğ ŵáš šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>no entry text: give it as an argument or pipe it in</source>
        <translation>[ñó éñŧŕý ŧéẋŧ: ğíṽé íŧ áš áñ áŕğúɱéñŧ óŕ ƥíƥé íŧ íñ ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the entry text is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation>[ŧĥé éñŧŕý ŧéẋŧ íš ñóŧ ṽáĺíđ ÚŦƑ-8 ŧéẋŧ (á ƀáđ ƀýŧé áŧ çĥáŕáçŧéŕ {position}); ñóŧĥíñğ ŵáš šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the title (--title) is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation>[ŧĥé ŧíŧĺé (--ŧíŧĺé) íš ñóŧ ṽáĺíđ ÚŦƑ-8 ŧéẋŧ (á ƀáđ ƀýŧé áŧ çĥáŕáçŧéŕ {position}); ñóŧĥíñğ ŵáš šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the tags (--tags) is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation>[ŧĥé ŧáğš (--ŧáğš) íš ñóŧ ṽáĺíđ ÚŦƑ-8 ŧéẋŧ (á ƀáđ ƀýŧé áŧ çĥáŕáçŧéŕ {position}); ñóŧĥíñğ ŵáš šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>nothing to save: the title and the text are both empty</source>
        <translation>[ñóŧĥíñğ ŧó šáṽé: ŧĥé ŧíŧĺé áñđ ŧĥé ŧéẋŧ áŕé ƀóŧĥ éɱƥŧý ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>[(úñŧíŧĺéđ) ~·~·]</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>[Ñó éñŧŕíéš ýéŧ. ~·~·~·]</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>[Ŧĥé ŧŕášĥ íš éɱƥŧý. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>give some words to search for, or a --tag/--from/--to filter</source>
        <translation>[ğíṽé šóɱé ŵóŕđš ŧó šéáŕçĥ ƒóŕ, óŕ á --ŧáğ/--ƒŕóɱ/--ŧó ƒíĺŧéŕ ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>[Ñóŧĥíñğ ƒóúñđ. ~·~·~·]</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes): it looks cut off.</source>
        <translation>[{file} íš éɱƥŧý (0 ƀýŧéš): íŧ ĺóóķš çúŧ óƒƒ. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{path}: damaged. {reason}</source>
        <translation>[{path}: đáɱáğéđ. {reason} ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>{path}: damaged (%n problems found):</source>
        <translation>
            <numerusform>[{path}: đáɱáğéđ (%n ƥŕóƀĺéɱ ƒóúñđ): ~·~·~·~·~·~]</numerusform>
            <numerusform>[{path}: đáɱáğéđ (%n ƥŕóƀĺéɱš ƒóúñđ): ~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: healthy — {entries}, {trashed}.</source>
        <translation>[{path}: ĥéáĺŧĥý — {entries}, {trashed}. ~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>[%n éñŧŕý ~·]</numerusform>
            <numerusform>[%n éñŧŕíéš ~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>[%n íñ ŧĥé ŧŕášĥ ~·~·~]</numerusform>
            <numerusform>[%n íñ ŧĥé ŧŕášĥ ~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made a backup and checked it against your journal (%n entries, {size}):</source>
        <translation>
            <numerusform>[Ṁáđé á ƀáçķúƥ áñđ çĥéçķéđ íŧ áğáíñšŧ ýóúŕ ĵóúŕñáĺ (%n éñŧŕý, {size}): ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ṁáđé á ƀáçķúƥ áñđ çĥéçķéđ íŧ áğáíñšŧ ýóúŕ ĵóúŕñáĺ (%n éñŧŕíéš, {size}): ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Made a backup and checked it against your journal ({size}):</source>
        <translation>[Ṁáđé á ƀáçķúƥ áñđ çĥéçķéđ íŧ áğáíñšŧ ýóúŕ ĵóúŕñáĺ ({size}): ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>say which backup to restore: a name from `trustjournal restore --list`, or --latest for the newest</source>
        <translation>[šáý ŵĥíçĥ ƀáçķúƥ ŧó ŕéšŧóŕé: á ñáɱé ƒŕóɱ `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺíšŧ`, óŕ --ĺáŧéšŧ ƒóŕ ŧĥé ñéŵéšŧ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>give a backup&apos;s name or --latest, not both</source>
        <translation>[ğíṽé á ƀáçķúƥ&apos;š ñáɱé óŕ --ĺáŧéšŧ, ñóŧ ƀóŧĥ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from {time} ({label}, %n entries).</source>
        <translation>
            <numerusform>[Ŕéšŧóŕéđ ŧĥé ƀáçķúƥ ƒŕóɱ {time} ({label}, %n éñŧŕý). ~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Ŕéšŧóŕéđ ŧĥé ƀáçķúƥ ƒŕóɱ {time} ({label}, %n éñŧŕíéš). ~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the backup from {time} ({label}).</source>
        <translation>[Ŕéšŧóŕéđ ŧĥé ƀáçķúƥ ƒŕóɱ {time} ({label}). ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your journal as it was is kept as {path}.</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ áš íŧ ŵáš íš ķéƥŧ áš {path}. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The damaged journal was moved, unchanged, to {path}.</source>
        <translation>[Ŧĥé đáɱáğéđ ĵóúŕñáĺ ŵáš ɱóṽéđ, úñçĥáñğéđ, ŧó {path}. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Passed over {name}: {reason}</source>
        <translation>[Ƥáššéđ óṽéŕ {name}: {reason} ~·~·~·]</translation>
    </message>
    <message>
        <source>There are no backups yet; `trustjournal backup` makes one.</source>
        <translation>[Ŧĥéŕé áŕé ñó ƀáçķúƥš ýéŧ; `ŧŕúšŧĵóúŕñáĺ ƀáçķúƥ` ɱáķéš óñé. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>%n in {folder}. Restore one with `trustjournal restore NAME`, or the newest with `trustjournal restore --latest`.</source>
        <translation>
            <numerusform>[%n íñ {folder}. Ŕéšŧóŕé óñé ŵíŧĥ `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé ÑÁṀÉ`, óŕ ŧĥé ñéŵéšŧ ŵíŧĥ `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺáŧéšŧ`. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[%n íñ {folder}. Ŕéšŧóŕé óñé ŵíŧĥ `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé ÑÁṀÉ`, óŕ ŧĥé ñéŵéšŧ ŵíŧĥ `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺáŧéšŧ`. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>this journal already holds your own entries; demo data goes in a separate folder: use --data-dir /some/empty/folder</source>
        <translation>[ŧĥíš ĵóúŕñáĺ áĺŕéáđý ĥóĺđš ýóúŕ óŵñ éñŧŕíéš; đéɱó đáŧá ğóéš íñ á šéƥáŕáŧé ƒóĺđéŕ: úšé --đáŧá-đíŕ /šóɱé/éɱƥŧý/ƒóĺđéŕ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo entries over {years} (tagged &apos;{tag}&apos;) to {path}.</source>
        <translation>
            <numerusform>[Áđđéđ %n đéɱó éñŧŕý óṽéŕ {years} (ŧáğğéđ &apos;{tag}&apos;) ŧó {path}. ~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Áđđéđ %n đéɱó éñŧŕíéš óṽéŕ {years} (ŧáğğéđ &apos;{tag}&apos;) ŧó {path}. ~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>[%n ýéáŕ ~·]</numerusform>
            <numerusform>[%n ýéáŕš ~·]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD, e.g. 2024-03-18</source>
        <translation>[&apos;{value}&apos; íš ñóŧ á đáŧé; úšé ÝÝÝÝ-ṀṀ-ĐĐ, é.ğ. 2024-03-18 ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>[&apos;{value}&apos; íš ñóŧ á ŵĥóĺé ñúɱƀéŕ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>[ɱúšŧ ƀé 1 óŕ ɱóŕé ~·~·~·~]</translation>
    </message>
    <message>
        <source>a passphrase cannot be empty; nothing has been changed</source>
        <translation>[á ƥáššƥĥŕášé çáññóŧ ƀé éɱƥŧý; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>please choose a passphrase of at least %n characters (a few words are easiest to remember); nothing has been changed</source>
        <translation>
            <numerusform>[ƥĺéášé çĥóóšé á ƥáššƥĥŕášé óƒ áŧ ĺéášŧ %n çĥáŕáçŧéŕ (á ƒéŵ ŵóŕđš áŕé éášíéšŧ ŧó ŕéɱéɱƀéŕ); ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[ƥĺéášé çĥóóšé á ƥáššƥĥŕášé óƒ áŧ ĺéášŧ %n çĥáŕáçŧéŕš (á ƒéŵ ŵóŕđš áŕé éášíéšŧ ŧó ŕéɱéɱƀéŕ); ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>give the new passphrase with --new-passphrase-file FILE or ${variable}, or run the command in a terminal to be asked</source>
        <translation>[ğíṽé ŧĥé ñéŵ ƥáššƥĥŕášé ŵíŧĥ --ñéŵ-ƥáššƥĥŕášé-ƒíĺé ƑÍĹÉ óŕ ${variable}, óŕ ŕúñ ŧĥé çóɱɱáñđ íñ á ŧéŕɱíñáĺ ŧó ƀé ášķéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>[Ñéŵ ƥáššƥĥŕášé: ~·~·~·] </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>[Ŧĥé šáɱé ƥáššƥĥŕášé áğáíñ: ~·~·~·~·~·] </translation>
    </message>
    <message>
        <source>the two passphrases are not the same; nothing has been changed</source>
        <translation>[ŧĥé ŧŵó ƥáššƥĥŕášéš áŕé ñóŧ ŧĥé šáɱé; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Note: {hint}</source>
        <translation>[Ñóŧé: {hint} ~·]</translation>
    </message>
    <message>
        <source>Saved entry {id} for {date}.</source>
        <translation>[Šáṽéđ éñŧŕý {id} ƒóŕ {date}. ~·~·~·~]</translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the answers that mean yes to a [y/N] question, separated by commas</comment>
        <translation>[ý,ýéš ~·]</translation>
    </message>
    <message>
        <source>Your recovery key, shown only this once:</source>
        <translation>[Ýóúŕ ŕéçóṽéŕý ķéý, šĥóŵñ óñĺý ŧĥíš óñçé: ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe away from this computer. If you forget your passphrase, this key is the only way back into your journal.</source>
        <translation>[Ŵŕíŧé íŧ đóŵñ óŕ ƥŕíñŧ íŧ, áñđ ķééƥ íŧ šóɱéŵĥéŕé šáƒé áŵáý ƒŕóɱ ŧĥíš çóɱƥúŧéŕ. Íƒ ýóú ƒóŕğéŧ ýóúŕ ƥáššƥĥŕášé, ŧĥíš ķéý íš ŧĥé óñĺý ŵáý ƀáçķ íñŧó ýóúŕ ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation>[ŧĥéŕé íš ñó ĵóúŕñáĺ áŧ {path} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the journal at {path} is not encrypted; `trustjournal encrypt` adds a passphrase</source>
        <translation>[ŧĥé ĵóúŕñáĺ áŧ {path} íš ñóŧ éñçŕýƥŧéđ; `ŧŕúšŧĵóúŕñáĺ éñçŕýƥŧ` áđđš á ƥáššƥĥŕášé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>CliCompletion</name>
    <message>
        <source>Print a tab-completion script. bash: add `eval &quot;$(trustjournal completion bash)&quot;` to ~/.bashrc; zsh: the same with zsh, in ~/.zshrc; fish: `trustjournal completion fish &gt; ~/.config/fish/completions/trustjournal.fish`.</source>
        <translation>[Ƥŕíñŧ á ŧáƀ-çóɱƥĺéŧíóñ šçŕíƥŧ. ƀášĥ: áđđ `éṽáĺ &quot;$(ŧŕúšŧĵóúŕñáĺ çóɱƥĺéŧíóñ ƀášĥ)&quot;` ŧó ~/.ƀášĥŕç; žšĥ: ŧĥé šáɱé ŵíŧĥ žšĥ, íñ ~/.žšĥŕç; ƒíšĥ: `ŧŕúšŧĵóúŕñáĺ çóɱƥĺéŧíóñ ƒíšĥ &gt; ~/.çóñƒíğ/ƒíšĥ/çóɱƥĺéŧíóñš/ŧŕúšŧĵóúŕñáĺ.ƒíšĥ`. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the shell to complete in</source>
        <translation>[ŧĥé šĥéĺĺ ŧó çóɱƥĺéŧé íñ ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>CliEditor</name>
    <message>
        <source>no editor is set: set $EDITOR (for example EDITOR=nano), or pipe the text in (`trustjournal add &lt; file`)</source>
        <translation>[ñó éđíŧóŕ íš šéŧ: šéŧ $ÉĐÍŦÓŔ (ƒóŕ éẋáɱƥĺé ÉĐÍŦÓŔ=ñáñó), óŕ ƥíƥé ŧĥé ŧéẋŧ íñ (`ŧŕúšŧĵóúŕñáĺ áđđ &lt; ƒíĺé`) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the editor {editor} could not be started ({reason}); nothing has been saved</source>
        <translation>[ŧĥé éđíŧóŕ {editor} çóúĺđ ñóŧ ƀé šŧáŕŧéđ ({reason}); ñóŧĥíñğ ĥáš ƀééñ šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the editor stopped with an error (exit code {code}); nothing has been saved</source>
        <translation>[ŧĥé éđíŧóŕ šŧóƥƥéđ ŵíŧĥ áñ éŕŕóŕ (éẋíŧ çóđé {code}); ñóŧĥíñğ ĥáš ƀééñ šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the editor saved text that is not UTF-8; nothing has been saved</source>
        <translation>[ŧĥé éđíŧóŕ šáṽéđ ŧéẋŧ ŧĥáŧ íš ñóŧ ÚŦƑ-8; ñóŧĥíñğ ĥáš ƀééñ šáṽéđ ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the entry could not be saved ({error}); your text is kept in {file} until you delete it</source>
        <translation>[ŧĥé éñŧŕý çóúĺđ ñóŧ ƀé šáṽéđ ({error}); ýóúŕ ŧéẋŧ íš ķéƥŧ íñ {file} úñŧíĺ ýóú đéĺéŧé íŧ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>nothing to save: the title and the text are both empty</source>
        <translation>[ñóŧĥíñğ ŧó šáṽé: ŧĥé ŧíŧĺé áñđ ŧĥé ŧéẋŧ áŕé ƀóŧĥ éɱƥŧý ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>CliEntries</name>
    <message>
        <source>the entry&apos;s id, or its first characters (at least 4; `list` shows them)</source>
        <translation>[ŧĥé éñŧŕý&apos;š íđ, óŕ íŧš ƒíŕšŧ çĥáŕáçŧéŕš (áŧ ĺéášŧ 4; `ĺíšŧ` šĥóŵš ŧĥéɱ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>[ɱáçĥíñé-ŕéáđáƀĺé óúŧƥúŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;-&apos; reads the new text from standard input</source>
        <translation>[&apos;-&apos; ŕéáđš ŧĥé ñéŵ ŧéẋŧ ƒŕóɱ šŧáñđáŕđ íñƥúŧ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>[á ñéŵ ŧíŧĺé ~·~·]</translation>
    </message>
    <message>
        <source>new comma-separated tags (replace the old ones)</source>
        <translation>[ñéŵ çóɱɱá-šéƥáŕáŧéđ ŧáğš (ŕéƥĺáçé ŧĥé óĺđ óñéš) ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a new day for it (YYYY-MM-DD)</source>
        <translation>[á ñéŵ đáý ƒóŕ íŧ (ÝÝÝÝ-ṀṀ-ĐĐ) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>star it</source>
        <translation>[šŧáŕ íŧ ~·~]</translation>
    </message>
    <message>
        <source>remove the star</source>
        <translation>[ŕéɱóṽé ŧĥé šŧáŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>also change the text in $VISUAL or $EDITOR</source>
        <translation>[áĺšó çĥáñğé ŧĥé ŧéẋŧ íñ $ṼÍŠÚÁĹ óŕ $ÉĐÍŦÓŔ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>delete it and its history for good (a backup is made first)</source>
        <translation>[đéĺéŧé íŧ áñđ íŧš ĥíšŧóŕý ƒóŕ ğóóđ (á ƀáçķúƥ íš ɱáđé ƒíŕšŧ) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>do not ask before deleting for good</source>
        <translation>[đó ñóŧ ášķ ƀéƒóŕé đéĺéŧíñğ ƒóŕ ğóóđ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{given}&apos; is not an entry id: give at least %n characters of one (`trustjournal list` shows them)</source>
        <translation>
            <numerusform>[&apos;{given}&apos; íš ñóŧ áñ éñŧŕý íđ: ğíṽé áŧ ĺéášŧ %n çĥáŕáçŧéŕ óƒ óñé (`ŧŕúšŧĵóúŕñáĺ ĺíšŧ` šĥóŵš ŧĥéɱ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[&apos;{given}&apos; íš ñóŧ áñ éñŧŕý íđ: ğíṽé áŧ ĺéášŧ %n çĥáŕáçŧéŕš óƒ óñé (`ŧŕúšŧĵóúŕñáĺ ĺíšŧ` šĥóŵš ŧĥéɱ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>no entry has an id starting with &apos;{prefix}&apos; (`trustjournal list` and `list --trash` show them)</source>
        <translation>[ñó éñŧŕý ĥáš áñ íđ šŧáŕŧíñğ ŵíŧĥ &apos;{prefix}&apos; (`ŧŕúšŧĵóúŕñáĺ ĺíšŧ` áñđ `ĺíšŧ --ŧŕášĥ` šĥóŵ ŧĥéɱ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>more than one entry has an id starting with &apos;{prefix}&apos;: give more of it</source>
        <translation>[ɱóŕé ŧĥáñ óñé éñŧŕý ĥáš áñ íđ šŧáŕŧíñğ ŵíŧĥ &apos;{prefix}&apos;: ğíṽé ɱóŕé óƒ íŧ ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>[ŧáğš: {tags} ~·]</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>[íñ ŧĥé ŧŕášĥ ~·~·~]</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>[(úñŧíŧĺéđ) ~·~·]</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>[íđ {id} ~]</translation>
    </message>
    <message>
        <source>give the new text from standard input or the editor, not both</source>
        <translation>[ğíṽé ŧĥé ñéŵ ŧéẋŧ ƒŕóɱ šŧáñđáŕđ íñƥúŧ óŕ ŧĥé éđíŧóŕ, ñóŧ ƀóŧĥ ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation>[ŧĥéŕé íš ñó ĵóúŕñáĺ áŧ {path} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>that entry is in the trash; restore it in the app to change it</source>
        <translation>[ŧĥáŧ éñŧŕý íš íñ ŧĥé ŧŕášĥ; ŕéšŧóŕé íŧ íñ ŧĥé áƥƥ ŧó çĥáñğé íŧ ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>no text on standard input: pipe it in</source>
        <translation>[ñó ŧéẋŧ óñ šŧáñđáŕđ íñƥúŧ: ƥíƥé íŧ íñ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Saved the changes to entry {id}.</source>
        <translation>[Šáṽéđ ŧĥé çĥáñğéš ŧó éñŧŕý {id}. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Nothing changed in entry {id}.</source>
        <translation>[Ñóŧĥíñğ çĥáñğéđ íñ éñŧŕý {id}. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>that entry is an exercise: its text comes from its answers, so change those in the app; its title, tags, day and star can be changed here</source>
        <translation>[ŧĥáŧ éñŧŕý íš áñ éẋéŕçíšé: íŧš ŧéẋŧ çóɱéš ƒŕóɱ íŧš áñšŵéŕš, šó çĥáñğé ŧĥóšé íñ ŧĥé áƥƥ; íŧš ŧíŧĺé, ŧáğš, đáý áñđ šŧáŕ çáñ ƀé çĥáñğéđ ĥéŕé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>that entry is a check-in: its text comes from its answers, so change those in the app; its title, tags, day and star can be changed here</source>
        <translation>[ŧĥáŧ éñŧŕý íš á çĥéçķ-íñ: íŧš ŧéẋŧ çóɱéš ƒŕóɱ íŧš áñšŵéŕš, šó çĥáñğé ŧĥóšé íñ ŧĥé áƥƥ; íŧš ŧíŧĺé, ŧáğš, đáý áñđ šŧáŕ çáñ ƀé çĥáñğéđ ĥéŕé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>that entry is made from answers: its text comes from its answers, so change those in the app; its title, tags, day and star can be changed here</source>
        <translation>[ŧĥáŧ éñŧŕý íš ɱáđé ƒŕóɱ áñšŵéŕš: íŧš ŧéẋŧ çóɱéš ƒŕóɱ íŧš áñšŵéŕš, šó çĥáñğé ŧĥóšé íñ ŧĥé áƥƥ; íŧš ŧíŧĺé, ŧáğš, đáý áñđ šŧáŕ çáñ ƀé çĥáñğéđ ĥéŕé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>nothing would be left: the title and the text would both be empty; `trustjournal delete` moves an entry to the trash</source>
        <translation>[ñóŧĥíñğ ŵóúĺđ ƀé ĺéƒŧ: ŧĥé ŧíŧĺé áñđ ŧĥé ŧéẋŧ ŵóúĺđ ƀóŧĥ ƀé éɱƥŧý; `ŧŕúšŧĵóúŕñáĺ đéĺéŧé` ɱóṽéš áñ éñŧŕý ŧó ŧĥé ŧŕášĥ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Entry {id} is already in the trash; `--for-good` deletes it for good.</source>
        <translation>[Éñŧŕý {id} íš áĺŕéáđý íñ ŧĥé ŧŕášĥ; `--ƒóŕ-ğóóđ` đéĺéŧéš íŧ ƒóŕ ğóóđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Moved entry {id} to the trash; the app&apos;s &quot;Show trash&quot; brings it back.</source>
        <translation>[Ṁóṽéđ éñŧŕý {id} ŧó ŧĥé ŧŕášĥ; ŧĥé áƥƥ&apos;š &quot;Šĥóŵ ŧŕášĥ&quot; ƀŕíñğš íŧ ƀáçķ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Delete entry {id} ({date}) and its history for good? [y/N] </source>
        <translation>[Đéĺéŧé éñŧŕý {id} ({date}) áñđ íŧš ĥíšŧóŕý ƒóŕ ğóóđ? [ý/Ñ] ~·~·~·~·~·~·~·~·~·~] </translation>
    </message>
    <message>
        <source>Deleted entry {id} for good (a backup was made first).</source>
        <translation>[Đéĺéŧéđ éñŧŕý {id} ƒóŕ ğóóđ (á ƀáçķúƥ ŵáš ɱáđé ƒíŕšŧ). ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>deleting for good needs --yes when no one is at a terminal; nothing has been deleted</source>
        <translation>[đéĺéŧíñğ ƒóŕ ğóóđ ñééđš --ýéš ŵĥéñ ñó óñé íš áŧ á ŧéŕɱíñáĺ; ñóŧĥíñğ ĥáš ƀééñ đéĺéŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>nothing has been deleted</source>
        <translation>[ñóŧĥíñğ ĥáš ƀééñ đéĺéŧéđ ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <source>the file format</source>
        <translation>[ŧĥé ƒíĺé ƒóŕɱáŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>the file (or folder, for folder formats) to write; - writes a one-file format to standard output</source>
        <translation>[ŧĥé ƒíĺé (óŕ ƒóĺđéŕ, ƒóŕ ƒóĺđéŕ ƒóŕɱáŧš) ŧó ŵŕíŧé; - ŵŕíŧéš á óñé-ƒíĺé ƒóŕɱáŧ ŧó šŧáñđáŕđ óúŧƥúŧ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>only entries from this day (YYYY-MM-DD)</source>
        <translation>[óñĺý éñŧŕíéš ƒŕóɱ ŧĥíš đáý (ÝÝÝÝ-ṀṀ-ĐĐ) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>only entries up to this day (YYYY-MM-DD)</source>
        <translation>[óñĺý éñŧŕíéš úƥ ŧó ŧĥíš đáý (ÝÝÝÝ-ṀṀ-ĐĐ) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>only entries with any of these tags</source>
        <translation>[óñĺý éñŧŕíéš ŵíŧĥ áñý óƒ ŧĥéšé ŧáğš ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>only these kinds of entry: free, exercise, checkin</source>
        <translation>[óñĺý ŧĥéšé ķíñđš óƒ éñŧŕý: ƒŕéé, éẋéŕçíšé, çĥéçķíñ ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>of the exercise entries, only these exercises (other kinds still follow --kind)</source>
        <translation>[óƒ ŧĥé éẋéŕçíšé éñŧŕíéš, óñĺý ŧĥéšé éẋéŕçíšéš (óŧĥéŕ ķíñđš šŧíĺĺ ƒóĺĺóŵ --ķíñđ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>include entries in the trash</source>
        <translation>[íñçĺúđé éñŧŕíéš íñ ŧĥé ŧŕášĥ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>include each entry&apos;s earlier versions (formats that keep them)</source>
        <translation>[íñçĺúđé éáçĥ éñŧŕý&apos;š éáŕĺíéŕ ṽéŕšíóñš (ƒóŕɱáŧš ŧĥáŧ ķééƥ ŧĥéɱ) ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>one combined file instead of a folder (markdown becomes markdown-single)</source>
        <translation>[óñé çóɱƀíñéđ ƒíĺé íñšŧéáđ óƒ á ƒóĺđéŕ (ɱáŕķđóŵñ ƀéçóɱéš ɱáŕķđóŵñ-šíñğĺé) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>pdf: start with a short summary of progress over the dates</source>
        <translation>[ƥđƒ: šŧáŕŧ ŵíŧĥ á šĥóŕŧ šúɱɱáŕý óƒ ƥŕóğŕéšš óṽéŕ ŧĥé đáŧéš ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>json, csv, pdf: put in the trackers (urges, promises, intentions, worries) made or settled within the dates; on for json and csv, off for the pdf packet unless given</source>
        <translation>[ĵšóñ, çšṽ, ƥđƒ: ƥúŧ íñ ŧĥé ŧŕáçķéŕš (úŕğéš, ƥŕóɱíšéš, íñŧéñŧíóñš, ŵóŕŕíéš) ɱáđé óŕ šéŧŧĺéđ ŵíŧĥíñ ŧĥé đáŧéš; óñ ƒóŕ ĵšóñ áñđ çšṽ, óƒƒ ƒóŕ ŧĥé ƥđƒ ƥáçķéŧ úñĺéšš ğíṽéñ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>pdf --summary and --trackers: the first day of the week (default: from the locale)</source>
        <translation>[ƥđƒ --šúɱɱáŕý áñđ --ŧŕáçķéŕš: ŧĥé ƒíŕšŧ đáý óƒ ŧĥé ŵééķ (đéƒáúĺŧ: ƒŕóɱ ŧĥé ĺóçáĺé) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>[ŕéƥĺáçé ƤÁŦĤ íƒ íŧ éẋíšŧš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the file or folder to import</source>
        <translation>[ŧĥé ƒíĺé óŕ ƒóĺđéŕ ŧó íɱƥóŕŧ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>what kind of file it is (default: tell from the file)</source>
        <translation>[ŵĥáŧ ķíñđ óƒ ƒíĺé íŧ íš (đéƒáúĺŧ: ŧéĺĺ ƒŕóɱ ŧĥé ƒíĺé) ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>only check the file and say what would be added</source>
        <translation>[óñĺý çĥéçķ ŧĥé ƒíĺé áñđ šáý ŵĥáŧ ŵóúĺđ ƀé áđđéđ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>Exporting {done} of %Ln entries…</source>
        <translation>
            <numerusform>[Éẋƥóŕŧíñğ {done} óƒ %Ln éñŧŕý… ~·~·~·~·]</numerusform>
            <numerusform>[Éẋƥóŕŧíñğ {done} óƒ %Ln éñŧŕíéš… ~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking {done} of %Ln entries…</source>
        <translation>
            <numerusform>[Çĥéçķíñğ {done} óƒ %Ln éñŧŕý… ~·~·~·~·]</numerusform>
            <numerusform>[Çĥéçķíñğ {done} óƒ %Ln éñŧŕíéš… ~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %Ln entries…</source>
        <translation>
            <numerusform>[Íɱƥóŕŧíñğ {done} óƒ %Ln éñŧŕý… ~·~·~·~·]</numerusform>
            <numerusform>[Íɱƥóŕŧíñğ {done} óƒ %Ln éñŧŕíéš… ~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln entries…</source>
        <translation>
            <numerusform>[Éẋƥóŕŧíñğ %Ln éñŧŕý… ~·~·~·~]</numerusform>
            <numerusform>[Éẋƥóŕŧíñğ %Ln éñŧŕíéš… ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln entries…</source>
        <translation>
            <numerusform>[Çĥéçķíñğ %Ln éñŧŕý… ~·~·~·]</numerusform>
            <numerusform>[Çĥéçķíñğ %Ln éñŧŕíéš… ~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln entries…</source>
        <translation>
            <numerusform>[Íɱƥóŕŧíñğ %Ln éñŧŕý… ~·~·~·~]</numerusform>
            <numerusform>[Íɱƥóŕŧíñğ %Ln éñŧŕíéš… ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>--from is after --to; nothing was exported</source>
        <translation>[--ƒŕóɱ íš áƒŧéŕ --ŧó; ñóŧĥíñğ ŵáš éẋƥóŕŧéđ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to standard output.</source>
        <translation>
            <numerusform>[Éẋƥóŕŧéđ %Ln éñŧŕý ŧó šŧáñđáŕđ óúŧƥúŧ. ~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Éẋƥóŕŧéđ %Ln éñŧŕíéš ŧó šŧáñđáŕđ óúŧƥúŧ. ~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {path}.</source>
        <translation>
            <numerusform>[Éẋƥóŕŧéđ %Ln éñŧŕý ŧó {path}. ~·~·~·~·]</numerusform>
            <numerusform>[Éẋƥóŕŧéđ %Ln éñŧŕíéš ŧó {path}. ~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: your journal is encrypted, but the exported text is not. Anyone who can open it can read it; keep it somewhere safe and delete it when done.</source>
        <translation>[Ñóŧé: ýóúŕ ĵóúŕñáĺ íš éñçŕýƥŧéđ, ƀúŧ ŧĥé éẋƥóŕŧéđ ŧéẋŧ íš ñóŧ. Áñýóñé ŵĥó çáñ óƥéñ íŧ çáñ ŕéáđ íŧ; ķééƥ íŧ šóɱéŵĥéŕé šáƒé áñđ đéĺéŧé íŧ ŵĥéñ đóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Note: your journal is encrypted, but {file} is not. Anyone who can open it can read it; keep it somewhere safe and delete it when done.</source>
        <translation>[Ñóŧé: ýóúŕ ĵóúŕñáĺ íš éñçŕýƥŧéđ, ƀúŧ {file} íš ñóŧ. Áñýóñé ŵĥó çáñ óƥéñ íŧ çáñ ŕéáđ íŧ; ķééƥ íŧ šóɱéŵĥéŕé šáƒé áñđ đéĺéŧé íŧ ŵĥéñ đóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{option} goes with {formats}; the {format} format has no trackers. Nothing was exported</source>
        <translation>[{option} ğóéš ŵíŧĥ {formats}; ŧĥé {format} ƒóŕɱáŧ ĥáš ñó ŧŕáçķéŕš. Ñóŧĥíñğ ŵáš éẋƥóŕŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>--out - writes to standard output, but it is closed; nothing was exported</source>
        <translation>[--óúŧ - ŵŕíŧéš ŧó šŧáñđáŕđ óúŧƥúŧ, ƀúŧ íŧ íš çĺóšéđ; ñóŧĥíñğ ŵáš éẋƥóŕŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>--out - writes to standard output, but {format} is a folder of files. Give --out a folder name, or add --single-file for one Markdown file; nothing was exported</source>
        <translation>[--óúŧ - ŵŕíŧéš ŧó šŧáñđáŕđ óúŧƥúŧ, ƀúŧ {format} íš á ƒóĺđéŕ óƒ ƒíĺéš. Ğíṽé --óúŧ á ƒóĺđéŕ ñáɱé, óŕ áđđ --šíñğĺé-ƒíĺé ƒóŕ óñé Ṁáŕķđóŵñ ƒíĺé; ñóŧĥíñğ ŵáš éẋƥóŕŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{format} is not text and would garble the terminal: redirect standard output to a file (&gt; packet.pdf) or give --out a file name; nothing was exported</source>
        <translation>[{format} íš ñóŧ ŧéẋŧ áñđ ŵóúĺđ ğáŕƀĺé ŧĥé ŧéŕɱíñáĺ: ŕéđíŕéçŧ šŧáñđáŕđ óúŧƥúŧ ŧó á ƒíĺé (&gt; ƥáçķéŧ.ƥđƒ) óŕ ğíṽé --óúŧ á ƒíĺé ñáɱé; ñóŧĥíñğ ŵáš éẋƥóŕŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>{path} ({format}) holds %Ln entries. Nothing was changed; importing it would add {what}.</source>
        <translation>
            <numerusform>[{path} ({format}) ĥóĺđš %Ln éñŧŕý. Ñóŧĥíñğ ŵáš çĥáñğéđ; íɱƥóŕŧíñğ íŧ ŵóúĺđ áđđ {what}. ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[{path} ({format}) ĥóĺđš %Ln éñŧŕíéš. Ñóŧĥíñğ ŵáš çĥáñğéđ; íɱƥóŕŧíñğ íŧ ŵóúĺđ áđđ {what}. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} ({format}) holds %Ln entries. There is no journal here yet ({folder}) and nothing was created or changed; importing it would start one with {what}.</source>
        <translation>
            <numerusform>[{path} ({format}) ĥóĺđš %Ln éñŧŕý. Ŧĥéŕé íš ñó ĵóúŕñáĺ ĥéŕé ýéŧ ({folder}) áñđ ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ; íɱƥóŕŧíñğ íŧ ŵóúĺđ šŧáŕŧ óñé ŵíŧĥ {what}. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[{path} ({format}) ĥóĺđš %Ln éñŧŕíéš. Ŧĥéŕé íš ñó ĵóúŕñáĺ ĥéŕé ýéŧ ({folder}) áñđ ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ; íɱƥóŕŧíñğ íŧ ŵóúĺđ šŧáŕŧ óñé ŵíŧĥ {what}. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no entries in {path}; nothing was changed.</source>
        <translation>[Ŧĥéŕé áŕé ñó éñŧŕíéš íñ {path}; ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: all %Ln entries in {path} are already in the journal.</source>
        <translation>
            <numerusform>[Ñóŧĥíñğ ŧó íɱƥóŕŧ: áĺĺ %Ln éñŧŕý íñ {path} áŕé áĺŕéáđý íñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ñóŧĥíñğ ŧó íɱƥóŕŧ: áĺĺ %Ln éñŧŕíéš íñ {path} áŕé áĺŕéáđý íñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln titles were longer than {most} characters and were shortened.</source>
        <translation>
            <numerusform>[%Ln ŧíŧĺé ŵáš ĺóñğéŕ ŧĥáñ {most} çĥáŕáçŧéŕš áñđ ŵáš šĥóŕŧéñéđ. ~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[%Ln ŧíŧĺéš ŵéŕé ĺóñğéŕ ŧĥáñ {most} çĥáŕáçŧéŕš áñđ ŵéŕé šĥóŕŧéñéđ. ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read (links and special files are left out): {files}.</source>
        <translation>[Ñóŧ ŕéáđ (ĺíñķš áñđ šƥéçíáĺ ƒíĺéš áŕé ĺéƒŧ óúŧ): {files}. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entries, {skipped} already in the journal, and from the trackers {trackers}.</source>
        <translation>
            <numerusform>[Íɱƥóŕŧéđ %Ln éñŧŕý, {skipped} áĺŕéáđý íñ ŧĥé ĵóúŕñáĺ, áñđ ƒŕóɱ ŧĥé ŧŕáçķéŕš {trackers}. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Íɱƥóŕŧéđ %Ln éñŧŕíéš, {skipped} áĺŕéáđý íñ ŧĥé ĵóúŕñáĺ, áñđ ƒŕóɱ ŧĥé ŧŕáçķéŕš {trackers}. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entries, {skipped} already in the journal.</source>
        <translation>
            <numerusform>[Íɱƥóŕŧéđ %Ln éñŧŕý, {skipped} áĺŕéáđý íñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Íɱƥóŕŧéđ %Ln éñŧŕíéš, {skipped} áĺŕéáđý íñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOpen</name>
    <message>
        <source>{path}: damaged. {reason} It has not been changed.</source>
        <translation>[{path}: đáɱáğéđ. {reason} Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>There are no backups of this journal in {folder}.</source>
        <translation>[Ŧĥéŕé áŕé ñó ƀáçķúƥš óƒ ŧĥíš ĵóúŕñáĺ íñ {folder}. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>You have %n backups in {folder}; the newest is the {label} from {time}. `trustjournal restore --latest` puts it back (the damaged file is kept aside, unchanged); `trustjournal restore --list` shows them all.</source>
        <translation>
            <numerusform>[Ýóú ĥáṽé óñé ƀáçķúƥ íñ {folder}; ŧĥé ñéŵéšŧ íš ŧĥé {label} ƒŕóɱ {time}. `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺáŧéšŧ` ƥúŧš íŧ ƀáçķ (ŧĥé đáɱáğéđ ƒíĺé íš ķéƥŧ ášíđé, úñçĥáñğéđ); `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺíšŧ` šĥóŵš ŧĥéɱ áĺĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ĥáṽé %n ƀáçķúƥš íñ {folder}; ŧĥé ñéŵéšŧ íš ŧĥé {label} ƒŕóɱ {time}. `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺáŧéšŧ` ƥúŧš íŧ ƀáçķ (ŧĥé đáɱáğéđ ƒíĺé íš ķéƥŧ ášíđé, úñçĥáñğéđ); `ŧŕúšŧĵóúŕñáĺ ŕéšŧóŕé --ĺíšŧ` šĥóŵš ŧĥéɱ áĺĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; nothing has been changed</source>
        <translation>[{file} íš ñóŧ ÚŦƑ-8 ŧéẋŧ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{what_to_do}; nothing has been changed</source>
        <translation>[{what_to_do}; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>nothing was typed; nothing has been changed</source>
        <translation>[ñóŧĥíñğ ŵáš ŧýƥéđ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>[Ƥáššƥĥŕášé: ~·~·] </translation>
    </message>
    <message>
        <source>this journal is encrypted: give its passphrase with --passphrase-file FILE or ${variable}, or run the command in a terminal to be asked</source>
        <translation>[ŧĥíš ĵóúŕñáĺ íš éñçŕýƥŧéđ: ğíṽé íŧš ƥáššƥĥŕášé ŵíŧĥ --ƥáššƥĥŕášé-ƒíĺé ƑÍĹÉ óŕ ${variable}, óŕ ŕúñ ŧĥé çóɱɱáñđ íñ á ŧéŕɱíñáĺ ŧó ƀé ášķéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>create a journal (with --encrypt, protected by a passphrase)</source>
        <translation>[çŕéáŧé á ĵóúŕñáĺ (ŵíŧĥ --éñçŕýƥŧ, ƥŕóŧéçŧéđ ƀý á ƥáššƥĥŕášé) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted journal</source>
        <translation>[çĥáñğé ŧĥé ƥáššƥĥŕášé óƒ áñ éñçŕýƥŧéđ ĵóúŕñáĺ ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>make a new recovery key for an encrypted journal (the old one stops working)</source>
        <translation>[ɱáķé á ñéŵ ŕéçóṽéŕý ķéý ƒóŕ áñ éñçŕýƥŧéđ ĵóúŕñáĺ (ŧĥé óĺđ óñé šŧóƥš ŵóŕķíñğ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>encrypt an existing journal and its backups (prints a recovery key once)</source>
        <translation>[éñçŕýƥŧ áñ éẋíšŧíñğ ĵóúŕñáĺ áñđ íŧš ƀáçķúƥš (ƥŕíñŧš á ŕéçóṽéŕý ķéý óñçé) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>remove the encryption from a journal and its backups</source>
        <translation>[ŕéɱóṽé ŧĥé éñçŕýƥŧíóñ ƒŕóɱ á ĵóúŕñáĺ áñđ íŧš ƀáçķúƥš ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>write a new entry from the terminal</source>
        <translation>[ŵŕíŧé á ñéŵ éñŧŕý ƒŕóɱ ŧĥé ŧéŕɱíñáĺ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>[ĺíšŧ éñŧŕíéš, ñéŵéšŧ ƒíŕšŧ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>[ƒúĺĺ-ŧéẋŧ šéáŕçĥ ~·~·~·]</translation>
    </message>
    <message>
        <source>check the journal&apos;s integrity (exit 0 if healthy, 3 if damaged)</source>
        <translation>[çĥéçķ ŧĥé ĵóúŕñáĺ&apos;š íñŧéğŕíŧý (éẋíŧ 0 íƒ ĥéáĺŧĥý, 3 íƒ đáɱáğéđ) ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>make a backup now, checked against the journal (in the backups folder)</source>
        <translation>[ɱáķé á ƀáçķúƥ ñóŵ, çĥéçķéđ áğáíñšŧ ŧĥé ĵóúŕñáĺ (íñ ŧĥé ƀáçķúƥš ƒóĺđéŕ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>put a backup back in place of the journal (the journal as it is is kept first)</source>
        <translation>[ƥúŧ á ƀáçķúƥ ƀáçķ íñ ƥĺáçé óƒ ŧĥé ĵóúŕñáĺ (ŧĥé ĵóúŕñáĺ áš íŧ íš íš ķéƥŧ ƒíŕšŧ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>create a synthetic demo journal (for trying the app and benchmarks)</source>
        <translation>[çŕéáŧé á šýñŧĥéŧíç đéɱó ĵóúŕñáĺ (ƒóŕ ŧŕýíñğ ŧĥé áƥƥ áñđ ƀéñçĥɱáŕķš) ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>write entries to a file in an open format (json can be imported back)</source>
        <translation>[ŵŕíŧé éñŧŕíéš ŧó á ƒíĺé íñ áñ óƥéñ ƒóŕɱáŧ (ĵšóñ çáñ ƀé íɱƥóŕŧéđ ƀáçķ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>add entries from a file: ours, jrnl, Day One or a Markdown folder</source>
        <translation>[áđđ éñŧŕíéš ƒŕóɱ á ƒíĺé: óúŕš, ĵŕñĺ, Đáý Óñé óŕ á Ṁáŕķđóŵñ ƒóĺđéŕ ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>print your progress: check-in trends, exercises, thought records, thinking traps, root causes, small victories, urges, promises, intentions, worries</source>
        <translation>[ƥŕíñŧ ýóúŕ ƥŕóğŕéšš: çĥéçķ-íñ ŧŕéñđš, éẋéŕçíšéš, ŧĥóúğĥŧ ŕéçóŕđš, ŧĥíñķíñğ ŧŕáƥš, ŕóóŧ çáúšéš, šɱáĺĺ ṽíçŧóŕíéš, úŕğéš, ƥŕóɱíšéš, íñŧéñŧíóñš, ŵóŕŕíéš ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>print one entry in full</source>
        <translation>[ƥŕíñŧ óñé éñŧŕý íñ ƒúĺĺ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>change one entry: its text in $EDITOR (the default), or its title, tags, day or star</source>
        <translation>[çĥáñğé óñé éñŧŕý: íŧš ŧéẋŧ íñ $ÉĐÍŦÓŔ (ŧĥé đéƒáúĺŧ), óŕ íŧš ŧíŧĺé, ŧáğš, đáý óŕ šŧáŕ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>move one entry to the trash (restorable in the app), or delete it for good</source>
        <translation>[ɱóṽé óñé éñŧŕý ŧó ŧĥé ŧŕášĥ (ŕéšŧóŕáƀĺé íñ ŧĥé áƥƥ), óŕ đéĺéŧé íŧ ƒóŕ ğóóđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>print a tab-completion script for bash, zsh or fish</source>
        <translation>[ƥŕíñŧ á ŧáƀ-çóɱƥĺéŧíóñ šçŕíƥŧ ƒóŕ ƀášĥ, žšĥ óŕ ƒíšĥ ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>folder holding the journal</source>
        <translation>[ƒóĺđéŕ ĥóĺđíñğ ŧĥé ĵóúŕñáĺ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (else ${variable}, else you are asked twice)</source>
        <translation>[ŕéáđ ŧĥé ñéŵ ƥáššƥĥŕášé ƒŕóɱ ƑÍĹÉ (éĺšé ${variable}, éĺšé ýóú áŕé ášķéđ ŧŵíçé) ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>remove, without being asked, backups that could not be re-encrypted under the new key (damaged ones); they are listed first</source>
        <translation>[ŕéɱóṽé, ŵíŧĥóúŧ ƀéíñğ ášķéđ, ƀáçķúƥš ŧĥáŧ çóúĺđ ñóŧ ƀé ŕé-éñçŕýƥŧéđ úñđéŕ ŧĥé ñéŵ ķéý (đáɱáğéđ óñéš); ŧĥéý áŕé ĺíšŧéđ ƒíŕšŧ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A private, offline journal for working through trust issues. With no command, opens the app.</source>
        <translation>[Á ƥŕíṽáŧé, óƒƒĺíñé ĵóúŕñáĺ ƒóŕ ŵóŕķíñğ ŧĥŕóúğĥ ŧŕúšŧ íššúéš. Ŵíŧĥ ñó çóɱɱáñđ, óƥéñš ŧĥé áƥƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>folder holding the journal (default: $TRUSTJOURNAL_HOME, else the user data folder)</source>
        <translation>[ƒóĺđéŕ ĥóĺđíñğ ŧĥé ĵóúŕñáĺ (đéƒáúĺŧ: $ŦŔÚŠŦĴÓÚŔÑÁĹ_ĤÓṀÉ, éĺšé ŧĥé úšéŕ đáŧá ƒóĺđéŕ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>read the passphrase of an encrypted journal from FILE (else ${variable}, else you are asked)</source>
        <translation>[ŕéáđ ŧĥé ƥáššƥĥŕášé óƒ áñ éñçŕýƥŧéđ ĵóúŕñáĺ ƒŕóɱ ƑÍĹÉ (éĺšé ${variable}, éĺšé ýóú áŕé ášķéđ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>add TrustJournal (this copy of it) to your app menu, with icons</source>
        <translation>[áđđ TrustJournal (ŧĥíš çóƥý óƒ íŧ) ŧó ýóúŕ áƥƥ ɱéñú, ŵíŧĥ íçóñš ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>take it out of your app menu again</source>
        <translation>[ŧáķé íŧ óúŧ óƒ ýóúŕ áƥƥ ɱéñú áğáíñ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>start in the system tray (used at login when reminders are on)</source>
        <translation>[šŧáŕŧ íñ ŧĥé šýšŧéɱ ŧŕáý (úšéđ áŧ ĺóğíñ ŵĥéñ ŕéɱíñđéŕš áŕé óñ) ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>encrypt it; prints a recovery key once, to keep somewhere safe</source>
        <translation>[éñçŕýƥŧ íŧ; ƥŕíñŧš á ŕéçóṽéŕý ķéý óñçé, ŧó ķééƥ šóɱéŵĥéŕé šáƒé ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>unlock with the recovery key instead of the passphrase (else ${variable}, else you are asked)</source>
        <translation>[úñĺóçķ ŵíŧĥ ŧĥé ŕéçóṽéŕý ķéý íñšŧéáđ óƒ ŧĥé ƥáššƥĥŕášé (éĺšé ${variable}, éĺšé ýóú áŕé ášķéđ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>agree without being asked to overwrite and remove plain files in the journal&apos;s folder that cannot be kept encrypted (they are listed first)</source>
        <translation>[áğŕéé ŵíŧĥóúŧ ƀéíñğ ášķéđ ŧó óṽéŕŵŕíŧé áñđ ŕéɱóṽé ƥĺáíñ ƒíĺéš íñ ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ ŧĥáŧ çáññóŧ ƀé ķéƥŧ éñçŕýƥŧéđ (ŧĥéý áŕé ĺíšŧéđ ƒíŕšŧ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>entry text (kept in your shell&apos;s history: prefer the editor or standard input); read from standard input if &apos;-&apos; or piped, else from $EDITOR</source>
        <translation>[éñŧŕý ŧéẋŧ (ķéƥŧ íñ ýóúŕ šĥéĺĺ&apos;š ĥíšŧóŕý: ƥŕéƒéŕ ŧĥé éđíŧóŕ óŕ šŧáñđáŕđ íñƥúŧ); ŕéáđ ƒŕóɱ šŧáñđáŕđ íñƥúŧ íƒ &apos;-&apos; óŕ ƥíƥéđ, éĺšé ƒŕóɱ $ÉĐÍŦÓŔ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>entry title</source>
        <translation>[éñŧŕý ŧíŧĺé ~·~·]</translation>
    </message>
    <message>
        <source>comma-separated tags</source>
        <translation>[çóɱɱá-šéƥáŕáŧéđ ŧáğš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>the entry&apos;s day (YYYY-MM-DD), default today</source>
        <translation>[ŧĥé éñŧŕý&apos;š đáý (ÝÝÝÝ-ṀṀ-ĐĐ), đéƒáúĺŧ ŧóđáý ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>star the entry</source>
        <translation>[šŧáŕ ŧĥé éñŧŕý ~·~·~·]</translation>
    </message>
    <message>
        <source>write the text in $VISUAL or $EDITOR (the default at a terminal)</source>
        <translation>[ŵŕíŧé ŧĥé ŧéẋŧ íñ $ṼÍŠÚÁĹ óŕ $ÉĐÍŦÓŔ (ŧĥé đéƒáúĺŧ áŧ á ŧéŕɱíñáĺ) ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>how many (default 20)</source>
        <translation>[ĥóŵ ɱáñý (đéƒáúĺŧ 20) ~·~·~·~·]</translation>
    </message>
    <message>
        <source>only entries with this tag</source>
        <translation>[óñĺý éñŧŕíéš ŵíŧĥ ŧĥíš ŧáğ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>[ĺíšŧ ŧĥé ŧŕášĥ íñšŧéáđ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>[ɱáçĥíñé-ŕéáđáƀĺé óúŧƥúŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>words to find</source>
        <translation>[ŵóŕđš ŧó ƒíñđ ~·~·~]</translation>
    </message>
    <message>
        <source>only with this tag (repeatable)</source>
        <translation>[óñĺý ŵíŧĥ ŧĥíš ŧáğ (ŕéƥéáŧáƀĺé) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>[ƒŕóɱ ŧĥíš đáý (ÝÝÝÝ-ṀṀ-ĐĐ) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>up to this day (YYYY-MM-DD)</source>
        <translation>[úƥ ŧó ŧĥíš đáý (ÝÝÝÝ-ṀṀ-ĐĐ) ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>how many (default 50)</source>
        <translation>[ĥóŵ ɱáñý (đéƒáúĺŧ 50) ~·~·~·~·]</translation>
    </message>
    <message>
        <source>the backup&apos;s name (see --list) or the path to a backup file</source>
        <translation>[ŧĥé ƀáçķúƥ&apos;š ñáɱé (šéé --ĺíšŧ) óŕ ŧĥé ƥáŧĥ ŧó á ƀáçķúƥ ƒíĺé ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>restore the newest backup that checks out</source>
        <translation>[ŕéšŧóŕé ŧĥé ñéŵéšŧ ƀáçķúƥ ŧĥáŧ çĥéçķš óúŧ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>[ĺíšŧ ŧĥé ƀáçķúƥš, ñéŵéšŧ ƒíŕšŧ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>how many entries</source>
        <translation>[ĥóŵ ɱáñý éñŧŕíéš ~·~·~·]</translation>
    </message>
    <message>
        <source>spread over how many years</source>
        <translation>[šƥŕéáđ óṽéŕ ĥóŵ ɱáñý ýéáŕš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>random seed (same seed, same journal)</source>
        <translation>[ŕáñđóɱ šééđ (šáɱé šééđ, šáɱé ĵóúŕñáĺ) ~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>CliStats</name>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>[&apos;{value}&apos; íš ñóŧ á ŵĥóĺé ñúɱƀéŕ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>must be from 1 to {most} (or use --all)</source>
        <translation>[ɱúšŧ ƀé ƒŕóɱ 1 ŧó {most} (óŕ úšé --áĺĺ) ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the last N weeks, this one included (default {weeks})</source>
        <translation>[ŧĥé ĺášŧ Ñ ŵééķš, ŧĥíš óñé íñçĺúđéđ (đéƒáúĺŧ {weeks}) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>everything since the first entry</source>
        <translation>[éṽéŕýŧĥíñğ šíñçé ŧĥé ƒíŕšŧ éñŧŕý ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the first day of a week (default: from your locale settings, else Monday)</source>
        <translation>[ŧĥé ƒíŕšŧ đáý óƒ á ŵééķ (đéƒáúĺŧ: ƒŕóɱ ýóúŕ ĺóçáĺé šéŧŧíñğš, éĺšé Ṁóñđáý) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>[ɱáçĥíñé-ŕéáđáƀĺé óúŧƥúŧ ~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>CSV (check-in, exercise and tracker figures)</source>
        <translation>[ÇŠṼ (çĥéçķ-íñ, éẋéŕçíšé áñđ ŧŕáçķéŕ ƒíğúŕéš) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Damaged</name>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>[Ŕéšŧóŕéđ ŧĥé ƀáçķúƥ ƒŕóɱ {when}. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. The damaged file is kept, unchanged, as backups/{file}.</source>
        <translation>[Ŕéšŧóŕéđ ŧĥé ƀáçķúƥ ƒŕóɱ {when}. Ŧĥé đáɱáğéđ ƒíĺé íš ķéƥŧ, úñçĥáñğéđ, áš ƀáçķúƥš/{file}. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>DamagedView</name>
    <message>
        <source>Your journal can&apos;t be opened safely</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ çáñ&apos;ŧ ƀé óƥéñéđ šáƒéĺý ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>TrustJournal has not changed the file, and will not write to it. This can happen after a power cut, a full disk or a failing drive. Here is what you can do:</source>
        <translation>[TrustJournal ĥáš ñóŧ çĥáñğéđ ŧĥé ƒíĺé, áñđ ŵíĺĺ ñóŧ ŵŕíŧé ŧó íŧ. Ŧĥíš çáñ ĥáƥƥéñ áƒŧéŕ á ƥóŵéŕ çúŧ, á ƒúĺĺ đíšķ óŕ á ƒáíĺíñğ đŕíṽé. Ĥéŕé íš ŵĥáŧ ýóú çáñ đó: ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>The latest backup is from {when} ({kind}, %n entries). The damaged file is moved into the backups folder first, unchanged, so nothing is lost.</source>
        <translation>
            <numerusform>[Ŧĥé ĺáŧéšŧ ƀáçķúƥ íš ƒŕóɱ {when} ({kind}, %n éñŧŕý). Ŧĥé đáɱáğéđ ƒíĺé íš ɱóṽéđ íñŧó ŧĥé ƀáçķúƥš ƒóĺđéŕ ƒíŕšŧ, úñçĥáñğéđ, šó ñóŧĥíñğ íš ĺóšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ŧĥé ĺáŧéšŧ ƀáçķúƥ íš ƒŕóɱ {when} ({kind}, %n éñŧŕíéš). Ŧĥé đáɱáğéđ ƒíĺé íš ɱóṽéđ íñŧó ŧĥé ƀáçķúƥš ƒóĺđéŕ ƒíŕšŧ, úñçĥáñğéđ, šó ñóŧĥíñğ íš ĺóšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest backup is from {when} ({kind}). The damaged file is moved into the backups folder first, unchanged, so nothing is lost.</source>
        <translation>[Ŧĥé ĺáŧéšŧ ƀáçķúƥ íš ƒŕóɱ {when} ({kind}). Ŧĥé đáɱáğéđ ƒíĺé íš ɱóṽéđ íñŧó ŧĥé ƀáçķúƥš ƒóĺđéŕ ƒíŕšŧ, úñçĥáñğéđ, šó ñóŧĥíñğ íš ĺóšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>There are no backups of this journal in its backups folder.</source>
        <translation>[Ŧĥéŕé áŕé ñó ƀáçķúƥš óƒ ŧĥíš ĵóúŕñáĺ íñ íŧš ƀáçķúƥš ƒóĺđéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>[Ŕéšŧóŕé ŧĥé ĺáŧéšŧ ğóóđ ƀáçķúƥ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>[Ƥáššƥĥŕášé ~·~·]</translation>
    </message>
    <message>
        <source>Your passphrase is needed to open the encrypted backup or copy.</source>
        <translation>[Ýóúŕ ƥáššƥĥŕášé íš ñééđéđ ŧó óƥéñ ŧĥé éñçŕýƥŧéđ ƀáçķúƥ óŕ çóƥý. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Save a readable copy…</source>
        <translation>[Šáṽé á ŕéáđáƀĺé çóƥý… ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Copies every entry that can still be read into a new journal, in an empty folder you choose. The damaged file is only read.</source>
        <translation>[Çóƥíéš éṽéŕý éñŧŕý ŧĥáŧ çáñ šŧíĺĺ ƀé ŕéáđ íñŧó á ñéŵ ĵóúŕñáĺ, íñ áñ éɱƥŧý ƒóĺđéŕ ýóú çĥóóšé. Ŧĥé đáɱáğéđ ƒíĺé íš óñĺý ŕéáđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>[Šĥóŵ ŧĥé ƒóĺđéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>[Ɋúíŧ ~·]</translation>
    </message>
    <message>
        <source>Restoring the latest good backup… This can take a little while.</source>
        <translation>[Ŕéšŧóŕíñğ ŧĥé ĺáŧéšŧ ğóóđ ƀáçķúƥ… Ŧĥíš çáñ ŧáķé á ĺíŧŧĺé ŵĥíĺé. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Choose an empty folder for the readable copy</source>
        <translation>[Çĥóóšé áñ éɱƥŧý ƒóĺđéŕ ƒóŕ ŧĥé ŕéáđáƀĺé çóƥý ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Copying what can be read… This can take a little while.</source>
        <translation>[Çóƥýíñğ ŵĥáŧ çáñ ƀé ŕéáđ… Ŧĥíš çáñ ŧáķé á ĺíŧŧĺé ŵĥíĺé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Saved a readable copy with %n entries in {folder}. Some parts of the damaged file could not be read, so a few entries may be missing. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</source>
        <translation>
            <numerusform>[Šáṽéđ á ŕéáđáƀĺé çóƥý ŵíŧĥ %n éñŧŕý íñ {folder}. Šóɱé ƥáŕŧš óƒ ŧĥé đáɱáğéđ ƒíĺé çóúĺđ ñóŧ ƀé ŕéáđ, šó á ƒéŵ éñŧŕíéš ɱáý ƀé ɱíššíñğ. Ŧĥé đáɱáğéđ ƒíĺé ĥáš ñóŧ ƀééñ çĥáñğéđ. Ŧó óƥéñ ŧĥé çóƥý, šŧáŕŧ TrustJournal ŵíŧĥ: ŧŕúšŧĵóúŕñáĺ --đáŧá-đíŕ &quot;{folder}&quot; ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Šáṽéđ á ŕéáđáƀĺé çóƥý ŵíŧĥ %n éñŧŕíéš íñ {folder}. Šóɱé ƥáŕŧš óƒ ŧĥé đáɱáğéđ ƒíĺé çóúĺđ ñóŧ ƀé ŕéáđ, šó á ƒéŵ éñŧŕíéš ɱáý ƀé ɱíššíñğ. Ŧĥé đáɱáğéđ ƒíĺé ĥáš ñóŧ ƀééñ çĥáñğéđ. Ŧó óƥéñ ŧĥé çóƥý, šŧáŕŧ TrustJournal ŵíŧĥ: ŧŕúšŧĵóúŕñáĺ --đáŧá-đíŕ &quot;{folder}&quot; ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a readable copy with %n entries in {folder}. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</source>
        <translation>
            <numerusform>[Šáṽéđ á ŕéáđáƀĺé çóƥý ŵíŧĥ %n éñŧŕý íñ {folder}. Ŧĥé đáɱáğéđ ƒíĺé ĥáš ñóŧ ƀééñ çĥáñğéđ. Ŧó óƥéñ ŧĥé çóƥý, šŧáŕŧ TrustJournal ŵíŧĥ: ŧŕúšŧĵóúŕñáĺ --đáŧá-đíŕ &quot;{folder}&quot; ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Šáṽéđ á ŕéáđáƀĺé çóƥý ŵíŧĥ %n éñŧŕíéš íñ {folder}. Ŧĥé đáɱáğéđ ƒíĺé ĥáš ñóŧ ƀééñ çĥáñğéđ. Ŧó óƥéñ ŧĥé çóƥý, šŧáŕŧ TrustJournal ŵíŧĥ: ŧŕúšŧĵóúŕñáĺ --đáŧá-đíŕ &quot;{folder}&quot; ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>[Ŧýƥé ýóúŕ ƥáššƥĥŕášé ƒíŕšŧ. ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>DayOneFormat</name>
    <message>
        <source>&apos;{field}&apos; holds characters that are not text</source>
        <translation>[&apos;{field}&apos; ĥóĺđš çĥáŕáçŧéŕš ŧĥáŧ áŕé ñóŧ ŧéẋŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains a NUL character</source>
        <translation>[&apos;{field}&apos; çóñŧáíñš á ÑÚĹ çĥáŕáçŧéŕ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;uuid&apos; is not a valid id: {value}</source>
        <translation>[&apos;úúíđ&apos; íš ñóŧ á ṽáĺíđ íđ: {value} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the entry has no &apos;uuid&apos;</source>
        <translation>[ŧĥé éñŧŕý ĥáš ñó &apos;úúíđ&apos; ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;uuid&apos; must be text</source>
        <translation>[&apos;úúíđ&apos; ɱúšŧ ƀé ŧéẋŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>the year {year} in &apos;{field}&apos; is outside {min_year}–{max_year}</source>
        <translation>[ŧĥé ýéáŕ {year} íñ &apos;{field}&apos; íš óúŧšíđé {min_year}–{max_year} ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>[éñŧŕý {number} ~·]</translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation>[áñ éñŧŕý ɱúšŧ ƀé áñ óƀĵéçŧ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;creationDate&apos; is out of range</source>
        <translation>[&apos;çŕéáŧíóñĐáŧé&apos; íš óúŧ óƒ ŕáñğé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;text&apos; must be text</source>
        <translation>[&apos;ŧéẋŧ&apos; ɱúšŧ ƀé ŧéẋŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list of texts</source>
        <translation>[&apos;ŧáğš&apos; ɱúšŧ ƀé á ĺíšŧ óƒ ŧéẋŧš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;starred&apos; must be true or false</source>
        <translation>[&apos;šŧáŕŕéđ&apos; ɱúšŧ ƀé ŧŕúé óŕ ƒáĺšé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not a Day One export (expected an object with an &apos;entries&apos; list)</source>
        <translation>[ŧĥíš íš ñóŧ á Đáý Óñé éẋƥóŕŧ (éẋƥéçŧéđ áñ óƀĵéçŧ ŵíŧĥ áñ &apos;éñŧŕíéš&apos; ĺíšŧ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the zip file contains no Journal.json (no Day One journal)</source>
        <translation>[ŧĥé žíƥ ƒíĺé çóñŧáíñš ñó Ĵóúŕñáĺ.ĵšóñ (ñó Đáý Óñé ĵóúŕñáĺ) ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{file}/{filename}</source>
        <translation>[{file}/{filename} ~]</translation>
    </message>
    <message>
        <source>it is too large or compressed suspiciously well</source>
        <translation>[íŧ íš ŧóó ĺáŕğé óŕ çóɱƥŕéššéđ šúšƥíçíóúšĺý ŵéĺĺ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>it is password-protected</source>
        <translation>[íŧ íš ƥáššŵóŕđ-ƥŕóŧéçŧéđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>it uses a compression this app cannot read</source>
        <translation>[íŧ úšéš á çóɱƥŕéššíóñ ŧĥíš áƥƥ çáññóŧ ŕéáđ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>it is damaged in the zip file</source>
        <translation>[íŧ íš đáɱáğéđ íñ ŧĥé žíƥ ƒíĺé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>it is larger than the zip file says</source>
        <translation>[íŧ íš ĺáŕğéŕ ŧĥáñ ŧĥé žíƥ ƒíĺé šáýš ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the uuid {upper} appears twice (first at {seen})</source>
        <translation>[ŧĥé úúíđ {upper} áƥƥéáŕš ŧŵíçé (ƒíŕšŧ áŧ {seen}) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>[éñŧŕý {index} ~·]</translation>
    </message>
    <message>
        <source>the file is larger than {size_words}</source>
        <translation>[ŧĥé ƒíĺé íš ĺáŕğéŕ ŧĥáñ {size_words} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this zip file is damaged</source>
        <translation>[ŧĥíš žíƥ ƒíĺé íš đáɱáğéđ ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>DayOneImporter</name>
    <message>
        <source>Day One (JSON or zip export)</source>
        <translation>[Đáý Óñé (ĴŠÓÑ óŕ žíƥ éẋƥóŕŧ) ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>[%Ln ŵóŕđ ~·]</numerusform>
            <numerusform>[%Ln ŵóŕđš ~·]</numerusform>
        </translation>
    </message>
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
    <name>DesktopEntry</name>
    <message>
        <source>TrustJournal is in your app menu now ({file}); it starts {command}. `trustjournal --remove-desktop-entry` takes it out again.</source>
        <translation>[TrustJournal íš íñ ýóúŕ áƥƥ ɱéñú ñóŵ ({file}); íŧ šŧáŕŧš {command}. `ŧŕúšŧĵóúŕñáĺ --ŕéɱóṽé-đéšķŧóƥ-éñŧŕý` ŧáķéš íŧ óúŧ áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Removed TrustJournal from your app menu.</source>
        <translation>[Ŕéɱóṽéđ TrustJournal ƒŕóɱ ýóúŕ áƥƥ ɱéñú. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>TrustJournal was not in your app menu.</source>
        <translation>[TrustJournal ŵáš ñóŧ íñ ýóúŕ áƥƥ ɱéñú. ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>DesktopLock</name>
    <message>
        <source>It also locks when the computer goes to sleep.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ŧĥé çóɱƥúŧéŕ ğóéš ŧó šĺééƥ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>It also locks when your session is locked.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ýóúŕ šéššíóñ íš ĺóçķéđ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It also locks when the screen locks.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ŧĥé šçŕééñ ĺóçķš. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep and when your session is locked.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ŧĥé çóɱƥúŧéŕ ğóéš ŧó šĺééƥ áñđ ŵĥéñ ýóúŕ šéššíóñ íš ĺóçķéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep and when the screen locks.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ŧĥé çóɱƥúŧéŕ ğóéš ŧó šĺééƥ áñđ ŵĥéñ ŧĥé šçŕééñ ĺóçķš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It also locks when your session is locked and when the screen locks.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ýóúŕ šéššíóñ íš ĺóçķéđ áñđ ŵĥéñ ŧĥé šçŕééñ ĺóçķš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep, when your session is locked and when the screen locks.</source>
        <translation>[Íŧ áĺšó ĺóçķš ŵĥéñ ŧĥé çóɱƥúŧéŕ ğóéš ŧó šĺééƥ, ŵĥéñ ýóúŕ šéššíóñ íš ĺóçķéđ áñđ ŵĥéñ ŧĥé šçŕééñ ĺóçķš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This desktop gives no sleep or screen-lock signal that TrustJournal can hear, so it locks only after the time above, or when you lock it.</source>
        <translation>[Ŧĥíš đéšķŧóƥ ğíṽéš ñó šĺééƥ óŕ šçŕééñ-ĺóçķ šíğñáĺ ŧĥáŧ TrustJournal çáñ ĥéáŕ, šó íŧ ĺóçķš óñĺý áƒŧéŕ ŧĥé ŧíɱé áƀóṽé, óŕ ŵĥéñ ýóú ĺóçķ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>DistortionsStep</name>
    <message>
        <source>Tick the suggested ones</source>
        <translation>[Ŧíçķ ŧĥé šúğğéšŧéđ óñéš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>[Ñó ŧĥáñķš ~·~·]</translation>
    </message>
    <message>
        <source>No list of thinking traps is installed.</source>
        <translation>[Ñó ĺíšŧ óƒ ŧĥíñķíñğ ŧŕáƥš íš íñšŧáĺĺéđ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A trap of your own, in your words</source>
        <translation>[Á ŧŕáƥ óƒ ýóúŕ óŵñ, íñ ýóúŕ ŵóŕđš ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Add a thinking trap of your own</source>
        <translation>[Áđđ á ŧĥíñķíñğ ŧŕáƥ óƒ ýóúŕ óŵñ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>[Áđđ ~]</translation>
    </message>
    <message>
        <source>· suggested from your words</source>
        <translation>[· šúğğéšŧéđ ƒŕóɱ ýóúŕ ŵóŕđš ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{explanation}
For example: “{example}”</source>
        <translation>[{explanation} ~]
[Ƒóŕ éẋáɱƥĺé: “{example}” ~·~·~·]</translation>
    </message>
    <message>
        <source>The words you used sometimes go with: &lt;b&gt;{names}&lt;/b&gt;. This is only a hint from the wording; you know what you meant.</source>
        <translation>[Ŧĥé ŵóŕđš ýóú úšéđ šóɱéŧíɱéš ğó ŵíŧĥ: &lt;b&gt;{names}&lt;/b&gt;. Ŧĥíš íš óñĺý á ĥíñŧ ƒŕóɱ ŧĥé ŵóŕđíñğ; ýóú ķñóŵ ŵĥáŧ ýóú ɱéáñŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A trap you named yourself</source>
        <translation>[Á ŧŕáƥ ýóú ñáɱéđ ýóúŕšéĺƒ ~·~·~·~·~·]</translation>
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
    <name>EntryPickerDialog</name>
    <message>
        <source>Choose entries</source>
        <translation>[Çĥóóšé éñŧŕíéš ~·~·~·]</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>[Éñŧŕíéš ~·~]</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>[(úñŧíŧĺéđ) ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Untick the entries to leave out. Space ticks and unticks. Only the first %Ln are listed; narrow the dates to see the rest.</source>
        <translation>
            <numerusform>[Úñŧíçķ ŧĥé éñŧŕíéš ŧó ĺéáṽé óúŧ. Šƥáçé ŧíçķš áñđ úñŧíçķš. Óñĺý ŧĥé ƒíŕšŧ %Ln íš ĺíšŧéđ; ñáŕŕóŵ ŧĥé đáŧéš ŧó šéé ŧĥé ŕéšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Úñŧíçķ ŧĥé éñŧŕíéš ŧó ĺéáṽé óúŧ. Šƥáçé ŧíçķš áñđ úñŧíçķš. Óñĺý ŧĥé ƒíŕšŧ %Ln áŕé ĺíšŧéđ; ñáŕŕóŵ ŧĥé đáŧéš ŧó šéé ŧĥé ŕéšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick the entries to leave out. Space ticks and unticks.</source>
        <translation>[Úñŧíçķ ŧĥé éñŧŕíéš ŧó ĺéáṽé óúŧ. Šƥáçé ŧíçķš áñđ úñŧíçķš. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>[Ŧíçķ áĺĺ ~·~]</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>[Úñŧíçķ áĺĺ ~·~·]</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>[Çáñçéĺĺéđ. Ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExchangeFormats</name>
    <message>
        <source>No export format &apos;{name}&apos;. Choose one of: {formats}.</source>
        <translation>[Ñó éẋƥóŕŧ ƒóŕɱáŧ &apos;{name}&apos;. Çĥóóšé óñé óƒ: {formats}. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No import format &apos;{name}&apos;. Choose one of: {formats}.</source>
        <translation>[Ñó íɱƥóŕŧ ƒóŕɱáŧ &apos;{name}&apos;. Çĥóóšé óñé óƒ: {formats}. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{path}: could not tell what kind of file this is. Pass --format with one of: {formats}.</source>
        <translation>[{path}: çóúĺđ ñóŧ ŧéĺĺ ŵĥáŧ ķíñđ óƒ ƒíĺé ŧĥíš íš. Ƥášš --ƒóŕɱáŧ ŵíŧĥ óñé óƒ: {formats}. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{path}: this could be {first} or {second}; pass --format to choose.</source>
        <translation>[{path}: ŧĥíš çóúĺđ ƀé {first} óŕ {second}; ƥášš --ƒóŕɱáŧ ŧó çĥóóšé. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message numerus="yes">
        <source>%n urges</source>
        <translation>
            <numerusform>[%n úŕğé ~·]</numerusform>
            <numerusform>[%n úŕğéš ~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation>
            <numerusform>[%n ƥŕóɱíšé ~·~]</numerusform>
            <numerusform>[%n ƥŕóɱíšéš ~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intentions</source>
        <translation>
            <numerusform>[%n íñŧéñŧíóñ ~·~·]</numerusform>
            <numerusform>[%n íñŧéñŧíóñš ~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worries</source>
        <translation>
            <numerusform>[%n ŵóŕŕý ~·]</numerusform>
            <numerusform>[%n ŵóŕŕíéš ~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercise versions</source>
        <translation>
            <numerusform>[%n óŵñ éẋéŕçíšé ṽéŕšíóñ ~·~·~·~·]</numerusform>
            <numerusform>[%n óŵñ éẋéŕçíšé ṽéŕšíóñš ~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>[{list}, {item} ~]</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>[{list} áñđ {last} ~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>[%n éñŧŕý ~·]</numerusform>
            <numerusform>[%n éñŧŕíéš ~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>[{first} ŧó {last} ~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>[%n ŧáğ ~·]</numerusform>
            <numerusform>[%n ŧáğš ~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>[%n đúƥĺíçáŧé šķíƥƥéđ ~·~·~·~]</numerusform>
            <numerusform>[%n đúƥĺíçáŧéš šķíƥƥéđ ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n titles shortened to {most} characters</source>
        <translation>
            <numerusform>[%n ŧíŧĺé šĥóŕŧéñéđ ŧó {most} çĥáŕáçŧéŕš ~·~·~·~·~·~·]</numerusform>
            <numerusform>[%n ŧíŧĺéš šĥóŕŧéñéđ ŧó {most} çĥáŕáçŧéŕš ~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>and from the trackers {trackers}</source>
        <translation>[áñđ ƒŕóɱ ŧĥé ŧŕáçķéŕš {trackers} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a summary</comment>
        <translation>[, ~] </translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>[{files} áñđ %n ɱóŕé ~·~·]</numerusform>
            <numerusform>[{files} áñđ %n ɱóŕé ~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>; not read (links and special files are left out): {files}</source>
        <translation>[; ñóŧ ŕéáđ (ĺíñķš áñđ šƥéçíáĺ ƒíĺéš áŕé ĺéƒŧ óúŧ): {files} ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{file}, {entry}: {reason}</source>
        <translation>[{file}, {entry}: {reason} ~·]</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>[{file}: {reason} ~]</translation>
    </message>
</context>
<context>
    <name>ExerciseAnswers</name>
    <message>
        <source>an own answer must look like {example}</source>
        <translation>[áñ óŵñ áñšŵéŕ ɱúšŧ ĺóóķ ĺíķé {example} ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this step has no free-text answer</source>
        <translation>[ŧĥíš šŧéƥ ĥáš ñó ƒŕéé-ŧéẋŧ áñšŵéŕ ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>expected an id, not {found}</source>
        <translation>[éẋƥéçŧéđ áñ íđ, ñóŧ {found} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not a valid id</source>
        <translation>[&apos;{item}&apos; íš ñóŧ á ṽáĺíđ íđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not one of the options</source>
        <translation>[&apos;{item}&apos; íš ñóŧ óñé óƒ ŧĥé óƥŧíóñš ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>expected a list, not {found}</source>
        <translation>[éẋƥéçŧéđ á ĺíšŧ, ñóŧ {found} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>the same item is picked twice</source>
        <translation>[ŧĥé šáɱé íŧéɱ íš ƥíçķéđ ŧŵíçé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>expected a list of feelings, not {found}</source>
        <translation>[éẋƥéçŧéđ á ĺíšŧ óƒ ƒééĺíñğš, ñóŧ {found} ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>each feeling must look like {example}</source>
        <translation>[éáçĥ ƒééĺíñğ ɱúšŧ ĺóóķ ĺíķé {example} ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the label of &apos;{feeling}&apos; must be text of 1 to 40 characters</source>
        <translation>[ŧĥé ĺáƀéĺ óƒ &apos;{feeling}&apos; ɱúšŧ ƀé ŧéẋŧ óƒ 1 ŧó 40 çĥáŕáçŧéŕš ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; is not a valid feeling id</source>
        <translation>[&apos;{feeling}&apos; íš ñóŧ á ṽáĺíđ ƒééĺíñğ íđ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the intensity of &apos;{feeling}&apos; must be a whole number from 0 to 100</source>
        <translation>[ŧĥé íñŧéñšíŧý óƒ &apos;{feeling}&apos; ɱúšŧ ƀé á ŵĥóĺé ñúɱƀéŕ ƒŕóɱ 0 ŧó 100 ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; is picked twice</source>
        <translation>[&apos;{feeling}&apos; íš ƥíçķéđ ŧŵíçé ~·~·~·~]</translation>
    </message>
    <message>
        <source>expected items with the option each is sorted into, not {found}</source>
        <translation>[éẋƥéçŧéđ íŧéɱš ŵíŧĥ ŧĥé óƥŧíóñ éáçĥ íš šóŕŧéđ íñŧó, ñóŧ {found} ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an item of the list being sorted</source>
        <translation>[&apos;{item}&apos; íš ñóŧ áñ íŧéɱ óƒ ŧĥé ĺíšŧ ƀéíñğ šóŕŧéđ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a summary step takes no answer</source>
        <translation>[á šúɱɱáŕý šŧéƥ ŧáķéš ñó áñšŵéŕ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>expected text, not {found}</source>
        <translation>[éẋƥéçŧéđ ŧéẋŧ, ñóŧ {found} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>[ɱúšŧ ƀé á šíñğĺé ĺíñé ~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %Ln characters</source>
        <translation>
            <numerusform>[ɱúšŧ ƀé áŧ ɱóšŧ %Ln çĥáŕáçŧéŕ ~·~·~·~·~·]</numerusform>
            <numerusform>[ɱúšŧ ƀé áŧ ɱóšŧ %Ln çĥáŕáçŧéŕš ~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a list of text items</source>
        <translation>[éẋƥéçŧéđ á ĺíšŧ óƒ ŧéẋŧ íŧéɱš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>expected feeling ids with new ratings, not {found}</source>
        <translation>[éẋƥéçŧéđ ƒééĺíñğ íđš ŵíŧĥ ñéŵ ŕáŧíñğš, ñóŧ {found} ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; was not picked in the step being re-rated</source>
        <translation>[&apos;{feeling}&apos; ŵáš ñóŧ ƥíçķéđ íñ ŧĥé šŧéƥ ƀéíñğ ŕé-ŕáŧéđ ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the new rating of &apos;{feeling}&apos; must be a whole number from {least} to {most}</source>
        <translation>[ŧĥé ñéŵ ŕáŧíñğ óƒ &apos;{feeling}&apos; ɱúšŧ ƀé á ŵĥóĺé ñúɱƀéŕ ƒŕóɱ {least} ŧó {most} ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>expected a whole number from {least} to {most}, not {found}</source>
        <translation>[éẋƥéçŧéđ á ŵĥóĺé ñúɱƀéŕ ƒŕóɱ {least} ŧó {most}, ñóŧ {found} ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{words} (my own)</source>
        <translation>[{words} (ɱý óŵñ) ~·~·]</translation>
    </message>
    <message>
        <source>{choice}: {words}</source>
        <translation>[{choice}: {words} ~]</translation>
    </message>
    <message>
        <source>{feeling}: {value} out of 100</source>
        <translation>[{feeling}: {value} óúŧ óƒ 100 ~·~·~]</translation>
    </message>
    <message>
        <source>{feeling}: {value} out of 100 (was {before})</source>
        <translation>[{feeling}: {value} óúŧ óƒ 100 (ŵáš {before}) ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{value} out of {most}</source>
        <translation>[{value} óúŧ óƒ {most} ~·~]</translation>
    </message>
    <message>
        <source>{value} out of {most} (was {before})</source>
        <translation>[{value} óúŧ óƒ {most} (ŵáš {before}) ~·~·~·]</translation>
    </message>
    <message>
        <source>{value} (on a scale from {least} to {most})</source>
        <translation>[{value} (óñ á šçáĺé ƒŕóɱ {least} ŧó {most}) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{value} (on a scale from {least} to {most}) (was {before})</source>
        <translation>[{value} (óñ á šçáĺé ƒŕóɱ {least} ŧó {most}) (ŵáš {before}) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>[{items} áñđ {last} ~·]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>[, ~] </translation>
    </message>
</context>
<context>
    <name>ExerciseBuilder</name>
    <message>
        <source>I find it hard to trust my partner</source>
        <translation>[Í ƒíñđ íŧ ĥáŕđ ŧó ŧŕúšŧ ɱý ƥáŕŧñéŕ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>My partner finds it hard to trust me</source>
        <translation>[Ṁý ƥáŕŧñéŕ ƒíñđš íŧ ĥáŕđ ŧó ŧŕúšŧ ɱé ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Both of us / not sure</source>
        <translation>[Ɓóŧĥ óƒ úš / ñóŧ šúŕé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation>[Éđíŧ ýóúŕ éẋéŕçíšé ~·~·~·~]</translation>
    </message>
    <message>
        <source>Adapt a copy</source>
        <translation>[Áđáƥŧ á çóƥý ~·~·~]</translation>
    </message>
    <message>
        <source>Build your own exercise</source>
        <translation>[Ɓúíĺđ ýóúŕ óŵñ éẋéŕçíšé ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A short name, e.g. “Evening wind-down”</source>
        <translation>[Á šĥóŕŧ ñáɱé, é.ğ. “Éṽéñíñğ ŵíñđ-đóŵñ” ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>[Ŧíŧĺé ~·]</translation>
    </message>
    <message>
        <source>Why this helps, in a sentence or two</source>
        <translation>[Ŵĥý ŧĥíš ĥéĺƥš, íñ á šéñŧéñçé óŕ ŧŵó ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>[Ŵĥý ŧĥíš ĥéĺƥš ~·~·~·]</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation> [ɱíñ ~]</translation>
    </message>
    <message>
        <source>About how many minutes</source>
        <translation>[Áƀóúŧ ĥóŵ ɱáñý ɱíñúŧéš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Problems with the exercise</source>
        <translation>[Ƥŕóƀĺéɱš ŵíŧĥ ŧĥé éẋéŕçíšé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>About</source>
        <comment>about how many minutes</comment>
        <translation>[Áƀóúŧ ~·]</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>[Šúíŧš ~·]</translation>
    </message>
    <message>
        <source>Kind of step to add</source>
        <translation>[Ķíñđ óƒ šŧéƥ ŧó áđđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>[Áđđ ŧĥíš šŧéƥ ~·~·~]</translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation>[Áđđ á šŧéƥ: ~·~·]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>[Úñđó ~·]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çĺóšé ~·]</translation>
    </message>
    <message>
        <source>Back to the exercises; what is not saved is left out</source>
        <translation>[Ɓáçķ ŧó ŧĥé éẋéŕçíšéš; ŵĥáŧ íš ñóŧ šáṽéđ íš ĺéƒŧ óúŧ ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>[Ƥŕéṽíéŵ ~·~]</translation>
    </message>
    <message>
        <source>Try it as it will run; nothing is saved</source>
        <translation>[Ŧŕý íŧ áš íŧ ŵíĺĺ ŕúñ; ñóŧĥíñğ íš šáṽéđ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>[Šáṽé ~·]</translation>
    </message>
    <message>
        <source>Save this exercise (Ctrl+S)</source>
        <translation>[Šáṽé ŧĥíš éẋéŕçíšé (Çŧŕĺ+Š) ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Removed step {number} (“{step}”).</source>
        <translation>[Ŕéɱóṽéđ šŧéƥ {number} (“{step}”). ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Some things need fixing before this can be saved or tried; they are marked below.</source>
        <translation>[Šóɱé ŧĥíñğš ñééđ ƒíẋíñğ ƀéƒóŕé ŧĥíš çáñ ƀé šáṽéđ óŕ ŧŕíéđ; ŧĥéý áŕé ɱáŕķéđ ƀéĺóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>[Ĺéáṽé ŵíŧĥóúŧ šáṽíñğ? ~·~·~·~·]</translation>
    </message>
    <message>
        <source>The changes to this exercise are not saved yet and will be left out.</source>
        <translation>[Ŧĥé çĥáñğéš ŧó ŧĥíš éẋéŕçíšé áŕé ñóŧ šáṽéđ ýéŧ áñđ ŵíĺĺ ƀé ĺéƒŧ óúŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Preview: nothing you answer here is saved. Esc goes back.</source>
        <translation>[Ƥŕéṽíéŵ: ñóŧĥíñğ ýóú áñšŵéŕ ĥéŕé íš šáṽéđ. Éšç ğóéš ƀáçķ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>[Ñó çĥáñğéš ŧó šáṽé. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>[Ñóŧ šáṽéđ: {error} ~·~·]</translation>
    </message>
    <message>
        <source>Saved (version {version}).</source>
        <translation>[Šáṽéđ (ṽéŕšíóñ {version}). ~·~·~·~]</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>[Ṁíñúŧéš ~·~]</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>[Šŧéƥš ~·]</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>[{field}: {problem} ~]</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>[Šŧéƥ {number}: {problem} ~·~]</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>Continue</source>
        <translation>[Çóñŧíñúé ~·~]</translation>
    </message>
    <message>
        <source>Continue {exercise}</source>
        <translation>[Çóñŧíñúé {exercise} ~·~·]</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>[Šŧáŕŧ ~·]</translation>
    </message>
    <message>
        <source>Start {exercise}</source>
        <translation>[Šŧáŕŧ {exercise} ~·]</translation>
    </message>
    <message>
        <source>Discard the unfinished one</source>
        <translation>[Đíšçáŕđ ŧĥé úñƒíñíšĥéđ óñé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>[Ĥóŵ đíđ íŧ ğó? ~·~·~·]</translation>
    </message>
    <message>
        <source>How did it go? ({exercise})</source>
        <translation>[Ĥóŵ đíđ íŧ ğó? ({exercise}) ~·~·~·~]</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>[Éđíŧ ~·]</translation>
    </message>
    <message>
        <source>Edit {exercise}</source>
        <translation>[Éđíŧ {exercise} ~·]</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>[Éẋƥóŕŧ… ~·~]</translation>
    </message>
    <message>
        <source>Export {exercise}</source>
        <translation>[Éẋƥóŕŧ {exercise} ~·~]</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>[Ŕéɱóṽé ~·]</translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation>[Ŕéɱóṽé {exercise} ~·~]</translation>
    </message>
    <message>
        <source>Duplicate and adapt</source>
        <translation>[Đúƥĺíçáŧé áñđ áđáƥŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Duplicate and adapt {exercise}</source>
        <translation>[Đúƥĺíçáŧé áñđ áđáƥŧ {exercise} ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExerciseFileError</name>
    <message>
        <source>step {number} (&apos;{step}&apos;), field &apos;{field}&apos;</source>
        <translation>[šŧéƥ {number} (&apos;{step}&apos;), ƒíéĺđ &apos;{field}&apos; ~·~·~·~·]</translation>
    </message>
    <message>
        <source>step {number} (&apos;{step}&apos;)</source>
        <translation>[šŧéƥ {number} (&apos;{step}&apos;) ~·~·]</translation>
    </message>
    <message>
        <source>step {number}, field &apos;{field}&apos;</source>
        <translation>[šŧéƥ {number}, ƒíéĺđ &apos;{field}&apos; ~·~·~·]</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>[šŧéƥ {number} ~·]</translation>
    </message>
    <message>
        <source>step &apos;{step}&apos;, field &apos;{field}&apos;</source>
        <translation>[šŧéƥ &apos;{step}&apos;, ƒíéĺđ &apos;{field}&apos; ~·~·~·~]</translation>
    </message>
    <message>
        <source>step &apos;{step}&apos;</source>
        <translation>[šŧéƥ &apos;{step}&apos; ~·~]</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>[ƒíéĺđ &apos;{field}&apos; ~·~]</translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation>[{file}, {place}: {problem} ~·]</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>[{file}: {problem} ~]</translation>
    </message>
</context>
<context>
    <name>ExerciseModel</name>
    <message>
        <source>text</source>
        <translation>[ŧéẋŧ ~·]</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>[á ŵĥóĺé ñúɱƀéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>[ŧŕúé óŕ ƒáĺšé ~·~·~]</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>[á ĺíšŧ ~·]</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>[á ŧáƀĺé ~·~]</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>[á đéçíɱáĺ ñúɱƀéŕ ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExerciseRun</name>
    <message>
        <source>no such step in this exercise</source>
        <translation>[ñó šúçĥ šŧéƥ íñ ŧĥíš éẋéŕçíšé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this exercise takes no prefilled text</source>
        <translation>[ŧĥíš éẋéŕçíšé ŧáķéš ñó ƥŕéƒíĺĺéđ ŧéẋŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>[éẋƥéçŧéđ ŧéẋŧ ~·~·~]</translation>
    </message>
    <message>
        <source>this exercise follows no other</source>
        <translation>[ŧĥíš éẋéŕçíšé ƒóĺĺóŵš ñó óŧĥéŕ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>expected the uuid of an entry</source>
        <translation>[éẋƥéçŧéđ ŧĥé úúíđ óƒ áñ éñŧŕý ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this draft is damaged: it has no answers</source>
        <translation>[ŧĥíš đŕáƒŧ íš đáɱáğéđ: íŧ ĥáš ñó áñšŵéŕš ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this draft belongs to the exercise &apos;{draft}&apos;, not &apos;{exercise}&apos;</source>
        <translation>[ŧĥíš đŕáƒŧ ƀéĺóñğš ŧó ŧĥé éẋéŕçíšé &apos;{draft}&apos;, ñóŧ &apos;{exercise}&apos; ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExerciseRunner</name>
    <message>
        <source>Progress through the exercise</source>
        <translation>[Ƥŕóğŕéšš ŧĥŕóúğĥ ŧĥé éẋéŕçíšé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>[Šúɱɱáŕý ~·~]</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>[Ɓáçķ ŧó éđíŧíñğ ~·~·~·]</translation>
    </message>
    <message>
        <source>Leave the preview; nothing is saved (Esc)</source>
        <translation>[Ĺéáṽé ŧĥé ƥŕéṽíéŵ; ñóŧĥíñğ íš šáṽéđ (Éšç) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>[Šáṽé ƒóŕ ĺáŧéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>Keep what you wrote and come back to it (Esc)</source>
        <translation>[Ķééƥ ŵĥáŧ ýóú ŵŕóŧé áñđ çóɱé ƀáçķ ŧó íŧ (Éšç) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>[Ɓáçķ ~·]</translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation>[Ŧĥé ƥŕéṽíóúš šŧéƥ (Áĺŧ+Ĺéƒŧ) ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>[Ñéẋŧ ~·]</translation>
    </message>
    <message>
        <source>The next step (Alt+Right or Ctrl+Return)</source>
        <translation>[Ŧĥé ñéẋŧ šŧéƥ (Áĺŧ+Ŕíğĥŧ óŕ Çŧŕĺ+Ŕéŧúŕñ) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>[Šáṽé ñóŵ ~·~]</translation>
    </message>
    <message>
        <source>Everything needed is answered: save without the remaining steps (Ctrl+S)</source>
        <translation>[Éṽéŕýŧĥíñğ ñééđéđ íš áñšŵéŕéđ: šáṽé ŵíŧĥóúŧ ŧĥé ŕéɱáíñíñğ šŧéƥš (Çŧŕĺ+Š) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The unfinished copy could not be read, so this starts fresh.</source>
        <translation>[Ŧĥé úñƒíñíšĥéđ çóƥý çóúĺđ ñóŧ ƀé ŕéáđ, šó ŧĥíš šŧáŕŧš ƒŕéšĥ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That answer can&apos;t be kept as it is: {reason}.</source>
        <translation>[Ŧĥáŧ áñšŵéŕ çáñ&apos;ŧ ƀé ķéƥŧ áš íŧ íš: {reason}. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Step {number} of {total} · {heading}</source>
        <translation>[Šŧéƥ {number} óƒ {total} · {heading} ~·~·~]</translation>
    </message>
    <message>
        <source>End the preview</source>
        <translation>[Éñđ ŧĥé ƥŕéṽíéŵ ~·~·~·]</translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation>[Šáṽé ŧó ĵóúŕñáĺ ~·~·~·]</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>[Šķíƥ ~·]</translation>
    </message>
    <message>
        <source>This one needs an answer before you go on. Take your time.</source>
        <translation>[Ŧĥíš óñé ñééđš áñ áñšŵéŕ ƀéƒóŕé ýóú ğó óñ. Ŧáķé ýóúŕ ŧíɱé. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>[Ñóŧ šáṽéđ ýéŧ ~·~·~]</translation>
    </message>
    <message>
        <source>Your answers could not be kept as a draft just now ({error}). They are still here; try again in a moment.</source>
        <translation>[Ýóúŕ áñšŵéŕš çóúĺđ ñóŧ ƀé ķéƥŧ áš á đŕáƒŧ ĵúšŧ ñóŵ ({error}). Ŧĥéý áŕé šŧíĺĺ ĥéŕé; ŧŕý áğáíñ íñ á ɱóɱéñŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>[Đŕáƒŧ ķéƥŧ ~·~·]</translation>
    </message>
    <message>
        <source>This one still needs an answer before the exercise can be saved.</source>
        <translation>[Ŧĥíš óñé šŧíĺĺ ñééđš áñ áñšŵéŕ ƀéƒóŕé ŧĥé éẋéŕçíšé çáñ ƀé šáṽéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Kept from an earlier version of this exercise</source>
        <translation>[Ķéƥŧ ƒŕóɱ áñ éáŕĺíéŕ ṽéŕšíóñ óƒ ŧĥíš éẋéŕçíšé ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The exercise could not be saved just now: {error}

Your answers are still here and kept as a draft.</source>
        <translation>[Ŧĥé éẋéŕçíšé çóúĺđ ñóŧ ƀé šáṽéđ ĵúšŧ ñóŵ: {error} ~·~·~·~·~·~·~·~·~]

[Ýóúŕ áñšŵéŕš áŕé šŧíĺĺ ĥéŕé áñđ ķéƥŧ áš á đŕáƒŧ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ExerciseTransfer</name>
    <message>
        <source>Exercise files (*.toml);;All files (*)</source>
        <translation>[Éẋéŕçíšé ƒíĺéš (*.ŧóɱĺ);;Áĺĺ ƒíĺéš (*) ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Export the exercise</source>
        <translation>[Éẋƥóŕŧ ŧĥé éẋéŕçíšé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>[Ñóŧ éẋƥóŕŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>The exercise could not be written to {file} ({error}).</source>
        <translation>[Ŧĥé éẋéŕçíšé çóúĺđ ñóŧ ƀé ŵŕíŧŧéñ ŧó {file} ({error}). ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %Ln KB, far more than any exercise</source>
        <translation>
            <numerusform>[íŧ íš ĺáŕğéŕ ŧĥáñ %Ln ĶƁ, ƒáŕ ɱóŕé ŧĥáñ áñý éẋéŕçíšé ~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[íŧ íš ĺáŕğéŕ ŧĥáñ %Ln ĶƁ, ƒáŕ ɱóŕé ŧĥáñ áñý éẋéŕçíšé ~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be read ({error})</source>
        <translation>[íŧ çóúĺđ ñóŧ ƀé ŕéáđ ({error}) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>[íŧ íš ñóŧ ÚŦƑ-8 ŧéẋŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>“{exercise}” is already among your exercises, so nothing was added.</source>
        <translation>[“{exercise}” íš áĺŕéáđý áɱóñğ ýóúŕ éẋéŕçíšéš, šó ñóŧĥíñğ ŵáš áđđéđ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Added “{exercise}”.</source>
        <translation>[Áđđéđ “{exercise}”. ~·~·]</translation>
    </message>
    <message>
        <source>Added “{exercise}” (as a new exercise of its own).</source>
        <translation>[Áđđéđ “{exercise}” (áš á ñéŵ éẋéŕçíšé óƒ íŧš óŵñ). ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Import an exercise</source>
        <translation>[Íɱƥóŕŧ áñ éẋéŕçíšé ~·~·~·~]</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>[Ñóŧ íɱƥóŕŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>[{place}: {problem} ~]</translation>
    </message>
    <message>
        <source>the file {problem}</source>
        <translation>[ŧĥé ƒíĺé {problem} ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>[…áñđ %n ɱóŕé ~·~·]</numerusform>
            <numerusform>[…áñđ %n ɱóŕé ~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}” was not imported, and your journal is unchanged:
{problems}</source>
        <translation>[“{file}” ŵáš ñóŧ íɱƥóŕŧéđ, áñđ ýóúŕ ĵóúŕñáĺ íš úñçĥáñğéđ: ~·~·~·~·~·~·~·~·~·~·]
[{problems} ~]</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Not done yet</source>
        <translation>[Ñóŧ đóñé ýéŧ ~·~·~]</translation>
    </message>
    <message>
        <source>Last done today</source>
        <translation>[Ĺášŧ đóñé ŧóđáý ~·~·~·]</translation>
    </message>
    <message>
        <source>Last done yesterday</source>
        <translation>[Ĺášŧ đóñé ýéšŧéŕđáý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Last done {date}</source>
        <translation>[Ĺášŧ đóñé {date} ~·~·]</translation>
    </message>
    <message>
        <source>“{title}”, saved on {date}</source>
        <translation>[“{title}”, šáṽéđ óñ {date} ~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>Yours · About %n min · {last_done} · in progress</source>
        <translation>
            <numerusform>[Ýóúŕš · Áƀóúŧ %n ɱíñ · {last_done} · íñ ƥŕóğŕéšš ~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóúŕš · Áƀóúŧ %n ɱíñ · {last_done} · íñ ƥŕóğŕéšš ~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yours · About %n min · {last_done}</source>
        <translation>
            <numerusform>[Ýóúŕš · Áƀóúŧ %n ɱíñ · {last_done} ~·~·~·~·]</numerusform>
            <numerusform>[Ýóúŕš · Áƀóúŧ %n ɱíñ · {last_done} ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min · {last_done} · in progress</source>
        <translation>
            <numerusform>[Áƀóúŧ %n ɱíñ · {last_done} · íñ ƥŕóğŕéšš ~·~·~·~·~·~]</numerusform>
            <numerusform>[Áƀóúŧ %n ɱíñ · {last_done} · íñ ƥŕóğŕéšš ~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min · {last_done}</source>
        <translation>
            <numerusform>[Áƀóúŧ %n ɱíñ · {last_done} ~·~·~]</numerusform>
            <numerusform>[Áƀóúŧ %n ɱíñ · {last_done} ~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Guided exercises</source>
        <translation>[Ğúíđéđ éẋéŕçíšéš ~·~·~·]</translation>
    </message>
    <message>
        <source>Showing first what suits:</source>
        <translation>[Šĥóŵíñğ ƒíŕšŧ ŵĥáŧ šúíŧš: ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>[Ñéŵ éẋéŕçíšé ~·~·~]</translation>
    </message>
    <message>
        <source>Build an exercise of your own from the same kinds of steps</source>
        <translation>[Ɓúíĺđ áñ éẋéŕçíšé óƒ ýóúŕ óŵñ ƒŕóɱ ŧĥé šáɱé ķíñđš óƒ šŧéƥš ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Import an exercise…</source>
        <translation>[Íɱƥóŕŧ áñ éẋéŕçíšé… ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Add an exercise from a TOML file</source>
        <translation>[Áđđ áñ éẋéŕçíšé ƒŕóɱ á ŦÓṀĹ ƒíĺé ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>[Úñđó ~·]</translation>
    </message>
    <message>
        <source>Put the exercise back on your list</source>
        <translation>[Ƥúŧ ŧĥé éẋéŕçíšé ƀáçķ óñ ýóúŕ ĺíšŧ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation>[Áƀóúŧ ŧĥéšé éẋéŕçíšéš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your own exercises could not be read just now ({error}).</source>
        <translation>[Ýóúŕ óŵñ éẋéŕçíšéš çóúĺđ ñóŧ ƀé ŕéáđ ĵúšŧ ñóŵ ({error}). ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Some exercises could not be read, so they are left out; everything else works.
{problems}</source>
        <translation>[Šóɱé éẋéŕçíšéš çóúĺđ ñóŧ ƀé ŕéáđ, šó ŧĥéý áŕé ĺéƒŧ óúŧ; éṽéŕýŧĥíñğ éĺšé ŵóŕķš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]
[{problems} ~]</translation>
    </message>
    <message>
        <source>Save or close the exercise you are building first.</source>
        <translation>[Šáṽé óŕ çĺóšé ŧĥé éẋéŕçíšé ýóú áŕé ƀúíĺđíñğ ƒíŕšŧ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Finish or save the open exercise for later first.</source>
        <translation>[Ƒíñíšĥ óŕ šáṽé ŧĥé óƥéñ éẋéŕçíšé ƒóŕ ĺáŧéŕ ƒíŕšŧ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This exercise is not installed in this version, so its answers can&apos;t be opened in it. The entry itself is safe and stays as it is.</source>
        <translation>[Ŧĥíš éẋéŕçíšé íš ñóŧ íñšŧáĺĺéđ íñ ŧĥíš ṽéŕšíóñ, šó íŧš áñšŵéŕš çáñ&apos;ŧ ƀé óƥéñéđ íñ íŧ. Ŧĥé éñŧŕý íŧšéĺƒ íš šáƒé áñđ šŧáýš áš íŧ íš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Started “{exercise}”. Esc keeps it for later.</source>
        <translation>[Šŧáŕŧéđ “{exercise}”. Éšç ķééƥš íŧ ƒóŕ ĺáŧéŕ. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Discard the unfinished exercise?</source>
        <translation>[Đíšçáŕđ ŧĥé úñƒíñíšĥéđ éẋéŕçíšé? ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What you wrote in it so far will be removed. This cannot be undone.</source>
        <translation>[Ŵĥáŧ ýóú ŵŕóŧé íñ íŧ šó ƒáŕ ŵíĺĺ ƀé ŕéɱóṽéđ. Ŧĥíš çáññóŧ ƀé úñđóñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>[Ñóŧ éẋƥóŕŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>Exercise exported to {file}.</source>
        <translation>[Éẋéŕçíšé éẋƥóŕŧéđ ŧó {file}. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Removed “{exercise}” from your exercises. Entries you made with it stay as they are.</source>
        <translation>[Ŕéɱóṽéđ “{exercise}” ƒŕóɱ ýóúŕ éẋéŕçíšéš. Éñŧŕíéš ýóú ɱáđé ŵíŧĥ íŧ šŧáý áš ŧĥéý áŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Saved to your journal.</source>
        <translation>[Šáṽéđ ŧó ýóúŕ ĵóúŕñáĺ. ~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Everything, exactly: for moving to another computer or keeping a full copy. TrustJournal can import it back.</source>
        <translation>[Éṽéŕýŧĥíñğ, éẋáçŧĺý: ƒóŕ ɱóṽíñğ ŧó áñóŧĥéŕ çóɱƥúŧéŕ óŕ ķééƥíñğ á ƒúĺĺ çóƥý. TrustJournal çáñ íɱƥóŕŧ íŧ ƀáçķ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A folder with one text file per entry, readable in any editor.</source>
        <translation>[Á ƒóĺđéŕ ŵíŧĥ óñé ŧéẋŧ ƒíĺé ƥéŕ éñŧŕý, ŕéáđáƀĺé íñ áñý éđíŧóŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>All entries in one text file.</source>
        <translation>[Áĺĺ éñŧŕíéš íñ óñé ŧéẋŧ ƒíĺé. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Check-in, exercise and tracker figures, one row each, for a spreadsheet.</source>
        <translation>[Çĥéçķ-íñ, éẋéŕçíšé áñđ ŧŕáçķéŕ ƒíğúŕéš, óñé ŕóŵ éáçĥ, ƒóŕ á šƥŕéáđšĥééŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>One web page you can open offline, read and print.</source>
        <translation>[Óñé ŵéƀ ƥáğé ýóú çáñ óƥéñ óƒƒĺíñé, ŕéáđ áñđ ƥŕíñŧ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A printable packet, e.g. to share with a therapist: choose the dates, the exercises and the entries that go in.</source>
        <translation>[Á ƥŕíñŧáƀĺé ƥáçķéŧ, é.ğ. ŧó šĥáŕé ŵíŧĥ á ŧĥéŕáƥíšŧ: çĥóóšé ŧĥé đáŧéš, ŧĥé éẋéŕçíšéš áñđ ŧĥé éñŧŕíéš ŧĥáŧ ğó íñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation>[Ƒŕéé ŵŕíŧíñğ ~·~·~]</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>[Éẋéŕçíšéš ~·~·]</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>[Çĥéçķ-íñš ~·~·]</translation>
    </message>
    <message>
        <source>Your journal is encrypted, but the exported file will not be: anyone who can open the file can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ íš éñçŕýƥŧéđ, ƀúŧ ŧĥé éẋƥóŕŧéđ ƒíĺé ŵíĺĺ ñóŧ ƀé: áñýóñé ŵĥó çáñ óƥéñ ŧĥé ƒíĺé çáñ ŕéáđ íŧ. Ķééƥ íŧ šóɱéŵĥéŕé šáƒé, áñđ đéĺéŧé íŧ ŵĥéñ ýóú ñó ĺóñğéŕ ñééđ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>TrustJournal export {day}</source>
        <translation>[TrustJournal éẋƥóŕŧ {day} ~·~]</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>[Éẋƥóŕŧ ~·]</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>[Ƒóŕɱáŧ ~·]</translation>
    </message>
    <message>
        <source>Only entries from</source>
        <translation>[Óñĺý éñŧŕíéš ƒŕóɱ ~·~·~·~]</translation>
    </message>
    <message>
        <source>From</source>
        <translation>[Ƒŕóɱ ~·]</translation>
    </message>
    <message>
        <source>To</source>
        <translation>[Ŧó ~]</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the two dates</comment>
        <translation>[ŧó ~]</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>[Ŧáğš ~·]</translation>
    </message>
    <message>
        <source>{tag} ({count})</source>
        <translation>[{tag} ({count}) ~]</translation>
    </message>
    <message>
        <source>Tick tags to export only entries with any of them; none ticked exports entries with or without tags.</source>
        <translation>[Ŧíçķ ŧáğš ŧó éẋƥóŕŧ óñĺý éñŧŕíéš ŵíŧĥ áñý óƒ ŧĥéɱ; ñóñé ŧíçķéđ éẋƥóŕŧš éñŧŕíéš ŵíŧĥ óŕ ŵíŧĥóúŧ ŧáğš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Include entries in the trash</source>
        <translation>[Íñçĺúđé éñŧŕíéš íñ ŧĥé ŧŕášĥ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Include earlier versions of each entry</source>
        <translation>[Íñçĺúđé éáŕĺíéŕ ṽéŕšíóñš óƒ éáçĥ éñŧŕý ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Start with a short summary of progress</source>
        <translation>[Šŧáŕŧ ŵíŧĥ á šĥóŕŧ šúɱɱáŕý óƒ ƥŕóğŕéšš ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Include the trackers (urges, promises, intentions, worries)</source>
        <translation>[Íñçĺúđé ŧĥé ŧŕáçķéŕš (úŕğéš, ƥŕóɱíšéš, íñŧéñŧíóñš, ŵóŕŕíéš) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Those made or settled within the dates: urges logged, promises and how they went, daily intentions, worries and what happened</source>
        <translation>[Ŧĥóšé ɱáđé óŕ šéŧŧĺéđ ŵíŧĥíñ ŧĥé đáŧéš: úŕğéš ĺóğğéđ, ƥŕóɱíšéš áñđ ĥóŵ ŧĥéý ŵéñŧ, đáíĺý íñŧéñŧíóñš, ŵóŕŕíéš áñđ ŵĥáŧ ĥáƥƥéñéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Choose entries…</source>
        <translation>[Çĥóóšé éñŧŕíéš… ~·~·~·]</translation>
    </message>
    <message>
        <source>Leave out entries one by one</source>
        <translation>[Ĺéáṽé óúŧ éñŧŕíéš óñé ƀý óñé ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>[Ŵĥáŧ ŵíĺĺ ƀé éẋƥóŕŧéđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>[Đáŧéš ~·]</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>[Ķíñđš ~·]</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>[Éẋƥóŕŧ… ~·~]</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>[Šĥóŵ íñ ƒóĺđéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>Tick at least one kind of entry.</source>
        <translation>[Ŧíçķ áŧ ĺéášŧ óñé ķíñđ óƒ éñŧŕý. ~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries will be exported ({left_out} left out by hand).</source>
        <translation>
            <numerusform>[%Ln éñŧŕý ŵíĺĺ ƀé éẋƥóŕŧéđ ({left_out} ĺéƒŧ óúŧ ƀý ĥáñđ). ~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[%Ln éñŧŕíéš ŵíĺĺ ƀé éẋƥóŕŧéđ ({left_out} ĺéƒŧ óúŧ ƀý ĥáñđ). ~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries will be exported.</source>
        <translation>
            <numerusform>[%Ln éñŧŕý ŵíĺĺ ƀé éẋƥóŕŧéđ. ~·~·~·~·~·]</numerusform>
            <numerusform>[%Ln éñŧŕíéš ŵíĺĺ ƀé éẋƥóŕŧéđ. ~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to put the export folder</source>
        <translation>[Çĥóóšé ŵĥéŕé ŧó ƥúŧ ŧĥé éẋƥóŕŧ ƒóĺđéŕ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>[Éẋƥóŕŧ ŧó ~·~·]</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>[Éẋƥóŕŧíñğ… ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {target}.</source>
        <translation>
            <numerusform>[Éẋƥóŕŧéđ %Ln éñŧŕý ŧó {target}. ~·~·~·~·]</numerusform>
            <numerusform>[Éẋƥóŕŧéđ %Ln éñŧŕíéš ŧó {target}. ~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was left behind.</source>
        <translation>[Éẋƥóŕŧ çáñçéĺĺéđ. Ñó ƒíĺé ŵáš ĺéƒŧ ƀéĥíñđ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ExportPlacement</name>
    <message>
        <source>{shown} is a journal&apos;s own folder. Exports must go somewhere else, so they can never replace the journal, its key file or its backups. Choose another place. Nothing was written.</source>
        <translation>[{shown} íš á ĵóúŕñáĺ&apos;š óŵñ ƒóĺđéŕ. Éẋƥóŕŧš ɱúšŧ ğó šóɱéŵĥéŕé éĺšé, šó ŧĥéý çáñ ñéṽéŕ ŕéƥĺáçé ŧĥé ĵóúŕñáĺ, íŧš ķéý ƒíĺé óŕ íŧš ƀáçķúƥš. Çĥóóšé áñóŧĥéŕ ƥĺáçé. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} is inside a journal&apos;s own folder ({where}). Exports must go somewhere else, so they can never replace the journal, its key file or its backups. Choose another place. Nothing was written.</source>
        <translation>[{shown} íš íñšíđé á ĵóúŕñáĺ&apos;š óŵñ ƒóĺđéŕ ({where}). Éẋƥóŕŧš ɱúšŧ ğó šóɱéŵĥéŕé éĺšé, šó ŧĥéý çáñ ñéṽéŕ ŕéƥĺáçé ŧĥé ĵóúŕñáĺ, íŧš ķéý ƒíĺé óŕ íŧš ƀáçķúƥš. Çĥóóšé áñóŧĥéŕ ƥĺáçé. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} holds a journal&apos;s own folder ({where}); replacing it would destroy the journal, its key file and its backups. Choose another place. Nothing was written.</source>
        <translation>[{shown} ĥóĺđš á ĵóúŕñáĺ&apos;š óŵñ ƒóĺđéŕ ({where}); ŕéƥĺáçíñğ íŧ ŵóúĺđ đéšŧŕóý ŧĥé ĵóúŕñáĺ, íŧš ķéý ƒíĺé áñđ íŧš ƀáçķúƥš. Çĥóóšé áñóŧĥéŕ ƥĺáçé. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} is another name (a link) for one of the journal&apos;s own files; writing there would destroy it. Choose another place. Nothing was written.</source>
        <translation>[{shown} íš áñóŧĥéŕ ñáɱé (á ĺíñķ) ƒóŕ óñé óƒ ŧĥé ĵóúŕñáĺ&apos;š óŵñ ƒíĺéš; ŵŕíŧíñğ ŧĥéŕé ŵóúĺđ đéšŧŕóý íŧ. Çĥóóšé áñóŧĥéŕ ƥĺáçé. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; nothing was written.</source>
        <translation>[Ŧĥé ƒóĺđéŕ {parent} đóéš ñóŧ éẋíšŧ; ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>You cannot write to the folder {parent}; choose another place. Nothing was written.</source>
        <translation>[Ýóú çáññóŧ ŵŕíŧé ŧó ŧĥé ƒóĺđéŕ {parent}; çĥóóšé áñóŧĥéŕ ƥĺáçé. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} already exists; choose another name or allow replacing it. Nothing was written.</source>
        <translation>[{shown} áĺŕéáđý éẋíšŧš; çĥóóšé áñóŧĥéŕ ñáɱé óŕ áĺĺóŵ ŕéƥĺáçíñğ íŧ. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} is a link to {pointed}; it is not replaced, and nothing is written through it. Choose the place itself, or another name (on the command line, --out - writes to standard output). Nothing was written.</source>
        <translation>[{shown} íš á ĺíñķ ŧó {pointed}; íŧ íš ñóŧ ŕéƥĺáçéđ, áñđ ñóŧĥíñğ íš ŵŕíŧŧéñ ŧĥŕóúğĥ íŧ. Çĥóóšé ŧĥé ƥĺáçé íŧšéĺƒ, óŕ áñóŧĥéŕ ñáɱé (óñ ŧĥé çóɱɱáñđ ĺíñé, --óúŧ - ŵŕíŧéš ŧó šŧáñđáŕđ óúŧƥúŧ). Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} is not a file or a folder (a device, pipe or socket); it cannot be replaced by an export. Nothing was written.</source>
        <translation>[{shown} íš ñóŧ á ƒíĺé óŕ á ƒóĺđéŕ (á đéṽíçé, ƥíƥé óŕ šóçķéŧ); íŧ çáññóŧ ƀé ŕéƥĺáçéđ ƀý áñ éẋƥóŕŧ. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} is a folder; it cannot be replaced by this export. Nothing was written.</source>
        <translation>[{shown} íš á ƒóĺđéŕ; íŧ çáññóŧ ƀé ŕéƥĺáçéđ ƀý ŧĥíš éẋƥóŕŧ. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{shown} is a file; it cannot be replaced by this export. Nothing was written.</source>
        <translation>[{shown} íš á ƒíĺé; íŧ çáññóŧ ƀé ŕéƥĺáçéđ ƀý ŧĥíš éẋƥóŕŧ. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{shown} holds things this export does not make (such as {name}), so it is not replaced. Choose a new folder name, or empty it first. Nothing was written.</source>
        <translation>[{shown} ĥóĺđš ŧĥíñğš ŧĥíš éẋƥóŕŧ đóéš ñóŧ ɱáķé (šúçĥ áš {name}), šó íŧ íš ñóŧ ŕéƥĺáçéđ. Çĥóóšé á ñéŵ ƒóĺđéŕ ñáɱé, óŕ éɱƥŧý íŧ ƒíŕšŧ. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>The {format} format writes a folder and has no one-file form; leave out the single-file choice. Nothing was written.</source>
        <translation>[Ŧĥé {format} ƒóŕɱáŧ ŵŕíŧéš á ƒóĺđéŕ áñđ ĥáš ñó óñé-ƒíĺé ƒóŕɱ; ĺéáṽé óúŧ ŧĥé šíñğĺé-ƒíĺé çĥóíçé. Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The {format} format writes a folder, which cannot go to standard output. Give --out a folder name, or choose a one-file format (such as markdown with --single-file). Nothing was written.</source>
        <translation>[Ŧĥé {format} ƒóŕɱáŧ ŵŕíŧéš á ƒóĺđéŕ, ŵĥíçĥ çáññóŧ ğó ŧó šŧáñđáŕđ óúŧƥúŧ. Ğíṽé --óúŧ á ƒóĺđéŕ ñáɱé, óŕ çĥóóšé á óñé-ƒíĺé ƒóŕɱáŧ (šúçĥ áš ɱáŕķđóŵñ ŵíŧĥ --šíñğĺé-ƒíĺé). Ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The {format} export produced no file; nothing was written.</source>
        <translation>[Ŧĥé {format} éẋƥóŕŧ ƥŕóđúçéđ ñó ƒíĺé; ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The disk is full: there was no room to prepare the export in the journal&apos;s folder; nothing was written.</source>
        <translation>[Ŧĥé đíšķ íš ƒúĺĺ: ŧĥéŕé ŵáš ñó ŕóóɱ ŧó ƥŕéƥáŕé ŧĥé éẋƥóŕŧ íñ ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ; ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The export could not be prepared ({reason}); nothing was written.</source>
        <translation>[Ŧĥé éẋƥóŕŧ çóúĺđ ñóŧ ƀé ƥŕéƥáŕéđ ({reason}); ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The disk is full: the export did not fit in {folder}; nothing was written.</source>
        <translation>[Ŧĥé đíšķ íš ƒúĺĺ: ŧĥé éẋƥóŕŧ đíđ ñóŧ ƒíŧ íñ {folder}; ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>You cannot write to {folder} (permission denied); nothing was written.</source>
        <translation>[Ýóú çáññóŧ ŵŕíŧé ŧó {folder} (ƥéŕɱíššíóñ đéñíéđ); ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{path} appeared while exporting; nothing was replaced. Try again.</source>
        <translation>[{path} áƥƥéáŕéđ ŵĥíĺé éẋƥóŕŧíñğ; ñóŧĥíñğ ŵáš ŕéƥĺáçéđ. Ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({reason}); nothing was written.</source>
        <translation>[Ŧĥé éẋƥóŕŧ çóúĺđ ñóŧ ƀé ŵŕíŧŧéñ ŧó {folder} ({reason}); ñóŧĥíñğ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Untitled entry</source>
        <translation>[Úñŧíŧĺéđ éñŧŕý ~·~·~·]</translation>
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
        <source>Entry</source>
        <translation>[Éñŧŕý ~·]</translation>
    </message>
</context>
<context>
    <name>FeelingsStep</name>
    <message>
        <source>Find a feeling… (Enter picks the marked one)</source>
        <translation>[Ƒíñđ á ƒééĺíñğ… (Éñŧéŕ ƥíçķš ŧĥé ɱáŕķéđ óñé) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Find a feeling</source>
        <translation>[Ƒíñđ á ƒééĺíñğ ~·~·~·]</translation>
    </message>
    <message>
        <source>No feelings list is installed.</source>
        <translation>[Ñó ƒééĺíñğš ĺíšŧ íš íñšŧáĺĺéđ. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How strong each one is</source>
        <translation>[Ĥóŵ šŧŕóñğ éáçĥ óñé íš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Tick the feelings that fit; each gets a slider here, from barely there (0) to as strong as it gets (100).</source>
        <translation>[Ŧíçķ ŧĥé ƒééĺíñğš ŧĥáŧ ƒíŧ; éáçĥ ğéŧš á šĺíđéŕ ĥéŕé, ƒŕóɱ ƀáŕéĺý ŧĥéŕé (0) ŧó áš šŧŕóñğ áš íŧ ğéŧš (100). ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Stop offering {feeling}</source>
        <translation>[Šŧóƥ óƒƒéŕíñğ {feeling} ~·~·~·]</translation>
    </message>
    <message>
        <source>Stop offering “{feeling}” (entries that used it keep it)</source>
        <translation>[Šŧóƥ óƒƒéŕíñğ “{feeling}” (éñŧŕíéš ŧĥáŧ úšéđ íŧ ķééƥ íŧ) ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Add “{word}” as your own feeling</source>
        <translation>[Áđđ “{word}” áš ýóúŕ óŵñ ƒééĺíñğ ~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Move the sliders for {feelings} to keep these %n feelings; until then they count as not answered.</source>
        <translation>
            <numerusform>[Ṁóṽé ŧĥé šĺíđéŕ ƒóŕ {feelings} ŧó ķééƥ íŧ; úñŧíĺ ŧĥéñ íŧ çóúñŧš áš ñóŧ áñšŵéŕéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ṁóṽé ŧĥé šĺíđéŕ ƒóŕ {feelings} ŧó ķééƥ ŧĥéɱ; úñŧíĺ ŧĥéñ ŧĥéý çóúñŧ áš ñóŧ áñšŵéŕéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>How strong: {feeling}</source>
        <translation>[Ĥóŵ šŧŕóñğ: {feeling} ~·~·~]</translation>
    </message>
    <message>
        <source>Remove {feeling}</source>
        <translation>[Ŕéɱóṽé {feeling} ~·~]</translation>
    </message>
    <message>
        <source>No feeling matches yet.</source>
        <translation>[Ñó ƒééĺíñğ ɱáŧçĥéš ýéŧ. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Enter picks this one</source>
        <translation>[Éñŧéŕ ƥíçķš ŧĥíš óñé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Enter picks: {feeling} (↑ ↓ for another)</source>
        <translation>[Éñŧéŕ ƥíçķš: {feeling} (↑ ↓ ƒóŕ áñóŧĥéŕ) ~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Opening your journal…</source>
        <translation>[Óƥéñíñğ ýóúŕ ĵóúŕñáĺ… ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>HiddenView</name>
    <message>
        <source>TrustJournal is hidden</source>
        <translation>[TrustJournal íš ĥíđđéñ ~·~·]</translation>
    </message>
    <message>
        <source>This journal has no passphrase, so anyone at this computer can show it again. You can add one in Settings.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ ĥáš ñó ƥáššƥĥŕášé, šó áñýóñé áŧ ŧĥíš çóɱƥúŧéŕ çáñ šĥóŵ íŧ áğáíñ. Ýóú çáñ áđđ óñé íñ Šéŧŧíñğš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Show my journal</source>
        <translation>[Šĥóŵ ɱý ĵóúŕñáĺ ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Today, {time}</source>
        <translation>[Ŧóđáý, {time} ~·~]</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>[Ýéšŧéŕđáý, {time} ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>[%Ln ŵóŕđ ~·]</numerusform>
            <numerusform>[%Ln ŵóŕđš ~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>[ñóñé ~·]</translation>
    </message>
    <message>
        <source>Title then: {then} · now: {now}</source>
        <translation>[Ŧíŧĺé ŧĥéñ: {then} · ñóŵ: {now} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Tags then: {then} · now: {now}</source>
        <translation>[Ŧáğš ŧĥéñ: {then} · ñóŵ: {now} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Day then: {then} · now: {now}</source>
        <translation>[Đáý ŧĥéñ: {then} · ñóŵ: {now} ~·~·~·~]</translation>
    </message>
    <message>
        <source>Star then: {then} · now: {now}</source>
        <translation>[Šŧáŕ ŧĥéñ: {then} · ñóŵ: {now} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>The text is the same as now.</source>
        <translation>[Ŧĥé ŧéẋŧ íš ŧĥé šáɱé áš ñóŵ. ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>[Ĥíšŧóŕý ~·~]</translation>
    </message>
    <message>
        <source>Each time this entry was saved with changes, the version before was kept. Pick one to see what has changed since.</source>
        <translation>[Éáçĥ ŧíɱé ŧĥíš éñŧŕý ŵáš šáṽéđ ŵíŧĥ çĥáñğéš, ŧĥé ṽéŕšíóñ ƀéƒóŕé ŵáš ķéƥŧ. Ƥíçķ óñé ŧó šéé ŵĥáŧ ĥáš çĥáñğéđ šíñçé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>[Éáŕĺíéŕ ṽéŕšíóñš ~·~·~·]</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>[(ñó ŧéẋŧ) ~·~·]</translation>
    </message>
    <message>
        <source>No earlier versions yet. Each time this entry is saved with changes, the version before is kept here.</source>
        <translation>[Ñó éáŕĺíéŕ ṽéŕšíóñš ýéŧ. Éáçĥ ŧíɱé ŧĥíš éñŧŕý íš šáṽéđ ŵíŧĥ çĥáñğéš, ŧĥé ṽéŕšíóñ ƀéƒóŕé íš ķéƥŧ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Changes since this version</source>
        <translation>[Çĥáñğéš šíñçé ŧĥíš ṽéŕšíóñ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This version&apos;s text</source>
        <translation>[Ŧĥíš ṽéŕšíóñ&apos;š ŧéẋŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&amp;Changes since then</source>
        <translation>[&amp;Çĥáñğéš šíñçé ŧĥéñ ~·~·~·~]</translation>
    </message>
    <message>
        <source>This &amp;version</source>
        <translation>[Ŧĥíš &amp;ṽéŕšíóñ ~·~·~]</translation>
    </message>
    <message>
        <source>Lines marked − are in this version but not in your text now; lines marked + were written since. Changed words are crossed out or in bold.</source>
        <translation>[Ĺíñéš ɱáŕķéđ − áŕé íñ ŧĥíš ṽéŕšíóñ ƀúŧ ñóŧ íñ ýóúŕ ŧéẋŧ ñóŵ; ĺíñéš ɱáŕķéđ + ŵéŕé ŵŕíŧŧéñ šíñçé. Çĥáñğéđ ŵóŕđš áŕé çŕóššéđ óúŧ óŕ íñ ƀóĺđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>[&amp;Ŕéšŧóŕé ŧĥíš ṽéŕšíóñ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restoring is a save like any other: your text as it is now is kept in this history first, so you can always come back to it.</source>
        <translation>[Ŕéšŧóŕíñğ íš á šáṽé ĺíķé áñý óŧĥéŕ: ýóúŕ ŧéẋŧ áš íŧ íš ñóŵ íš ķéƥŧ íñ ŧĥíš ĥíšŧóŕý ƒíŕšŧ, šó ýóú çáñ áĺŵáýš çóɱé ƀáçķ ŧó íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This entry is in the trash. Restore it from the trash to bring back an earlier version.</source>
        <translation>[Ŧĥíš éñŧŕý íš íñ ŧĥé ŧŕášĥ. Ŕéšŧóŕé íŧ ƒŕóɱ ŧĥé ŧŕášĥ ŧó ƀŕíñğ ƀáçķ áñ éáŕĺíéŕ ṽéŕšíóñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çĺóšé ~·]</translation>
    </message>
    <message>
        <source>That version could not be restored: {reason}</source>
        <translation>[Ŧĥáŧ ṽéŕšíóñ çóúĺđ ñóŧ ƀé ŕéšŧóŕéđ: {reason} ~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>★ Starred</source>
        <translation>[★ Šŧáŕŕéđ ~·~·]</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>[Íñ ŧĥé ŧŕášĥ ~·~·~]</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>[Ŧáğš: {tags} ~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>[%n éñŧŕý ~·]</numerusform>
            <numerusform>[%n éñŧŕíéš ~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {day}</source>
        <translation>
            <numerusform>[%n éñŧŕý · {day} ~·~·]</numerusform>
            <numerusform>[%n éñŧŕíéš · {day} ~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {first} to {last}</source>
        <translation>
            <numerusform>[%n éñŧŕý · {first} ŧó {last} ~·~·~]</numerusform>
            <numerusform>[%n éñŧŕíéš · {first} ŧó {last} ~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>A private journal. Please keep this file somewhere safe.</source>
        <translation>[Á ƥŕíṽáŧé ĵóúŕñáĺ. Ƥĺéášé ķééƥ ŧĥíš ƒíĺé šóɱéŵĥéŕé šáƒé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>There are no entries in this export.</source>
        <translation>[Ŧĥéŕé áŕé ñó éñŧŕíéš íñ ŧĥíš éẋƥóŕŧ. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>[Çóñŧéñŧš ~·~]</translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>HTML (one page to read or print)</source>
        <translation>[ĤŦṀĹ (óñé ƥáğé ŧó ŕéáđ óŕ ƥŕíñŧ) ~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>[Íɱƥóŕŧ ~·]</translation>
    </message>
    <message>
        <source>Bring in entries from a TrustJournal export, jrnl (its JSON export), Day One (Journal.json or the exported .zip) or a folder of Markdown files. You see what will be added before anything changes, and entries already in your journal are skipped. A backup is made first.</source>
        <translation>[Ɓŕíñğ íñ éñŧŕíéš ƒŕóɱ á TrustJournal éẋƥóŕŧ, ĵŕñĺ (íŧš ĴŠÓÑ éẋƥóŕŧ), Đáý Óñé (Ĵóúŕñáĺ.ĵšóñ óŕ ŧĥé éẋƥóŕŧéđ .žíƥ) óŕ á ƒóĺđéŕ óƒ Ṁáŕķđóŵñ ƒíĺéš. Ýóú šéé ŵĥáŧ ŵíĺĺ ƀé áđđéđ ƀéƒóŕé áñýŧĥíñğ çĥáñğéš, áñđ éñŧŕíéš áĺŕéáđý íñ ýóúŕ ĵóúŕñáĺ áŕé šķíƥƥéđ. Á ƀáçķúƥ íš ɱáđé ƒíŕšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>[Çĥóóšé á ƒíĺé… ~·~·~·]</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>[Çĥóóšé á ƒóĺđéŕ… ~·~·~·]</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one entry each</source>
        <translation>[Á ƒóĺđéŕ óƒ Ṁáŕķđóŵñ ƒíĺéš, óñé éñŧŕý éáçĥ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>[Ñóŧĥíñğ çĥóšéñ ýéŧ. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>[Ƒóŕɱáŧ ~·]</translation>
    </message>
    <message>
        <source>Find out automatically</source>
        <translation>[Ƒíñđ óúŧ áúŧóɱáŧíçáĺĺý ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>[Ŵĥáŧ ŵíĺĺ ƀé íɱƥóŕŧéđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>From</source>
        <translation>[Ƒŕóɱ ~·]</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>[Íɱƥóŕŧ ƒŕóɱ ~·~·]</translation>
    </message>
    <message>
        <source>Journal exports (*.json *.zip *.md *.markdown *.txt)</source>
        <translation>[Ĵóúŕñáĺ éẋƥóŕŧš (*.ĵšóñ *.žíƥ *.ɱđ *.ɱáŕķđóŵñ *.ŧẋŧ) ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>[Áĺĺ ƒíĺéš (*) ~·~·~]</translation>
    </message>
    <message>
        <source>Import a folder of Markdown files</source>
        <translation>[Íɱƥóŕŧ á ƒóĺđéŕ óƒ Ṁáŕķđóŵñ ƒíĺéš ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>[Ŕéáđíñğ… ~·~]</translation>
    </message>
    <message>
        <source>{format}: {summary}.</source>
        <translation>[{format}: {summary}. ~]</translation>
    </message>
    <message numerus="yes">
        <source>{format}: all %Ln entries are already in your journal. There is nothing new to import.</source>
        <translation>
            <numerusform>[{format}: ŧĥé %Ln éñŧŕý íš áĺŕéáđý íñ ýóúŕ ĵóúŕñáĺ. Ŧĥéŕé íš ñóŧĥíñğ ñéŵ ŧó íɱƥóŕŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[{format}: áĺĺ %Ln éñŧŕíéš áŕé áĺŕéáđý íñ ýóúŕ ĵóúŕñáĺ. Ŧĥéŕé íš ñóŧĥíñğ ñéŵ ŧó íɱƥóŕŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{format}: this holds no entries.</source>
        <translation>[{format}: ŧĥíš ĥóĺđš ñó éñŧŕíéš. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>[Íɱƥóŕŧíñğ… ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entries to your journal.</source>
        <translation>
            <numerusform>[Áđđéđ %Ln éñŧŕý ŧó ýóúŕ ĵóúŕñáĺ. ~·~·~·~·~·~·]</numerusform>
            <numerusform>[Áđđéđ %Ln éñŧŕíéš ŧó ýóúŕ ĵóúŕñáĺ. ~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there and were skipped.</source>
        <translation>
            <numerusform>[%Ln ŵáš áĺŕéáđý ŧĥéŕé áñđ ŵáš šķíƥƥéđ. ~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[%Ln ŵéŕé áĺŕéáđý ŧĥéŕé áñđ ŵéŕé šķíƥƥéđ. ~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>From the trackers: {trackers}.</source>
        <translation>[Ƒŕóɱ ŧĥé ŧŕáçķéŕš: {trackers}. ~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entries</source>
        <translation>
            <numerusform>[Íɱƥóŕŧéđ %Ln éñŧŕý ~·~·~·]</numerusform>
            <numerusform>[Íɱƥóŕŧéđ %Ln éñŧŕíéš ~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Your journal was not changed.</source>
        <translation>[Çáñçéĺĺéđ. Ýóúŕ ĵóúŕñáĺ ŵáš ñóŧ çĥáñğéđ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing was imported; your journal is unchanged.</source>
        <translation>[Ñóŧĥíñğ ŵáš íɱƥóŕŧéđ; ýóúŕ ĵóúŕñáĺ íš úñçĥáñğéđ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>entry {number}</source>
        <translation>[éñŧŕý {number} ~·]</translation>
    </message>
    <message>
        <source>the id is not a UUID: {value}</source>
        <translation>[ŧĥé íđ íš ñóŧ á ÚÚÍĐ: {value} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>unknown kind {value} (expected free, exercise or checkin)</source>
        <translation>[úñķñóŵñ ķíñđ {value} (éẋƥéçŧéđ ƒŕéé, éẋéŕçíšé óŕ çĥéçķíñ) ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be true or false</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé ŧŕúé óŕ ƒáĺšé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á ĺíšŧ ~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé ŧéẋŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds characters that are not text (lone surrogates)</source>
        <translation>[&apos;{field}&apos; ĥóĺđš çĥáŕáçŧéŕš ŧĥáŧ áŕé ñóŧ ŧéẋŧ (ĺóñé šúŕŕóğáŧéš) ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains a NUL character</source>
        <translation>[&apos;{field}&apos; çóñŧáíñš á ÑÚĹ çĥáŕáçŧéŕ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a non-empty text</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á ñóñ-éɱƥŧý ŧéẋŧ ~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{field}&apos; is longer than %n characters</source>
        <translation>
            <numerusform>[&apos;{field}&apos; íš ĺóñğéŕ ŧĥáñ %n çĥáŕáçŧéŕ ~·~·~·~·~·~]</numerusform>
            <numerusform>[&apos;{field}&apos; íš ĺóñğéŕ ŧĥáñ %n çĥáŕáçŧéŕš ~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á đáŧé ~·~·~·~]</translation>
    </message>
    <message>
        <source>the date {date} is out of range (years {first} to {last})</source>
        <translation>[ŧĥé đáŧé {date} íš óúŧ óƒ ŕáñğé (ýéáŕš {first} ŧó {last}) ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range (it cannot be placed in UTC)</source>
        <translation>[&apos;{field}&apos; íš óúŧ óƒ ŕáñğé (íŧ çáññóŧ ƀé ƥĺáçéđ íñ ÚŦÇ) ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date and time with a time zone</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á đáŧé áñđ ŧíɱé ŵíŧĥ á ŧíɱé žóñé ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; ({date}) is out of range (years {first} to {last})</source>
        <translation>[&apos;{field}&apos; ({date}) íš óúŧ óƒ ŕáñğé (ýéáŕš {first} ŧó {last}) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list of texts</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á ĺíšŧ óƒ ŧéẋŧš ~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>the entry has %Ln tags; at most {most} are allowed</source>
        <translation>
            <numerusform>[ŧĥé éñŧŕý ĥáš %Ln ŧáğ; áŧ ɱóšŧ {most} áŕé áĺĺóŵéđ ~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[ŧĥé éñŧŕý ĥáš %Ln ŧáğš; áŧ ɱóšŧ {most} áŕé áĺĺóŵéđ ~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á ŵĥóĺé ñúɱƀéŕ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range ({low} to {high})</source>
        <translation>[&apos;{field}&apos; íš óúŧ óƒ ŕáñğé ({low} ŧó {high}) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>metric {metric} has a value that is not a number</source>
        <translation>[ɱéŧŕíç {metric} ĥáš á ṽáĺúé ŧĥáŧ íš ñóŧ á ñúɱƀéŕ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>metric {metric} has a value that is not a finite number</source>
        <translation>[ɱéŧŕíç {metric} ĥáš á ṽáĺúé ŧĥáŧ íš ñóŧ á ƒíñíŧé ñúɱƀéŕ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé áñ óƀĵéçŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;answers&apos; hold characters that are not text (lone surrogates)</source>
        <translation>[&apos;áñšŵéŕš&apos; ĥóĺđ çĥáŕáçŧéŕš ŧĥáŧ áŕé ñóŧ ŧéẋŧ (ĺóñé šúŕŕóğáŧéš) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;answers&apos; hold a value that is not JSON or a number that is not finite</source>
        <translation>[&apos;áñšŵéŕš&apos; ĥóĺđ á ṽáĺúé ŧĥáŧ íš ñóŧ ĴŠÓÑ óŕ á ñúɱƀéŕ ŧĥáŧ íš ñóŧ ƒíñíŧé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>&apos;answers&apos; are nested more than %n levels deep</source>
        <translation>
            <numerusform>[&apos;áñšŵéŕš&apos; áŕé ñéšŧéđ ɱóŕé ŧĥáñ %n ĺéṽéĺ đééƥ ~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[&apos;áñšŵéŕš&apos; áŕé ñéšŧéđ ɱóŕé ŧĥáñ %n ĺéṽéĺš đééƥ ~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;answers&apos; hold more than %Ln values</source>
        <translation>
            <numerusform>[&apos;áñšŵéŕš&apos; ĥóĺđ ɱóŕé ŧĥáñ %Ln ṽáĺúé ~·~·~·~·~·~·]</numerusform>
            <numerusform>[&apos;áñšŵéŕš&apos; ĥóĺđ ɱóŕé ŧĥáñ %Ln ṽáĺúéš ~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;answers&apos; have a key that is not text</source>
        <translation>[&apos;áñšŵéŕš&apos; ĥáṽé á ķéý ŧĥáŧ íš ñóŧ ŧéẋŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>the entry has more than %Ln metrics</source>
        <translation>
            <numerusform>[ŧĥé éñŧŕý ĥáš ɱóŕé ŧĥáñ %Ln ɱéŧŕíç ~·~·~·~·~·~·]</numerusform>
            <numerusform>[ŧĥé éñŧŕý ĥáš ɱóŕé ŧĥáñ %Ln ɱéŧŕíçš ~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>every metric needs a name</source>
        <translation>[éṽéŕý ɱéŧŕíç ñééđš á ñáɱé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>metric {metric} has a label that is not text</source>
        <translation>[ɱéŧŕíç {metric} ĥáš á ĺáƀéĺ ŧĥáŧ íš ñóŧ ŧéẋŧ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>metric {metric} has a label longer than %n characters</source>
        <translation>
            <numerusform>[ɱéŧŕíç {metric} ĥáš á ĺáƀéĺ ĺóñğéŕ ŧĥáñ %n çĥáŕáçŧéŕ ~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[ɱéŧŕíç {metric} ĥáš á ĺáƀéĺ ĺóñğéŕ ŧĥáñ %n çĥáŕáçŧéŕš ~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>revision {number}: {reason}</source>
        <translation>[ŕéṽíšíóñ {number}: {reason} ~·~·]</translation>
    </message>
    <message>
        <source>not a revision</source>
        <translation>[ñóŧ á ŕéṽíšíóñ ~·~·~·]</translation>
    </message>
    <message>
        <source>unknown kind {value}</source>
        <translation>[úñķñóŵñ ķíñđ {value} ~·~·~]</translation>
    </message>
</context>
<context>
    <name>ImportParsing</name>
    <message>
        <source>a folder</source>
        <translation>[á ƒóĺđéŕ ~·~]</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>[á ƥíƥé (ƑÍƑÓ) ~·~·~]</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>[á šóçķéŧ ~·~]</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>[á đéṽíçé ~·~]</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>[ñóŧ á ŕéğúĺáŕ ƒíĺé ~·~·~·~]</translation>
    </message>
    <message>
        <source>this is {kind}, not a file; only regular files are read</source>
        <translation>[ŧĥíš íš {kind}, ñóŧ á ƒíĺé; óñĺý ŕéğúĺáŕ ƒíĺéš áŕé ŕéáđ ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the file is larger than {size}</source>
        <translation>[ŧĥé ƒíĺé íš ĺáŕğéŕ ŧĥáñ {size} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is a symbolic link; links are not followed</source>
        <translation>[ŧĥíš íš á šýɱƀóĺíç ĺíñķ; ĺíñķš áŕé ñóŧ ƒóĺĺóŵéđ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>[ŧĥíš íš á ƒóĺđéŕ, ñóŧ á ƒíĺé ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>[ŧĥéŕé íš ñó šúçĥ ƒíĺé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>[ýóú đó ñóŧ ĥáṽé ƥéŕɱíššíóñ ŧó ŕéáđ íŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation>[íŧ çóúĺđ ñóŧ ƀé ŕéáđ ({reason}) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>error</source>
        <translation>[éŕŕóŕ ~·]</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>[{count} ƀýŧéš ~·]</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>[ŧĥé ƒíĺé íš éɱƥŧý ~·~·~·~]</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (bad byte at position {start})</source>
        <translation>[ŧĥíš íš ñóŧ ÚŦƑ-8 ŧéẋŧ (ƀáđ ƀýŧé áŧ ƥóšíŧíóñ {start}) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a number is longer than {max_number_chars} digits</source>
        <translation>[á ñúɱƀéŕ íš ĺóñğéŕ ŧĥáñ {max_number_chars} đíğíŧš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a number is written with too many digits</source>
        <translation>[á ñúɱƀéŕ íš ŵŕíŧŧéñ ŵíŧĥ ŧóó ɱáñý đíğíŧš ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the number {text} is too large</source>
        <translation>[ŧĥé ñúɱƀéŕ {text} íš ŧóó ĺáŕğé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is not a number</source>
        <translation>[{name} íš ñóŧ á ñúɱƀéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>the data is nested more than {max_depth} levels deep</source>
        <translation>[ŧĥé đáŧá íš ñéšŧéđ ɱóŕé ŧĥáñ {max_depth} ĺéṽéĺš đééƥ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>[ŧĥé ƒíĺé éñđš ŧóó éáŕĺý (íŧ ɱáý ƀé ŧŕúñçáŧéđ) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not valid JSON (line {line}, column {column})</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ (ĺíñé {line}, çóĺúɱñ {column}) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not valid JSON ({error})</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ ({error}) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range (it cannot be placed in UTC)</source>
        <translation>[&apos;{field}&apos; íš óúŧ óƒ ŕáñğé (íŧ çáññóŧ ƀé ƥĺáçéđ íñ ÚŦÇ) ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date and time text</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á đáŧé áñđ ŧíɱé ŧéẋŧ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date and time like 2024-03-18T21:04:00Z: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á đáŧé áñđ ŧíɱé ĺíķé 2024-03-18Ŧ21:04:00Ž: {value} ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date like 2024-03-18</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé á đáŧé ĺíķé 2024-03-18 ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date like 2024-03-18: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á đáŧé ĺíķé 2024-03-18: {value} ~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>entry {number}</source>
        <translation>[éñŧŕý {number} ~·]</translation>
    </message>
    <message>
        <source>the same id as entry {number}: ids must be unique in one file</source>
        <translation>[ŧĥé šáɱé íđ áš éñŧŕý {number}: íđš ɱúšŧ ƀé úñíɋúé íñ óñé ƒíĺé ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>[ŧĥéŕé íš ñó šúçĥ ƒíĺé óŕ ƒóĺđéŕ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is {kind}, not a file or folder</source>
        <translation>[ŧĥíš íš {kind}, ñóŧ á ƒíĺé óŕ ƒóĺđéŕ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the journal already has an intention for {date}, and a day has one; nothing was imported</source>
        <translation>[ŧĥé ĵóúŕñáĺ áĺŕéáđý ĥáš áñ íñŧéñŧíóñ ƒóŕ {date}, áñđ á đáý ĥáš óñé; ñóŧĥíñğ ŵáš íɱƥóŕŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>intention {number} ({id})</source>
        <translation>[íñŧéñŧíóñ {number} ({id}) ~·~·~]</translation>
    </message>
    <message>
        <source>version {version} of your own exercise &apos;{exercise}&apos; is in the journal with other questions; the journal keeps every version as it was saved, so nothing was imported</source>
        <translation>[ṽéŕšíóñ {version} óƒ ýóúŕ óŵñ éẋéŕçíšé &apos;{exercise}&apos; íš íñ ŧĥé ĵóúŕñáĺ ŵíŧĥ óŧĥéŕ ɋúéšŧíóñš; ŧĥé ĵóúŕñáĺ ķééƥš éṽéŕý ṽéŕšíóñ áš íŧ ŵáš šáṽéđ, šó ñóŧĥíñğ ŵáš íɱƥóŕŧéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>own exercise {exercise}</source>
        <translation>[óŵñ éẋéŕçíšé {exercise} ~·~·~]</translation>
    </message>
    <message>
        <source>it changed while it was being checked; nothing was imported. Try again once nothing is writing to it.</source>
        <translation>[íŧ çĥáñğéđ ŵĥíĺé íŧ ŵáš ƀéíñğ çĥéçķéđ; ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. Ŧŕý áğáíñ óñçé ñóŧĥíñğ íš ŵŕíŧíñğ ŧó íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
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
    <name>IntentionCard</name>
    <message>
        <source>It went: done</source>
        <translation>[Íŧ ŵéñŧ: đóñé ~·~·~]</translation>
    </message>
    <message>
        <source>It went: partly</source>
        <translation>[Íŧ ŵéñŧ: ƥáŕŧĺý ~·~·~·]</translation>
    </message>
    <message>
        <source>It went: not today</source>
        <translation>[Íŧ ŵéñŧ: ñóŧ ŧóđáý ~·~·~·~]</translation>
    </message>
    <message>
        <source>One thing for today</source>
        <translation>[Óñé ŧĥíñğ ƒóŕ ŧóđáý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>One small thing you&apos;ll do today to build trust — e.g. “Say where I&apos;ll be tonight” or “Ask before assuming.”</source>
        <translation>[Óñé šɱáĺĺ ŧĥíñğ ýóú&apos;ĺĺ đó ŧóđáý ŧó ƀúíĺđ ŧŕúšŧ — é.ğ. “Šáý ŵĥéŕé Í&apos;ĺĺ ƀé ŧóñíğĥŧ” óŕ “Ášķ ƀéƒóŕé áššúɱíñğ.” ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today to build trust</source>
        <translation>[Óñé ŧĥíñğ Í&apos;ĺĺ đó ŧóđáý ŧó ƀúíĺđ ŧŕúšŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today…</source>
        <translation>[Óñé ŧĥíñğ Í&apos;ĺĺ đó ŧóđáý… ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>[Šéŧ ~]</translation>
    </message>
    <message>
        <source>Set today&apos;s intention</source>
        <translation>[Šéŧ ŧóđáý&apos;š íñŧéñŧíóñ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>[Çĥáñğé ~·]</translation>
    </message>
    <message>
        <source>Change today&apos;s intention</source>
        <translation>[Çĥáñğé ŧóđáý&apos;š íñŧéñŧíóñ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How did it go? Any answer is fine.</source>
        <translation>[Ĥóŵ đíđ íŧ ğó? Áñý áñšŵéŕ íš ƒíñé. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Today you meant to: {intention}</source>
        <translation>[Ŧóđáý ýóú ɱéáñŧ ŧó: {intention} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Yesterday you meant to: {intention}</source>
        <translation>[Ýéšŧéŕđáý ýóú ɱéáñŧ ŧó: {intention} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>On {date} you meant to: {intention}</source>
        <translation>[Óñ {date} ýóú ɱéáñŧ ŧó: {intention} ~·~·~·~]</translation>
    </message>
    <message>
        <source>Noted — well done for following through.</source>
        <translation>[Ñóŧéđ — ŵéĺĺ đóñé ƒóŕ ƒóĺĺóŵíñğ ŧĥŕóúğĥ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Noted. Part of the way still counts.</source>
        <translation>[Ñóŧéđ. Ƥáŕŧ óƒ ŧĥé ŵáý šŧíĺĺ çóúñŧš. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Noted. Some days are like that; today is new.</source>
        <translation>[Ñóŧéđ. Šóɱé đáýš áŕé ĺíķé ŧĥáŧ; ŧóđáý íš ñéŵ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>IntentionsTab</name>
    <message>
        <source>Not looked back on yet</source>
        <translation>[Ñóŧ ĺóóķéđ ƀáçķ óñ ýéŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{day} · {outcome}</source>
        <translation>[{day} · {outcome} ~]</translation>
    </message>
    <message>
        <source>No intentions yet. One small thing a day is plenty — e.g. “Ask instead of assuming.”</source>
        <translation>[Ñó íñŧéñŧíóñš ýéŧ. Óñé šɱáĺĺ ŧĥíñğ á đáý íš ƥĺéñŧý — é.ğ. “Ášķ íñšŧéáđ óƒ áššúɱíñğ.” ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today to build trust</source>
        <translation>[Óñé ŧĥíñğ Í&apos;ĺĺ đó ŧóđáý ŧó ƀúíĺđ ŧŕúšŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today to build trust — e.g. “Tell them how my day really was”</source>
        <translation>[Óñé ŧĥíñğ Í&apos;ĺĺ đó ŧóđáý ŧó ƀúíĺđ ŧŕúšŧ — é.ğ. “Ŧéĺĺ ŧĥéɱ ĥóŵ ɱý đáý ŕéáĺĺý ŵáš” ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>[Ĥóŵ íŧ ŵéñŧ ~·~·]</translation>
    </message>
    <message>
        <source>A note on how it went</source>
        <translation>[Á ñóŧé óñ ĥóŵ íŧ ŵéñŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>[Á ñóŧé (óƥŧíóñáĺ) ~·~·~·~]</translation>
    </message>
    <message>
        <source>Save intention</source>
        <translation>[Šáṽé íñŧéñŧíóñ ~·~·~·]</translation>
    </message>
    <message>
        <source>Your intentions</source>
        <translation>[Ýóúŕ íñŧéñŧíóñš ~·~·~·]</translation>
    </message>
    <message>
        <source>The intention was deleted.</source>
        <translation>[Ŧĥé íñŧéñŧíóñ ŵáš đéĺéŧéđ. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>[Íñŧéñŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>For today</source>
        <translation>[Ƒóŕ ŧóđáý ~·~·]</translation>
    </message>
    <message>
        <source>For yesterday</source>
        <translation>[Ƒóŕ ýéšŧéŕđáý ~·~·~]</translation>
    </message>
    <message>
        <source>For {date}</source>
        <translation>[Ƒóŕ {date} ~·]</translation>
    </message>
    <message>
        <source>Today&apos;s intention</source>
        <translation>[Ŧóđáý&apos;š íñŧéñŧíóñ ~·~·~·~]</translation>
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
    <name>JrnlFormat</name>
    <message>
        <source>the data is nested more than {levels} levels deep</source>
        <translation>[ŧĥé đáŧá íš ñéšŧéđ ɱóŕé ŧĥáñ {levels} ĺéṽéĺš đééƥ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not a jrnl export (expected an object with an &apos;entries&apos; list)</source>
        <translation>[ŧĥíš íš ñóŧ á ĵŕñĺ éẋƥóŕŧ (éẋƥéçŧéđ áñ óƀĵéçŧ ŵíŧĥ áñ &apos;éñŧŕíéš&apos; ĺíšŧ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be an object of tag counts</source>
        <translation>[&apos;ŧáğš&apos; ɱúšŧ ƀé áñ óƀĵéçŧ óƒ ŧáğ çóúñŧš ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation>[éñŧŕý {index} ~·]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, not {name}</source>
        <translation>[&apos;{key}&apos; ɱúšŧ ƀé ŧéẋŧ, ñóŧ {name} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds characters that are not text (lone surrogates)</source>
        <translation>[&apos;{key}&apos; ĥóĺđš çĥáŕáçŧéŕš ŧĥáŧ áŕé ñóŧ ŧéẋŧ (ĺóñé šúŕŕóğáŧéš) ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;date&apos; must be a date like 2024-03-18</source>
        <translation>[&apos;đáŧé&apos; ɱúšŧ ƀé á đáŧé ĺíķé 2024-03-18 ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date like 2024-03-18: {date_text}</source>
        <translation>[&apos;đáŧé&apos; íš ñóŧ á đáŧé ĺíķé 2024-03-18: {date_text} ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the year {year} is outside {min_year}–{max_year}</source>
        <translation>[ŧĥé ýéáŕ {year} íš óúŧšíđé {min_year}–{max_year} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;time&apos; must be a time like 21:04</source>
        <translation>[&apos;ŧíɱé&apos; ɱúšŧ ƀé á ŧíɱé ĺíķé 21:04 ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;time&apos; is not a time like 21:04: {time_text}</source>
        <translation>[&apos;ŧíɱé&apos; íš ñóŧ á ŧíɱé ĺíķé 21:04: {time_text} ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list of texts</source>
        <translation>[&apos;ŧáğš&apos; ɱúšŧ ƀé á ĺíšŧ óƒ ŧéẋŧš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;starred&apos; must be true or false</source>
        <translation>[&apos;šŧáŕŕéđ&apos; ɱúšŧ ƀé ŧŕúé óŕ ƒáĺšé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;uuid&apos; is not a valid id: {value}</source>
        <translation>[&apos;úúíđ&apos; íš ñóŧ á ṽáĺíđ íđ: {value} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>[ŧĥé ƒíĺé íš éɱƥŧý ~·~·~·~]</translation>
    </message>
    <message>
        <source>the document has two &apos;entries&apos; lists</source>
        <translation>[ŧĥé đóçúɱéñŧ ĥáš ŧŵó &apos;éñŧŕíéš&apos; ĺíšŧš ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation>[áñ éñŧŕý ɱúšŧ ƀé áñ óƀĵéçŧ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>there is more data after the end of the document</source>
        <translation>[ŧĥéŕé íš ɱóŕé đáŧá áƒŧéŕ ŧĥé éñđ óƒ ŧĥé đóçúɱéñŧ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the id {entry_id} appears twice (also entry {own_ids})</source>
        <translation>[ŧĥé íđ {entry_id} áƥƥéáŕš ŧŵíçé (áĺšó éñŧŕý {own_ids}) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation>[ŧĥé đáŧé íš óúŧ óƒ ŕáñğé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>[éñŧŕý {number} ~·]</translation>
    </message>
</context>
<context>
    <name>JrnlImporter</name>
    <message>
        <source>jrnl (JSON export)</source>
        <translation>[ĵŕñĺ (ĴŠÓÑ éẋƥóŕŧ) ~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>JSON (complete, can be imported back)</source>
        <translation>[ĴŠÓÑ (çóɱƥĺéŧé, çáñ ƀé íɱƥóŕŧéđ ƀáçķ) ~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>{where}: {reason}</source>
        <translation>[{where}: {reason} ~]</translation>
    </message>
    <message>
        <source>text</source>
        <translation>[ŧéẋŧ ~·]</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>[ŧéẋŧ óŕ ñúĺĺ ~·~·~]</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>[ŧŕúé óŕ ƒáĺšé ~·~·~]</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>[á ŵĥóĺé ñúɱƀéŕ óŕ ñúĺĺ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date like 2024-03-18: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á đáŧé ĺíķé 2024-03-18: {value} ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a date and time text</source>
        <translation>[á đáŧé áñđ ŧíɱé ŧéẋŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a UTC time like 2024-03-18T21:04:00Z: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á ÚŦÇ ŧíɱé ĺíķé 2024-03-18Ŧ21:04:00Ž: {value} ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>[á ĺíšŧ óƒ ŧéẋŧš ~·~·~·]</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>[áñ óƀĵéçŧ óŕ ñúĺĺ ~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;answers&apos; are nested more than {max_answer_depth} levels deep</source>
        <translation>[&apos;áñšŵéŕš&apos; áŕé ñéšŧéđ ɱóŕé ŧĥáñ {max_answer_depth} ĺéṽéĺš đééƥ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>[á ĺíšŧ ~·]</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>[áñ óƀĵéçŧ ~·~·]</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>[á ñúɱƀéŕ óŕ ñúĺĺ ~·~·~·]</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (this reader knows format version {version}; is the file from a newer TrustJournal?)</source>
        <translation>[úñķñóŵñ ƒíéĺđ &apos;{field}&apos; (ŧĥíš ŕéáđéŕ ķñóŵš ƒóŕɱáŧ ṽéŕšíóñ {version}; íš ŧĥé ƒíĺé ƒŕóɱ á ñéŵéŕ TrustJournal?) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; is missing</source>
        <translation>[ŧĥé ƒíéĺđ &apos;{field}&apos; íš ɱíššíñğ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>[éñŧŕý {number} ~·]</translation>
    </message>
    <message>
        <source>an entry must be an object, not {value_kind}</source>
        <translation>[áñ éñŧŕý ɱúšŧ ƀé áñ óƀĵéçŧ, ñóŧ {value_kind} ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>[á ĺíšŧ óƒ óƀĵéçŧš ~·~·~·~]</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>[ŧĥé ƒíĺé íš éɱƥŧý ~·~·~·~]</translation>
    </message>
    <message>
        <source>this is not a TrustJournal export (no JSON object)</source>
        <translation>[ŧĥíš íš ñóŧ á TrustJournal éẋƥóŕŧ (ñó ĴŠÓÑ óƀĵéçŧ) ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; comes after &apos;entries&apos;; the tracker lists must come before it</source>
        <translation>[&apos;{key}&apos; çóɱéš áƒŧéŕ &apos;éñŧŕíéš&apos;; ŧĥé ŧŕáçķéŕ ĺíšŧš ɱúšŧ çóɱé ƀéƒóŕé íŧ ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the document has two &apos;{key}&apos; lists</source>
        <translation>[ŧĥé đóçúɱéñŧ ĥáš ŧŵó &apos;{key}&apos; ĺíšŧš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the document has two &apos;entries&apos; lists</source>
        <translation>[ŧĥé đóçúɱéñŧ ĥáš ŧŵó &apos;éñŧŕíéš&apos; ĺíšŧš ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>there is more data after the end of the document</source>
        <translation>[ŧĥéŕé íš ɱóŕé đáŧá áƒŧéŕ ŧĥé éñđ óƒ ŧĥé đóçúɱéñŧ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the file has no &apos;entries&apos; list</source>
        <translation>[ŧĥé ƒíĺé ĥáš ñó &apos;éñŧŕíéš&apos; ĺíšŧ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not a TrustJournal export (&apos;format&apos; must come first and be &quot;{format}&quot;)</source>
        <translation>[ŧĥíš íš ñóŧ á TrustJournal éẋƥóŕŧ (&apos;ƒóŕɱáŧ&apos; ɱúšŧ çóɱé ƒíŕšŧ áñđ ƀé &quot;{format}&quot;) ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number, 1 or more</source>
        <translation>[&apos;ṽéŕšíóñ&apos; ɱúšŧ ƀé á ŵĥóĺé ñúɱƀéŕ, 1 óŕ ɱóŕé ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this file is format version {version}, from a newer TrustJournal; this one reads version {version2}. Update TrustJournal to import it.</source>
        <translation>[ŧĥíš ƒíĺé íš ƒóŕɱáŧ ṽéŕšíóñ {version}, ƒŕóɱ á ñéŵéŕ TrustJournal; ŧĥíš óñé ŕéáđš ṽéŕšíóñ {version2}. Úƥđáŧé TrustJournal ŧó íɱƥóŕŧ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a list of entries</source>
        <translation>[á ĺíšŧ óƒ éñŧŕíéš ~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>[&apos;,&apos; óŕ &apos;]&apos; ~·~·]</translation>
    </message>
    <message>
        <source>the same uuid as entry {earlier}: ids must be unique in one file</source>
        <translation>[ŧĥé šáɱé úúíđ áš éñŧŕý {earlier}: íđš ɱúšŧ ƀé úñíɋúé íñ óñé ƒíĺé ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{source} ({uuid})</source>
        <translation>[{source} ({uuid}) ~]</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>TrustJournal JSON</source>
        <translation>[TrustJournal ĴŠÓÑ ~·]</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>a number</source>
        <translation>[á ñúɱƀéŕ ~·~]</translation>
    </message>
    <message>
        <source>text</source>
        <translation>[ŧéẋŧ ~·]</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>[á ĺíšŧ ~·]</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>[áñ óƀĵéçŧ ~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be {expected}, not {value_kind}</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé {expected}, ñóŧ {value_kind} ~·~·~·~]</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>[ŧĥé đáŧá íš ñéšŧéđ ŧóó đééƥĺý ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{reason} (line {line}, column {column})</source>
        <translation>[{reason} (ĺíñé {line}, çóĺúɱñ {column}) ~·~·~·~]</translation>
    </message>
    <message>
        <source>it could not be read ({value})</source>
        <translation>[íŧ çóúĺđ ñóŧ ƀé ŕéáđ ({value}) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this is not UTF-8 text (bad byte at position {value})</source>
        <translation>[ŧĥíš íš ñóŧ ÚŦƑ-8 ŧéẋŧ (ƀáđ ƀýŧé áŧ ƥóšíŧíóñ {value}) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>[ŧĥé ƒíĺé éñđš ŧóó éáŕĺý (íŧ ɱáý ƀé ŧŕúñçáŧéđ) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not valid JSON: expected {what}</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ: éẋƥéçŧéđ {what} ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this is not valid JSON: expected a field name</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ: éẋƥéçŧéđ á ƒíéĺđ ñáɱé ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>one entry is larger than {value} MB</source>
        <translation>[óñé éñŧŕý íš ĺáŕğéŕ ŧĥáñ {value} ṀƁ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this is not valid JSON ({error})</source>
        <translation>[ŧĥíš íš ñóŧ ṽáĺíđ ĴŠÓÑ ({error}) ~·~·~·~·~·]</translation>
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
    <name>ListStep</name>
    <message>
        <source>Press Enter for another line.</source>
        <translation>[Ƥŕéšš Éñŧéŕ ƒóŕ áñóŧĥéŕ ĺíñé. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{heading}, item {number}</source>
        <translation>[{heading}, íŧéɱ {number} ~·~]</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>[Ŕéɱóṽé ŧĥíš ĺíñé ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your journal…</source>
        <translation>[Óƥéñíñğ ýóúŕ ĵóúŕñáĺ… ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>[Ƥáğéš ~·]</translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation>[Šáƒéŧý áñđ šúƥƥóŕŧ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Where to turn if things feel unsafe (F1)</source>
        <translation>[Ŵĥéŕé ŧó ŧúŕñ íƒ ŧĥíñğš ƒééĺ úñšáƒé (Ƒ1) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>I want to check</source>
        <translation>[Í ŵáñŧ ŧó çĥéçķ ~·~·~·]</translation>
    </message>
    <message>
        <source>Sit with the urge for a few minutes before acting on it ({keys})</source>
        <translation>[Šíŧ ŵíŧĥ ŧĥé úŕğé ƒóŕ á ƒéŵ ɱíñúŧéš ƀéƒóŕé áçŧíñğ óñ íŧ ({keys}) ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>I want to check…</source>
        <translation>[Í ŵáñŧ ŧó çĥéçķ… ~·~·~·]</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>[{page} (Çŧŕĺ+{number}) ~·~]</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>[Ĺóçķ ~·]</translation>
    </message>
    <message>
        <source>Hide everything and lock now ({keys})</source>
        <translation>[Ĥíđé éṽéŕýŧĥíñğ áñđ ĺóçķ ñóŵ ({keys}) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>[Šéŧŧíñğš ~·~]</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>[Ƥŕíṽáçý ~·~]</translation>
    </message>
    <message>
        <source>What TrustJournal protects, and what it can&apos;t</source>
        <translation>[Ŵĥáŧ TrustJournal ƥŕóŧéçŧš, áñđ ŵĥáŧ íŧ çáñ&apos;ŧ ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>About</source>
        <translation>[Áƀóúŧ ~·]</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>[Ɓáçķúƥš ~·~]</translation>
    </message>
    <message>
        <source>Your journal&apos;s backups: make one now, or restore one</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ&apos;š ƀáçķúƥš: ɱáķé óñé ñóŵ, óŕ ŕéšŧóŕé óñé ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>[Éẋƥóŕŧ ~·]</translation>
    </message>
    <message>
        <source>Save entries as JSON, Markdown, CSV, HTML or a printable PDF ({keys})</source>
        <translation>[Šáṽé éñŧŕíéš áš ĴŠÓÑ, Ṁáŕķđóŵñ, ÇŠṼ, ĤŦṀĹ óŕ á ƥŕíñŧáƀĺé ƤĐƑ ({keys}) ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>[Íɱƥóŕŧ ~·]</translation>
    </message>
    <message>
        <source>Bring in entries from another journal ({keys})</source>
        <translation>[Ɓŕíñğ íñ éñŧŕíéš ƒŕóɱ áñóŧĥéŕ ĵóúŕñáĺ ({keys}) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>[Šéáŕçĥ… ~·~]</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>[Ɋúíŧ ~·]</translation>
    </message>
    <message>
        <source>Finish or save the open exercise for later first.</source>
        <translation>[Ƒíñíšĥ óŕ šáṽé ŧĥé óƥéñ éẋéŕçíšé ƒóŕ ĺáŧéŕ ƒíŕšŧ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That record is no longer in the journal.</source>
        <translation>[Ŧĥáŧ ŕéçóŕđ íš ñó ĺóñğéŕ íñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Only today&apos;s check-in can be changed.</source>
        <translation>[Óñĺý ŧóđáý&apos;š çĥéçķ-íñ çáñ ƀé çĥáñğéđ. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>[Šáṽéđ ~·]</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>★ Starred</source>
        <translation>[★ Šŧáŕŕéđ ~·~·]</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>[Ŧáğš: {tags} ~·]</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>[Íñ ŧĥé ŧŕášĥ ~·~·~]</translation>
    </message>
</context>
<context>
    <name>MarkdownFileExporter</name>
    <message>
        <source>Markdown (one combined file)</source>
        <translation>[Ṁáŕķđóŵñ (óñé çóɱƀíñéđ ƒíĺé) ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>the front matter is too long</source>
        <translation>[ŧĥé ƒŕóñŧ ɱáŧŧéŕ íš ŧóó ĺóñğ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line {line}: {problem})</source>
        <translation>[ŧĥé ƒŕóñŧ ɱáŧŧéŕ íš ñóŧ ṽáĺíđ ÝÁṀĹ (ĺíñé {line}: {problem}) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML</source>
        <translation>[ŧĥé ƒŕóñŧ ɱáŧŧéŕ íš ñóŧ ṽáĺíđ ÝÁṀĹ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation>[ŧĥé ƒŕóñŧ ɱáŧŧéŕ ɱúšŧ ƀé &apos;ķéý: ṽáĺúé&apos; ĺíñéš ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the year {year} in {what} is outside {min_year}–{max_year}</source>
        <translation>[ŧĥé ýéáŕ {year} íñ {what} íš óúŧšíđé {min_year}–{max_year} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;date&apos; in the front matter must be a date like 2024-03-18</source>
        <translation>[&apos;đáŧé&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ ɱúšŧ ƀé á đáŧé ĺíķé 2024-03-18 ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;date&apos; in the front matter is not a date like 2024-03-18: {text}</source>
        <translation>[&apos;đáŧé&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ íš ñóŧ á đáŧé ĺíķé 2024-03-18: {text} ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the file name has an impossible date: {group}</source>
        <translation>[ŧĥé ƒíĺé ñáɱé ĥáš áñ íɱƥóššíƀĺé đáŧé: {group} ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; in the front matter must be text</source>
        <translation>[&apos;{key}&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ ɱúšŧ ƀé ŧéẋŧ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds characters that are not text (lone surrogates)</source>
        <translation>[&apos;{key}&apos; ĥóĺđš çĥáŕáçŧéŕš ŧĥáŧ áŕé ñóŧ ŧéẋŧ (ĺóñé šúŕŕóğáŧéš) ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;tags&apos; in the front matter must be a list or a text</source>
        <translation>[&apos;ŧáğš&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ ɱúšŧ ƀé á ĺíšŧ óŕ á ŧéẋŧ ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;starred&apos; in the front matter must be true or false</source>
        <translation>[&apos;šŧáŕŕéđ&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ ɱúšŧ ƀé ŧŕúé óŕ ƒáĺšé ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;uuid&apos; in the front matter is not a valid id: {shown}</source>
        <translation>[&apos;úúíđ&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ íš ñóŧ á ṽáĺíđ íđ: {shown} ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; in the front matter must be a date and time</source>
        <translation>[&apos;{key}&apos; íñ ŧĥé ƒŕóñŧ ɱáŧŧéŕ ɱúšŧ ƀé á đáŧé áñđ ŧíɱé ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this folder could not be read</source>
        <translation>[ŧĥíš ƒóĺđéŕ çóúĺđ ñóŧ ƀé ŕéáđ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>folders are nested more than {max_folder_depth} levels deep</source>
        <translation>[ƒóĺđéŕš áŕé ñéšŧéđ ɱóŕé ŧĥáñ {max_folder_depth} ĺéṽéĺš đééƥ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{file} ({kind})</source>
        <translation>[{file} ({kind}) ~]</translation>
    </message>
    <message>
        <source>{file} (a symbolic link)</source>
        <translation>[{file} (á šýɱƀóĺíç ĺíñķ) ~·~·~·~]</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>[ñóŧ á ŕéğúĺáŕ ƒíĺé ~·~·~·~]</translation>
    </message>
    <message>
        <source>it became a symbolic link while the folder was read; links are not followed</source>
        <translation>[íŧ ƀéçáɱé á šýɱƀóĺíç ĺíñķ ŵĥíĺé ŧĥé ƒóĺđéŕ ŵáš ŕéáđ; ĺíñķš áŕé ñóŧ ƒóĺĺóŵéđ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>it could not be read ({value})</source>
        <translation>[íŧ çóúĺđ ñóŧ ƀé ŕéáđ ({value}) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>it is not a regular file (it was replaced while the folder was read)</source>
        <translation>[íŧ íš ñóŧ á ŕéğúĺáŕ ƒíĺé (íŧ ŵáš ŕéƥĺáçéđ ŵĥíĺé ŧĥé ƒóĺđéŕ ŵáš ŕéáđ) ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the note is larger than {size_words}</source>
        <translation>[ŧĥé ñóŧé íš ĺáŕğéŕ ŧĥáñ {size_words} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this folder holds no .md, .markdown or .txt files</source>
        <translation>[ŧĥíš ƒóĺđéŕ ĥóĺđš ñó .ɱđ, .ɱáŕķđóŵñ óŕ .ŧẋŧ ƒíĺéš ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the uuid {uuid} is also used by {seen}</source>
        <translation>[ŧĥé úúíđ {uuid} íš áĺšó úšéđ ƀý {seen} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>every note in this folder is empty</source>
        <translation>[éṽéŕý ñóŧé íñ ŧĥíš ƒóĺđéŕ íš éɱƥŧý ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>no date in front matter or file name</source>
        <translation>[ñó đáŧé íñ ƒŕóñŧ ɱáŧŧéŕ óŕ ƒíĺé ñáɱé ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation>[ŧĥé đáŧé íš óúŧ óƒ ŕáñğé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation>[ŧĥíš íš ñóŧ á ŧéẋŧ ƒíĺé (íŧ ĥóĺđš ƀíñáŕý đáŧá) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>MarkdownFolderExporter</name>
    <message>
        <source>Markdown (a folder, one file per entry)</source>
        <translation>[Ṁáŕķđóŵñ (á ƒóĺđéŕ, óñé ƒíĺé ƥéŕ éñŧŕý) ~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>MarkdownFolderImporter</name>
    <message>
        <source>Markdown folder</source>
        <translation>[Ṁáŕķđóŵñ ƒóĺđéŕ ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;Ƒíĺé ~·]</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>[&amp;Ñéŵ éñŧŕý ~·~·]</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>[&amp;Šáṽé ~·]</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>[&amp;Éđíŧ ~·]</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>[&amp;Úñđó ~·]</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>[&amp;Ŕéđó ~·]</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>[Çú&amp;ŧ ~]</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>[&amp;Çóƥý ~·]</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>[&amp;Ƥášŧé ~·]</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>[Šéĺéçŧ &amp;áĺĺ ~·~·]</translation>
    </message>
    <message>
        <source>&amp;History of this entry…</source>
        <translation>[&amp;Ĥíšŧóŕý óƒ ŧĥíš éñŧŕý… ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>[&amp;Ṽíéŵ ~·]</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>[&amp;Ŧĥéɱé ~·]</translation>
    </message>
    <message>
        <source>Markdown &amp;preview</source>
        <translation>[Ṁáŕķđóŵñ &amp;ƥŕéṽíéŵ ~·~·~·]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Ĥéĺƥ ~·]</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>[&amp;Ķéýƀóáŕđ šĥóŕŧçúŧš ~·~·~·~]</translation>
    </message>
    <message>
        <source>This is &amp;not therapy</source>
        <translation>[Ŧĥíš íš &amp;ñóŧ ŧĥéŕáƥý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>This is not therapy</source>
        <translation>[Ŧĥíš íš ñóŧ ŧĥéŕáƥý ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>[Ŧĥé ŧŵó ƥáššƥĥŕášéš đóñ&apos;ŧ ɱáŧçĥ ýéŧ. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>[Ñéŵ ƥáššƥĥŕášé ~·~·~·]</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>[Ŧĥé šáɱé ƥáššƥĥŕášé áğáíñ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>[Ŧýƥé íŧ áğáíñ ~·~·~]</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>[Šĥóŵ ŵĥáŧ Í ŧýƥé ~·~·~·]</translation>
    </message>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>[Çĥóóšé á ƥáššƥĥŕášé ƒíŕšŧ. ~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few ordinary words work well.</source>
        <translation>
            <numerusform>[Úšé áŧ ĺéášŧ %n çĥáŕáçŧéŕ; á ƒéŵ óŕđíñáŕý ŵóŕđš ŵóŕķ ŵéĺĺ. ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Úšé áŧ ĺéášŧ %n çĥáŕáçŧéŕš; á ƒéŵ óŕđíñáŕý ŵóŕđš ŵóŕķ ŵéĺĺ. ~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Several ordinary words strung together are strong and easy to remember.</source>
        <translation>[Šéṽéŕáĺ óŕđíñáŕý ŵóŕđš šŧŕúñğ ŧóğéŧĥéŕ áŕé šŧŕóñğ áñđ éášý ŧó ŕéɱéɱƀéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>OwnExercises</name>
    <message>
        <source>your exercise &apos;{exercise}&apos; (version {version})</source>
        <translation>[ýóúŕ éẋéŕçíšé &apos;{exercise}&apos; (ṽéŕšíóñ {version}) ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>[ŧĥíš ƒíĺé ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>is too large to be an exercise (more than %Ln KB)</source>
        <translation>
            <numerusform>[íš ŧóó ĺáŕğé ŧó ƀé áñ éẋéŕçíšé (ɱóŕé ŧĥáñ %Ln ĶƁ) ~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[íš ŧóó ĺáŕğé ŧó ƀé áñ éẋéŕçíšé (ɱóŕé ŧĥáñ %Ln ĶƁ) ~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation>[íš ñóŧ ṽáĺíđ ŦÓṀĹ: {error} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation>[ŧĥíš éẋéŕçíšé ~·~·~]</translation>
    </message>
    <message>
        <source>only the app&apos;s own exercises can follow up another exercise; remove this table</source>
        <translation>[óñĺý ŧĥé áƥƥ&apos;š óŵñ éẋéŕçíšéš çáñ ƒóĺĺóŵ úƥ áñóŧĥéŕ éẋéŕçíšé; ŕéɱóṽé ŧĥíš ŧáƀĺé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>has the id of an exercise that comes with the app, so it is left out</source>
        <translation>[ĥáš ŧĥé íđ óƒ áñ éẋéŕçíšé ŧĥáŧ çóɱéš ŵíŧĥ ŧĥé áƥƥ, šó íŧ íš ĺéƒŧ óúŧ ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{exercise} (my version)</source>
        <translation>[{exercise} (ɱý ṽéŕšíóñ) ~·~·~]</translation>
    </message>
</context>
<context>
    <name>OwnFeelings</name>
    <message>
        <source>Your own words</source>
        <translation>[Ýóúŕ óŵñ ŵóŕđš ~·~·~·]</translation>
    </message>
    <message>
        <source>Type the word first.</source>
        <translation>[Ŧýƥé ŧĥé ŵóŕđ ƒíŕšŧ. ~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Keep it to %n characters or fewer.</source>
        <translation>
            <numerusform>[Ķééƥ íŧ ŧó %n çĥáŕáçŧéŕ óŕ ƒéŵéŕ. ~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ķééƥ íŧ ŧó %n çĥáŕáçŧéŕš óŕ ƒéŵéŕ. ~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}” is already in the list of feelings.</source>
        <translation>[“{word}” íš áĺŕéáđý íñ ŧĥé ĺíšŧ óƒ ƒééĺíñğš. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>“{word}” is already one of your own words.</source>
        <translation>[“{word}” íš áĺŕéáđý óñé óƒ ýóúŕ óŵñ ŵóŕđš. ~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>PageNames</name>
    <message>
        <source>Today</source>
        <translation>[Ŧóđáý ~·]</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>[Ĵóúŕñáĺ ~·~]</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>[Éẋéŕçíšéš ~·~·]</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>[Ŧŕáçķéŕš ~·~]</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>[Ƥŕóğŕéšš ~·~]</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>[Šéáŕçĥ ~·]</translation>
    </message>
</context>
<context>
    <name>PassphraseHints</name>
    <message>
        <source>Choose a passphrase: a few words you will remember.</source>
        <translation>[Çĥóóšé á ƥáššƥĥŕášé: á ƒéŵ ŵóŕđš ýóú ŵíĺĺ ŕéɱéɱƀéŕ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That is one of the first things anyone would try. A few unrelated words work much better.</source>
        <translation>[Ŧĥáŧ íš óñé óƒ ŧĥé ƒíŕšŧ ŧĥíñğš áñýóñé ŵóúĺđ ŧŕý. Á ƒéŵ úñŕéĺáŧéđ ŵóŕđš ŵóŕķ ɱúçĥ ƀéŧŧéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Repeats and runs like that are easy to guess. Try a few unrelated words.</source>
        <translation>[Ŕéƥéáŧš áñđ ŕúñš ĺíķé ŧĥáŧ áŕé éášý ŧó ğúéšš. Ŧŕý á ƒéŵ úñŕéĺáŧéđ ŵóŕđš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>A bit short: use at least %n characters. A few words are easier to remember than symbols.</source>
        <translation>
            <numerusform>[Á ƀíŧ šĥóŕŧ: úšé áŧ ĺéášŧ %n çĥáŕáçŧéŕ. Á ƒéŵ ŵóŕđš áŕé éášíéŕ ŧó ŕéɱéɱƀéŕ ŧĥáñ šýɱƀóĺš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Á ƀíŧ šĥóŕŧ: úšé áŧ ĺéášŧ %n çĥáŕáçŧéŕš. Á ƒéŵ ŵóŕđš áŕé éášíéŕ ŧó ŕéɱéɱƀéŕ ŧĥáñ šýɱƀóĺš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>A good start. Another word or two would make it much harder to guess.</source>
        <translation>[Á ğóóđ šŧáŕŧ. Áñóŧĥéŕ ŵóŕđ óŕ ŧŵó ŵóúĺđ ɱáķé íŧ ɱúçĥ ĥáŕđéŕ ŧó ğúéšš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Strong. One more word would make it very strong.</source>
        <translation>[Šŧŕóñğ. Óñé ɱóŕé ŵóŕđ ŵóúĺđ ɱáķé íŧ ṽéŕý šŧŕóñğ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Very strong. Make sure it is one you will remember.</source>
        <translation>[Ṽéŕý šŧŕóñğ. Ṁáķé šúŕé íŧ íš óñé ýóú ŵíĺĺ ŕéɱéɱƀéŕ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>[Ṽéŕý ŵéáķ ~·~·]</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>[Ŵéáķ ~·]</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>[Ƒáíŕ ~·]</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>[Ğóóđ ~·]</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>[Šŧŕóñğ ~·]</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF export needs Qt&apos;s GUI module, but only a console Qt application is running.</source>
        <translation>[ƤĐƑ éẋƥóŕŧ ñééđš Ɋŧ&apos;š ĞÚÍ ɱóđúĺé, ƀúŧ óñĺý á çóñšóĺé Ɋŧ áƥƥĺíçáŧíóñ íš ŕúññíñğ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>[★ Šŧáŕŕéđ ~·~·]</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>[Ŧáğš: {tags} ~·]</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>[Íñ ŧĥé ŧŕášĥ ~·~·~]</translation>
    </message>
    <message>
        <source>Entries from {first} to {last}</source>
        <translation>[Éñŧŕíéš ƒŕóɱ {first} ŧó {last} ~·~·~·~]</translation>
    </message>
    <message>
        <source>Entries from {day}</source>
        <translation>[Éñŧŕíéš ƒŕóɱ {day} ~·~·~]</translation>
    </message>
    <message>
        <source>There are no entries in this export.</source>
        <translation>[Ŧĥéŕé áŕé ñó éñŧŕíéš íñ ŧĥíš éẋƥóŕŧ. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>[%n éñŧŕý ~·]</numerusform>
            <numerusform>[%n éñŧŕíéš ~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>[Ṁáđé óñ {day} ~·~]</translation>
    </message>
    <message>
        <source>This is a private document. It holds personal journal entries shared in confidence; please do not copy or pass it on.</source>
        <translation>[Ŧĥíš íš á ƥŕíṽáŧé đóçúɱéñŧ. Íŧ ĥóĺđš ƥéŕšóñáĺ ĵóúŕñáĺ éñŧŕíéš šĥáŕéđ íñ çóñƒíđéñçé; ƥĺéášé đó ñóŧ çóƥý óŕ ƥášš íŧ óñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>[Ƥŕóğŕéšš šúɱɱáŕý ~·~·~·]</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>[Ƥáğé {number} ~·]</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>PDF (a printable packet)</source>
        <translation>[ƤĐƑ (á ƥŕíñŧáƀĺé ƥáçķéŧ) ~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>PdfTrackers</name>
    <message>
        <source>checking the phone</source>
        <translation>[çĥéçķíñğ ŧĥé ƥĥóñé ~·~·~·~]</translation>
    </message>
    <message>
        <source>checking where they are</source>
        <translation>[çĥéçķíñğ ŵĥéŕé ŧĥéý áŕé ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>looking at social media</source>
        <translation>[ĺóóķíñğ áŧ šóçíáĺ ɱéđíá ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>asking for reassurance</source>
        <translation>[ášķíñğ ƒóŕ ŕéáššúŕáñçé ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>questioning them</source>
        <translation>[ɋúéšŧíóñíñğ ŧĥéɱ ~·~·~·]</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>[šóɱéŧĥíñğ éĺšé ~·~·~·]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>[Ṁé ~]</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>[Ṁý ƥáŕŧñéŕ ~·~·]</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>[Ɓóŧĥ óƒ úš ~·~·]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Óƥéñ ~·]</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>[Ķéƥŧ ~·]</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>[Ñóŧ ķéƥŧ ~·~]</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>[Ŕéñéğóŧíáŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Đóñé ~·]</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>[Ƥáŕŧĺý ~·]</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>[Ñóŧ ŧóđáý ~·~·]</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>[Çáɱé ŧŕúé ~·~·]</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>[Đíđ ñóŧ ĥáƥƥéñ ~·~·~·]</translation>
    </message>
    <message>
        <source>Urges to check, week by week</source>
        <translation>[Úŕğéš ŧó çĥéçķ, ŵééķ ƀý ŵééķ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No urges were logged in these dates.</source>
        <translation>[Ñó úŕğéš ŵéŕé ĺóğğéđ íñ ŧĥéšé đáŧéš. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n urges were logged; {resisted} of them passed without acting on them.</source>
        <translation>
            <numerusform>[%n úŕğé ŵáš ĺóğğéđ; {resisted} óƒ ŧĥéɱ ƥáššéđ ŵíŧĥóúŧ áçŧíñğ óñ ŧĥéɱ. ~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[%n úŕğéš ŵéŕé ĺóğğéđ; {resisted} óƒ ŧĥéɱ ƥáššéđ ŵíŧĥóúŧ áçŧíñğ óñ ŧĥéɱ. ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>[Ŵééķ óƒ ~·~]</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>[Úŕğéš ~·]</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>[Ŕéšíšŧéđ ~·~]</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>[Áçŧéđ óñ ~·~]</translation>
    </message>
    <message>
        <source>Average strength (0–10)</source>
        <translation>[Áṽéŕáğé šŧŕéñğŧĥ (0–10) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What the urges were: {kinds}.</source>
        <translation>[Ŵĥáŧ ŧĥé úŕğéš ŵéŕé: {kinds}. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>[Ƥŕóɱíšéš ~·~]</translation>
    </message>
    <message>
        <source>No promises were noted in these dates.</source>
        <translation>[Ñó ƥŕóɱíšéš ŵéŕé ñóŧéđ íñ ŧĥéšé đáŧéš. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>[Ṁáđé ~·]</translation>
    </message>
    <message>
        <source>By</source>
        <translation>[Ɓý ~]</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>[Ƥŕóɱíšé ~·~]</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>[Đúé ~]</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>[Ĥóŵ íŧ ŵéñŧ ~·~·]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñóŧé ~·]</translation>
    </message>
    <message>
        <source>Daily intentions</source>
        <translation>[Đáíĺý íñŧéñŧíóñš ~·~·~·]</translation>
    </message>
    <message>
        <source>No intentions were set in these dates.</source>
        <translation>[Ñó íñŧéñŧíóñš ŵéŕé šéŧ íñ ŧĥéšé đáŧéš. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Not checked off</source>
        <translation>[Ñóŧ çĥéçķéđ óƒƒ ~·~·~·]</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>[Đáý ~]</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>[Íñŧéñŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>Worries and what happened</source>
        <translation>[Ŵóŕŕíéš áñđ ŵĥáŧ ĥáƥƥéñéđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>No worries were written down in these dates.</source>
        <translation>[Ñó ŵóŕŕíéš ŵéŕé ŵŕíŧŧéñ đóŵñ íñ ŧĥéšé đáŧéš. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>To look at again on {day}</source>
        <translation>[Ŧó ĺóóķ áŧ áğáíñ óñ {day} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>[{percent} % ~]</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>[Ŵŕíŧŧéñ ~·~]</translation>
    </message>
    <message>
        <source>The worry</source>
        <translation>[Ŧĥé ŵóŕŕý ~·~·]</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>[Ĥóŵ šúŕé ~·~]</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>[Óúŧçóɱé ~·~]</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>[Ŵĥáŧ ĥáƥƥéñéđ ~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n looked at again that were written at least 80 % sure, {came} came true.</source>
        <translation>
            <numerusform>[Óƒ ŧĥé %n ĺóóķéđ áŧ áğáíñ ŧĥáŧ ŵéŕé ŵŕíŧŧéñ áŧ ĺéášŧ 80 % šúŕé, {came} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Óƒ ŧĥé %n ĺóóķéđ áŧ áğáíñ ŧĥáŧ ŵéŕé ŵŕíŧŧéñ áŧ ĺéášŧ 80 % šúŕé, {came} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>[Ŧŕáçķéŕš ~·~]</translation>
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
    <name>PerspectiveCombo</name>
    <message>
        <source>I find it hard to trust my partner</source>
        <translation>[Í ƒíñđ íŧ ĥáŕđ ŧó ŧŕúšŧ ɱý ƥáŕŧñéŕ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>My partner finds it hard to trust me</source>
        <translation>[Ṁý ƥáŕŧñéŕ ƒíñđš íŧ ĥáŕđ ŧó ŧŕúšŧ ɱé ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Both, or I&apos;m not sure</source>
        <translation>[Ɓóŧĥ, óŕ Í&apos;ɱ ñóŧ šúŕé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Whose trust this journal is about</source>
        <translation>[Ŵĥóšé ŧŕúšŧ ŧĥíš ĵóúŕñáĺ íš áƀóúŧ ~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>{score} (was {before})</source>
        <translation>[{score} (ŵáš {before}) ~·~]</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Privacy</source>
        <translation>[Ƥŕíṽáçý ~·~]</translation>
    </message>
    <message>
        <source>TrustJournal keeps your journal on this computer and makes no network connections. The full page could not be read.</source>
        <translation>[TrustJournal ķééƥš ýóúŕ ĵóúŕñáĺ óñ ŧĥíš çóɱƥúŧéŕ áñđ ɱáķéš ñó ñéŧŵóŕķ çóññéçŧíóñš. Ŧĥé ƒúĺĺ ƥáğé çóúĺđ ñóŧ ƀé ŕéáđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A self-help journal</source>
        <translation>[Á šéĺƒ-ĥéĺƥ ĵóúŕñáĺ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>When something you write sounds like self-harm, harm or control, TrustJournal offers its Safety and support panel once. That check runs only on this computer and keeps no record of what it noticed; you can turn it off in Settings.</source>
        <translation>[Ŵĥéñ šóɱéŧĥíñğ ýóú ŵŕíŧé šóúñđš ĺíķé šéĺƒ-ĥáŕɱ, ĥáŕɱ óŕ çóñŧŕóĺ, TrustJournal óƒƒéŕš íŧš Šáƒéŧý áñđ šúƥƥóŕŧ ƥáñéĺ óñçé. Ŧĥáŧ çĥéçķ ŕúñš óñĺý óñ ŧĥíš çóɱƥúŧéŕ áñđ ķééƥš ñó ŕéçóŕđ óƒ ŵĥáŧ íŧ ñóŧíçéđ; ýóú çáñ ŧúŕñ íŧ óƒƒ íñ Šéŧŧíñğš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>[Ƥŕíṽáçý ~·~]</translation>
    </message>
</context>
<context>
    <name>ProgressCaptions</name>
    <message>
        <source>Do a check-in to start seeing trends. A minute a day is plenty.</source>
        <translation>[Đó á çĥéçķ-íñ ŧó šŧáŕŧ šééíñğ ŧŕéñđš. Á ɱíñúŧé á đáý íš ƥĺéñŧý. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Exercises you finish will show up here, week by week.</source>
        <translation>[Éẋéŕçíšéš ýóú ƒíñíšĥ ŵíĺĺ šĥóŵ úƥ ĥéŕé, ŵééķ ƀý ŵééķ. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Finish a “Challenge a thought” exercise to see how much a thought loosens its grip.</source>
        <translation>[Ƒíñíšĥ á “Çĥáĺĺéñğé á ŧĥóúğĥŧ” éẋéŕçíšé ŧó šéé ĥóŵ ɱúçĥ á ŧĥóúğĥŧ ĺóóšéñš íŧš ğŕíƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Thinking traps you spot in “Challenge a thought” will be counted here.</source>
        <translation>[Ŧĥíñķíñğ ŧŕáƥš ýóú šƥóŧ íñ “Çĥáĺĺéñğé á ŧĥóúğĥŧ” ŵíĺĺ ƀé çóúñŧéđ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Do “Get to the root” to see where distrust tends to come from.</source>
        <translation>[Đó “Ğéŧ ŧó ŧĥé ŕóóŧ” ŧó šéé ŵĥéŕé đíšŧŕúšŧ ŧéñđš ŧó çóɱé ƒŕóɱ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Your “mostly here or mostly my past” answers from “Get to the root” will show here.</source>
        <translation>[Ýóúŕ “ɱóšŧĺý ĥéŕé óŕ ɱóšŧĺý ɱý ƥášŧ” áñšŵéŕš ƒŕóɱ “Ğéŧ ŧó ŧĥé ŕóóŧ” ŵíĺĺ šĥóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Celebrate a small victory, however small, and it will appear here.</source>
        <translation>[Çéĺéƀŕáŧé á šɱáĺĺ ṽíçŧóŕý, ĥóŵéṽéŕ šɱáĺĺ, áñđ íŧ ŵíĺĺ áƥƥéáŕ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Days you write or check in will light up here.</source>
        <translation>[Đáýš ýóú ŵŕíŧé óŕ çĥéçķ íñ ŵíĺĺ ĺíğĥŧ úƥ ĥéŕé. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>[ŧŕúšŧ ~·]</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>[áñẋíéŧý ~·~]</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>[çóññéçŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>sense of being trusted</source>
        <translation>[šéñšé óƒ ƀéíñğ ŧŕúšŧéđ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>weight of the distrust</source>
        <translation>[ŵéíğĥŧ óƒ ŧĥé đíšŧŕúšŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>sense that your own needs were met</source>
        <translation>[šéñšé ŧĥáŧ ýóúŕ óŵñ ñééđš ŵéŕé ɱéŧ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>[Ŧŕúšŧ ~·]</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>[Áñẋíéŧý ~·~]</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>[Çóññéçŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>Sense of being trusted</source>
        <translation>[Šéñšé óƒ ƀéíñğ ŧŕúšŧéđ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Weight of the distrust</source>
        <translation>[Ŵéíğĥŧ óƒ ŧĥé đíšŧŕúšŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Sense that your own needs were met</source>
        <translation>[Šéñšé ŧĥáŧ ýóúŕ óŵñ ñééđš ŵéŕé ɱéŧ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>mostly about here (between you two)</source>
        <translation>[ɱóšŧĺý áƀóúŧ ĥéŕé (ƀéŧŵééñ ýóú ŧŵó) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>mostly about your past</source>
        <translation>[ɱóšŧĺý áƀóúŧ ýóúŕ ƥášŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>some of each</source>
        <translation>[šóɱé óƒ éáçĥ ~·~·~]</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>[ñóŧ šúŕé ýéŧ ~·~·~]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>[, ~] </translation>
    </message>
    <message>
        <source> </source>
        <comment>between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>once</source>
        <translation>[óñçé ~·]</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>[ŧŵíçé ~·]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>[%Ln ŧíɱé ~·]</numerusform>
            <numerusform>[%Ln ŧíɱéš ~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Each bar covers two weeks, so the whole range fits.</source>
        <translation>[Éáçĥ ƀáŕ çóṽéŕš ŧŵó ŵééķš, šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Each bar covers four weeks, so the whole range fits.</source>
        <translation>[Éáçĥ ƀáŕ çóṽéŕš ƒóúŕ ŵééķš, šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Each bar covers a quarter of a year (13 weeks), so the whole range fits.</source>
        <translation>[Éáçĥ ƀáŕ çóṽéŕš á ɋúáŕŧéŕ óƒ á ýéáŕ (13 ŵééķš), šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Each bar covers half a year (26 weeks), so the whole range fits.</source>
        <translation>[Éáçĥ ƀáŕ çóṽéŕš ĥáĺƒ á ýéáŕ (26 ŵééķš), šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Each bar covers a year, so the whole range fits.</source>
        <translation>[Éáçĥ ƀáŕ çóṽéŕš á ýéáŕ, šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>Each bar covers %n weeks, so the whole range fits.</source>
        <translation>
            <numerusform>[Éáçĥ ƀáŕ çóṽéŕš %n ŵééķ, šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Éáçĥ ƀáŕ çóṽéŕš %n ŵééķš, šó ŧĥé ŵĥóĺé ŕáñğé ƒíŧš. ~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over about %Ln years</source>
        <translation>
            <numerusform>[óṽéŕ áƀóúŧ %Ln ýéáŕ ~·~·~·]</numerusform>
            <numerusform>[óṽéŕ áƀóúŧ %Ln ýéáŕš ~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln weeks</source>
        <translation>
            <numerusform>[óṽéŕ %Ln ŵééķ ~·~·]</numerusform>
            <numerusform>[óṽéŕ %Ln ŵééķš ~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} stayed about the same (around {last}).</source>
        <translation>[{title} šŧáýéđ áƀóúŧ ŧĥé šáɱé (áŕóúñđ {last}). ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Your average {name} rose from {first} to {last} {over}.</source>
        <translation>[Ýóúŕ áṽéŕáğé {name} ŕóšé ƒŕóɱ {first} ŧó {last} {over}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your average {name} fell from {first} to {last} {over}.</source>
        <translation>[Ýóúŕ áṽéŕáğé {name} ƒéĺĺ ƒŕóɱ {first} ŧó {last} {over}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{title} was higher in recent weeks ({first} → {last}).</source>
        <translation>[{title} ŵáš ĥíğĥéŕ íñ ŕéçéñŧ ŵééķš ({first} → {last}). ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{title} was lower in recent weeks ({first} → {last}).</source>
        <translation>[{title} ŵáš ĺóŵéŕ íñ ŕéçéñŧ ŵééķš ({first} → {last}). ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>a check-in question and its average, in a list</comment>
        <translation>[{name} {value} ~]</translation>
    </message>
    <message>
        <source>One check-in so far ({values}). A few more, on different days, and a trend will start to show.</source>
        <translation>[Óñé çĥéçķ-íñ šó ƒáŕ ({values}). Á ƒéŵ ɱóŕé, óñ đíƒƒéŕéñŧ đáýš, áñđ á ŧŕéñđ ŵíĺĺ šŧáŕŧ ŧó šĥóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Averages so far: {values}. A trend shows once there are check-ins from more than one week.</source>
        <translation>[Áṽéŕáğéš šó ƒáŕ: {values}. Á ŧŕéñđ šĥóŵš óñçé ŧĥéŕé áŕé çĥéçķ-íñš ƒŕóɱ ɱóŕé ŧĥáñ óñé ŵééķ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{title}: {value} (one week of answers so far).</source>
        <translation>[{title}: {value} (óñé ŵééķ óƒ áñšŵéŕš šó ƒáŕ). ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Hard weeks are part of it, and every check-in still counts.</source>
        <translation>[Ĥáŕđ ŵééķš áŕé ƥáŕŧ óƒ íŧ, áñđ éṽéŕý çĥéçķ-íñ šŧíĺĺ çóúñŧš. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>You finished %Ln exercises {span}: {name}.</source>
        <translation>
            <numerusform>[Ýóú ƒíñíšĥéđ %Ln éẋéŕçíšé {span}: {name}. ~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ƒíñíšĥéđ %Ln éẋéŕçíšéš {span}: {name}. ~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You finished %Ln exercises {span}, most often {name} ({count}).</source>
        <translation>
            <numerusform>[Ýóú ƒíñíšĥéđ %Ln éẋéŕçíšé {span}, ɱóšŧ óƒŧéñ {name} ({count}). ~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ƒíñíšĥéđ %Ln éẋéŕçíšéš {span}, ɱóšŧ óƒŧéñ {name} ({count}). ~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>belief in the first thought stayed about the same ({before} → {after} out of 100)</source>
        <translation>[ƀéĺíéƒ íñ ŧĥé ƒíŕšŧ ŧĥóúğĥŧ šŧáýéđ áƀóúŧ ŧĥé šáɱé ({before} → {after} óúŧ óƒ 100) ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>belief in the first thought was a little stronger afterwards ({before} → {after})</source>
        <translation>[ƀéĺíéƒ íñ ŧĥé ƒíŕšŧ ŧĥóúğĥŧ ŵáš á ĺíŧŧĺé šŧŕóñğéŕ áƒŧéŕŵáŕđš ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>belief in the first thought dropped by %n points on average ({before} → {after})</source>
        <translation>
            <numerusform>[ƀéĺíéƒ íñ ŧĥé ƒíŕšŧ ŧĥóúğĥŧ đŕóƥƥéđ ƀý %n ƥóíñŧ óñ áṽéŕáğé ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[ƀéĺíéƒ íñ ŧĥé ƒíŕšŧ ŧĥóúğĥŧ đŕóƥƥéđ ƀý %n ƥóíñŧš óñ áṽéŕáğé ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>belief in the first thought dropped by %n points ({before} → {after})</source>
        <translation>
            <numerusform>[ƀéĺíéƒ íñ ŧĥé ƒíŕšŧ ŧĥóúğĥŧ đŕóƥƥéđ ƀý %n ƥóíñŧ ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[ƀéĺíéƒ íñ ŧĥé ƒíŕšŧ ŧĥóúğĥŧ đŕóƥƥéđ ƀý %n ƥóíñŧš ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>the feelings with it stayed about the same ({before} → {after} out of 100)</source>
        <translation>[ŧĥé ƒééĺíñğš ŵíŧĥ íŧ šŧáýéđ áƀóúŧ ŧĥé šáɱé ({before} → {after} óúŧ óƒ 100) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the feelings with it were a little stronger afterwards ({before} → {after})</source>
        <translation>[ŧĥé ƒééĺíñğš ŵíŧĥ íŧ ŵéŕé á ĺíŧŧĺé šŧŕóñğéŕ áƒŧéŕŵáŕđš ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>the feelings with it eased by %n points on average ({before} → {after})</source>
        <translation>
            <numerusform>[ŧĥé ƒééĺíñğš ŵíŧĥ íŧ éášéđ ƀý %n ƥóíñŧ óñ áṽéŕáğé ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[ŧĥé ƒééĺíñğš ŵíŧĥ íŧ éášéđ ƀý %n ƥóíñŧš óñ áṽéŕáğé ({before} → {after}) ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the feelings with it eased by %n points ({before} → {after})</source>
        <translation>
            <numerusform>[ŧĥé ƒééĺíñğš ŵíŧĥ íŧ éášéđ ƀý %n ƥóíñŧ ({before} → {after}) ~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[ŧĥé ƒééĺíñğš ŵíŧĥ íŧ éášéđ ƀý %n ƥóíñŧš ({before} → {after}) ~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>In your thought record, {belief} and {feeling}.</source>
        <translation>[Íñ ýóúŕ ŧĥóúğĥŧ ŕéçóŕđ, {belief} áñđ {feeling}. ~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Across %Ln thought records, {belief} and {feeling}.</source>
        <translation>
            <numerusform>[Áçŕóšš %Ln ŧĥóúğĥŧ ŕéçóŕđ, {belief} áñđ {feeling}. ~·~·~·~·~·~·]</numerusform>
            <numerusform>[Áçŕóšš %Ln ŧĥóúğĥŧ ŕéçóŕđš, {belief} áñđ {feeling}. ~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>In your thought record, {change}.</source>
        <translation>[Íñ ýóúŕ ŧĥóúğĥŧ ŕéçóŕđ, {change}. ~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Across %Ln thought records, {change}.</source>
        <translation>
            <numerusform>[Áçŕóšš %Ln ŧĥóúğĥŧ ŕéçóŕđ, {change}. ~·~·~·~·~·]</numerusform>
            <numerusform>[Áçŕóšš %Ln ŧĥóúğĥŧ ŕéçóŕđš, {change}. ~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>That happens sometimes; looking at a thought closely still counts.</source>
        <translation>[Ŧĥáŧ ĥáƥƥéñš šóɱéŧíɱéš; ĺóóķíñğ áŧ á ŧĥóúğĥŧ çĺóšéĺý šŧíĺĺ çóúñŧš. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Most often, the thought fell into {name} ({times}).</source>
        <translation>[Ṁóšŧ óƒŧéñ, ŧĥé ŧĥóúğĥŧ ƒéĺĺ íñŧó {name} ({times}). ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Most often, the thought fell into {name} ({times}), then {second} ({count}).</source>
        <translation>[Ṁóšŧ óƒŧéñ, ŧĥé ŧĥóúğĥŧ ƒéĺĺ íñŧó {name} ({times}), ŧĥéñ {second} ({count}). ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Distrust most often seemed to come from {name} ({times}).</source>
        <translation>[Đíšŧŕúšŧ ɱóšŧ óƒŧéñ šééɱéđ ŧó çóɱé ƒŕóɱ {name} ({times}). ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Distrust most often seemed to come from {name} ({times}), then {second} ({count}).</source>
        <translation>[Đíšŧŕúšŧ ɱóšŧ óƒŧéñ šééɱéđ ŧó çóɱé ƒŕóɱ {name} ({times}), ŧĥéñ {second} ({count}). ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>One answer so far: {answer}. Either answer is fine; it shows where to start.</source>
        <translation>[Óñé áñšŵéŕ šó ƒáŕ: {answer}. Éíŧĥéŕ áñšŵéŕ íš ƒíñé; íŧ šĥóŵš ŵĥéŕé ŧó šŧáŕŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{count} {answer}</source>
        <comment>how many gave one answer, in a list</comment>
        <translation>[{count} {answer} ~]</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln answers: {answers}. Either answer is fine; it shows where to start.</source>
        <translation>
            <numerusform>[Óƒ %Ln áñšŵéŕ: {answers}. Éíŧĥéŕ áñšŵéŕ íš ƒíñé; íŧ šĥóŵš ŵĥéŕé ŧó šŧáŕŧ. ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Óƒ %Ln áñšŵéŕš: {answers}. Éíŧĥéŕ áñšŵéŕ íš ƒíñé; íŧ šĥóŵš ŵĥéŕé ŧó šŧáŕŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small victories {span}, most often “{kind}”. Each one counts.</source>
        <translation>
            <numerusform>[%Ln šɱáĺĺ ṽíçŧóŕý {span}, ɱóšŧ óƒŧéñ “{kind}”. Éáçĥ óñé çóúñŧš. ~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[%Ln šɱáĺĺ ṽíçŧóŕíéš {span}, ɱóšŧ óƒŧéñ “{kind}”. Éáçĥ óñé çóúñŧš. ~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small victories {span}. Each one counts.</source>
        <translation>
            <numerusform>[%Ln šɱáĺĺ ṽíçŧóŕý {span}. Éáçĥ óñé çóúñŧš. ~·~·~·~·~·~·~]</numerusform>
            <numerusform>[%Ln šɱáĺĺ ṽíçŧóŕíéš {span}. Éáçĥ óñé çóúñŧš. ~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You wrote or checked in on %Ln days {span}.</source>
        <translation>
            <numerusform>[Ýóú ŵŕóŧé óŕ çĥéçķéđ íñ óñ %Ln đáý {span}. ~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Ýóú ŵŕóŧé óŕ çĥéçķéđ íñ óñ %Ln đáýš {span}. ~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins {span} yet. Whenever you&apos;re ready.</source>
        <translation>[Ñó çĥéçķ-íñš {span} ýéŧ. Ŵĥéñéṽéŕ ýóú&apos;ŕé ŕéáđý. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %Ln days {span}.</source>
        <translation>
            <numerusform>[Ýóú çĥéçķéđ íñ óñ %Ln đáý {span}. ~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú çĥéçķéđ íñ óñ %Ln đáýš {span}. ~·~·~·~·~·]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message>
        <source>Long stretches with no entries are folded into a single gap.</source>
        <translation>[Ĺóñğ šŧŕéŧçĥéš ŵíŧĥ ñó éñŧŕíéš áŕé ƒóĺđéđ íñŧó á šíñğĺé ğáƥ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Some entries are dated after {date}; “All” includes them.</source>
        <translation>[Šóɱé éñŧŕíéš áŕé đáŧéđ áƒŧéŕ {date}; “Áĺĺ” íñçĺúđéš ŧĥéɱ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing is dated {span}; “All” shows every entry.</source>
        <translation>[Ñóŧĥíñğ íš đáŧéđ {span}; “Áĺĺ” šĥóŵš éṽéŕý éñŧŕý. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ProgressNames</name>
    <message>
        <source>Traps of my own</source>
        <translation>[Ŧŕáƥš óƒ ɱý óŵñ ~·~·~·]</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>[Šóɱéŧĥíñğ éĺšé ~·~·~·]</translation>
    </message>
    <message>
        <source>Another kind of win</source>
        <translation>[Áñóŧĥéŕ ķíñđ óƒ ŵíñ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>About here (between us)</source>
        <translation>[Áƀóúŧ ĥéŕé (ƀéŧŵééñ úš) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>About my past</source>
        <translation>[Áƀóúŧ ɱý ƥášŧ ~·~·~]</translation>
    </message>
    <message>
        <source>Some of each</source>
        <translation>[Šóɱé óƒ éáçĥ ~·~·~]</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>[Ñóŧ šúŕé ýéŧ ~·~·~]</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>[Ƥŕóğŕéšš ~·~]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Çáñçéĺ ~·]</translation>
    </message>
    <message>
        <source>Stop; nothing is left half done</source>
        <translation>[Šŧóƥ; ñóŧĥíñğ íš ĺéƒŧ ĥáĺƒ đóñé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>[{done} óƒ {total} ~·]</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>[Šŧóƥƥíñğ… ~·~·]</translation>
    </message>
</context>
<context>
    <name>ProgressRange</name>
    <message>
        <source>in the last 4 weeks</source>
        <translation>[íñ ŧĥé ĺášŧ 4 ŵééķš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>in the last 12 weeks</source>
        <translation>[íñ ŧĥé ĺášŧ 12 ŵééķš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>in the last 6 months</source>
        <translation>[íñ ŧĥé ĺášŧ 6 ɱóñŧĥš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation>[íñ ŧĥé ĺášŧ ýéáŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>[šíñçé {date} ~·]</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>[ŧĥíš ŵééķ ~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n weeks</source>
        <translation>
            <numerusform>[íñ ŧĥé ĺášŧ %n ŵééķ ~·~·~·~]</numerusform>
            <numerusform>[íñ ŧĥé ĺášŧ %n ŵééķš ~·~·~·~]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Your journal has no entries yet. Write something or do a check-in, and your progress will show here.</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ ĥáš ñó éñŧŕíéš ýéŧ. Ŵŕíŧé šóɱéŧĥíñğ óŕ đó á çĥéçķ-íñ, áñđ ýóúŕ ƥŕóğŕéšš ŵíĺĺ šĥóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>[Ṁóñ ~]</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>[Ŧúé ~]</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>[Ŵéđ ~]</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>[Ŧĥú ~]</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>[Ƒŕí ~]</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>[Šáŧ ~]</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>[Šúñ ~]</translation>
    </message>
    <message>
        <source>{count} kept</source>
        <translation>[{count} ķéƥŧ ~·]</translation>
    </message>
    <message>
        <source>{count} renegotiated</source>
        <translation>[{count} ŕéñéğóŧíáŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>{count} not kept this time</source>
        <translation>[{count} ñóŧ ķéƥŧ ŧĥíš ŧíɱé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>a check-in question and its average, in a list</comment>
        <translation>[{name} {value} ~]</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <comment>a name and how often, in a list</comment>
        <translation>[{name} ({count}) ~]</translation>
    </message>
    <message>
        <source>*{first} – {last}*</source>
        <comment>the week a summary is about</comment>
        <translation>[*{first} – {last}* ~·]</translation>
    </message>
    <message>
        <source>**Your focus from last time:** {focus}</source>
        <translation>[**Ýóúŕ ƒóçúš ƒŕóɱ ĺášŧ ŧíɱé:** {focus} ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Check-ins:** {count} this week. Average {now}. The week before: {then}.</source>
        <translation>[**Çĥéçķ-íñš:** {count} ŧĥíš ŵééķ. Áṽéŕáğé {now}. Ŧĥé ŵééķ ƀéƒóŕé: {then}. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Check-ins:** {count} this week. Average {now}.</source>
        <translation>[**Çĥéçķ-íñš:** {count} ŧĥíš ŵééķ. Áṽéŕáğé {now}. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Exercises done:** {count}: {list}.</source>
        <translation>[**Éẋéŕçíšéš đóñé:** {count}: {list}. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Small victories:** {count}</source>
        <translation>[**Šɱáĺĺ ṽíçŧóŕíéš:** {count} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>A small victory</source>
        <translation>[Á šɱáĺĺ ṽíçŧóŕý ~·~·~·]</translation>
    </message>
    <message>
        <source>**Promises:** {list}.</source>
        <translation>[**Ƥŕóɱíšéš:** {list}. ~·~·~·]</translation>
    </message>
    <message>
        <source>**Thinking traps that came up most:** {list}.</source>
        <translation>[**Ŧĥíñķíñğ ŧŕáƥš ŧĥáŧ çáɱé úƥ ɱóšŧ:** {list}. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Where distrust came from:** {sources}; {shares}.</source>
        <translation>[**Ŵĥéŕé đíšŧŕúšŧ çáɱé ƒŕóɱ:** {sources}; {shares}. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Where distrust came from:** {sources}.</source>
        <translation>[**Ŵĥéŕé đíšŧŕúšŧ çáɱé ƒŕóɱ:** {sources}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Where distrust came from:** {shares}.</source>
        <translation>[**Ŵĥéŕé đíšŧŕúšŧ çáɱé ƒŕóɱ:** {shares}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing was recorded this week, and that&apos;s okay. You can still look back on how it went.</source>
        <translation>[Ñóŧĥíñğ ŵáš ŕéçóŕđéđ ŧĥíš ŵééķ, áñđ ŧĥáŧ&apos;š óķáý. Ýóú çáñ šŧíĺĺ ĺóóķ ƀáçķ óñ ĥóŵ íŧ ŵéñŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a share of answers</comment>
        <translation>[{number}% ~]</translation>
    </message>
    <message>
        <source>Progress {span} ({start} – {end}; weeks start on {weekday})</source>
        <translation>[Ƥŕóğŕéšš {span} ({start} – {end}; ŵééķš šŧáŕŧ óñ {weekday}) ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>[Ñóŧé: {note} ~·]</translation>
    </message>
    <message>
        <source>Check-in trends</source>
        <translation>[Çĥéçķ-íñ ŧŕéñđš ~·~·~·]</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>[Ŵééķ óƒ ~·~]</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>[Éẋéŕçíšéš ~·~·]</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>[Ŧĥóúğĥŧ ŕéçóŕđš ~·~·~·]</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>[Ŧĥíñķíñğ ŧŕáƥš ~·~·~·]</translation>
    </message>
    <message>
        <source>Where distrust comes from</source>
        <translation>[Ŵĥéŕé đíšŧŕúšŧ çóɱéš ƒŕóɱ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>About here, or about my past</source>
        <translation>[Áƀóúŧ ĥéŕé, óŕ áƀóúŧ ɱý ƥášŧ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Small victories</source>
        <translation>[Šɱáĺĺ ṽíçŧóŕíéš ~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more on the victories wall in the app.</source>
        <translation>
            <numerusform>  [… áñđ %Ln ɱóŕé óñ ŧĥé ṽíçŧóŕíéš ŵáĺĺ íñ ŧĥé áƥƥ. ~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>  [… áñđ %Ln ɱóŕé óñ ŧĥé ṽíçŧóŕíéš ŵáĺĺ íñ ŧĥé áƥƥ. ~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with entries</source>
        <translation>[Đáýš ŵíŧĥ éñŧŕíéš ~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ProgressTrackerCharts</name>
    <message>
        <source>Under 50 %</source>
        <translation>[Úñđéŕ 50 % ~·~·]</translation>
    </message>
    <message>
        <source>less than 50 %</source>
        <translation>[ĺéšš ŧĥáñ 50 % ~·~·~·]</translation>
    </message>
    <message>
        <source>50–79 %</source>
        <translation>[50–79 % ~·~]</translation>
    </message>
    <message>
        <source>80 % or more</source>
        <translation>[80 % óŕ ɱóŕé ~·~·~]</translation>
    </message>
    <message>
        <source>at least 80 %</source>
        <translation>[áŧ ĺéášŧ 80 % ~·~·~]</translation>
    </message>
</context>
<context>
    <name>ProgressTrackers</name>
    <message>
        <source>Urges to check: how they ended</source>
        <translation>[Úŕğéš ŧó çĥéçķ: ĥóŵ ŧĥéý éñđéđ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How strong the urges were</source>
        <translation>[Ĥóŵ šŧŕóñğ ŧĥé úŕğéš ŵéŕé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>[Ƥŕóɱíšéš ķéƥŧ ~·~·~]</translation>
    </message>
    <message>
        <source>Daily intentions</source>
        <translation>[Đáíĺý íñŧéñŧíóñš ~·~·~·]</translation>
    </message>
    <message>
        <source>Worries and what happened</source>
        <translation>[Ŵóŕŕíéš áñđ ŵĥáŧ ĥáƥƥéñéđ ~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n urges</source>
        <translation>
            <numerusform>[%n úŕğé ~·]</numerusform>
            <numerusform>[%n úŕğéš ~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intentions</source>
        <translation>
            <numerusform>[%n íñŧéñŧíóñ ~·~·]</numerusform>
            <numerusform>[%n íñŧéñŧíóñš ~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>[{value} % ~]</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>[Ŕéšíšŧéđ ~·~]</translation>
    </message>
    <message>
        <source>Partly held back</source>
        <translation>[Ƥáŕŧĺý ĥéĺđ ƀáçķ ~·~·~·]</translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation>[Áçŧéđ óñ ~·~]</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>[Ƥéŕíóđ ~·]</translation>
    </message>
    <message>
        <source>Resisted (%)</source>
        <translation>[Ŕéšíšŧéđ (%) ~·~·~]</translation>
    </message>
    <message>
        <source>Average strength</source>
        <translation>[Áṽéŕáğé šŧŕéñğŧĥ ~·~·~·]</translation>
    </message>
    <message>
        <source>Urge strength</source>
        <translation>[Úŕğé šŧŕéñğŧĥ ~·~·~]</translation>
    </message>
    <message>
        <source>{name}: kept (%)</source>
        <translation>[{name}: ķéƥŧ (%) ~·~·]</translation>
    </message>
    <message>
        <source>{kept} of {settled}</source>
        <translation>[{kept} óƒ {settled} ~·]</translation>
    </message>
    <message>
        <source>{name}: kept</source>
        <translation>[{name}: ķéƥŧ ~·]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Đóñé ~·]</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>[Ƥáŕŧĺý ~·]</translation>
    </message>
    <message>
        <source>For another day</source>
        <translation>[Ƒóŕ áñóŧĥéŕ đáý ~·~·~·]</translation>
    </message>
    <message>
        <source>Not looked back on yet</source>
        <translation>[Ñóŧ ĺóóķéđ ƀáçķ óñ ýéŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How sure you were (average %)</source>
        <translation>[Ĥóŵ šúŕé ýóú ŵéŕé (áṽéŕáğé %) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Came true (%)</source>
        <translation>[Çáɱé ŧŕúé (%) ~·~·~]</translation>
    </message>
    <message>
        <source>Partly came true (%)</source>
        <translation>[Ƥáŕŧĺý çáɱé ŧŕúé (%) ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{band} sure</source>
        <translation>[{band} šúŕé ~·]</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>[Ĥóŵ šúŕé ~·~]</translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation>[Ĺóóķéđ áŧ áğáíñ ~·~·~·]</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>[Çáɱé ŧŕúé ~·~·]</translation>
    </message>
    <message>
        <source>Did not</source>
        <translation>[Đíđ ñóŧ ~·~]</translation>
    </message>
    <message>
        <source>Average sureness (%)</source>
        <translation>[Áṽéŕáğé šúŕéñéšš (%) ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>4 weeks</source>
        <translation>[4 ŵééķš ~·~]</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>[12 ŵééķš ~·~]</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>[6 ɱóñŧĥš ~·~]</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>[Á ýéáŕ ~·]</translation>
    </message>
    <message>
        <source>All</source>
        <translation>[Áĺĺ ~]</translation>
    </message>
    <message>
        <source>Show 4 weeks ({shortcut})</source>
        <translation>[Šĥóŵ 4 ŵééķš ({shortcut}) ~·~·~·]</translation>
    </message>
    <message>
        <source>Show 12 weeks ({shortcut})</source>
        <translation>[Šĥóŵ 12 ŵééķš ({shortcut}) ~·~·~·]</translation>
    </message>
    <message>
        <source>Show 6 months ({shortcut})</source>
        <translation>[Šĥóŵ 6 ɱóñŧĥš ({shortcut}) ~·~·~·]</translation>
    </message>
    <message>
        <source>Show a year ({shortcut})</source>
        <translation>[Šĥóŵ á ýéáŕ ({shortcut}) ~·~·~·]</translation>
    </message>
    <message>
        <source>Show all ({shortcut})</source>
        <translation>[Šĥóŵ áĺĺ ({shortcut}) ~·~·]</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>[Ƥŕóğŕéšš ~·~]</translation>
    </message>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>[&amp;Ŵééķĺý ŕéṽíéŵ… ~·~·~·]</translation>
    </message>
    <message>
        <source>Look back on the week with its summary beside you (Alt+W)</source>
        <translation>[Ĺóóķ ƀáçķ óñ ŧĥé ŵééķ ŵíŧĥ íŧš šúɱɱáŕý ƀéšíđé ýóú (Áĺŧ+Ŵ) ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>About this range</source>
        <translation>[Áƀóúŧ ŧĥíš ŕáñğé ~·~·~·]</translation>
    </message>
    <message>
        <source>How you have felt</source>
        <translation>[Ĥóŵ ýóú ĥáṽé ƒéĺŧ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Exercises each week</source>
        <translation>[Éẋéŕçíšéš éáçĥ ŵééķ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Challenging thoughts: before and after</source>
        <translation>[Çĥáĺĺéñğíñğ ŧĥóúğĥŧš: ƀéƒóŕé áñđ áƒŧéŕ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Thinking traps you noticed most</source>
        <translation>[Ŧĥíñķíñğ ŧŕáƥš ýóú ñóŧíçéđ ɱóšŧ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Where distrust seemed to come from</source>
        <translation>[Ŵĥéŕé đíšŧŕúšŧ šééɱéđ ŧó çóɱé ƒŕóɱ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>About here, or about the past</source>
        <translation>[Áƀóúŧ ĥéŕé, óŕ áƀóúŧ ŧĥé ƥášŧ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Small victories</source>
        <translation>[Šɱáĺĺ ṽíçŧóŕíéš ~·~·~·]</translation>
    </message>
    <message>
        <source>Days you wrote or checked in</source>
        <translation>[Đáýš ýóú ŵŕóŧé óŕ çĥéçķéđ íñ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Victories wall</source>
        <translation>[Ṽíçŧóŕíéš ŵáĺĺ ~·~·~·]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Victories wall&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Ṽíçŧóŕíéš ŵáĺĺ&lt;/b&gt; ~·~·~·]</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>[Çóñšíšŧéñçý ~·~·]</translation>
    </message>
    <message>
        <source>Show how many days I checked in</source>
        <translation>[Šĥóŵ ĥóŵ ɱáñý đáýš Í çĥéçķéđ íñ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A gentle count, off unless you want it</source>
        <translation>[Á ğéñŧĺé çóúñŧ, óƒƒ úñĺéšš ýóú ŵáñŧ íŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Nothing here yet, and that is fine. Do a check-in or an exercise, and this page will start to show how things change over the weeks.</source>
        <translation>[Ñóŧĥíñğ ĥéŕé ýéŧ, áñđ ŧĥáŧ íš ƒíñé. Đó á çĥéçķ-íñ óŕ áñ éẋéŕçíšé, áñđ ŧĥíš ƥáğé ŵíĺĺ šŧáŕŧ ŧó šĥóŵ ĥóŵ ŧĥíñğš çĥáñğé óṽéŕ ŧĥé ŵééķš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Drop in belief (points)</source>
        <translation>[Đŕóƥ íñ ƀéĺíéƒ (ƥóíñŧš) ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Drop in feeling (points)</source>
        <translation>[Đŕóƥ íñ ƒééĺíñğ (ƥóíñŧš) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>[Ŧíɱéš ~·]</translation>
    </message>
    <message>
        <source>{name} ({share}%)</source>
        <translation>[{name} ({share}%) ~·]</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>[Áñšŵéŕš ~·~]</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>[Đáý ~]</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>[Éñŧŕíéš ~·~]</translation>
    </message>
    <message>
        <source>{date}  {text} — {kind}</source>
        <translation>[{date}  {text} — {kind} ~·]</translation>
    </message>
    <message>
        <source>{date}  {text}</source>
        <translation>[{date}  {text} ~]</translation>
    </message>
    <message>
        <source>Enter or double-click opens the entry</source>
        <translation>[Éñŧéŕ óŕ đóúƀĺé-çĺíçķ óƥéñš ŧĥé éñŧŕý ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>[{value} ƥóíñŧš ~·~]</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>[%n ŧíɱé ~·]</numerusform>
            <numerusform>[%n ŧíɱéš ~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>[%n áñšŵéŕ ~·~]</numerusform>
            <numerusform>[%n áñšŵéŕš ~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>[Ƥéŕíóđ ~·]</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>[Ŧóŧáĺ ~·]</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>[Đáŧé ~·]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Ŵĥáŧ ~·]</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>[Ŵééķĺý áṽéŕáğé ~·~·~·]</translation>
    </message>
    <message>
        <source>That day</source>
        <translation>[Ŧĥáŧ đáý ~·~]</translation>
    </message>
</context>
<context>
    <name>ProgressWeeks</name>
    <message>
        <source>&apos;{name}&apos; is not a weekday; use mon, sun or sat</source>
        <translation>[&apos;{name}&apos; íš ñóŧ á ŵééķđáý; úšé ɱóñ, šúñ óŕ šáŧ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>unknown range &apos;{key}&apos; (known: {ranges}, or Nw)</source>
        <translation>[úñķñóŵñ ŕáñğé &apos;{key}&apos; (ķñóŵñ: {ranges}, óŕ Ñŵ) ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>a range covers at least one week</source>
        <translation>[á ŕáñğé çóṽéŕš áŧ ĺéášŧ óñé ŵééķ ~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>PromiseRow</name>
    <message>
        <source>{by} · for today</source>
        <translation>[{by} · ƒóŕ ŧóđáý ~·~·~]</translation>
    </message>
    <message>
        <source>{by} · set for {date}</source>
        <translation>[{by} · šéŧ ƒóŕ {date} ~·~·]</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>[Ķéƥŧ ~·]</translation>
    </message>
    <message>
        <source>Mark “{text}” as kept</source>
        <translation>[Ṁáŕķ “{text}” áš ķéƥŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>[Ṁóŕé… ~·]</translation>
    </message>
    <message>
        <source>Open it on the Trackers page: not kept, renegotiated, a new day or a note</source>
        <translation>[Óƥéñ íŧ óñ ŧĥé Ŧŕáçķéŕš ƥáğé: ñóŧ ķéƥŧ, ŕéñéğóŧíáŧéđ, á ñéŵ đáý óŕ á ñóŧé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Open “{text}” on the Trackers page</source>
        <translation>[Óƥéñ “{text}” óñ ŧĥé Ŧŕáçķéŕš ƥáğé ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>PromisesDueCard</name>
    <message>
        <source>Promises around now</source>
        <translation>[Ƥŕóɱíšéš áŕóúñđ ñóŵ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>A gentle look at what was meant for about now. Keeping promises, small ones too, is how trust grows back.</source>
        <translation>[Á ğéñŧĺé ĺóóķ áŧ ŵĥáŧ ŵáš ɱéáñŧ ƒóŕ áƀóúŧ ñóŵ. Ķééƥíñğ ƥŕóɱíšéš, šɱáĺĺ óñéš ŧóó, íš ĥóŵ ŧŕúšŧ ğŕóŵš ƀáçķ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Kept: {promise}. Nicely done.</source>
        <translation>[Ķéƥŧ: {promise}. Ñíçéĺý đóñé. ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <source>Kept</source>
        <translation>[Ķéƥŧ ~·]</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>[Ñóŧ ķéƥŧ ~·~]</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>[Ŕéñéğóŧíáŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>Mark as kept</source>
        <translation>[Ṁáŕķ áš ķéƥŧ ~·~·~]</translation>
    </message>
    <message>
        <source>Mark as not kept</source>
        <translation>[Ṁáŕķ áš ñóŧ ķéƥŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>Mark as renegotiated</source>
        <translation>[Ṁáŕķ áš ŕéñéğóŧíáŧéđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{by} · no set day</source>
        <translation>[{by} · ñó šéŧ đáý ~·~·~]</translation>
    </message>
    <message>
        <source>{by} · for today</source>
        <translation>[{by} · ƒóŕ ŧóđáý ~·~·~]</translation>
    </message>
    <message>
        <source>{by} · by {date}</source>
        <translation>[{by} · ƀý {date} ~·]</translation>
    </message>
    <message>
        <source>{by} · {status} on {date}</source>
        <translation>[{by} · {status} óñ {date} ~·~]</translation>
    </message>
    <message>
        <source>{by} · {status}</source>
        <translation>[{by} · {status} ~]</translation>
    </message>
    <message>
        <source>No promises written down yet. A small one counts: being home when you said you would, or calling back.</source>
        <translation>[Ñó ƥŕóɱíšéš ŵŕíŧŧéñ đóŵñ ýéŧ. Á šɱáĺĺ óñé çóúñŧš: ƀéíñğ ĥóɱé ŵĥéñ ýóú šáíđ ýóú ŵóúĺđ, óŕ çáĺĺíñğ ƀáçķ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>[Ŵĥáŧ ŵáš ƥŕóɱíšéđ ~·~·~·~]</translation>
    </message>
    <message>
        <source>What was promised — e.g. “Call if I&apos;m running late”</source>
        <translation>[Ŵĥáŧ ŵáš ƥŕóɱíšéđ — é.ğ. “Çáĺĺ íƒ Í&apos;ɱ ŕúññíñğ ĺáŧé” ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Whose promise</source>
        <translation>[Ŵĥóšé ƥŕóɱíšé ~·~·~]</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>[Đúé ƀý ~·]</translation>
    </message>
    <message>
        <source>The promise has a day it is due by</source>
        <translation>[Ŧĥé ƥŕóɱíšé ĥáš á đáý íŧ íš đúé ƀý ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>[Á ñóŧé ~·]</translation>
    </message>
    <message>
        <source>A note (optional) — e.g. what you agreed instead</source>
        <translation>[Á ñóŧé (óƥŧíóñáĺ) — é.ğ. ŵĥáŧ ýóú áğŕééđ íñšŧéáđ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>[Ĥóŵ đíđ íŧ ğó? ~·~·~·]</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>[Ŕéóƥéñ ~·]</translation>
    </message>
    <message>
        <source>Reopen the promise</source>
        <translation>[Ŕéóƥéñ ŧĥé ƥŕóɱíšé ~·~·~·~]</translation>
    </message>
    <message>
        <source>Save promise</source>
        <translation>[Šáṽé ƥŕóɱíšé ~·~·~]</translation>
    </message>
    <message>
        <source>Your promises</source>
        <translation>[Ýóúŕ ƥŕóɱíšéš ~·~·~]</translation>
    </message>
    <message>
        <source>The promise was deleted.</source>
        <translation>[Ŧĥé ƥŕóɱíšé ŵáš đéĺéŧéđ. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Óƥéñ ~·]</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>[Šéŧŧĺéđ ~·~]</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>[Ƥŕóɱíšé ~·~]</translation>
    </message>
    <message>
        <source>A new promise</source>
        <translation>[Á ñéŵ ƥŕóɱíšé ~·~·~]</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>They were in a new entry that had not been saved yet.</source>
        <translation>[Ŧĥéý ŵéŕé íñ á ñéŵ éñŧŕý ŧĥáŧ ĥáđ ñóŧ ƀééñ šáṽéđ ýéŧ. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>They belong to the entry “{title}” of {day}, which is now in the trash.</source>
        <translation>[Ŧĥéý ƀéĺóñğ ŧó ŧĥé éñŧŕý “{title}” óƒ {day}, ŵĥíçĥ íš ñóŵ íñ ŧĥé ŧŕášĥ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>They belong to the entry “{title}” of {day}.</source>
        <translation>[Ŧĥéý ƀéĺóñğ ŧó ŧĥé éñŧŕý “{title}” óƒ {day}. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>They belong to the entry without a title of {day}, which is now in the trash.</source>
        <translation>[Ŧĥéý ƀéĺóñğ ŧó ŧĥé éñŧŕý ŵíŧĥóúŧ á ŧíŧĺé óƒ {day}, ŵĥíçĥ íš ñóŵ íñ ŧĥé ŧŕášĥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>They belong to the entry without a title of {day}.</source>
        <translation>[Ŧĥéý ƀéĺóñğ ŧó ŧĥé éñŧŕý ŵíŧĥóúŧ á ŧíŧĺé óƒ {day}. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Words kept from last time</source>
        <translation>[Ŵóŕđš ķéƥŧ ƒŕóɱ ĺášŧ ŧíɱé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&lt;b&gt;TrustJournal closed before these words were saved…&lt;/b&gt;</source>
        <translation>[&lt;b&gt;TrustJournal çĺóšéđ ƀéƒóŕé ŧĥéšé ŵóŕđš ŵéŕé šáṽéđ…&lt;/b&gt; ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>[ĵúšŧ ñóŵ ~·~]</translation>
    </message>
    <message>
        <source>…but they were kept safely inside your journal, so nothing is lost. {where} (Last kept: {when}.)</source>
        <translation>[…ƀúŧ ŧĥéý ŵéŕé ķéƥŧ šáƒéĺý íñšíđé ýóúŕ ĵóúŕñáĺ, šó ñóŧĥíñğ íš ĺóšŧ. {where} (Ĺášŧ ķéƥŧ: {when}.) ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The words that were not saved</source>
        <translation>[Ŧĥé ŵóŕđš ŧĥáŧ ŵéŕé ñóŧ šáṽéđ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What differs from the saved entry</source>
        <translation>[Ŵĥáŧ đíƒƒéŕš ƒŕóɱ ŧĥé šáṽéđ éñŧŕý ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The text itself is as it was saved; the title, tags, day or star differ.</source>
        <translation>[Ŧĥé ŧéẋŧ íŧšéĺƒ íš áš íŧ ŵáš šáṽéđ; ŧĥé ŧíŧĺé, ŧáğš, đáý óŕ šŧáŕ đíƒƒéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&amp;Restore these words</source>
        <translation>[&amp;Ŕéšŧóŕé ŧĥéšé ŵóŕđš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&amp;Put them in the trash</source>
        <translation>[&amp;Ƥúŧ ŧĥéɱ íñ ŧĥé ŧŕášĥ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&amp;Keep what was saved</source>
        <translation>[&amp;Ķééƥ ŵĥáŧ ŵáš šáṽéđ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Lines marked + hold the words that were not saved; lines marked − are as the entry was saved.</source>
        <translation>[Ĺíñéš ɱáŕķéđ + ĥóĺđ ŧĥé ŵóŕđš ŧĥáŧ ŵéŕé ñóŧ šáṽéđ; ĺíñéš ɱáŕķéđ − áŕé áš ŧĥé éñŧŕý ŵáš šáṽéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Restoring opens them as a new entry and saves it. If you don&apos;t want them now, they go to the trash, where you can still find them; closing this window does that too.</source>
        <translation>[Ŕéšŧóŕíñğ óƥéñš ŧĥéɱ áš á ñéŵ éñŧŕý áñđ šáṽéš íŧ. Íƒ ýóú đóñ&apos;ŧ ŵáñŧ ŧĥéɱ ñóŵ, ŧĥéý ğó ŧó ŧĥé ŧŕášĥ, ŵĥéŕé ýóú çáñ šŧíĺĺ ƒíñđ ŧĥéɱ; çĺóšíñğ ŧĥíš ŵíñđóŵ đóéš ŧĥáŧ ŧóó. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Restoring puts them back in the entry and saves them; what was saved before stays in its History. If you keep what was saved (or close this window), these words go to its History instead, so you can still bring them back later.</source>
        <translation>[Ŕéšŧóŕíñğ ƥúŧš ŧĥéɱ ƀáçķ íñ ŧĥé éñŧŕý áñđ šáṽéš ŧĥéɱ; ŵĥáŧ ŵáš šáṽéđ ƀéƒóŕé šŧáýš íñ íŧš Ĥíšŧóŕý. Íƒ ýóú ķééƥ ŵĥáŧ ŵáš šáṽéđ (óŕ çĺóšé ŧĥíš ŵíñđóŵ), ŧĥéšé ŵóŕđš ğó ŧó íŧš Ĥíšŧóŕý íñšŧéáđ, šó ýóú çáñ šŧíĺĺ ƀŕíñğ ŧĥéɱ ƀáçķ ĺáŧéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>A new recovery key</source>
        <translation>[Á ñéŵ ŕéçóṽéŕý ķéý ~·~·~·~]</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>[Ýóúŕ ŕéçóṽéŕý ķéý ~·~·~·~]</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. It is shown only now. Keep it somewhere safe that only you can reach, away from this computer: on paper, or in a password manager.</source>
        <translation>[Íƒ ýóú éṽéŕ ƒóŕğéŧ ýóúŕ ƥáššƥĥŕášé, ŧĥíš ķéý íš ŧĥé óñĺý ŵáý ƀáçķ íñŧó ýóúŕ ĵóúŕñáĺ. Íŧ íš šĥóŵñ óñĺý ñóŵ. Ķééƥ íŧ šóɱéŵĥéŕé šáƒé ŧĥáŧ óñĺý ýóú çáñ ŕéáçĥ, áŵáý ƒŕóɱ ŧĥíš çóɱƥúŧéŕ: óñ ƥáƥéŕ, óŕ íñ á ƥáššŵóŕđ ɱáñáğéŕ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>[Ŕéçóṽéŕý ķéý ~·~·~]</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>[Çóƥý ~·]</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>[Šáṽé ŧó á ƒíĺé… ~·~·~·]</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>[Ƥŕíñŧ… ~·]</translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>[Í ĥáṽé šŧóŕéđ ɱý ŕéçóṽéŕý ķéý šóɱéŵĥéŕé šáƒé ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>[Çóñŧíñúé ~·~]</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it within a minute: then it is cleared from the clipboard.</source>
        <translation>[Çóƥíéđ. Ƥášŧé íŧ ŵĥéŕé ýóú ķééƥ íŧ ŵíŧĥíñ á ɱíñúŧé: ŧĥéñ íŧ íš çĺéáŕéđ ƒŕóɱ ŧĥé çĺíƥƀóáŕđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>[Šáṽé ŧĥé ŕéçóṽéŕý ķéý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>[Ŧéẋŧ ƒíĺéš (*.ŧẋŧ) ~·~·~·~]</translation>
    </message>
    <message>
        <source>TrustJournal recovery key</source>
        <translation>[TrustJournal ŕéçóṽéŕý ķéý ~·~·~]</translation>
    </message>
    <message>
        <source>Keep this somewhere only you can reach. With it, anyone can open the journal.</source>
        <translation>[Ķééƥ ŧĥíš šóɱéŵĥéŕé óñĺý ýóú çáñ ŕéáçĥ. Ŵíŧĥ íŧ, áñýóñé çáñ óƥéñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It could not be saved there: {reason}.</source>
        <translation>[Íŧ çóúĺđ ñóŧ ƀé šáṽéđ ŧĥéŕé: {reason}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>[Šáṽéđ ŧó {path}. ~·~·]</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>[Šéñŧ ŧó ŧĥé ƥŕíñŧéŕ. ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ReminderPlan</name>
    <message>
        <source>A quiet moment for yourself?</source>
        <translation>[Á ɋúíéŧ ɱóɱéñŧ ƒóŕ ýóúŕšéĺƒ? ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders need a system tray (a notification area), and this desktop has none, so they cannot be turned on here.</source>
        <translation>[Ŕéɱíñđéŕš ñééđ á šýšŧéɱ ŧŕáý (á ñóŧíƒíçáŧíóñ áŕéá), áñđ ŧĥíš đéšķŧóƥ ĥáš ñóñé, šó ŧĥéý çáññóŧ ƀé ŧúŕñéđ óñ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>[Ŕéɱíñđéŕš ~·~·]</translation>
    </message>
    <message>
        <source>Remind me to write (the notification only says “{words}”)</source>
        <translation>[Ŕéɱíñđ ɱé ŧó ŵŕíŧé (ŧĥé ñóŧíƒíçáŧíóñ óñĺý šáýš “{words}”) ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>[Ŕéɱíñđéŕ ŧíɱé ~·~·~]</translation>
    </message>
    <message>
        <source>At</source>
        <comment>before the reminder&apos;s time</comment>
        <translation>[Áŧ ~]</translation>
    </message>
    <message>
        <source>on</source>
        <comment>before the reminder&apos;s days</comment>
        <translation>[óñ ~]</translation>
    </message>
    <message>
        <source>Start TrustJournal in the tray when I log in</source>
        <translation>[Šŧáŕŧ TrustJournal íñ ŧĥé ŧŕáý ŵĥéñ Í ĺóğ íñ ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>With reminders on, closing the window keeps TrustJournal in the tray; an encrypted journal is locked first.</source>
        <translation>[Ŵíŧĥ ŕéɱíñđéŕš óñ, çĺóšíñğ ŧĥé ŵíñđóŵ ķééƥš TrustJournal íñ ŧĥé ŧŕáý; áñ éñçŕýƥŧéđ ĵóúŕñáĺ íš ĺóçķéđ ƒíŕšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open TrustJournal</source>
        <translation>[Óƥéñ TrustJournal ~·]</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>[Ɋúíŧ ~·]</translation>
    </message>
</context>
<context>
    <name>RerateStep</name>
    <message>
        <source>Keep the rest as they were</source>
        <translation>[Ķééƥ ŧĥé ŕéšŧ áš ŧĥéý ŵéŕé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>It feels the same as before</source>
        <translation>[Íŧ ƒééĺš ŧĥé šáɱé áš ƀéƒóŕé ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Earlier: {level} · now:</source>
        <translation>[Éáŕĺíéŕ: {level} · ñóŵ: ~·~·~·]</translation>
    </message>
    <message>
        <source>Your earlier rating, then the one for now</source>
        <translation>[Ýóúŕ éáŕĺíéŕ ŕáŧíñğ, ŧĥéñ ŧĥé óñé ƒóŕ ñóŵ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{heading}, now (earlier {level})</source>
        <translation>[{heading}, ñóŵ (éáŕĺíéŕ {level}) ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ResourcesData</name>
    <message>
        <source>TrustJournal is a self-help journal, not therapy.</source>
        <translation>[TrustJournal íš á šéĺƒ-ĥéĺƥ ĵóúŕñáĺ, ñóŧ ŧĥéŕáƥý. ~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>RevisionChanges</name>
    <message>
        <source>starred</source>
        <translation>[šŧáŕŕéđ ~·~]</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>[ñóŧ šŧáŕŕéđ ~·~·]</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety and support</source>
        <translation>[Šáƒéŧý áñđ šúƥƥóŕŧ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Abuse is never okay, and feeling safe is your right.</source>
        <translation>[Áƀúšé íš ñéṽéŕ óķáý, áñđ ƒééĺíñğ šáƒé íš ýóúŕ ŕíğĥŧ. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Nothing here dials, opens or sends anything.</source>
        <translation>[Ñóŧĥíñğ ĥéŕé đíáĺš, óƥéñš óŕ šéñđš áñýŧĥíñğ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>If you are thinking about suicide or hurting yourself</source>
        <translation>[Íƒ ýóú áŕé ŧĥíñķíñğ áƀóúŧ šúíçíđé óŕ ĥúŕŧíñğ ýóúŕšéĺƒ ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Please talk to someone today: a doctor, a crisis line, or someone you trust.</source>
        <translation>[Ƥĺéášé ŧáĺķ ŧó šóɱéóñé ŧóđáý: á đóçŧóŕ, á çŕíšíš ĺíñé, óŕ šóɱéóñé ýóú ŧŕúšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>If you are being hurt, threatened or controlled</source>
        <translation>[Íƒ ýóú áŕé ƀéíñğ ĥúŕŧ, ŧĥŕéáŧéñéđ óŕ çóñŧŕóĺĺéđ ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Abuse is never your fault. A local domestic abuse service can help.</source>
        <translation>[Áƀúšé íš ñéṽéŕ ýóúŕ ƒáúĺŧ. Á ĺóçáĺ đóɱéšŧíç áƀúšé šéŕṽíçé çáñ ĥéĺƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>If you are worried about your own behaviour</source>
        <translation>[Íƒ ýóú áŕé ŵóŕŕíéđ áƀóúŧ ýóúŕ óŵñ ƀéĥáṽíóúŕ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A counsellor or your doctor can help you change it.</source>
        <translation>[Á çóúñšéĺĺóŕ óŕ ýóúŕ đóçŧóŕ çáñ ĥéĺƥ ýóú çĥáñğé íŧ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>If you are in danger right now</source>
        <translation>[Íƒ ýóú áŕé íñ đáñğéŕ ŕíğĥŧ ñóŵ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Call your local emergency number.</source>
        <translation>[Çáĺĺ ýóúŕ ĺóçáĺ éɱéŕğéñçý ñúɱƀéŕ. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>[Áñýŵĥéŕé ~·~]</translation>
    </message>
    <message>
        <source>Emergency in the EU</source>
        <translation>[Éɱéŕğéñçý íñ ŧĥé ÉÚ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Anywhere else, call your local emergency number.</source>
        <translation>[Áñýŵĥéŕé éĺšé, çáĺĺ ýóúŕ ĺóçáĺ éɱéŕğéñçý ñúɱƀéŕ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>These numbers were checked in {month}.</source>
        <translation>[Ŧĥéšé ñúɱƀéŕš ŵéŕé çĥéçķéđ íñ {month}. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Show the numbers for</source>
        <translation>[Šĥóŵ ŧĥé ñúɱƀéŕš ƒóŕ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&amp;Numbers for:</source>
        <translation>[&amp;Ñúɱƀéŕš ƒóŕ: ~·~·~]</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>[&amp;Ĥíđé ñóŵ ~·~]</translation>
    </message>
    <message>
        <source>Lock the journal and hide everything at once (Alt+H)</source>
        <translation>[Ĺóçķ ŧĥé ĵóúŕñáĺ áñđ ĥíđé éṽéŕýŧĥíñğ áŧ óñçé (Áĺŧ+Ĥ) ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Çĺóšé ~·]</translation>
    </message>
    <message>
        <source>{name}: {number}</source>
        <translation>[{name}: {number} ~]</translation>
    </message>
    <message>
        <source>Open 24 hours.</source>
        <translation>[Óƥéñ 24 ĥóúŕš. ~·~·~·]</translation>
    </message>
    <message>
        <source>Open {hours}.</source>
        <translation>[Óƥéñ {hours}. ~·]</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>[Çóƥý ñúɱƀéŕ ~·~·]</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>[Çóƥý ŧĥé ñúɱƀéŕ óƒ {name} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Copy it, to paste or to dial on a phone yourself</source>
        <translation>[Çóƥý íŧ, ŧó ƥášŧé óŕ ŧó đíáĺ óñ á ƥĥóñé ýóúŕšéĺƒ ~·~·~·~·~·~·~·~·~·~]</translation>
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
    <name>ScaleInput</name>
    <message>
        <source>pick one</source>
        <translation>[ƥíçķ óñé ~·~]</translation>
    </message>
    <message>
        <source>Not chosen yet: move the slider or use the arrow keys.</source>
        <translation>[Ñóŧ çĥóšéñ ýéŧ: ɱóṽé ŧĥé šĺíđéŕ óŕ úšé ŧĥé áŕŕóŵ ķéýš. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{value} of {most}</source>
        <translation>[{value} óƒ {most} ~·]</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>[ñóŧ çĥóšéñ ýéŧ ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ScaleStep</name>
    <message>
        <source>Use the arrow keys or drag the handle.</source>
        <translation>[Úšé ŧĥé áŕŕóŵ ķéýš óŕ đŕáğ ŧĥé ĥáñđĺé. ~·~·~·~·~·~·~·~]</translation>
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
        <source>Showing the first %Ln matches; scroll down for more.</source>
        <translation>
            <numerusform>[Šĥóŵíñğ ŧĥé ƒíŕšŧ %Ln ɱáŧçĥ; šçŕóĺĺ đóŵñ ƒóŕ ɱóŕé. ~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Šĥóŵíñğ ŧĥé ƒíŕšŧ %Ln ɱáŧçĥéš; šçŕóĺĺ đóŵñ ƒóŕ ɱóŕé. ~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln matches: the best ones, or the newest when very many entries match. Add a word or a filter to narrow.</source>
        <translation>
            <numerusform>[Šĥóŵíñğ %Ln ɱáŧçĥ: ŧĥé ƀéšŧ óñé, óŕ ŧĥé ñéŵéšŧ ŵĥéñ ṽéŕý ɱáñý éñŧŕíéš ɱáŧçĥ. Áđđ á ŵóŕđ óŕ á ƒíĺŧéŕ ŧó ñáŕŕóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Šĥóŵíñğ %Ln ɱáŧçĥéš: ŧĥé ƀéšŧ óñéš, óŕ ŧĥé ñéŵéšŧ ŵĥéñ ṽéŕý ɱáñý éñŧŕíéš ɱáŧçĥ. Áđđ á ŵóŕđ óŕ á ƒíĺŧéŕ ŧó ñáŕŕóŵ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries found.</source>
        <translation>
            <numerusform>[%Ln éñŧŕý ƒóúñđ. ~·~·~]</numerusform>
            <numerusform>[%Ln éñŧŕíéš ƒóúñđ. ~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{words}
{kind} · {date}</source>
        <translation>[{words} ~]
[{kind} · {date} ~]</translation>
    </message>
    <message numerus="yes">
        <source>In your trackers (%Ln)</source>
        <translation>
            <numerusform>[Íñ ýóúŕ ŧŕáçķéŕš (%Ln) ~·~·~·~·]</numerusform>
            <numerusform>[Íñ ýóúŕ ŧŕáçķéŕš (%Ln) ~·~·~·~·]</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Removed %n backups under the old key.</source>
        <translation>
            <numerusform>[Ŕéɱóṽéđ %n ƀáçķúƥ úñđéŕ ŧĥé óĺđ ķéý. ~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ŕéɱóṽéđ %n ƀáçķúƥš úñđéŕ ŧĥé óĺđ ķéý. ~·~·~·~·~·~·~·]</numerusform>
        </translation>
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
    <name>SetupView</name>
    <message>
        <source>Welcome to TrustJournal</source>
        <translation>[Ŵéĺçóɱé ŧó TrustJournal ~·~·]</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Before you start, choose how to protect it.</source>
        <translation>[Ýóúŕ ĵóúŕñáĺ šŧáýš óñ ŧĥíš çóɱƥúŧéŕ. Ɓéƒóŕé ýóú šŧáŕŧ, çĥóóšé ĥóŵ ŧó ƥŕóŧéçŧ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Protect it with a passphrase (recommended)</source>
        <translation>[Ƥŕóŧéçŧ íŧ ŵíŧĥ á ƥáššƥĥŕášé (ŕéçóɱɱéñđéđ) ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>No passphrase</source>
        <translation>[Ñó ƥáššƥĥŕášé ~·~·~]</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use your computer account, or gets a copy of the file, can read everything you write.</source>
        <translation>[Ŵíŧĥóúŧ á ƥáššƥĥŕášé, áñýóñé ŵĥó çáñ úšé ýóúŕ çóɱƥúŧéŕ áççóúñŧ, óŕ ğéŧš á çóƥý óƒ ŧĥé ƒíĺé, çáñ ŕéáđ éṽéŕýŧĥíñğ ýóú ŵŕíŧé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>[Çŕéáŧé ɱý ĵóúŕñáĺ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>[Çŕéáŧíñğ… ~·~·]</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move the selected entry to the trash (Journal)</source>
        <translation>[Ṁóṽé ŧĥé šéĺéçŧéđ éñŧŕý ŧó ŧĥé ŧŕášĥ (Ĵóúŕñáĺ) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Trackers: add a promise, intention or worry in the tab shown</source>
        <translation>[Ŧŕáçķéŕš: áđđ á ƥŕóɱíšé, íñŧéñŧíóñ óŕ ŵóŕŕý íñ ŧĥé ŧáƀ šĥóŵñ ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Trackers: save / put back what was saved</source>
        <translation>[Ŧŕáçķéŕš: šáṽé / ƥúŧ ƀáçķ ŵĥáŧ ŵáš šáṽéđ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Next step of an exercise or check-in</source>
        <translation>[Ñéẋŧ šŧéƥ óƒ áñ éẋéŕçíšé óŕ çĥéçķ-íñ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Previous step of an exercise or check-in</source>
        <translation>[Ƥŕéṽíóúš šŧéƥ óƒ áñ éẋéŕçíšé óŕ çĥéçķ-íñ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Progress: show 4 weeks … everything</source>
        <translation>[Ƥŕóğŕéšš: šĥóŵ 4 ŵééķš … éṽéŕýŧĥíñğ ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Progress: weekly review</source>
        <translation>[Ƥŕóğŕéšš: ŵééķĺý ŕéṽíéŵ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Safety panel: hide now and lock</source>
        <translation>[Šáƒéŧý ƥáñéĺ: ĥíđé ñóŵ áñđ ĺóçķ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>[Çĺóšé á đíáĺóğ ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>[Ķéýƀóáŕđ šĥóŕŧçúŧš ~·~·~·~]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[Ŵĥáŧ ~·]</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>[Ķéýš ~·]</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} KB</source>
        <translation>[{size} ĶƁ ~]</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>[{size} ṀƁ ~]</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>[{size} ĞƁ ~]</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Something else…</source>
        <translation>[Šóɱéŧĥíñğ éĺšé… ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StepContext</name>
    <message>
        <source>The feelings list could not be read ({error}).</source>
        <translation>[Ŧĥé ƒééĺíñğš ĺíšŧ çóúĺđ ñóŧ ƀé ŕéáđ ({error}). ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The thinking traps could not be read ({error}).</source>
        <translation>[Ŧĥé ŧĥíñķíñğ ŧŕáƥš çóúĺđ ñóŧ ƀé ŕéáđ ({error}). ~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Free writing</source>
        <translation>[Ƒŕéé ŵŕíŧíñğ ~·~·~]</translation>
    </message>
    <message>
        <source>Pick one</source>
        <translation>[Ƥíçķ óñé ~·~]</translation>
    </message>
    <message>
        <source>Pick any</source>
        <translation>[Ƥíçķ áñý ~·~]</translation>
    </message>
    <message>
        <source>Feelings with their strength</source>
        <translation>[Ƒééĺíñğš ŵíŧĥ ŧĥéíŕ šŧŕéñğŧĥ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A rating on a scale</source>
        <translation>[Á ŕáŧíñğ óñ á šçáĺé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>A short list</source>
        <translation>[Á šĥóŕŧ ĺíšŧ ~·~·~]</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>[Ŧĥíñķíñğ ŧŕáƥš ~·~·~·]</translation>
    </message>
    <message>
        <source>Rate again (before and after)</source>
        <translation>[Ŕáŧé áğáíñ (ƀéƒóŕé áñđ áƒŧéŕ) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Sort a list into groups</source>
        <translation>[Šóŕŧ á ĺíšŧ íñŧó ğŕóúƥš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A recap before saving</source>
        <translation>[Á ŕéçáƥ ƀéƒóŕé šáṽíñğ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>[Ɋúéšŧíóñ ~·~]</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>[Šĥóŕŧ ñáɱé ~·~·]</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>[Éẋáɱƥĺé ~·~]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Ñóŧé ~·]</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>[Çĥóíçéš ~·~]</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>[Ĺóŵéšŧ ~·]</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>[Ĥíğĥéšŧ ~·~]</translation>
    </message>
    <message>
        <source>Steps of</source>
        <translation>[Šŧéƥš óƒ ~·~]</translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation>[Ĺóŵéšŧ ɱéáñš ~·~·~]</translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation>[Ĥíğĥéšŧ ɱéáñš ~·~·~]</translation>
    </message>
    <message>
        <source>Rates again</source>
        <translation>[Ŕáŧéš áğáíñ ~·~·]</translation>
    </message>
    <message>
        <source>Sorts the list</source>
        <translation>[Šóŕŧš ŧĥé ĺíšŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>Hints from</source>
        <translation>[Ĥíñŧš ƒŕóɱ ~·~·]</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>[Šŧáŕŧš ŵíŧĥ ~·~·]</translation>
    </message>
    <message>
        <source>Filled in from</source>
        <translation>[Ƒíĺĺéđ íñ ƒŕóɱ ~·~·~·]</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>[Áŧ ɱóšŧ ~·~]</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>[Šŧéƥ ñáɱé ~·~·]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Ķíñđ ~·]</translation>
    </message>
    <message>
        <source>Asked only after</source>
        <translation>[Ášķéđ óñĺý áƒŧéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>Figure for Progress</source>
        <translation>[Ƒíğúŕé ƒóŕ Ƥŕóğŕéšš ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Wording for</source>
        <translation>[Ŵóŕđíñğ ƒóŕ ~·~·]</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>[Šóɱéŧĥíñğ éĺšé ~·~·~·]</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>[Ñóŧ áŧ áĺĺ ~·~·]</translation>
    </message>
    <message>
        <source>Completely</source>
        <translation>[Çóɱƥĺéŧéĺý ~·~·]</translation>
    </message>
    <message>
        <source>Choice {number}</source>
        <translation>[Çĥóíçé {number} ~·~]</translation>
    </message>
    <message>
        <source>{field} {part}: {problem}</source>
        <translation>[{field} {part}: {problem} ~]</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>[{field}: {problem} ~]</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>[Ṁóṽé úƥ ~·~]</translation>
    </message>
    <message>
        <source>Move this step up (Alt+Up)</source>
        <translation>[Ṁóṽé ŧĥíš šŧéƥ úƥ (Áĺŧ+Úƥ) ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>[Ṁóṽé đóŵñ ~·~·]</translation>
    </message>
    <message>
        <source>Move this step down (Alt+Down)</source>
        <translation>[Ṁóṽé ŧĥíš šŧéƥ đóŵñ (Áĺŧ+Đóŵñ) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>[Ŕéɱóṽé ~·]</translation>
    </message>
    <message>
        <source>Remove this step (Alt+Delete); you can undo it</source>
        <translation>[Ŕéɱóṽé ŧĥíš šŧéƥ (Áĺŧ+Đéĺéŧé); ýóú çáñ úñđó íŧ ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What the step asks, e.g. “What happened?”</source>
        <translation>[Ŵĥáŧ ŧĥé šŧéƥ ášķš, é.ğ. “Ŵĥáŧ ĥáƥƥéñéđ?” ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A few words naming the answer in the entry</source>
        <translation>[Á ƒéŵ ŵóŕđš ñáɱíñğ ŧĥé áñšŵéŕ íñ ŧĥé éñŧŕý ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>An example answer (optional)</source>
        <translation>[Áñ éẋáɱƥĺé áñšŵéŕ (óƥŧíóñáĺ) ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A gentle note under the question (optional)</source>
        <translation>[Á ğéñŧĺé ñóŧé úñđéŕ ŧĥé ɋúéšŧíóñ (óƥŧíóñáĺ) ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Can be skipped</source>
        <translation>[Çáñ ƀé šķíƥƥéđ ~·~·~·]</translation>
    </message>
    <message>
        <source>Keep the answer in view on later steps</source>
        <translation>[Ķééƥ ŧĥé áñšŵéŕ íñ ṽíéŵ óñ ĺáŧéŕ šŧéƥš ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Problems with this step</source>
        <translation>[Ƥŕóƀĺéɱš ŵíŧĥ ŧĥíš šŧéƥ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>[Óñé çĥóíçé ƥéŕ ĺíñé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>[Çĥóíçéš, óñé ƥéŕ ĺíñé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Offer “Something else…” with own words</source>
        <translation>[Óƒƒéŕ “Šóɱéŧĥíñğ éĺšé…” ŵíŧĥ óŵñ ŵóŕđš ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What the lowest number means</source>
        <translation>[Ŵĥáŧ ŧĥé ĺóŵéšŧ ñúɱƀéŕ ɱéáñš ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What the highest number means</source>
        <translation>[Ŵĥáŧ ŧĥé ĥíğĥéšŧ ñúɱƀéŕ ɱéáñš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>from</source>
        <translation>[ƒŕóɱ ~·]</translation>
    </message>
    <message>
        <source>to</source>
        <translation>[ŧó ~]</translation>
    </message>
    <message>
        <source>in steps of</source>
        <translation>[íñ šŧéƥš óƒ ~·~·]</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>[Ñúɱƀéŕš ~·~]</translation>
    </message>
    <message>
        <source>Words the answer box starts with (optional)</source>
        <translation>[Ŵóŕđš ŧĥé áñšŵéŕ ƀóẋ šŧáŕŧš ŵíŧĥ (óƥŧíóñáĺ) ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A one-line answer</source>
        <translation>[Á óñé-ĺíñé áñšŵéŕ ~·~·~·~]</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>[ñó ĺíɱíŧ ~·~]</translation>
    </message>
    <message>
        <source>At most (characters)</source>
        <translation>[Áŧ ɱóšŧ (çĥáŕáçŧéŕš) ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Step {number} · {kind}</source>
        <translation>[Šŧéƥ {number} · {kind} ~·~]</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>[Šŧéƥ {number} óƒ {total} ~·~·]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>[(ñóñé) ~·]</translation>
    </message>
    <message>
        <source>{step} (missing)</source>
        <translation>[{step} (ɱíššíñğ) ~·~·]</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>For example: “{example}”</source>
        <translation>[Ƒóŕ éẋáɱƥĺé: “{example}” ~·~·~·]</translation>
    </message>
    <message>
        <source>You can skip this one.</source>
        <translation>[Ýóú çáñ šķíƥ ŧĥíš óñé. ~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageArchive</name>
    <message>
        <source>The journal is closed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ íš çĺóšéđ. ~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageConvert</name>
    <message>
        <source>The converted copy did not match the journal, so it was not used. The journal has not been changed.</source>
        <translation>[Ŧĥé çóñṽéŕŧéđ çóƥý đíđ ñóŧ ɱáŧçĥ ŧĥé ĵóúŕñáĺ, šó íŧ ŵáš ñóŧ úšéđ. Ŧĥé ĵóúŕñáĺ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} could not be read, so it was not converted. It has not been changed.</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé ŕéáđ, šó íŧ ŵáš ñóŧ çóñṽéŕŧéđ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is not a TrustJournal journal; nothing was changed.</source>
        <translation>[{name} íš ñóŧ á TrustJournal ĵóúŕñáĺ; ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} fails its integrity check, so it was not converted. It has not been changed; run “trustjournal check” and restore a backup if needed.</source>
        <translation>[{name} ƒáíĺš íŧš íñŧéğŕíŧý çĥéçķ, šó íŧ ŵáš ñóŧ çóñṽéŕŧéđ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ; ŕúñ “ŧŕúšŧĵóúŕñáĺ çĥéçķ” áñđ ŕéšŧóŕé á ƀáçķúƥ íƒ ñééđéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} still has unsaved changes in {name2}; it was not converted. Open and close it once, then try again. It has not been changed.</source>
        <translation>[{name} šŧíĺĺ ĥáš úñšáṽéđ çĥáñğéš íñ {name2}; íŧ ŵáš ñóŧ çóñṽéŕŧéđ. Óƥéñ áñđ çĺóšé íŧ óñçé, ŧĥéñ ŧŕý áğáíñ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>[Ŧĥéŕé íš ñó ĵóúŕñáĺ áŧ {path}. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is already encrypted (or is not a plain journal).</source>
        <translation>[{name} íš áĺŕéáđý éñçŕýƥŧéđ (óŕ íš ñóŧ á ƥĺáíñ ĵóúŕñáĺ). ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is not encrypted; there is nothing to remove.</source>
        <translation>[{name} íš ñóŧ éñçŕýƥŧéđ; ŧĥéŕé íš ñóŧĥíñğ ŧó ŕéɱóṽé. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That key does not belong to this journal; nothing has been changed.</source>
        <translation>[Ŧĥáŧ ķéý đóéš ñóŧ ƀéĺóñğ ŧó ŧĥíš ĵóúŕñáĺ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageCopies</name>
    <message>
        <source>The backup was stopped before it was finished; nothing was kept or changed.</source>
        <translation>[Ŧĥé ƀáçķúƥ ŵáš šŧóƥƥéđ ƀéƒóŕé íŧ ŵáš ƒíñíšĥéđ; ñóŧĥíñğ ŵáš ķéƥŧ óŕ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The backup could not be made: {exc}. Your journal has not been changed.</source>
        <translation>[Ŧĥé ƀáçķúƥ çóúĺđ ñóŧ ƀé ɱáđé: {exc}. Ýóúŕ ĵóúŕñáĺ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageCreate</name>
    <message>
        <source>The new journal could not be finished; nothing was made.</source>
        <translation>[Ŧĥé ñéŵ ĵóúŕñáĺ çóúĺđ ñóŧ ƀé ƒíñíšĥéđ; ñóŧĥíñğ ŵáš ɱáđé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>There is not enough room on the disk for a new journal in {folder}, so nothing was made. Free some space and try again.</source>
        <translation>[Ŧĥéŕé íš ñóŧ éñóúğĥ ŕóóɱ óñ ŧĥé đíšķ ƒóŕ á ñéŵ ĵóúŕñáĺ íñ {folder}, šó ñóŧĥíñğ ŵáš ɱáđé. Ƒŕéé šóɱé šƥáçé áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A file named {name} appeared while the new journal was being made; it was left as it is.</source>
        <translation>[Á ƒíĺé ñáɱéđ {name} áƥƥéáŕéđ ŵĥíĺé ŧĥé ñéŵ ĵóúŕñáĺ ŵáš ƀéíñğ ɱáđé; íŧ ŵáš ĺéƒŧ áš íŧ íš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageDamage</name>
    <message>
        <source>{name} is shorter than it should be: it looks cut off, for example by a full disk, a power cut or a copy that did not finish.</source>
        <translation>[{name} íš šĥóŕŧéŕ ŧĥáñ íŧ šĥóúĺđ ƀé: íŧ ĺóóķš çúŧ óƒƒ, ƒóŕ éẋáɱƥĺé ƀý á ƒúĺĺ đíšķ, á ƥóŵéŕ çúŧ óŕ á çóƥý ŧĥáŧ đíđ ñóŧ ƒíñíšĥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): it lost its contents and looks cut off.</source>
        <translation>[{name} íš éɱƥŧý (0 ƀýŧéš): íŧ ĺóšŧ íŧš çóñŧéñŧš áñđ ĺóóķš çúŧ óƒƒ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The first bytes of {name} do not match its key file ({keys}): either the start of {name} is damaged, or {keys} belongs to another journal.</source>
        <translation>[Ŧĥé ƒíŕšŧ ƀýŧéš óƒ {name} đó ñóŧ ɱáŧçĥ íŧš ķéý ƒíĺé ({keys}): éíŧĥéŕ ŧĥé šŧáŕŧ óƒ {name} íš đáɱáğéđ, óŕ {keys} ƀéĺóñğš ŧó áñóŧĥéŕ ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} does not look like a journal any more, and no key file is beside it. Your backups are not encrypted, so the journal was not either: it looks damaged.</source>
        <translation>[{name} đóéš ñóŧ ĺóóķ ĺíķé á ĵóúŕñáĺ áñý ɱóŕé, áñđ ñó ķéý ƒíĺé íš ƀéšíđé íŧ. Ýóúŕ ƀáçķúƥš áŕé ñóŧ éñçŕýƥŧéđ, šó ŧĥé ĵóúŕñáĺ ŵáš ñóŧ éíŧĥéŕ: íŧ ĺóóķš đáɱáğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The first bytes of {name} are wrong, so it cannot be read as it is.</source>
        <translation>[Ŧĥé ƒíŕšŧ ƀýŧéš óƒ {name} áŕé ŵŕóñğ, šó íŧ çáññóŧ ƀé ŕéáđ áš íŧ íš. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageDatabase</name>
    <message>
        <source>The encryption library is not loaded; refusing to open.</source>
        <translation>[Ŧĥé éñçŕýƥŧíóñ ĺíƀŕáŕý íš ñóŧ ĺóáđéđ; ŕéƒúšíñğ ŧó óƥéñ. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} could not be read as a journal (it is not a database, is damaged, or needs a different passphrase).</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé ŕéáđ áš á ĵóúŕñáĺ (íŧ íš ñóŧ á đáŧáƀášé, íš đáɱáğéđ, óŕ ñééđš á đíƒƒéŕéñŧ ƥáššƥĥŕášé). ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so it cannot be opened just now. Free some space and try again; nothing has been changed.</source>
        <translation>[Ŧĥé đíšķ ĥóĺđíñğ {name} íš ƒúĺĺ, šó íŧ çáññóŧ ƀé óƥéñéđ ĵúšŧ ñóŵ. Ƒŕéé šóɱé šƥáçé áñđ ŧŕý áğáíñ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} could not be opened: the disk reported an input/output problem. Nothing has been changed; check the disk and try again.</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé óƥéñéđ: ŧĥé đíšķ ŕéƥóŕŧéđ áñ íñƥúŧ/óúŧƥúŧ ƥŕóƀĺéɱ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ; çĥéçķ ŧĥé đíšķ áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageEntries</name>
    <message>
        <source>That entry no longer exists.</source>
        <translation>[Ŧĥáŧ éñŧŕý ñó ĺóñğéŕ éẋíšŧš. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Only entries in the trash can be deleted for good.</source>
        <translation>[Óñĺý éñŧŕíéš íñ ŧĥé ŧŕášĥ çáñ ƀé đéĺéŧéđ ƒóŕ ğóóđ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageExerciseStore</name>
    <message>
        <source>That entry belongs to a different exercise.</source>
        <translation>[Ŧĥáŧ éñŧŕý ƀéĺóñğš ŧó á đíƒƒéŕéñŧ éẋéŕçíšé. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageFill</name>
    <message>
        <source>Another program has {name} open, so nothing was imported. The new, empty journal was left in place because that program is using it. Close that program and run the import again.</source>
        <translation>[Áñóŧĥéŕ ƥŕóğŕáɱ ĥáš {name} óƥéñ, šó ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. Ŧĥé ñéŵ, éɱƥŧý ĵóúŕñáĺ ŵáš ĺéƒŧ íñ ƥĺáçé ƀéçáúšé ŧĥáŧ ƥŕóğŕáɱ íš úšíñğ íŧ. Çĺóšé ŧĥáŧ ƥŕóğŕáɱ áñđ ŕúñ ŧĥé íɱƥóŕŧ áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The disk is full, so the import could not be finished; nothing was imported. Free some space and try again.</source>
        <translation>[Ŧĥé đíšķ íš ƒúĺĺ, šó ŧĥé íɱƥóŕŧ çóúĺđ ñóŧ ƀé ƒíñíšĥéđ; ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. Ƒŕéé šóɱé šƥáçé áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The imported entries could not be written out completely, so nothing was imported. Check the disk and try again.</source>
        <translation>[Ŧĥé íɱƥóŕŧéđ éñŧŕíéš çóúĺđ ñóŧ ƀé ŵŕíŧŧéñ óúŧ çóɱƥĺéŧéĺý, šó ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. Çĥéçķ ŧĥé đíšķ áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageGateway</name>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation>[Ŧĥé çĥéçķ ŵáš šŧóƥƥéđ; ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal could not be read just now: {exc}</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé ŕéáđ ĵúšŧ ñóŵ: {exc} ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal could not be saved: {exc}</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé šáṽéđ: {exc} ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ íš çĺóšéđ. ~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageJournal</name>
    <message>
        <source>The journal is closed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ íš çĺóšéđ. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A backup could not be made first, so nothing was deleted: {exc}</source>
        <translation>[Á ƀáçķúƥ çóúĺđ ñóŧ ƀé ɱáđé ƒíŕšŧ, šó ñóŧĥíñğ ŵáš đéĺéŧéđ: {exc} ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation>[Ŧĥé çĥéçķ ŵáš šŧóƥƥéđ; ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the check could not finish: {error}</source>
        <translation>[ŧĥé çĥéçķ çóúĺđ ñóŧ ƒíñíšĥ: {error} ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The search index could not be checked just now (the journal was busy); try again.</source>
        <translation>[Ŧĥé šéáŕçĥ íñđéẋ çóúĺđ ñóŧ ƀé çĥéçķéđ ĵúšŧ ñóŵ (ŧĥé ĵóúŕñáĺ ŵáš ƀúšý); ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} cannot be read and written by you; check its permissions.</source>
        <translation>[{name} çáññóŧ ƀé ŕéáđ áñđ ŵŕíŧŧéñ ƀý ýóú; çĥéçķ íŧš ƥéŕɱíššíóñš. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is empty: its contents were lost outside TrustJournal. It has not been changed; restore a backup.</source>
        <translation>[{name} íš éɱƥŧý: íŧš çóñŧéñŧš ŵéŕé ĺóšŧ óúŧšíđé TrustJournal. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ; ŕéšŧóŕé á ƀáçķúƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} could not be brought up to date for this version of TrustJournal, so the change was rolled back and the journal is as it was (a backup was made first, in the backups folder). Please report this; the reason was {name2}.</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé ƀŕóúğĥŧ úƥ ŧó đáŧé ƒóŕ ŧĥíš ṽéŕšíóñ óƒ TrustJournal, šó ŧĥé çĥáñğé ŵáš ŕóĺĺéđ ƀáçķ áñđ ŧĥé ĵóúŕñáĺ íš áš íŧ ŵáš (á ƀáçķúƥ ŵáš ɱáđé ƒíŕšŧ, íñ ŧĥé ƀáçķúƥš ƒóĺđéŕ). Ƥĺéášé ŕéƥóŕŧ ŧĥíš; ŧĥé ŕéášóñ ŵáš {name2}. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} could not be opened ({exc}).</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé óƥéñéđ ({exc}). ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} could not be read: it looks damaged. It has not been changed.</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé ŕéáđ: íŧ ĺóóķš đáɱáğéđ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is an empty database, not a TrustJournal journal. It has not been changed.</source>
        <translation>[{name} íš áñ éɱƥŧý đáŧáƀášé, ñóŧ á TrustJournal ĵóúŕñáĺ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is a database, but not a TrustJournal journal. It has not been changed.</source>
        <translation>[{name} íš á đáŧáƀášé, ƀúŧ ñóŧ á TrustJournal ĵóúŕñáĺ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageKeys</name>
    <message>
        <source>There is already a journal at {path}; nothing has been changed.</source>
        <translation>[Ŧĥéŕé íš áĺŕéáđý á ĵóúŕñáĺ áŧ {path}; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>There is already a key file ({name}) in {parent}, without a journal. Move it somewhere else if you want to start a new journal here; nothing has been changed.</source>
        <translation>[Ŧĥéŕé íš áĺŕéáđý á ķéý ƒíĺé ({name}) íñ {parent}, ŵíŧĥóúŧ á ĵóúŕñáĺ. Ṁóṽé íŧ šóɱéŵĥéŕé éĺšé íƒ ýóú ŵáñŧ ŧó šŧáŕŧ á ñéŵ ĵóúŕñáĺ ĥéŕé; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That key does not belong to this journal&apos;s key file; nothing has been changed.</source>
        <translation>[Ŧĥáŧ ķéý đóéš ñóŧ ƀéĺóñğ ŧó ŧĥíš ĵóúŕñáĺ&apos;š ķéý ƒíĺé; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is not encrypted; open it without a passphrase.</source>
        <translation>[{name} íš ñóŧ éñçŕýƥŧéđ; óƥéñ íŧ ŵíŧĥóúŧ á ƥáššƥĥŕášé. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is damaged: its key is right, but its first page cannot be read. It has not been changed; restore a backup.</source>
        <translation>[{name} íš đáɱáğéđ: íŧš ķéý íš ŕíğĥŧ, ƀúŧ íŧš ƒíŕšŧ ƥáğé çáññóŧ ƀé ŕéáđ. Íŧ ĥáš ñóŧ ƀééñ çĥáñğéđ; ŕéšŧóŕé á ƀáçķúƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal could not be changed: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé çĥáñğéđ: ŠɊĹíŧé ŕéƥóŕŧéđ “{error}” (á ƒúĺĺ đíšķ, ƒóŕ éẋáɱƥĺé). Ýóúŕ ĵóúŕñáĺ íš ŵĥóĺé; ŧŕý áğáíñ óñçé ŧĥé çáúšé íš ƒíẋéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>That passphrase does not belong to this key; nothing has been changed.</source>
        <translation>[Ŧĥáŧ ƥáššƥĥŕášé đóéš ñóŧ ƀéĺóñğ ŧó ŧĥíš ķéý; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal could not be given a new recovery key: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé ğíṽéñ á ñéŵ ŕéçóṽéŕý ķéý: ŠɊĹíŧé ŕéƥóŕŧéđ “{error}” (á ƒúĺĺ đíšķ, ƒóŕ éẋáɱƥĺé). Ýóúŕ ĵóúŕñáĺ íš ŵĥóĺé; ŧŕý áğáíñ óñçé ŧĥé çáúšé íš ƒíẋéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal could not be encrypted: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé éñçŕýƥŧéđ: ŠɊĹíŧé ŕéƥóŕŧéđ “{error}” (á ƒúĺĺ đíšķ, ƒóŕ éẋáɱƥĺé). Ýóúŕ ĵóúŕñáĺ íš ŵĥóĺé; ŧŕý áğáíñ óñçé ŧĥé çáúšé íš ƒíẋéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal could not be decrypted: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé đéçŕýƥŧéđ: ŠɊĹíŧé ŕéƥóŕŧéđ “{error}” (á ƒúĺĺ đíšķ, ƒóŕ éẋáɱƥĺé). Ýóúŕ ĵóúŕñáĺ íš ŵĥóĺé; ŧŕý áğáíñ óñçé ŧĥé çáúšé íš ƒíẋéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The key file {name} does not belong to {name2}: it was made for another journal (or the start of {name2} is damaged). Put back the key file that was made with this journal. Nothing has been changed.</source>
        <translation>[Ŧĥé ķéý ƒíĺé {name} đóéš ñóŧ ƀéĺóñğ ŧó {name2}: íŧ ŵáš ɱáđé ƒóŕ áñóŧĥéŕ ĵóúŕñáĺ (óŕ ŧĥé šŧáŕŧ óƒ {name2} íš đáɱáğéđ). Ƥúŧ ƀáçķ ŧĥé ķéý ƒíĺé ŧĥáŧ ŵáš ɱáđé ŵíŧĥ ŧĥíš ĵóúŕñáĺ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageKeyslots</name>
    <message>
        <source>That passphrase does not unlock this journal. Please try again.</source>
        <translation>[Ŧĥáŧ ƥáššƥĥŕášé đóéš ñóŧ úñĺóçķ ŧĥíš ĵóúŕñáĺ. Ƥĺéášé ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>That recovery key does not unlock this journal. Check it and try again.</source>
        <translation>[Ŧĥáŧ ŕéçóṽéŕý ķéý đóéš ñóŧ úñĺóçķ ŧĥíš ĵóúŕñáĺ. Çĥéçķ íŧ áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Please choose a passphrase: it cannot be empty.</source>
        <translation>[Ƥĺéášé çĥóóšé á ƥáššƥĥŕášé: íŧ çáññóŧ ƀé éɱƥŧý. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The passphrase could not be checked: the computer ran short of memory. Close other programs and try again.</source>
        <translation>[Ŧĥé ƥáššƥĥŕášé çóúĺđ ñóŧ ƀé çĥéçķéđ: ŧĥé çóɱƥúŧéŕ ŕáñ šĥóŕŧ óƒ ɱéɱóŕý. Çĺóšé óŧĥéŕ ƥŕóğŕáɱš áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A recovery key has {length} letters and digits, in groups of four (like ABCD-EFGH-…). Check what you typed and try again.</source>
        <translation>[Á ŕéçóṽéŕý ķéý ĥáš {length} ĺéŧŧéŕš áñđ đíğíŧš, íñ ğŕóúƥš óƒ ƒóúŕ (ĺíķé ÁƁÇĐ-ÉƑĞĤ-…). Çĥéçķ ŵĥáŧ ýóú ŧýƥéđ áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>That key does not belong to this journal; nothing was changed.</source>
        <translation>[Ŧĥáŧ ķéý đóéš ñóŧ ƀéĺóñğ ŧó ŧĥíš ĵóúŕñáĺ; ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The key file that unlocks this journal is damaged, so it cannot be unlocked from it. Nothing has been changed. Put back a copy of the key file if you have one.</source>
        <translation>[Ŧĥé ķéý ƒíĺé ŧĥáŧ úñĺóçķš ŧĥíš ĵóúŕñáĺ íš đáɱáğéđ, šó íŧ çáññóŧ ƀé úñĺóçķéđ ƒŕóɱ íŧ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. Ƥúŧ ƀáçķ á çóƥý óƒ ŧĥé ķéý ƒíĺé íƒ ýóú ĥáṽé óñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The key file {file} that unlocks this journal is damaged, so it cannot be unlocked from it. Nothing has been changed. Put back a copy of the key file if you have one.</source>
        <translation>[Ŧĥé ķéý ƒíĺé {file} ŧĥáŧ úñĺóçķš ŧĥíš ĵóúŕñáĺ íš đáɱáğéđ, šó íŧ çáññóŧ ƀé úñĺóçķéđ ƒŕóɱ íŧ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. Ƥúŧ ƀáçķ á çóƥý óƒ ŧĥé ķéý ƒíĺé íƒ ýóú ĥáṽé óñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This journal has no passphrase set; nothing has been changed.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ ĥáš ñó ƥáššƥĥŕášé šéŧ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This journal has no recovery key set; nothing has been changed.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ ĥáš ñó ŕéçóṽéŕý ķéý šéŧ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{journal_name} could not be read: it is not a plain journal, and its key file ({name}) is not beside it. If the journal is encrypted, put {name} back in the same folder; otherwise restore a backup. Nothing has been changed.</source>
        <translation>[{journal_name} çóúĺđ ñóŧ ƀé ŕéáđ: íŧ íš ñóŧ á ƥĺáíñ ĵóúŕñáĺ, áñđ íŧš ķéý ƒíĺé ({name}) íš ñóŧ ƀéšíđé íŧ. Íƒ ŧĥé ĵóúŕñáĺ íš éñçŕýƥŧéđ, ƥúŧ {name} ƀáçķ íñ ŧĥé šáɱé ƒóĺđéŕ; óŧĥéŕŵíšé ŕéšŧóŕé á ƀáçķúƥ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The key file {name} could not be read ({strerror}). Nothing has been changed.</source>
        <translation>[Ŧĥé ķéý ƒíĺé {name} çóúĺđ ñóŧ ƀé ŕéáđ ({strerror}). Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of TrustJournal. Please update the app to unlock this journal; nothing has been changed.</source>
        <translation>[{name} ŵáš ŵŕíŧŧéñ ƀý á ñéŵéŕ ṽéŕšíóñ óƒ TrustJournal. Ƥĺéášé úƥđáŧé ŧĥé áƥƥ ŧó úñĺóçķ ŧĥíš ĵóúŕñáĺ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageLock</name>
    <message>
        <source>{name} beside the journal is a folder, so the journal cannot be locked against a second window. Move that folder away and try again; nothing has been changed.</source>
        <translation>[{name} ƀéšíđé ŧĥé ĵóúŕñáĺ íš á ƒóĺđéŕ, šó ŧĥé ĵóúŕñáĺ çáññóŧ ƀé ĺóçķéđ áğáíñšŧ á šéçóñđ ŵíñđóŵ. Ṁóṽé ŧĥáŧ ƒóĺđéŕ áŵáý áñđ ŧŕý áğáíñ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageMigrate</name>
    <message>
        <source>This journal was saved by a newer version of TrustJournal. Please update the app to open it; the journal has not been changed.</source>
        <translation>[Ŧĥíš ĵóúŕñáĺ ŵáš šáṽéđ ƀý á ñéŵéŕ ṽéŕšíóñ óƒ TrustJournal. Ƥĺéášé úƥđáŧé ŧĥé áƥƥ ŧó óƥéñ íŧ; ŧĥé ĵóúŕñáĺ ĥáš ñóŧ ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageOwnExercises</name>
    <message>
        <source>The exercise could not be saved: {join}</source>
        <translation>[Ŧĥé éẋéŕçíšé çóúĺđ ñóŧ ƀé šáṽéđ: {join} ~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StoragePlaintext</name>
    <message>
        <source>{name} holds no journal entries.</source>
        <translation>[{name} ĥóĺđš ñó ĵóúŕñáĺ éñŧŕíéš. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>No entry could be read from {name}.</source>
        <translation>[Ñó éñŧŕý çóúĺđ ƀé ŕéáđ ƒŕóɱ {name}. ~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StoragePresence</name>
    <message>
        <source>{parent} cannot be looked into (permission denied), so it is not known whether a journal is there. Nothing was created or changed.</source>
        <translation>[{parent} çáññóŧ ƀé ĺóóķéđ íñŧó (ƥéŕɱíššíóñ đéñíéđ), šó íŧ íš ñóŧ ķñóŵñ ŵĥéŧĥéŕ á ĵóúŕñáĺ íš ŧĥéŕé. Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads back to itself through other links, so the journal cannot be kept there. Nothing was created or changed: point the link at a folder, or choose another folder for the journal.</source>
        <translation>[{path} íš á šýɱƀóĺíç ĺíñķ ŧĥáŧ ĺéáđš ƀáçķ ŧó íŧšéĺƒ ŧĥŕóúğĥ óŧĥéŕ ĺíñķš, šó ŧĥé ĵóúŕñáĺ çáññóŧ ƀé ķéƥŧ ŧĥéŕé. Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ: ƥóíñŧ ŧĥé ĺíñķ áŧ á ƒóĺđéŕ, óŕ çĥóóšé áñóŧĥéŕ ƒóĺđéŕ ƒóŕ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which is not there, so the journal cannot be kept in it. Nothing was created or changed: if that folder is on a drive that is not connected, connect it and try again; otherwise make that folder or choose another folder for the journal.</source>
        <translation>[{path} íš á ĺíñķ ŧó {target}, ŵĥíçĥ íš ñóŧ ŧĥéŕé, šó ŧĥé ĵóúŕñáĺ çáññóŧ ƀé ķéƥŧ íñ íŧ. Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ: íƒ ŧĥáŧ ƒóĺđéŕ íš óñ á đŕíṽé ŧĥáŧ íš ñóŧ çóññéçŧéđ, çóññéçŧ íŧ áñđ ŧŕý áğáíñ; óŧĥéŕŵíšé ɱáķé ŧĥáŧ ƒóĺđéŕ óŕ çĥóóšé áñóŧĥéŕ ƒóĺđéŕ ƒóŕ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which is not there, so the journal&apos;s folder {folder} cannot be made inside it. Nothing was created or changed: if that folder is on a drive that is not connected, connect it and try again; otherwise make that folder or choose another folder for the journal.</source>
        <translation>[{path} íš á ĺíñķ ŧó {target}, ŵĥíçĥ íš ñóŧ ŧĥéŕé, šó ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ {folder} çáññóŧ ƀé ɱáđé íñšíđé íŧ. Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ: íƒ ŧĥáŧ ƒóĺđéŕ íš óñ á đŕíṽé ŧĥáŧ íš ñóŧ çóññéçŧéđ, çóññéçŧ íŧ áñđ ŧŕý áğáíñ; óŧĥéŕŵíšé ɱáķé ŧĥáŧ ƒóĺđéŕ óŕ çĥóóšé áñóŧĥéŕ ƒóĺđéŕ ƒóŕ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder, so the journal cannot be kept in it. Nothing was created or changed: choose another folder for the journal, or move that file away.</source>
        <translation>[{path} íš á ƒíĺé, ñóŧ á ƒóĺđéŕ, šó ŧĥé ĵóúŕñáĺ çáññóŧ ƀé ķéƥŧ íñ íŧ. Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ: çĥóóšé áñóŧĥéŕ ƒóĺđéŕ ƒóŕ ŧĥé ĵóúŕñáĺ, óŕ ɱóṽé ŧĥáŧ ƒíĺé áŵáý. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder, so the journal&apos;s folder {folder} cannot be made inside it. Nothing was created or changed: choose another folder for the journal, or move that file away.</source>
        <translation>[{path} íš á ƒíĺé, ñóŧ á ƒóĺđéŕ, šó ŧĥé ĵóúŕñáĺ&apos;š ƒóĺđéŕ {folder} çáññóŧ ƀé ɱáđé íñšíđé íŧ. Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ: çĥóóšé áñóŧĥéŕ ƒóĺđéŕ ƒóŕ ŧĥé ĵóúŕñáĺ, óŕ ɱóṽé ŧĥáŧ ƒíĺé áŵáý. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>There is no journal here ({parent}). Nothing was created or changed; `trustjournal init` starts one.</source>
        <translation>[Ŧĥéŕé íš ñó ĵóúŕñáĺ ĥéŕé ({parent}). Ñóŧĥíñğ ŵáš çŕéáŧéđ óŕ çĥáñğéđ; `ŧŕúšŧĵóúŕñáĺ íñíŧ` šŧáŕŧš óñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageRekey</name>
    <message>
        <source>That key does not belong to this journal; nothing has been changed.</source>
        <translation>[Ŧĥáŧ ķéý đóéš ñóŧ ƀéĺóñğ ŧó ŧĥíš ĵóúŕñáĺ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is not encrypted; nothing has been changed.</source>
        <translation>[{name} íš ñóŧ éñçŕýƥŧéđ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageRestore</name>
    <message>
        <source>There is no backup at {backup}. Nothing has been changed.</source>
        <translation>[Ŧĥéŕé íš ñó ƀáçķúƥ áŧ {backup}. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. Nothing has been changed.</source>
        <translation>[Ŧĥéŕé áŕé ñó ƀáçķúƥš óƒ ŧĥíš ĵóúŕñáĺ ýéŧ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>None of the backups could be restored. The newest said: {skipped}</source>
        <translation>[Ñóñé óƒ ŧĥé ƀáçķúƥš çóúĺđ ƀé ŕéšŧóŕéđ. Ŧĥé ñéŵéšŧ šáíđ: {skipped} ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal is open; close it first. Nothing has been changed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ íš óƥéñ; çĺóšé íŧ ƒíŕšŧ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>That is the journal itself, not a backup. Nothing has been changed.</source>
        <translation>[Ŧĥáŧ íš ŧĥé ĵóúŕñáĺ íŧšéĺƒ, ñóŧ á ƀáçķúƥ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is not encrypted, but your journal is: restoring it would remove the encryption, so it was not restored. Nothing has been changed.</source>
        <translation>[{name} íš ñóŧ éñçŕýƥŧéđ, ƀúŧ ýóúŕ ĵóúŕñáĺ íš: ŕéšŧóŕíñğ íŧ ŵóúĺđ ŕéɱóṽé ŧĥé éñçŕýƥŧíóñ, šó íŧ ŵáš ñóŧ ŕéšŧóŕéđ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is damaged: its first bytes are wrong. Nothing has been changed.</source>
        <translation>[{name} íš đáɱáğéđ: íŧš ƒíŕšŧ ƀýŧéš áŕé ŵŕóñğ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is not a TrustJournal backup this journal can use: it is encrypted, or not a journal at all. Nothing has been changed.</source>
        <translation>[{name} íš ñóŧ á TrustJournal ƀáçķúƥ ŧĥíš ĵóúŕñáĺ çáñ úšé: íŧ íš éñçŕýƥŧéđ, óŕ ñóŧ á ĵóúŕñáĺ áŧ áĺĺ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} cannot be read. Nothing has been changed.</source>
        <translation>[{name} çáññóŧ ƀé ŕéáđ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} could not be read as a journal: it is damaged, or not a TrustJournal backup. Nothing has been changed.</source>
        <translation>[{name} çóúĺđ ñóŧ ƀé ŕéáđ áš á ĵóúŕñáĺ: íŧ íš đáɱáğéđ, óŕ ñóŧ á TrustJournal ƀáçķúƥ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} cannot be opened with this journal&apos;s key: it belongs to another journal, or it is damaged. Nothing has been changed.</source>
        <translation>[{name} çáññóŧ ƀé óƥéñéđ ŵíŧĥ ŧĥíš ĵóúŕñáĺ&apos;š ķéý: íŧ ƀéĺóñğš ŧó áñóŧĥéŕ ĵóúŕñáĺ, óŕ íŧ íš đáɱáğéđ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} is a database, but not a TrustJournal journal or backup. Nothing has been changed.</source>
        <translation>[{name} íš á đáŧáƀášé, ƀúŧ ñóŧ á TrustJournal ĵóúŕñáĺ óŕ ƀáçķúƥ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is damaged. Nothing has been changed.</source>
        <translation>[{name} íš đáɱáğéđ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of TrustJournal than this one. Please update the app to restore it. Nothing has been changed.</source>
        <translation>[{name} ŵáš ɱáđé ƀý á ñéŵéŕ ṽéŕšíóñ óƒ TrustJournal ŧĥáñ ŧĥíš óñé. Ƥĺéášé úƥđáŧé ŧĥé áƥƥ ŧó ŕéšŧóŕé íŧ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is damaged (it fails SQLite&apos;s integrity check), so it cannot be restored. Nothing has been changed.</source>
        <translation>[{name} íš đáɱáğéđ (íŧ ƒáíĺš ŠɊĹíŧé&apos;š íñŧéğŕíŧý çĥéçķ), šó íŧ çáññóŧ ƀé ŕéšŧóŕéđ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} is a backup of another journal, not of this one. Nothing has been changed.</source>
        <translation>[{name} íš á ƀáçķúƥ óƒ áñóŧĥéŕ ĵóúŕñáĺ, ñóŧ óƒ ŧĥíš óñé. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{name} carries no journal id (it is older than that), and it is not in this journal&apos;s backups folder, so TrustJournal cannot tell whether it belongs to this journal. Put it in {value} to restore it anyway. Nothing has been changed.</source>
        <translation>[{name} çáŕŕíéš ñó ĵóúŕñáĺ íđ (íŧ íš óĺđéŕ ŧĥáñ ŧĥáŧ), áñđ íŧ íš ñóŧ íñ ŧĥíš ĵóúŕñáĺ&apos;š ƀáçķúƥš ƒóĺđéŕ, šó TrustJournal çáññóŧ ŧéĺĺ ŵĥéŧĥéŕ íŧ ƀéĺóñğš ŧó ŧĥíš ĵóúŕñáĺ. Ƥúŧ íŧ íñ {value} ŧó ŕéšŧóŕé íŧ áñýŵáý. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageRevisions</name>
    <message>
        <source>That version of the entry is no longer kept.</source>
        <translation>[Ŧĥáŧ ṽéŕšíóñ óƒ ŧĥé éñŧŕý íš ñó ĺóñğéŕ ķéƥŧ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>This entry is in the trash; restore it from there first.</source>
        <translation>[Ŧĥíš éñŧŕý íš íñ ŧĥé ŧŕášĥ; ŕéšŧóŕé íŧ ƒŕóɱ ŧĥéŕé ƒíŕšŧ. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageRows</name>
    <message>
        <source>That entry no longer exists.</source>
        <translation>[Ŧĥáŧ éñŧŕý ñó ĺóñğéŕ éẋíšŧš. ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>StorageSalvage</name>
    <message>
        <source>Choose another folder than the journal&apos;s own.</source>
        <translation>[Çĥóóšé áñóŧĥéŕ ƒóĺđéŕ ŧĥáñ ŧĥé ĵóúŕñáĺ&apos;š óŵñ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>There is already a journal in {folder}; choose an empty folder.</source>
        <translation>[Ŧĥéŕé íš áĺŕéáđý á ĵóúŕñáĺ íñ {folder}; çĥóóšé áñ éɱƥŧý ƒóĺđéŕ. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing could be read from {name}: even its list of contents is damaged. Restoring a backup is the way back.</source>
        <translation>[Ñóŧĥíñğ çóúĺđ ƀé ŕéáđ ƒŕóɱ {name}: éṽéñ íŧš ĺíšŧ óƒ çóñŧéñŧš íš đáɱáğéđ. Ŕéšŧóŕíñğ á ƀáçķúƥ íš ŧĥé ŵáý ƀáçķ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The readable copy did not pass its own check.</source>
        <translation>[Ŧĥé ŕéáđáƀĺé çóƥý đíđ ñóŧ ƥášš íŧš óŵñ çĥéçķ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageSession</name>
    <message>
        <source>{name} is encrypted: unlock it with its passphrase first. Nothing has been changed.</source>
        <translation>[{name} íš éñçŕýƥŧéđ: úñĺóçķ íŧ ŵíŧĥ íŧš ƥáššƥĥŕášé ƒíŕšŧ. Ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal is not unlocked; nothing has been changed.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ íš ñóŧ úñĺóçķéđ; ñóŧĥíñğ ĥáš ƀééñ çĥáñğéđ. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageTrackerImport</name>
    <message>
        <source>The import holds two intentions for {isoformat} ({other} and {uuid}); a day has one intention. Nothing was imported.</source>
        <translation>[Ŧĥé íɱƥóŕŧ ĥóĺđš ŧŵó íñŧéñŧíóñš ƒóŕ {isoformat} ({other} áñđ {uuid}); á đáý ĥáš óñé íñŧéñŧíóñ. Ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>An imported exercise version ({exercise_id}) cannot be used: {join}</source>
        <translation>[Áñ íɱƥóŕŧéđ éẋéŕçíšé ṽéŕšíóñ ({exercise_id}) çáññóŧ ƀé úšéđ: {join} ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The import holds two different texts for version {version} of the exercise {exercise_id}. Nothing was imported.</source>
        <translation>[Ŧĥé íɱƥóŕŧ ĥóĺđš ŧŵó đíƒƒéŕéñŧ ŧéẋŧš ƒóŕ ṽéŕšíóñ {version} óƒ ŧĥé éẋéŕçíšé {exercise_id}. Ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Version {version} of your exercise {exercise_id} is already in this journal with a different text, so the import was refused and nothing was imported. Give one of them another id and try again.</source>
        <translation>[Ṽéŕšíóñ {version} óƒ ýóúŕ éẋéŕçíšé {exercise_id} íš áĺŕéáđý íñ ŧĥíš ĵóúŕñáĺ ŵíŧĥ á đíƒƒéŕéñŧ ŧéẋŧ, šó ŧĥé íɱƥóŕŧ ŵáš ŕéƒúšéđ áñđ ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. Ğíṽé óñé óƒ ŧĥéɱ áñóŧĥéŕ íđ áñđ ŧŕý áğáíñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The imported intention {uuid} is for {day}, which already has another intention in this journal ({uuid2}). Nothing was imported.</source>
        <translation>[Ŧĥé íɱƥóŕŧéđ íñŧéñŧíóñ {uuid} íš ƒóŕ {day}, ŵĥíçĥ áĺŕéáđý ĥáš áñóŧĥéŕ íñŧéñŧíóñ íñ ŧĥíš ĵóúŕñáĺ ({uuid2}). Ñóŧĥíñğ ŵáš íɱƥóŕŧéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageTrackerRows</name>
    <message>
        <source>{start}: {join}</source>
        <translation>[{start}: {join} ~]</translation>
    </message>
</context>
<context>
    <name>StorageTrackers</name>
    <message>
        <source>That {noun} no longer exists.</source>
        <translation>[Ŧĥáŧ {noun} ñó ĺóñğéŕ éẋíšŧš. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>There is already an intention for {isoformat}; change that one instead.</source>
        <translation>[Ŧĥéŕé íš áĺŕéáđý áñ íñŧéñŧíóñ ƒóŕ {isoformat}; çĥáñğé ŧĥáŧ óñé íñšŧéáđ. ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>StorageTransfer</name>
    <message>
        <source>A backup could not be made first, so nothing was imported: {exc}</source>
        <translation>[Á ƀáçķúƥ çóúĺđ ñóŧ ƀé ɱáđé ƒíŕšŧ, šó ñóŧĥíñğ ŵáš íɱƥóŕŧéđ: {exc} ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your answers</source>
        <translation>[Ýóúŕ áñšŵéŕš ~·~·~]</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>[Çĥáñğé ~·]</translation>
    </message>
    <message>
        <source>Still to answer before you can save:</source>
        <translation>[Šŧíĺĺ ŧó áñšŵéŕ ƀéƒóŕé ýóú çáñ šáṽé: ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Kept from an earlier version of this exercise, and saved with it:&lt;/i&gt; {kept}&lt;/p&gt;</source>
        <translation>[&lt;p&gt;&lt;i&gt;Ķéƥŧ ƒŕóɱ áñ éáŕĺíéŕ ṽéŕšíóñ óƒ ŧĥíš éẋéŕçíšé, áñđ šáṽéđ ŵíŧĥ íŧ:&lt;/i&gt; {kept}&lt;/p&gt; ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Nothing answered yet.</source>
        <translation>[Ñóŧĥíñğ áñšŵéŕéđ ýéŧ. ~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The journal folder {folder} cannot be used: {reason}.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ ƒóĺđéŕ {folder} çáññóŧ ƀé úšéđ: {reason}. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A journal file cannot be used: {reason}.</source>
        <translation>[Á ĵóúŕñáĺ ƒíĺé çáññóŧ ƀé úšéđ: {reason}. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was changed.</source>
        <translation>[Šóɱéŧĥíñğ ŵéñŧ ŵŕóñğ ({error}). Ñóŧĥíñğ ŵáš çĥáñğéđ. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <source>Write here, in your own words.</source>
        <translation>[Ŵŕíŧé ĥéŕé, íñ ýóúŕ óŵñ ŵóŕđš. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Type over the … gaps, or rewrite it all in your words.</source>
        <translation>[Ŧýƥé óṽéŕ ŧĥé … ğáƥš, óŕ ŕéŵŕíŧé íŧ áĺĺ íñ ýóúŕ ŵóŕđš. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Made from your earlier answers. Change anything; Tab jumps to the next {gap} gap, if there is one.</source>
        <translation>[Ṁáđé ƒŕóɱ ýóúŕ éáŕĺíéŕ áñšŵéŕš. Çĥáñğé áñýŧĥíñğ; Ŧáƀ ĵúɱƥš ŧó ŧĥé ñéẋŧ {gap} ğáƥ, íƒ ŧĥéŕé íš óñé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n characters</source>
        <translation>
            <numerusform>[{used} óƒ %n çĥáŕáçŧéŕ ~·~·~·]</numerusform>
            <numerusform>[{used} óƒ %n çĥáŕáçŧéŕš ~·~·~·]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Follow the system</source>
        <translation>[Ƒóĺĺóŵ ŧĥé šýšŧéɱ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>[Ĺíğĥŧ ~·]</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>[Đáŕķ ~·]</translation>
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
    <message numerus="yes">
        <source>{date} · %n words</source>
        <translation>
            <numerusform>[{date} · %n ŵóŕđ ~·~]</numerusform>
            <numerusform>[{date} · %n ŵóŕđš ~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {date}: {title}</source>
        <translation>[{kind}, {date}: {title} ~·]</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>[Á ýéáŕ áğó ~·~·]</numerusform>
            <numerusform>[%n ýéáŕš áğó ~·~·]</numerusform>
        </translation>
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
    <name>TodayTrackers</name>
    <message>
        <source>“{text}”</source>
        <comment>the person&apos;s own words, quoted</comment>
        <translation>[“{text}” ~]</translation>
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
    <message numerus="yes">
        <source>{title} · about %n minutes</source>
        <translation>
            <numerusform>[{title} · áƀóúŧ %n ɱíñúŧé ~·~·~·]</numerusform>
            <numerusform>[{title} · áƀóúŧ %n ɱíñúŧéš ~·~·~·~]</numerusform>
        </translation>
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
    <name>TrackerCaptions</name>
    <message>
        <source>When the urge to check comes, “I want to check” helps you ride it out. What happened with each urge will show here.</source>
        <translation>[Ŵĥéñ ŧĥé úŕğé ŧó çĥéçķ çóɱéš, “Í ŵáñŧ ŧó çĥéçķ” ĥéĺƥš ýóú ŕíđé íŧ óúŧ. Ŵĥáŧ ĥáƥƥéñéđ ŵíŧĥ éáçĥ úŕğé ŵíĺĺ šĥóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How strong your urges were will show here, week by week.</source>
        <translation>[Ĥóŵ šŧŕóñğ ýóúŕ úŕğéš ŵéŕé ŵíĺĺ šĥóŵ ĥéŕé, ŵééķ ƀý ŵééķ. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Promises you or your partner make, and how they went, will show here.</source>
        <translation>[Ƥŕóɱíšéš ýóú óŕ ýóúŕ ƥáŕŧñéŕ ɱáķé, áñđ ĥóŵ ŧĥéý ŵéñŧ, ŵíĺĺ šĥóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Set a small daily intention on Today, and it will show here once you look back on it.</source>
        <translation>[Šéŧ á šɱáĺĺ đáíĺý íñŧéñŧíóñ óñ Ŧóđáý, áñđ íŧ ŵíĺĺ šĥóŵ ĥéŕé óñçé ýóú ĺóóķ ƀáçķ óñ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Write down a worry and how sure you are of it. When its day comes, note what happened, and your own evidence will grow here.</source>
        <translation>[Ŵŕíŧé đóŵñ á ŵóŕŕý áñđ ĥóŵ šúŕé ýóú áŕé óƒ íŧ. Ŵĥéñ íŧš đáý çóɱéš, ñóŧé ŵĥáŧ ĥáƥƥéñéđ, áñđ ýóúŕ óŵñ éṽíđéñçé ŵíĺĺ ğŕóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>[Ýóúŕš ~·]</translation>
    </message>
    <message>
        <source>Your partner&apos;s</source>
        <translation>[Ýóúŕ ƥáŕŧñéŕ&apos;š ~·~·~·]</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>[Ŧóğéŧĥéŕ ~·~]</translation>
    </message>
    <message>
        <source>Your own promises</source>
        <translation>[Ýóúŕ óŵñ ƥŕóɱíšéš ~·~·~·~]</translation>
    </message>
    <message>
        <source>Your partner&apos;s promises</source>
        <translation>[Ýóúŕ ƥáŕŧñéŕ&apos;š ƥŕóɱíšéš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Promises you made together</source>
        <translation>[Ƥŕóɱíšéš ýóú ɱáđé ŧóğéŧĥéŕ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[ñó ~]</translation>
    </message>
    <message>
        <source>one</source>
        <translation>[óñé ~]</translation>
    </message>
    <message>
        <source>two</source>
        <translation>[ŧŵó ~]</translation>
    </message>
    <message>
        <source>three</source>
        <translation>[ŧĥŕéé ~·]</translation>
    </message>
    <message>
        <source>four</source>
        <translation>[ƒóúŕ ~·]</translation>
    </message>
    <message>
        <source>five</source>
        <translation>[ƒíṽé ~·]</translation>
    </message>
    <message>
        <source>six</source>
        <translation>[šíẋ ~]</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>[šéṽéñ ~·]</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>[éíğĥŧ ~·]</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>[ñíñé ~·]</translation>
    </message>
    <message>
        <source>No</source>
        <translation>[Ñó ~]</translation>
    </message>
    <message>
        <source>One</source>
        <translation>[Óñé ~]</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>[Ŧŵó ~]</translation>
    </message>
    <message>
        <source>Three</source>
        <translation>[Ŧĥŕéé ~·]</translation>
    </message>
    <message>
        <source>Four</source>
        <translation>[Ƒóúŕ ~·]</translation>
    </message>
    <message>
        <source>Five</source>
        <translation>[Ƒíṽé ~·]</translation>
    </message>
    <message>
        <source>Six</source>
        <translation>[Šíẋ ~]</translation>
    </message>
    <message>
        <source>Seven</source>
        <translation>[Šéṽéñ ~·]</translation>
    </message>
    <message>
        <source>Eight</source>
        <translation>[Éíğĥŧ ~·]</translation>
    </message>
    <message>
        <source>Nine</source>
        <translation>[Ñíñé ~·]</translation>
    </message>
    <message>
        <source>{number} %</source>
        <comment>a percentage</comment>
        <translation>[{number} % ~]</translation>
    </message>
    <message>
        <source>You resisted both urges {span}.</source>
        <translation>[Ýóú ŕéšíšŧéđ ƀóŧĥ úŕğéš {span}. ~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>You resisted all %Ln urges {span}.</source>
        <translation>
            <numerusform>[Ýóú ŕéšíšŧéđ áĺĺ %Ln úŕğé {span}. ~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ŕéšíšŧéđ áĺĺ %Ln úŕğéš {span}. ~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You resisted {resisted} of %Ln urges {span} ({percent}).</source>
        <translation>
            <numerusform>[Ýóú ŕéšíšŧéđ {resisted} óƒ %Ln úŕğé {span} ({percent}). ~·~·~·~·~·~]</numerusform>
            <numerusform>[Ýóú ŕéšíšŧéđ {resisted} óƒ %Ln úŕğéš {span} ({percent}). ~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You resisted {resisted} of %Ln urges {span} ({percent}), and partly held back from one more.</source>
        <translation>
            <numerusform>[Ýóú ŕéšíšŧéđ {resisted} óƒ %Ln úŕğé {span} ({percent}), áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ óñé ɱóŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Ýóú ŕéšíšŧéđ {resisted} óƒ %Ln úŕğéš {span} ({percent}), áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ óñé ɱóŕé. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You resisted {resisted} of %Ln urges {span} ({percent}), and partly held back from {partly} more.</source>
        <translation>
            <numerusform>[Ýóú ŕéšíšŧéđ {resisted} óƒ %Ln úŕğé {span} ({percent}), áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ {partly} ɱóŕé. ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ŕéšíšŧéđ {resisted} óƒ %Ln úŕğéš {span} ({percent}), áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ {partly} ɱóŕé. ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You logged %Ln urges {span}, and partly held back from {partly_words}.</source>
        <translation>
            <numerusform>[Ýóú ĺóğğéđ %Ln úŕğé {span}, áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ {partly_words}. ~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú ĺóğğéđ %Ln úŕğéš {span}, áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ {partly_words}. ~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You logged %Ln urges {span}.</source>
        <translation>
            <numerusform>[Ýóú ĺóğğéđ %Ln úŕğé {span}. ~·~·~·~]</numerusform>
            <numerusform>[Ýóú ĺóğğéđ %Ln úŕğéš {span}. ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>One urge to check {span}, and you rode it out. Noticing an urge is already a step.</source>
        <translation>[Óñé úŕğé ŧó çĥéçķ {span}, áñđ ýóú ŕóđé íŧ óúŧ. Ñóŧíçíñğ áñ úŕğé íš áĺŕéáđý á šŧéƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>One urge to check {span}, and you partly held back. Noticing an urge is already a step.</source>
        <translation>[Óñé úŕğé ŧó çĥéçķ {span}, áñđ ýóú ƥáŕŧĺý ĥéĺđ ƀáçķ. Ñóŧíçíñğ áñ úŕğé íš áĺŕéáđý á šŧéƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>One urge to check {span}, and you acted on it. Noticing an urge is already a step.</source>
        <translation>[Óñé úŕğé ŧó çĥéçķ {span}, áñđ ýóú áçŧéđ óñ íŧ. Ñóŧíçíñğ áñ úŕğé íš áĺŕéáđý á šŧéƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Logging them is how the pattern starts to show.</source>
        <translation>[Ĺóğğíñğ ŧĥéɱ íš ĥóŵ ŧĥé ƥáŧŧéŕñ šŧáŕŧš ŧó šĥóŵ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The share you resisted rose from {first} to {last}.</source>
        <translation>[Ŧĥé šĥáŕé ýóú ŕéšíšŧéđ ŕóšé ƒŕóɱ {first} ŧó {last}. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Recent weeks were harder ({first} → {last} resisted); every urge you log is still noticed.</source>
        <translation>[Ŕéçéñŧ ŵééķš ŵéŕé ĥáŕđéŕ ({first} → {last} ŕéšíšŧéđ); éṽéŕý úŕğé ýóú ĺóğ íš šŧíĺĺ ñóŧíçéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Their strength stayed about the same (around {last} out of 10).</source>
        <translation>[Ŧĥéíŕ šŧŕéñğŧĥ šŧáýéđ áƀóúŧ ŧĥé šáɱé (áŕóúñđ {last} óúŧ óƒ 10). ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>On average the urges eased from {first} to {last} out of 10 {over}.</source>
        <translation>[Óñ áṽéŕáğé ŧĥé úŕğéš éášéđ ƒŕóɱ {first} ŧó {last} óúŧ óƒ 10 {over}. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The urges felt stronger lately ({first} → {last} out of 10); that happens, and riding them out still counts.</source>
        <translation>[Ŧĥé úŕğéš ƒéĺŧ šŧŕóñğéŕ ĺáŧéĺý ({first} → {last} óúŧ óƒ 10); ŧĥáŧ ĥáƥƥéñš, áñđ ŕíđíñğ ŧĥéɱ óúŧ šŧíĺĺ çóúñŧš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The one urge {span} peaked at {value} out of 10.</source>
        <translation>[Ŧĥé óñé úŕğé {span} ƥéáķéđ áŧ {value} óúŧ óƒ 10. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Across %n urges {span}, the average peak was {value} out of 10. Urges rise, peak and pass.</source>
        <translation>
            <numerusform>[Áçŕóšš {count} úŕğé {span}, ŧĥé áṽéŕáğé ƥéáķ ŵáš {value} óúŧ óƒ 10. Úŕğéš ŕíšé, ƥéáķ áñđ ƥášš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Áçŕóšš {count} úŕğéš {span}, ŧĥé áṽéŕáğé ƥéáķ ŵáš {value} óúŧ óƒ 10. Úŕğéš ŕíšé, ƥéáķ áñđ ƥášš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: one settled, kept.</source>
        <translation>[{who}: óñé šéŧŧĺéđ, ķéƥŧ. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{who}: one settled, renegotiated.</source>
        <translation>[{who}: óñé šéŧŧĺéđ, ŕéñéğóŧíáŧéđ. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{who}: one settled, not kept this time.</source>
        <translation>[{who}: óñé šéŧŧĺéđ, ñóŧ ķéƥŧ ŧĥíš ŧíɱé. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{who}: both kept.</source>
        <translation>[{who}: ƀóŧĥ ķéƥŧ. ~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>{who}: all %Ln kept.</source>
        <translation>
            <numerusform>[{who}: áĺĺ %Ln ķéƥŧ. ~·~·~]</numerusform>
            <numerusform>[{who}: áĺĺ %Ln ķéƥŧ. ~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: {kept} of {settled} kept, {renegotiated} renegotiated.</source>
        <translation>[{who}: {kept} óƒ {settled} ķéƥŧ, {renegotiated} ŕéñéğóŧíáŧéđ. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{who}: {kept} of {settled} kept.</source>
        <translation>[{who}: {kept} óƒ {settled} ķéƥŧ. ~·~·~]</translation>
    </message>
    <message>
        <source>{who}: {settled} settled, {renegotiated} renegotiated, {broken} not kept this time.</source>
        <translation>[{who}: {settled} šéŧŧĺéđ, {renegotiated} ŕéñéğóŧíáŧéđ, {broken} ñóŧ ķéƥŧ ŧĥíš ŧíɱé. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{who}: {settled} settled, {renegotiated} renegotiated.</source>
        <translation>[{who}: {settled} šéŧŧĺéđ, {renegotiated} ŕéñéğóŧíáŧéđ. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{who}: {settled} settled, {broken} not kept this time.</source>
        <translation>[{who}: {settled} šéŧŧĺéđ, {broken} ñóŧ ķéƥŧ ŧĥíš ŧíɱé. ~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>%n promises are still open; how they go will show here.</source>
        <translation>
            <numerusform>[{count} ƥŕóɱíšé íš šŧíĺĺ óƥéñ; ĥóŵ íŧ ğóéš ŵíĺĺ šĥóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[{count} ƥŕóɱíšéš áŕé šŧíĺĺ óƥéñ; ĥóŵ ŧĥéý ğó ŵíĺĺ šĥóŵ ĥéŕé. ~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises settled {span}.</source>
        <translation>
            <numerusform>[{count} ƥŕóɱíšé šéŧŧĺéđ {span}. ~·~·~·~]</numerusform>
            <numerusform>[{count} ƥŕóɱíšéš šéŧŧĺéđ {span}. ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are still open.</source>
        <translation>
            <numerusform>[{count} ɱóŕé íš šŧíĺĺ óƥéñ. ~·~·~·~·]</numerusform>
            <numerusform>[{count} ɱóŕé áŕé šŧíĺĺ óƥéñ. ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}.</source>
        <translation>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñ {span}. ~·~·~·~·]</numerusform>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñš {span}. ~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done, {partly} partly, {not_today} for another day.</source>
        <translation>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñ {span}: {done} đóñé, {partly} ƥáŕŧĺý, {not_today} ƒóŕ áñóŧĥéŕ đáý. ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñš {span}: {done} đóñé, {partly} ƥáŕŧĺý, {not_today} ƒóŕ áñóŧĥéŕ đáý. ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done, {partly} partly.</source>
        <translation>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñ {span}: {done} đóñé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñš {span}: {done} đóñé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done, {not_today} for another day.</source>
        <translation>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñ {span}: {done} đóñé, {not_today} ƒóŕ áñóŧĥéŕ đáý. ~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñš {span}: {done} đóñé, {not_today} ƒóŕ áñóŧĥéŕ đáý. ~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done.</source>
        <translation>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñ {span}: {done} đóñé. ~·~·~·~·~·~]</numerusform>
            <numerusform>[Ýóú šéŧ {count} íñŧéñŧíóñš {span}: {done} đóñé. ~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>One intention {span}, and you did it.</source>
        <translation>[Óñé íñŧéñŧíóñ {span}, áñđ ýóú đíđ íŧ. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>One intention {span}, and you partly did it.</source>
        <translation>[Óñé íñŧéñŧíóñ {span}, áñđ ýóú ƥáŕŧĺý đíđ íŧ. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>One intention {span}, and it waited for another day.</source>
        <translation>[Óñé íñŧéñŧíóñ {span}, áñđ íŧ ŵáíŧéđ ƒóŕ áñóŧĥéŕ đáý. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>One intention {span}, to look back on from Today.</source>
        <translation>[Óñé íñŧéñŧíóñ {span}, ŧó ĺóóķ ƀáçķ óñ ƒŕóɱ Ŧóđáý. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>%n more can be looked back on from Today whenever you like.</source>
        <translation>
            <numerusform>[{count} ɱóŕé çáñ ƀé ĺóóķéđ ƀáçķ óñ ƒŕóɱ Ŧóđáý ŵĥéñéṽéŕ ýóú ĺíķé. ~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[{count} ɱóŕé çáñ ƀé ĺóóķéđ ƀáçķ óñ ƒŕóɱ Ŧóđáý ŵĥéñéṽéŕ ýóú ĺíķé. ~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>You can look back on them from Today whenever you like.</source>
        <translation>[Ýóú çáñ ĺóóķ ƀáçķ óñ ŧĥéɱ ƒŕóɱ Ŧóđáý ŵĥéñéṽéŕ ýóú ĺíķé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>You looked again at one fear you were {band} sure of, and it came true.</source>
        <translation>[Ýóú ĺóóķéđ áğáíñ áŧ óñé ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, áñđ íŧ çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>You looked again at one fear you were {band} sure of, and it partly came true.</source>
        <translation>[Ýóú ĺóóķéđ áğáíñ áŧ óñé ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, áñđ íŧ ƥáŕŧĺý çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>You looked again at one fear you were {band} sure of, and it did not come true.</source>
        <translation>[Ýóú ĺóóķéđ áğáíñ áŧ óñé ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, áñđ íŧ đíđ ñóŧ çóɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Of the two fears you were {band} sure of, neither came true, {partly} partly.</source>
        <translation>[Óƒ ŧĥé ŧŵó ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, ñéíŧĥéŕ çáɱé ŧŕúé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Of the two fears you were {band} sure of, neither came true.</source>
        <translation>[Óƒ ŧĥé ŧŵó ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, ñéíŧĥéŕ çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, none came true, {partly} partly.</source>
        <translation>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, ñóñé çáɱé ŧŕúé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, ñóñé çáɱé ŧŕúé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, none came true.</source>
        <translation>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, ñóñé çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, ñóñé çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the two fears you were {band} sure of, both came true.</source>
        <translation>[Óƒ ŧĥé ŧŵó ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, ƀóŧĥ çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, all %n came true.</source>
        <translation>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, áĺĺ {total} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, áĺĺ {total} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, {came} came true ({partly} partly).</source>
        <translation>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, {came} çáɱé ŧŕúé ({partly} ƥáŕŧĺý). ~·~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, {came} çáɱé ŧŕúé ({partly} ƥáŕŧĺý). ~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, {came} came true.</source>
        <translation>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕ ýóú ŵéŕé {band} šúŕé óƒ, {came} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Óƒ ŧĥé {total} ƒéáŕš ýóú ŵéŕé {band} šúŕé óƒ, {came} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worries wait for their day to be looked at again.</source>
        <translation>
            <numerusform>[{count} ŵóŕŕý ŵáíŧš ƒóŕ íŧš đáý ŧó ƀé ĺóóķéđ áŧ áğáíñ. ~·~·~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[{count} ŵóŕŕíéš ŵáíŧ ƒóŕ ŧĥéíŕ đáý ŧó ƀé ĺóóķéđ áŧ áğáíñ. ~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your own evidence to weigh the next strong fear against.</source>
        <translation>[Ŧĥíš íš ýóúŕ óŵñ éṽíđéñçé ŧó ŵéíğĥ ŧĥé ñéẋŧ šŧŕóñğ ƒéáŕ áğáíñšŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for their day.</source>
        <translation>
            <numerusform>[{count} ɱóŕé ŵáíŧš ƒóŕ íŧš đáý. ~·~·~·~·~·]</numerusform>
            <numerusform>[{count} ɱóŕé ŵáíŧ ƒóŕ ŧĥéíŕ đáý. ~·~·~·~·~·]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerCards</name>
    <message>
        <source>That could not be saved just now: {reason}</source>
        <translation>[Ŧĥáŧ çóúĺđ ñóŧ ƀé šáṽéđ ĵúšŧ ñóŵ: {reason} ~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>TrackerChecks</name>
    <message>
        <source>The urge&apos;s strength must be between 0 and {peak_max}.</source>
        <translation>[Ŧĥé úŕğé&apos;š šŧŕéñğŧĥ ɱúšŧ ƀé ƀéŧŵééñ 0 áñđ {peak_max}. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The time spent with the urge cannot be negative.</source>
        <translation>[Ŧĥé ŧíɱé šƥéñŧ ŵíŧĥ ŧĥé úŕğé çáññóŧ ƀé ñéğáŧíṽé. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Say in a few words what the urge was.</source>
        <translation>[Šáý íñ á ƒéŵ ŵóŕđš ŵĥáŧ ŧĥé úŕğé ŵáš. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Write what was promised.</source>
        <translation>[Ŵŕíŧé ŵĥáŧ ŵáš ƥŕóɱíšéđ. ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A promise cannot be due before the day it was made.</source>
        <translation>[Á ƥŕóɱíšé çáññóŧ ƀé đúé ƀéƒóŕé ŧĥé đáý íŧ ŵáš ɱáđé. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Only a settled promise has a day it was settled.</source>
        <translation>[Óñĺý á šéŧŧĺéđ ƥŕóɱíšé ĥáš á đáý íŧ ŵáš šéŧŧĺéđ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Write the one thing you mean to do.</source>
        <translation>[Ŵŕíŧé ŧĥé óñé ŧĥíñğ ýóú ɱéáñ ŧó đó. ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Write what you are afraid will happen.</source>
        <translation>[Ŵŕíŧé ŵĥáŧ ýóú áŕé áƒŕáíđ ŵíĺĺ ĥáƥƥéñ. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How sure you are must be between 0 and {sureness_max} %.</source>
        <translation>[Ĥóŵ šúŕé ýóú áŕé ɱúšŧ ƀé ƀéŧŵééñ 0 áñđ {sureness_max} %. ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The day to look again cannot be before the day it was written.</source>
        <translation>[Ŧĥé đáý ŧó ĺóóķ áğáíñ çáññóŧ ƀé ƀéƒóŕé ŧĥé đáý íŧ ŵáš ŵŕíŧŧéñ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Only a worry that was looked at again has a day it was settled.</source>
        <translation>[Óñĺý á ŵóŕŕý ŧĥáŧ ŵáš ĺóóķéđ áŧ áğáíñ ĥáš á đáý íŧ ŵáš šéŧŧĺéđ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>TrackerJson</name>
    <message>
        <source>urge</source>
        <translation>[úŕğé ~·]</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>[ƥŕóɱíšé ~·~]</translation>
    </message>
    <message>
        <source>intention</source>
        <translation>[íñŧéñŧíóñ ~·~·]</translation>
    </message>
    <message>
        <source>worry</source>
        <translation>[ŵóŕŕý ~·]</translation>
    </message>
    <message>
        <source>own exercise</source>
        <translation>[óŵñ éẋéŕçíšé ~·~·~]</translation>
    </message>
    <message>
        <source>text</source>
        <translation>[ŧéẋŧ ~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains a NUL character</source>
        <translation>[&apos;{field}&apos; çóñŧáíñš á ÑÚĹ çĥáŕáçŧéŕ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds characters that are not text (lone surrogates)</source>
        <translation>[&apos;{field}&apos; ĥóĺđš çĥáŕáçŧéŕš ŧĥáŧ áŕé ñóŧ ŧéẋŧ (ĺóñé šúŕŕóğáŧéš) ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit} characters</source>
        <translation>[&apos;{field}&apos; íš ĺóñğéŕ ŧĥáñ {limit} çĥáŕáçŧéŕš ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a date like 2024-03-18</source>
        <translation>[á đáŧé ĺíķé 2024-03-18 ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date like 2024-03-18: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á đáŧé ĺíķé 2024-03-18: {value} ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; ({date}) is out of range (years {first} to {last})</source>
        <translation>[&apos;{field}&apos; ({date}) íš óúŧ óƒ ŕáñğé (ýéáŕš {first} ŧó {last}) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a date and time text</source>
        <translation>[á đáŧé áñđ ŧíɱé ŧéẋŧ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a UTC time like 2024-03-18T21:04:00Z: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á ÚŦÇ ŧíɱé ĺíķé 2024-03-18Ŧ21:04:00Ž: {value} ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range (it cannot be placed in UTC)</source>
        <translation>[&apos;{field}&apos; íš óúŧ óƒ ŕáñğé (íŧ çáññóŧ ƀé ƥĺáçéđ íñ ÚŦÇ) ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a UUID: {value}</source>
        <translation>[&apos;{field}&apos; íš ñóŧ á ÚÚÍĐ: {value} ~·~·~·~]</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>[á ŵĥóĺé ñúɱƀéŕ ~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be {low} or more, not {value}</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé {low} óŕ ɱóŕé, ñóŧ {value} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from {low} to {high}, not {value}</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé ƒŕóɱ {low} ŧó {high}, ñóŧ {value} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one of {allowed} or null, not {value}</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé óñé óƒ {allowed} óŕ ñúĺĺ, ñóŧ {value} ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one of {allowed}, not {value}</source>
        <translation>[&apos;{field}&apos; ɱúšŧ ƀé óñé óƒ {allowed}, ñóŧ {value} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{record} {number}</source>
        <translation>[{record} {number} ~]</translation>
    </message>
    <message>
        <source>a {noun} must be an object, not {value_kind}</source>
        <translation>[á {noun} ɱúšŧ ƀé áñ óƀĵéçŧ, ñóŧ {value_kind} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>unknown field &apos;{unknown}&apos; (is the file from a newer TrustJournal?)</source>
        <translation>[úñķñóŵñ ƒíéĺđ &apos;{unknown}&apos; (íš ŧĥé ƒíĺé ƒŕóɱ á ñéŵéŕ TrustJournal?) ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the field &apos;{missing}&apos; is missing</source>
        <translation>[ŧĥé ƒíéĺđ &apos;{missing}&apos; íš ɱíššíñğ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in exercise; an own exercise needs an id of its own</source>
        <translation>[&apos;{id}&apos; íš ŧĥé íđ óƒ á ƀúíĺŧ-íñ éẋéŕçíšé; áñ óŵñ éẋéŕçíšé ñééđš áñ íđ óƒ íŧš óŵñ ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>its exercise definition (&apos;toml&apos;) is not valid TOML: {error}</source>
        <translation>[íŧš éẋéŕçíšé đéƒíñíŧíóñ (&apos;ŧóɱĺ&apos;) íš ñóŧ ṽáĺíđ ŦÓṀĹ: {error} ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>[íŧ çóúĺđ ñóŧ ƀé ŕéáđ ~·~·~·~·]</translation>
    </message>
    <message numerus="yes">
        <source>its exercise definition has a problem: {problem} (and %n more problems)</source>
        <translation>
            <numerusform>[íŧš éẋéŕçíšé đéƒíñíŧíóñ ĥáš á ƥŕóƀĺéɱ: {problem} (áñđ %n ɱóŕé ƥŕóƀĺéɱ) ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
            <numerusform>[íŧš éẋéŕçíšé đéƒíñíŧíóñ ĥáš á ƥŕóƀĺéɱ: {problem} (áñđ %n ɱóŕé ƥŕóƀĺéɱš) ~·~·~·~·~·~·~·~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>its exercise definition has a problem: {problem}</source>
        <translation>[íŧš éẋéŕçíšé đéƒíñíŧíóñ ĥáš á ƥŕóƀĺéɱ: {problem} ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>its definition has the id &apos;{id}&apos;, not &apos;{expected}&apos;</source>
        <translation>[íŧš đéƒíñíŧíóñ ĥáš ŧĥé íđ &apos;{id}&apos;, ñóŧ &apos;{expected}&apos; ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list, not {value_kind}</source>
        <translation>[&apos;{key}&apos; ɱúšŧ ƀé á ĺíšŧ, ñóŧ {value_kind} ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>the same id and version as {noun} {earlier}: they must be unique in one file</source>
        <translation>[ŧĥé šáɱé íđ áñđ ṽéŕšíóñ áš {noun} {earlier}: ŧĥéý ɱúšŧ ƀé úñíɋúé íñ óñé ƒíĺé ~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>the same uuid as {noun} {earlier}: they must be unique in one file</source>
        <translation>[ŧĥé šáɱé úúíđ áš {noun} {earlier}: ŧĥéý ɱúšŧ ƀé úñíɋúé íñ óñé ƒíĺé ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>a second intention for {date} (intention {before} is for that day too); a day has one</source>
        <translation>[á šéçóñđ íñŧéñŧíóñ ƒóŕ {date} (íñŧéñŧíóñ {before} íš ƒóŕ ŧĥáŧ đáý ŧóó); á đáý ĥáš óñé ~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>TrackerReport</name>
    <message>
        <source>{count} done</source>
        <translation>[{count} đóñé ~·]</translation>
    </message>
    <message>
        <source>{count} partly</source>
        <translation>[{count} ƥáŕŧĺý ~·~]</translation>
    </message>
    <message>
        <source>{count} for another day</source>
        <translation>[{count} ƒóŕ áñóŧĥéŕ đáý ~·~·~·]</translation>
    </message>
    <message>
        <source>{count} still to look back on</source>
        <translation>[{count} šŧíĺĺ ŧó ĺóóķ ƀáçķ óñ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>yours {kept} of {settled}</source>
        <translation>[ýóúŕš {kept} óƒ {settled} ~·~·]</translation>
    </message>
    <message>
        <source>your partner&apos;s {kept} of {settled}</source>
        <translation>[ýóúŕ ƥáŕŧñéŕ&apos;š {kept} óƒ {settled} ~·~·~·~·]</translation>
    </message>
    <message>
        <source>together {kept} of {settled}</source>
        <translation>[ŧóğéŧĥéŕ {kept} óƒ {settled} ~·~·~]</translation>
    </message>
    <message>
        <source>**Urges to check:** one this week, and you rode it out (strength {strength} out of 10).</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** óñé ŧĥíš ŵééķ, áñđ ýóú ŕóđé íŧ óúŧ (šŧŕéñğŧĥ {strength} óúŧ óƒ 10). ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Urges to check:** one this week, and you partly held back (strength {strength} out of 10).</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** óñé ŧĥíš ŵééķ, áñđ ýóú ƥáŕŧĺý ĥéĺđ ƀáçķ (šŧŕéñğŧĥ {strength} óúŧ óƒ 10). ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Urges to check:** one this week, and you acted on it (strength {strength} out of 10).</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** óñé ŧĥíš ŵééķ, áñđ ýóú áçŧéđ óñ íŧ (šŧŕéñğŧĥ {strength} óúŧ óƒ 10). ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted both. Average strength {strength} out of 10.</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** {count} ŧĥíš ŵééķ; ýóú ŕéšíšŧéđ ƀóŧĥ. Áṽéŕáğé šŧŕéñğŧĥ {strength} óúŧ óƒ 10. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted all {count}. Average strength {strength} out of 10.</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** {count} ŧĥíš ŵééķ; ýóú ŕéšíšŧéđ áĺĺ {count}. Áṽéŕáğé šŧŕéñğŧĥ {strength} óúŧ óƒ 10. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted {resisted} and partly held back from {partly}. Average strength {strength} out of 10.</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** {count} ŧĥíš ŵééķ; ýóú ŕéšíšŧéđ {resisted} áñđ ƥáŕŧĺý ĥéĺđ ƀáçķ ƒŕóɱ {partly}. Áṽéŕáğé šŧŕéñğŧĥ {strength} óúŧ óƒ 10. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted {resisted}. Average strength {strength} out of 10.</source>
        <translation>[**Úŕğéš ŧó çĥéçķ:** {count} ŧĥíš ŵééķ; ýóú ŕéšíšŧéđ {resisted}. Áṽéŕáğé šŧŕéñğŧĥ {strength} óúŧ óƒ 10. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** one, and it came true.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** óñé, áñđ íŧ çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** one, and it partly came true.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** óñé, áñđ íŧ ƥáŕŧĺý çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** one, and it did not come true.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** óñé, áñđ íŧ đíđ ñóŧ çóɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; neither came true, {partly} partly.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** {count}; ñéíŧĥéŕ çáɱé ŧŕúé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; neither came true.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** {count}; ñéíŧĥéŕ çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; none came true, {partly} partly.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** {count}; ñóñé çáɱé ŧŕúé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; none came true.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** {count}; ñóñé çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; {came} came true, {partly} partly.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** {count}; {came} çáɱé ŧŕúé, {partly} ƥáŕŧĺý. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; {came} came true.</source>
        <translation>[**Ƒéáŕš ĺóóķéđ áŧ áğáíñ:** {count}; {came} çáɱé ŧŕúé. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{part} ({count} renegotiated)</source>
        <translation>[{part} ({count} ŕéñéğóŧíáŧéđ) ~·~·~·]</translation>
    </message>
    <message>
        <source>**Promises kept:** {list}.</source>
        <translation>[**Ƥŕóɱíšéš ķéƥŧ:** {list}. ~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Daily intentions:** {count} set this week: {list}.</source>
        <translation>[**Đáíĺý íñŧéñŧíóñš:** {count} šéŧ ŧĥíš ŵééķ: {list}. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>**Daily intentions:** {count} set this week, to look back on from Today.</source>
        <translation>[**Đáíĺý íñŧéñŧíóñš:** {count} šéŧ ŧĥíš ŵééķ, ŧó ĺóóķ ƀáçķ óñ ƒŕóɱ Ŧóđáý. ~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Urges to check</source>
        <translation>[Úŕğéš ŧó çĥéçķ ~·~·~·]</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>[Ŵééķ óƒ ~·~]</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>[Úŕğéš ~·]</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>[Ŕéšíšŧéđ ~·~]</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>[Ƥáŕŧĺý ~·]</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>[Šŧŕéñğŧĥ ~·~]</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>[Ƥŕóɱíšéš ķéƥŧ ~·~·~]</translation>
    </message>
    <message>
        <source>  - {name}: {kept} of {settled} kept ({percent}), {renegotiated} renegotiated</source>
        <translation>  [- {name}: {kept} óƒ {settled} ķéƥŧ ({percent}), {renegotiated} ŕéñéğóŧíáŧéđ ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>  - {name}: {kept} of {settled} kept ({percent})</source>
        <translation>  [- {name}: {kept} óƒ {settled} ķéƥŧ ({percent}) ~·~·~·]</translation>
    </message>
    <message>
        <source>Daily intentions</source>
        <translation>[Đáíĺý íñŧéñŧíóñš ~·~·~·]</translation>
    </message>
    <message>
        <source>Worries and what happened</source>
        <translation>[Ŵóŕŕíéš áñđ ŵĥáŧ ĥáƥƥéñéđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>  - {band} sure: {total} looked at again, {came} came true, {partly} partly</source>
        <translation>  [- {band} šúŕé: {total} ĺóóķéđ áŧ áğáíñ, {came} çáɱé ŧŕúé, {partly} ƥáŕŧĺý ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>TrackerTab</name>
    <message>
        <source>Save</source>
        <translation>[Šáṽé ~·]</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>[Šáṽé (Éñŧéŕ) ~·~·~]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Çáñçéĺ ~·]</translation>
    </message>
    <message>
        <source>Put back what was saved (Esc)</source>
        <translation>[Ƥúŧ ƀáçķ ŵĥáŧ ŵáš šáṽéđ (Éšç) ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Đéĺéŧé ~·]</translation>
    </message>
    <message>
        <source>Delete it (Del in the list); you can undo</source>
        <translation>[Đéĺéŧé íŧ (Đéĺ íñ ŧĥé ĺíšŧ); ýóú çáñ úñđó ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>[Ýóúŕ ŕéçóŕđš ~·~·~]</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>[Ŧĥé ŕéçóŕđ ŵáš đéĺéŧéđ. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Could not read the list just now ({reason}).</source>
        <translation>[Çóúĺđ ñóŧ ŕéáđ ŧĥé ĺíšŧ ĵúšŧ ñóŵ ({reason}). ~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>TrackerWords</name>
    <message>
        <source>Me</source>
        <translation>[Ṁé ~]</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>[Ṁý ƥáŕŧñéŕ ~·~·]</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>[Úš ~]</translation>
    </message>
    <message>
        <source>By me</source>
        <translation>[Ɓý ɱé ~·]</translation>
    </message>
    <message>
        <source>By my partner</source>
        <translation>[Ɓý ɱý ƥáŕŧñéŕ ~·~·~]</translation>
    </message>
    <message>
        <source>By both of us</source>
        <translation>[Ɓý ƀóŧĥ óƒ úš ~·~·~]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Óƥéñ ~·]</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>[Ķéƥŧ ~·]</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>[Ñóŧ ķéƥŧ ~·~]</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>[Ŕéñéğóŧíáŧéđ ~·~·~]</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>[Đóñé ~·]</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>[Ƥáŕŧĺý ~·]</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>[Ñóŧ ŧóđáý ~·~·]</translation>
    </message>
    <message>
        <source>It came true</source>
        <translation>[Íŧ çáɱé ŧŕúé ~·~·~]</translation>
    </message>
    <message>
        <source>It didn&apos;t</source>
        <translation>[Íŧ đíđñ&apos;ŧ ~·~·]</translation>
    </message>
</context>
<context>
    <name>TrackersView</name>
    <message>
        <source>Urges</source>
        <translation>[Úŕğéš ~·]</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>[Ƥŕóɱíšéš ~·~]</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>[Íñŧéñŧíóñš ~·~·]</translation>
    </message>
    <message>
        <source>Worries</source>
        <translation>[Ŵóŕŕíéš ~·~]</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>[Ŧŕáçķéŕš ~·~]</translation>
    </message>
    <message>
        <source>Small things logged between journaling: urges noticed, promises and how they went, one intention a day, and worries set beside what really happened. Ctrl+N adds one in the tab shown.</source>
        <translation>[Šɱáĺĺ ŧĥíñğš ĺóğğéđ ƀéŧŵééñ ĵóúŕñáĺíñğ: úŕğéš ñóŧíçéđ, ƥŕóɱíšéš áñđ ĥóŵ ŧĥéý ŵéñŧ, óñé íñŧéñŧíóñ á đáý, áñđ ŵóŕŕíéš šéŧ ƀéšíđé ŵĥáŧ ŕéáĺĺý ĥáƥƥéñéđ. Çŧŕĺ+Ñ áđđš óñé íñ ŧĥé ŧáƀ šĥóŵñ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>[Úñđó ~·]</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>[Úñđó ŧĥé đéĺéŧíóñ ~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>TrustJournal is locked</source>
        <translation>[TrustJournal íš ĺóçķéđ ~·~·]</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>[Ƥáššƥĥŕášé ~·~·]</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>[Úñĺóçķ ~·]</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>[Ƒóŕğóŧ ýóúŕ ƥáššƥĥŕášé? ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation>[Óƥéñ ŵíŧĥ ýóúŕ ŕéçóṽéŕý ķéý ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the journal was made (spaces and dashes don&apos;t matter), then choose a new passphrase.</source>
        <translation>[Ŧýƥé ŧĥé ŕéçóṽéŕý ķéý ýóú šŧóŕéđ ŵĥéñ ŧĥé ĵóúŕñáĺ ŵáš ɱáđé (šƥáçéš áñđ đášĥéš đóñ&apos;ŧ ɱáŧŧéŕ), ŧĥéñ çĥóóšé á ñéŵ ƥáššƥĥŕášé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>[Ŕéçóṽéŕý ķéý ~·~·~]</translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation>[Óƥéñ áñđ šéŧ ŧĥé ñéŵ ƥáššƥĥŕášé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>[Ɓáçķ ~·]</translation>
    </message>
    <message>
        <source>Type your passphrase to open the journal.</source>
        <translation>[Ŧýƥé ýóúŕ ƥáššƥĥŕášé ŧó óƥéñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation>[Ŧýƥé ŧĥé ŕéçóṽéŕý ķéý ƒíŕšŧ. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>[Óƥéñíñğ… ~·~]</translation>
    </message>
    <message numerus="yes">
        <source>{message} You can try again in %n s.</source>
        <translation>
            <numerusform>[{message} Ýóú çáñ ŧŕý áğáíñ íñ %n š. ~·~·~·~·~·]</numerusform>
            <numerusform>[{message} Ýóú çáñ ŧŕý áğáíñ íñ %n š. ~·~·~·~·~·]</numerusform>
        </translation>
    </message>
    <message>
        <source>That didn&apos;t open the journal.</source>
        <translation>[Ŧĥáŧ đíđñ&apos;ŧ óƥéñ ŧĥé ĵóúŕñáĺ. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Try again when you&apos;re ready.</source>
        <translation>[Ŧŕý áğáíñ ŵĥéñ ýóú&apos;ŕé ŕéáđý. ~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>UrgeAlternatives</name>
    <message>
        <source>Breathe slowly with the circle</source>
        <translation>[Ɓŕéáŧĥé šĺóŵĺý ŵíŧĥ ŧĥé çíŕçĺé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>In while it grows, out while it shrinks.</source>
        <translation>[Íñ ŵĥíĺé íŧ ğŕóŵš, óúŧ ŵĥíĺé íŧ šĥŕíñķš. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>breathed slowly</source>
        <translation>[ƀŕéáŧĥéđ šĺóŵĺý ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>UrgeEditDialog</name>
    <message>
        <source>Change this urge</source>
        <translation>[Çĥáñğé ŧĥíš úŕğé ~·~·~·]</translation>
    </message>
    <message>
        <source>{day}, {time} · {spent} with the timer</source>
        <translation>[{day}, {time} · {spent} ŵíŧĥ ŧĥé ŧíɱéŕ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>[{day}, {time} ~]</translation>
    </message>
</context>
<context>
    <name>UrgeFollowUp</name>
    <message>
        <source>Earlier today you noticed {urge}, and let it pass.</source>
        <translation>[Éáŕĺíéŕ ŧóđáý ýóú ñóŧíçéđ {urge}, áñđ ĺéŧ íŧ ƥášš. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Earlier today you noticed {urge}, and partly went with it.</source>
        <translation>[Éáŕĺíéŕ ŧóđáý ýóú ñóŧíçéđ {urge}, áñđ ƥáŕŧĺý ŵéñŧ ŵíŧĥ íŧ. ~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Earlier today you noticed {urge}.</source>
        <translation>[Éáŕĺíéŕ ŧóđáý ýóú ñóŧíçéđ {urge}. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Yesterday you noticed {urge}, and let it pass.</source>
        <translation>[Ýéšŧéŕđáý ýóú ñóŧíçéđ {urge}, áñđ ĺéŧ íŧ ƥášš. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Yesterday you noticed {urge}, and partly went with it.</source>
        <translation>[Ýéšŧéŕđáý ýóú ñóŧíçéđ {urge}, áñđ ƥáŕŧĺý ŵéñŧ ŵíŧĥ íŧ. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Yesterday you noticed {urge}.</source>
        <translation>[Ýéšŧéŕđáý ýóú ñóŧíçéđ {urge}. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A little while ago you noticed {urge}, and let it pass.</source>
        <translation>[Á ĺíŧŧĺé ŵĥíĺé áğó ýóú ñóŧíçéđ {urge}, áñđ ĺéŧ íŧ ƥášš. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>A little while ago you noticed {urge}, and partly went with it.</source>
        <translation>[Á ĺíŧŧĺé ŵĥíĺé áğó ýóú ñóŧíçéđ {urge}, áñđ ƥáŕŧĺý ŵéñŧ ŵíŧĥ íŧ. ~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>A little while ago you noticed {urge}.</source>
        <translation>[Á ĺíŧŧĺé ŵĥíĺé áğó ýóú ñóŧíçéđ {urge}. ~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>UrgeFollowUpCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation>[Ĥóŵ đó ýóú ƒééĺ ñóŵ? ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Only if you feel like it. Looking back is how you see the wave pass.</source>
        <translation>[Óñĺý íƒ ýóú ƒééĺ ĺíķé íŧ. Ĺóóķíñğ ƀáçķ íš ĥóŵ ýóú šéé ŧĥé ŵáṽé ƥášš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How I feel now</source>
        <translation>[Ĥóŵ Í ƒééĺ ñóŵ ~·~·~·]</translation>
    </message>
    <message>
        <source>A few words, e.g. calmer than I expected</source>
        <translation>[Á ƒéŵ ŵóŕđš, é.ğ. çáĺɱéŕ ŧĥáñ Í éẋƥéçŧéđ ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>[Šáṽé ~·]</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>[Ñóŧ ñóŵ ~·~]</translation>
    </message>
    <message>
        <source>Leave it; this question won&apos;t come back for it</source>
        <translation>[Ĺéáṽé íŧ; ŧĥíš ɋúéšŧíóñ ŵóñ&apos;ŧ çóɱé ƀáçķ ƒóŕ íŧ ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>That could not be saved just now ({reason}). Your words are still here; try again in a moment.</source>
        <translation>[Ŧĥáŧ çóúĺđ ñóŧ ƀé šáṽéđ ĵúšŧ ñóŵ ({reason}). Ýóúŕ ŵóŕđš áŕé šŧíĺĺ ĥéŕé; ŧŕý áğáíñ íñ á ɱóɱéñŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>UrgeForm</name>
    <message>
        <source>What was the urge?</source>
        <translation>[Ŵĥáŧ ŵáš ŧĥé úŕğé? ~·~·~·~]</translation>
    </message>
    <message>
        <source>The urge, in your words</source>
        <translation>[Ŧĥé úŕğé, íñ ýóúŕ ŵóŕđš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>In your own words, e.g. read their emails</source>
        <translation>[Íñ ýóúŕ óŵñ ŵóŕđš, é.ğ. ŕéáđ ŧĥéíŕ éɱáíĺš ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How strong did it get at its peak?</source>
        <translation>[Ĥóŵ šŧŕóñğ đíđ íŧ ğéŧ áŧ íŧš ƥéáķ? ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Strength at its peak, 0 to 10</source>
        <translation>[Šŧŕéñğŧĥ áŧ íŧš ƥéáķ, 0 ŧó 10 ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>And in the end?</source>
        <translation>[Áñđ íñ ŧĥé éñđ? ~·~·~·]</translation>
    </message>
    <message>
        <source>Whatever happened, noticing it is a step.</source>
        <translation>[Ŵĥáŧéṽéŕ ĥáƥƥéñéđ, ñóŧíçíñğ íŧ íš á šŧéƥ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What did you do instead? (optional)</source>
        <translation>[Ŵĥáŧ đíđ ýóú đó íñšŧéáđ? (óƥŧíóñáĺ) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What I did instead</source>
        <translation>[Ŵĥáŧ Í đíđ íñšŧéáđ ~·~·~·~]</translation>
    </message>
    <message>
        <source>e.g. went for a walk, then wrote for a bit</source>
        <translation>[é.ğ. ŵéñŧ ƒóŕ á ŵáĺķ, ŧĥéñ ŵŕóŧé ƒóŕ á ƀíŧ ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Pick what the urge was (or “Something else”).</source>
        <translation>[Ƥíçķ ŵĥáŧ ŧĥé úŕğé ŵáš (óŕ “Šóɱéŧĥíñğ éĺšé”). ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Say in a few words what the urge was.</source>
        <translation>[Šáý íñ á ƒéŵ ŵóŕđš ŵĥáŧ ŧĥé úŕğé ŵáš. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Pick how it went in the end; any answer is fine.</source>
        <translation>[Ƥíçķ ĥóŵ íŧ ŵéñŧ íñ ŧĥé éñđ; áñý áñšŵéŕ íš ƒíñé. ~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
</context>
<context>
    <name>UrgeLog</name>
    <message>
        <source>{day}, {time} · {summary}</source>
        <translation>[{day}, {time} · {summary} ~·]</translation>
    </message>
    <message>
        <source>Instead: {words}</source>
        <translation>[Íñšŧéáđ: {words} ~·~·]</translation>
    </message>
    <message>
        <source>Later: {words}</source>
        <translation>[Ĺáŧéŕ: {words} ~·~]</translation>
    </message>
</context>
<context>
    <name>UrgeLogView</name>
    <message>
        <source>Every urge you noted, newest first. Noticing one is already a step.</source>
        <translation>[Éṽéŕý úŕğé ýóú ñóŧéđ, ñéŵéšŧ ƒíŕšŧ. Ñóŧíçíñğ óñé íš áĺŕéáđý á šŧéƥ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Logged urges</source>
        <translation>[Ĺóğğéđ úŕğéš ~·~·~]</translation>
    </message>
    <message>
        <source>Nothing logged yet. When the urge to check comes, the “I want to check” button is there for you.</source>
        <translation>[Ñóŧĥíñğ ĺóğğéđ ýéŧ. Ŵĥéñ ŧĥé úŕğé ŧó çĥéçķ çóɱéš, ŧĥé “Í ŵáñŧ ŧó çĥéçķ” ƀúŧŧóñ íš ŧĥéŕé ƒóŕ ýóú. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>I want to check</source>
        <translation>[Í ŵáñŧ ŧó çĥéçķ ~·~·~·]</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>[Çĥáñğé… ~·~]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>[Đéĺéŧé ~·]</translation>
    </message>
    <message>
        <source>Delete this urge (you can undo it straight after)</source>
        <translation>[Đéĺéŧé ŧĥíš úŕğé (ýóú çáñ úñđó íŧ šŧŕáíğĥŧ áƒŧéŕ) ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>[Úñđó ~·]</translation>
    </message>
    <message>
        <source>The change could not be saved just now ({reason}).</source>
        <translation>[Ŧĥé çĥáñğé çóúĺđ ñóŧ ƀé šáṽéđ ĵúšŧ ñóŵ ({reason}). ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It could not be deleted just now ({reason}).</source>
        <translation>[Íŧ çóúĺđ ñóŧ ƀé đéĺéŧéđ ĵúšŧ ñóŵ ({reason}). ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Deleted the urge from today.</source>
        <translation>[Đéĺéŧéđ ŧĥé úŕğé ƒŕóɱ ŧóđáý. ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Deleted the urge from yesterday.</source>
        <translation>[Đéĺéŧéđ ŧĥé úŕğé ƒŕóɱ ýéšŧéŕđáý. ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Deleted the urge from {date}.</source>
        <translation>[Đéĺéŧéđ ŧĥé úŕğé ƒŕóɱ {date}. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>It could not be brought back just now ({reason}).</source>
        <translation>[Íŧ çóúĺđ ñóŧ ƀé ƀŕóúğĥŧ ƀáçķ ĵúšŧ ñóŵ ({reason}). ~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>UrgeSurfDialog</name>
    <message>
        <source>I want to check</source>
        <translation>[Í ŵáñŧ ŧó çĥéçķ ~·~·~·]</translation>
    </message>
    <message>
        <source>Let the urge rise, and let it pass</source>
        <translation>[Ĺéŧ ŧĥé úŕğé ŕíšé, áñđ ĺéŧ íŧ ƥášš ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>An urge is like a wave: it builds, peaks and fades, usually within minutes. You don&apos;t have to act on it yet. Stay with it for a while and see what it does.</source>
        <translation>[Áñ úŕğé íš ĺíķé á ŵáṽé: íŧ ƀúíĺđš, ƥéáķš áñđ ƒáđéš, úšúáĺĺý ŵíŧĥíñ ɱíñúŧéš. Ýóú đóñ&apos;ŧ ĥáṽé ŧó áçŧ óñ íŧ ýéŧ. Šŧáý ŵíŧĥ íŧ ƒóŕ á ŵĥíĺé áñđ šéé ŵĥáŧ íŧ đóéš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>[Ƥáúšé ~·]</translation>
    </message>
    <message>
        <source>Stop and log it</source>
        <translation>[Šŧóƥ áñđ ĺóğ íŧ ~·~·~·]</translation>
    </message>
    <message>
        <source>End the timer now and note how it went</source>
        <translation>[Éñđ ŧĥé ŧíɱéŕ ñóŵ áñđ ñóŧé ĥóŵ íŧ ŵéñŧ ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Minutes on the timer</source>
        <translation>[Ṁíñúŧéš óñ ŧĥé ŧíɱéŕ ~·~·~·~·]</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after the minutes</comment>
        <translation> [ɱíñ ~]</translation>
    </message>
    <message>
        <source>How long the timer runs; kept for next time</source>
        <translation>[Ĥóŵ ĺóñğ ŧĥé ŧíɱéŕ ŕúñš; ķéƥŧ ƒóŕ ñéẋŧ ŧíɱé ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Keep the circle still</source>
        <translation>[Ķééƥ ŧĥé çíŕçĺé šŧíĺĺ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Less movement on screen; kept for next time</source>
        <translation>[Ĺéšš ɱóṽéɱéñŧ óñ šçŕééñ; ķéƥŧ ƒóŕ ñéẋŧ ŧíɱé ~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>[Ŧíɱéŕ: ~·]</translation>
    </message>
    <message>
        <source>While you wait, you could…</source>
        <translation>[Ŵĥíĺé ýóú ŵáíŧ, ýóú çóúĺđ… ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>[{time} ĺéƒŧ ~·]</translation>
    </message>
    <message>
        <source>Paused. Carry on whenever you are ready.</source>
        <translation>[Ƥáúšéđ. Çáŕŕý óñ ŵĥéñéṽéŕ ýóú áŕé ŕéáđý. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Breathe slowly, with a longer out-breath.</source>
        <translation>[Ɓŕéáŧĥé šĺóŵĺý, ŵíŧĥ á ĺóñğéŕ óúŧ-ƀŕéáŧĥ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation>[Ɓŕéáŧĥé íñ… ~·~·]</translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation>[Ɓŕéáŧĥé óúŧ… ~·~·~]</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>[Ŕéšúɱé ~·]</translation>
    </message>
    <message>
        <source>A few quick questions, so you can see over the weeks how these moments go. There are no wrong answers.</source>
        <translation>[Á ƒéŵ ɋúíçķ ɋúéšŧíóñš, šó ýóú çáñ šéé óṽéŕ ŧĥé ŵééķš ĥóŵ ŧĥéšé ɱóɱéñŧš ğó. Ŧĥéŕé áŕé ñó ŵŕóñğ áñšŵéŕš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>[Šáṽé ~·]</translation>
    </message>
    <message>
        <source>Back to the timer</source>
        <translation>[Ɓáçķ ŧó ŧĥé ŧíɱéŕ ~·~·~·~]</translation>
    </message>
    <message>
        <source>Don&apos;t log this one</source>
        <translation>[Đóñ&apos;ŧ ĺóğ ŧĥíš óñé ~·~·~·~]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>[, ~] </translation>
    </message>
    <message>
        <source>It could not be saved just now ({reason}). Your answers are still here; try again in a moment.</source>
        <translation>[Íŧ çóúĺđ ñóŧ ƀé šáṽéđ ĵúšŧ ñóŵ ({reason}). Ýóúŕ áñšŵéŕš áŕé šŧíĺĺ ĥéŕé; ŧŕý áğáíñ íñ á ɱóɱéñŧ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your answers from last time are still here. Save them or let them go, and the timer starts.</source>
        <translation>[Ýóúŕ áñšŵéŕš ƒŕóɱ ĺášŧ ŧíɱé áŕé šŧíĺĺ ĥéŕé. Šáṽé ŧĥéɱ óŕ ĺéŧ ŧĥéɱ ğó, áñđ ŧĥé ŧíɱéŕ šŧáŕŧš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>UrgeTimer</name>
    <message>
        <source>The time is up. You stayed with the urge the whole way through.</source>
        <translation>[Ŧĥé ŧíɱé íš úƥ. Ýóú šŧáýéđ ŵíŧĥ ŧĥé úŕğé ŧĥé ŵĥóĺé ŵáý ŧĥŕóúğĥ. ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>You paused before acting. That counts.</source>
        <translation>[Ýóú ƥáúšéđ ƀéƒóŕé áçŧíñğ. Ŧĥáŧ çóúñŧš. ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message numerus="yes">
        <source>You stayed with the urge for %n minutes.</source>
        <translation>
            <numerusform>[Ýóú šŧáýéđ ŵíŧĥ ŧĥé úŕğé ƒóŕ %n ɱíñúŧé. ~·~·~·~·~·~·~·~]</numerusform>
            <numerusform>[Ýóú šŧáýéđ ŵíŧĥ ŧĥé úŕğé ƒóŕ %n ɱíñúŧéš. ~·~·~·~·~·~·~·~]</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged. You let that one pass.</source>
        <translation>[Ĺóğğéđ. Ýóú ĺéŧ ŧĥáŧ óñé ƥášš. ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Logged. Thank you for noticing it.</source>
        <translation>[Ĺóğğéđ. Ŧĥáñķ ýóú ƒóŕ ñóŧíçíñğ íŧ. ~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>UrgeWords</name>
    <message>
        <source>Check their phone</source>
        <translation>[Çĥéçķ ŧĥéíŕ ƥĥóñé ~·~·~·~]</translation>
    </message>
    <message>
        <source>Check where they are</source>
        <translation>[Çĥéçķ ŵĥéŕé ŧĥéý áŕé ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Look at their social media</source>
        <translation>[Ĺóóķ áŧ ŧĥéíŕ šóçíáĺ ɱéđíá ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Ask again for reassurance</source>
        <translation>[Ášķ áğáíñ ƒóŕ ŕéáššúŕáñçé ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Question them closely</source>
        <translation>[Ɋúéšŧíóñ ŧĥéɱ çĺóšéĺý ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>[Šóɱéŧĥíñğ éĺšé ~·~·~·]</translation>
    </message>
    <message>
        <source>an urge to check their phone</source>
        <translation>[áñ úŕğé ŧó çĥéçķ ŧĥéíŕ ƥĥóñé ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>an urge to check where they are</source>
        <translation>[áñ úŕğé ŧó çĥéçķ ŵĥéŕé ŧĥéý áŕé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>an urge to look at their social media</source>
        <translation>[áñ úŕğé ŧó ĺóóķ áŧ ŧĥéíŕ šóçíáĺ ɱéđíá ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>an urge to ask again for reassurance</source>
        <translation>[áñ úŕğé ŧó ášķ áğáíñ ƒóŕ ŕéáššúŕáñçé ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>an urge to question them closely</source>
        <translation>[áñ úŕğé ŧó ɋúéšŧíóñ ŧĥéɱ çĺóšéĺý ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>an urge to do something else</source>
        <translation>[áñ úŕğé ŧó đó šóɱéŧĥíñğ éĺšé ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>I let it pass</source>
        <translation>[Í ĺéŧ íŧ ƥášš ~·~·~]</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>[Ƥáŕŧĺý ~·]</translation>
    </message>
    <message>
        <source>I acted on it</source>
        <translation>[Í áçŧéđ óñ íŧ ~·~·~]</translation>
    </message>
    <message>
        <source>let it pass</source>
        <translation>[ĺéŧ íŧ ƥášš ~·~·]</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>[ƥáŕŧĺý ~·]</translation>
    </message>
    <message>
        <source>acted on it</source>
        <translation>[áçŧéđ óñ íŧ ~·~·]</translation>
    </message>
    <message>
        <source>{value} · barely there</source>
        <translation>[{value} · ƀáŕéĺý ŧĥéŕé ~·~·~·]</translation>
    </message>
    <message>
        <source>{value} · as strong as it gets</source>
        <translation>[{value} · áš šŧŕóñğ áš íŧ ğéŧš ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>an urge: “{words}”</source>
        <translation>[áñ úŕğé: “{words}” ~·~·]</translation>
    </message>
    <message>
        <source>{count} s</source>
        <comment>seconds</comment>
        <translation>[{count} š ~]</translation>
    </message>
    <message>
        <source>{count} min</source>
        <comment>minutes</comment>
        <translation>[{count} ɱíñ ~·]</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>[Ŧóđáý ~·]</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>[Ýéšŧéŕđáý ~·~·]</translation>
    </message>
    <message>
        <source>{kind} · strength {peak} · {outcome} · {time} with the timer</source>
        <translation>[{kind} · šŧŕéñğŧĥ {peak} · {outcome} · {time} ŵíŧĥ ŧĥé ŧíɱéŕ ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{kind} · strength {peak} · {outcome}</source>
        <translation>[{kind} · šŧŕéñğŧĥ {peak} · {outcome} ~·~·~·]</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Check-in saved. Thank you for taking a minute.</source>
        <translation>[Çĥéçķ-íñ šáṽéđ. Ŧĥáñķ ýóú ƒóŕ ŧáķíñğ á ɱíñúŧé. ~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>SQLite&apos;s check found damage inside {file}, so it cannot be used safely as it is.</source>
        <translation>[ŠɊĹíŧé&apos;š çĥéçķ ƒóúñđ đáɱáğé íñšíđé {file}, šó íŧ çáññóŧ ƀé úšéđ šáƒéĺý áš íŧ íš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>WindowLocking</name>
    <message>
        <source>Locked, but the latest changes are not saved yet.</source>
        <translation>[Ĺóçķéđ, ƀúŧ ŧĥé ĺáŧéšŧ çĥáñğéš áŕé ñóŧ šáṽéđ ýéŧ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Converting your journal… This can take a little while.</source>
        <translation>[Çóñṽéŕŧíñğ ýóúŕ ĵóúŕñáĺ… Ŧĥíš çáñ ŧáķé á ĺíŧŧĺé ŵĥíĺé. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation>[Ýóúŕ ĺáŧéšŧ çĥáñğéš áŕé ñóŧ šáṽéđ ~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>The journal could not be written just now, so your latest changes are only in the editor. Keep the window open to try again (for example after freeing disk space), or close and lose those changes.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ çóúĺđ ñóŧ ƀé ŵŕíŧŧéñ ĵúšŧ ñóŵ, šó ýóúŕ ĺáŧéšŧ çĥáñğéš áŕé óñĺý íñ ŧĥé éđíŧóŕ. Ķééƥ ŧĥé ŵíñđóŵ óƥéñ ŧó ŧŕý áğáíñ (ƒóŕ éẋáɱƥĺé áƒŧéŕ ƒŕééíñğ đíšķ šƥáçé), óŕ çĺóšé áñđ ĺóšé ŧĥóšé çĥáñğéš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>[Ŧóđáý&apos;š ƀáçķúƥ çóúĺđ ñóŧ ƀé ɱáđé: {reason} ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal failed its integrity check.</source>
        <translation>[Ŧĥé ĵóúŕñáĺ ƒáíĺéđ íŧš íñŧéğŕíŧý çĥéçķ. ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>The journal looks damaged</source>
        <translation>[Ŧĥé ĵóúŕñáĺ ĺóóķš đáɱáğéđ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>TrustJournal found damage in the journal file while checking it. To keep it from getting worse, it is closed now; the file has not been changed. Next you can restore your latest backup, or save a copy of what can still be read.</source>
        <translation>[TrustJournal ƒóúñđ đáɱáğé íñ ŧĥé ĵóúŕñáĺ ƒíĺé ŵĥíĺé çĥéçķíñğ íŧ. Ŧó ķééƥ íŧ ƒŕóɱ ğéŧŧíñğ ŵóŕšé, íŧ íš çĺóšéđ ñóŵ; ŧĥé ƒíĺé ĥáš ñóŧ ƀééñ çĥáñğéđ. Ñéẋŧ ýóú çáñ ŕéšŧóŕé ýóúŕ ĺáŧéšŧ ƀáçķúƥ, óŕ šáṽé á çóƥý óƒ ŵĥáŧ çáñ šŧíĺĺ ƀé ŕéáđ. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>WorriesDueCard</name>
    <message>
        <source>Time to look again</source>
        <translation>[Ŧíɱé ŧó ĺóóķ áğáíñ ~·~·~·~]</translation>
    </message>
    <message>
        <source>You wrote these fears down to check them later. Today is the day: what actually happened?</source>
        <translation>[Ýóú ŵŕóŧé ŧĥéšé ƒéáŕš đóŵñ ŧó çĥéçķ ŧĥéɱ ĺáŧéŕ. Ŧóđáý íš ŧĥé đáý: ŵĥáŧ áçŧúáĺĺý ĥáƥƥéñéđ? ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Noted: this fear did not come true. Worth remembering next time it visits.</source>
        <translation>[Ñóŧéđ: ŧĥíš ƒéáŕ đíđ ñóŧ çóɱé ŧŕúé. Ŵóŕŧĥ ŕéɱéɱƀéŕíñğ ñéẋŧ ŧíɱé íŧ ṽíšíŧš. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Noted: partly. Real life is often somewhere in between.</source>
        <translation>[Ñóŧéđ: ƥáŕŧĺý. Ŕéáĺ ĺíƒé íš óƒŧéñ šóɱéŵĥéŕé íñ ƀéŧŵééñ. ~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Noted. That sounds hard; writing about it may help.</source>
        <translation>[Ñóŧéđ. Ŧĥáŧ šóúñđš ĥáŕđ; ŵŕíŧíñğ áƀóúŧ íŧ ɱáý ĥéĺƥ. ~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
</context>
<context>
    <name>WorriesTab</name>
    <message>
        <source>Not looked at again yet</source>
        <translation>[Ñóŧ ĺóóķéđ áŧ áğáíñ ýéŧ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{sure} % sure · {outcome}</source>
        <translation>[{sure} % šúŕé · {outcome} ~·~·]</translation>
    </message>
    <message>
        <source>{sure} % sure · look again today</source>
        <translation>[{sure} % šúŕé · ĺóóķ áğáíñ ŧóđáý ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{sure} % sure · look again on {date}</source>
        <translation>[{sure} % šúŕé · ĺóóķ áğáíñ óñ {date} ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{sure} % sure · ready to look again (since {date})</source>
        <translation>[{sure} % šúŕé · ŕéáđý ŧó ĺóóķ áğáíñ (šíñçé {date}) ~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>[{value} % ~]</translation>
    </message>
    <message>
        <source>No worries written down. When a fear comes, writing it here and looking again later shows how often fears come true.</source>
        <translation>[Ñó ŵóŕŕíéš ŵŕíŧŧéñ đóŵñ. Ŵĥéñ á ƒéáŕ çóɱéš, ŵŕíŧíñğ íŧ ĥéŕé áñđ ĺóóķíñğ áğáíñ ĺáŧéŕ šĥóŵš ĥóŵ óƒŧéñ ƒéáŕš çóɱé ŧŕúé. ~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What I&apos;m afraid will happen</source>
        <translation>[Ŵĥáŧ Í&apos;ɱ áƒŕáíđ ŵíĺĺ ĥáƥƥéñ ~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What I&apos;m afraid will happen — e.g. “They&apos;ll cancel our weekend”</source>
        <translation>[Ŵĥáŧ Í&apos;ɱ áƒŕáíđ ŵíĺĺ ĥáƥƥéñ — é.ğ. “Ŧĥéý&apos;ĺĺ çáñçéĺ óúŕ ŵééķéñđ” ~·~·~·~·~·~·~·~·~·~·~·~·~]</translation>
    </message>
    <message>
        <source>How sure I am, in percent</source>
        <translation>[Ĥóŵ šúŕé Í áɱ, íñ ƥéŕçéñŧ ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>When to look again</source>
        <translation>[Ŵĥéñ ŧó ĺóóķ áğáíñ ~·~·~·~]</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>[Ŵĥáŧ áçŧúáĺĺý ĥáƥƥéñéđ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What happened, in my words</source>
        <translation>[Ŵĥáŧ ĥáƥƥéñéđ, íñ ɱý ŵóŕđš ~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>What happened, in your words (optional)</source>
        <translation>[Ŵĥáŧ ĥáƥƥéñéđ, íñ ýóúŕ ŵóŕđš (óƥŧíóñáĺ) ~·~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>How sure I am</source>
        <translation>[Ĥóŵ šúŕé Í áɱ ~·~·~]</translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation>[Ĺóóķ áğáíñ óñ ~·~·~]</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>[Ŵĥáŧ ĥáƥƥéñéđ ~·~·~]</translation>
    </message>
    <message>
        <source>Save worry</source>
        <translation>[Šáṽé ŵóŕŕý ~·~·]</translation>
    </message>
    <message>
        <source>Your worries</source>
        <translation>[Ýóúŕ ŵóŕŕíéš ~·~·~]</translation>
    </message>
    <message>
        <source>The worry was deleted.</source>
        <translation>[Ŧĥé ŵóŕŕý ŵáš đéĺéŧéđ. ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>Waiting to look again</source>
        <translation>[Ŵáíŧíñğ ŧó ĺóóķ áğáíñ ~·~·~·~·]</translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation>[Ĺóóķéđ áŧ áğáíñ ~·~·~·]</translation>
    </message>
    <message>
        <source>A worry from {date}</source>
        <translation>[Á ŵóŕŕý ƒŕóɱ {date} ~·~·~]</translation>
    </message>
    <message>
        <source>A new worry</source>
        <translation>[Á ñéŵ ŵóŕŕý ~·~·]</translation>
    </message>
</context>
<context>
    <name>WorryRow</name>
    <message>
        <source>Written on {date} · you were {sure} % sure</source>
        <translation>[Ŵŕíŧŧéñ óñ {date} · ýóú ŵéŕé {sure} % šúŕé ~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>[Ĺóóķ áğáíñ ~·~·]</translation>
    </message>
    <message>
        <source>Look again at {worry}</source>
        <translation>[Ĺóóķ áğáíñ áŧ {worry} ~·~·~·]</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>[Ŵĥáŧ áçŧúáĺĺý ĥáƥƥéñéđ ~·~·~·~·~]</translation>
    </message>
    <message>
        <source>What actually happened? (optional)</source>
        <translation>[Ŵĥáŧ áçŧúáĺĺý ĥáƥƥéñéđ? (óƥŧíóñáĺ) ~·~·~·~·~·~·~·]</translation>
    </message>
    <message>
        <source>{answer}: save what happened</source>
        <translation>[{answer}: šáṽé ŵĥáŧ ĥáƥƥéñéđ ~·~·~·~·]</translation>
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
