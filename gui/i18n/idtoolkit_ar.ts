<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaTreeModel</name>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertTableModel</name>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Search subject or serial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASN.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a CA or a certificate to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose where to save the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed certificate *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional extra names, e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePkcs12Dialog</name>
    <message>
        <source>Issue a credential (key + certificate as PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ID Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;CRL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a CRL of the selected CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Toolkit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the file (read it aloud on both sides):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifySignatureDialog</name>
    <message>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; these are their words for people, translated at display time. The details stay as the engine wrote them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed data was changed after signing, or the signature value is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature cannot be read or contradicts itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not chain to a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate had expired at the validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not yet valid at the validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is on hold (temporarily revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CA certificate in the chain is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revocation status could not be established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not allow digital signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is restricted to purposes other than document signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp does not match the signature or its seal is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time-stamp&apos;s TSA certificate could not be validated (no trusted chain, or its revocation status is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate chain failed validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>Mark and colour of each check outcome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>ID Toolkit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
