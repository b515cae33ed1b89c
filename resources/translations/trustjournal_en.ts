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
    <name>BackupsDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal backs up your journal on each day you use it, and before risky changes such as restoring a backup. Every backup is checked against the journal before it is kept. Backups of an encrypted journal are encrypted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. “Back up now” makes the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file that could not be read, set aside unchanged when a backup was restored. It is never removed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a backup and checked it against your journal: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup from {when} ({kind}).

A backup of your journal as it is now is made first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved, so the backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup… This can take a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}. Your journal as it was is in the backups list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be opened again</source>
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
    <name>Damaged</name>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}. The damaged file is kept, unchanged, as backups/{file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedView</name>
    <message>
        <source>Your journal can&apos;t be opened safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal has not changed the file, and will not write to it. This can happen after a power cut, a full disk or a failing drive. Here is what you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup is from {when} ({kind}). The damaged file is moved into the backups folder first, unchanged, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this journal in its backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is needed to open the encrypted backup or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a readable copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every entry that can still be read into a new journal, in an empty folder you choose. The damaged file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the latest good backup… This can take a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the readable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying what can be read… This can take a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
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
    <name>DesktopEntry</name>
    <message>
        <source>TrustJournal is in your app menu now ({file}); it starts {command}. `trustjournal --remove-desktop-entry` takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed TrustJournal from your app menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal was not in your app menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopLock</name>
    <message>
        <source>It also locks when the computer goes to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when your session is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep and when your session is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep and when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when your session is locked and when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also locks when the computer goes to sleep, when your session is locked and when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop gives no sleep or screen-lock signal that TrustJournal can hear, so it locks only after the time above, or when you lock it.</source>
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
    <name>EntryPickerDialog</name>
    <message>
        <source>Choose entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Untick the entries to leave out. Space ticks and unticks. Only the first %Ln are listed; narrow the dates to see the rest.</source>
        <translation>
            <numerusform>Untick the entries to leave out. Space ticks and unticks. Only the first %Ln is listed; narrow the dates to see the rest.</numerusform>
            <numerusform>Untick the entries to leave out. Space ticks and unticks. Only the first %Ln are listed; narrow the dates to see the rest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick the entries to leave out. Space ticks and unticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Everything, exactly: for moving to another computer or keeping a full copy. TrustJournal can import it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with one text file per entry, readable in any editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries in one text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in, exercise and tracker figures, one row each, for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One web page you can open offline, read and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable packet, e.g. to share with a therapist: choose the dates, the exercises and the entries that go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted, but the exported file will not be: anyone who can open the file can read it. Keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal export {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the two dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick tags to export only entries with any of them; none ticked exports entries with or without tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include entries in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include earlier versions of each entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a short summary of progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the trackers (urges, promises, intentions, worries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those made or settled within the dates: urges logged, promises and how they went, daily intentions, worries and what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out entries one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries will be exported ({left_out} left out by hand).</source>
        <translation>
            <numerusform>%Ln entry will be exported ({left_out} left out by hand).</numerusform>
            <numerusform>%Ln entries will be exported ({left_out} left out by hand).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries will be exported.</source>
        <translation>
            <numerusform>%Ln entry will be exported.</numerusform>
            <numerusform>%Ln entries will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to put the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {target}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {target}.</numerusform>
            <numerusform>Exported %Ln entries to {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenView</name>
    <message>
        <source>TrustJournal is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no passphrase, so anyone at this computer can show it again. You can add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Today, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
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
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title then: {then} · now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags then: {then} · now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day then: {then} · now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star then: {then} · now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is the same as now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time this entry was saved with changes, the version before was kept. Pick one to see what has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet. Each time this entry is saved with changes, the version before is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes since then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines marked − are in this version but not in your text now; lines marked + were written since. Changed words are crossed out or in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring is a save like any other: your text as it is now is kept in this history first, so you can always come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is in the trash. Restore it from the trash to bring back an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version could not be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from a TrustJournal export, jrnl (its JSON export), Day One (Journal.json or the exported .zip) or a folder of Markdown files. You see what will be added before anything changes, and entries already in your journal are skipped. A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of Markdown files, one entry each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal exports (*.json *.zip *.md *.markdown *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}: this holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the trackers: {trackers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; your journal is unchanged.</source>
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
    <name>MainWindow</name>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to turn if things feel unsafe (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with the urge for a few minutes before acting on it ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything and lock now ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What TrustJournal protects, and what it can&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal&apos;s backups: make one now, or restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entries as JSON, Markdown, CSV, HTML or a printable PDF ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from another journal ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or save the open exercise for later first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is no longer in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only today&apos;s check-in can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of this entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &amp;not therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not therapy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few ordinary words work well.</source>
        <translation>
            <numerusform>Use at least %n character; a few ordinary words work well.</numerusform>
            <numerusform>Use at least %n characters; a few ordinary words work well.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several ordinary words strung together are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageNames</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
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
    <name>Privacy</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal keeps your journal on this computer and makes no network connections. The full page could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-help journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something you write sounds like self-harm, harm or control, TrustJournal offers its Safety and support panel once. That check runs only on this computer and keeps no record of what it noticed; you can turn it off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop; nothing is left half done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>They were in a new entry that had not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They belong to the entry “{title}” of {day}, which is now in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They belong to the entry “{title}” of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They belong to the entry without a title of {day}, which is now in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They belong to the entry without a title of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Words kept from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TrustJournal closed before these words were saved…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…but they were kept safely inside your journal, so nothing is lost. {where} (Last kept: {when}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words that were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs from the saved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text itself is as it was saved; the title, tags, day or star differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put them in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines marked + hold the words that were not saved; lines marked − are as the entry was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring opens them as a new entry and saves it. If you don&apos;t want them now, they go to the trash, where you can still find them; closing this window does that too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts them back in the entry and saves them; what was saved before stays in its History. If you keep what was saved (or close this window), these words go to its History instead, so you can still bring them back later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>A new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. It is shown only now. Keep it somewhere safe that only you can reach, away from this computer: on paper, or in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored my recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it within a minute: then it is cleared from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this somewhere only you can reach. With it, anyone can open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be saved there: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
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
    <name>SetupView</name>
    <message>
        <source>Welcome to TrustJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Before you start, choose how to protect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who can use your computer account, or gets a copy of the file, can read everything you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move the selected entry to the trash (Journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers: add a promise, intention or worry in the tab shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers: save / put back what was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step of an exercise or check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step of an exercise or check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: show 4 weeks … everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety panel: hide now and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The journal folder {folder} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
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
    <name>UnlockView</name>
    <message>
        <source>TrustJournal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you stored when the journal was made (spaces and dashes don&apos;t matter), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That didn&apos;t open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Check-in saved. Thank you for taking a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>SQLite&apos;s check found damage inside {file}, so it cannot be used safely as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLocking</name>
    <message>
        <source>Locked, but the latest changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting your journal… This can take a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written just now, so your latest changes are only in the editor. Keep the window open to try again (for example after freeing disk space), or close and lose those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal looks damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrustJournal found damage in the journal file while checking it. To keep it from getting worse, it is closed now; the file has not been changed. Next you can restore your latest backup, or save a copy of what can still be read.</source>
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
