<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="428"/>
        <source>Snapshot made: %n file(s) in {path}.</source>
        <translation>
            <numerusform>Snapshot made: %n file in {path}.</numerusform>
            <numerusform>Snapshot made: %n files in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="467"/>
        <source>The snapshot is intact: %n file(s), every checksum ({algorithms}) matches.</source>
        <translation>
            <numerusform>The snapshot is intact: %n file, every checksum ({algorithms}) matches.</numerusform>
            <numerusform>The snapshot is intact: %n files, every checksum ({algorithms}) matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/archive_page.py" line="492"/>
        <source>Disposed of %n record(s); see the disposal log.</source>
        <translation>
            <numerusform>Disposed of %n record; see the disposal log.</numerusform>
            <numerusform>Disposed of %n records; see the disposal log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/common.py" line="186"/>
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/backups.py" line="197"/>
        <source>Backed up %n file(s) ({size}) to {file}.</source>
        <translation>
            <numerusform>Backed up %n file ({size}) to {file}.</numerusform>
            <numerusform>Backed up %n files ({size}) to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/archive/backups.py" line="281"/>
        <source>Backup of {organisation}, made {made} by KuntaSome {version}: %n file(s), {size}. Every file matches its checksum.</source>
        <translation>
            <numerusform>Backup of {organisation}, made {made} by KuntaSome {version}: %n file, {size}. Every file matches its checksum.</numerusform>
            <numerusform>Backup of {organisation}, made {made} by KuntaSome {version}: %n files, {size}. Every file matches its checksum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="351"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/calendar_page.py" line="564"/>
        <source>Crisis mode is on: %n post(s) paused.</source>
        <translation>
            <numerusform>Crisis mode is on: %n post paused.</numerusform>
            <numerusform>Crisis mode is on: %n posts paused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/canvas.py" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/channels.py" line="138"/>
        <location filename="../src/kuntasome/cli/channels.py" line="227"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/channels.py" line="213"/>
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>Imported %n channel.</numerusform>
            <numerusform>Imported %n channels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/calendar.py" line="131"/>
        <location filename="../src/kuntasome/cli/calendar.py" line="177"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="150"/>
        <location filename="../src/kuntasome/cli/moderation.py" line="192"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="159"/>
        <source>%n entry(s) checked</source>
        <translation>
            <numerusform>%n entry checked</numerusform>
            <numerusform>%n entries checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="161"/>
        <source>%n evidence file(s) checked</source>
        <translation>
            <numerusform>%n evidence file checked</numerusform>
            <numerusform>%n evidence files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation.py" line="230"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/statistics.py" line="136"/>
        <source>%n value(s) imported</source>
        <translation>
            <numerusform>%n value imported</numerusform>
            <numerusform>%n values imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/statistics.py" line="189"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/moderation_recording.py" line="176"/>
        <source>Checked now: %n channel(s).</source>
        <translation>
            <numerusform>Checked now: %n channel.</numerusform>
            <numerusform>Checked now: %n channels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/backup.py" line="138"/>
        <source>Backed up %n file(s) ({size}) → {file}</source>
        <translation>
            <numerusform>Backed up %n file ({size}) → {file}</numerusform>
            <numerusform>Backed up %n files ({size}) → {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/backup.py" line="149"/>
        <source>Backup of {organisation} made {made} by KuntaSome {version} (schema {revision}): %n file(s), {size}.</source>
        <translation>
            <numerusform>Backup of {organisation} made {made} by KuntaSome {version} (schema {revision}): %n file, {size}.</numerusform>
            <numerusform>Backup of {organisation} made {made} by KuntaSome {version} (schema {revision}): %n files, {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="270"/>
        <source>Snapshot of {period}: %n file(s) → {path}</source>
        <translation>
            <numerusform>Snapshot of {period}: %n file → {path}</numerusform>
            <numerusform>Snapshot of {period}: %n files → {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="285"/>
        <source>The E-ARK package is intact: %n file(s), every SHA-256 in its METS matches.</source>
        <translation>
            <numerusform>The E-ARK package is intact: %n file, every SHA-256 in its METS matches.</numerusform>
            <numerusform>The E-ARK package is intact: %n files, every SHA-256 in its METS matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="308"/>
        <source>The bag is intact: %n file(s), every checksum ({algorithms}) matches.</source>
        <translation>
            <numerusform>The bag is intact: %n file, every checksum ({algorithms}) matches.</numerusform>
            <numerusform>The bag is intact: %n files, every checksum ({algorithms}) matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="406"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="426"/>
        <source>{title}: %n past retention (before {date})</source>
        <translation>
            <numerusform>{title}: %n past retention (before {date})</numerusform>
            <numerusform>{title}: %n past retention (before {date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="431"/>
        <source>%n on a legal hold</source>
        <translation>
            <numerusform>%n on a legal hold</numerusform>
            <numerusform>%n on a legal hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli/archive.py" line="433"/>
        <source>%n from the old, broken chain: cannot be erased</source>
        <translation>
            <numerusform>%n from the old, broken chain: cannot be erased</numerusform>
            <numerusform>%n from the old, broken chain: cannot be erased</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsDialog</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/calendar/ics_dialog.py" line="139"/>
        <source>%n post(s) exported.</source>
        <translation>
            <numerusform>%n post exported.</numerusform>
            <numerusform>%n posts exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="260"/>
        <source>%n row(s) have problems. Correct them in the file (or choose other columns) and open it again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n row has a problem. Correct it in the file (or choose other columns) and open it again: nothing is imported until every row is right.</numerusform>
            <numerusform>%n rows have problems. Correct them in the file (or choose other columns) and open it again: nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="268"/>
        <source>%n channel(s) ready to import.</source>
        <translation>
            <numerusform>%n channel ready to import.</numerusform>
            <numerusform>%n channels ready to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="412"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="414"/>
        <source>%n match(es) the search</source>
        <translation>
            <numerusform>%n matches the search</numerusform>
            <numerusform>%n match the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="416"/>
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/moderation_page.py" line="418"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform>
            <numerusform>%n past the deadline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationPdf</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/documents/moderation_pdf.py" line="88"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/moderation/monitoring_tab.py" line="188"/>
        <source>Check-in recorded for %n channel(s)</source>
        <translation>
            <numerusform>Check-in recorded for %n channel</numerusform>
            <numerusform>Check-in recorded for %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicListDialog</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="101"/>
        <source>%n channel(s) marked public and in use (active or dormant). Mark a channel public in its details.</source>
        <translation>
            <numerusform>%n channel marked public and in use (active or dormant). Mark a channel public in its details.</numerusform>
            <numerusform>%n channels marked public and in use (active or dormant). Mark a channel public in its details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="28"/>
        <source>%n post(s) due within the hour.</source>
        <translation>
            <numerusform>%n post due within the hour.</numerusform>
            <numerusform>%n posts due within the hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="36"/>
        <source>%n post(s) waiting for approval.</source>
        <translation>
            <numerusform>%n post waiting for approval.</numerusform>
            <numerusform>%n posts waiting for approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="44"/>
        <source>%n scheduled post(s) not marked published.</source>
        <translation>
            <numerusform>%n scheduled post not marked published.</numerusform>
            <numerusform>%n scheduled posts not marked published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reminders.py" line="53"/>
        <source>%n comment(s) past the answer deadline.</source>
        <translation>
            <numerusform>%n comment past the answer deadline.</numerusform>
            <numerusform>%n comments past the answer deadline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/reports/reports_page.py" line="467"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="143"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="144"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsImport</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/statistics/import_flow.py" line="83"/>
        <source>%n value(s) imported</source>
        <translation>
            <numerusform>%n value imported</numerusform>
            <numerusform>%n values imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="262"/>
        <source>The last backup was made on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>The last backup was made on {date}, %n day ago.</numerusform>
            <numerusform>The last backup was made on {date}, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="350"/>
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n due within the hour</numerusform>
            <numerusform>%n due within the hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="360"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform>
            <numerusform>%n past the deadline</numerusform>
        </translation>
    </message>
</context>
</TS>
