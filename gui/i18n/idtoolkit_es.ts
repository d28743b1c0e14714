<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcmeEndpointDialog</name>
    <message>
        <source>Add ACME endpoint</source>
        <translation>Añadir punto de acceso ACME</translation>
    </message>
    <message>
        <source>certbot, lego or Caddy get certificates from this CA for the names you allow, once they prove they control them. The directory is %1 of idtoolkit serve.</source>
        <translation>certbot, lego o Caddy obtienen certificados de esta AC para los nombres que usted permita, una vez que demuestran que los controlan. El directorio es %1 de idtoolkit serve.</translation>
    </message>
    <message>
        <source>Endpoint name *</source>
        <translation>Nombre del punto de acceso *</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>Perfil *</translation>
    </message>
    <message>
        <source>Domains whose names may be asked for, separated by commas; empty: any name</source>
        <translation>Dominios cuyos nombres se pueden pedir, separados por comas; vacío: cualquier nombre</translation>
    </message>
    <message>
        <source>Allowed name suffixes</source>
        <translation>Sufijos de nombres permitidos</translation>
    </message>
    <message>
        <source>Also IP addresses</source>
        <translation>También direcciones IP</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>Puerto http-01</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>Puerto tls-alpn-01</translation>
    </message>
    <message>
        <source>For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge is checked at that address</source>
        <translation>Para laboratorios sin DNS: pares NOMBRE=DIRECCIÓN, separados por comas; el desafío se comprueba en esa dirección</translation>
    </message>
    <message>
        <source>Name addresses</source>
        <translation>Direcciones de los nombres</translation>
    </message>
    <message>
        <source>Clients need an External Account Binding key</source>
        <translation>Los clientes necesitan una clave External Account Binding</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>dé un nombre al punto de acceso</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>ninguna AC de aquí puede firmar</translation>
    </message>
    <message>
        <source>choose at least one challenge</source>
        <translation>elija al menos un desafío</translation>
    </message>
    <message>
        <source>Endpoint %1 added: clients use %2 of idtoolkit serve.</source>
        <translation>Punto de acceso %1 añadido: los clientes usan %2 de idtoolkit serve.</translation>
    </message>
</context>
<context>
    <name>AcmeView</name>
    <message>
        <source>&amp;Add endpoint…</source>
        <extracomment>Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left to right (elided at their end) in an Arabic window; each cell&apos;s data is also isolated. the officer asked for the add-endpoint dialog (the window opens it) why the signed-in operator may not change endpoints (None: they may)</extracomment>
        <translation>&amp;Añadir punto de acceso…</translation>
    </message>
    <message>
        <source>Re&amp;move endpoint</source>
        <translation>&amp;Quitar punto de acceso</translation>
    </message>
    <message>
        <source>Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve.</source>
        <translation>Clientes como certbot, lego o Caddy obtienen certificados de %1 de idtoolkit serve.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>AC</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Allowed names</source>
        <translation>Nombres permitidos</translation>
    </message>
    <message>
        <source>EAB required</source>
        <translation>EAB obligatoria</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Puntos de acceso</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Pedidos recientes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>cualquier nombre</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>direcciones IP</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Punto de acceso %1 quitado.</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Reason (needed to reject)</source>
        <translation>Motivo (necesario para rechazar)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Pending requests:</source>
        <translation>Solicitudes pendientes:</translation>
    </message>
    <message>
        <source>Exact parameters (what you sign):</source>
        <translation>Parámetros exactos (lo que usted firma):</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 of %5 approvals</source>
        <translation>n.º %1 %2 por %3: %4 de %5 aprobaciones</translation>
    </message>
    <message>
        <source>Give a reason to reject the request.</source>
        <translation>Indique un motivo para rechazar la solicitud.</translation>
    </message>
    <message>
        <source>Request %1 approved and executed.</source>
        <translation>Solicitud %1 aprobada y ejecutada.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Solicitud %1 rechazada.</translation>
    </message>
    <message>
        <source>Request %1 approved: %2 more approval(s) needed.</source>
        <translation>Solicitud %1 aprobada: faltan %2 aprobación(es).</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>hash %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation>Recalcula el hash de cada evento: detecta eventos alterados, eliminados o truncados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>Aún no verificado en esta sesión.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>Íntegra: %n evento, cabeza %1</numerusform>
            <numerusform>Íntegra: %n eventos, cabeza %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>ROTA: %1</translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation>Emisión masiva desde un archivo CSV</translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation>Cada fila del CSV recibe una clave nueva, un certificado y un archivo PKCS#12 con su propia contraseña aleatoria. El encabezado nombra las columnas: id (único), atributos del sujeto (CN, GN, SN, serialNumber, O, OU, C…) y nombres alternativos (email, dns, ip; varios separados por «;»). Las filas con errores se informan con su número de línea y las demás se emiten.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation>CSV de personas *</translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation>Carpeta de salida *</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation>Filas firmadas y guardadas juntas; Cancelar se detiene al final de un lote.</translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation>Confirmar cada</translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation>¿Interrumpido o cancelado? Vuelva a ejecutarlo con el mismo CSV y la misma carpeta de salida: se reanuda donde se detuvo y cada fila se emite una sola vez.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>choose a profile</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation>elija un perfil</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation>elija la carpeta de salida</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>%1 es un archivo: elija una carpeta</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation>Leyendo el CSV y comprobando cada fila…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 de %n fila</numerusform>
            <numerusform>%1 de %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>%1 filas por segundo</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>Detenido tras %n fila. Pulse Reanudar para emitir el resto.</numerusform>
            <numerusform>Detenido tras %n filas. Pulse Reanudar para emitir el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation>Listo: %1 emitidos; filas con errores: %2.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Trabajo: %1</translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation>Emitidos ahora: %1</translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation>Emitidos en una ejecución anterior: %1</translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation>Entregas completadas de una ejecución interrumpida: %1</translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation>Restos no registrados descartados (emitidos de nuevo): %1</translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation>CANCELADO: vuelva a ejecutarlo para terminar el trabajo.</translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation>Filas no emitidas (%1):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(id %1)</translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation>Archivos PKCS#12: %1</translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation>Cartas de PIN para imprimir, una página por titular (luego guárdelas fuera de línea): %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifiesto: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
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
        <translation>Almacén de la clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>token «%1»</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>sin clave aquí</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation>esperando certificado</translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation>solo certificado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
</context>
<context>
    <name>CeremonyRunnerWindow</name>
    <message>
        <source>Key ceremony: %1</source>
        <translation>Ceremonia de claves: %1</translation>
    </message>
    <message>
        <source>Script hash: read aloud and compare</source>
        <translation>Hash del guion: léalo en voz alta y compárelo</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Press Start to begin the ceremony.</source>
        <translation>Pulse Iniciar para comenzar la ceremonia.</translation>
    </message>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>Escriba la respuesta y pulse Intro</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Confirm: perform this step</source>
        <translation>Confirmar: realizar este paso</translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>Pausa (reanudar más tarde)</translation>
    </message>
    <message>
        <source>Exception noticed by a witness (recorded in the transcript)</source>
        <translation>Incidencia observada por un testigo (se registra en el acta)</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>Registrar incidencia</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Ceremony complete. Each participant now signs the transcript.</source>
        <translation>Ceremonia terminada. Cada participante firma ahora el acta.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Describe the exception first.</source>
        <translation>Describa primero la incidencia.</translation>
    </message>
    <message>
        <source>Total: %1 entries</source>
        <translation>Total: %1 entradas</translation>
    </message>
</context>
<context>
    <name>CertTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>The subject is last: it is the long text people read, so it takes whatever room is left and is never cut (a horizontal scroll bar appears instead).</extracomment>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>aún no válido</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>All statuses</source>
        <extracomment>Serial, not after and subject: data, read left to right in any language.</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válidos</translation>
    </message>
    <message>
        <source>Expiring soon (30 days)</source>
        <translation>Vencen pronto (30 días)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocados</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendidos</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Aún no válido</translation>
    </message>
    <message>
        <source>Search subject or serial…</source>
        <translation>Buscar sujeto o número de serie…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>%n certificado de la AC %1</numerusform>
            <numerusform>%n certificados de la AC %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>%n certificado, todas las AC</numerusform>
            <numerusform>%n certificados, todas las AC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation>Publicar una lista de revocación (CRL)</translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation>Una lista de revocación de certificados (CRL) enumera los certificados que esta AC revocó, firmada por la AC. Publique una después de cada revocación y antes de que venza la anterior.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation>CRL delta (solo los cambios desde la última CRL completa)</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM (texto)</translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation>DER (binario, lo que publican los servidores HTTP)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation>Guardar la CRL como *</translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation>ninguna AC de este espacio de trabajo puede firmar una CRL</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>lista de revocación</translation>
    </message>
    <message>
        <source>Delta CRL</source>
        <translation>CRL delta</translation>
    </message>
    <message>
        <source>%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.
Saved to %6</source>
        <translation>%1 n.º %2 de %3 publicada: %4 certificado(s) revocado(s), próxima actualización %5.
Guardada en %6</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(ninguno abierto)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Back up the workspace folder (and the database, if it is PostgreSQL) to keep your CAs. The log holds the details of unexpected errors for support; it never holds passphrases or PINs.</source>
        <translation>Haga una copia de seguridad de la carpeta del espacio de trabajo (y de la base de datos, si es PostgreSQL) para conservar sus AC. El registro guarda los detalles de los errores inesperados para el soporte; nunca guarda frases de contraseña ni PIN.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
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
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Almacén de la clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation>Emitido por la AC</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>Suspendido desde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unspecified</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates): always isolated. Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a right-to-left layout so Arabic does not reorder them. Revocation reasons: the RFC 5280 names the engine sends, said in the user&apos;s language (English keeps the names officers and the CLI use).</extracomment>
        <translation>no especificado</translation>
    </message>
    <message>
        <source>key-compromise</source>
        <translation>compromiso de la clave</translation>
    </message>
    <message>
        <source>ca-compromise</source>
        <translation>compromiso de la AC</translation>
    </message>
    <message>
        <source>affiliation-changed</source>
        <translation>cambio de afiliación</translation>
    </message>
    <message>
        <source>cessation-of-operation</source>
        <translation>cese de operación</translation>
    </message>
    <message>
        <source>certificate-hold</source>
        <translation>suspensión del certificado</translation>
    </message>
    <message>
        <source>remove-from-crl</source>
        <translation>retirado de la CRL</translation>
    </message>
    <message>
        <source>privilege-withdrawn</source>
        <translation>privilegio retirado</translation>
    </message>
    <message>
        <source>aa-compromise</source>
        <translation>compromiso de la autoridad de atributos</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>reemplazado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation>Cadena, desde este certificado hasta la raíz</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
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
        <translation>Seleccione una AC o un certificado para ver sus detalles.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PEM — the certificate alone (text)</source>
        <translation>PEM — solo el certificado (texto)</translation>
    </message>
    <message>
        <source>DER — the certificate alone (binary)</source>
        <translation>DER — solo el certificado (binario)</translation>
    </message>
    <message>
        <source>Chain — the certificate and its issuers (PEM)</source>
        <translation>Cadena — el certificado y sus emisores (PEM)</translation>
    </message>
    <message>
        <source>PKCS#7 — certificate and chain bundle (Windows)</source>
        <translation>PKCS#7 — certificado y cadena en un paquete (Windows)</translation>
    </message>
    <message>
        <source>PKCS#12 — CA certificate and private key (backup)</source>
        <translation>PKCS#12 — certificado y clave privada de la AC (copia de seguridad)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>certificado %1</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>AC %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Se exporta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Cifrado heredado (3DES) para Windows antiguos</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation>Guardar como *</translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation>la contraseña de la copia de seguridad debe tener al menos 8 caracteres</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>choose where to save the %1</source>
        <translation>elija dónde guardar: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation>%1 es una carpeta: indique un nombre de archivo (%2)</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation>elija el archivo: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the %2 file</source>
        <translation>%1 es una carpeta: elija el archivo (%2)</translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation>el archivo %2 (%1) no existe</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ID Toolkit guide</source>
        <extracomment>The guide&apos;s sections, by the English title the Help menu asks for (in reading order); each language&apos;s file has them in this order under its own &quot;## &quot; headings.</extracomment>
        <translation>Guía de ID Toolkit</translation>
    </message>
    <message>
        <source>The guide is not installed with this copy.</source>
        <translation>La guía no está instalada con esta copia.</translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation>Importar una AC</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Nombre de la AC *</translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation>Archivo PKCS#12 (certificado y clave)</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation>Archivos de certificado y clave (PEM o DER)</translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation>Solo el certificado (no puede firmar aquí)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der)</source>
        <translation>Claves (*.pem *.key *.der)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation>contraseña del archivo PKCS#12 o de la clave</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Archivo PKCS#12</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo del certificado</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de la clave</translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation>Cadena del emisor (opcional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>dé a la AC un nombre corto</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>cadena</translation>
    </message>
</context>
<context>
    <name>ImportCrlDialog</name>
    <message>
        <source>Import a CRL of an external CA</source>
        <translation>Importar una CRL de una AC externa</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, brought here on removable media. It is accepted only when the root&apos;s certificate here verifies its signature and it is newer than the one here; the local services then publish it.</source>
        <translation>Una CRL firmada por la raíz fuera de línea, traída aquí en un medio extraíble. Solo se acepta si el certificado de la raíz que hay aquí verifica su firma y si es más reciente que la de aquí; después la publican los servicios locales.</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem *.der)</source>
        <translation>CRL (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>CRL file *</source>
        <translation>Archivo CRL *</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.</source>
        <translation>CRL n.º %1 de %2 importada: %3 certificado(s) revocado(s), próxima actualización %4.</translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation>Importar el certificado firmado de la AC subordinada</translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain). For an external root (known here by its certificate only), choose it and its renewed certificate.</source>
        <translation>Elija la AC que espera su certificado, el certificado que firmó la raíz y el certificado de la raíz (la cadena). Para una raíz externa (conocida aquí solo por su certificado), elíjala junto con su certificado renovado.</translation>
    </message>
    <message>
        <source>external: renewed certificate</source>
        <translation>externa: certificado renovado</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Signed certificate *</source>
        <translation>Certificado firmado *</translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation>Raíz / cadena</translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation>ninguna AC espera un certificado: haga primero una solicitud</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>cadena</translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation>Emitir un certificado a partir de una solicitud (CSR)</translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation>una AC subordinada (raíz fuera de línea que firma una solicitud)</translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation>Archivo de la solicitud *</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Agregar nombres</translation>
    </message>
    <message>
        <source>e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation>p. ej. dns:www.example.sn, ip:10.0.0.1</translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation>Guardar el certificado como *</translation>
    </message>
    <message>
        <source>I attest the key was generated on a qualified device (QSCD, a token)</source>
        <translation>Doy fe de que la clave se generó en un dispositivo cualificado (QSCD, un token)</translation>
    </message>
    <message>
        <source>Only then does the certificate say the key is on a qualified signature or seal creation device (QcSSCD and the -qscd policy); the attestation is recorded in the audit trail.</source>
        <translation>Solo entonces el certificado indica que la clave está en un dispositivo cualificado de creación de firma o sello (QcSSCD y la política -qscd); la declaración queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija un archivo de solicitud: aquí aparecen su contenido y lo que otorga el perfil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use this request:</source>
        <translation>No se puede usar esta solicitud:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Extension copied</source>
        <translation>Extensión copiada</translation>
    </message>
    <message>
        <source>Extension ignored (the profile decides)</source>
        <translation>Extensión ignorada (decide el perfil)</translation>
    </message>
    <message>
        <source>Will be refused:</source>
        <translation>Se rechazará:</translation>
    </message>
    <message>
        <source>Can be issued.</source>
        <translation>Se puede emitir.</translation>
    </message>
    <message>
        <source>The request asks for</source>
        <translation>La solicitud pide</translation>
    </message>
    <message>
        <source>The profile will grant</source>
        <translation>El perfil otorgará</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation>no se puede leer la solicitud</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
</context>
<context>
    <name>IssuePkcs12Dialog</name>
    <message>
        <source>Issue a credential (key + certificate as PKCS#12)</source>
        <translation>Emitir una credencial (clave + certificado en PKCS#12)</translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation>La clave se genera aquí y se entrega con el certificado y la cadena en un archivo PKCS#12 protegido por una contraseña aleatoria nueva, que se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Cifrado heredado (3DES) para Windows antiguos</translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation>Guardar el PKCS#12 como *</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation>Contraseña del PKCS#12: se muestra una sola vez y no se guarda. Entréguela al titular por separado del archivo.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Archivo PKCS#12</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation>Emitido %1; guardado en %2</translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation>Software (cifrada en el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation>Token (HSM / tarjeta inteligente)</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Almacén de la clave</translation>
    </message>
    <message>
        <source>token label</source>
        <translation>etiqueta del token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation>PIN de usuario (se guarda en memoria solo durante esta sesión)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>PIN del token</translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation>elija el token que guardará la clave</translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation>ingrese el PIN de usuario del token</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>RSA 2048-bit</source>
        <extracomment>Key types in plain words, so an officer need not know that ``ml-dsa-65`` is the post-quantum one (QT_TRANSLATE_NOOP: lupdate sees them, :func:`key_type_words` translates).</extracomment>
        <translation>RSA de 2048 bits</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA de 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation>RSA de 4096 bits</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-256</source>
        <translation>ECDSA sobre NIST P-256</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-384</source>
        <translation>ECDSA sobre NIST P-384</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-521</source>
        <translation>ECDSA sobre NIST P-521</translation>
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
        <translation>ML-DSA-44: poscuántico (FIPS 204, nivel 2)</translation>
    </message>
    <message>
        <source>ML-DSA-65: post-quantum (FIPS 204, level 3)</source>
        <translation>ML-DSA-65: poscuántico (FIPS 204, nivel 3)</translation>
    </message>
    <message>
        <source>ML-DSA-87: post-quantum (FIPS 204, level 5)</source>
        <translation>ML-DSA-87: poscuántico (FIPS 204, nivel 5)</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>No lab open.</source>
        <extracomment>asked before a reset; tests replace it</extracomment>
        <translation>Ningún laboratorio abierto.</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Comprobar mi trabajo</translation>
    </message>
    <message>
        <source>Grade the class</source>
        <translation>Calificar la clase</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), services on port %4</source>
        <translation>%1 — %2 (%3), servicios en el puerto %4</translation>
    </message>
    <message>
        <source>%1 exercise(s)</source>
        <translation>Ejercicios: %1</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>Sus valores</translation>
    </message>
    <message>
        <source>Class %1: pack %2, %3 student(s)</source>
        <translation>Clase %1: paquete %2, estudiantes: %3</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 student(s); press Grade</source>
        <translation>Estudiantes: %1; pulse Calificar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>%1 de %2 comprobaciones correctas</translation>
    </message>
    <message>
        <source>Grading every student…</source>
        <translation>Calificando a todos los estudiantes…</translation>
    </message>
    <message>
        <source>%1 student(s) graded, out of %2 points</source>
        <translation>Estudiantes calificados: %1, sobre %2 puntos</translation>
    </message>
    <message>
        <source>Select a student to reset.</source>
        <translation>Seleccione un estudiante para restablecer.</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>Restableciendo a %1…</translation>
    </message>
    <message>
        <source>%1 is back at the start</source>
        <translation>%1 volvió al inicio</translation>
    </message>
    <message>
        <source>Reset %1 to the start of the lab? Their work and token keys are deleted.</source>
        <translation>¿Devolver a %1 al inicio del laboratorio? Se borran su trabajo y las claves de su token.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation>ID Toolkit usará el idioma %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation>Esta sesión se inició con IDTOOLKIT_LANG=%1, que tiene prioridad.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>&amp;Run local services (OCSP, CRL, TSA)</source>
        <translation>&amp;Ejecutar los servicios locales (OCSP, CRL, sellado de tiempo)</translation>
    </message>
    <message>
        <source>Serve this workspace&apos;s OCSP answers, CRLs, CA certificates and time-stamps on 127.0.0.1 at the port of its base URL, while the app is open</source>
        <translation>Servir las respuestas OCSP, las CRL, los certificados de AC y los sellos de tiempo de este espacio de trabajo en 127.0.0.1, en el puerto de su URL base, mientras la aplicación esté abierta</translation>
    </message>
    <message>
        <source>Starting the local services…</source>
        <translation>Iniciando los servicios locales…</translation>
    </message>
    <message>
        <source>Local services running (process %1)</source>
        <translation>Servicios locales en marcha (proceso %1)</translation>
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
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation>Nueva AC &amp;raíz…</translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation>Crear una AC raíz autofirmada</translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation>Nueva AC &amp;subordinada…</translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation>Crear una AC firmada por una AC de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation>Soli&amp;citar AC subordinada (raíz fuera de línea)…</translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation>Importar certificado de AC &amp;firmado…</translation>
    </message>
    <message>
        <source>Import CR&amp;L of an external CA…</source>
        <translation>Importar CR&amp;L de una AC externa…</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, for the local services to publish</source>
        <translation>Una CRL firmada por la raíz fuera de línea, para que la publiquen los servicios locales</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>&amp;Importar AC…</translation>
    </message>
    <message>
        <source>E&amp;xport CA…</source>
        <translation>E&amp;xportar AC…</translation>
    </message>
    <message>
        <source>Publish &amp;CRL…</source>
        <translation>Publicar &amp;CRL…</translation>
    </message>
    <message>
        <source>Sign a CRL of the selected CA</source>
        <translation>Firmar una lista de revocación de la AC seleccionada</translation>
    </message>
    <message>
        <source>&amp;Validation settings…</source>
        <translation>Ajustes de &amp;validación…</translation>
    </message>
    <message>
        <source>CRL partitions, pre-signed OCSP responses, publication folder</source>
        <translation>Particiones de CRL, respuestas OCSP prefirmadas, carpeta de publicación</translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation>Emitir desde &amp;CSR…</translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation>Firmar una solicitud de certificado</translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation>Emitir &amp;PKCS#12…</translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation>Generar una clave y un certificado para una persona o un servidor</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Revocar el certificado seleccionado</translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation>Emisión &amp;masiva…</translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation>Emitir una credencial por cada fila de un archivo CSV de personas</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>Sus&amp;pender</translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation>Suspender el certificado seleccionado; la suspensión puede levantarse después</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Levantar la suspensión</translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation>Volver a validar el certificado suspendido seleccionado</translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation>Cre&amp;dencial de servicio (TSA / OCSP)…</translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation>Crear la credencial de sellado de tiempo o de OCSP delegado que usa idtoolkit serve</translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation>&amp;Verificar una firma…</translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation>Comprobar un PDF firmado o un archivo con su firma separada</translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation>&amp;Exportar certificado…</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>Verificar la cadena de a&amp;uditoría</translation>
    </message>
    <message>
        <source>Run a key &amp;ceremony…</source>
        <translation>Realizar una &amp;ceremonia de claves…</translation>
    </message>
    <message>
        <source>Run a ceremony script step by step, with confirmations and a transcript</source>
        <translation>Ejecutar un guion de ceremonia paso a paso, con confirmaciones y un acta</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>Abrir &amp;laboratorio…</translation>
    </message>
    <message>
        <source>A training class folder (trainer view)</source>
        <translation>Una carpeta de clase de formación (vista del instructor)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Configuración del &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <source>Base URL written into certificates, CRL lifetimes, PKCS#11 module</source>
        <translation>URL base escrita en los certificados, vigencia de las CRL, módulo PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Guide: the desktop app</source>
        <translation>&amp;Guía: la aplicación de escritorio</translation>
    </message>
    <message>
        <source>Guide: &amp;what works today</source>
        <translation>Guía: &amp;qué funciona hoy</translation>
    </message>
    <message>
        <source>Guide: the &amp;command line</source>
        <translation>Guía: la línea de &amp;comandos</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>¿Dónde están mis &amp;datos?</translation>
    </message>
    <message>
        <source>The workspace folder, its database and the log file</source>
        <translation>La carpeta del espacio de trabajo, su base de datos y el archivo de registro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>A&amp;C</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificados</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>ID Toolkit — %1</source>
        <translation>ID Toolkit — %1</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>%1 is not a lab class folder</source>
        <translation>%1 no es una carpeta de clase de laboratorio</translation>
    </message>
    <message>
        <source>Open a lab class folder</source>
        <translation>Abrir una carpeta de clase de laboratorio</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation>La AC %1 espera su certificado firmado.</translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation>seleccione primero una AC en el árbol</translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation>%1 está suspendido</translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation>%1 vuelve a ser válido</translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation>seleccione primero un certificado en la tabla</translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation>este certificado no fue emitido por una AC de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>Guion de ceremonia</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.toml)</source>
        <translation>Guiones de ceremonia (*.toml)</translation>
    </message>
    <message>
        <source>Ceremony directory (new, or the one to resume)</source>
        <translation>Carpeta de la ceremonia (nueva, o la que se va a reanudar)</translation>
    </message>
    <message>
        <source>Key ceremony</source>
        <translation>Ceremonia de claves</translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation>Acerca de ID Toolkit</translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation>ID Toolkit: una autoridad de certificación de código abierto, con claves en software y en HSM.</translation>
    </message>
    <message>
        <source>Version {version}, build {build} ({platform}).</source>
        <translation>Versión {version}, compilación {build} ({platform}).</translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation>Nueva AC raíz</translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation>Nueva AC subordinada</translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation>Solicitar un certificado de AC subordinada (raíz fuera de línea)</translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation>Una AC raíz firma su propio certificado. Manténgala fuera de línea y úsela solo para firmar AC subordinadas.</translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation>Una AC subordinada está firmada por una AC de este espacio de trabajo y emite certificados.</translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation>La clave se crea aquí y se guarda una solicitud (CSR) para llevarla a la raíz fuera de línea. Después importe el certificado firmado con «Importar certificado de AC firmado».</translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation>nombre corto usado en comandos y URL, p. ej. issuing</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Nombre de la AC *</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <extracomment>The parent chosen when the list arrives (the main window&apos;s selected CA).</extracomment>
        <translation>Firmada por *</translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation>Guardar la solicitud como *</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>dé a la AC un nombre corto</translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation>ninguna AC de este espacio de trabajo puede firmar una AC subordinada: cree o importe primero una AC raíz</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the request (read it aloud on both sides):
%2</source>
        <translation>Solicitud guardada en %1
SHA-256 de la solicitud (léalo en voz alta en ambos lados):
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <extracomment>The engine&apos;s rule, so the CLI and the app agree.</extracomment>
        <translation>Bienvenido a ID Toolkit</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ID Toolkit guarda sus autoridades de certificación, sus certificados y un registro de auditoría en un &lt;b&gt;espacio de trabajo&lt;/b&gt;. Creemos uno.&lt;/p&gt;&lt;p&gt;Elija una frase de contraseña: cifra las claves de las AC guardadas en este equipo. Nunca se almacena; si se pierde, esas claves no podrán usarse.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Carpeta *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation>Frase de contraseña *</translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation>Repita la frase de contraseña *</translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation>vacío: SQLite en la carpeta; o postgresql://user@host/db</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation>elija una carpeta para el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation>%1 ya es un espacio de trabajo: ábralo en su lugar</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>la frase de contraseña debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Carpeta *</translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation>elija la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation>%1 no es un espacio de trabajo (no hay config.toml)</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation>La frase de contraseña del espacio de trabajo protege las claves de AC guardadas en software. Se mantiene en memoria hasta que se cierra la aplicación y nunca se escribe en ningún lugar.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>PIN del token</translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation>Ingrese el PIN de usuario del token «%1». Se usa solo durante esta sesión.</translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation>PIN de usuario:</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Issuing CA *</source>
        <translation>AC emisora *</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>Perfil *</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation>p. ej. email:amina@example.sn, dns:host.example.sn</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Nombres alternativos</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation>ninguna AC de este espacio de trabajo puede emitir: cree primero una AC</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation>la clave privada se perdió o fue robada (p. ej. una cédula de identidad extraviada)</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation>la clave de la AC emisora fue comprometida</translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation>el titular cambió de organización o de cargo</translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation>reemplazado por un nuevo certificado</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>ya no se necesita</translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation>suspendido por ahora; la suspensión puede levantarse después</translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation>el titular perdió el derecho a él</translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation>una autoridad de atributos fue comprometida</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Revocar un certificado</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>¿Revocar %1?</translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation>AC emisora *</translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation>número de serie hexadecimal</translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation>Número de serie *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation>La clave fue comprometida antes, el:</translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation>elija la AC emisora</translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation>el número de serie debe ser un número hexadecimal</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation>se necesita la frase de contraseña del espacio de trabajo para usar una clave de AC en software</translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation>se necesita el PIN del token «%1» y no se proporcionó</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation>Autoridad de sellado de tiempo (TSA)</translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation>Respondedor OCSP delegado</translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation>idtoolkit serve responde en /tsa las solicitudes de sello de tiempo RFC 3161, firmadas con esta credencial, para que las firmas hechas con --tsa prueben cuándo existían (nivel B-T). Una sola TSA sirve a todo el espacio de trabajo; se usa la credencial más reciente. Reinicie serve si está en ejecución.</translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation>idtoolkit serve firma las respuestas OCSP de esta AC (/ocsp/CA) con este certificado de respondedor en lugar de la clave de la AC, que así puede quedar fuera de línea o en su token. Un serve en ejecución lo toma en cuenta; un respondedor vencido o revocado se descarta.</translation>
    </message>
    <message>
        <source>Time-Stamping Authority</source>
        <extracomment>The subject&apos;s common name offered for each kind, in the officer&apos;s language (the name the certificate carries; the officer can change it).</extracomment>
        <translation>Autoridad de sellado de tiempo</translation>
    </message>
    <message>
        <source>OCSP Responder</source>
        <translation>Respondedor OCSP</translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation>Credencial de servicio para idtoolkit serve</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>Servicio *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation>Credencial de servicio creada (%1): %2
Certificado %3 de la AC %4, válido hasta %5 UTC.
idtoolkit serve responde con ella en %6.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Creado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PKCS#11 module (*.dll)</source>
        <extracomment>What the module picker offers first: the platform&apos;s library suffix.</extracomment>
        <translation>Módulo PKCS#11 (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.dylib *.so)</source>
        <translation>Módulo PKCS#11 (*.dylib *.so)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so)</source>
        <translation>Módulo PKCS#11 (*.so)</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>These settings are kept in the workspace (%1) and apply to the CAs you create from now on; existing CAs keep the addresses already written into their certificates.</source>
        <translation>Esta configuración se guarda en el espacio de trabajo (%1) y se aplica a las AC que cree a partir de ahora; las AC existentes conservan las direcciones ya escritas en sus certificados.</translation>
    </message>
    <message>
        <source>e.g. http://pki.example.gov</source>
        <translation>p. ej. http://pki.example.gov</translation>
    </message>
    <message>
        <source>Base URL *</source>
        <translation>URL base *</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>CRL lifetime (sub-CAs)</source>
        <translation>Vigencia de las CRL (AC subordinadas)</translation>
    </message>
    <message>
        <source>CRL lifetime (root CAs)</source>
        <translation>Vigencia de las CRL (AC raíz)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Delta CRL lifetime</source>
        <translation>Vigencia de las CRL delta</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Módulo PKCS#11</translation>
    </message>
    <message>
        <source>Empty: the module named by %1, else SoftHSM2 if it is installed.</source>
        <translation>Vacío: el módulo indicado por %1 o, si no, SoftHSM2 si está instalado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only this computer (or a private network) can reach it, so relying parties elsewhere cannot check revocation, and pkilint warns &apos;%2&apos; on TLS certificates. Fine for a lab; for production give the public address where &apos;idtoolkit serve&apos; (or your web server) publishes them.</source>
        <translation>Los certificados llevan sus direcciones de CRL, certificado de AC y OCSP bajo %1. Solo este equipo (o una red privada) puede alcanzarla, así que las partes que confían en otros lugares no podrán comprobar la revocación, y pkilint advierte «%2» en los certificados TLS. Sirve para un laboratorio; en producción indique la dirección pública donde «idtoolkit serve» (o su servidor web) las publica.</translation>
    </message>
    <message>
        <source>give the base URL, e.g. http://pki.example.gov</source>
        <translation>indique la URL base, p. ej. http://pki.example.gov</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 does not exist</source>
        <translation>el módulo PKCS#11 %1 no existe</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as operator</source>
        <translation>Iniciar sesión como operador</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Nombre del operador:</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Archivo PKCS#12:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Operator credential</source>
        <translation>Credencial del operador</translation>
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
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Sign in as &amp;operator…</source>
        <translation>Iniciar sesión como &amp;operador…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Aprobaciones…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>O&amp;peradores…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operador: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in as an operator first (Team menu)</source>
        <translation>Inicie sesión como operador primero (menú Equipo)</translation>
    </message>
    <message>
        <source>Needs the role %1; you are %2</source>
        <translation>Requiere el rol %1; usted es %2</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation>Buscar tokens</translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation>Mostrar claves (pide el PIN)</translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation>Pulse «Buscar tokens» para listar los tokens del módulo PKCS#11.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation>Extraíble</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Buscando tokens…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Seleccione primero un token.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation settings</source>
        <translation>Ajustes de validación</translation>
    </message>
    <message>
        <source>For many relying parties: OCSP answers are signed here in advance and served by responders that hold no key; a large CRL can be split into partitions.</source>
        <translation>Para muchas partes que confían: las respuestas OCSP se firman aquí por adelantado y las sirven respondedores sin ninguna clave; una CRL grande puede dividirse en particiones.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>0: one CRL. Certificates issued before a change keep their partition.</source>
        <translation>0: una sola CRL. Los certificados emitidos antes de un cambio conservan su partición.</translation>
    </message>
    <message>
        <source>CRL partitions</source>
        <translation>Particiones de CRL</translation>
    </message>
    <message>
        <source>Pre-signed OCSP responses</source>
        <translation>Respuestas OCSP prefirmadas</translation>
    </message>
    <message>
        <source>Sign the missing and due OCSP responses now</source>
        <translation>Firmar ahora las respuestas OCSP que faltan o vencen</translation>
    </message>
    <message>
        <source>Optional: CA certificates and CRLs are written there for a web server</source>
        <translation>Opcional: allí se escriben los certificados de AC y las CRL para un servidor web</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>Carpeta de publicación</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>%1 stored; the oldest signed %2</source>
        <translation>%1 guardadas; la más antigua firmada el %2</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>ninguna AC puede firmar aquí</translation>
    </message>
    <message>
        <source>the publication folder is a file</source>
        <translation>la carpeta de publicación es un archivo</translation>
    </message>
    <message>
        <source>%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.</source>
        <translation>%1: %2 partición(es) de CRL para los certificados nuevos; %3 respuesta(s) OCSP firmada(s).</translation>
    </message>
    <message>
        <source>%1 file(s) written to %2</source>
        <translation>%1 archivo(s) escrito(s) en %2</translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation>valor del perfil</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>VerifySignatureDialog</name>
    <message>
        <source>VALID</source>
        <translation>VÁLIDA</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>INDETERMINADA</translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation>Todas las comprobaciones fueron correctas: el documento está tal como se firmó, por un firmante de confianza.</translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation>Una comprobación falló con certeza: no confíe en esta firma.</translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation>Falta algo necesario para decidir (confianza, estado de revocación, prueba de tiempo).</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; their words for people are the engine&apos;s messages (one table for the CLI and the app), said in the app&apos;s language through the engine&apos;s catalogues. The details stay as the engine wrote them. Mark and colour of each check outcome. Item data of a trust anchor taken from the open workspace (PEM), not from a file.</extracomment>
        <translation>Verificar una firma</translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation>Comprueba el valor de la firma, la cadena de certificados del firmante hasta un ancla de confianza que usted elige, el uso de la clave, la revocación (respuestas OCSP/CRL incluidas en la firma, u obtenidas de las URL de los certificados) y el sello de tiempo.</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF firmado</translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation>Archivo + firma separada (.p7s)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>Documento *</translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation>Firma CMS (*.p7s *.p7m);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation>Firma (.p7s) *</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Workspace roots</source>
        <translation>Raíces del espacio de trabajo</translation>
    </message>
    <message>
        <source>Trust the root CAs of the open workspace</source>
        <translation>Confiar en las AC raíz del espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation>Anclas de confianza *</translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation>En una fecha pasada (UTC):</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Fecha de validación</translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation>Obtener el estado de revocación (OCSP / CRL) de las URL de los certificados</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>%1 (workspace root): %2</source>
        <translation>%1 (raíz del espacio de trabajo): %2</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>Certificados de anclas de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation>agregue al menos un certificado de ancla de confianza (p. ej. la AC raíz)</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>ancla de confianza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation>No se encontró ninguna firma en este archivo.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation>Fuentes de revocación</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>Fecha de firma (declarada)</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Sello de tiempo</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>Validado en</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
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
        <translation>error inesperado: %1 (detalles en %2)</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation>Nombre común</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation>Número de serie (identificación)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Unidad organizativa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Identificador de la organización</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>Componente de dominio</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>País (2 letras)</translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation>* obligatorio   † exactamente uno de: %1</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>error inesperado: %1</translation>
    </message>
</context>
</TS>
