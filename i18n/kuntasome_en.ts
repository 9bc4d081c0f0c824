<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="331" />
        <location filename="../src/kuntasome/cli.py" line="387" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="363" />
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>Imported %n channel.</numerusform>
            <numerusform>Imported %n channels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="251" />
        <source>%n row(s) have problems. Correct them in the file (or choose other columns) and open it again: nothing is imported until every row is right.</source>
        <translation>
            <numerusform>%n row has a problem. Correct it in the file (or choose other columns) and open it again: nothing is imported until every row is right.</numerusform>
            <numerusform>%n rows have problems. Correct them in the file (or choose other columns) and open it again: nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/import_dialog.py" line="259" />
        <source>%n channel(s) ready to import.</source>
        <translation>
            <numerusform>%n channel ready to import.</numerusform>
            <numerusform>%n channels ready to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicListDialog</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/public_list_dialog.py" line="100" />
        <source>%n channel(s) marked public and in use (active or dormant). Mark a channel public in its details.</source>
        <translation>
            <numerusform>%n channel marked public and in use (active or dormant). Mark a channel public in its details.</numerusform>
            <numerusform>%n channels marked public and in use (active or dormant). Mark a channel public in its details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="132" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/channels/requests_tab.py" line="134" />
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="124" />
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n due within the hour</numerusform>
            <numerusform>%n due within the hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="134" />
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform>
            <numerusform>%n past the deadline</numerusform>
        </translation>
    </message>
</context>
</TS>
