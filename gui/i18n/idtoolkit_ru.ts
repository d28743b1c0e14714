<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AcmeEndpointDialog</name>
    <message>
        <source>Add ACME endpoint</source>
        <translation>Добавить точку доступа ACME</translation>
    </message>
    <message>
        <source>certbot, lego or Caddy get certificates from this CA for the names you allow, once they prove they control them. The directory is %1 of idtoolkit serve.</source>
        <translation>certbot, lego или Caddy получают сертификаты этого УЦ для разрешённых вами имён, доказав, что управляют ими. Каталог — %1 сервера idtoolkit serve.</translation>
    </message>
    <message>
        <source>Endpoint name *</source>
        <translation>Имя точки доступа *</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>УЦ *</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>Профиль *</translation>
    </message>
    <message>
        <source>Domains whose names may be asked for, separated by commas; empty: any name</source>
        <translation>Домены, имена в которых можно запрашивать, через запятую; пусто — любое имя</translation>
    </message>
    <message>
        <source>Allowed name suffixes</source>
        <translation>Разрешённые суффиксы имён</translation>
    </message>
    <message>
        <source>Also IP addresses</source>
        <translation>Также IP-адреса</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>Порт http-01</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>Порт tls-alpn-01</translation>
    </message>
    <message>
        <source>For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge is checked at that address</source>
        <translation>Для лабораторий без DNS: пары ИМЯ=АДРЕС через запятую; проверка выполняется по этому адресу</translation>
    </message>
    <message>
        <source>Name addresses</source>
        <translation>Адреса имён</translation>
    </message>
    <message>
        <source>Clients need an External Account Binding key</source>
        <translation>Клиентам нужен ключ External Account Binding</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>дайте точке доступа имя</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>здесь нет УЦ, который может подписывать</translation>
    </message>
    <message>
        <source>choose at least one challenge</source>
        <translation>выберите хотя бы одну проверку</translation>
    </message>
    <message>
        <source>Endpoint %1 added: clients use %2 of idtoolkit serve.</source>
        <translation>Точка доступа %1 добавлена: клиенты используют %2 сервера idtoolkit serve.</translation>
    </message>
</context>
<context>
    <name>AcmeView</name>
    <message>
        <source>&amp;Add endpoint…</source>
        <extracomment>Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left to right (elided at their end) in an Arabic window; each cell&apos;s data is also isolated. the officer asked for the add-endpoint dialog (the window opens it) why the signed-in operator may not change endpoints (None: they may)</extracomment>
        <translation>&amp;Добавить точку доступа…</translation>
    </message>
    <message>
        <source>Re&amp;move endpoint</source>
        <translation>&amp;Удалить точку доступа</translation>
    </message>
    <message>
        <source>Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve.</source>
        <translation>Клиенты, такие как certbot, lego или Caddy, получают сертификаты по адресу %1 сервера idtoolkit serve.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>УЦ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Allowed names</source>
        <translation>Разрешённые имена</translation>
    </message>
    <message>
        <source>EAB required</source>
        <translation>Нужен EAB</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Точка доступа</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Точки доступа</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Последние заказы</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>любое имя</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>обрабатывается</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>недействителен</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>деактивирована</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>Точка доступа %1 удалена.</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>Одобрения</translation>
    </message>
    <message>
        <source>Reason (needed to reject)</source>
        <translation>Причина (нужна для отклонения)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Pending requests:</source>
        <translation>Ожидающие запросы:</translation>
    </message>
    <message>
        <source>Exact parameters (what you sign):</source>
        <translation>Точные параметры (то, что вы подписываете):</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 of %5 approvals</source>
        <translation>№%1 %2 от %3: %4 из %5 одобрений</translation>
    </message>
    <message>
        <source>Give a reason to reject the request.</source>
        <translation>Укажите причину отклонения запроса.</translation>
    </message>
    <message>
        <source>Request %1 approved and executed.</source>
        <translation>Запрос %1 одобрен и выполнен.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Запрос %1 отклонён.</translation>
    </message>
    <message>
        <source>Request %1 approved: %2 more approval(s) needed.</source>
        <translation>Запрос %1 одобрен: нужно ещё одобрений: %2.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>хеш %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation>Пересчитывает хеш каждого события: находит изменённые, удалённые или обрезанные события</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>В этом сеансе ещё не проверялось.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>Цела: %n событие, вершина %1</numerusform>
            <numerusform>Цела: %n события, вершина %1</numerusform>
            <numerusform>Цела: %n событий, вершина %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>НАРУШЕНА: %1</translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation>Массовый выпуск из файла CSV</translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation>Для каждой строки CSV создаются новый ключ, сертификат и файл PKCS#12 с собственным случайным паролем. Заголовок задаёт имена столбцов: id (уникальный), атрибуты субъекта (CN, GN, SN, serialNumber, O, OU, C…) и альтернативные имена (email, dns, ip; несколько — через «;»). Ошибочные строки выводятся с номером строки, остальные выпускаются.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation>CSV со списком лиц *</translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation>Папка для результатов *</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> строк</translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation>Строки, подписываемые и сохраняемые вместе; «Отмена» останавливает работу в конце пакета.</translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation>Фиксировать каждые</translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation>Прервано или отменено? Запустите снова с тем же CSV и той же папкой: выпуск продолжится с места остановки, и каждая строка будет выпущена ровно один раз.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выпустить</translation>
    </message>
    <message>
        <source>choose a profile</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation>выберите профиль</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation>выберите папку для результатов</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>%1 — это файл: выберите папку</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation>Чтение CSV и проверка каждой строки…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 из %n строки</numerusform>
            <numerusform>%1 из %n строк</numerusform>
            <numerusform>%1 из %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>%1 строк в секунду</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего пакета…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>Остановлено после %n строки. Нажмите «Продолжить», чтобы выпустить остальное.</numerusform>
            <numerusform>Остановлено после %n строк. Нажмите «Продолжить», чтобы выпустить остальное.</numerusform>
            <numerusform>Остановлено после %n строк. Нажмите «Продолжить», чтобы выпустить остальное.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation>Готово: выпущено %1; строк с ошибками: %2.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Запустить снова</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Задание: %1</translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation>Выпущено сейчас: %1</translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation>Выпущено при предыдущем запуске: %1</translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation>Завершено выдач из прерванного запуска: %1</translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation>Отброшено незарегистрированных остатков (выпущены заново): %1</translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation>ОТМЕНЕНО: запустите снова, чтобы завершить задание.</translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation>Невыпущенные строки (%1):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(id %1)</translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation>Файлы PKCS#12: %1</translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation>PIN-конверты для печати, по странице на владельца (затем хранить вне сети): %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Манифест: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Отчёт: %1</translation>
    </message>
</context>
<context>
    <name>CaTreeModel</name>
    <message>
        <source>CA</source>
        <translation>УЦ</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Хранилище ключа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>токен «%1»</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программное</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>ключа здесь нет</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation>ожидает сертификат</translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation>только сертификат</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
</context>
<context>
    <name>CeremonyRunnerWindow</name>
    <message>
        <source>Key ceremony: %1</source>
        <translation>Церемония ключей: %1</translation>
    </message>
    <message>
        <source>Script hash: read aloud and compare</source>
        <translation>Хеш сценария: зачитайте вслух и сравните</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Press Start to begin the ceremony.</source>
        <translation>Нажмите «Начать», чтобы начать церемонию.</translation>
    </message>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>Введите ответ и нажмите Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Confirm: perform this step</source>
        <translation>Подтвердить: выполнить этот шаг</translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>Пауза (продолжить позже)</translation>
    </message>
    <message>
        <source>Exception noticed by a witness (recorded in the transcript)</source>
        <translation>Нарушение, замеченное свидетелем (заносится в протокол)</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>Записать нарушение</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Ceremony complete. Each participant now signs the transcript.</source>
        <translation>Церемония завершена. Теперь каждый участник подписывает протокол.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Describe the exception first.</source>
        <translation>Сначала опишите нарушение.</translation>
    </message>
    <message>
        <source>Total: %1 entries</source>
        <translation>Всего записей: %1</translation>
    </message>
</context>
<context>
    <name>CertTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>The subject is last: it is the long text people read, so it takes whatever room is left and is never cut (a horizontal scroll bar appears instead).</extracomment>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>скоро истекает</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>ещё не действителен</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>All statuses</source>
        <extracomment>Serial, not after and subject: data, read left to right in any language.</extracomment>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительные</translation>
    </message>
    <message>
        <source>Expiring soon (30 days)</source>
        <translation>Скоро истекают (30 дней)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёкшие</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозванные</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ещё не действителен</translation>
    </message>
    <message>
        <source>Search subject or serial…</source>
        <translation>Поиск по субъекту или серийному номеру…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>%n сертификат УЦ %1</numerusform>
            <numerusform>%n сертификата УЦ %1</numerusform>
            <numerusform>%n сертификатов УЦ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>%n сертификат, все УЦ</numerusform>
            <numerusform>%n сертификата, все УЦ</numerusform>
            <numerusform>%n сертификатов, все УЦ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation>Опубликовать список отозванных сертификатов (CRL)</translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation>Список отозванных сертификатов (CRL) перечисляет сертификаты, отозванные этим УЦ, и подписывается УЦ. Публикуйте его после каждого отзыва и до истечения срока предыдущего.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>УЦ *</translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation>Разностный CRL (только изменения с последнего полного CRL)</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM (текст)</translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation>DER (двоичный, публикуется HTTP-серверами)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation>Сохранить CRL как *</translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation>ни один УЦ в этом рабочем пространстве не может подписать CRL</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>список отозванных сертификатов</translation>
    </message>
    <message>
        <source>Delta CRL</source>
        <translation>Разностный CRL</translation>
    </message>
    <message>
        <source>%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.
Saved to %6</source>
        <translation>%1 № %2 УЦ %3 опубликован: отозванных сертификатов — %4, следующее обновление %5.
Сохранён в %6</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>Где мои данные?</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Папка рабочего пространства</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(ничего не открыто)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <source>Back up the workspace folder (and the database, if it is PostgreSQL) to keep your CAs. The log holds the details of unexpected errors for support; it never holds passphrases or PINs.</source>
        <translation>Делайте резервную копию папки рабочего пространства (и базы данных, если это PostgreSQL), чтобы сохранить ваши УЦ. Журнал содержит подробности непредвиденных ошибок для поддержки; парольных фраз и PIN в нём никогда нет.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действителен с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>УЦ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Хранилище ключа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation>Выпущен УЦ</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>Приостановлен с</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>unspecified</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates): always isolated. Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a right-to-left layout so Arabic does not reorder them. Revocation reasons: the RFC 5280 names the engine sends, said in the user&apos;s language (English keeps the names officers and the CLI use).</extracomment>
        <translation>не указана</translation>
    </message>
    <message>
        <source>key-compromise</source>
        <translation>компрометация ключа</translation>
    </message>
    <message>
        <source>ca-compromise</source>
        <translation>компрометация УЦ</translation>
    </message>
    <message>
        <source>affiliation-changed</source>
        <translation>смена принадлежности</translation>
    </message>
    <message>
        <source>cessation-of-operation</source>
        <translation>прекращение работы</translation>
    </message>
    <message>
        <source>certificate-hold</source>
        <translation>приостановка сертификата</translation>
    </message>
    <message>
        <source>remove-from-crl</source>
        <translation>удалён из CRL</translation>
    </message>
    <message>
        <source>privilege-withdrawn</source>
        <translation>привилегия отозвана</translation>
    </message>
    <message>
        <source>aa-compromise</source>
        <translation>компрометация центра атрибутов</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>заменён</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation>Цепочка от этого сертификата до корневого</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Расширения</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Цепочка</translation>
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
        <translation>Выберите УЦ или сертификат, чтобы увидеть подробности.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PEM — the certificate alone (text)</source>
        <translation>PEM — только сертификат (текст)</translation>
    </message>
    <message>
        <source>DER — the certificate alone (binary)</source>
        <translation>DER — только сертификат (двоичный)</translation>
    </message>
    <message>
        <source>Chain — the certificate and its issuers (PEM)</source>
        <translation>Цепочка — сертификат и его издатели (PEM)</translation>
    </message>
    <message>
        <source>PKCS#7 — certificate and chain bundle (Windows)</source>
        <translation>PKCS#7 — сертификат и цепочка одним файлом (Windows)</translation>
    </message>
    <message>
        <source>PKCS#12 — CA certificate and private key (backup)</source>
        <translation>PKCS#12 — сертификат и закрытый ключ УЦ (резервная копия)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>сертификат %1</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>УЦ %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспортируется</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не менее 8 символов</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Устаревшее шифрование (3DES) для старых версий Windows</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation>Сохранить как *</translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation>пароль резервной копии должен содержать не менее 8 символов</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>choose where to save the %1</source>
        <translation>выберите, куда сохранить: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation>%1 — это папка: укажите имя файла (%2)</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation>выберите файл: %1</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the %2 file</source>
        <translation>%1 — это папка: выберите файл (%2)</translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation>файл %2 (%1) не существует</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ID Toolkit guide</source>
        <extracomment>The guide&apos;s sections, by the English title the Help menu asks for (in reading order); each language&apos;s file has them in this order under its own &quot;## &quot; headings.</extracomment>
        <translation>Руководство ID Toolkit</translation>
    </message>
    <message>
        <source>The guide is not installed with this copy.</source>
        <translation>Руководство не установлено вместе с этой копией.</translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation>Импорт УЦ</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Имя УЦ *</translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation>Файл PKCS#12 (сертификат и ключ)</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation>Файлы сертификата и ключа (PEM или DER)</translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation>Только сертификат (подписывать здесь нельзя)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der)</source>
        <translation>Ключи (*.pem *.key *.der)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation>пароль файла PKCS#12 или ключа</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Файл PKCS#12</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Файл сертификата</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation>Цепочка издателя (необязательно)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>дайте УЦ короткое имя</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>цепочка</translation>
    </message>
</context>
<context>
    <name>ImportCrlDialog</name>
    <message>
        <source>Import a CRL of an external CA</source>
        <translation>Импорт CRL внешнего УЦ</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, brought here on removable media. It is accepted only when the root&apos;s certificate here verifies its signature and it is newer than the one here; the local services then publish it.</source>
        <translation>CRL, подписанный автономным корневым УЦ и перенесённый сюда на съёмном носителе. Он принимается, только если имеющийся здесь сертификат корневого УЦ подтверждает его подпись и он новее имеющегося здесь; затем его публикуют локальные службы.</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem *.der)</source>
        <translation>CRL (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>CRL file *</source>
        <translation>Файл CRL *</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.</source>
        <translation>CRL № %1 УЦ %2 импортирован: отозванных сертификатов: %3, следующее обновление %4.</translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation>Импорт подписанного сертификата подчинённого УЦ</translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain). For an external root (known here by its certificate only), choose it and its renewed certificate.</source>
        <translation>Выберите УЦ, ожидающий свой сертификат, сертификат, подписанный корневым УЦ, и сертификат корневого УЦ (цепочку). Для внешнего корневого УЦ (известного здесь только по сертификату) выберите его и его обновлённый сертификат.</translation>
    </message>
    <message>
        <source>external: renewed certificate</source>
        <translation>внешний: обновлённый сертификат</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>УЦ *</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Signed certificate *</source>
        <translation>Подписанный сертификат *</translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation>Корневой / цепочка</translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation>ни один УЦ не ожидает сертификат: сначала создайте запрос</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>цепочка</translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation>Выпуск сертификата по запросу (CSR)</translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation>подчинённый УЦ (автономный корневой подписывает запрос)</translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation>Файл запроса *</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Добавить имена</translation>
    </message>
    <message>
        <source>e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation>напр. dns:www.example.sn, ip:10.0.0.1</translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation>Сохранить сертификат как *</translation>
    </message>
    <message>
        <source>I attest the key was generated on a qualified device (QSCD, a token)</source>
        <translation>Подтверждаю, что ключ создан на квалифицированном устройстве (QSCD, токен)</translation>
    </message>
    <message>
        <source>Only then does the certificate say the key is on a qualified signature or seal creation device (QcSSCD and the -qscd policy); the attestation is recorded in the audit trail.</source>
        <translation>Только тогда в сертификате указывается, что ключ находится на квалифицированном устройстве создания подписи или печати (QcSSCD и политика -qscd); подтверждение записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите файл запроса: здесь появятся его содержимое и то, что разрешает профиль.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use this request:</source>
        <translation>Этот запрос нельзя использовать:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Extension copied</source>
        <translation>Расширение перенесено</translation>
    </message>
    <message>
        <source>Extension ignored (the profile decides)</source>
        <translation>Расширение пропущено (решает профиль)</translation>
    </message>
    <message>
        <source>Will be refused:</source>
        <translation>Будет отклонён:</translation>
    </message>
    <message>
        <source>Can be issued.</source>
        <translation>Может быть выпущен.</translation>
    </message>
    <message>
        <source>The request asks for</source>
        <translation>Запрос содержит</translation>
    </message>
    <message>
        <source>The profile will grant</source>
        <translation>Профиль предоставит</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation>запрос не удаётся прочитать</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>сертификат</translation>
    </message>
</context>
<context>
    <name>IssuePkcs12Dialog</name>
    <message>
        <source>Issue a credential (key + certificate as PKCS#12)</source>
        <translation>Выпуск учётных данных (ключ + сертификат в PKCS#12)</translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation>Ключ создаётся здесь и выдаётся вместе с сертификатом и цепочкой в файле PKCS#12, защищённом новым случайным паролем, который показывается один раз.</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>Устаревшее шифрование (3DES) для старых версий Windows</translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation>Сохранить PKCS#12 как *</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation>Пароль PKCS#12 — показывается один раз и не сохраняется. Передайте его владельцу отдельно от файла.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Файл PKCS#12</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation>Выпущен %1; сохранён в %2</translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation>Программное (зашифрован в рабочем пространстве)</translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation>Токен (HSM / смарт-карта)</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Хранилище ключа</translation>
    </message>
    <message>
        <source>token label</source>
        <translation>метка токена</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation>PIN пользователя (хранится в памяти только в этом сеансе)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>PIN токена</translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation>выберите токен, на котором будет храниться ключ</translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation>введите PIN пользователя токена</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>RSA 2048-bit</source>
        <extracomment>Key types in plain words, so an officer need not know that ``ml-dsa-65`` is the post-quantum one (QT_TRANSLATE_NOOP: lupdate sees them, :func:`key_type_words` translates).</extracomment>
        <translation>RSA 2048 бит</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA 3072 бит</translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation>RSA 4096 бит</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-256</source>
        <translation>ECDSA на NIST P-256</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-384</source>
        <translation>ECDSA на NIST P-384</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-521</source>
        <translation>ECDSA на NIST P-521</translation>
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
        <translation>ML-DSA-44: постквантовый (FIPS 204, уровень 2)</translation>
    </message>
    <message>
        <source>ML-DSA-65: post-quantum (FIPS 204, level 3)</source>
        <translation>ML-DSA-65: постквантовый (FIPS 204, уровень 3)</translation>
    </message>
    <message>
        <source>ML-DSA-87: post-quantum (FIPS 204, level 5)</source>
        <translation>ML-DSA-87: постквантовый (FIPS 204, уровень 5)</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>No lab open.</source>
        <extracomment>asked before a reset; tests replace it</extracomment>
        <translation>Практикум не открыт.</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Проверить мою работу</translation>
    </message>
    <message>
        <source>Grade the class</source>
        <translation>Оценить группу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), services on port %4</source>
        <translation>%1 — %2 (%3), службы на порту %4</translation>
    </message>
    <message>
        <source>%1 exercise(s)</source>
        <translation>Упражнений: %1</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>Ваши значения</translation>
    </message>
    <message>
        <source>Class %1: pack %2, %3 student(s)</source>
        <translation>Группа %1: пакет %2, слушателей: %3</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>%1 student(s); press Grade</source>
        <translation>Слушателей: %1; нажмите «Оценить группу»</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>не сделано</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>Пройдено проверок: %1 из %2</translation>
    </message>
    <message>
        <source>Grading every student…</source>
        <translation>Оценка всех слушателей…</translation>
    </message>
    <message>
        <source>%1 student(s) graded, out of %2 points</source>
        <translation>Оценено слушателей: %1, из %2 баллов</translation>
    </message>
    <message>
        <source>Select a student to reset.</source>
        <translation>Выберите слушателя для сброса.</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>Сброс %1…</translation>
    </message>
    <message>
        <source>%1 is back at the start</source>
        <translation>%1 возвращён к началу</translation>
    </message>
    <message>
        <source>Reset %1 to the start of the lab? Their work and token keys are deleted.</source>
        <translation>Вернуть %1 к началу практикума? Его работа и ключи на токене будут удалены.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation>Язык ID Toolkit сменится на «%1» при следующем запуске.</translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation>Этот сеанс запущен с IDTOOLKIT_LANG=%1, и эта переменная имеет приоритет.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>&amp;Run local services (OCSP, CRL, TSA)</source>
        <translation>&amp;Запустить локальные службы (OCSP, CRL, штампы времени)</translation>
    </message>
    <message>
        <source>Serve this workspace&apos;s OCSP answers, CRLs, CA certificates and time-stamps on 127.0.0.1 at the port of its base URL, while the app is open</source>
        <translation>Выдавать ответы OCSP, CRL, сертификаты УЦ и штампы времени этого рабочего пространства на 127.0.0.1, на порту его базового URL, пока приложение открыто</translation>
    </message>
    <message>
        <source>Starting the local services…</source>
        <translation>Запуск локальных служб…</translation>
    </message>
    <message>
        <source>Local services running (process %1)</source>
        <translation>Локальные службы работают (процесс %1)</translation>
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
        <translation>Сертификаты</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation>Новый &amp;корневой УЦ…</translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation>Создать самоподписанный корневой УЦ</translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation>Новый &amp;подчинённый УЦ…</translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation>Создать УЦ, подписанный УЦ этого рабочего пространства</translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation>&amp;Запросить подчинённый УЦ (автономный корневой)…</translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation>Импорт по&amp;дписанного сертификата УЦ…</translation>
    </message>
    <message>
        <source>Import CR&amp;L of an external CA…</source>
        <translation>Импорт CR&amp;L внешнего УЦ…</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, for the local services to publish</source>
        <translation>CRL, подписанный автономным корневым УЦ, для публикации локальными службами</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>&amp;Импорт УЦ…</translation>
    </message>
    <message>
        <source>E&amp;xport CA…</source>
        <translation>&amp;Экспорт УЦ…</translation>
    </message>
    <message>
        <source>Publish &amp;CRL…</source>
        <translation>Опубликовать &amp;CRL…</translation>
    </message>
    <message>
        <source>Sign a CRL of the selected CA</source>
        <translation>Подписать список отозванных сертификатов выбранного УЦ</translation>
    </message>
    <message>
        <source>&amp;Validation settings…</source>
        <translation>Параметры &amp;проверки…</translation>
    </message>
    <message>
        <source>CRL partitions, pre-signed OCSP responses, publication folder</source>
        <translation>Разделы CRL, заранее подписанные ответы OCSP, папка публикации</translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation>Выпуск по &amp;CSR…</translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation>Подписать запрос на сертификат</translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation>Выпуск &amp;PKCS#12…</translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation>Создать ключ и сертификат для человека или сервера</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>Отозвать выбранный сертификат</translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation>&amp;Массовый выпуск…</translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation>Выпустить учётные данные для каждой строки файла CSV со списком лиц</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>При&amp;остановить</translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation>Приостановить выбранный сертификат; позже его можно возобновить</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation>Снова сделать действительным выбранный приостановленный сертификат</translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation>&amp;Учётные данные службы (TSA / OCSP)…</translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation>Создать учётные данные службы штампов времени или делегированного OCSP для idtoolkit serve</translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation>Проверить по&amp;дпись…</translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation>Проверить подписанный PDF или файл с отсоединённой подписью</translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation>&amp;Экспорт сертификата…</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Проверить цепочку аудита</translation>
    </message>
    <message>
        <source>Run a key &amp;ceremony…</source>
        <translation>Провести &amp;церемонию ключей…</translation>
    </message>
    <message>
        <source>Run a ceremony script step by step, with confirmations and a transcript</source>
        <translation>Выполнить сценарий церемонии шаг за шагом, с подтверждениями и протоколом</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>Открыть &amp;практикум…</translation>
    </message>
    <message>
        <source>A training class folder (trainer view)</source>
        <translation>Папка учебной группы (вид преподавателя)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Настройки &amp;рабочего пространства…</translation>
    </message>
    <message>
        <source>Base URL written into certificates, CRL lifetimes, PKCS#11 module</source>
        <translation>Базовый URL в сертификатах, сроки действия CRL, модуль PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Guide: the desktop app</source>
        <translation>&amp;Руководство: настольное приложение</translation>
    </message>
    <message>
        <source>Guide: &amp;what works today</source>
        <translation>Руководство: &amp;что работает сейчас</translation>
    </message>
    <message>
        <source>Guide: the &amp;command line</source>
        <translation>Руководство: &amp;командная строка</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Где мои &amp;данные?</translation>
    </message>
    <message>
        <source>The workspace folder, its database and the log file</source>
        <translation>Папка рабочего пространства, его база данных и файл журнала</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>&amp;УЦ</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>&amp;Сертификаты</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>ID Toolkit — %1</source>
        <translation>ID Toolkit — %1</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Практикум</translation>
    </message>
    <message>
        <source>%1 is not a lab class folder</source>
        <translation>%1 не является папкой группы практикума</translation>
    </message>
    <message>
        <source>Open a lab class folder</source>
        <translation>Открыть папку группы практикума</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation>УЦ %1 ожидает свой подписанный сертификат.</translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation>сначала выберите УЦ в дереве</translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation>%1 приостановлен</translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation>%1 снова действителен</translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation>сначала выберите сертификат в таблице</translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation>этот сертификат выпущен не УЦ этого рабочего пространства</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>Сценарий церемонии</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.toml)</source>
        <translation>Сценарии церемоний (*.toml)</translation>
    </message>
    <message>
        <source>Ceremony directory (new, or the one to resume)</source>
        <translation>Папка церемонии (новая или та, которую нужно продолжить)</translation>
    </message>
    <message>
        <source>Key ceremony</source>
        <translation>Церемония ключей</translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation>О программе ID Toolkit</translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation>ID Toolkit — удостоверяющий центр с открытым исходным кодом, с программными ключами и ключами в HSM.</translation>
    </message>
    <message>
        <source>Version {version}, build {build} ({platform}).</source>
        <translation>Версия {version}, сборка {build} ({platform}).</translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation>Новый корневой УЦ</translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation>Новый подчинённый УЦ</translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation>Запрос сертификата подчинённого УЦ (автономный корневой)</translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation>Корневой УЦ подписывает собственный сертификат. Держите его в автономном режиме и используйте только для подписи подчинённых УЦ.</translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation>Подчинённый УЦ подписывается УЦ этого рабочего пространства и выпускает сертификаты.</translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation>Ключ создаётся здесь, а запрос (CSR) сохраняется, чтобы отнести его к автономному корневому УЦ. Затем импортируйте подписанный сертификат командой «Импорт подписанного сертификата УЦ».</translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation>короткое имя для команд и URL, напр. issuing</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>Имя УЦ *</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <extracomment>The parent chosen when the list arrives (the main window&apos;s selected CA).</extracomment>
        <translation>Подписан *</translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation>Сохранить запрос как *</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>дайте УЦ короткое имя</translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation>ни один УЦ в этом рабочем пространстве не может подписать подчинённый УЦ: сначала создайте или импортируйте корневой УЦ</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the request (read it aloud on both sides):
%2</source>
        <translation>Запрос сохранён в %1
SHA-256 запроса (зачитайте вслух с обеих сторон):
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <extracomment>The engine&apos;s rule, so the CLI and the app agree.</extracomment>
        <translation>Добро пожаловать в ID Toolkit</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ID Toolkit хранит ваши удостоверяющие центры, их сертификаты и журнал аудита в &lt;b&gt;рабочем пространстве&lt;/b&gt;. Давайте создадим его.&lt;/p&gt;&lt;p&gt;Выберите парольную фразу: она шифрует ключи УЦ, хранящиеся на этом компьютере. Она нигде не сохраняется — если её потерять, эти ключи нельзя будет использовать.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Папка *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>не менее %1 символов</translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation>Парольная фраза *</translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation>Повторите парольную фразу *</translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation>пусто: SQLite в папке; или postgresql://user@host/db</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Общая база данных</translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation>выберите папку для рабочего пространства</translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation>%1 уже является рабочим пространством: откройте его</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>парольная фраза должна содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>Папка *</translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation>выберите папку рабочего пространства</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation>%1 не является рабочим пространством (нет config.toml)</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>Парольная фраза рабочего пространства</translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation>Парольная фраза рабочего пространства защищает программные ключи УЦ. Она хранится в памяти до закрытия приложения и нигде не записывается.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>PIN токена</translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation>Введите PIN пользователя токена «%1». Он используется только в этом сеансе.</translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation>PIN пользователя:</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Issuing CA *</source>
        <translation>Выпускающий УЦ *</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>Профиль *</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation>напр. email:amina@example.sn, dns:host.example.sn</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Альтернативные имена</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Тип ключа</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation>ни один УЦ в этом рабочем пространстве не может выпускать сертификаты: сначала создайте УЦ</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation>закрытый ключ утерян или украден (напр., потеряна ID-карта)</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation>ключ выпускающего УЦ скомпрометирован</translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation>владелец сменил организацию или должность</translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation>заменён новым сертификатом</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>больше не нужен</translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation>приостановлен; позже может быть возобновлён</translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation>владелец утратил право на него</translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation>центр атрибутов скомпрометирован</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Отзыв сертификата</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Отозвать %1?</translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation>Выпускающий УЦ *</translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation>шестнадцатеричный серийный номер</translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation>Серийный номер *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Причина *</translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation>Ключ был скомпрометирован раньше, а именно:</translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation>выберите выпускающий УЦ</translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation>серийный номер должен быть шестнадцатеричным числом</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation>для использования программного ключа УЦ нужна парольная фраза рабочего пространства</translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation>нужен PIN токена «%1», но он не был введён</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation>Служба штампов времени (TSA)</translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation>Делегированный OCSP-ответчик</translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation>idtoolkit serve отвечает на запросы штампов времени RFC 3161 по адресу /tsa, подписывая их этими учётными данными, чтобы подписи, сделанные с --tsa, доказывали время своего существования (уровень B-T). Одна TSA обслуживает всё рабочее пространство; используются самые новые учётные данные. Перезапустите serve, если он запущен.</translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation>idtoolkit serve подписывает OCSP-ответы этого УЦ (/ocsp/CA) сертификатом ответчика вместо ключа УЦ, поэтому ключ УЦ может оставаться в автономном режиме или на своём токене. Запущенный serve подхватывает его; истёкший или отозванный ответчик отбрасывается.</translation>
    </message>
    <message>
        <source>Time-Stamping Authority</source>
        <extracomment>The subject&apos;s common name offered for each kind, in the officer&apos;s language (the name the certificate carries; the officer can change it).</extracomment>
        <translation>Служба меток времени</translation>
    </message>
    <message>
        <source>OCSP Responder</source>
        <translation>Ответчик OCSP</translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation>Учётные данные службы для idtoolkit serve</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>Служба *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation>Учётные данные службы созданы (%1): %2
Сертификат %3 от УЦ %4, действителен до %5 UTC.
idtoolkit serve отвечает с ними по адресу %6.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Создано.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PKCS#11 module (*.dll)</source>
        <extracomment>What the module picker offers first: the platform&apos;s library suffix.</extracomment>
        <translation>Модуль PKCS#11 (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.dylib *.so)</source>
        <translation>Модуль PKCS#11 (*.dylib *.so)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so)</source>
        <translation>Модуль PKCS#11 (*.so)</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Настройки рабочего пространства</translation>
    </message>
    <message>
        <source>These settings are kept in the workspace (%1) and apply to the CAs you create from now on; existing CAs keep the addresses already written into their certificates.</source>
        <translation>Эти настройки хранятся в рабочем пространстве (%1) и применяются к УЦ, которые вы создадите с этого момента; существующие УЦ сохраняют адреса, уже записанные в их сертификаты.</translation>
    </message>
    <message>
        <source>e.g. http://pki.example.gov</source>
        <translation>напр. http://pki.example.gov</translation>
    </message>
    <message>
        <source>Base URL *</source>
        <translation>Базовый URL *</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>CRL lifetime (sub-CAs)</source>
        <translation>Срок действия CRL (подчинённые УЦ)</translation>
    </message>
    <message>
        <source>CRL lifetime (root CAs)</source>
        <translation>Срок действия CRL (корневые УЦ)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Delta CRL lifetime</source>
        <translation>Срок действия разностного CRL</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Модуль PKCS#11</translation>
    </message>
    <message>
        <source>Empty: the module named by %1, else SoftHSM2 if it is installed.</source>
        <translation>Пусто: модуль, указанный в %1, иначе SoftHSM2, если он установлен.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only this computer (or a private network) can reach it, so relying parties elsewhere cannot check revocation, and pkilint warns &apos;%2&apos; on TLS certificates. Fine for a lab; for production give the public address where &apos;idtoolkit serve&apos; (or your web server) publishes them.</source>
        <translation>Сертификаты содержат адреса CRL, сертификата УЦ и OCSP под %1. Доступ к нему есть только с этого компьютера (или из частной сети), поэтому проверяющие стороны в других местах не смогут проверить отзыв, а pkilint предупреждает «%2» для сертификатов TLS. Для учебного стенда это допустимо; для рабочей системы укажите публичный адрес, по которому их публикует «idtoolkit serve» (или ваш веб-сервер).</translation>
    </message>
    <message>
        <source>give the base URL, e.g. http://pki.example.gov</source>
        <translation>укажите базовый URL, напр. http://pki.example.gov</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 does not exist</source>
        <translation>модуль PKCS#11 %1 не существует</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as operator</source>
        <translation>Вход как оператор</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Имя оператора:</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>Файл PKCS#12:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Operator credential</source>
        <translation>Учётные данные оператора</translation>
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
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Sign in as &amp;operator…</source>
        <translation>Войти как &amp;оператор…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Одобрения…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>О&amp;ператоры…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Оператор: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in as an operator first (Team menu)</source>
        <translation>Сначала войдите как оператор (меню «Команда»)</translation>
    </message>
    <message>
        <source>Needs the role %1; you are %2</source>
        <translation>Нужна роль %1; ваши роли: %2</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation>Найти токены</translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation>Показать ключи (запросит PIN)</translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation>Нажмите «Найти токены», чтобы получить список токенов модуля PKCS#11.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation>Извлекаемый</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>Поиск токенов…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n токен</numerusform>
            <numerusform>%n токена</numerusform>
            <numerusform>%n токенов</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>Сначала выберите токен.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation settings</source>
        <translation>Параметры проверки</translation>
    </message>
    <message>
        <source>For many relying parties: OCSP answers are signed here in advance and served by responders that hold no key; a large CRL can be split into partitions.</source>
        <translation>Для множества проверяющих сторон: ответы OCSP подписываются здесь заранее и выдаются серверами без ключей; большой CRL можно разбить на разделы.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>УЦ *</translation>
    </message>
    <message>
        <source>0: one CRL. Certificates issued before a change keep their partition.</source>
        <translation>0: один CRL. Сертификаты, выпущенные до изменения, остаются в своём разделе.</translation>
    </message>
    <message>
        <source>CRL partitions</source>
        <translation>Разделы CRL</translation>
    </message>
    <message>
        <source>Pre-signed OCSP responses</source>
        <translation>Заранее подписанные ответы OCSP</translation>
    </message>
    <message>
        <source>Sign the missing and due OCSP responses now</source>
        <translation>Подписать сейчас недостающие и устаревающие ответы OCSP</translation>
    </message>
    <message>
        <source>Optional: CA certificates and CRLs are written there for a web server</source>
        <translation>Необязательно: сюда записываются сертификаты УЦ и CRL для веб-сервера</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>Папка публикации</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>%1 stored; the oldest signed %2</source>
        <translation>сохранено: %1; самый старый подписан %2</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>здесь нет УЦ, который может подписывать</translation>
    </message>
    <message>
        <source>the publication folder is a file</source>
        <translation>папка публикации является файлом</translation>
    </message>
    <message>
        <source>%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.</source>
        <translation>%1: разделов CRL для новых сертификатов: %2; подписано ответов OCSP: %3.</translation>
    </message>
    <message>
        <source>%1 file(s) written to %2</source>
        <translation>записано файлов: %1 в %2</translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation>по профилю</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>VerifySignatureDialog</name>
    <message>
        <source>VALID</source>
        <translation>ДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>НЕ ОПРЕДЕЛЕНО</translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation>Все проверки пройдены: документ не изменён после подписания доверенным подписантом.</translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation>Проверка определённо не пройдена: не полагайтесь на эту подпись.</translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation>Не хватает данных для решения (доверие, статус отзыва, доказательство времени).</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; their words for people are the engine&apos;s messages (one table for the CLI and the app), said in the app&apos;s language through the engine&apos;s catalogues. The details stay as the engine wrote them. Mark and colour of each check outcome. Item data of a trust anchor taken from the open workspace (PEM), not from a file.</extracomment>
        <translation>Проверка подписи</translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation>Проверяет значение подписи, цепочку сертификатов подписанта до выбранной вами точки доверия, использование ключа, отзыв (ответы OCSP/CRL, встроенные в подпись или полученные по URL из сертификатов) и штамп времени.</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Подписанный PDF</translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation>Файл + отсоединённая подпись (.p7s)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>Документ *</translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation>Подпись CMS (*.p7s *.p7m);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation>Подпись (.p7s) *</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Workspace roots</source>
        <translation>Корневые УЦ рабочего пространства</translation>
    </message>
    <message>
        <source>Trust the root CAs of the open workspace</source>
        <translation>Доверять корневым УЦ открытого рабочего пространства</translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation>Точки доверия *</translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation>На прошедший момент (UTC):</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Момент проверки</translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation>Получить статус отзыва (OCSP / CRL) по URL из сертификатов</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Копировать как текст</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>%1 (workspace root): %2</source>
        <translation>%1 (корневой УЦ рабочего пространства): %2</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>Сертификаты точек доверия</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation>добавьте хотя бы один сертификат точки доверия (напр., корневого УЦ)</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>точка доверия</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation>В этом файле подпись не найдена.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>серийный номер</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation>Источники статуса отзыва</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>Время подписания (заявленное)</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Штамп времени</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>Проверено на</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
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
        <translation>непредвиденная ошибка: %1 (подробности в %2)</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation>Общее имя</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation>Серийный номер (идентификатор)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Идентификатор пользователя</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>Идентификатор организации</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>Регион / область</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>Компонент домена</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>Страна (2 буквы)</translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation>* обязательно   † ровно одно из: %1</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>непредвиденная ошибка: %1</translation>
    </message>
</context>
</TS>
