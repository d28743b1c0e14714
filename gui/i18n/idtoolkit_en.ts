<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>Intact: %n event, head %1</numerusform>
            <numerusform>Intact: %n events, head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>Stopped after %n row. Press Resume to issue the rest.</numerusform>
            <numerusform>Stopped after %n rows. Press Resume to issue the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>%n certificate from CA %1</numerusform>
            <numerusform>%n certificates from CA %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>%n certificate, all CAs</numerusform>
            <numerusform>%n certificates, all CAs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
</TS>
