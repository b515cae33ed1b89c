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
    <name>CelebrationCard</name>
    <message>
        <source>Read it in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this card away (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proud of it: {pride} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinCard</name>
    <message>
        <source> · </source>
        <comment>between the figures of a check-in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scale} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the feelings named</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feeling} {intensity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings: {feelings}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <source>{date} · {words} · {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} · {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistractionFree</name>
    <message>
        <source>&amp;Distraction-free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the page you are writing on ({shortcut}; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave distraction-free writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this entry belongs to (change it to backdate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown works: **bold**, *italic*, # headings, - lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exercise again with these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the formatted text (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this entry, to compare or bring back ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet — your text is safe here. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History starts once this entry is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry holds the answers of a check-in. Its text is made from them, so change them in the exercise itself; the title, tags, day and star can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry holds the answers of an exercise. Its text is made from them, so change them in the exercise itself; the title, tags, day and star can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version restored. The text you had is kept in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryLink</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {caption}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this entry in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineCheckIn</name>
    <message>
        <source>How are you to&amp;day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 0 to 10 for each question (the next one follows by itself); Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: name your feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: pick feelings and how strong each one is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same check-in one question at a time, in its own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the numbers or the note; it stays one check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{min} · {low}   —   {high} · {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer: hide the feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed could not be kept as a draft just now ({error}). It is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a number for “{question}” too, then save. Any number is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can&apos;t be saved as it is: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be saved just now ({error}). Your answers are still here; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash. Open “Show trash” to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry will be deleted for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the trash will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln entry in the trash will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%Ln entries in the trash will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} The words are still kept and will be offered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved words are in the trash, if you want them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept what was saved; the unsaved words are in the entry&apos;s History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words are back, and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current entry could not be saved, so it stays open. Your text is still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet. Press Ctrl+N, or just start typing on the right.</source>
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
    <name>PerspectiveCard</name>
    <message>
        <source>Who is this journal about, for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It only changes which exercises come first. Every exercise stays open to you, and you can change this any time.</source>
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
    <name>SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed ({error_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching tracker records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries found; some of your trackers match, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln matches: the best ones, or the newest when very many entries match. Add a word or a filter to narrow.</source>
        <translation>
            <numerusform>Showing %Ln match: the best one, or the newest when very many entries match. Add a word or a filter to narrow.</numerusform>
            <numerusform>Showing %Ln matches: the best ones, or the newest when very many entries match. Add a word or a filter to narrow.</numerusform>
        </translation>
    </message>
    <message>
        <source>{words}
{kind} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In your trackers (the newest %Ln)</source>
        <translation>
            <numerusform>In your trackers (the newest %Ln)</numerusform>
            <numerusform>In your trackers (the newest %Ln)</numerusform>
        </translation>
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
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayCards</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Something for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whenever you like, write a few lines about how things are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still up? Be gentle with yourself tonight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry for today (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal lives only on this computer. Nothing you write here is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. This is a private place to notice what you feel and think, at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have written %n entries today. {total} in your journal so far.</source>
        <translation>
            <numerusform>You have written %n entry today. {total} in your journal so far.</numerusform>
            <numerusform>You have written %n entries today. {total} in your journal so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in your journal so far.</source>
        <translation>
            <numerusform>%Ln entry in your journal so far.</numerusform>
            <numerusform>%Ln entries in your journal so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a few lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years_ago} · {day} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet, and that&apos;s fine. When you write, your latest entries wait for you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small victory, noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done for seeing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingEdit</name>
    <message>
        <source>Write whatever is on your mind. There is no right way to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never mark this word again in this journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
