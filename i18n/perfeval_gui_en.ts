<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>The checks found %n error(s):</source>
        <translation>
            <numerusform>The checks found %n error:</numerusform>
            <numerusform>The checks found %n errors:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Recognised a %1 for %2: “%3”, %n indicator(s).</source>
        <translation>
            <numerusform>Recognised a %1 for %2: “%3”, %n indicator.</numerusform>
            <numerusform>Recognised a %1 for %2: “%3”, %n indicators.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
</context>
</TS>
