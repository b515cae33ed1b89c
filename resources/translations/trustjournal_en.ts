<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TrustJournal is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty. The licence&apos;s full text is in the LICENSE file that comes with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, offline journal for working through trust issues in a relationship. No account, no network, no telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder: not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside TrustJournal. Your saved entries are safe. If this keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>Pseudo-locale (en_XA, for testing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time TrustJournal starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <source>Fewer: 3 days, 2 weeks, 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: 7 days, 4 weeks, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: 14 days, 8 weeks, 24 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyWatch</name>
    <message>
        <source>Offer help lines when something I write sounds like harm or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked only on this computer; nothing it notices is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}… (step {step} of {steps})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>App language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises to show first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old daily backups are removed only when newer ones replace them. Backups you make yourself are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep automatic backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no passphrase: anyone who can use this computer account can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is protected, and what is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark words that may be misspelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on this computer only. Words you add are kept inside the journal, encrypted with it when it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set: {daily} days, {weekly} weeks, {monthly} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal writes your journal again under a new key, so that a copy of the old key file and the old passphrase cannot read what you write next. Your recovery key changes too: you will see the new one once. The journal is closed until this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery key stops working, and you will see the new one once. TrustJournal writes your journal again under a new key for this; the journal is closed until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the journal&apos;s folder could not be read ({reason}: {file}), so encrypting could not check that no plain copy would be left. Your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove plain files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files in the journal&apos;s folder hold plain, readable data that cannot be kept in encrypted form:

{files}

Encrypting overwrites and removes them. Go on? (Cancel changes nothing.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal writes an encrypted copy, checks that every entry is in it, and only then replaces the plain file. This can take a little while for a big journal; the journal is closed until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is encrypted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, anyone who can use this computer account or gets a copy of the file can read your journal. Remove it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still encrypted: {file} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their key file was kept as backups/{file}; with your passphrase it still opens them. Keep it while you keep those backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove backups under the old key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups could not be re-encrypted and can be opened only with the old key:

{files}

Remove them? If you keep them, the key file keeps the old key for them (sealed under the new one) until they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups under the old key were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
