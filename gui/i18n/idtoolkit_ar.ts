<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AcmeEndpointDialog</name>
    <message>
        <source>Add ACME endpoint</source>
        <translation>إضافة نقطة وصول ACME</translation>
    </message>
    <message>
        <source>certbot, lego or Caddy get certificates from this CA for the names you allow, once they prove they control them. The directory is %1 of idtoolkit serve.</source>
        <translation>يحصل certbot أو lego أو Caddy على شهادات من سلطة التصديق هذه للأسماء التي تسمح بها، بعد أن يثبتوا أنهم يتحكمون فيها. الدليل هو %1 في idtoolkit serve.</translation>
    </message>
    <message>
        <source>Endpoint name *</source>
        <translation>اسم نقطة الوصول *</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>سلطة التصديق *</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>ملف التعريف *</translation>
    </message>
    <message>
        <source>Domains whose names may be asked for, separated by commas; empty: any name</source>
        <translation>النطاقات التي يمكن طلب أسمائها، مفصولة بفواصل؛ فارغ: أي اسم</translation>
    </message>
    <message>
        <source>Allowed name suffixes</source>
        <translation>لواحق الأسماء المسموح بها</translation>
    </message>
    <message>
        <source>Also IP addresses</source>
        <translation>وعناوين IP أيضًا</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>منفذ http-01</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>منفذ tls-alpn-01</translation>
    </message>
    <message>
        <source>For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge is checked at that address</source>
        <translation>للمختبرات بلا DNS: أزواج NAME=ADDRESS مفصولة بفواصل؛ يُتحقق من التحدي على ذلك العنوان</translation>
    </message>
    <message>
        <source>Name addresses</source>
        <translation>عناوين الأسماء</translation>
    </message>
    <message>
        <source>Clients need an External Account Binding key</source>
        <translation>يحتاج العملاء إلى مفتاح External Account Binding</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>أعطِ نقطة الوصول اسمًا</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>لا توجد هنا سلطة تصديق يمكنها التوقيع</translation>
    </message>
    <message>
        <source>choose at least one challenge</source>
        <translation>اختر تحديًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>Endpoint %1 added: clients use %2 of idtoolkit serve.</source>
        <translation>أُضيفت نقطة الوصول %1: يستخدم العملاء %2 في idtoolkit serve.</translation>
    </message>
</context>
<context>
    <name>AcmeView</name>
    <message>
        <source>&amp;Add endpoint…</source>
        <extracomment>Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left to right (elided at their end) in an Arabic window; each cell&apos;s data is also isolated. the officer asked for the add-endpoint dialog (the window opens it) why the signed-in operator may not change endpoints (None: they may)</extracomment>
        <translation>إ&amp;ضافة نقطة وصول…</translation>
    </message>
    <message>
        <source>Re&amp;move endpoint</source>
        <translation>إ&amp;زالة نقطة الوصول</translation>
    </message>
    <message>
        <source>Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve.</source>
        <translation>يحصل عملاء مثل certbot أو lego أو Caddy على الشهادات من %1 في idtoolkit serve.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>سلطة التصديق</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <source>Allowed names</source>
        <translation>الأسماء المسموح بها</translation>
    </message>
    <message>
        <source>EAB required</source>
        <translation>EAB مطلوب</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>نقطة الوصول</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>نقاط الوصول</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>الطلبات الأخيرة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>أي اسم</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>عناوين IP</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>مُعطَّل</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>أُزيلت نقطة الوصول %1.</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Reason (needed to reject)</source>
        <translation>السبب (مطلوب للرفض)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Pending requests:</source>
        <translation>الطلبات المنتظرة:</translation>
    </message>
    <message>
        <source>Exact parameters (what you sign):</source>
        <translation>المعاملات الدقيقة (ما توقّعه):</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 of %5 approvals</source>
        <translation>رقم %1 %2 من %3: %4 من %5 موافقات</translation>
    </message>
    <message>
        <source>Give a reason to reject the request.</source>
        <translation>اذكر سببًا لرفض الطلب.</translation>
    </message>
    <message>
        <source>Request %1 approved and executed.</source>
        <translation>تمت الموافقة على الطلب %1 وتنفيذه.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>رُفض الطلب %1.</translation>
    </message>
    <message>
        <source>Request %1 approved: %2 more approval(s) needed.</source>
        <translation>تمت الموافقة على الطلب %1: يلزم %2 موافقة(ات) أخرى.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>البصمة %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation>يعيد حساب بصمة كل حدث: يكشف الأحداث المعدّلة أو المحذوفة أو المبتورة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>لم يتم التحقق بعد في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>سليمة: لا أحداث، الرأس %1</numerusform>
            <numerusform>سليمة: حدث واحد، الرأس %1</numerusform>
            <numerusform>سليمة: حدثان، الرأس %1</numerusform>
            <numerusform>سليمة: %n أحداث، الرأس %1</numerusform>
            <numerusform>سليمة: %n حدثًا، الرأس %1</numerusform>
            <numerusform>سليمة: %n حدث، الرأس %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>معطوبة: %1</translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation>إصدار جماعي من ملف CSV</translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation>يحصل كل صف من ملف CSV على مفتاح جديد وشهادة وملف PKCS#12 محمي بكلمة مرور عشوائية خاصة به. يحدد سطر العناوين أسماء الأعمدة: id (فريد)، وسمات الموضوع (CN، GN، SN، serialNumber، O، OU، C…) والأسماء البديلة (email، dns، ip؛ ويُفصل بين القيم المتعددة بـ «;»). يُبلَّغ عن الصفوف الخاطئة مع رقم سطرها وتُصدَر بقية الصفوف.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation>ملف CSV للأشخاص *</translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation>مجلد الإخراج *</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> صف</translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation>عدد الصفوف التي تُوقَّع وتُحفَظ معًا؛ يتوقف «إلغاء الأمر» في نهاية الدفعة.</translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation>الحفظ كل</translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation>هل توقفت العملية أو أُلغيت؟ شغّلها مجددًا بالملف CSV نفسه ومجلد الإخراج نفسه: تُستأنف من حيث توقفت، ويُصدَر كل صف مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>choose a profile</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation>اختر ملف تعريف</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation>اختر مجلد الإخراج</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>‏%1 ملف: اختر مجلدًا</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation>جارٍ قراءة ملف CSV وفحص كل صف…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 من أصل %n صف</numerusform>
            <numerusform>%1 من أصل صف واحد</numerusform>
            <numerusform>%1 من أصل صفين</numerusform>
            <numerusform>%1 من أصل %n صفوف</numerusform>
            <numerusform>%1 من أصل %n صفًا</numerusform>
            <numerusform>%1 من أصل %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>%1 صف في الثانية</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>يتبقى نحو %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>سيتوقف بعد الدفعة الحالية…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>توقف قبل إصدار أي صف. اضغط «استئناف» لإصدار الباقي.</numerusform>
            <numerusform>توقف بعد صف واحد. اضغط «استئناف» لإصدار الباقي.</numerusform>
            <numerusform>توقف بعد صفين. اضغط «استئناف» لإصدار الباقي.</numerusform>
            <numerusform>توقف بعد %n صفوف. اضغط «استئناف» لإصدار الباقي.</numerusform>
            <numerusform>توقف بعد %n صفًا. اضغط «استئناف» لإصدار الباقي.</numerusform>
            <numerusform>توقف بعد %n صف. اضغط «استئناف» لإصدار الباقي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation>اكتمل: صدر %1؛ الصفوف التي بها أخطاء: %2.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>التشغيل مجددًا</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>المهمة: %1</translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation>صدر الآن: %1</translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation>صدر في تشغيل سابق: %1</translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation>تسليمات استُكملت من تشغيل متوقف: %1</translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation>بقايا غير مسجلة حُذفت (وأُعيد إصدارها): %1</translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation>أُلغيت: شغّل مجددًا لإتمام المهمة.</translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation>الصفوف غير الصادرة (%1):</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>(المعرّف %1)</translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation>ملفات PKCS#12: %1</translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation>رسائل رمز PIN للطباعة، صفحة لكل صاحب شهادة (ثم تُحفظ دون اتصال بالشبكة): %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>البيان: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
</context>
<context>
    <name>CaTreeModel</name>
    <message>
        <source>CA</source>
        <translation>جهة التصديق</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>مخزن المفتاح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>الرمز المميز «%1»</translation>
    </message>
    <message>
        <source>software</source>
        <translation>برمجي</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>لا مفتاح هنا</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation>بانتظار الشهادة</translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation>شهادة فقط</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
</context>
<context>
    <name>CeremonyRunnerWindow</name>
    <message>
        <source>Key ceremony: %1</source>
        <translation>مراسم المفاتيح: %1</translation>
    </message>
    <message>
        <source>Script hash: read aloud and compare</source>
        <translation>بصمة النص: اقرأها بصوت عالٍ وقارنها</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Press Start to begin the ceremony.</source>
        <translation>اضغط «بدء» لبدء المراسم.</translation>
    </message>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>اكتب الإجابة واضغط Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Confirm: perform this step</source>
        <translation>تأكيد: تنفيذ هذه الخطوة</translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>إيقاف مؤقت (الاستئناف لاحقًا)</translation>
    </message>
    <message>
        <source>Exception noticed by a witness (recorded in the transcript)</source>
        <translation>مخالفة لاحظها أحد الشهود (تُسجَّل في المحضر)</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>تسجيل المخالفة</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Ceremony complete. Each participant now signs the transcript.</source>
        <translation>اكتملت المراسم. يوقّع الآن كل مشارك على المحضر.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Describe the exception first.</source>
        <translation>صِف المخالفة أولًا.</translation>
    </message>
    <message>
        <source>Total: %1 entries</source>
        <translation>المجموع: %1 قيد</translation>
    </message>
</context>
<context>
    <name>CertTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>The subject is last: it is the long text people read, so it takes whatever room is left and is never cut (a horizontal scroll bar appears instead).</extracomment>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>تنتهي قريبًا</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>غير صالحة بعد</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>All statuses</source>
        <extracomment>Serial, not after and subject: data, read left to right in any language.</extracomment>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Expiring soon (30 days)</source>
        <translation>تنتهي قريبًا (30 يومًا)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>غير صالحة بعد</translation>
    </message>
    <message>
        <source>Search subject or serial…</source>
        <translation>ابحث عن موضوع أو رقم تسلسلي…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>لا توجد شهادات من جهة التصديق %1</numerusform>
            <numerusform>شهادة واحدة من جهة التصديق %1</numerusform>
            <numerusform>شهادتان من جهة التصديق %1</numerusform>
            <numerusform>%n شهادات من جهة التصديق %1</numerusform>
            <numerusform>%n شهادة من جهة التصديق %1</numerusform>
            <numerusform>%n شهادة من جهة التصديق %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>لا توجد شهادات، كل جهات التصديق</numerusform>
            <numerusform>شهادة واحدة، كل جهات التصديق</numerusform>
            <numerusform>شهادتان، كل جهات التصديق</numerusform>
            <numerusform>%n شهادات، كل جهات التصديق</numerusform>
            <numerusform>%n شهادة، كل جهات التصديق</numerusform>
            <numerusform>%n شهادة، كل جهات التصديق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation>نشر قائمة الشهادات الملغاة (CRL)</translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation>تسرد قائمة الشهادات الملغاة (CRL) الشهادات التي ألغتها جهة التصديق هذه، وتوقّعها الجهة نفسها. انشر قائمة جديدة بعد كل إلغاء وقبل انتهاء صلاحية القائمة السابقة.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>جهة التصديق *</translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation>قائمة إلغاء تفاضلية (التغييرات منذ آخر قائمة كاملة فقط)</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM (نص)</translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation>DER (ثنائي، وهو ما تنشره خوادم HTTP)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation>حفظ قائمة الإلغاء باسم *</translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation>لا توجد هنا جهة تصديق قادرة على توقيع قائمة إلغاء</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>قائمة الشهادات الملغاة</translation>
    </message>
    <message>
        <source>Delta CRL</source>
        <translation>قائمة إلغاء تفاضلية</translation>
    </message>
    <message>
        <source>%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.
Saved to %6</source>
        <translation>نُشرت %1 رقم %2 لـ%3: الشهادات الملغاة %4، التحديث التالي %5.
حُفظت في %6</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>أين بياناتي؟</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>(لا شيء مفتوح)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>Back up the workspace folder (and the database, if it is PostgreSQL) to keep your CAs. The log holds the details of unexpected errors for support; it never holds passphrases or PINs.</source>
        <translation>انسخ مجلد مساحة العمل احتياطيًا (وقاعدة البيانات إن كانت PostgreSQL) للحفاظ على جهات التصديق. يحتفظ السجل بتفاصيل الأخطاء غير المتوقعة لفريق الدعم؛ ولا يحتوي أبدًا على عبارات المرور أو رموز PIN.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>المُصدِر</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>صالحة من</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>جهة التصديق</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>مخزن المفتاح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation>صادرة عن جهة التصديق</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>أُبطلت في</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>معلّقة منذ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>unspecified</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates): always isolated. Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a right-to-left layout so Arabic does not reorder them. Revocation reasons: the RFC 5280 names the engine sends, said in the user&apos;s language (English keeps the names officers and the CLI use).</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>key-compromise</source>
        <translation>اختراق المفتاح</translation>
    </message>
    <message>
        <source>ca-compromise</source>
        <translation>اختراق جهة التصديق</translation>
    </message>
    <message>
        <source>affiliation-changed</source>
        <translation>تغيّر الانتماء</translation>
    </message>
    <message>
        <source>cessation-of-operation</source>
        <translation>توقف النشاط</translation>
    </message>
    <message>
        <source>certificate-hold</source>
        <translation>تعليق الشهادة</translation>
    </message>
    <message>
        <source>remove-from-crl</source>
        <translation>أُزيلت من قائمة الإبطال</translation>
    </message>
    <message>
        <source>privilege-withdrawn</source>
        <translation>سُحب الامتياز</translation>
    </message>
    <message>
        <source>aa-compromise</source>
        <translation>اختراق جهة منح الصفات</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>استُبدلت</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>الامتداد</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation>السلسلة، من هذه الشهادة حتى الجذر</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>الامتدادات</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>السلسلة</translation>
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
        <translation>اختر جهة تصديق أو شهادة لعرض تفاصيلها.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PEM — the certificate alone (text)</source>
        <translation>PEM — الشهادة وحدها (نص)</translation>
    </message>
    <message>
        <source>DER — the certificate alone (binary)</source>
        <translation>DER — الشهادة وحدها (ثنائي)</translation>
    </message>
    <message>
        <source>Chain — the certificate and its issuers (PEM)</source>
        <translation>السلسلة — الشهادة والجهات المُصدِرة لها (PEM)</translation>
    </message>
    <message>
        <source>PKCS#7 — certificate and chain bundle (Windows)</source>
        <translation>PKCS#7 — حزمة الشهادة والسلسلة (Windows)</translation>
    </message>
    <message>
        <source>PKCS#12 — CA certificate and private key (backup)</source>
        <translation>PKCS#12 — شهادة جهة التصديق ومفتاحها الخاص (نسخة احتياطية)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>الشهادة %1</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>جهة التصديق %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>ما يُصدَّر</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>تشفير قديم (3DES) لإصدارات Windows القديمة</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>كلمة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation>حفظ باسم *</translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation>يجب أن تتكون كلمة مرور النسخة الاحتياطية من 8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>كلمتا المرور غير متطابقتين</translation>
    </message>
    <message>
        <source>export</source>
        <translation>ملف التصدير</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>choose where to save the %1</source>
        <translation>اختر مكان حفظ %1</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation>‏%1 مجلد: حدّد اسم ملف لـ%2</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation>اختر ملف %1</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the %2 file</source>
        <translation>‏%1 مجلد: اختر ملف %2</translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation>ملف %1 ‏%2 غير موجود</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ID Toolkit guide</source>
        <extracomment>The guide&apos;s sections, by the English title the Help menu asks for (in reading order); each language&apos;s file has them in this order under its own &quot;## &quot; headings.</extracomment>
        <translation>دليل ID Toolkit</translation>
    </message>
    <message>
        <source>The guide is not installed with this copy.</source>
        <translation>الدليل غير مثبّت مع هذه النسخة.</translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation>استيراد جهة تصديق</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>اسم جهة التصديق *</translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation>ملف PKCS#12 (الشهادة والمفتاح)</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation>ملفا الشهادة والمفتاح (PEM أو DER)</translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation>الشهادة فقط (لا يمكنها التوقيع هنا)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der)</source>
        <translation>المفاتيح (*.pem *.key *.der)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation>كلمة مرور ملف PKCS#12 أو ملف المفتاح</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>ملف PKCS#12</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>ملف الشهادة</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ملف المفتاح</translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation>سلسلة المُصدِر (اختياري)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>امنح جهة التصديق اسمًا قصيرًا</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>السلسلة</translation>
    </message>
</context>
<context>
    <name>ImportCrlDialog</name>
    <message>
        <source>Import a CRL of an external CA</source>
        <translation>استيراد قائمة إلغاء (CRL) لجهة تصديق خارجية</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, brought here on removable media. It is accepted only when the root&apos;s certificate here verifies its signature and it is newer than the one here; the local services then publish it.</source>
        <translation>قائمة إلغاء وقّعتها جهة التصديق الجذرية غير المتصلة، نُقلت إلى هنا على وسيط قابل للإزالة. لا تُقبل إلا إذا تحققت شهادة الجذر الموجودة هنا من توقيعها وكانت أحدث من القائمة الموجودة هنا؛ ثم تنشرها الخدمات المحلية.</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem *.der)</source>
        <translation>قوائم الإلغاء (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>CRL file *</source>
        <translation>ملف قائمة الإلغاء *</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>قائمة الإلغاء</translation>
    </message>
    <message>
        <source>CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.</source>
        <translation>استُوردت قائمة الإلغاء رقم %1 لجهة التصديق %2: عدد الشهادات الملغاة %3، التحديث التالي %4.</translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation>استيراد شهادة جهة التصديق الفرعية الموقّعة</translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain). For an external root (known here by its certificate only), choose it and its renewed certificate.</source>
        <translation>اختر جهة التصديق التي تنتظر شهادتها، والشهادة التي وقّعها الجذر، وشهادة الجذر (السلسلة). أما الجذر الخارجي (المعروف هنا بشهادته فقط) فاختره مع شهادته المجدَّدة.</translation>
    </message>
    <message>
        <source>external: renewed certificate</source>
        <translation>خارجية: شهادة مجدَّدة</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>جهة التصديق *</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Signed certificate *</source>
        <translation>الشهادة الموقّعة *</translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation>الجذر / السلسلة</translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation>لا توجد جهة تصديق تنتظر شهادة: أنشئ طلبًا أولًا</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>السلسلة</translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation>إصدار شهادة من طلب توقيع (CSR)</translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation>جهة تصديق فرعية (جذر غير متصل يوقّع طلبًا)</translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation>ملف الطلب *</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>إضافة أسماء</translation>
    </message>
    <message>
        <source>e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation>مثل dns:www.example.sn, ip:10.0.0.1</translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation>حفظ الشهادة باسم *</translation>
    </message>
    <message>
        <source>I attest the key was generated on a qualified device (QSCD, a token)</source>
        <translation>أشهد أن المفتاح أُنشئ على جهاز مؤهَّل (QSCD، رمز مميز)</translation>
    </message>
    <message>
        <source>Only then does the certificate say the key is on a qualified signature or seal creation device (QcSSCD and the -qscd policy); the attestation is recorded in the audit trail.</source>
        <translation>عندئذ فقط تذكر الشهادة أن المفتاح على جهاز مؤهَّل لإنشاء التوقيع أو الختم (QcSSCD وسياسة ‎-qscd)؛ وتُسجَّل هذه الشهادة في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر ملف طلب: يظهر هنا محتواه وما يمنحه ملف التعريف.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use this request:</source>
        <translation>لا يمكن استخدام هذا الطلب:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Extension copied</source>
        <translation>امتداد منقول</translation>
    </message>
    <message>
        <source>Extension ignored (the profile decides)</source>
        <translation>امتداد متجاهَل (ملف التعريف هو الذي يقرر)</translation>
    </message>
    <message>
        <source>Will be refused:</source>
        <translation>سيُرفض:</translation>
    </message>
    <message>
        <source>Can be issued.</source>
        <translation>يمكن إصداره.</translation>
    </message>
    <message>
        <source>The request asks for</source>
        <translation>يطلب الطلب</translation>
    </message>
    <message>
        <source>The profile will grant</source>
        <translation>سيمنح ملف التعريف</translation>
    </message>
    <message>
        <source>request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation>تتعذر قراءة الطلب</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>الشهادة</translation>
    </message>
</context>
<context>
    <name>IssuePkcs12Dialog</name>
    <message>
        <source>Issue a credential (key + certificate as PKCS#12)</source>
        <translation>إصدار بيانات اعتماد (مفتاح + شهادة بصيغة PKCS#12)</translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation>يُولَّد المفتاح هنا ويُسلَّم مع الشهادة والسلسلة في ملف PKCS#12 محمي بكلمة مرور عشوائية جديدة تُعرض مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>تشفير قديم (3DES) لإصدارات Windows القديمة</translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation>حفظ ملف PKCS#12 باسم *</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation>كلمة مرور PKCS#12 — تُعرض مرة واحدة ولا تُحفظ. سلّمها لصاحب الشهادة بمعزل عن الملف.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>ملف PKCS#12</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation>صدرت %1؛ حُفظت في %2</translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation>برمجي (مشفّر في مساحة العمل)</translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation>رمز مميز (HSM / بطاقة ذكية)</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>مخزن المفتاح</translation>
    </message>
    <message>
        <source>token label</source>
        <translation>تسمية الرمز المميز</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز المميز</translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation>رمز PIN للمستخدم (يُحفظ في الذاكرة لهذه الجلسة فقط)</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>رمز PIN للرمز المميز</translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation>اختر الرمز المميز الذي سيحفظ المفتاح</translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation>أدخل رمز PIN للمستخدم الخاص بالرمز المميز</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>RSA 2048-bit</source>
        <extracomment>Key types in plain words, so an officer need not know that ``ml-dsa-65`` is the post-quantum one (QT_TRANSLATE_NOOP: lupdate sees them, :func:`key_type_words` translates).</extracomment>
        <translation>RSA بطول 2048 بت</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA بطول 3072 بت</translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation>RSA بطول 4096 بت</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-256</source>
        <translation>ECDSA على المنحنى NIST P-256</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-384</source>
        <translation>ECDSA على المنحنى NIST P-384</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-521</source>
        <translation>ECDSA على المنحنى NIST P-521</translation>
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
        <translation>ML-DSA-44: ما بعد الكم (FIPS 204، المستوى 2)</translation>
    </message>
    <message>
        <source>ML-DSA-65: post-quantum (FIPS 204, level 3)</source>
        <translation>ML-DSA-65: ما بعد الكم (FIPS 204، المستوى 3)</translation>
    </message>
    <message>
        <source>ML-DSA-87: post-quantum (FIPS 204, level 5)</source>
        <translation>ML-DSA-87: ما بعد الكم (FIPS 204، المستوى 5)</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>No lab open.</source>
        <extracomment>asked before a reset; tests replace it</extracomment>
        <translation>لا يوجد مختبر مفتوح.</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>تحقق من عملي</translation>
    </message>
    <message>
        <source>Grade the class</source>
        <translation>تقييم الفصل</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة التعيين</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), services on port %4</source>
        <translation>%1 — %2 (%3)، الخدمات على المنفذ %4</translation>
    </message>
    <message>
        <source>%1 exercise(s)</source>
        <translation>عدد التمارين: %1</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>قيمك</translation>
    </message>
    <message>
        <source>Class %1: pack %2, %3 student(s)</source>
        <translation>الفصل %1: الحزمة %2، عدد المتدربين: %3</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>%1 student(s); press Grade</source>
        <translation>عدد المتدربين: %1؛ اضغط «تقييم الفصل»</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>نجح %1 من %2 فحوص</translation>
    </message>
    <message>
        <source>Grading every student…</source>
        <translation>جارٍ تقييم جميع المتدربين…</translation>
    </message>
    <message>
        <source>%1 student(s) graded, out of %2 points</source>
        <translation>المتدربون الذين قُيّموا: %1، من أصل %2 نقطة</translation>
    </message>
    <message>
        <source>Select a student to reset.</source>
        <translation>اختر متدربًا لإعادة تعيينه.</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>جارٍ إعادة تعيين %1…</translation>
    </message>
    <message>
        <source>%1 is back at the start</source>
        <translation>عاد %1 إلى البداية</translation>
    </message>
    <message>
        <source>Reset %1 to the start of the lab? Their work and token keys are deleted.</source>
        <translation>إعادة %1 إلى بداية المختبر؟ سيُحذف عمله ومفاتيح رمزه المميز.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation>سيستخدم ID Toolkit اللغة %1 بدءًا من تشغيله التالي.</translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation>بدأت هذه الجلسة بالإعداد IDTOOLKIT_LANG=%1، وله الأولوية.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>&amp;Run local services (OCSP, CRL, TSA)</source>
        <translation>&amp;تشغيل الخدمات المحلية (OCSP وقوائم الإلغاء والختم الزمني)</translation>
    </message>
    <message>
        <source>Serve this workspace&apos;s OCSP answers, CRLs, CA certificates and time-stamps on 127.0.0.1 at the port of its base URL, while the app is open</source>
        <translation>تقديم ردود OCSP وقوائم الإلغاء وشهادات جهات التصديق والأختام الزمنية لمساحة العمل هذه على 127.0.0.1، على منفذ عنوانها الأساسي، ما دام التطبيق مفتوحًا</translation>
    </message>
    <message>
        <source>Starting the local services…</source>
        <translation>جارٍ تشغيل الخدمات المحلية…</translation>
    </message>
    <message>
        <source>Local services running (process %1)</source>
        <translation>الخدمات المحلية قيد التشغيل (العملية %1)</translation>
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
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز المميزة</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation>جهة تصديق &amp;جذرية جديدة…</translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation>إنشاء جهة تصديق جذرية موقّعة ذاتيًا</translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation>جهة تصديق &amp;فرعية جديدة…</translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation>إنشاء جهة تصديق توقّعها جهة تصديق من مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation>&amp;طلب جهة تصديق فرعية (جذر غير متصل)…</translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation>استيراد شهادة جهة تصديق &amp;موقّعة…</translation>
    </message>
    <message>
        <source>Import CR&amp;L of an external CA…</source>
        <translation>استيراد قائمة إل&amp;غاء لجهة تصديق خارجية…</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, for the local services to publish</source>
        <translation>قائمة إلغاء وقّعها الجذر غير المتصل، لتنشرها الخدمات المحلية</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>ا&amp;ستيراد جهة تصديق…</translation>
    </message>
    <message>
        <source>E&amp;xport CA…</source>
        <translation>ت&amp;صدير جهة التصديق…</translation>
    </message>
    <message>
        <source>Publish &amp;CRL…</source>
        <translation>&amp;نشر قائمة الإلغاء…</translation>
    </message>
    <message>
        <source>Sign a CRL of the selected CA</source>
        <translation>توقيع قائمة الشهادات الملغاة لجهة التصديق المحددة</translation>
    </message>
    <message>
        <source>&amp;Validation settings…</source>
        <translation>إعدادات ال&amp;تحقق…</translation>
    </message>
    <message>
        <source>CRL partitions, pre-signed OCSP responses, publication folder</source>
        <translation>أقسام قائمة الإلغاء، ردود OCSP الموقّعة مسبقًا، مجلد النشر</translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation>إصدار من &amp;طلب توقيع…</translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation>توقيع طلب شهادة</translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation>إصدار &amp;PKCS#12…</translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation>توليد مفتاح وشهادة لشخص أو خادم</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>إ&amp;لغاء الشهادة…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>إلغاء الشهادة المحددة</translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation>إصدار &amp;جماعي…</translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation>إصدار بيانات اعتماد لكل صف من ملف CSV للأشخاص</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>&amp;تعليق</translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation>تعليق الشهادة المحددة؛ يمكن رفع التعليق لاحقًا</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>&amp;رفع التعليق</translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation>إعادة الشهادة المعلّقة المحددة إلى الصلاحية</translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation>بيانات اعتماد ال&amp;خدمة (TSA / OCSP)…</translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation>إنشاء بيانات اعتماد الختم الزمني أو مستجيب OCSP المفوَّض التي يستخدمها idtoolkit serve</translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation>التحقق من &amp;توقيع…</translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation>فحص ملف PDF موقّع أو ملف مع توقيعه المنفصل</translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation>&amp;تصدير الشهادة…</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>ال&amp;تحقق من سلسلة التدقيق</translation>
    </message>
    <message>
        <source>Run a key &amp;ceremony…</source>
        <translation>إجراء &amp;مراسم المفاتيح…</translation>
    </message>
    <message>
        <source>Run a ceremony script step by step, with confirmations and a transcript</source>
        <translation>تنفيذ نص المراسم خطوة بخطوة، مع التأكيدات والمحضر</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>فتح &amp;مختبر…</translation>
    </message>
    <message>
        <source>A training class folder (trainer view)</source>
        <translation>مجلد فصل تدريبي (عرض المدرّب)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>إعدادات &amp;مساحة العمل…</translation>
    </message>
    <message>
        <source>Base URL written into certificates, CRL lifetimes, PKCS#11 module</source>
        <translation>عنوان URL الأساسي المكتوب في الشهادات، ومدة صلاحية قوائم الإلغاء، ووحدة PKCS#11</translation>
    </message>
    <message>
        <source>&amp;Guide: the desktop app</source>
        <translation>ال&amp;دليل: تطبيق سطح المكتب</translation>
    </message>
    <message>
        <source>Guide: &amp;what works today</source>
        <translation>الدليل: &amp;ما يعمل اليوم</translation>
    </message>
    <message>
        <source>Guide: the &amp;command line</source>
        <translation>الدليل: &amp;سطر الأوامر</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>أين &amp;بياناتي؟</translation>
    </message>
    <message>
        <source>The workspace folder, its database and the log file</source>
        <translation>مجلد مساحة العمل وقاعدة بياناتها وملف السجل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>&amp;جهة التصديق</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>ال&amp;شهادات</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>الفري&amp;ق</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>ID Toolkit — %1</source>
        <translation>ID Toolkit — %1</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>%1 is not a lab class folder</source>
        <translation>‏%1 ليس مجلد فصل مختبر</translation>
    </message>
    <message>
        <source>Open a lab class folder</source>
        <translation>فتح مجلد فصل مختبر</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation>جهة التصديق %1 بانتظار شهادتها الموقّعة.</translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation>اختر جهة تصديق في الشجرة أولًا</translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation>‏%1 معلّقة</translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation>‏%1 صالحة من جديد</translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation>اختر شهادة في الجدول أولًا</translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation>لم تُصدِر هذه الشهادةَ جهةُ تصديق من مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>نص المراسم</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.toml)</source>
        <translation>نصوص المراسم (*.toml)</translation>
    </message>
    <message>
        <source>Ceremony directory (new, or the one to resume)</source>
        <translation>مجلد المراسم (جديد، أو المجلد المراد استئنافه)</translation>
    </message>
    <message>
        <source>Key ceremony</source>
        <translation>مراسم المفاتيح</translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation>حول ID Toolkit</translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation>ID Toolkit — جهة تصديق مفتوحة المصدر، بمفاتيح برمجية ومفاتيح في وحدة HSM.</translation>
    </message>
    <message>
        <source>Version {version}, build {build} ({platform}).</source>
        <translation>الإصدار {version}، البناء {build} ({platform}).</translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation>جهة تصديق جذرية جديدة</translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation>جهة تصديق فرعية جديدة</translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation>طلب شهادة جهة تصديق فرعية (جذر غير متصل)</translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation>توقّع جهة التصديق الجذرية شهادتها بنفسها. أبقِها غير متصلة بالشبكة ولا تستخدمها إلا لتوقيع جهات التصديق الفرعية.</translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation>توقّع جهةَ التصديق الفرعية جهةُ تصديق من مساحة العمل هذه، وهي تُصدر الشهادات.</translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation>يُنشأ المفتاح هنا ويُحفظ طلب توقيع (CSR) لنقله إلى الجذر غير المتصل. استورد الشهادة الموقّعة بعد ذلك عبر «استيراد شهادة جهة تصديق موقّعة».</translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation>اسم قصير يُستخدم في الأوامر والعناوين، مثل issuing</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>اسم جهة التصديق *</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <extracomment>The parent chosen when the list arrives (the main window&apos;s selected CA).</extracomment>
        <translation>موقّعة من *</translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation>حفظ الطلب باسم *</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>امنح جهة التصديق اسمًا قصيرًا</translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation>لا توجد هنا جهة تصديق قادرة على توقيع جهة فرعية: أنشئ جهة تصديق جذرية أو استوردها أولًا</translation>
    </message>
    <message>
        <source>request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the request (read it aloud on both sides):
%2</source>
        <translation>حُفظ الطلب في %1
بصمة SHA-256 للطلب (اقرأها بصوت عالٍ لدى الطرفين):
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <extracomment>The engine&apos;s rule, so the CLI and the app agree.</extracomment>
        <translation>مرحبًا بك في ID Toolkit</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يحفظ ID Toolkit جهات التصديق الخاصة بك وشهاداتها وسجل تدقيق في &lt;b&gt;مساحة عمل&lt;/b&gt;. لننشئ واحدة.&lt;/p&gt;&lt;p&gt;اختر عبارة مرور: فهي تشفّر مفاتيح جهات التصديق المحفوظة على هذا الحاسوب. لا تُحفظ أبدًا — وإذا فُقدت تعذّر استخدام تلك المفاتيح.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>المجلد *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>%1 حرفًا على الأقل</translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation>عبارة المرور *</translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation>أعد كتابة عبارة المرور *</translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation>فارغ: SQLite في المجلد؛ أو postgresql://user@host/db</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>قاعدة بيانات مشتركة</translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation>اختر مجلدًا لمساحة العمل</translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation>‏%1 مساحة عمل بالفعل: افتحها بدلًا من ذلك</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>يجب أن تتكون عبارة المرور من %1 حرفًا على الأقل</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>عبارتا المرور غير متطابقتين</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>المجلد *</translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation>اختر مجلد مساحة العمل</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation>‏%1 ليس مساحة عمل (لا يوجد config.toml)</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>المشغّلون</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>عبارة مرور مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation>تحمي عبارة مرور مساحة العمل مفاتيح جهات التصديق المحفوظة برمجيًا. تبقى في الذاكرة حتى يُغلق التطبيق ولا تُكتب في أي مكان.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>رمز PIN للرمز المميز</translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation>أدخل رمز PIN للمستخدم الخاص بالرمز المميز «%1». يُستخدم لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation>رمز PIN للمستخدم:</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Issuing CA *</source>
        <translation>جهة التصديق المُصدِرة *</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>ملف التعريف *</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation>مثل email:amina@example.sn, dns:host.example.sn</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>نوع المفتاح</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation>لا توجد هنا جهة تصديق قادرة على الإصدار: أنشئ جهة تصديق أولًا</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation>فُقد المفتاح الخاص أو سُرق (مثل فقدان بطاقة الهوية)</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation>تعرّض مفتاح جهة التصديق المُصدِرة للاختراق</translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation>غيّر صاحب الشهادة جهة عمله أو وظيفته</translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation>استُبدلت بشهادة جديدة</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>لم تعد مطلوبة</translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation>معلّقة مؤقتًا؛ يمكن رفع التعليق لاحقًا</translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation>فقد صاحب الشهادة حقه فيها</translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation>تعرّضت جهة إصدار السمات للاختراق</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>إلغاء شهادة</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>إلغاء %1؟</translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation>جهة التصديق المُصدِرة *</translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation>رقم تسلسلي ست عشري</translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation>الرقم التسلسلي *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>السبب *</translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation>تعرّض المفتاح للاختراق في وقت سابق، بتاريخ:</translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation>اختر جهة التصديق المُصدِرة</translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation>يجب أن يكون الرقم التسلسلي عددًا ست عشريًا</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation>عبارة مرور مساحة العمل مطلوبة لاستخدام مفتاح جهة تصديق برمجي</translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation>رمز PIN للرمز المميز «%1» مطلوب ولم يُقدَّم</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation>جهة الختم الزمني (TSA)</translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation>مستجيب OCSP مفوَّض</translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation>يجيب idtoolkit serve على طلبات الطابع الزمني وفق RFC 3161 على المسار ‎/tsa‎ موقّعةً ببيانات الاعتماد هذه، لكي تُثبت التواقيع المنشأة مع ‎--tsa‎ وقت وجودها (المستوى B-T). تخدم جهة ختم زمني واحدة مساحة العمل كلها؛ وتُستخدم أحدث بيانات اعتماد. أعد تشغيل serve إن كان يعمل.</translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation>يوقّع idtoolkit serve ردود OCSP الخاصة بجهة التصديق هذه (‎/ocsp/CA‎) بشهادة المستجيب هذه بدلًا من مفتاح جهة التصديق، ليبقى مفتاحها غير متصل أو على رمزه المميز. يعتمدها serve الجاري تلقائيًا؛ ويُستبعد المستجيب المنتهي الصلاحية أو الملغى.</translation>
    </message>
    <message>
        <source>Time-Stamping Authority</source>
        <extracomment>The subject&apos;s common name offered for each kind, in the officer&apos;s language (the name the certificate carries; the officer can change it).</extracomment>
        <translation>جهة الختم الزمني</translation>
    </message>
    <message>
        <source>OCSP Responder</source>
        <translation>مجيب OCSP</translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation>بيانات اعتماد الخدمة لـ idtoolkit serve</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>الخدمة *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation>أُنشئت بيانات اعتماد الخدمة (%1): %2
الشهادة %3 من جهة التصديق %4، صالحة حتى %5 UTC.
يجيب بها idtoolkit serve على %6.</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>تم الإنشاء.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PKCS#11 module (*.dll)</source>
        <extracomment>What the module picker offers first: the platform&apos;s library suffix.</extracomment>
        <translation>وحدة PKCS#11 (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.dylib *.so)</source>
        <translation>وحدة PKCS#11 (*.dylib *.so)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so)</source>
        <translation>وحدة PKCS#11 (*.so)</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>إعدادات مساحة العمل</translation>
    </message>
    <message>
        <source>These settings are kept in the workspace (%1) and apply to the CAs you create from now on; existing CAs keep the addresses already written into their certificates.</source>
        <translation>تُحفظ هذه الإعدادات في مساحة العمل (%1) وتنطبق على جهات التصديق التي تنشئها من الآن فصاعدًا؛ وتحتفظ جهات التصديق الحالية بالعناوين المكتوبة في شهاداتها.</translation>
    </message>
    <message>
        <source>e.g. http://pki.example.gov</source>
        <translation>مثل http://pki.example.gov</translation>
    </message>
    <message>
        <source>Base URL *</source>
        <translation>عنوان URL الأساسي *</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>CRL lifetime (sub-CAs)</source>
        <translation>مدة صلاحية قائمة الإلغاء (جهات التصديق الفرعية)</translation>
    </message>
    <message>
        <source>CRL lifetime (root CAs)</source>
        <translation>مدة صلاحية قائمة الإلغاء (جهات التصديق الجذرية)</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Delta CRL lifetime</source>
        <translation>مدة صلاحية قائمة الإلغاء التفاضلية</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>وحدة PKCS#11</translation>
    </message>
    <message>
        <source>Empty: the module named by %1, else SoftHSM2 if it is installed.</source>
        <translation>إذا تُرك فارغًا: الوحدة التي يحددها %1، وإلا SoftHSM2 إن كان مثبّتًا.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only this computer (or a private network) can reach it, so relying parties elsewhere cannot check revocation, and pkilint warns &apos;%2&apos; on TLS certificates. Fine for a lab; for production give the public address where &apos;idtoolkit serve&apos; (or your web server) publishes them.</source>
        <translation>تحمل الشهادات عناوين قوائم الإلغاء وشهادة جهة التصديق وOCSP تحت %1. لا يصل إلى هذا العنوان إلا هذا الحاسوب (أو شبكة خاصة)، فلا تستطيع الأطراف المعتمِدة في أماكن أخرى التحقق من الإلغاء، ويُصدر pkilint التحذير «%2» على شهادات TLS. يصلح هذا للتدريب؛ أما في الإنتاج فاذكر العنوان العام الذي ينشرها عليه «idtoolkit serve» (أو خادم الويب لديك).</translation>
    </message>
    <message>
        <source>give the base URL, e.g. http://pki.example.gov</source>
        <translation>حدّد عنوان URL الأساسي، مثل http://pki.example.gov</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 does not exist</source>
        <translation>وحدة PKCS#11 ‏%1 غير موجودة</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as operator</source>
        <translation>تسجيل الدخول كمشغّل</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>اسم المشغّل:</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>ملف PKCS#12:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Operator credential</source>
        <translation>بيانات اعتماد المشغّل</translation>
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
        <translation>تتعذر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Sign in as &amp;operator…</source>
        <translation>تسجيل الدخول كم&amp;شغّل…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>ال&amp;موافقات…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>الم&amp;شغّلون…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>المشغّل: %1 (%2)</translation>
    </message>
    <message>
        <source>Sign in as an operator first (Team menu)</source>
        <translation>سجّل الدخول كمشغّل أولًا (قائمة الفريق)</translation>
    </message>
    <message>
        <source>Needs the role %1; you are %2</source>
        <translation>يتطلب الدور %1؛ وأنت %2</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation>البحث عن الرموز المميزة</translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation>عرض المفاتيح (يطلب رمز PIN)</translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation>اضغط «البحث عن الرموز المميزة» لعرض الرموز المميزة في وحدة PKCS#11.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز المميز</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation>قابل للاستخراج</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>الآليات</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز المميزة</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>جارٍ البحث عن الرموز المميزة…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>لا توجد رموز مميزة</numerusform>
            <numerusform>رمز مميز واحد</numerusform>
            <numerusform>رمزان مميزان</numerusform>
            <numerusform>%n رموز مميزة</numerusform>
            <numerusform>%n رمزًا مميزًا</numerusform>
            <numerusform>%n رمز مميز</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>اختر رمزًا مميزًا أولًا.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation settings</source>
        <translation>إعدادات التحقق</translation>
    </message>
    <message>
        <source>For many relying parties: OCSP answers are signed here in advance and served by responders that hold no key; a large CRL can be split into partitions.</source>
        <translation>لعدد كبير من الأطراف المعتمِدة: تُوقَّع ردود OCSP هنا مسبقًا وتقدّمها خوادم رد لا تحمل أي مفتاح؛ ويمكن تقسيم قائمة إلغاء كبيرة إلى أقسام.</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>جهة التصديق *</translation>
    </message>
    <message>
        <source>0: one CRL. Certificates issued before a change keep their partition.</source>
        <translation>0: قائمة إلغاء واحدة. تحتفظ الشهادات الصادرة قبل أي تغيير بقسمها.</translation>
    </message>
    <message>
        <source>CRL partitions</source>
        <translation>أقسام قائمة الإلغاء</translation>
    </message>
    <message>
        <source>Pre-signed OCSP responses</source>
        <translation>ردود OCSP الموقّعة مسبقًا</translation>
    </message>
    <message>
        <source>Sign the missing and due OCSP responses now</source>
        <translation>وقّع الآن ردود OCSP الناقصة أو المستحقة</translation>
    </message>
    <message>
        <source>Optional: CA certificates and CRLs are written there for a web server</source>
        <translation>اختياري: تُكتب فيه شهادات جهات التصديق وقوائم الإلغاء لخادم ويب</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>مجلد النشر</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>%1 stored; the oldest signed %2</source>
        <translation>%1 محفوظة؛ أقدمها موقّع في %2</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>لا توجد هنا جهة تصديق يمكنها التوقيع</translation>
    </message>
    <message>
        <source>the publication folder is a file</source>
        <translation>مجلد النشر ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.</source>
        <translation>%1: %2 قسم لقائمة الإلغاء للشهادات الجديدة؛ %3 رد OCSP موقّع.</translation>
    </message>
    <message>
        <source>%1 file(s) written to %2</source>
        <translation>كُتب %1 ملف في %2</translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation>افتراضي ملف التعريف</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
</context>
<context>
    <name>VerifySignatureDialog</name>
    <message>
        <source>VALID</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation>نجحت جميع عمليات الفحص: المستند كما وُقّع، من موقّع موثوق.</translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation>فشل أحد الفحوص بشكل قاطع: لا تعتمد على هذا التوقيع.</translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation>ينقص ما يلزم للحكم (الثقة، حالة الإلغاء، إثبات الوقت).</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; their words for people are the engine&apos;s messages (one table for the CLI and the app), said in the app&apos;s language through the engine&apos;s catalogues. The details stay as the engine wrote them. Mark and colour of each check outcome. Item data of a trust anchor taken from the open workspace (PEM), not from a file.</extracomment>
        <translation>التحقق من توقيع</translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation>يفحص قيمة التوقيع، وسلسلة شهادة الموقّع حتى مرساة ثقة تختارها، واستخدام المفتاح، والإلغاء (ردود OCSP/CRL المضمّنة في التوقيع، أو المجلوبة من عناوين الشهادات)، والطابع الزمني.</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>ملف PDF موقّع</translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation>ملف + توقيع منفصل (.p7s)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>المستند *</translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation>توقيع CMS (*.p7s *.p7m);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation>التوقيع (.p7s) *</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Workspace roots</source>
        <translation>جذور مساحة العمل</translation>
    </message>
    <message>
        <source>Trust the root CAs of the open workspace</source>
        <translation>الوثوق بجهات التصديق الجذرية لمساحة العمل المفتوحة</translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation>مراسي الثقة *</translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation>في وقت سابق (UTC):</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>وقت التحقق</translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation>جلب حالة الإلغاء (OCSP / CRL) من عناوين الشهادات</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>نسخ كنص</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>%1 (workspace root): %2</source>
        <translation>‏%1 (جذر مساحة العمل): %2</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>شهادات مراسي الثقة</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation>أضف شهادة مرساة ثقة واحدة على الأقل (مثل جهة التصديق الجذرية)</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>مرساة الثقة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation>لم يُعثر على أي توقيع في هذا الملف.</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation>مصادر حالة الإلغاء</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادرة عن</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>وقت التوقيع (المُعلَن)</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>الطابع الزمني</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>تم التحقق في</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
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
        <translation>خطأ غير متوقع: %1 (التفاصيل في %2)</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation>الاسم الشائع</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation>الرقم التسلسلي (رقم الهوية)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>معرّف المستخدم</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>الوحدة التنظيمية</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>معرّف المؤسسة</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>الولاية / المحافظة</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>مكوّن النطاق</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>البلد (حرفان)</translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation>* مطلوب   † واحد فقط مما يلي: %1</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* مطلوب</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
</context>
</TS>
