<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcmeEndpointDialog</name>
    <message>
        <source>Add ACME endpoint</source>
        <translation>Ajouter un point d’accès ACME</translation>
    </message>
    <message>
        <source>certbot, lego or Caddy get certificates from this CA for the names you allow, once they prove they control them. The directory is %1 of idtoolkit serve.</source>
        <translation>certbot, lego ou Caddy obtiennent des certificats de cette AC pour les noms que vous autorisez, une fois qu’ils prouvent les contrôler. Le répertoire est %1 d’idtoolkit serve.</translation>
    </message>
    <message>
        <source>Endpoint name *</source>
        <translation>Nom du point d’accès *</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>Profil *</translation>
    </message>
    <message>
        <source>Domains whose names may be asked for, separated by commas; empty: any name</source>
        <translation>Domaines dont les noms peuvent être demandés, séparés par des virgules ; vide : tout nom</translation>
    </message>
    <message>
        <source>Allowed name suffixes</source>
        <translation>Suffixes de noms autorisés</translation>
    </message>
    <message>
        <source>Also IP addresses</source>
        <translation>Aussi les adresses IP</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>Port http-01</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>Port tls-alpn-01</translation>
    </message>
    <message>
        <source>For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge is checked at that address</source>
        <translation>Pour les labos sans DNS : paires NOM=ADRESSE, séparées par des virgules ; le défi est vérifié à cette adresse</translation>
    </message>
    <message>
        <source>Name addresses</source>
        <translation>Adresses des noms</translation>
    </message>
    <message>
        <source>Clients need an External Account Binding key</source>
        <translation>Les clients ont besoin d’une clé External Account Binding</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>donnez un nom au point d’accès</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>aucune AC ici ne peut signer</translation>
    </message>
    <message>
        <source>choose at least one challenge</source>
        <translation>choisissez au moins un défi</translation>
    </message>
    <message>
        <source>Endpoint %1 added: clients use %2 of idtoolkit serve.</source>
        <translation>Point d’accès %1 ajouté : les clients utilisent %2 d’idtoolkit serve.</translation>
    </message>
</context>
<context>
    <name>AcmeView</name>
    <message>
        <source>&amp;Add endpoint…</source>
        <extracomment>Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left to right (elided at their end) in an Arabic window; each cell&apos;s data is also isolated. the officer asked for the add-endpoint dialog (the window opens it) why the signed-in operator may not change endpoints (None: they may)</extracomment>
        <translation>&amp;Ajouter un point d’accès…</translation>
    </message>
    <message>
        <source>Re&amp;move endpoint</source>
        <translation>&amp;Retirer le point d’accès</translation>
    </message>
    <message>
        <source>Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve.</source>
        <translation>Des clients comme certbot, lego ou Caddy obtiennent des certificats depuis %1 d’idtoolkit serve.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Allowed names</source>
        <translation>Noms autorisés</translation>
    </message>
    <message>
        <source>EAB required</source>
        <translation>EAB exigée</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points d’accès</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Commandes récentes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>tout nom</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>adresses IP</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Point d’accès %1 retiré.</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Reason (needed to reject)</source>
        <translation>Motif (nécessaire pour rejeter)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Pending requests:</source>
        <translation>Demandes en attente :</translation>
    </message>
    <message>
        <source>Exact parameters (what you sign):</source>
        <translation>Paramètres exacts (ce que vous signez) :</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 of %5 approvals</source>
        <translation>n°%1 %2 par %3 : %4 approbation(s) sur %5</translation>
    </message>
    <message>
        <source>Give a reason to reject the request.</source>
        <translation>Indiquez un motif pour rejeter la demande.</translation>
    </message>
    <message>
        <source>Request %1 approved and executed.</source>
        <translation>Demande %1 approuvée et exécutée.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Demande %1 rejetée.</translation>
    </message>
    <message>
        <source>Request %1 approved: %2 more approval(s) needed.</source>
        <translation>Demande %1 approuvée : encore %2 approbation(s) nécessaire(s).</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>empreinte %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation>Recalcule l&apos;empreinte de chaque événement : détecte les événements modifiés, supprimés ou tronqués</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>Pas encore vérifié dans cette session.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>Intègre : %n événement, tête %1</numerusform>
            <numerusform>Intègre : %n événements, tête %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>ROMPUE : %1</translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation>Émission en masse depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation>Chaque ligne du CSV reçoit une nouvelle clé, un certificat et un fichier PKCS#12 protégé par son propre mot de passe aléatoire. L&apos;en-tête nomme les colonnes : id (unique), attributs du sujet (CN, GN, SN, serialNumber, O, OU, C…) et noms alternatifs (email, dns, ip ; plusieurs séparés par « ; »). Les lignes erronées sont signalées avec leur numéro de ligne et les autres sont émises.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation>CSV des personnes *</translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation>Dossier de sortie *</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation>Lignes signées et enregistrées ensemble ; Annuler s&apos;arrête à la fin d&apos;un lot.</translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation>Valider toutes les</translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation>Interrompu ou annulé ? Relancez avec le même CSV et le même dossier de sortie : l&apos;émission reprend là où elle s&apos;est arrêtée, et chaque ligne est émise une seule fois.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <source>choose a profile</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation>choisissez un profil</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation>choisissez le dossier de sortie</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>%1 est un fichier : choisissez un dossier</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation>Lecture du CSV et vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 sur %n ligne</numerusform>
            <numerusform>%1 sur %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>%1 lignes par seconde</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>reste environ %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>Arrêté après %n ligne. Cliquez sur Reprendre pour émettre le reste.</numerusform>
            <numerusform>Arrêté après %n lignes. Cliquez sur Reprendre pour émettre le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation>Terminé : %1 émis ; lignes en erreur : %2.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation>Émis maintenant : %1</translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation>Émis lors d&apos;une exécution précédente : %1</translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation>Livraisons achevées d&apos;une exécution interrompue : %1</translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation>Restes non enregistrés supprimés (émis à nouveau) : %1</translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation>ANNULÉ : relancez pour terminer la tâche.</translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation>Lignes non émises (%1) :</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(id %1)</translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation>Fichiers PKCS#12 : %1</translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation>Lettres de code à imprimer, une page par titulaire (à conserver ensuite hors ligne) : %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifeste : %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
</context>
<context>
    <name>CaTreeModel</name>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Stockage de la clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>jeton « %1 »</translation>
    </message>
    <message>
        <source>software</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>pas de clé ici</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation>en attente de certificat</translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation>certificat seul</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
</context>
<context>
    <name>CeremonyRunnerWindow</name>
    <message>
        <source>Key ceremony: %1</source>
        <translation>Cérémonie des clés : %1</translation>
    </message>
    <message>
        <source>Script hash: read aloud and compare</source>
        <translation>Empreinte du script : à lire à voix haute et à comparer</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Press Start to begin the ceremony.</source>
        <translation>Cliquez sur Démarrer pour commencer la cérémonie.</translation>
    </message>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>Saisissez la réponse et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Confirm: perform this step</source>
        <translation>Confirmer : exécuter cette étape</translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>Pause (reprendre plus tard)</translation>
    </message>
    <message>
        <source>Exception noticed by a witness (recorded in the transcript)</source>
        <translation>Anomalie constatée par un témoin (consignée dans le procès-verbal)</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>Consigner l&apos;anomalie</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Ceremony complete. Each participant now signs the transcript.</source>
        <translation>Cérémonie terminée. Chaque participant signe maintenant le procès-verbal.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Describe the exception first.</source>
        <translation>Décrivez d&apos;abord l&apos;anomalie.</translation>
    </message>
    <message>
        <source>Total: %1 entries</source>
        <translation>Total : %1 entrées</translation>
    </message>
</context>
<context>
    <name>CertTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>The subject is last: it is the long text people read, so it takes whatever room is left and is never cut (a horizontal scroll bar appears instead).</extracomment>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>All statuses</source>
        <extracomment>Serial, not after and subject: data, read left to right in any language.</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <source>Expiring soon (30 days)</source>
        <translation>Expirent bientôt (30 jours)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Search subject or serial…</source>
        <translation>Rechercher un sujet ou un numéro de série…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>décompte…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>%n certificat de l&apos;AC %1</numerusform>
            <numerusform>%n certificats de l&apos;AC %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>%n certificat, toutes AC confondues</numerusform>
            <numerusform>%n certificats, toutes AC confondues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation>Publier une liste de révocation (CRL)</translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation>Une liste de révocation (CRL) énumère les certificats révoqués par cette AC, qui la signe. Publiez-en une après chaque révocation et avant l&apos;expiration de la précédente.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation>CRL delta (uniquement les changements depuis la dernière CRL complète)</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM (texte)</translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation>DER (binaire, ce que publient les serveurs HTTP)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation>Enregistrer la CRL sous *</translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation>aucune AC de cet espace de travail ne peut signer de CRL</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>liste de révocation</translation>
    </message>
    <message>
        <source>Delta CRL</source>
        <translation>CRL delta</translation>
    </message>
    <message>
        <source>%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.
Saved to %6</source>
        <translation>%1 n° %2 de %3 publiée : %4 certificat(s) révoqué(s), prochaine mise à jour %5.
Enregistrée dans %6</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>Où sont mes données ?</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(aucun ouvert)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Back up the workspace folder (and the database, if it is PostgreSQL) to keep your CAs. The log holds the details of unexpected errors for support; it never holds passphrases or PINs.</source>
        <translation>Sauvegardez le dossier de l&apos;espace de travail (et la base de données, si c&apos;est PostgreSQL) pour conserver vos AC. Le journal contient le détail des erreurs inattendues pour l&apos;assistance ; il ne contient jamais de phrase secrète ni de code PIN.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Stockage de la clé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation>Émis par l&apos;AC</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Révoqué le</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>Suspendu depuis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>unspecified</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates): always isolated. Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a right-to-left layout so Arabic does not reorder them. Revocation reasons: the RFC 5280 names the engine sends, said in the user&apos;s language (English keeps the names officers and the CLI use).</extracomment>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>key-compromise</source>
        <translation>compromission de la clé</translation>
    </message>
    <message>
        <source>ca-compromise</source>
        <translation>compromission de l’AC</translation>
    </message>
    <message>
        <source>affiliation-changed</source>
        <translation>changement d’affiliation</translation>
    </message>
    <message>
        <source>cessation-of-operation</source>
        <translation>cessation d’activité</translation>
    </message>
    <message>
        <source>certificate-hold</source>
        <translation>suspension du certificat</translation>
    </message>
    <message>
        <source>remove-from-crl</source>
        <translation>retiré de la CRL</translation>
    </message>
    <message>
        <source>privilege-withdrawn</source>
        <translation>privilège retiré</translation>
    </message>
    <message>
        <source>aa-compromise</source>
        <translation>compromission de l’autorité d’attributs</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation>Chaîne, de ce certificat jusqu&apos;à la racine</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>ASN.1</source>
        <translation>ASN.1</translation>
    </message>
    <message>
        <source>Select a CA or a certificate to see its details.</source>
        <translation>Sélectionnez une AC ou un certificat pour en voir les détails.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PEM — the certificate alone (text)</source>
        <translation>PEM — le certificat seul (texte)</translation>
    </message>
    <message>
        <source>DER — the certificate alone (binary)</source>
        <translation>DER — le certificat seul (binaire)</translation>
    </message>
    <message>
        <source>Chain — the certificate and its issuers (PEM)</source>
        <translation>Chaîne — le certificat et ses émetteurs (PEM)</translation>
    </message>
    <message>
        <source>PKCS#7 — certificate and chain bundle (Windows)</source>
        <translation>PKCS#7 — certificat et chaîne réunis (Windows)</translation>
    </message>
    <message>
        <source>PKCS#12 — CA certificate and private key (backup)</source>
        <translation>PKCS#12 — certificat et clé privée de l&apos;AC (sauvegarde)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificat %1</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>AC %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Objet exporté</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Chiffrement ancien (3DES) pour les anciennes versions de Windows</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation>Enregistrer sous *</translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation>le mot de passe de la sauvegarde doit comporter au moins 8 caractères</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>choose where to save the %1</source>
        <translation>choisissez où enregistrer : %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation>%1 est un dossier : donnez un nom de fichier (%2)</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation>choisissez le fichier : %1</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the %2 file</source>
        <translation>%1 est un dossier : choisissez le fichier (%2)</translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation>le fichier %2 (%1) n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ID Toolkit guide</source>
        <extracomment>The guide&apos;s sections, by the English title the Help menu asks for (in reading order); each language&apos;s file has them in this order under its own &quot;## &quot; headings.</extracomment>
        <translation>Guide d&apos;ID Toolkit</translation>
    </message>
    <message>
        <source>The guide is not installed with this copy.</source>
        <translation>Le guide n&apos;est pas installé avec cette copie.</translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation>Importer une AC</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Nom de l&apos;AC *</translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation>Fichier PKCS#12 (certificat et clé)</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation>Fichiers du certificat et de la clé (PEM ou DER)</translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation>Certificat seul (ne peut pas signer ici)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der)</source>
        <translation>Clés (*.pem *.key *.der)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation>mot de passe du fichier PKCS#12 ou de la clé</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier du certificat</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de la clé</translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation>Chaîne de l&apos;émetteur (facultatif)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>donnez un nom court à l&apos;AC</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>chaîne</translation>
    </message>
</context>
<context>
    <name>ImportCrlDialog</name>
    <message>
        <source>Import a CRL of an external CA</source>
        <translation>Importer une CRL d&apos;une AC externe</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, brought here on removable media. It is accepted only when the root&apos;s certificate here verifies its signature and it is newer than the one here; the local services then publish it.</source>
        <translation>Une CRL signée par la racine hors ligne, apportée ici sur un support amovible. Elle n&apos;est acceptée que si le certificat de la racine présent ici vérifie sa signature et si elle est plus récente que celle d&apos;ici ; les services locaux la publient ensuite.</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem *.der)</source>
        <translation>CRL (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>CRL file *</source>
        <translation>Fichier CRL *</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.</source>
        <translation>CRL n° %1 de %2 importée : %3 certificat(s) révoqué(s), prochaine mise à jour %4.</translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation>Importer le certificat signé de l&apos;AC subordonnée</translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain). For an external root (known here by its certificate only), choose it and its renewed certificate.</source>
        <translation>Choisissez l&apos;AC qui attend son certificat, le certificat signé par la racine et le certificat de la racine (la chaîne). Pour une racine externe (connue ici par son seul certificat), choisissez-la avec son certificat renouvelé.</translation>
    </message>
    <message>
        <source>external: renewed certificate</source>
        <translation>externe : certificat renouvelé</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Signed certificate *</source>
        <translation>Certificat signé *</translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation>Racine / chaîne</translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation>aucune AC n&apos;attend de certificat : faites d&apos;abord une demande</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>chaîne</translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation>Émettre un certificat à partir d&apos;une demande (CSR)</translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation>une AC subordonnée (racine hors ligne signant une demande)</translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation>Fichier de la demande *</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Ajouter des noms</translation>
    </message>
    <message>
        <source>e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation>p. ex. dns:www.example.sn, ip:10.0.0.1</translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation>Enregistrer le certificat sous *</translation>
    </message>
    <message>
        <source>I attest the key was generated on a qualified device (QSCD, a token)</source>
        <translation>J&apos;atteste que la clé a été générée sur un dispositif qualifié (QSCD, un jeton)</translation>
    </message>
    <message>
        <source>Only then does the certificate say the key is on a qualified signature or seal creation device (QcSSCD and the -qscd policy); the attestation is recorded in the audit trail.</source>
        <translation>Alors seulement le certificat indique que la clé se trouve sur un dispositif qualifié de création de signature ou de cachet (QcSSCD et la politique -qscd) ; l&apos;attestation est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un fichier de demande : son contenu et ce que le profil accorde s&apos;affichent ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use this request:</source>
        <translation>Demande inutilisable :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Extension copied</source>
        <translation>Extension reprise</translation>
    </message>
    <message>
        <source>Extension ignored (the profile decides)</source>
        <translation>Extension ignorée (le profil décide)</translation>
    </message>
    <message>
        <source>Will be refused:</source>
        <translation>Sera refusée :</translation>
    </message>
    <message>
        <source>Can be issued.</source>
        <translation>Peut être émis.</translation>
    </message>
    <message>
        <source>The request asks for</source>
        <translation>La demande sollicite</translation>
    </message>
    <message>
        <source>The profile will grant</source>
        <translation>Le profil accordera</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation>la demande est illisible</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
</context>
<context>
    <name>IssuePkcs12Dialog</name>
    <message>
        <source>Issue a credential (key + certificate as PKCS#12)</source>
        <translation>Émettre un titre (clé + certificat en PKCS#12)</translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation>La clé est générée ici et remise avec le certificat et la chaîne dans un fichier PKCS#12 protégé par un nouveau mot de passe aléatoire, affiché une seule fois.</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Chiffrement ancien (3DES) pour les anciennes versions de Windows</translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation>Enregistrer le PKCS#12 sous *</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation>Mot de passe du PKCS#12 — affiché une seule fois, non conservé. Remettez-le au titulaire séparément du fichier.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation>%1 émis ; enregistré dans %2</translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation>Logiciel (chiffrée dans l&apos;espace de travail)</translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation>Jeton (HSM / carte à puce)</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Stockage de la clé</translation>
    </message>
    <message>
        <source>token label</source>
        <translation>libellé du jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation>code PIN utilisateur (gardé en mémoire pour cette session seulement)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Code PIN du jeton</translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation>choisissez le jeton qui contiendra la clé</translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation>saisissez le code PIN utilisateur du jeton</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>RSA 2048-bit</source>
        <extracomment>Key types in plain words, so an officer need not know that ``ml-dsa-65`` is the post-quantum one (QT_TRANSLATE_NOOP: lupdate sees them, :func:`key_type_words` translates).</extracomment>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-256</source>
        <translation>ECDSA sur NIST P-256</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-384</source>
        <translation>ECDSA sur NIST P-384</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-521</source>
        <translation>ECDSA sur NIST P-521</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>Ed448</source>
        <translation>Ed448</translation>
    </message>
    <message>
        <source>ML-DSA-44: post-quantum (FIPS 204, level 2)</source>
        <translation>ML-DSA-44 : post-quantique (FIPS 204, niveau 2)</translation>
    </message>
    <message>
        <source>ML-DSA-65: post-quantum (FIPS 204, level 3)</source>
        <translation>ML-DSA-65 : post-quantique (FIPS 204, niveau 3)</translation>
    </message>
    <message>
        <source>ML-DSA-87: post-quantum (FIPS 204, level 5)</source>
        <translation>ML-DSA-87 : post-quantique (FIPS 204, niveau 5)</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>No lab open.</source>
        <extracomment>asked before a reset; tests replace it</extracomment>
        <translation>Aucun atelier ouvert.</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Vérifier mon travail</translation>
    </message>
    <message>
        <source>Grade the class</source>
        <translation>Noter la classe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), services on port %4</source>
        <translation>%1 — %2 (%3), services sur le port %4</translation>
    </message>
    <message>
        <source>%1 exercise(s)</source>
        <translation>Exercices : %1</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <source>Class %1: pack %2, %3 student(s)</source>
        <translation>Classe %1 : parcours %2, stagiaires : %3</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 student(s); press Grade</source>
        <translation>Stagiaires : %1 ; cliquez sur Noter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>%1 contrôles réussis sur %2</translation>
    </message>
    <message>
        <source>Grading every student…</source>
        <translation>Notation de tous les stagiaires…</translation>
    </message>
    <message>
        <source>%1 student(s) graded, out of %2 points</source>
        <translation>Stagiaires notés : %1, sur %2 points</translation>
    </message>
    <message>
        <source>Select a student to reset.</source>
        <translation>Sélectionnez un stagiaire à réinitialiser.</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>Réinitialisation de %1…</translation>
    </message>
    <message>
        <source>%1 is back at the start</source>
        <translation>%1 est revenu au début</translation>
    </message>
    <message>
        <source>Reset %1 to the start of the lab? Their work and token keys are deleted.</source>
        <translation>Ramener %1 au début de l&apos;atelier ? Son travail et les clés de son jeton sont supprimés.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation>ID Toolkit sera en %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation>Cette session a été lancée avec IDTOOLKIT_LANG=%1, qui a la priorité.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>&amp;Run local services (OCSP, CRL, TSA)</source>
        <translation>&amp;Lancer les services locaux (OCSP, CRL, horodatage)</translation>
    </message>
    <message>
        <source>Serve this workspace&apos;s OCSP answers, CRLs, CA certificates and time-stamps on 127.0.0.1 at the port of its base URL, while the app is open</source>
        <translation>Servir les réponses OCSP, les CRL, les certificats d&apos;AC et les horodatages de cet espace de travail sur 127.0.0.1, au port de son URL de base, tant que l&apos;application est ouverte</translation>
    </message>
    <message>
        <source>Starting the local services…</source>
        <translation>Démarrage des services locaux…</translation>
    </message>
    <message>
        <source>Local services running (process %1)</source>
        <translation>Services locaux en marche (processus %1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ID Toolkit</source>
        <translation>ID Toolkit</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation>Nouvelle AC &amp;racine…</translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation>Créer une AC racine auto-signée</translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation>Nouvelle AC &amp;subordonnée…</translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation>Créer une AC signée par une AC de cet espace de travail</translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation>&amp;Demander une AC subordonnée (racine hors ligne)…</translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation>Importer le certificat d&apos;AC si&amp;gné…</translation>
    </message>
    <message>
        <source>Import CR&amp;L of an external CA…</source>
        <translation>Importer une CR&amp;L d&apos;une AC externe…</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, for the local services to publish</source>
        <translation>Une CRL signée par la racine hors ligne, que les services locaux publieront</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>&amp;Importer une AC…</translation>
    </message>
    <message>
        <source>E&amp;xport CA…</source>
        <translation>E&amp;xporter l&apos;AC…</translation>
    </message>
    <message>
        <source>Publish &amp;CRL…</source>
        <translation>Publier la &amp;CRL…</translation>
    </message>
    <message>
        <source>Sign a CRL of the selected CA</source>
        <translation>Signer une liste de révocation de l&apos;AC sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Validation settings…</source>
        <translation>Paramètres de &amp;validation…</translation>
    </message>
    <message>
        <source>CRL partitions, pre-signed OCSP responses, publication folder</source>
        <translation>Partitions de CRL, réponses OCSP pré-signées, dossier de publication</translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation>Émettre depuis une &amp;CSR…</translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation>Signer une demande de certificat</translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation>Émettre un &amp;PKCS#12…</translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation>Générer une clé et un certificat pour une personne ou un serveur</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Révoquer le certificat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation>Émission en &amp;masse…</translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation>Émettre un titre pour chaque ligne d&apos;un fichier CSV de personnes</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation>Suspendre le certificat sélectionné ; la suspension pourra être levée plus tard</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Lever la suspension</translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation>Rendre de nouveau valide le certificat suspendu sélectionné</translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation>&amp;Titre de service (TSA / OCSP)…</translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation>Créer le titre d&apos;horodatage ou de répondeur OCSP délégué qu&apos;utilise idtoolkit serve</translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation>Vérifier une &amp;signature…</translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation>Contrôler un PDF signé ou un fichier avec sa signature détachée</translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation>&amp;Exporter le certificat…</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Run a key &amp;ceremony…</source>
        <translation>Conduire une &amp;cérémonie des clés…</translation>
    </message>
    <message>
        <source>Run a ceremony script step by step, with confirmations and a transcript</source>
        <translation>Dérouler un script de cérémonie pas à pas, avec confirmations et procès-verbal</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>Ouvrir un &amp;atelier…</translation>
    </message>
    <message>
        <source>A training class folder (trainer view)</source>
        <translation>Un dossier de classe de formation (vue du formateur)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Paramètres de l&apos;&amp;espace de travail…</translation>
    </message>
    <message>
        <source>Base URL written into certificates, CRL lifetimes, PKCS#11 module</source>
        <translation>URL de base inscrite dans les certificats, durées de validité des CRL, module PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Guide: the desktop app</source>
        <translation>&amp;Guide : l&apos;application de bureau</translation>
    </message>
    <message>
        <source>Guide: &amp;what works today</source>
        <translation>Guide : &amp;ce qui fonctionne aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Guide: the &amp;command line</source>
        <translation>Guide : la ligne de &amp;commande</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Où sont mes &amp;données ?</translation>
    </message>
    <message>
        <source>The workspace folder, its database and the log file</source>
        <translation>Le dossier de l&apos;espace de travail, sa base de données et le fichier journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>&amp;AC</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificats</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>ID Toolkit — %1</source>
        <translation>ID Toolkit — %1</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>%1 is not a lab class folder</source>
        <translation>%1 n&apos;est pas un dossier de classe d&apos;atelier</translation>
    </message>
    <message>
        <source>Open a lab class folder</source>
        <translation>Ouvrir un dossier de classe d&apos;atelier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation>L&apos;AC %1 attend son certificat signé.</translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation>sélectionnez d&apos;abord une AC dans l&apos;arborescence</translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation>%1 est suspendu</translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation>%1 est de nouveau valide</translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation>sélectionnez d&apos;abord un certificat dans le tableau</translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation>ce certificat n&apos;a pas été émis par une AC de cet espace de travail</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>Script de cérémonie</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.toml)</source>
        <translation>Scripts de cérémonie (*.toml)</translation>
    </message>
    <message>
        <source>Ceremony directory (new, or the one to resume)</source>
        <translation>Dossier de la cérémonie (nouveau, ou celui à reprendre)</translation>
    </message>
    <message>
        <source>Key ceremony</source>
        <translation>Cérémonie des clés</translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation>À propos d&apos;ID Toolkit</translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation>ID Toolkit — une autorité de certification libre, avec clés logicielles et sur HSM.</translation>
    </message>
    <message>
        <source>Version {version}, build {build} ({platform}).</source>
        <translation>Version {version}, compilation {build} ({platform}).</translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation>Nouvelle AC racine</translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation>Nouvelle AC subordonnée</translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation>Demander un certificat d&apos;AC subordonnée (racine hors ligne)</translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation>Une AC racine signe son propre certificat. Gardez-la hors ligne et ne l&apos;utilisez que pour signer des AC subordonnées.</translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation>Une AC subordonnée est signée par une AC de cet espace de travail et émet des certificats.</translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation>La clé est créée ici et une demande (CSR) est enregistrée pour être portée à la racine hors ligne. Importez ensuite le certificat signé avec « Importer le certificat d&apos;AC signé ».</translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation>nom court utilisé dans les commandes et les URL, p. ex. issuing</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Nom de l&apos;AC *</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <extracomment>The parent chosen when the list arrives (the main window&apos;s selected CA).</extracomment>
        <translation>Signée par *</translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation>Enregistrer la demande sous *</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>donnez un nom court à l&apos;AC</translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation>aucune AC de cet espace de travail ne peut signer une AC subordonnée : créez ou importez d&apos;abord une AC racine</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the request (read it aloud on both sides):
%2</source>
        <translation>Demande enregistrée dans %1
SHA-256 de la demande (à lire à voix haute des deux côtés) :
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <extracomment>The engine&apos;s rule, so the CLI and the app agree.</extracomment>
        <translation>Bienvenue dans ID Toolkit</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ID Toolkit conserve vos autorités de certification, leurs certificats et une piste d&apos;audit dans un &lt;b&gt;espace de travail&lt;/b&gt;. Créons-en un.&lt;/p&gt;&lt;p&gt;Choisissez une phrase secrète : elle chiffre les clés des AC conservées sur cet ordinateur. Elle n&apos;est jamais enregistrée — si elle est perdue, ces clés deviennent inutilisables.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Dossier *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation>Phrase secrète *</translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation>Répétez la phrase secrète *</translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation>vide : SQLite dans le dossier ; ou postgresql://user@host/db</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de données partagée</translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation>choisissez un dossier pour l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation>%1 est déjà un espace de travail : ouvrez-le plutôt</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>la phrase secrète doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>les deux phrases secrètes diffèrent</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Dossier *</translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation>choisissez le dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation>%1 n&apos;est pas un espace de travail (pas de config.toml)</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>Phrase secrète de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation>La phrase secrète de l&apos;espace de travail protège les clés d&apos;AC conservées en logiciel. Elle reste en mémoire jusqu&apos;à la fermeture de l&apos;application et n&apos;est jamais écrite nulle part.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Code PIN du jeton</translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation>Saisissez le code PIN utilisateur du jeton « %1 ». Il ne sert que pour cette session.</translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation>Code PIN utilisateur :</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Issuing CA *</source>
        <translation>AC émettrice *</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>Profil *</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation>p. ex. email:amina@example.sn, dns:host.example.sn</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation>aucune AC de cet espace de travail ne peut émettre : créez d&apos;abord une AC</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation>la clé privée a été perdue ou volée (p. ex. carte d&apos;identité perdue)</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation>la clé de l&apos;AC émettrice a été compromise</translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation>le titulaire a changé d&apos;organisation ou de fonction</translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation>remplacé par un nouveau certificat</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>n&apos;est plus nécessaire</translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation>suspendu pour l&apos;instant ; la suspension peut être levée plus tard</translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation>le titulaire n&apos;y a plus droit</translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation>une autorité d&apos;attributs a été compromise</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Révoquer un certificat</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Révoquer %1 ?</translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation>AC émettrice *</translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation>numéro de série hexadécimal</translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation>Numéro de série *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motif *</translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation>La clé a été compromise plus tôt, le :</translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation>choisissez l&apos;AC émettrice</translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation>le numéro de série doit être un nombre hexadécimal</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation>la phrase secrète de l&apos;espace de travail est nécessaire pour utiliser une clé d&apos;AC logicielle</translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation>le code PIN du jeton « %1 » est nécessaire et n&apos;a pas été fourni</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation>Autorité d&apos;horodatage (TSA)</translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation>Répondeur OCSP délégué</translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation>idtoolkit serve répond aux requêtes d&apos;horodatage RFC 3161 sur /tsa, signées avec ce titre, afin que les signatures faites avec --tsa prouvent leur date d&apos;existence (niveau B-T). Une seule TSA sert tout l&apos;espace de travail ; le titre le plus récent est utilisé. Redémarrez serve s&apos;il est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation>idtoolkit serve signe les réponses OCSP de cette AC (/ocsp/CA) avec ce certificat de répondeur au lieu de la clé de l&apos;AC, qui peut ainsi rester hors ligne ou sur son jeton. Un serve en cours d&apos;exécution le prend en compte ; un répondeur expiré ou révoqué est écarté.</translation>
    </message>
    <message>
        <source>Time-Stamping Authority</source>
        <extracomment>The subject&apos;s common name offered for each kind, in the officer&apos;s language (the name the certificate carries; the officer can change it).</extracomment>
        <translation>Autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>OCSP Responder</source>
        <translation>Répondeur OCSP</translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation>Titre de service pour idtoolkit serve</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>Service *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation>Titre de service créé (%1) : %2
Certificat %3 de l&apos;AC %4, valide jusqu&apos;au %5 UTC.
idtoolkit serve répond avec lui sur %6.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Créé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PKCS#11 module (*.dll)</source>
        <extracomment>What the module picker offers first: the platform&apos;s library suffix.</extracomment>
        <translation>Module PKCS#11 (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.dylib *.so)</source>
        <translation>Module PKCS#11 (*.dylib *.so)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so)</source>
        <translation>Module PKCS#11 (*.so)</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>These settings are kept in the workspace (%1) and apply to the CAs you create from now on; existing CAs keep the addresses already written into their certificates.</source>
        <translation>Ces paramètres sont conservés dans l&apos;espace de travail (%1) et s&apos;appliquent aux AC que vous créerez désormais ; les AC existantes gardent les adresses déjà inscrites dans leurs certificats.</translation>
    </message>
    <message>
        <source>e.g. http://pki.example.gov</source>
        <translation>p. ex. http://pki.example.gov</translation>
    </message>
    <message>
        <source>Base URL *</source>
        <translation>URL de base *</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>CRL lifetime (sub-CAs)</source>
        <translation>Durée de validité des CRL (AC subordonnées)</translation>
    </message>
    <message>
        <source>CRL lifetime (root CAs)</source>
        <translation>Durée de validité des CRL (AC racines)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Delta CRL lifetime</source>
        <translation>Durée de validité des CRL delta</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Module PKCS#11</translation>
    </message>
    <message>
        <source>Empty: the module named by %1, else SoftHSM2 if it is installed.</source>
        <translation>Vide : le module désigné par %1, sinon SoftHSM2 s&apos;il est installé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only this computer (or a private network) can reach it, so relying parties elsewhere cannot check revocation, and pkilint warns &apos;%2&apos; on TLS certificates. Fine for a lab; for production give the public address where &apos;idtoolkit serve&apos; (or your web server) publishes them.</source>
        <translation>Les certificats portent leurs adresses de CRL, de certificat d&apos;AC et d&apos;OCSP sous %1. Seul cet ordinateur (ou un réseau privé) peut l&apos;atteindre : ailleurs, les tiers ne pourront pas vérifier la révocation, et pkilint signale « %2 » sur les certificats TLS. Convient pour un atelier ; en production, indiquez l&apos;adresse publique où « idtoolkit serve » (ou votre serveur web) les publie.</translation>
    </message>
    <message>
        <source>give the base URL, e.g. http://pki.example.gov</source>
        <translation>indiquez l&apos;URL de base, p. ex. http://pki.example.gov</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 does not exist</source>
        <translation>le module PKCS#11 %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as operator</source>
        <translation>Se connecter comme opérateur</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Nom de l&apos;opérateur :</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Fichier PKCS#12 :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Operator credential</source>
        <translation>Identifiant de l&apos;opérateur</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>What a finished job did, when the dialog stays open to say it (see stay_open_with). Inline problems show only once the user has edited something (or pressed OK): a fresh form is not wrong, it is empty.</extracomment>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Sign in as &amp;operator…</source>
        <translation>Se connecter comme &amp;opérateur…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Approbations…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>O&amp;pérateurs…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Opérateur : %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in as an operator first (Team menu)</source>
        <translation>Connectez-vous d&apos;abord comme opérateur (menu Équipe)</translation>
    </message>
    <message>
        <source>Needs the role %1; you are %2</source>
        <translation>Demande le rôle %1 ; vous êtes %2</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation>Rechercher les jetons</translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation>Afficher les clés (demande le code PIN)</translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation>Cliquez sur « Rechercher les jetons » pour lister les jetons du module PKCS#11.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation>Extractible</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mécanismes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Recherche des jetons…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Sélectionnez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation settings</source>
        <translation>Paramètres de validation</translation>
    </message>
    <message>
        <source>For many relying parties: OCSP answers are signed here in advance and served by responders that hold no key; a large CRL can be split into partitions.</source>
        <translation>Pour de nombreuses parties utilisatrices : les réponses OCSP sont signées ici à l&apos;avance et servies par des répondeurs qui ne détiennent aucune clé ; une grande CRL peut être découpée en partitions.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>0: one CRL. Certificates issued before a change keep their partition.</source>
        <translation>0 : une seule CRL. Les certificats émis avant un changement gardent leur partition.</translation>
    </message>
    <message>
        <source>CRL partitions</source>
        <translation>Partitions de CRL</translation>
    </message>
    <message>
        <source>Pre-signed OCSP responses</source>
        <translation>Réponses OCSP pré-signées</translation>
    </message>
    <message>
        <source>Sign the missing and due OCSP responses now</source>
        <translation>Signer maintenant les réponses OCSP manquantes ou à renouveler</translation>
    </message>
    <message>
        <source>Optional: CA certificates and CRLs are written there for a web server</source>
        <translation>Facultatif : les certificats d&apos;AC et les CRL y sont écrits pour un serveur web</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 stored; the oldest signed %2</source>
        <translation>%1 enregistrées ; la plus ancienne signée le %2</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>aucune AC ne peut signer ici</translation>
    </message>
    <message>
        <source>the publication folder is a file</source>
        <translation>le dossier de publication est un fichier</translation>
    </message>
    <message>
        <source>%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.</source>
        <translation>%1 : %2 partition(s) de CRL pour les nouveaux certificats ; %3 réponse(s) OCSP signée(s).</translation>
    </message>
    <message>
        <source>%1 file(s) written to %2</source>
        <translation>%1 fichier(s) écrit(s) dans %2</translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation>valeur du profil</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>VerifySignatureDialog</name>
    <message>
        <source>VALID</source>
        <translation>VALIDE</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>INDÉTERMINÉ</translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation>Tous les contrôles ont réussi : le document est tel qu&apos;il a été signé, par un signataire de confiance.</translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation>Un contrôle a échoué de façon certaine : ne vous fiez pas à cette signature.</translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation>Il manque un élément pour conclure (confiance, statut de révocation, preuve de date).</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; their words for people are the engine&apos;s messages (one table for the CLI and the app), said in the app&apos;s language through the engine&apos;s catalogues. The details stay as the engine wrote them. Mark and colour of each check outcome. Item data of a trust anchor taken from the open workspace (PEM), not from a file.</extracomment>
        <translation>Vérifier une signature</translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation>Contrôle la valeur de signature, la chaîne de certification du signataire jusqu&apos;à un point de confiance de votre choix, l&apos;usage de la clé, la révocation (réponses OCSP/CRL incluses dans la signature, ou obtenues aux URL des certificats) et l&apos;horodatage.</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF signé</translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation>Fichier + signature détachée (.p7s)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>Document *</translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation>Signature CMS (*.p7s *.p7m);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation>Signature (.p7s) *</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Workspace roots</source>
        <translation>Racines de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Trust the root CAs of the open workspace</source>
        <translation>Faire confiance aux AC racines de l&apos;espace de travail ouvert</translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation>Points de confiance *</translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation>À une date passée (UTC) :</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Date de validation</translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation>Obtenir le statut de révocation (OCSP / CRL) aux URL des certificats</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>%1 (workspace root): %2</source>
        <translation>%1 (racine de l&apos;espace de travail) : %2</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>Certificats des points de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation>ajoutez au moins un certificat de point de confiance (p. ex. l&apos;AC racine)</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>point de confiance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation>Aucune signature trouvée dans ce fichier.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation>Sources de révocation</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>Date de signature (déclarée)</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>Validé au</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>ID Toolkit</source>
        <translation>ID Toolkit</translation>
    </message>
    <message>
        <source>unexpected error: %1 (details in %2)</source>
        <translation>erreur inattendue : %1 (détails dans %2)</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation>Nom commun</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation>Numéro de série (identifiant)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant utilisateur</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Unité organisationnelle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>État / province</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>Composant de domaine</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>Pays (2 lettres)</translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation>* obligatoire   † exactement un parmi : %1</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>erreur inattendue : %1</translation>
    </message>
</context>
</TS>
