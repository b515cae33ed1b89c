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
</TS>
