<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="342" />
        <location filename="../src/kuntasome/cli.py" line="398" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform><numerusform>%n channels</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/cli.py" line="374" />
        <source>Imported %n channel(s).</source>
        <translation>
            <numerusform>Imported %n channel.</numerusform><numerusform>Imported %n channels.</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="124" />
        <source>%n due within the hour</source>
        <translation>
            <numerusform>%n due within the hour</numerusform><numerusform>%n due within the hour</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/kuntasome/ui/today_page.py" line="134" />
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform><numerusform>%n past the deadline</numerusform></translation>
    </message>
</context>
</TS>
