<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AcmeEndpointDialog</name>
    <message>
        <source>Add ACME endpoint</source>
        <translation>Adicionar ponto de acesso ACME</translation>
    </message>
    <message>
        <source>certbot, lego or Caddy get certificates from this CA for the names you allow, once they prove they control them. The directory is %1 of idtoolkit serve.</source>
        <translation>O certbot, o lego ou o Caddy obtêm certificados desta AC para os nomes que permitir, depois de provarem que os controlam. O diretório é %1 do idtoolkit serve.</translation>
    </message>
    <message>
        <source>Endpoint name *</source>
        <translation>Nome do ponto de acesso *</translation>
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
        <translation>Domínios cujos nomes podem ser pedidos, separados por vírgulas; vazio: qualquer nome</translation>
    </message>
    <message>
        <source>Allowed name suffixes</source>
        <translation>Sufixos de nomes permitidos</translation>
    </message>
    <message>
        <source>Also IP addresses</source>
        <translation>Também endereços IP</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>Porta http-01</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>Porta tls-alpn-01</translation>
    </message>
    <message>
        <source>For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge is checked at that address</source>
        <translation>Para laboratórios sem DNS: pares NOME=ENDEREÇO, separados por vírgulas; o desafio é verificado nesse endereço</translation>
    </message>
    <message>
        <source>Name addresses</source>
        <translation>Endereços dos nomes</translation>
    </message>
    <message>
        <source>Clients need an External Account Binding key</source>
        <translation>Os clientes precisam de uma chave External Account Binding</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>dê um nome ao ponto de acesso</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>nenhuma AC aqui pode assinar</translation>
    </message>
    <message>
        <source>choose at least one challenge</source>
        <translation>escolha pelo menos um desafio</translation>
    </message>
    <message>
        <source>Endpoint %1 added: clients use %2 of idtoolkit serve.</source>
        <translation>Ponto de acesso %1 adicionado: os clientes usam %2 do idtoolkit serve.</translation>
    </message>
</context>
<context>
    <name>AcmeView</name>
    <message>
        <source>&amp;Add endpoint…</source>
        <extracomment>Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left to right (elided at their end) in an Arabic window; each cell&apos;s data is also isolated. the officer asked for the add-endpoint dialog (the window opens it) why the signed-in operator may not change endpoints (None: they may)</extracomment>
        <translation>&amp;Adicionar ponto de acesso…</translation>
    </message>
    <message>
        <source>Re&amp;move endpoint</source>
        <translation>&amp;Remover ponto de acesso</translation>
    </message>
    <message>
        <source>Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve.</source>
        <translation>Clientes como o certbot, o lego ou o Caddy obtêm certificados de %1 do idtoolkit serve.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Nomes permitidos</translation>
    </message>
    <message>
        <source>EAB required</source>
        <translation>EAB obrigatória</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Ponto de acesso</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Impressão digital da chave</translation>
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
        <translation>Criada</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomes</translation>
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
        <translation>Pontos de acesso</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Pedidos recentes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>qualquer nome</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>endereços IP</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>em processamento</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Ponto de acesso %1 removido.</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Aprovações</translation>
    </message>
    <message>
        <source>Reason (needed to reject)</source>
        <translation>Motivo (necessário para rejeitar)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Pending requests:</source>
        <translation>Pedidos pendentes:</translation>
    </message>
    <message>
        <source>Exact parameters (what you sign):</source>
        <translation>Parâmetros exatos (o que assina):</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 of %5 approvals</source>
        <translation>n.º %1 %2 por %3: %4 de %5 aprovações</translation>
    </message>
    <message>
        <source>Give a reason to reject the request.</source>
        <translation>Indique um motivo para rejeitar o pedido.</translation>
    </message>
    <message>
        <source>Request %1 approved and executed.</source>
        <translation>Pedido %1 aprovado e executado.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Pedido %1 rejeitado.</translation>
    </message>
    <message>
        <source>Request %1 approved: %2 more approval(s) needed.</source>
        <translation>Pedido %1 aprovado: faltam %2 aprovação(ões).</translation>
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
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
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
        <translation>Verificar a cadeia</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation>Recalcula o hash de cada evento: deteta eventos alterados, removidos ou truncados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>Ainda não verificado nesta sessão.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>A verificar…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>Íntegra: %n evento, cabeça %1</numerusform>
            <numerusform>Íntegra: %n eventos, cabeça %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>QUEBRADA: %1</translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation>Emissão em massa a partir de um ficheiro CSV</translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation>Cada linha do CSV recebe uma chave nova, um certificado e um ficheiro PKCS#12 com a sua própria palavra-passe aleatória. O cabeçalho dá nome às colunas: id (único), atributos do titular (CN, GN, SN, serialNumber, O, OU, C…) e nomes alternativos (email, dns, ip; vários separados por «;»). As linhas com erros são indicadas com o seu número de linha e as restantes são emitidas.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation>CSV de pessoas *</translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation>Pasta de saída *</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> linhas</translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation>Linhas assinadas e guardadas em conjunto; Cancelar para no fim de um lote.</translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation>Confirmar a cada</translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation>Interrompido ou cancelado? Execute de novo com o mesmo CSV e a mesma pasta de saída: retoma onde parou e cada linha é emitida uma única vez.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>choose a profile</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation>escolha um perfil</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation>escolha a pasta de saída</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>%1 é um ficheiro: escolha uma pasta</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation>A ler o CSV e a verificar cada linha…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 de %n linha</numerusform>
            <numerusform>%1 de %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>%1 linhas por segundo</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltam cerca de %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>A parar após o lote atual…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>Parado após %n linha. Prima Retomar para emitir o resto.</numerusform>
            <numerusform>Parado após %n linhas. Prima Retomar para emitir o resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation>Concluído: %1 emitidos; linhas com erros: %2.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Executar de novo</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Tarefa: %1</translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation>Emitidos agora: %1</translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation>Emitidos numa execução anterior: %1</translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation>Entregas concluídas de uma execução interrompida: %1</translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation>Restos não registados descartados (emitidos de novo): %1</translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation>CANCELADO: execute de novo para terminar a tarefa.</translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation>Linhas não emitidas (%1):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(id %1)</translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation>Ficheiros PKCS#12: %1</translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation>Cartas de PIN para imprimir, uma página por titular (depois guarde-as fora de linha): %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifesto: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
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
        <translation>Armazenamento da chave</translation>
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
        <translation>sem chave aqui</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation>à espera de certificado</translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation>só certificado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
</context>
<context>
    <name>CeremonyRunnerWindow</name>
    <message>
        <source>Key ceremony: %1</source>
        <translation>Cerimónia de chaves: %1</translation>
    </message>
    <message>
        <source>Script hash: read aloud and compare</source>
        <translation>Hash do guião: leia em voz alta e compare</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Press Start to begin the ceremony.</source>
        <translation>Prima Iniciar para começar a cerimónia.</translation>
    </message>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>Escreva a resposta e prima Enter</translation>
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
        <translation>Confirmar: executar este passo</translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>Pausa (retomar mais tarde)</translation>
    </message>
    <message>
        <source>Exception noticed by a witness (recorded in the transcript)</source>
        <translation>Ocorrência observada por uma testemunha (registada na ata)</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>Registar ocorrência</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Ceremony complete. Each participant now signs the transcript.</source>
        <translation>Cerimónia concluída. Cada participante assina agora a ata.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Describe the exception first.</source>
        <translation>Descreva primeiro a ocorrência.</translation>
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
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Expira em</translation>
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
        <translation>expira em breve</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspenso</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ainda não válido</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>All statuses</source>
        <extracomment>Serial, not after and subject: data, read left to right in any language.</extracomment>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válidos</translation>
    </message>
    <message>
        <source>Expiring soon (30 days)</source>
        <translation>Expiram em breve (30 dias)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirados</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogados</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspensos</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ainda não válido</translation>
    </message>
    <message>
        <source>Search subject or serial…</source>
        <translation>Procurar titular ou número de série…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>a contar…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>%n certificado da AC %1</numerusform>
            <numerusform>%n certificados da AC %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>%n certificado, todas as AC</numerusform>
            <numerusform>%n certificados, todas as AC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation>Publicar uma lista de revogação (CRL)</translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation>Uma lista de revogação de certificados (CRL) enumera os certificados que esta AC revogou, assinada pela AC. Publique uma após cada revogação e antes de a anterior expirar.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation>CRL delta (apenas as alterações desde a última CRL completa)</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM (texto)</translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation>DER (binário, o que os servidores HTTP publicam)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation>Guardar a CRL como *</translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation>nenhuma AC desta área de trabalho pode assinar uma CRL</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>lista de revogação</translation>
    </message>
    <message>
        <source>Delta CRL</source>
        <translation>CRL delta</translation>
    </message>
    <message>
        <source>%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.
Saved to %6</source>
        <translation>%1 n.º %2 de %3 publicada: %4 certificado(s) revogado(s), próxima atualização %5.
Guardada em %6</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>Onde estão os meus dados?</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Pasta da área de trabalho</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Ficheiro de definições</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(nenhuma aberta)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Ficheiro de registo</translation>
    </message>
    <message>
        <source>Back up the workspace folder (and the database, if it is PostgreSQL) to keep your CAs. The log holds the details of unexpected errors for support; it never holds passphrases or PINs.</source>
        <translation>Faça cópia de segurança da pasta da área de trabalho (e da base de dados, se for PostgreSQL) para guardar as suas AC. O registo guarda os detalhes dos erros inesperados para o suporte; nunca guarda frases-passe nem PIN.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
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
        <translation>Armazenamento da chave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation>Emitido pela AC</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revogado em</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>Suspenso desde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unspecified</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates): always isolated. Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a right-to-left layout so Arabic does not reorder them. Revocation reasons: the RFC 5280 names the engine sends, said in the user&apos;s language (English keeps the names officers and the CLI use).</extracomment>
        <translation>não especificado</translation>
    </message>
    <message>
        <source>key-compromise</source>
        <translation>comprometimento da chave</translation>
    </message>
    <message>
        <source>ca-compromise</source>
        <translation>comprometimento da AC</translation>
    </message>
    <message>
        <source>affiliation-changed</source>
        <translation>mudança de afiliação</translation>
    </message>
    <message>
        <source>cessation-of-operation</source>
        <translation>cessação de operação</translation>
    </message>
    <message>
        <source>certificate-hold</source>
        <translation>suspensão do certificado</translation>
    </message>
    <message>
        <source>remove-from-crl</source>
        <translation>retirado da CRL</translation>
    </message>
    <message>
        <source>privilege-withdrawn</source>
        <translation>privilégio retirado</translation>
    </message>
    <message>
        <source>aa-compromise</source>
        <translation>comprometimento da autoridade de atributos</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>substituído</translation>
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
        <translation>Extensão</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation>Cadeia, deste certificado até à raiz</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensões</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadeia</translation>
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
        <translation>Selecione uma AC ou um certificado para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PEM — the certificate alone (text)</source>
        <translation>PEM — só o certificado (texto)</translation>
    </message>
    <message>
        <source>DER — the certificate alone (binary)</source>
        <translation>DER — só o certificado (binário)</translation>
    </message>
    <message>
        <source>Chain — the certificate and its issuers (PEM)</source>
        <translation>Cadeia — o certificado e os seus emissores (PEM)</translation>
    </message>
    <message>
        <source>PKCS#7 — certificate and chain bundle (Windows)</source>
        <translation>PKCS#7 — certificado e cadeia num pacote (Windows)</translation>
    </message>
    <message>
        <source>PKCS#12 — CA certificate and private key (backup)</source>
        <translation>PKCS#12 — certificado e chave privada da AC (cópia de segurança)</translation>
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
        <translation>A exportar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>pelo menos 8 caracteres</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Cifra antiga (3DES) para versões antigas do Windows</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Palavra-passe da cópia de segurança</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita a palavra-passe</translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation>Guardar como *</translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation>a palavra-passe da cópia de segurança deve ter pelo menos 8 caracteres</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>as duas palavras-passe são diferentes</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportação</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
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
        <translation>escolha onde guardar: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation>%1 é uma pasta: indique um nome de ficheiro (%2)</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation>escolha o ficheiro: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the %2 file</source>
        <translation>%1 é uma pasta: escolha o ficheiro (%2)</translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation>o ficheiro %2 (%1) não existe</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ID Toolkit guide</source>
        <extracomment>The guide&apos;s sections, by the English title the Help menu asks for (in reading order); each language&apos;s file has them in this order under its own &quot;## &quot; headings.</extracomment>
        <translation>Guia do ID Toolkit</translation>
    </message>
    <message>
        <source>The guide is not installed with this copy.</source>
        <translation>O guia não está instalado com esta cópia.</translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation>Importar uma AC</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Nome da AC *</translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation>Ficheiro PKCS#12 (certificado e chave)</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation>Ficheiros do certificado e da chave (PEM ou DER)</translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation>Só o certificado (não pode assinar aqui)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der)</source>
        <translation>Chaves (*.pem *.key *.der)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation>palavra-passe do ficheiro PKCS#12 ou da chave</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Ficheiro PKCS#12</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Ficheiro do certificado</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Ficheiro da chave</translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation>Cadeia do emissor (opcional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>dê um nome curto à AC</translation>
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
        <translation>chave</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>cadeia</translation>
    </message>
</context>
<context>
    <name>ImportCrlDialog</name>
    <message>
        <source>Import a CRL of an external CA</source>
        <translation>Importar uma CRL de uma AC externa</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, brought here on removable media. It is accepted only when the root&apos;s certificate here verifies its signature and it is newer than the one here; the local services then publish it.</source>
        <translation>Uma CRL assinada pela raiz offline, trazida para aqui num suporte amovível. Só é aceite se o certificado da raiz aqui presente verificar a sua assinatura e se for mais recente do que a que está aqui; os serviços locais publicam-na depois.</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem *.der)</source>
        <translation>CRL (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>CRL file *</source>
        <translation>Ficheiro CRL *</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.</source>
        <translation>CRL n.º %1 de %2 importada: %3 certificado(s) revogado(s), próxima atualização %4.</translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation>Importar o certificado assinado da AC subordinada</translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain). For an external root (known here by its certificate only), choose it and its renewed certificate.</source>
        <translation>Escolha a AC que aguarda o seu certificado, o certificado que a raiz assinou e o certificado da raiz (a cadeia). Para uma raiz externa (conhecida aqui apenas pelo seu certificado), escolha-a e o seu certificado renovado.</translation>
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
        <translation>Certificado assinado *</translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation>Raiz / cadeia</translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation>nenhuma AC está à espera de um certificado: faça primeiro um pedido</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>cadeia</translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation>Emitir um certificado a partir de um pedido (CSR)</translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation>uma AC subordinada (raiz fora de linha a assinar um pedido)</translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation>Ficheiro do pedido *</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Acrescentar nomes</translation>
    </message>
    <message>
        <source>e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation>p. ex. dns:www.example.sn, ip:10.0.0.1</translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation>Guardar o certificado como *</translation>
    </message>
    <message>
        <source>I attest the key was generated on a qualified device (QSCD, a token)</source>
        <translation>Atesto que a chave foi gerada num dispositivo qualificado (QSCD, um token)</translation>
    </message>
    <message>
        <source>Only then does the certificate say the key is on a qualified signature or seal creation device (QcSSCD and the -qscd policy); the attestation is recorded in the audit trail.</source>
        <translation>Só então o certificado indica que a chave está num dispositivo qualificado de criação de assinaturas ou selos (QcSSCD e a política -qscd); o atestado fica registado no registo de auditoria.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escolha um ficheiro de pedido: o seu conteúdo e o que o perfil concede aparecem aqui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use this request:</source>
        <translation>Não é possível usar este pedido:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Extension copied</source>
        <translation>Extensão copiada</translation>
    </message>
    <message>
        <source>Extension ignored (the profile decides)</source>
        <translation>Extensão ignorada (decide o perfil)</translation>
    </message>
    <message>
        <source>Will be refused:</source>
        <translation>Será recusado:</translation>
    </message>
    <message>
        <source>Can be issued.</source>
        <translation>Pode ser emitido.</translation>
    </message>
    <message>
        <source>The request asks for</source>
        <translation>O pedido solicita</translation>
    </message>
    <message>
        <source>The profile will grant</source>
        <translation>O perfil concederá</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation>não é possível ler o pedido</translation>
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
        <translation>Emitir uma credencial (chave + certificado em PKCS#12)</translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation>A chave é gerada aqui e entregue com o certificado e a cadeia num ficheiro PKCS#12 protegido por uma nova palavra-passe aleatória, mostrada uma única vez.</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Cifra antiga (3DES) para versões antigas do Windows</translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation>Guardar o PKCS#12 como *</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation>Palavra-passe do PKCS#12 — mostrada uma única vez, não guardada. Entregue-a ao titular separadamente do ficheiro.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Ficheiro PKCS#12</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation>Emitido %1; guardado em %2</translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation>Software (cifrada na área de trabalho)</translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation>Token (HSM / cartão inteligente)</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Armazenamento da chave</translation>
    </message>
    <message>
        <source>token label</source>
        <translation>etiqueta do token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation>PIN de utilizador (mantido em memória apenas nesta sessão)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>PIN do token</translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation>escolha o token que vai guardar a chave</translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation>introduza o PIN de utilizador do token</translation>
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
        <translation>ML-DSA-44: pós-quântico (FIPS 204, nível 2)</translation>
    </message>
    <message>
        <source>ML-DSA-65: post-quantum (FIPS 204, level 3)</source>
        <translation>ML-DSA-65: pós-quântico (FIPS 204, nível 3)</translation>
    </message>
    <message>
        <source>ML-DSA-87: post-quantum (FIPS 204, level 5)</source>
        <translation>ML-DSA-87: pós-quântico (FIPS 204, nível 5)</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>No lab open.</source>
        <extracomment>asked before a reset; tests replace it</extracomment>
        <translation>Nenhum laboratório aberto.</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Verificar o meu trabalho</translation>
    </message>
    <message>
        <source>Grade the class</source>
        <translation>Classificar a turma</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatação</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), services on port %4</source>
        <translation>%1 — %2 (%3), serviços na porta %4</translation>
    </message>
    <message>
        <source>%1 exercise(s)</source>
        <translation>Exercícios: %1</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>Os seus valores</translation>
    </message>
    <message>
        <source>Class %1: pack %2, %3 student(s)</source>
        <translation>Turma %1: pacote %2, formandos: %3</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Formando</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 student(s); press Grade</source>
        <translation>Formandos: %1; prima Classificar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>passou</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>por fazer</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>%1 de %2 verificações passam</translation>
    </message>
    <message>
        <source>Grading every student…</source>
        <translation>A classificar todos os formandos…</translation>
    </message>
    <message>
        <source>%1 student(s) graded, out of %2 points</source>
        <translation>Formandos classificados: %1, em %2 pontos</translation>
    </message>
    <message>
        <source>Select a student to reset.</source>
        <translation>Selecione um formando para repor.</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>A repor %1…</translation>
    </message>
    <message>
        <source>%1 is back at the start</source>
        <translation>%1 voltou ao início</translation>
    </message>
    <message>
        <source>Reset %1 to the start of the lab? Their work and token keys are deleted.</source>
        <translation>Repor %1 no início do laboratório? O seu trabalho e as chaves do token são apagados.</translation>
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
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>o idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation>O ID Toolkit passará a usar %1 a partir do próximo arranque.</translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation>Esta sessão foi iniciada com IDTOOLKIT_LANG=%1, que tem prioridade.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>&amp;Run local services (OCSP, CRL, TSA)</source>
        <translation>&amp;Executar os serviços locais (OCSP, CRL, carimbo temporal)</translation>
    </message>
    <message>
        <source>Serve this workspace&apos;s OCSP answers, CRLs, CA certificates and time-stamps on 127.0.0.1 at the port of its base URL, while the app is open</source>
        <translation>Servir as respostas OCSP, as CRL, os certificados de AC e os carimbos temporais deste espaço de trabalho em 127.0.0.1, na porta do seu URL base, enquanto a aplicação estiver aberta</translation>
    </message>
    <message>
        <source>Starting the local services…</source>
        <translation>A iniciar os serviços locais…</translation>
    </message>
    <message>
        <source>Local services running (process %1)</source>
        <translation>Serviços locais em execução (processo %1)</translation>
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
        <translation>Registo de auditoria</translation>
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
        <translation>&amp;Nova área de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir área de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation>Nova AC &amp;raiz…</translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation>Criar uma AC raiz autoassinada</translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation>Nova AC &amp;subordinada…</translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation>Criar uma AC assinada por uma AC desta área de trabalho</translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation>&amp;Pedir AC subordinada (raiz fora de linha)…</translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation>Importar certificado de AC assi&amp;nado…</translation>
    </message>
    <message>
        <source>Import CR&amp;L of an external CA…</source>
        <translation>Importar CR&amp;L de uma AC externa…</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, for the local services to publish</source>
        <translation>Uma CRL assinada pela raiz offline, para os serviços locais publicarem</translation>
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
        <translation>Assinar uma lista de revogação da AC selecionada</translation>
    </message>
    <message>
        <source>&amp;Validation settings…</source>
        <translation>Definições de &amp;validação…</translation>
    </message>
    <message>
        <source>CRL partitions, pre-signed OCSP responses, publication folder</source>
        <translation>Partições de CRL, respostas OCSP pré-assinadas, pasta de publicação</translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation>Emitir a partir de &amp;CSR…</translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation>Assinar um pedido de certificado</translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation>Emitir &amp;PKCS#12…</translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation>Gerar uma chave e um certificado para uma pessoa ou um servidor</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Revogar o certificado selecionado</translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation>Emissão em &amp;massa…</translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation>Emitir uma credencial por cada linha de um ficheiro CSV de pessoas</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>Sus&amp;pender</translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation>Suspender o certificado selecionado; a suspensão pode ser levantada mais tarde</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Levantar a suspensão</translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation>Tornar de novo válido o certificado suspenso selecionado</translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation>&amp;Credencial de serviço (TSA / OCSP)…</translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation>Criar a credencial de selo temporal ou de OCSP delegado que o idtoolkit serve usa</translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation>&amp;Verificar uma assinatura…</translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation>Verificar um PDF assinado ou um ficheiro com a sua assinatura destacada</translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation>&amp;Exportar certificado…</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>Verificar a cadeia de a&amp;uditoria</translation>
    </message>
    <message>
        <source>Run a key &amp;ceremony…</source>
        <translation>Realizar uma &amp;cerimónia de chaves…</translation>
    </message>
    <message>
        <source>Run a ceremony script step by step, with confirmations and a transcript</source>
        <translation>Executar um guião de cerimónia passo a passo, com confirmações e uma ata</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>Abrir &amp;laboratório…</translation>
    </message>
    <message>
        <source>A training class folder (trainer view)</source>
        <translation>Uma pasta de turma de formação (vista do formador)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Definições da área de &amp;trabalho…</translation>
    </message>
    <message>
        <source>Base URL written into certificates, CRL lifetimes, PKCS#11 module</source>
        <translation>URL base escrito nos certificados, validade das CRL, módulo PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Guide: the desktop app</source>
        <translation>&amp;Guia: a aplicação de ambiente de trabalho</translation>
    </message>
    <message>
        <source>Guide: &amp;what works today</source>
        <translation>Guia: o &amp;que funciona hoje</translation>
    </message>
    <message>
        <source>Guide: the &amp;command line</source>
        <translation>Guia: a linha de &amp;comandos</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Onde estão os meus &amp;dados?</translation>
    </message>
    <message>
        <source>The workspace folder, its database and the log file</source>
        <translation>A pasta da área de trabalho, a sua base de dados e o ficheiro de registo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
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
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>%1 is not a lab class folder</source>
        <translation>%1 não é uma pasta de turma de laboratório</translation>
    </message>
    <message>
        <source>Open a lab class folder</source>
        <translation>Abrir uma pasta de turma de laboratório</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>A ler %1…</translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation>A AC %1 está à espera do seu certificado assinado.</translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation>selecione primeiro uma AC na árvore</translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation>%1 está suspenso</translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation>%1 voltou a ser válido</translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation>selecione primeiro um certificado na tabela</translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation>este certificado não foi emitido por uma AC desta área de trabalho</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>Guião da cerimónia</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.toml)</source>
        <translation>Guiões de cerimónia (*.toml)</translation>
    </message>
    <message>
        <source>Ceremony directory (new, or the one to resume)</source>
        <translation>Pasta da cerimónia (nova, ou a que vai retomar)</translation>
    </message>
    <message>
        <source>Key ceremony</source>
        <translation>Cerimónia de chaves</translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation>Acerca do ID Toolkit</translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation>ID Toolkit — uma autoridade de certificação de código aberto, com chaves em software e em HSM.</translation>
    </message>
    <message>
        <source>Version {version}, build {build} ({platform}).</source>
        <translation>Versão {version}, compilação {build} ({platform}).</translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation>Nova AC raiz</translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation>Nova AC subordinada</translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation>Pedir um certificado de AC subordinada (raiz fora de linha)</translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation>Uma AC raiz assina o seu próprio certificado. Mantenha-a fora de linha e use-a apenas para assinar AC subordinadas.</translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation>Uma AC subordinada é assinada por uma AC desta área de trabalho e emite certificados.</translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation>A chave é criada aqui e é guardado um pedido (CSR) para levar à raiz fora de linha. Depois, importe o certificado assinado com «Importar certificado de AC assinado».</translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation>nome curto usado em comandos e URL, p. ex. issuing</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Nome da AC *</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <extracomment>The parent chosen when the list arrives (the main window&apos;s selected CA).</extracomment>
        <translation>Assinada por *</translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation>Guardar o pedido como *</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>dê um nome curto à AC</translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation>nenhuma AC desta área de trabalho pode assinar uma AC subordinada: crie ou importe primeiro uma AC raiz</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the request (read it aloud on both sides):
%2</source>
        <translation>Pedido guardado em %1
SHA-256 do pedido (leia-o em voz alta dos dois lados):
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <extracomment>The engine&apos;s rule, so the CLI and the app agree.</extracomment>
        <translation>Bem-vindo ao ID Toolkit</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nova área de trabalho</translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O ID Toolkit guarda as suas autoridades de certificação, os respetivos certificados e um registo de auditoria numa &lt;b&gt;área de trabalho&lt;/b&gt;. Vamos criar uma.&lt;/p&gt;&lt;p&gt;Escolha uma frase-passe: cifra as chaves das AC guardadas neste computador. Nunca é armazenada — se a perder, essas chaves deixam de poder ser usadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Pasta *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation>Frase-passe *</translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation>Repita a frase-passe *</translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation>vazio: SQLite na pasta; ou postgresql://user@host/db</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Base de dados partilhada</translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation>escolha uma pasta para a área de trabalho</translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation>%1 já é uma área de trabalho: abra-a em vez disso</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>a frase-passe deve ter pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>as duas frases-passe são diferentes</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>Abrir área de trabalho</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Pasta *</translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation>escolha a pasta da área de trabalho</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation>%1 não é uma área de trabalho (sem config.toml)</translation>
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
        <translation>desativado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase-passe da área de trabalho</translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation>A frase-passe da área de trabalho protege as chaves de AC guardadas em software. Fica em memória até a aplicação fechar e nunca é escrita em lado nenhum.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase-passe:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>PIN do token</translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation>Introduza o PIN de utilizador do token «%1». É usado apenas nesta sessão.</translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation>PIN de utilizador:</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Issuing CA *</source>
        <translation>AC emissora *</translation>
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
        <translation>Titular</translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation>p. ex. email:amina@example.sn, dns:host.example.sn</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Nomes alternativos</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation>nenhuma AC desta área de trabalho pode emitir: crie primeiro uma AC</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation>a chave privada foi perdida ou roubada (p. ex. um bilhete de identidade perdido)</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation>a chave da AC emissora foi comprometida</translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation>o titular mudou de organização ou de função</translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation>substituído por um novo certificado</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>já não é necessário</translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation>suspenso por agora; a suspensão pode ser levantada mais tarde</translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation>o titular perdeu o direito a ele</translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation>uma autoridade de atributos foi comprometida</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Revogar um certificado</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Revogar %1?</translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation>AC emissora *</translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation>número de série hexadecimal</translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation>Número de série *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation>A chave foi comprometida antes, em:</translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation>escolha a AC emissora</translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation>o número de série deve ser um número hexadecimal</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation>a frase-passe da área de trabalho é necessária para usar uma chave de AC em software</translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation>o PIN do token «%1» é necessário e não foi indicado</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation>Autoridade de selo temporal (TSA)</translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation>Respondedor OCSP delegado</translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation>O idtoolkit serve responde em /tsa aos pedidos de selo temporal RFC 3161, assinados com esta credencial, para que as assinaturas feitas com --tsa provem quando existiam (nível B-T). Uma única TSA serve toda a área de trabalho; é usada a credencial mais recente. Reinicie o serve se estiver em execução.</translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation>O idtoolkit serve assina as respostas OCSP desta AC (/ocsp/CA) com este certificado de respondedor em vez da chave da AC, que pode assim ficar fora de linha ou no seu token. Um serve em execução passa a usá-lo; um respondedor expirado ou revogado é descartado.</translation>
    </message>
    <message>
        <source>Time-Stamping Authority</source>
        <extracomment>The subject&apos;s common name offered for each kind, in the officer&apos;s language (the name the certificate carries; the officer can change it).</extracomment>
        <translation>Autoridade de carimbo temporal</translation>
    </message>
    <message>
        <source>OCSP Responder</source>
        <translation>Respondedor OCSP</translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation>Credencial de serviço para o idtoolkit serve</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>Serviço *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation>Credencial de serviço criada (%1): %2
Certificado %3 da AC %4, válido até %5 UTC.
O idtoolkit serve responde com ela em %6.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Criado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Definições da área de trabalho</translation>
    </message>
    <message>
        <source>These settings are kept in the workspace (%1) and apply to the CAs you create from now on; existing CAs keep the addresses already written into their certificates.</source>
        <translation>Estas definições ficam guardadas na área de trabalho (%1) e aplicam-se às AC que criar a partir de agora; as AC existentes mantêm os endereços já escritos nos seus certificados.</translation>
    </message>
    <message>
        <source>e.g. http://pki.example.gov</source>
        <translation>p. ex. http://pki.example.gov</translation>
    </message>
    <message>
        <source>Base URL *</source>
        <translation>URL base *</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>CRL lifetime (sub-CAs)</source>
        <translation>Validade das CRL (AC subordinadas)</translation>
    </message>
    <message>
        <source>CRL lifetime (root CAs)</source>
        <translation>Validade das CRL (AC raiz)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Delta CRL lifetime</source>
        <translation>Validade das CRL delta</translation>
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
        <translation>Vazio: o módulo indicado por %1 ou, caso contrário, o SoftHSM2 se estiver instalado.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only this computer (or a private network) can reach it, so relying parties elsewhere cannot check revocation, and pkilint warns &apos;%2&apos; on TLS certificates. Fine for a lab; for production give the public address where &apos;idtoolkit serve&apos; (or your web server) publishes them.</source>
        <translation>Os certificados levam os seus endereços de CRL, de certificado de AC e de OCSP sob %1. Só este computador (ou uma rede privada) o consegue alcançar, por isso as partes confiantes noutros locais não podem verificar a revogação, e o pkilint avisa «%2» nos certificados TLS. Serve para um laboratório; em produção indique o endereço público onde o «idtoolkit serve» (ou o seu servidor web) os publica.</translation>
    </message>
    <message>
        <source>give the base URL, e.g. http://pki.example.gov</source>
        <translation>indique o URL base, p. ex. http://pki.example.gov</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 does not exist</source>
        <translation>o módulo PKCS#11 %1 não existe</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as operator</source>
        <translation>Iniciar sessão como operador</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Nome do operador:</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Ficheiro PKCS#12:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Palavra-passe:</translation>
    </message>
    <message>
        <source>Operator credential</source>
        <translation>Credencial do operador</translation>
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
        <translation>não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Sign in as &amp;operator…</source>
        <translation>Iniciar sessão como &amp;operador…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Aprovações…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>O&amp;peradores…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sem sessão iniciada</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Operador: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in as an operator first (Team menu)</source>
        <translation>Inicie sessão como operador primeiro (menu Equipa)</translation>
    </message>
    <message>
        <source>Needs the role %1; you are %2</source>
        <translation>Requer o papel %1; você é %2</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation>Procurar tokens</translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation>Mostrar chaves (pede o PIN)</translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation>Prima «Procurar tokens» para listar os tokens do módulo PKCS#11.</translation>
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
        <translation>Chave</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation>Extraível</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>A procurar tokens…</translation>
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
        <translation>Selecione primeiro um token.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation settings</source>
        <translation>Definições de validação</translation>
    </message>
    <message>
        <source>For many relying parties: OCSP answers are signed here in advance and served by responders that hold no key; a large CRL can be split into partitions.</source>
        <translation>Para muitas partes confiantes: as respostas OCSP são assinadas aqui antecipadamente e servidas por respondedores que não têm nenhuma chave; uma CRL grande pode ser dividida em partições.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>AC *</translation>
    </message>
    <message>
        <source>0: one CRL. Certificates issued before a change keep their partition.</source>
        <translation>0: uma só CRL. Os certificados emitidos antes de uma alteração mantêm a sua partição.</translation>
    </message>
    <message>
        <source>CRL partitions</source>
        <translation>Partições de CRL</translation>
    </message>
    <message>
        <source>Pre-signed OCSP responses</source>
        <translation>Respostas OCSP pré-assinadas</translation>
    </message>
    <message>
        <source>Sign the missing and due OCSP responses now</source>
        <translation>Assinar agora as respostas OCSP em falta ou a renovar</translation>
    </message>
    <message>
        <source>Optional: CA certificates and CRLs are written there for a web server</source>
        <translation>Opcional: os certificados de AC e as CRL são escritos aí para um servidor web</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>Pasta de publicação</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>%1 stored; the oldest signed %2</source>
        <translation>%1 guardadas; a mais antiga assinada em %2</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>nenhuma AC pode assinar aqui</translation>
    </message>
    <message>
        <source>the publication folder is a file</source>
        <translation>a pasta de publicação é um ficheiro</translation>
    </message>
    <message>
        <source>%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.</source>
        <translation>%1: %2 partição(ões) de CRL para os novos certificados; %3 resposta(s) OCSP assinada(s).</translation>
    </message>
    <message>
        <source>%1 file(s) written to %2</source>
        <translation>%1 ficheiro(s) escrito(s) em %2</translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation>valor do perfil</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
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
        <translation>INVÁLIDA</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>INDETERMINADA</translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation>Todas as verificações passaram: o documento está tal como foi assinado, por um signatário de confiança.</translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation>Uma verificação falhou com certeza: não confie nesta assinatura.</translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation>Falta algo necessário para decidir (confiança, estado de revogação, prova de tempo).</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>assinatura</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; their words for people are the engine&apos;s messages (one table for the CLI and the app), said in the app&apos;s language through the engine&apos;s catalogues. The details stay as the engine wrote them. Mark and colour of each check outcome. Item data of a trust anchor taken from the open workspace (PEM), not from a file.</extracomment>
        <translation>Verificar uma assinatura</translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation>Verifica o valor da assinatura, a cadeia de certificados do signatário até uma âncora de confiança à sua escolha, a utilização da chave, a revogação (respostas OCSP/CRL incluídas na assinatura, ou obtidas nos URL dos certificados) e o selo temporal.</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF assinado</translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation>Ficheiro + assinatura destacada (.p7s)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>Documento *</translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation>Assinatura CMS (*.p7s *.p7m);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation>Assinatura (.p7s) *</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Acrescentar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Workspace roots</source>
        <translation>Raízes da área de trabalho</translation>
    </message>
    <message>
        <source>Trust the root CAs of the open workspace</source>
        <translation>Confiar nas AC raiz da área de trabalho aberta</translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation>Âncoras de confiança *</translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation>Numa data passada (UTC):</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Data de validação</translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation>Obter o estado de revogação (OCSP / CRL) nos URL dos certificados</translation>
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
        <translation>%1 (raiz da área de trabalho): %2</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>Certificados de âncoras de confiança</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation>acrescente pelo menos um certificado de âncora de confiança (p. ex. a AC raiz)</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>âncora de confiança</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation>Nenhuma assinatura encontrada neste ficheiro.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>número de série</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation>Fontes de revogação</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signatário</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>Data de assinatura (declarada)</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Selo temporal</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>Validado em</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
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
        <translation>erro inesperado: %1 (detalhes em %2)</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation>Nome comum</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudónimo</translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation>Número de série (identificação)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de utilizador</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Unidade orgânica</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Identificador da organização</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rua</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Estado / província</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>Componente de domínio</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>País (2 letras)</translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation>* obrigatório   † exatamente um de: %1</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obrigatório</translation>
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
        <translation>erro inesperado: %1</translation>
    </message>
</context>
</TS>
