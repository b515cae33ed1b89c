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
    <name>AlternativeRow</name>
    <message>
        <source>Tick it if you do it; it goes into your log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write now</source>
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
    <name>BackupLabels</name>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup you made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file, kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows saved from a damaged copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an app update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before removing encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
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
    <message numerus="yes">
        <source>Your journal will be replaced by the backup from {when} ({kind}, %Ln entries).

A backup of your journal as it is now is made first, so you can come back to it from this list.</source>
        <translation>
            <numerusform>Your journal will be replaced by the backup from {when} ({kind}, %Ln entry).

A backup of your journal as it is now is made first, so you can come back to it from this list.</numerusform>
            <numerusform>Your journal will be replaced by the backup from {when} ({kind}, %Ln entries).

A backup of your journal as it is now is made first, so you can come back to it from this list.</numerusform>
        </translation>
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
    <name>BreathingCircle</name>
    <message>
        <source>Breathing circle</source>
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
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact figures behind the chart, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries, {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries, {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>a period of several weeks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series}, {when}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (weekly average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date}: %n entries</source>
        <translation>
            <numerusform>{date}: %n entry</numerusform>
            <numerusform>{date}: %n entries</numerusform>
        </translation>
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
    <name>Checkin</name>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you trust your partner today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 — steadier than yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How anxious do you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — a bit jumpy this morning, calmer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close to your partner do you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 — we laughed a lot over dinner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How trusted did you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — they asked where I was, but believed me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the distrust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heavy did the distrust between you feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 — I kept bracing for the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, hardly there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own needs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well were your own needs met today (rest, friends, being heard)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — I cancelled my run to stay home again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the distrust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my own needs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute a day to notice how you are. Over weeks, these small notes show the shape of things better than any single hard day can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any feelings you&apos;d like to name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hopeful 60, calm 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else about today, in one line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We planned the weekend together without a single argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} {value}</source>
        <comment>one answer in a check-in&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in · {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the answers in a check-in&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected (feeling id, intensity) pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
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
    <name>Choices</name>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} in your own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>permission denied: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command stopped on an unexpected problem ({error}); nothing it was in the middle of was saved. Please report it if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a journal at {path}; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an encrypted journal at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a journal at {path}. It is not encrypted: anyone who can open your files can read it. `trustjournal encrypt` adds a passphrase at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the recovery key with ${variable}, or run the command in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. The journal was written again under a new key, so a copy of the old key file with the old passphrase or the old recovery key cannot read what you write from now on. Your old recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new recovery key; the old one no longer works. The journal was written again under a new key, so a copy of the old key file cannot read new entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups could not be re-encrypted and can still be opened only with the old key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept. The key file keeps the old key for them (sealed under the new one). If you delete those files yourself, the old key leaves the key file the next time the journal is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal at {path} is already encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files in the journal&apos;s folder hold plain, readable data that cannot be kept in encrypted form. Encrypting overwrites and removes them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite and remove them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite and remove them: give --yes to agree, or run the command in a terminal to be asked; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing has been changed: the journal is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal at {path} is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plain copy of it is left in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal at {path} and its backups are no longer encrypted: anyone who can open your files can read them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal at {path} is no longer encrypted: anyone who can open your files can read it now. These backups could not be decrypted and are still encrypted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their key file was kept as {file}; with your passphrase it still opens them. Do not delete it while you keep those backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their key file was kept as the key file; with your passphrase it still opens them. Do not delete it while you keep those backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text on standard input is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text on standard input is not UTF-8 (a bad byte at position {position}); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry text: give it as an argument or pipe it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry text is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title (--title) is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags (--tags) is not valid UTF-8 text (a bad byte at character {position}); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to save: the title and the text are both empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give some words to search for, or a --tag/--from/--to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes): it looks cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: damaged. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path}: damaged (%n problems found):</source>
        <translation>
            <numerusform>{path}: damaged (%n problem found):</numerusform>
            <numerusform>{path}: damaged (%n problems found):</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: healthy — {entries}, {trashed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made a backup and checked it against your journal (%n entries, {size}):</source>
        <translation>
            <numerusform>Made a backup and checked it against your journal (%n entry, {size}):</numerusform>
            <numerusform>Made a backup and checked it against your journal (%n entries, {size}):</numerusform>
        </translation>
    </message>
    <message>
        <source>Made a backup and checked it against your journal ({size}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which backup to restore: a name from `trustjournal restore --list`, or --latest for the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a backup&apos;s name or --latest, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from {time} ({label}, %n entries).</source>
        <translation>
            <numerusform>Restored the backup from {time} ({label}, %n entry).</numerusform>
            <numerusform>Restored the backup from {time} ({label}, %n entries).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the backup from {time} ({label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal as it was is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged journal was moved, unchanged, to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed over {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet; `trustjournal backup` makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in {folder}. Restore one with `trustjournal restore NAME`, or the newest with `trustjournal restore --latest`.</source>
        <translation>
            <numerusform>%n in {folder}. Restore one with `trustjournal restore NAME`, or the newest with `trustjournal restore --latest`.</numerusform>
            <numerusform>%n in {folder}. Restore one with `trustjournal restore NAME`, or the newest with `trustjournal restore --latest`.</numerusform>
        </translation>
    </message>
    <message>
        <source>this journal already holds your own entries; demo data goes in a separate folder: use --data-dir /some/empty/folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo entries over {years} (tagged &apos;{tag}&apos;) to {path}.</source>
        <translation>
            <numerusform>Added %n demo entry over {years} (tagged &apos;{tag}&apos;) to {path}.</numerusform>
            <numerusform>Added %n demo entries over {years} (tagged &apos;{tag}&apos;) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD, e.g. 2024-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase cannot be empty; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>please choose a passphrase of at least %n characters (a few words are easiest to remember); nothing has been changed</source>
        <translation>
            <numerusform>please choose a passphrase of at least %n character (a few words are easiest to remember); nothing has been changed</numerusform>
            <numerusform>please choose a passphrase of at least %n characters (a few words are easiest to remember); nothing has been changed</numerusform>
        </translation>
    </message>
    <message>
        <source>give the new passphrase with --new-passphrase-file FILE or ${variable}, or run the command in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases are not the same; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved entry {id} for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y,yes</source>
        <comment>the answers that mean yes to a [y/N] question, separated by commas</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key, shown only this once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe away from this computer. If you forget your passphrase, this key is the only way back into your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal at {path} is not encrypted; `trustjournal encrypt` adds a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCompletion</name>
    <message>
        <source>Print a tab-completion script. bash: add `eval &quot;$(trustjournal completion bash)&quot;` to ~/.bashrc; zsh: the same with zsh, in ~/.zshrc; fish: `trustjournal completion fish &gt; ~/.config/fish/completions/trustjournal.fish`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shell to complete in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliEditor</name>
    <message>
        <source>no editor is set: set $EDITOR (for example EDITOR=nano), or pipe the text in (`trustjournal add &lt; file`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor {editor} could not be started ({reason}); nothing has been saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor stopped with an error (exit code {code}); nothing has been saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the editor saved text that is not UTF-8; nothing has been saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry could not be saved ({error}); your text is kept in {file} until you delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to save: the title and the text are both empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliEntries</name>
    <message>
        <source>the entry&apos;s id, or its first characters (at least 4; `list` shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; reads the new text from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new comma-separated tags (replace the old ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new day for it (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also change the text in $VISUAL or $EDITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete it and its history for good (a backup is made first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask before deleting for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;{given}&apos; is not an entry id: give at least %n characters of one (`trustjournal list` shows them)</source>
        <translation>
            <numerusform>&apos;{given}&apos; is not an entry id: give at least %n character of one (`trustjournal list` shows them)</numerusform>
            <numerusform>&apos;{given}&apos; is not an entry id: give at least %n characters of one (`trustjournal list` shows them)</numerusform>
        </translation>
    </message>
    <message>
        <source>no entry has an id starting with &apos;{prefix}&apos; (`trustjournal list` and `list --trash` show them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one entry has an id starting with &apos;{prefix}&apos;: give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new text from standard input or the editor, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no journal at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that entry is in the trash; restore it in the app to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text on standard input: pipe it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to entry {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in entry {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that entry is an exercise: its text comes from its answers, so change those in the app; its title, tags, day and star can be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that entry is a check-in: its text comes from its answers, so change those in the app; its title, tags, day and star can be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that entry is made from answers: its text comes from its answers, so change those in the app; its title, tags, day and star can be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing would be left: the title and the text would both be empty; `trustjournal delete` moves an entry to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {id} is already in the trash; `--for-good` deletes it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved entry {id} to the trash; the app&apos;s &quot;Show trash&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry {id} ({date}) and its history for good? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entry {id} for good (a backup was made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting for good needs --yes when no one is at a terminal; nothing has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <source>the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file (or folder, for folder formats) to write; - writes a one-file format to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries up to this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries with any of these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these kinds of entry: free, exercise, checkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the exercise entries, only these exercises (other kinds still follow --kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include entries in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include each entry&apos;s earlier versions (formats that keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one combined file instead of a folder (markdown becomes markdown-single)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf: start with a short summary of progress over the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv, pdf: put in the trackers (urges, promises, intentions, worries) made or settled within the dates; on for json and csv, off for the pdf packet unless given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf --summary and --trackers: the first day of the week (default: from the locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what kind of file it is (default: tell from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the file and say what would be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting {done} of %Ln entries…</source>
        <translation>
            <numerusform>Exporting {done} of %Ln entry…</numerusform>
            <numerusform>Exporting {done} of %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking {done} of %Ln entries…</source>
        <translation>
            <numerusform>Checking {done} of %Ln entry…</numerusform>
            <numerusform>Checking {done} of %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %Ln entries…</source>
        <translation>
            <numerusform>Importing {done} of %Ln entry…</numerusform>
            <numerusform>Importing {done} of %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln entries…</source>
        <translation>
            <numerusform>Exporting %Ln entry…</numerusform>
            <numerusform>Exporting %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln entries…</source>
        <translation>
            <numerusform>Checking %Ln entry…</numerusform>
            <numerusform>Checking %Ln entries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln entries…</source>
        <translation>
            <numerusform>Importing %Ln entry…</numerusform>
            <numerusform>Importing %Ln entries…</numerusform>
        </translation>
    </message>
    <message>
        <source>--from is after --to; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to standard output.</source>
        <translation>
            <numerusform>Exported %Ln entry to standard output.</numerusform>
            <numerusform>Exported %Ln entries to standard output.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {path}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}.</numerusform>
            <numerusform>Exported %Ln entries to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: your journal is encrypted, but the exported text is not. Anyone who can open it can read it; keep it somewhere safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: your journal is encrypted, but {file} is not. Anyone who can open it can read it; keep it somewhere safe and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} goes with {formats}; the {format} format has no trackers. Nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out - writes to standard output, but it is closed; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out - writes to standard output, but {format} is a folder of files. Give --out a folder name, or add --single-file for one Markdown file; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} is not text and would garble the terminal: redirect standard output to a file (&gt; packet.pdf) or give --out a file name; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path} ({format}) holds %Ln entries. Nothing was changed; importing it would add {what}.</source>
        <translation>
            <numerusform>{path} ({format}) holds %Ln entry. Nothing was changed; importing it would add {what}.</numerusform>
            <numerusform>{path} ({format}) holds %Ln entries. Nothing was changed; importing it would add {what}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} ({format}) holds %Ln entries. There is no journal here yet ({folder}) and nothing was created or changed; importing it would start one with {what}.</source>
        <translation>
            <numerusform>{path} ({format}) holds %Ln entry. There is no journal here yet ({folder}) and nothing was created or changed; importing it would start one with {what}.</numerusform>
            <numerusform>{path} ({format}) holds %Ln entries. There is no journal here yet ({folder}) and nothing was created or changed; importing it would start one with {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no entries in {path}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: all %Ln entries in {path} are already in the journal.</source>
        <translation>
            <numerusform>Nothing to import: all %Ln entry in {path} are already in the journal.</numerusform>
            <numerusform>Nothing to import: all %Ln entries in {path} are already in the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln titles were longer than {most} characters and were shortened.</source>
        <translation>
            <numerusform>%Ln title was longer than {most} characters and was shortened.</numerusform>
            <numerusform>%Ln titles were longer than {most} characters and were shortened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read (links and special files are left out): {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entries, {skipped} already in the journal, and from the trackers {trackers}.</source>
        <translation>
            <numerusform>Imported %Ln entry, {skipped} already in the journal, and from the trackers {trackers}.</numerusform>
            <numerusform>Imported %Ln entries, {skipped} already in the journal, and from the trackers {trackers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entries, {skipped} already in the journal.</source>
        <translation>
            <numerusform>Imported %Ln entry, {skipped} already in the journal.</numerusform>
            <numerusform>Imported %Ln entries, {skipped} already in the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOpen</name>
    <message>
        <source>{path}: damaged. {reason} It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this journal in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n backups in {folder}; the newest is the {label} from {time}. `trustjournal restore --latest` puts it back (the damaged file is kept aside, unchanged); `trustjournal restore --list` shows them all.</source>
        <translation>
            <numerusform>You have one backup in {folder}; the newest is the {label} from {time}. `trustjournal restore --latest` puts it back (the damaged file is kept aside, unchanged); `trustjournal restore --list` shows them all.</numerusform>
            <numerusform>You have %n backups in {folder}; the newest is the {label} from {time}. `trustjournal restore --latest` puts it back (the damaged file is kept aside, unchanged); `trustjournal restore --list` shows them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what_to_do}; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was typed; nothing has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this journal is encrypted: give its passphrase with --passphrase-file FILE or ${variable}, or run the command in a terminal to be asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>create a journal (with --encrypt, protected by a passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new recovery key for an encrypted journal (the old one stops working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt an existing journal and its backups (prints a recovery key once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the encryption from a journal and its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a new entry from the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the journal&apos;s integrity (exit 0 if healthy, 3 if damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup now, checked against the journal (in the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup back in place of the journal (the journal as it is is kept first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a synthetic demo journal (for trying the app and benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write entries to a file in an open format (json can be imported back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add entries from a file: ours, jrnl, Day One or a Markdown folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print your progress: check-in trends, exercises, thought records, thinking traps, root causes, small victories, urges, promises, intentions, worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one entry in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one entry: its text in $EDITOR (the default), or its title, tags, day or star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move one entry to the trash (restorable in the app), or delete it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a tab-completion script for bash, zsh or fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (else ${variable}, else you are asked twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove, without being asked, backups that could not be re-encrypted under the new key (damaged ones); they are listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, offline journal for working through trust issues. With no command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding the journal (default: $TRUSTJOURNAL_HOME, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase of an encrypted journal from FILE (else ${variable}, else you are asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add TrustJournal (this copy of it) to your app menu, with icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take it out of your app menu again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in the system tray (used at login when reminders are on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt it; prints a recovery key once, to keep somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock with the recovery key instead of the passphrase (else ${variable}, else you are asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree without being asked to overwrite and remove plain files in the journal&apos;s folder that cannot be kept encrypted (they are listed first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry text (kept in your shell&apos;s history: prefer the editor or standard input); read from standard input if &apos;-&apos; or piped, else from $EDITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry&apos;s day (YYYY-MM-DD), default today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the text in $VISUAL or $EDITOR (the default at a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only with this tag (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s name (see --list) or the path to a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the newest backup that checks out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread over how many years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (same seed, same journal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliStats</name>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to {most} (or use --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last N weeks, this one included (default {weeks})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything since the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day of a week (default: from your locale settings, else Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>CSV (check-in, exercise and tracker figures)</source>
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
    <message numerus="yes">
        <source>The latest backup is from {when} ({kind}, %n entries). The damaged file is moved into the backups folder first, unchanged, so nothing is lost.</source>
        <translation>
            <numerusform>The latest backup is from {when} ({kind}, %n entry). The damaged file is moved into the backups folder first, unchanged, so nothing is lost.</numerusform>
            <numerusform>The latest backup is from {when} ({kind}, %n entries). The damaged file is moved into the backups folder first, unchanged, so nothing is lost.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Saved a readable copy with %n entries in {folder}. Some parts of the damaged file could not be read, so a few entries may be missing. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</source>
        <translation>
            <numerusform>Saved a readable copy with %n entry in {folder}. Some parts of the damaged file could not be read, so a few entries may be missing. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</numerusform>
            <numerusform>Saved a readable copy with %n entries in {folder}. Some parts of the damaged file could not be read, so a few entries may be missing. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a readable copy with %n entries in {folder}. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</source>
        <translation>
            <numerusform>Saved a readable copy with %n entry in {folder}. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</numerusform>
            <numerusform>Saved a readable copy with %n entries in {folder}. The damaged file has not been changed. To open the copy, start TrustJournal with: trustjournal --data-dir &quot;{folder}&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayOneFormat</name>
    <message>
        <source>&apos;{field}&apos; holds characters that are not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;uuid&apos; is not a valid id: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no &apos;uuid&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;uuid&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year {year} in &apos;{field}&apos; is outside {min_year}–{max_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;creationDate&apos; is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;text&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;starred&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Day One export (expected an object with an &apos;entries&apos; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip file contains no Journal.json (no Day One journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}/{filename}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large or compressed suspiciously well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses a compression this app cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged in the zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than the zip file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uuid {upper} appears twice (first at {seen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {size_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this zip file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayOneImporter</name>
    <message>
        <source>Day One (JSON or zip export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
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
    <name>DistortionsStep</name>
    <message>
        <source>Tick the suggested ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list of thinking traps is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trap of your own, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a thinking trap of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· suggested from your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}
For example: “{example}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you used sometimes go with: &lt;b&gt;{names}&lt;/b&gt;. This is only a hint from the wording; you know what you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trap you named yourself</source>
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
    <name>ExchangeErrors</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeFormats</name>
    <message>
        <source>No export format &apos;{name}&apos;. Choose one of: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import format &apos;{name}&apos;. Choose one of: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not tell what kind of file this is. Pass --format with one of: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this could be {first} or {second}; pass --format to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message numerus="yes">
        <source>%n urges</source>
        <translation>
            <numerusform>%n urge</numerusform>
            <numerusform>%n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intentions</source>
        <translation>
            <numerusform>%n intention</numerusform>
            <numerusform>%n intentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worries</source>
        <translation>
            <numerusform>%n worry</numerusform>
            <numerusform>%n worries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own exercise versions</source>
        <translation>
            <numerusform>%n own exercise version</numerusform>
            <numerusform>%n own exercise versions</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n titles shortened to {most} characters</source>
        <translation>
            <numerusform>%n title shortened to {most} characters</numerusform>
            <numerusform>%n titles shortened to {most} characters</numerusform>
        </translation>
    </message>
    <message>
        <source>and from the trackers {trackers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{files} and %n more</source>
        <translation>
            <numerusform>{files} and %n more</numerusform>
            <numerusform>{files} and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>; not read (links and special files are left out): {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, {entry}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseAnswers</name>
    <message>
        <source>an own answer must look like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this step has no free-text answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same item is picked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of feelings, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each feeling must look like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label of &apos;{feeling}&apos; must be text of 1 to 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; is not a valid feeling id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intensity of &apos;{feeling}&apos; must be a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; is picked twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected items with the option each is sorted into, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not an item of the list being sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a summary step takes no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at most %Ln characters</source>
        <translation>
            <numerusform>must be at most %Ln character</numerusform>
            <numerusform>must be at most %Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a list of text items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected feeling ids with new ratings, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; was not picked in the step being re-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new rating of &apos;{feeling}&apos; must be a whole number from {least} to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from {least} to {most}, not {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} (my own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choice}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feeling}: {value} out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feeling}: {value} out of 100 (was {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} out of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} out of {most} (was {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (on a scale from {least} to {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (on a scale from {least} to {most}) (was {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseBuilder</name>
    <message>
        <source>I find it hard to trust my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner finds it hard to trust me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of us / not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build your own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name, e.g. “Evening wind-down”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this helps, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <comment>about how many minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of step to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the exercises; what is not saved is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it as it will run; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this exercise (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed step {number} (“{step}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things need fixing before this can be saved or tried; they are marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this exercise are not saved yet and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing you answer here is saved. Esc goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? ({exercise})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate and adapt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate and adapt {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseFileError</name>
    <message>
        <source>step {number} (&apos;{step}&apos;), field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} (&apos;{step}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}, field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;{step}&apos;, field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;{step}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, {place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseModel</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseRun</name>
    <message>
        <source>no such step in this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this exercise takes no prefilled text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this exercise follows no other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the uuid of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this draft is damaged: it has no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this draft belongs to the exercise &apos;{draft}&apos;, not &apos;{exercise}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseRunner</name>
    <message>
        <source>Progress through the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the preview; nothing is saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you wrote and come back to it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (Alt+Right or Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything needed is answered: save without the remaining steps (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished copy could not be read, so this starts fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That answer can&apos;t be kept as it is: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {total} · {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one needs an answer before you go on. Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be kept as a draft just now ({error}). They are still here; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one still needs an answer before the exercise can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from an earlier version of this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise could not be saved just now: {error}

Your answers are still here and kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseTransfer</name>
    <message>
        <source>Exercise files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise could not be written to {file} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it is larger than %Ln KB, far more than any exercise</source>
        <translation>
            <numerusform>it is larger than %Ln KB, far more than any exercise</numerusform>
            <numerusform>it is larger than %Ln KB, far more than any exercise</numerusform>
        </translation>
    </message>
    <message>
        <source>it could not be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{exercise}” is already among your exercises, so nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{exercise}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{exercise}” (as a new exercise of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>“{file}” was not imported, and your journal is unchanged:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”, saved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yours · About %n min · {last_done} · in progress</source>
        <translation>
            <numerusform>Yours · About %n min · {last_done} · in progress</numerusform>
            <numerusform>Yours · About %n min · {last_done} · in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yours · About %n min · {last_done}</source>
        <translation>
            <numerusform>Yours · About %n min · {last_done}</numerusform>
            <numerusform>Yours · About %n min · {last_done}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min · {last_done} · in progress</source>
        <translation>
            <numerusform>About %n min · {last_done} · in progress</numerusform>
            <numerusform>About %n min · {last_done} · in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n min · {last_done}</source>
        <translation>
            <numerusform>About %n min · {last_done}</numerusform>
            <numerusform>About %n min · {last_done}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing first what suits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an exercise of your own from the same kinds of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise from a TOML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the exercise back on your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own exercises could not be read just now ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some exercises could not be read, so they are left out; everything else works.
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or close the exercise you are building first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or save the open exercise for later first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is not installed in this version, so its answers can&apos;t be opened in it. The entry itself is safe and stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “{exercise}”. Esc keeps it for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished exercise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote in it so far will be removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise exported to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{exercise}” from your exercises. Entries you made with it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your journal.</source>
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
    <name>ExportPlacement</name>
    <message>
        <source>{shown} is a journal&apos;s own folder. Exports must go somewhere else, so they can never replace the journal, its key file or its backups. Choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is inside a journal&apos;s own folder ({where}). Exports must go somewhere else, so they can never replace the journal, its key file or its backups. Choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} holds a journal&apos;s own folder ({where}); replacing it would destroy the journal, its key file and its backups. Choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is another name (a link) for one of the journal&apos;s own files; writing there would destroy it. Choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write to the folder {parent}; choose another place. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} already exists; choose another name or allow replacing it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is a link to {pointed}; it is not replaced, and nothing is written through it. Choose the place itself, or another name (on the command line, --out - writes to standard output). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is not a file or a folder (a device, pipe or socket); it cannot be replaced by an export. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is a folder; it cannot be replaced by this export. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} is a file; it cannot be replaced by this export. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} holds things this export does not make (such as {name}), so it is not replaced. Choose a new folder name, or empty it first. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>The {format} format writes a folder and has no one-file form; leave out the single-file choice. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} format writes a folder, which cannot go to standard output. Give --out a folder name, or choose a one-file format (such as markdown with --single-file). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {format} export produced no file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: there was no room to prepare the export in the journal&apos;s folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be prepared ({reason}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the export did not fit in {folder}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot write to {folder} (permission denied); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} appeared while exporting; nothing was replaced. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({reason}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Untitled entry</source>
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
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsStep</name>
    <message>
        <source>Find a feeling… (Enter picks the marked one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feelings list is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong each one is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the feelings that fit; each gets a slider here, from barely there (0) to as strong as it gets (100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering {feeling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering “{feeling}” (entries that used it keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{word}” as your own feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the sliders for {feelings} to keep these %n feelings; until then they count as not answered.</source>
        <translation>
            <numerusform>Move the slider for {feelings} to keep it; until then it counts as not answered.</numerusform>
            <numerusform>Move the slider for {feelings} to keep them; until then they count as not answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>How strong: {feeling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {feeling}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feeling matches yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter picks this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter picks: {feeling} (↑ ↓ for another)</source>
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
    <name>HtmlExport</name>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {day}</source>
        <translation>
            <numerusform>%n entry · {day}</numerusform>
            <numerusform>%n entries · {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {first} to {last}</source>
        <translation>
            <numerusform>%n entry · {first} to {last}</numerusform>
            <numerusform>%n entries · {first} to {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>A private journal. Please keep this file somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entries in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlExporter</name>
    <message>
        <source>HTML (one page to read or print)</source>
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
    <message numerus="yes">
        <source>{format}: all %Ln entries are already in your journal. There is nothing new to import.</source>
        <translation>
            <numerusform>{format}: the %Ln entry is already in your journal. There is nothing new to import.</numerusform>
            <numerusform>{format}: all %Ln entries are already in your journal. There is nothing new to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>{format}: this holds no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln entries to your journal.</source>
        <translation>
            <numerusform>Added %Ln entry to your journal.</numerusform>
            <numerusform>Added %Ln entries to your journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there and were skipped.</source>
        <translation>
            <numerusform>%Ln was already there and was skipped.</numerusform>
            <numerusform>%Ln were already there and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the trackers: {trackers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entries</source>
        <translation>
            <numerusform>Imported %Ln entry</numerusform>
            <numerusform>Imported %Ln entries</numerusform>
        </translation>
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
    <name>ImportErrors</name>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is not a UUID: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {value} (expected free, exercise or checkin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds characters that are not text (lone surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;{field}&apos; is longer than %n characters</source>
        <translation>
            <numerusform>&apos;{field}&apos; is longer than %n character</numerusform>
            <numerusform>&apos;{field}&apos; is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date {date} is out of range (years {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range (it cannot be placed in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date and time with a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; ({date}) is out of range (years {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the entry has %Ln tags; at most {most} are allowed</source>
        <translation>
            <numerusform>the entry has %Ln tag; at most {most} are allowed</numerusform>
            <numerusform>the entry has %Ln tags; at most {most} are allowed</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric {metric} has a value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric {metric} has a value that is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; hold characters that are not text (lone surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; hold a value that is not JSON or a number that is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;answers&apos; are nested more than %n levels deep</source>
        <translation>
            <numerusform>&apos;answers&apos; are nested more than %n level deep</numerusform>
            <numerusform>&apos;answers&apos; are nested more than %n levels deep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;answers&apos; hold more than %Ln values</source>
        <translation>
            <numerusform>&apos;answers&apos; hold more than %Ln value</numerusform>
            <numerusform>&apos;answers&apos; hold more than %Ln values</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;answers&apos; have a key that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the entry has more than %Ln metrics</source>
        <translation>
            <numerusform>the entry has more than %Ln metric</numerusform>
            <numerusform>the entry has more than %Ln metrics</numerusform>
        </translation>
    </message>
    <message>
        <source>every metric needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric {metric} has a label that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>metric {metric} has a label longer than %n characters</source>
        <translation>
            <numerusform>metric {metric} has a label longer than %n character</numerusform>
            <numerusform>metric {metric} has a label longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>revision {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportParsing</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {kind}, not a file; only regular files are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a symbolic link; links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not UTF-8 text (bad byte at position {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is longer than {max_number_chars} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is written with too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {text} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is nested more than {max_depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range (it cannot be placed in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date and time text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date and time like 2024-03-18T21:04:00Z: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a date like 2024-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date like 2024-03-18: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same id as entry {number}: ids must be unique in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is {kind}, not a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal already has an intention for {date}, and a day has one; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intention {number} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version} of your own exercise &apos;{exercise}&apos; is in the journal with other questions; the journal keeps every version as it was saved, so nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own exercise {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changed while it was being checked; nothing was imported. Try again once nothing is writing to it.</source>
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
    <name>IntentionCard</name>
    <message>
        <source>It went: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went: partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went: not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small thing you&apos;ll do today to build trust — e.g. “Say where I&apos;ll be tonight” or “Ask before assuming.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today to build trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set today&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change today&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? Any answer is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today you meant to: {intention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday you meant to: {intention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {date} you meant to: {intention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted — well done for following through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Part of the way still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Some days are like that; today is new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntentionsTab</name>
    <message>
        <source>Not looked back on yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intentions yet. One small thing a day is plenty — e.g. “Ask instead of assuming.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today to build trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I&apos;ll do today to build trust — e.g. “Tell them how my day really was”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intention was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s intention</source>
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
    <name>JrnlFormat</name>
    <message>
        <source>the data is nested more than {levels} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a jrnl export (expected an object with an &apos;entries&apos; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be an object of tag counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text, not {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds characters that are not text (lone surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;date&apos; must be a date like 2024-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date like 2024-03-18: {date_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year {year} is outside {min_year}–{max_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;time&apos; must be a time like 21:04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;time&apos; is not a time like 21:04: {time_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;starred&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;uuid&apos; is not a valid id: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has two &apos;entries&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more data after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {entry_id} appears twice (also entry {own_ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JrnlImporter</name>
    <message>
        <source>jrnl (JSON export)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>JSON (complete, can be imported back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date like 2024-03-18: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a UTC time like 2024-03-18T21:04:00Z: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;answers&apos; are nested more than {max_answer_depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (this reader knows format version {version}; is the file from a newer TrustJournal?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;{field}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry must be an object, not {value_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a TrustJournal export (no JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; comes after &apos;entries&apos;; the tracker lists must come before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has two &apos;{key}&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has two &apos;entries&apos; lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more data after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &apos;entries&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a TrustJournal export (&apos;format&apos; must come first and be &quot;{format}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is format version {version}, from a newer TrustJournal; this one reads version {version2}. Update TrustJournal to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same uuid as entry {earlier}: ids must be unique in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} ({uuid})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>TrustJournal JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be {expected}, not {value_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not UTF-8 text (bad byte at position {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: expected {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON: expected a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one entry is larger than {value} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON ({error})</source>
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
    <name>ListStep</name>
    <message>
        <source>Press Enter for another line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}, item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
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
    <name>MarkdownExport</name>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownFileExporter</name>
    <message>
        <source>Markdown (one combined file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownFolder</name>
    <message>
        <source>the front matter is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line {line}: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year {year} in {what} is outside {min_year}–{max_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;date&apos; in the front matter must be a date like 2024-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;date&apos; in the front matter is not a date like 2024-03-18: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name has an impossible date: {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; in the front matter must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; holds characters that are not text (lone surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tags&apos; in the front matter must be a list or a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;starred&apos; in the front matter must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;uuid&apos; in the front matter is not a valid id: {shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; in the front matter must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders are nested more than {max_folder_depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (a symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it became a symbolic link while the folder was read; links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (it was replaced while the folder was read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is larger than {size_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder holds no .md, .markdown or .txt files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uuid {uuid} is also used by {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every note in this folder is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date in front matter or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownFolderExporter</name>
    <message>
        <source>Markdown (a folder, one file per entry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownFolderImporter</name>
    <message>
        <source>Markdown folder</source>
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
    <name>OwnExercises</name>
    <message>
        <source>your exercise &apos;{exercise}&apos; (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>is too large to be an exercise (more than %Ln KB)</source>
        <translation>
            <numerusform>is too large to be an exercise (more than %Ln KB)</numerusform>
            <numerusform>is too large to be an exercise (more than %Ln KB)</numerusform>
        </translation>
    </message>
    <message>
        <source>is not valid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the app&apos;s own exercises can follow up another exercise; remove this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the id of an exercise that comes with the app, so it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} (my version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnFeelings</name>
    <message>
        <source>Your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the word first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep it to %n characters or fewer.</source>
        <translation>
            <numerusform>Keep it to %n character or fewer.</numerusform>
            <numerusform>Keep it to %n characters or fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{word}” is already in the list of feelings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” is already one of your own words.</source>
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
    <name>PassphraseHints</name>
    <message>
        <source>Choose a passphrase: a few words you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is one of the first things anyone would try. A few unrelated words work much better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats and runs like that are easy to guess. Try a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A bit short: use at least %n characters. A few words are easier to remember than symbols.</source>
        <translation>
            <numerusform>A bit short: use at least %n character. A few words are easier to remember than symbols.</numerusform>
            <numerusform>A bit short: use at least %n characters. A few words are easier to remember than symbols.</numerusform>
        </translation>
    </message>
    <message>
        <source>A good start. Another word or two would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. One more word would make it very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong. Make sure it is one you will remember.</source>
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
    <name>PdfExport</name>
    <message>
        <source>PDF export needs Qt&apos;s GUI module, but only a console Qt application is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entries in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private document. It holds personal journal entries shared in confidence; please do not copy or pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>PDF (a printable packet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTrackers</name>
    <message>
        <source>checking the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questioning them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges to check, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges were logged in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n urges were logged; {resisted} of them passed without acting on them.</source>
        <translation>
            <numerusform>%n urge was logged; {resisted} of them passed without acting on them.</numerusform>
            <numerusform>%n urges were logged; {resisted} of them passed without acting on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average strength (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the urges were: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises were noted in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intentions were set in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries and what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worries were written down in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look at again on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the %n looked at again that were written at least 80 % sure, {came} came true.</source>
        <translation>
            <numerusform>Of the %n looked at again that were written at least 80 % sure, {came} came true.</numerusform>
            <numerusform>Of the %n looked at again that were written at least 80 % sure, {came} came true.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trackers</source>
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
    <name>PerspectiveCombo</name>
    <message>
        <source>I find it hard to trust my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner finds it hard to trust me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both, or I&apos;m not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose trust this journal is about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>{score} (was {before})</source>
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
    <name>ProgressCaptions</name>
    <message>
        <source>Do a check-in to start seeing trends. A minute a day is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises you finish will show up here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a “Challenge a thought” exercise to see how much a thought loosens its grip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking traps you spot in “Challenge a thought” will be counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do “Get to the root” to see where distrust tends to come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your “mostly here or mostly my past” answers from “Get to the root” will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrate a small victory, however small, and it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days you write or check in will light up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sense of being trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the distrust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sense that your own needs were met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sense of being trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the distrust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sense that your own needs were met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly about here (between you two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly about your past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> </source>
        <comment>between sentences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message>
        <source>Each bar covers two weeks, so the whole range fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar covers four weeks, so the whole range fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar covers a quarter of a year (13 weeks), so the whole range fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar covers half a year (26 weeks), so the whole range fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar covers a year, so the whole range fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each bar covers %n weeks, so the whole range fits.</source>
        <translation>
            <numerusform>Each bar covers %n week, so the whole range fits.</numerusform>
            <numerusform>Each bar covers %n weeks, so the whole range fits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over about %Ln years</source>
        <translation>
            <numerusform>over about %Ln year</numerusform>
            <numerusform>over about %Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln weeks</source>
        <translation>
            <numerusform>over %Ln week</numerusform>
            <numerusform>over %Ln weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} stayed about the same (around {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average {name} rose from {first} to {last} {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your average {name} fell from {first} to {last} {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} was higher in recent weeks ({first} → {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} was lower in recent weeks ({first} → {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>a check-in question and its average, in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One check-in so far ({values}). A few more, on different days, and a trend will start to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages so far: {values}. A trend shows once there are check-ins from more than one week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {value} (one week of answers so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard weeks are part of it, and every check-in still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You finished %Ln exercises {span}: {name}.</source>
        <translation>
            <numerusform>You finished %Ln exercise {span}: {name}.</numerusform>
            <numerusform>You finished %Ln exercises {span}: {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You finished %Ln exercises {span}, most often {name} ({count}).</source>
        <translation>
            <numerusform>You finished %Ln exercise {span}, most often {name} ({count}).</numerusform>
            <numerusform>You finished %Ln exercises {span}, most often {name} ({count}).</numerusform>
        </translation>
    </message>
    <message>
        <source>belief in the first thought stayed about the same ({before} → {after} out of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belief in the first thought was a little stronger afterwards ({before} → {after})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>belief in the first thought dropped by %n points on average ({before} → {after})</source>
        <translation>
            <numerusform>belief in the first thought dropped by %n point on average ({before} → {after})</numerusform>
            <numerusform>belief in the first thought dropped by %n points on average ({before} → {after})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>belief in the first thought dropped by %n points ({before} → {after})</source>
        <translation>
            <numerusform>belief in the first thought dropped by %n point ({before} → {after})</numerusform>
            <numerusform>belief in the first thought dropped by %n points ({before} → {after})</numerusform>
        </translation>
    </message>
    <message>
        <source>the feelings with it stayed about the same ({before} → {after} out of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feelings with it were a little stronger afterwards ({before} → {after})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the feelings with it eased by %n points on average ({before} → {after})</source>
        <translation>
            <numerusform>the feelings with it eased by %n point on average ({before} → {after})</numerusform>
            <numerusform>the feelings with it eased by %n points on average ({before} → {after})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the feelings with it eased by %n points ({before} → {after})</source>
        <translation>
            <numerusform>the feelings with it eased by %n point ({before} → {after})</numerusform>
            <numerusform>the feelings with it eased by %n points ({before} → {after})</numerusform>
        </translation>
    </message>
    <message>
        <source>In your thought record, {belief} and {feeling}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Across %Ln thought records, {belief} and {feeling}.</source>
        <translation>
            <numerusform>Across %Ln thought record, {belief} and {feeling}.</numerusform>
            <numerusform>Across %Ln thought records, {belief} and {feeling}.</numerusform>
        </translation>
    </message>
    <message>
        <source>In your thought record, {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Across %Ln thought records, {change}.</source>
        <translation>
            <numerusform>Across %Ln thought record, {change}.</numerusform>
            <numerusform>Across %Ln thought records, {change}.</numerusform>
        </translation>
    </message>
    <message>
        <source>That happens sometimes; looking at a thought closely still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often, the thought fell into {name} ({times}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most often, the thought fell into {name} ({times}), then {second} ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distrust most often seemed to come from {name} ({times}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distrust most often seemed to come from {name} ({times}), then {second} ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer so far: {answer}. Either answer is fine; it shows where to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {answer}</source>
        <comment>how many gave one answer, in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln answers: {answers}. Either answer is fine; it shows where to start.</source>
        <translation>
            <numerusform>Of %Ln answer: {answers}. Either answer is fine; it shows where to start.</numerusform>
            <numerusform>Of %Ln answers: {answers}. Either answer is fine; it shows where to start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small victories {span}, most often “{kind}”. Each one counts.</source>
        <translation>
            <numerusform>%Ln small victory {span}, most often “{kind}”. Each one counts.</numerusform>
            <numerusform>%Ln small victories {span}, most often “{kind}”. Each one counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln small victories {span}. Each one counts.</source>
        <translation>
            <numerusform>%Ln small victory {span}. Each one counts.</numerusform>
            <numerusform>%Ln small victories {span}. Each one counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You wrote or checked in on %Ln days {span}.</source>
        <translation>
            <numerusform>You wrote or checked in on %Ln day {span}.</numerusform>
            <numerusform>You wrote or checked in on %Ln days {span}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins {span} yet. Whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %Ln days {span}.</source>
        <translation>
            <numerusform>You checked in on %Ln day {span}.</numerusform>
            <numerusform>You checked in on %Ln days {span}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDashboard</name>
    <message>
        <source>Long stretches with no entries are folded into a single gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some entries are dated after {date}; “All” includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is dated {span}; “All” shows every entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressNames</name>
    <message>
        <source>Traps of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another kind of win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About here (between us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About my past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
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
    <name>ProgressRange</name>
    <message>
        <source>in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in the last %n weeks</source>
        <translation>
            <numerusform>in the last %n week</numerusform>
            <numerusform>in the last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Your journal has no entries yet. Write something or do a check-in, and your progress will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not kept this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value}</source>
        <comment>a check-in question and its average, in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <comment>a name and how often, in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*{first} – {last}*</source>
        <comment>the week a summary is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Your focus from last time:** {focus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Check-ins:** {count} this week. Average {now}. The week before: {then}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Check-ins:** {count} this week. Average {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Exercises done:** {count}: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Small victories:** {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small victory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Promises:** {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Thinking traps that came up most:** {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Where distrust came from:** {sources}; {shares}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Where distrust came from:** {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Where distrust came from:** {shares}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded this week, and that&apos;s okay. You can still look back on how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a share of answers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress {span} ({start} – {end}; weeks start on {weekday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where distrust comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About here, or about my past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small victories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %Ln more on the victories wall in the app.</source>
        <translation>
            <numerusform>  … and %Ln more on the victories wall in the app.</numerusform>
            <numerusform>  … and %Ln more on the victories wall in the app.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTrackerCharts</name>
    <message>
        <source>Under 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50–79 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 80 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTrackers</name>
    <message>
        <source>Urges to check: how they ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the urges were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries and what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n urges</source>
        <translation>
            <numerusform>%n urge</numerusform>
            <numerusform>%n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intentions</source>
        <translation>
            <numerusform>%n intention</numerusform>
            <numerusform>%n intentions</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: kept (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} of {settled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked back on yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you were (average %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came true (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly came true (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average sureness (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 4 weeks ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 12 weeks ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 6 months ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a year ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back on the week with its summary beside you (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you have felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenging thoughts: before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking traps you noticed most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where distrust seemed to come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About here, or about the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small victories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days you wrote or checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victories wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Victories wall&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how many days I checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle count, off unless you want it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet, and that is fine. Do a check-in or an exercise, and this page will start to show how things change over the weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop in belief (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop in feeling (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({share}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}  {text} — {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}  {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWeeks</name>
    <message>
        <source>&apos;{name}&apos; is not a weekday; use mon, sun or sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown range &apos;{key}&apos; (known: {ranges}, or Nw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range covers at least one week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseRow</name>
    <message>
        <source>{by} · for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} · set for {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{text}” as kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it on the Trackers page: not kept, renegotiated, a new day or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “{text}” on the Trackers page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisesDueCard</name>
    <message>
        <source>Promises around now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle look at what was meant for about now. Keeping promises, small ones too, is how trust grows back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: {promise}. Nicely done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} · no set day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} · for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} · by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} · {status} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises written down yet. A small one counts: being home when you said you would, or calling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised — e.g. “Call if I&apos;m running late”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise has a day it is due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional) — e.g. what you agreed instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new promise</source>
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
    <name>ReminderPlan</name>
    <message>
        <source>A quiet moment for yourself?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders need a system tray (a notification area), and this desktop has none, so they cannot be turned on here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to write (the notification only says “{words}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <comment>before the reminder&apos;s time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <comment>before the reminder&apos;s days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start TrustJournal in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With reminders on, closing the window keeps TrustJournal in the tray; an encrypted journal is locked first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open TrustJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerateStep</name>
    <message>
        <source>Keep the rest as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It feels the same as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: {level} · now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier rating, then the one for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}, now (earlier {level})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesData</name>
    <message>
        <source>TrustJournal is a self-help journal, not therapy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionChanges</name>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not starred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse is never okay, and feeling safe is your right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here dials, opens or sends anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are thinking about suicide or hurting yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please talk to someone today: a doctor, a crisis line, or someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are being hurt, threatened or controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse is never your fault. A local domestic abuse service can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are worried about your own behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counsellor or your doctor can help you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency in the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere else, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers were checked in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal and hide everything at once (Alt+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {hours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it, to paste or to dial on a phone yourself</source>
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
    <name>ScaleInput</name>
    <message>
        <source>pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet: move the slider or use the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleStep</name>
    <message>
        <source>Use the arrow keys or drag the handle.</source>
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
        <source>Showing the first %Ln matches; scroll down for more.</source>
        <translation>
            <numerusform>Showing the first %Ln match; scroll down for more.</numerusform>
            <numerusform>Showing the first %Ln matches; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln matches: the best ones, or the newest when very many entries match. Add a word or a filter to narrow.</source>
        <translation>
            <numerusform>Showing %Ln match: the best one, or the newest when very many entries match. Add a word or a filter to narrow.</numerusform>
            <numerusform>Showing %Ln matches: the best ones, or the newest when very many entries match. Add a word or a filter to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries found.</source>
        <translation>
            <numerusform>%Ln entry found.</numerusform>
            <numerusform>%Ln entries found.</numerusform>
        </translation>
    </message>
    <message>
        <source>{words}
{kind} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In your trackers (%Ln)</source>
        <translation>
            <numerusform>In your trackers (%Ln)</numerusform>
            <numerusform>In your trackers (%Ln)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Removed %n backups under the old key.</source>
        <translation>
            <numerusform>Removed %n backup under the old key.</numerusform>
            <numerusform>Removed %n backups under the old key.</numerusform>
        </translation>
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
    <name>Sizes</name>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Something else…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepContext</name>
    <message>
        <source>The feelings list could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thinking traps could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings with their strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating on a scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate again (before and after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort a list into groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recap before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked only after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure for Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {part}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this step (Alt+Delete); you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step asks, e.g. “What happened?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words naming the answer in the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle note under the question (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the answer in view on later steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer “Something else…” with own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lowest number means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the highest number means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in steps of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words the answer box starts with (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-line answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>For example: “{example}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageArchive</name>
    <message>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageConvert</name>
    <message>
        <source>The converted copy did not match the journal, so it was not used. The journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read, so it was not converted. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a TrustJournal journal; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} fails its integrity check, so it was not converted. It has not been changed; run “trustjournal check” and restore a backup if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has unsaved changes in {name2}; it was not converted. Open and close it once, then try again. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already encrypted (or is not a plain journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not encrypted; there is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not belong to this journal; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageCopies</name>
    <message>
        <source>The backup was stopped before it was finished; nothing was kept or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made: {exc}. Your journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageCreate</name>
    <message>
        <source>The new journal could not be finished; nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough room on the disk for a new journal in {folder}, so nothing was made. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named {name} appeared while the new journal was being made; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageDamage</name>
    <message>
        <source>{name} is shorter than it should be: it looks cut off, for example by a full disk, a power cut or a copy that did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): it lost its contents and looks cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bytes of {name} do not match its key file ({keys}): either the start of {name} is damaged, or {keys} belongs to another journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not look like a journal any more, and no key file is beside it. Your backups are not encrypted, so the journal was not either: it looks damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bytes of {name} are wrong, so it cannot be read as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageDatabase</name>
    <message>
        <source>The encryption library is not loaded; refusing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read as a journal (it is not a database, is damaged, or needs a different passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so it cannot be opened just now. Free some space and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be opened: the disk reported an input/output problem. Nothing has been changed; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageEntries</name>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries in the trash can be deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageExerciseStore</name>
    <message>
        <source>That entry belongs to a different exercise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageFill</name>
    <message>
        <source>Another program has {name} open, so nothing was imported. The new, empty journal was left in place because that program is using it. Close that program and run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the import could not be finished; nothing was imported. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported entries could not be written out completely, so nothing was imported. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageGateway</name>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read just now: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageJournal</name>
    <message>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup could not be made first, so nothing was deleted: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check could not finish: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be checked just now (the journal was busy); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read and written by you; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: its contents were lost outside TrustJournal. It has not been changed; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be brought up to date for this version of TrustJournal, so the change was rolled back and the journal is as it was (a backup was made first, in the backups folder). Please report this; the reason was {name2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be opened ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: it looks damaged. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an empty database, not a TrustJournal journal. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a database, but not a TrustJournal journal. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageKeys</name>
    <message>
        <source>There is already a journal at {path}; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a key file ({name}) in {parent}, without a journal. Move it somewhere else if you want to start a new journal here; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not belong to this journal&apos;s key file; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not encrypted; open it without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its key is right, but its first page cannot be read. It has not been changed; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be changed: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not belong to this key; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be given a new recovery key: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be encrypted: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be decrypted: SQLite reported “{error}” (a full disk, for example). Your journal is whole; try again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {name} does not belong to {name2}: it was made for another journal (or the start of {name2} is damaged). Put back the key file that was made with this journal. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageKeyslots</name>
    <message>
        <source>That passphrase does not unlock this journal. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not unlock this journal. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase: it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be checked: the computer ran short of memory. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has {length} letters and digits, in groups of four (like ABCD-EFGH-…). Check what you typed and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key does not belong to this journal; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that unlocks this journal is damaged, so it cannot be unlocked from it. Nothing has been changed. Put back a copy of the key file if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} that unlocks this journal is damaged, so it cannot be unlocked from it. Nothing has been changed. Put back a copy of the key file if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no passphrase set; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has no recovery key set; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{journal_name} could not be read: it is not a plain journal, and its key file ({name}) is not beside it. If the journal is encrypted, put {name} back in the same folder; otherwise restore a backup. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {name} could not be read ({strerror}). Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of TrustJournal. Please update the app to unlock this journal; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageLock</name>
    <message>
        <source>{name} beside the journal is a folder, so the journal cannot be locked against a second window. Move that folder away and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageMigrate</name>
    <message>
        <source>This journal was saved by a newer version of TrustJournal. Please update the app to open it; the journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageOwnExercises</name>
    <message>
        <source>The exercise could not be saved: {join}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoragePlaintext</name>
    <message>
        <source>{name} holds no journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry could be read from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoragePresence</name>
    <message>
        <source>{parent} cannot be looked into (permission denied), so it is not known whether a journal is there. Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads back to itself through other links, so the journal cannot be kept there. Nothing was created or changed: point the link at a folder, or choose another folder for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which is not there, so the journal cannot be kept in it. Nothing was created or changed: if that folder is on a drive that is not connected, connect it and try again; otherwise make that folder or choose another folder for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to {target}, which is not there, so the journal&apos;s folder {folder} cannot be made inside it. Nothing was created or changed: if that folder is on a drive that is not connected, connect it and try again; otherwise make that folder or choose another folder for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder, so the journal cannot be kept in it. Nothing was created or changed: choose another folder for the journal, or move that file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder, so the journal&apos;s folder {folder} cannot be made inside it. Nothing was created or changed: choose another folder for the journal, or move that file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal here ({parent}). Nothing was created or changed; `trustjournal init` starts one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageRekey</name>
    <message>
        <source>That key does not belong to this journal; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not encrypted; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageRestore</name>
    <message>
        <source>There is no backup at {backup}. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this journal yet. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups could be restored. The newest said: {skipped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open; close it first. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the journal itself, not a backup. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not encrypted, but your journal is: restoring it would remove the encryption, so it was not restored. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its first bytes are wrong. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a TrustJournal backup this journal can use: it is encrypted, or not a journal at all. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read as a journal: it is damaged, or not a TrustJournal backup. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened with this journal&apos;s key: it belongs to another journal, or it is damaged. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a database, but not a TrustJournal journal or backup. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of TrustJournal than this one. Please update the app to restore it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (it fails SQLite&apos;s integrity check), so it cannot be restored. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a backup of another journal, not of this one. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} carries no journal id (it is older than that), and it is not in this journal&apos;s backups folder, so TrustJournal cannot tell whether it belongs to this journal. Put it in {value} to restore it anyway. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageRevisions</name>
    <message>
        <source>That version of the entry is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is in the trash; restore it from there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageRows</name>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageSalvage</name>
    <message>
        <source>Choose another folder than the journal&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal in {folder}; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from {name}: even its list of contents is damaged. Restoring a backup is the way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readable copy did not pass its own check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageSession</name>
    <message>
        <source>{name} is encrypted: unlock it with its passphrase first. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not unlocked; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageTrackerImport</name>
    <message>
        <source>The import holds two intentions for {isoformat} ({other} and {uuid}); a day has one intention. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported exercise version ({exercise_id}) cannot be used: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import holds two different texts for version {version} of the exercise {exercise_id}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} of your exercise {exercise_id} is already in this journal with a different text, so the import was refused and nothing was imported. Give one of them another id and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported intention {uuid} is for {day}, which already has another intention in this journal ({uuid2}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageTrackerRows</name>
    <message>
        <source>{start}: {join}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageTrackers</name>
    <message>
        <source>That {noun} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an intention for {isoformat}; change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageTransfer</name>
    <message>
        <source>A backup could not be made first, so nothing was imported: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to answer before you can save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Kept from an earlier version of this exercise, and saved with it:&lt;/i&gt; {kept}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered yet.</source>
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
    <name>TextStep</name>
    <message>
        <source>Write here, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type over the … gaps, or rewrite it all in your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from your earlier answers. Change anything; Tab jumps to the next {gap} gap, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{used} of %n characters</source>
        <translation>
            <numerusform>{used} of %n character</numerusform>
            <numerusform>{used} of %n characters</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>{date} · %n words</source>
        <translation>
            <numerusform>{date} · %n word</numerusform>
            <numerusform>{date} · %n words</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>A year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
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
    <name>TodayTrackers</name>
    <message>
        <source>“{text}”</source>
        <comment>the person&apos;s own words, quoted</comment>
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
    <message numerus="yes">
        <source>{title} · about %n minutes</source>
        <translation>
            <numerusform>{title} · about %n minute</numerusform>
            <numerusform>{title} · about %n minutes</numerusform>
        </translation>
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
    <name>TrackerCaptions</name>
    <message>
        <source>When the urge to check comes, “I want to check” helps you ride it out. What happened with each urge will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong your urges were will show here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises you or your partner make, and how they went, will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a small daily intention on Today, and it will show here once you look back on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a worry and how sure you are of it. When its day comes, note what happened, and your own evidence will grow here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises you made together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You resisted both urges {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You resisted all %Ln urges {span}.</source>
        <translation>
            <numerusform>You resisted all %Ln urge {span}.</numerusform>
            <numerusform>You resisted all %Ln urges {span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You resisted {resisted} of %Ln urges {span} ({percent}).</source>
        <translation>
            <numerusform>You resisted {resisted} of %Ln urge {span} ({percent}).</numerusform>
            <numerusform>You resisted {resisted} of %Ln urges {span} ({percent}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You resisted {resisted} of %Ln urges {span} ({percent}), and partly held back from one more.</source>
        <translation>
            <numerusform>You resisted {resisted} of %Ln urge {span} ({percent}), and partly held back from one more.</numerusform>
            <numerusform>You resisted {resisted} of %Ln urges {span} ({percent}), and partly held back from one more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You resisted {resisted} of %Ln urges {span} ({percent}), and partly held back from {partly} more.</source>
        <translation>
            <numerusform>You resisted {resisted} of %Ln urge {span} ({percent}), and partly held back from {partly} more.</numerusform>
            <numerusform>You resisted {resisted} of %Ln urges {span} ({percent}), and partly held back from {partly} more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You logged %Ln urges {span}, and partly held back from {partly_words}.</source>
        <translation>
            <numerusform>You logged %Ln urge {span}, and partly held back from {partly_words}.</numerusform>
            <numerusform>You logged %Ln urges {span}, and partly held back from {partly_words}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You logged %Ln urges {span}.</source>
        <translation>
            <numerusform>You logged %Ln urge {span}.</numerusform>
            <numerusform>You logged %Ln urges {span}.</numerusform>
        </translation>
    </message>
    <message>
        <source>One urge to check {span}, and you rode it out. Noticing an urge is already a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One urge to check {span}, and you partly held back. Noticing an urge is already a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One urge to check {span}, and you acted on it. Noticing an urge is already a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging them is how the pattern starts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share you resisted rose from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent weeks were harder ({first} → {last} resisted); every urge you log is still noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their strength stayed about the same (around {last} out of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On average the urges eased from {first} to {last} out of 10 {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urges felt stronger lately ({first} → {last} out of 10); that happens, and riding them out still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one urge {span} peaked at {value} out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Across %n urges {span}, the average peak was {value} out of 10. Urges rise, peak and pass.</source>
        <translation>
            <numerusform>Across {count} urge {span}, the average peak was {value} out of 10. Urges rise, peak and pass.</numerusform>
            <numerusform>Across {count} urges {span}, the average peak was {value} out of 10. Urges rise, peak and pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: one settled, kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: one settled, renegotiated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: one settled, not kept this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: both kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{who}: all %Ln kept.</source>
        <translation>
            <numerusform>{who}: all %Ln kept.</numerusform>
            <numerusform>{who}: all %Ln kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: {kept} of {settled} kept, {renegotiated} renegotiated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {kept} of {settled} kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {settled} settled, {renegotiated} renegotiated, {broken} not kept this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {settled} settled, {renegotiated} renegotiated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {settled} settled, {broken} not kept this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n promises are still open; how they go will show here.</source>
        <translation>
            <numerusform>{count} promise is still open; how it goes will show here.</numerusform>
            <numerusform>{count} promises are still open; how they go will show here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises settled {span}.</source>
        <translation>
            <numerusform>{count} promise settled {span}.</numerusform>
            <numerusform>{count} promises settled {span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more are still open.</source>
        <translation>
            <numerusform>{count} more is still open.</numerusform>
            <numerusform>{count} more are still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}.</source>
        <translation>
            <numerusform>You set {count} intention {span}.</numerusform>
            <numerusform>You set {count} intentions {span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done, {partly} partly, {not_today} for another day.</source>
        <translation>
            <numerusform>You set {count} intention {span}: {done} done, {partly} partly, {not_today} for another day.</numerusform>
            <numerusform>You set {count} intentions {span}: {done} done, {partly} partly, {not_today} for another day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done, {partly} partly.</source>
        <translation>
            <numerusform>You set {count} intention {span}: {done} done, {partly} partly.</numerusform>
            <numerusform>You set {count} intentions {span}: {done} done, {partly} partly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done, {not_today} for another day.</source>
        <translation>
            <numerusform>You set {count} intention {span}: {done} done, {not_today} for another day.</numerusform>
            <numerusform>You set {count} intentions {span}: {done} done, {not_today} for another day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You set %n intentions {span}: {done} done.</source>
        <translation>
            <numerusform>You set {count} intention {span}: {done} done.</numerusform>
            <numerusform>You set {count} intentions {span}: {done} done.</numerusform>
        </translation>
    </message>
    <message>
        <source>One intention {span}, and you did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One intention {span}, and you partly did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One intention {span}, and it waited for another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One intention {span}, to look back on from Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more can be looked back on from Today whenever you like.</source>
        <translation>
            <numerusform>{count} more can be looked back on from Today whenever you like.</numerusform>
            <numerusform>{count} more can be looked back on from Today whenever you like.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can look back on them from Today whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You looked again at one fear you were {band} sure of, and it came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You looked again at one fear you were {band} sure of, and it partly came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You looked again at one fear you were {band} sure of, and it did not come true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the two fears you were {band} sure of, neither came true, {partly} partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the two fears you were {band} sure of, neither came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, none came true, {partly} partly.</source>
        <translation>
            <numerusform>Of the {total} fear you were {band} sure of, none came true, {partly} partly.</numerusform>
            <numerusform>Of the {total} fears you were {band} sure of, none came true, {partly} partly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, none came true.</source>
        <translation>
            <numerusform>Of the {total} fear you were {band} sure of, none came true.</numerusform>
            <numerusform>Of the {total} fears you were {band} sure of, none came true.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the two fears you were {band} sure of, both came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, all %n came true.</source>
        <translation>
            <numerusform>Of the {total} fear you were {band} sure of, all {total} came true.</numerusform>
            <numerusform>Of the {total} fears you were {band} sure of, all {total} came true.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, {came} came true ({partly} partly).</source>
        <translation>
            <numerusform>Of the {total} fear you were {band} sure of, {came} came true ({partly} partly).</numerusform>
            <numerusform>Of the {total} fears you were {band} sure of, {came} came true ({partly} partly).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n fears you were {band} sure of, {came} came true.</source>
        <translation>
            <numerusform>Of the {total} fear you were {band} sure of, {came} came true.</numerusform>
            <numerusform>Of the {total} fears you were {band} sure of, {came} came true.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worries wait for their day to be looked at again.</source>
        <translation>
            <numerusform>{count} worry waits for its day to be looked at again.</numerusform>
            <numerusform>{count} worries wait for their day to be looked at again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your own evidence to weigh the next strong fear against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more wait for their day.</source>
        <translation>
            <numerusform>{count} more waits for its day.</numerusform>
            <numerusform>{count} more wait for their day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerCards</name>
    <message>
        <source>That could not be saved just now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerChecks</name>
    <message>
        <source>The urge&apos;s strength must be between 0 and {peak_max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent with the urge cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the urge was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise cannot be due before the day it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a settled promise has a day it was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the one thing you mean to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you are afraid will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you are must be between 0 and {sureness_max} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to look again cannot be before the day it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a worry that was looked at again has a day it was settled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerJson</name>
    <message>
        <source>urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds characters that are not text (lone surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 2024-03-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date like 2024-03-18: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; ({date}) is out of range (years {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a UTC time like 2024-03-18T21:04:00Z: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is out of range (it cannot be placed in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a UUID: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be {low} or more, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be from {low} to {high}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one of {allowed} or null, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be one of {allowed}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {noun} must be an object, not {value_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;{unknown}&apos; (is the file from a newer TrustJournal?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;{missing}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of a built-in exercise; an own exercise needs an id of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its exercise definition (&apos;toml&apos;) is not valid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its exercise definition has a problem: {problem} (and %n more problems)</source>
        <translation>
            <numerusform>its exercise definition has a problem: {problem} (and %n more problem)</numerusform>
            <numerusform>its exercise definition has a problem: {problem} (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>its exercise definition has a problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its definition has the id &apos;{id}&apos;, not &apos;{expected}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list, not {value_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same id and version as {noun} {earlier}: they must be unique in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same uuid as {noun} {earlier}: they must be unique in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second intention for {date} (intention {before} is for that day too); a day has one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerReport</name>
    <message>
        <source>{count} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} for another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} still to look back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours {kept} of {settled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner&apos;s {kept} of {settled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>together {kept} of {settled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** one this week, and you rode it out (strength {strength} out of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** one this week, and you partly held back (strength {strength} out of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** one this week, and you acted on it (strength {strength} out of 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted both. Average strength {strength} out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted all {count}. Average strength {strength} out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted {resisted} and partly held back from {partly}. Average strength {strength} out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Urges to check:** {count} this week; you resisted {resisted}. Average strength {strength} out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** one, and it came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** one, and it partly came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** one, and it did not come true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; neither came true, {partly} partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; neither came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; none came true, {partly} partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; none came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; {came} came true, {partly} partly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fears looked at again:** {count}; {came} came true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} ({count} renegotiated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Promises kept:** {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Daily intentions:** {count} set this week: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Daily intentions:** {count} set this week, to look back on from Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {name}: {kept} of {settled} kept ({percent}), {renegotiated} renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {name}: {kept} of {settled} kept ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries and what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {band} sure: {total} looked at again, {came} came true, {partly} partly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerTab</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what was saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it (Del in the list); you can undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackerWords</name>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It came true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It didn&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackersView</name>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things logged between journaling: urges noticed, promises and how they went, one intention a day, and worries set beside what really happened. Ctrl+N adds one in the tab shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion</source>
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
    <message numerus="yes">
        <source>{message} You can try again in %n s.</source>
        <translation>
            <numerusform>{message} You can try again in %n s.</numerusform>
            <numerusform>{message} You can try again in %n s.</numerusform>
        </translation>
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
    <name>UrgeAlternatives</name>
    <message>
        <source>Breathe slowly with the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In while it grows, out while it shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathed slowly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeEditDialog</name>
    <message>
        <source>Change this urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time} · {spent} with the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeFollowUp</name>
    <message>
        <source>Earlier today you noticed {urge}, and let it pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier today you noticed {urge}, and partly went with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier today you noticed {urge}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday you noticed {urge}, and let it pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday you noticed {urge}, and partly went with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday you noticed {urge}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little while ago you noticed {urge}, and let it pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little while ago you noticed {urge}, and partly went with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little while ago you noticed {urge}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeFollowUpCard</name>
    <message>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you feel like it. Looking back is how you see the wave pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I feel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, e.g. calmer than I expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it; this question won&apos;t come back for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be saved just now ({reason}). Your words are still here; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeForm</name>
    <message>
        <source>What was the urge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urge, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words, e.g. read their emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong did it get at its peak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength at its peak, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And in the end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever happened, noticing it is a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do instead? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. went for a walk, then wrote for a bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick what the urge was (or “Something else”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what the urge was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick how it went in the end; any answer is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeLog</name>
    <message>
        <source>{day}, {time} · {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeLogView</name>
    <message>
        <source>Every urge you noted, newest first. Noticing one is already a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet. When the urge to check comes, the “I want to check” button is there for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this urge (you can undo it straight after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be deleted just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the urge from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the urge from yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the urge from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be brought back just now ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeSurfDialog</name>
    <message>
        <source>I want to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the urge rise, and let it pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urge is like a wave: it builds, peaks and fades, usually within minutes. You don&apos;t have to act on it yet. Stay with it for a while and see what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the timer now and note how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes on the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>after the minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the timer runs; kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the circle still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less movement on screen; kept for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you wait, you could…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Carry on whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly, with a longer out-breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few quick questions, so you can see over the weeks how these moments go. There are no wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t log this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be saved just now ({reason}). Your answers are still here; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers from last time are still here. Save them or let them go, and the timer starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeTimer</name>
    <message>
        <source>The time is up. You stayed with the urge the whole way through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused before acting. That counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You stayed with the urge for %n minutes.</source>
        <translation>
            <numerusform>You stayed with the urge for %n minute.</numerusform>
            <numerusform>You stayed with the urge for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged. You let that one pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged. Thank you for noticing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeWords</name>
    <message>
        <source>Check their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at their social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again for reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question them closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge to check their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge to check where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge to look at their social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge to ask again for reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge to question them closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge to do something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I let it pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I acted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let it pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} · barely there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} · as strong as it gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urge: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} min</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · strength {peak} · {outcome} · {time} with the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · strength {peak} · {outcome}</source>
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
    <name>WorriesDueCard</name>
    <message>
        <source>Time to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote these fears down to check them later. Today is the day: what actually happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: this fear did not come true. Worth remembering next time it visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: partly. Real life is often somewhere in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. That sounds hard; writing about it may help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorriesTab</name>
    <message>
        <source>Not looked at again yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sure} % sure · {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sure} % sure · look again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sure} % sure · look again on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sure} % sure · ready to look again (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worries written down. When a fear comes, writing it here and looking again later shows how often fears come true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m afraid will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m afraid will happen — e.g. “They&apos;ll cancel our weekend”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure I am, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in your words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worry from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new worry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorryRow</name>
    <message>
        <source>Written on {date} · you were {sure} % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again at {worry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What actually happened? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer}: save what happened</source>
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
