<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AcmeEndpointDialog</name>
    <message>
        <source>Add ACME endpoint</source>
        <translation>添加 ACME 端点</translation>
    </message>
    <message>
        <source>certbot, lego or Caddy get certificates from this CA for the names you allow, once they prove they control them. The directory is %1 of idtoolkit serve.</source>
        <translation>certbot、lego 或 Caddy 在证明其控制您允许的名称后，即可从此 CA 获取这些名称的证书。目录为 idtoolkit serve 的 %1。</translation>
    </message>
    <message>
        <source>Endpoint name *</source>
        <translation>端点名称 *</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>CA *</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>模板 *</translation>
    </message>
    <message>
        <source>Domains whose names may be asked for, separated by commas; empty: any name</source>
        <translation>可申请其下名称的域名，用逗号分隔；留空：任何名称</translation>
    </message>
    <message>
        <source>Allowed name suffixes</source>
        <translation>允许的名称后缀</translation>
    </message>
    <message>
        <source>Also IP addresses</source>
        <translation>也允许 IP 地址</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>质询</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>http-01 端口</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>tls-alpn-01 端口</translation>
    </message>
    <message>
        <source>For labs without DNS: NAME=ADDRESS pairs, separated by commas; the challenge is checked at that address</source>
        <translation>用于没有 DNS 的实验：NAME=ADDRESS 对，用逗号分隔；质询在该地址上验证</translation>
    </message>
    <message>
        <source>Name addresses</source>
        <translation>名称地址</translation>
    </message>
    <message>
        <source>Clients need an External Account Binding key</source>
        <translation>客户端需要 External Account Binding 密钥</translation>
    </message>
    <message>
        <source>give the endpoint a name</source>
        <translation>请为端点命名</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>这里没有可以签名的 CA</translation>
    </message>
    <message>
        <source>choose at least one challenge</source>
        <translation>请至少选择一种质询</translation>
    </message>
    <message>
        <source>Endpoint %1 added: clients use %2 of idtoolkit serve.</source>
        <translation>已添加端点 %1：客户端使用 idtoolkit serve 的 %2。</translation>
    </message>
</context>
<context>
    <name>AcmeView</name>
    <message>
        <source>&amp;Add endpoint…</source>
        <extracomment>Columns of each list that hold only data (names, URLs, thumbprints, times): laid out left to right (elided at their end) in an Arabic window; each cell&apos;s data is also isolated. the officer asked for the add-endpoint dialog (the window opens it) why the signed-in operator may not change endpoints (None: they may)</extracomment>
        <translation>添加端点(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move endpoint</source>
        <translation>移除端点(&amp;M)</translation>
    </message>
    <message>
        <source>Clients such as certbot, lego or Caddy get certificates from %1 of idtoolkit serve.</source>
        <translation>certbot、lego 或 Caddy 等客户端从 idtoolkit serve 的 %1 获取证书。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Allowed names</source>
        <translation>允许的名称</translation>
    </message>
    <message>
        <source>EAB required</source>
        <translation>需要 EAB</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>最近的订单</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>any name</source>
        <translation>任何名称</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Endpoint %1 removed.</source>
        <translation>已移除端点 %1。</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Reason (needed to reject)</source>
        <translation>原因（拒绝时必填）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Pending requests:</source>
        <translation>待处理的请求：</translation>
    </message>
    <message>
        <source>Exact parameters (what you sign):</source>
        <translation>确切参数（您签署的内容）：</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4 of %5 approvals</source>
        <translation>#%1 %2，由 %3 提出：%4/%5 个批准</translation>
    </message>
    <message>
        <source>Give a reason to reject the request.</source>
        <translation>请填写拒绝该请求的原因。</translation>
    </message>
    <message>
        <source>Request %1 approved and executed.</source>
        <translation>请求 %1 已批准并执行。</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>请求 %1 已拒绝。</translation>
    </message>
    <message>
        <source>Request %1 approved: %2 more approval(s) needed.</source>
        <translation>请求 %1 已批准：还需要 %2 个批准。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>哈希 %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: finds altered, removed or truncated events</source>
        <translation>重新计算每个事件的哈希：发现被篡改、删除或截断的事件</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>本次会话尚未校验。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s), head %1</source>
        <translation>
            <numerusform>完整：%n 个事件，链头 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>已损坏：%1</translation>
    </message>
</context>
<context>
    <name>BulkIssueDialog</name>
    <message>
        <source>Bulk issuance from a CSV file</source>
        <translation>从 CSV 文件批量签发</translation>
    </message>
    <message>
        <source>Each row of the CSV gets a new key, a certificate and a PKCS#12 file with its own random password. The header names the columns: id (unique), subject attributes (CN, GN, SN, serialNumber, O, OU, C…) and alternative names (email, dns, ip; several separated by &apos;;&apos;). Bad rows are reported with their line number and the others are issued.</source>
        <translation>CSV 的每一行都会生成一把新密钥、一张证书和一个使用独立随机密码保护的 PKCS#12 文件。表头给出各列名称：id（唯一）、主体属性（CN、GN、SN、serialNumber、O、OU、C…）以及备用名称（email、dns、ip；多个值用“;”分隔）。有错误的行会连同行号一起报告，其余各行照常签发。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CSV of people *</source>
        <translation>人员 CSV *</translation>
    </message>
    <message>
        <source>Output folder *</source>
        <translation>输出文件夹 *</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Rows signed and saved together; Cancel stops at the end of a batch.</source>
        <translation>一起签名并保存的行数；“取消”会在当前批次结束时停止。</translation>
    </message>
    <message>
        <source>Commit every</source>
        <translation>每批提交</translation>
    </message>
    <message>
        <source>Interrupted or cancelled? Run it again with the same CSV and output folder: it resumes where it stopped, and each row is issued exactly once.</source>
        <translation>被中断或取消了？使用相同的 CSV 和输出文件夹再次运行即可：它会从停止处继续，每一行只签发一次。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>choose a profile</source>
        <extracomment>The last progress seen (done, total): tests and the report read it.</extracomment>
        <translation>请选择模板</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>choose the output folder</source>
        <translation>请选择输出文件夹</translation>
    </message>
    <message>
        <source>%1 is a file: choose a folder</source>
        <translation>%1 是文件：请选择文件夹</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>Reading the CSV and checking every row…</source>
        <translation>正在读取 CSV 并检查每一行…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 / %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows per second</source>
        <translation>每秒 %1 行</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n row(s). Press Resume to issue the rest.</source>
        <translation>
            <numerusform>已在 %n 行后停止。按“继续”签发其余各行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Done: %1 issued; rows with errors: %2.</source>
        <translation>完成：已签发 %1 个；出错的行：%2。</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Issued now: %1</source>
        <translation>本次签发：%1</translation>
    </message>
    <message>
        <source>Issued by an earlier run: %1</source>
        <translation>之前运行已签发：%1</translation>
    </message>
    <message>
        <source>Deliveries completed from an interrupted run: %1</source>
        <translation>补完中断运行的交付：%1</translation>
    </message>
    <message>
        <source>Unrecorded leftovers discarded (issued again): %1</source>
        <translation>丢弃未登记的残留（已重新签发）：%1</translation>
    </message>
    <message>
        <source>CANCELLED: run again to finish the job.</source>
        <translation>已取消：再次运行以完成任务。</translation>
    </message>
    <message>
        <source>Rows not issued (%1):</source>
        <translation>未签发的行（%1）：</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>(id %1)</source>
        <translation>（id %1）</translation>
    </message>
    <message>
        <source>PKCS#12 files: %1</source>
        <translation>PKCS#12 文件：%1</translation>
    </message>
    <message>
        <source>PIN letters to print, one page per holder (then keep offline): %1</source>
        <translation>待打印的 PIN 密码函，每位持有人一页（打印后离线保管）：%1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
</context>
<context>
    <name>CaTreeModel</name>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>令牌“%1”</translation>
    </message>
    <message>
        <source>software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>此处无密钥</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>waiting for certificate</source>
        <translation>等待证书</translation>
    </message>
    <message>
        <source>certificate only</source>
        <translation>仅证书</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>CeremonyRunnerWindow</name>
    <message>
        <source>Key ceremony: %1</source>
        <translation>密钥仪式：%1</translation>
    </message>
    <message>
        <source>Script hash: read aloud and compare</source>
        <translation>脚本哈希：请大声朗读并核对</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Press Start to begin the ceremony.</source>
        <translation>按“开始”启动仪式。</translation>
    </message>
    <message>
        <source>Type the answer and press Enter</source>
        <translation>输入答复后按回车</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Confirm: perform this step</source>
        <translation>确认：执行此步骤</translation>
    </message>
    <message>
        <source>Pause (resume later)</source>
        <translation>暂停（稍后继续）</translation>
    </message>
    <message>
        <source>Exception noticed by a witness (recorded in the transcript)</source>
        <translation>见证人发现的异常（记录在记录稿中）</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>记录异常</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>记录稿</translation>
    </message>
    <message>
        <source>Ceremony complete. Each participant now signs the transcript.</source>
        <translation>仪式完成。现在每位参与者在记录稿上签名。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Describe the exception first.</source>
        <translation>请先描述异常。</translation>
    </message>
    <message>
        <source>Total: %1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>CertTableModel</name>
    <message>
        <source>Serial</source>
        <extracomment>The subject is last: it is the long text people read, so it takes whatever room is left and is never cut (a horizontal scroll bar appears instead).</extracomment>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>All statuses</source>
        <extracomment>Serial, not after and subject: data, read left to right in any language.</extracomment>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon (30 days)</source>
        <translation>即将过期（30 天内）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Search subject or serial…</source>
        <translation>搜索主体或序列号…</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) from CA %1</source>
        <translation>
            <numerusform>CA %1 的 %n 张证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), all CAs</source>
        <translation>
            <numerusform>%n 张证书，全部 CA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Publish a CRL</source>
        <translation>发布证书吊销列表 (CRL)</translation>
    </message>
    <message>
        <source>A CRL lists the certificates this CA revoked, signed by the CA. Publish one after each revocation and before the previous one expires.</source>
        <translation>证书吊销列表 (CRL) 列出此 CA 已吊销的证书，并由该 CA 签名。请在每次吊销后、以及上一份 CRL 过期之前发布新的 CRL。</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>CA *</translation>
    </message>
    <message>
        <source>Delta CRL (only changes since the last full CRL)</source>
        <translation>增量 CRL（仅含自上一份完整 CRL 以来的变化）</translation>
    </message>
    <message>
        <source>PEM (text)</source>
        <translation>PEM（文本）</translation>
    </message>
    <message>
        <source>DER (binary, what HTTP servers publish)</source>
        <translation>DER（二进制，HTTP 服务器发布的格式）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save CRL as *</source>
        <translation>CRL 另存为 *</translation>
    </message>
    <message>
        <source>no CA here can sign a CRL</source>
        <translation>此工作区中没有可签署 CRL 的 CA</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>吊销列表</translation>
    </message>
    <message>
        <source>Delta CRL</source>
        <translation>增量 CRL</translation>
    </message>
    <message>
        <source>%1 #%2 of %3 published: %4 revoked certificate(s), next update %5.
Saved to %6</source>
        <translation>%1 第 %2 号（%3）已发布：%4 张已吊销证书，下次更新 %5。
已保存至 %6</translation>
    </message>
</context>
<context>
    <name>DataLocationsDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>我的数据在哪里？</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>(none open)</source>
        <translation>（未打开）</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Back up the workspace folder (and the database, if it is PostgreSQL) to keep your CAs. The log holds the details of unexpected errors for support; it never holds passphrases or PINs.</source>
        <translation>请备份工作区文件夹（若使用 PostgreSQL，还需备份数据库）以保留您的 CA。日志记录意外错误的详情以供技术支持；其中从不包含口令短语或 PIN 码。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Subject</source>
        <extracomment>The field labels the engine and the main window send, translated at display time.</extracomment>
        <translation>主体</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued by CA</source>
        <translation>签发 CA</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>吊销于</translation>
    </message>
    <message>
        <source>On hold since</source>
        <translation>暂停自</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>unspecified</source>
        <extracomment>Values that read left to right in any language (hex, ISO dates): always isolated. Further data (DNs in RDN order, dates, algorithm, CA and profile names), isolated in a right-to-left layout so Arabic does not reorder them. Revocation reasons: the RFC 5280 names the engine sends, said in the user&apos;s language (English keeps the names officers and the CLI use).</extracomment>
        <translation>未指定</translation>
    </message>
    <message>
        <source>key-compromise</source>
        <translation>密钥泄露</translation>
    </message>
    <message>
        <source>ca-compromise</source>
        <translation>CA 泄露</translation>
    </message>
    <message>
        <source>affiliation-changed</source>
        <translation>隶属关系变更</translation>
    </message>
    <message>
        <source>cessation-of-operation</source>
        <translation>停止运营</translation>
    </message>
    <message>
        <source>certificate-hold</source>
        <translation>证书暂停</translation>
    </message>
    <message>
        <source>remove-from-crl</source>
        <translation>已从 CRL 移除</translation>
    </message>
    <message>
        <source>privilege-withdrawn</source>
        <translation>权限撤销</translation>
    </message>
    <message>
        <source>aa-compromise</source>
        <translation>属性机构泄露</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Chain, from this certificate up to the root</source>
        <translation>证书链，从本证书直到根</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
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
        <translation>选择一个 CA 或一张证书以查看详情。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PEM — the certificate alone (text)</source>
        <translation>PEM — 仅证书（文本）</translation>
    </message>
    <message>
        <source>DER — the certificate alone (binary)</source>
        <translation>DER — 仅证书（二进制）</translation>
    </message>
    <message>
        <source>Chain — the certificate and its issuers (PEM)</source>
        <translation>证书链 — 证书及其颁发者 (PEM)</translation>
    </message>
    <message>
        <source>PKCS#7 — certificate and chain bundle (Windows)</source>
        <translation>PKCS#7 — 证书和证书链合集 (Windows)</translation>
    </message>
    <message>
        <source>PKCS#12 — CA certificate and private key (backup)</source>
        <translation>PKCS#12 — CA 证书和私钥（备份）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>导出对象</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>旧式加密 (3DES)，用于旧版 Windows</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>备份密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Save as *</source>
        <translation>另存为 *</translation>
    </message>
    <message>
        <source>the backup password must have at least 8 characters</source>
        <translation>备份密码至少需要 8 个字符</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出文件</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>choose where to save the %1</source>
        <translation>请选择保存位置：%1</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the %2</source>
        <translation>%1 是文件夹：请为%2指定文件名</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>choose the %1 file</source>
        <translation>请选择文件：%1</translation>
    </message>
    <message>
        <source>%1 is a folder: choose the %2 file</source>
        <translation>%1 是文件夹：请选择%2文件</translation>
    </message>
    <message>
        <source>%1 file %2 does not exist</source>
        <translation>%1文件 %2 不存在</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ID Toolkit guide</source>
        <extracomment>The guide&apos;s sections, by the English title the Help menu asks for (in reading order); each language&apos;s file has them in this order under its own &quot;## &quot; headings.</extracomment>
        <translation>ID Toolkit 指南</translation>
    </message>
    <message>
        <source>The guide is not installed with this copy.</source>
        <translation>此副本未安装指南。</translation>
    </message>
</context>
<context>
    <name>ImportCADialog</name>
    <message>
        <source>Import a CA</source>
        <translation>导入 CA</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>CA 名称 *</translation>
    </message>
    <message>
        <source>PKCS#12 file (certificate and key)</source>
        <translation>PKCS#12 文件（证书和密钥）</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM or DER)</source>
        <translation>证书文件和密钥文件（PEM 或 DER）</translation>
    </message>
    <message>
        <source>Certificate only (cannot sign here)</source>
        <translation>仅证书（无法在此签名）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.der)</source>
        <translation>密钥 (*.pem *.key *.der)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>证书 (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <source>password of the PKCS#12 or key file</source>
        <translation>PKCS#12 或密钥文件的密码</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Issuer chain (optional)</source>
        <translation>颁发者证书链（可选）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>请为 CA 取一个简短名称</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>证书链</translation>
    </message>
</context>
<context>
    <name>ImportCrlDialog</name>
    <message>
        <source>Import a CRL of an external CA</source>
        <translation>导入外部 CA 的 CRL</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, brought here on removable media. It is accepted only when the root&apos;s certificate here verifies its signature and it is newer than the one here; the local services then publish it.</source>
        <translation>由离线根 CA 签发、通过可移动介质带到此处的 CRL。只有当此处的根证书能验证其签名且它比此处已有的 CRL 更新时才会被接受；之后由本地服务发布。</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem *.der)</source>
        <translation>CRL (*.crl *.pem *.der)</translation>
    </message>
    <message>
        <source>CRL file *</source>
        <translation>CRL 文件 *</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>CRL #%1 of %2 imported: %3 revoked certificate(s), next update %4.</source>
        <translation>已导入 %2 的第 %1 号 CRL：%3 个已吊销证书，下次更新 %4。</translation>
    </message>
</context>
<context>
    <name>ImportSignedCertDialog</name>
    <message>
        <source>Import the signed sub-CA certificate</source>
        <translation>导入已签名的下级 CA 证书</translation>
    </message>
    <message>
        <source>Choose the CA that is waiting for its certificate, the certificate the root signed, and the root&apos;s certificate (the chain). For an external root (known here by its certificate only), choose it and its renewed certificate.</source>
        <translation>选择等待证书的 CA、根 CA 签发的证书以及根证书（证书链）。对于外部根 CA（此处只有其证书），选择它及其续期证书。</translation>
    </message>
    <message>
        <source>external: renewed certificate</source>
        <translation>外部：续期证书</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>CA *</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Signed certificate *</source>
        <translation>已签名证书 *</translation>
    </message>
    <message>
        <source>Root / chain</source>
        <translation>根 / 证书链</translation>
    </message>
    <message>
        <source>no CA is waiting for a certificate: make a request first</source>
        <translation>没有等待证书的 CA：请先生成请求</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>chain</source>
        <translation>证书链</translation>
    </message>
</context>
<context>
    <name>IssueFromCsrDialog</name>
    <message>
        <source>Issue a certificate from a request (CSR)</source>
        <translation>根据请求 (CSR) 签发证书</translation>
    </message>
    <message>
        <source>a sub-CA (offline root signing a request)</source>
        <translation>下级 CA（离线根 CA 签署请求）</translation>
    </message>
    <message>
        <source>Request file *</source>
        <translation>请求文件 *</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>附加名称</translation>
    </message>
    <message>
        <source>e.g. dns:www.example.sn, ip:10.0.0.1</source>
        <translation>例如 dns:www.example.sn, ip:10.0.0.1</translation>
    </message>
    <message>
        <source>Save certificate as *</source>
        <translation>证书另存为 *</translation>
    </message>
    <message>
        <source>I attest the key was generated on a qualified device (QSCD, a token)</source>
        <translation>我证明该密钥是在合格设备（QSCD，令牌）上生成的</translation>
    </message>
    <message>
        <source>Only then does the certificate say the key is on a qualified signature or seal creation device (QcSSCD and the -qscd policy); the attestation is recorded in the audit trail.</source>
        <translation>只有这样，证书才会声明密钥位于合格的签名或印章创建设备上（QcSSCD 及 -qscd 策略）；该证明会记录在审计日志中。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a request file: its contents and what the profile grants appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个请求文件：其内容以及模板允许的内容将显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot use this request:</source>
        <translation>无法使用此请求：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Extension copied</source>
        <translation>复制的扩展</translation>
    </message>
    <message>
        <source>Extension ignored (the profile decides)</source>
        <translation>忽略的扩展（由模板决定）</translation>
    </message>
    <message>
        <source>Will be refused:</source>
        <translation>将被拒绝：</translation>
    </message>
    <message>
        <source>Can be issued.</source>
        <translation>可以签发。</translation>
    </message>
    <message>
        <source>The request asks for</source>
        <translation>请求包含</translation>
    </message>
    <message>
        <source>The profile will grant</source>
        <translation>模板将授予</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>the request cannot be read</source>
        <translation>无法读取该请求</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
</context>
<context>
    <name>IssuePkcs12Dialog</name>
    <message>
        <source>Issue a credential (key + certificate as PKCS#12)</source>
        <translation>签发凭证（密钥 + 证书，PKCS#12 格式）</translation>
    </message>
    <message>
        <source>The key is generated here and delivered with the certificate and chain in a PKCS#12 file protected by a new random password, shown once.</source>
        <translation>密钥在此生成，并与证书和证书链一起放入 PKCS#12 文件交付；该文件由新的随机密码保护，密码只显示一次。</translation>
    </message>
    <message>
        <source>Legacy encryption (3DES) for old Windows</source>
        <translation>旧式加密 (3DES)，用于旧版 Windows</translation>
    </message>
    <message>
        <source>Save PKCS#12 as *</source>
        <translation>PKCS#12 另存为 *</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>PKCS#12 password — shown once, not stored. Give it to the holder separately from the file.</source>
        <translation>PKCS#12 密码 — 只显示一次，不会保存。请与文件分开交给持有人。</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Issued %1; saved to %2</source>
        <translation>已签发 %1；保存至 %2</translation>
    </message>
</context>
<context>
    <name>KeyStoreFields</name>
    <message>
        <source>Software (encrypted in the workspace)</source>
        <translation>软件（加密保存在工作区中）</translation>
    </message>
    <message>
        <source>Token (HSM / smart card)</source>
        <translation>令牌（HSM / 智能卡）</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <source>token label</source>
        <translation>令牌标签</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>user PIN (kept in memory for this session only)</source>
        <translation>用户 PIN 码（仅在本次会话中保存在内存里）</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>令牌 PIN 码</translation>
    </message>
    <message>
        <source>choose the token that will hold the key</source>
        <translation>请选择将保存密钥的令牌</translation>
    </message>
    <message>
        <source>enter the token&apos;s user PIN</source>
        <translation>请输入令牌的用户 PIN 码</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>RSA 2048-bit</source>
        <extracomment>Key types in plain words, so an officer need not know that ``ml-dsa-65`` is the post-quantum one (QT_TRANSLATE_NOOP: lupdate sees them, :func:`key_type_words` translates).</extracomment>
        <translation>RSA 2048 位</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA 3072 位</translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation>RSA 4096 位</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-256</source>
        <translation>基于 NIST P-256 的 ECDSA</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-384</source>
        <translation>基于 NIST P-384 的 ECDSA</translation>
    </message>
    <message>
        <source>ECDSA on NIST P-521</source>
        <translation>基于 NIST P-521 的 ECDSA</translation>
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
        <translation>ML-DSA-44：后量子（FIPS 204，安全级别 2）</translation>
    </message>
    <message>
        <source>ML-DSA-65: post-quantum (FIPS 204, level 3)</source>
        <translation>ML-DSA-65：后量子（FIPS 204，安全级别 3）</translation>
    </message>
    <message>
        <source>ML-DSA-87: post-quantum (FIPS 204, level 5)</source>
        <translation>ML-DSA-87：后量子（FIPS 204，安全级别 5）</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <source>No lab open.</source>
        <extracomment>asked before a reset; tests replace it</extracomment>
        <translation>未打开实验。</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>检查我的作业</translation>
    </message>
    <message>
        <source>Grade the class</source>
        <translation>为班级评分</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), services on port %4</source>
        <translation>%1 — %2（%3），服务端口 %4</translation>
    </message>
    <message>
        <source>%1 exercise(s)</source>
        <translation>练习数：%1</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Class %1: pack %2, %3 student(s)</source>
        <translation>班级 %1：实验包 %2，学员数：%3</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>%1 student(s); press Grade</source>
        <translation>学员数：%1；请按“为班级评分”</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass</source>
        <translation>通过 %1 / %2 项检查</translation>
    </message>
    <message>
        <source>Grading every student…</source>
        <translation>正在为所有学员评分…</translation>
    </message>
    <message>
        <source>%1 student(s) graded, out of %2 points</source>
        <translation>已评分学员：%1，满分 %2 分</translation>
    </message>
    <message>
        <source>Select a student to reset.</source>
        <translation>请选择要重置的学员。</translation>
    </message>
    <message>
        <source>Resetting %1…</source>
        <translation>正在重置 %1…</translation>
    </message>
    <message>
        <source>%1 is back at the start</source>
        <translation>%1 已回到起点</translation>
    </message>
    <message>
        <source>Reset %1 to the start of the lab? Their work and token keys are deleted.</source>
        <translation>将 %1 重置到实验开始状态？其作业和令牌密钥将被删除。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>ID Toolkit will speak %1 from its next start.</source>
        <translation>ID Toolkit 下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>This session was started with IDTOOLKIT_LANG=%1, which takes precedence.</source>
        <translation>本次会话以 IDTOOLKIT_LANG=%1 启动，该设置优先。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>LocalServices</name>
    <message>
        <source>&amp;Run local services (OCSP, CRL, TSA)</source>
        <translation>运行本地服务（OCSP、CRL、时间戳）(&amp;R)</translation>
    </message>
    <message>
        <source>Serve this workspace&apos;s OCSP answers, CRLs, CA certificates and time-stamps on 127.0.0.1 at the port of its base URL, while the app is open</source>
        <translation>在应用打开期间，于 127.0.0.1 上按基础 URL 的端口提供此工作区的 OCSP 响应、CRL、CA 证书和时间戳</translation>
    </message>
    <message>
        <source>Starting the local services…</source>
        <translation>正在启动本地服务…</translation>
    </message>
    <message>
        <source>Local services running (process %1)</source>
        <translation>本地服务运行中（进程 %1）</translation>
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
        <translation>证书</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;root CA…</source>
        <translation>新建根 CA(&amp;R)…</translation>
    </message>
    <message>
        <source>Create a self-signed root CA</source>
        <translation>创建自签名的根 CA</translation>
    </message>
    <message>
        <source>New &amp;sub-CA…</source>
        <translation>新建下级 CA(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a CA signed by a CA of this workspace</source>
        <translation>创建由本工作区的 CA 签发的 CA</translation>
    </message>
    <message>
        <source>Re&amp;quest sub-CA (offline root)…</source>
        <translation>申请下级 CA（离线根）(&amp;Q)…</translation>
    </message>
    <message>
        <source>Import &amp;signed CA certificate…</source>
        <translation>导入已签名的 CA 证书(&amp;G)…</translation>
    </message>
    <message>
        <source>Import CR&amp;L of an external CA…</source>
        <translation>导入外部 CA 的 CRL(&amp;L)…</translation>
    </message>
    <message>
        <source>A CRL the offline root signed, for the local services to publish</source>
        <translation>离线根 CA 签发的 CRL，供本地服务发布</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>导入 CA(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport CA…</source>
        <translation>导出 CA(&amp;X)…</translation>
    </message>
    <message>
        <source>Publish &amp;CRL…</source>
        <translation>发布 CRL(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign a CRL of the selected CA</source>
        <translation>签署所选 CA 的证书吊销列表</translation>
    </message>
    <message>
        <source>&amp;Validation settings…</source>
        <translation>验证设置(&amp;V)…</translation>
    </message>
    <message>
        <source>CRL partitions, pre-signed OCSP responses, publication folder</source>
        <translation>CRL 分区、预签名的 OCSP 响应、发布文件夹</translation>
    </message>
    <message>
        <source>Issue from &amp;CSR…</source>
        <translation>根据 CSR 签发(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign a certificate request</source>
        <translation>签署证书请求</translation>
    </message>
    <message>
        <source>Issue &amp;PKCS#12…</source>
        <translation>签发 PKCS#12(&amp;P)…</translation>
    </message>
    <message>
        <source>Generate a key and certificate for a person or server</source>
        <translation>为个人或服务器生成密钥和证书</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation>吊销所选证书</translation>
    </message>
    <message>
        <source>&amp;Bulk issue…</source>
        <translation>批量签发(&amp;B)…</translation>
    </message>
    <message>
        <source>Issue a credential for every row of a CSV file of people</source>
        <translation>为人员 CSV 文件的每一行签发凭证</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>挂起(&amp;H)</translation>
    </message>
    <message>
        <source>Suspend the selected certificate; it can be released later</source>
        <translation>挂起所选证书；之后可以解除挂起</translation>
    </message>
    <message>
        <source>Re&amp;lease hold</source>
        <translation>解除挂起(&amp;L)</translation>
    </message>
    <message>
        <source>Make the selected certificate on hold valid again</source>
        <translation>使所选的已挂起证书恢复有效</translation>
    </message>
    <message>
        <source>Service &amp;credential (TSA / OCSP)…</source>
        <translation>服务凭证 (TSA / OCSP)(&amp;C)…</translation>
    </message>
    <message>
        <source>Create the time-stamping or delegated OCSP credential idtoolkit serve uses</source>
        <translation>创建 idtoolkit serve 使用的时间戳或委托 OCSP 凭证</translation>
    </message>
    <message>
        <source>Verify a &amp;signature…</source>
        <translation>验证签名(&amp;S)…</translation>
    </message>
    <message>
        <source>Check a signed PDF or a file with its detached signature</source>
        <translation>检查已签名的 PDF，或带分离签名的文件</translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation>导出证书(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify audit chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Run a key &amp;ceremony…</source>
        <translation>执行密钥仪式(&amp;C)…</translation>
    </message>
    <message>
        <source>Run a ceremony script step by step, with confirmations and a transcript</source>
        <translation>按步骤执行仪式脚本，附带确认和记录稿</translation>
    </message>
    <message>
        <source>Open &amp;lab…</source>
        <translation>打开实验(&amp;L)…</translation>
    </message>
    <message>
        <source>A training class folder (trainer view)</source>
        <translation>培训班级文件夹（讲师视图）</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>工作区设置(&amp;W)…</translation>
    </message>
    <message>
        <source>Base URL written into certificates, CRL lifetimes, PKCS#11 module</source>
        <translation>写入证书的基础 URL、CRL 有效期、PKCS#11 模块</translation>
    </message>
    <message>
        <source>&amp;Guide: the desktop app</source>
        <translation>指南：桌面应用(&amp;G)</translation>
    </message>
    <message>
        <source>Guide: &amp;what works today</source>
        <translation>指南：当前可用功能(&amp;W)</translation>
    </message>
    <message>
        <source>Guide: the &amp;command line</source>
        <translation>指南：命令行(&amp;C)</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>我的数据在哪里(&amp;D)？</translation>
    </message>
    <message>
        <source>The workspace folder, its database and the log file</source>
        <translation>工作区文件夹、其数据库和日志文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>CA(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>证书(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>ID Toolkit — %1</source>
        <translation>ID Toolkit — %1</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>%1 is not a lab class folder</source>
        <translation>%1 不是实验班级文件夹</translation>
    </message>
    <message>
        <source>Open a lab class folder</source>
        <translation>打开实验班级文件夹</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>CA %1 is waiting for its signed certificate.</source>
        <translation>CA %1 正在等待其已签名的证书。</translation>
    </message>
    <message>
        <source>select a CA in the tree first</source>
        <translation>请先在树中选择一个 CA</translation>
    </message>
    <message>
        <source>%1 is on hold</source>
        <translation>%1 已挂起</translation>
    </message>
    <message>
        <source>%1 is valid again</source>
        <translation>%1 已恢复有效</translation>
    </message>
    <message>
        <source>select a certificate in the table first</source>
        <translation>请先在表格中选择一张证书</translation>
    </message>
    <message>
        <source>this certificate was not issued by a CA of this workspace</source>
        <translation>此证书不是由本工作区的 CA 签发的</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>仪式脚本</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.toml)</source>
        <translation>仪式脚本 (*.toml)</translation>
    </message>
    <message>
        <source>Ceremony directory (new, or the one to resume)</source>
        <translation>仪式目录（新建，或要继续的目录）</translation>
    </message>
    <message>
        <source>Key ceremony</source>
        <translation>密钥仪式</translation>
    </message>
    <message>
        <source>About ID Toolkit</source>
        <translation>关于 ID Toolkit</translation>
    </message>
    <message>
        <source>ID Toolkit — an open-source certificate authority with software and HSM keys.</source>
        <translation>ID Toolkit — 开源的证书颁发机构，支持软件密钥和 HSM 密钥。</translation>
    </message>
    <message>
        <source>Version {version}, build {build} ({platform}).</source>
        <translation>版本 {version}，构建 {build}（{platform}）。</translation>
    </message>
</context>
<context>
    <name>NewCADialog</name>
    <message>
        <source>New root CA</source>
        <translation>新建根 CA</translation>
    </message>
    <message>
        <source>New sub-CA</source>
        <translation>新建下级 CA</translation>
    </message>
    <message>
        <source>Request a sub-CA certificate (offline root)</source>
        <translation>申请下级 CA 证书（离线根）</translation>
    </message>
    <message>
        <source>A root CA signs its own certificate. Keep it offline and use it only to sign sub-CAs.</source>
        <translation>根 CA 为自己的证书签名。请让它保持离线，仅用于签发下级 CA。</translation>
    </message>
    <message>
        <source>A sub-CA is signed by a CA of this workspace and issues certificates.</source>
        <translation>下级 CA 由本工作区的某个 CA 签发，并负责签发证书。</translation>
    </message>
    <message>
        <source>The key is made here and a request (CSR) is saved to carry to the offline root. Import the signed certificate afterwards with “Import signed CA certificate”.</source>
        <translation>密钥在此生成，并保存一个请求 (CSR) 带到离线根 CA 处签署。之后使用“导入已签名的 CA 证书”导入签好的证书。</translation>
    </message>
    <message>
        <source>short name used in commands and URLs, e.g. issuing</source>
        <translation>用于命令和 URL 的简短名称，例如 issuing</translation>
    </message>
    <message>
        <source>CA name *</source>
        <translation>CA 名称 *</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <extracomment>The parent chosen when the list arrives (the main window&apos;s selected CA).</extracomment>
        <translation>签发者 *</translation>
    </message>
    <message>
        <source>Save request as *</source>
        <translation>请求另存为 *</translation>
    </message>
    <message>
        <source>give the CA a short name</source>
        <translation>请为 CA 取一个简短名称</translation>
    </message>
    <message>
        <source>no CA here can sign a sub-CA: create or import a root CA first</source>
        <translation>此工作区中没有可签发下级 CA 的 CA：请先创建或导入根 CA</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Request saved to %1
SHA-256 of the request (read it aloud on both sides):
%2</source>
        <translation>请求已保存至 %1
请求的 SHA-256（请双方大声核对）：
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>Welcome to ID Toolkit</source>
        <extracomment>The engine&apos;s rule, so the CLI and the app agree.</extracomment>
        <translation>欢迎使用 ID Toolkit</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>&lt;p&gt;ID Toolkit keeps your certificate authorities, their certificates and an audit trail in a &lt;b&gt;workspace&lt;/b&gt;. Let&apos;s create one.&lt;/p&gt;&lt;p&gt;Choose a passphrase: it encrypts the CA keys kept on this computer. It is never stored — if it is lost, those keys cannot be used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ID Toolkit 将您的证书颁发机构、其证书和审计记录保存在&lt;b&gt;工作区&lt;/b&gt;中。现在来创建一个。&lt;/p&gt;&lt;p&gt;请选择一个口令短语：它用于加密保存在本计算机上的 CA 密钥。口令短语不会被保存 — 一旦遗失，这些密钥将无法使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>文件夹 *</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Passphrase *</source>
        <translation>口令短语 *</translation>
    </message>
    <message>
        <source>Repeat passphrase *</source>
        <translation>重复口令短语 *</translation>
    </message>
    <message>
        <source>empty: SQLite in the folder; or postgresql://user@host/db</source>
        <translation>留空：在文件夹中使用 SQLite；或 postgresql://user@host/db</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>choose a folder for the workspace</source>
        <translation>请为工作区选择文件夹</translation>
    </message>
    <message>
        <source>%1 is already a workspace: open it instead</source>
        <translation>%1 已是工作区：请直接打开</translation>
    </message>
    <message>
        <source>the passphrase must have at least %1 characters</source>
        <translation>口令短语至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>两次输入的口令短语不一致</translation>
    </message>
</context>
<context>
    <name>OpenWorkspaceDialog</name>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Folder *</source>
        <translation>文件夹 *</translation>
    </message>
    <message>
        <source>choose the workspace folder</source>
        <translation>请选择工作区文件夹</translation>
    </message>
    <message>
        <source>%1 is not a workspace (no config.toml)</source>
        <translation>%1 不是工作区（没有 config.toml）</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>工作区口令短语</translation>
    </message>
    <message>
        <source>The workspace passphrase protects the CA keys kept in software. It is kept in memory until the app closes and never written anywhere.</source>
        <translation>工作区口令短语保护以软件方式保存的 CA 密钥。它在应用关闭前保存在内存中，从不写入任何地方。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令短语：</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>令牌 PIN 码</translation>
    </message>
    <message>
        <source>Enter the user PIN of token “%1”. It is used for this session only.</source>
        <translation>请输入令牌“%1”的用户 PIN 码。仅用于本次会话。</translation>
    </message>
    <message>
        <source>User PIN:</source>
        <translation>用户 PIN 码：</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Issuing CA *</source>
        <translation>签发 CA *</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Profile *</source>
        <translation>模板 *</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>e.g. email:amina@example.sn, dns:host.example.sn</source>
        <translation>例如 email:amina@example.sn, dns:host.example.sn</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>no CA here can issue: create a CA first</source>
        <translation>此工作区中没有可签发证书的 CA：请先创建 CA</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>the private key was lost or stolen (e.g. a lost ID card)</source>
        <translation>私钥丢失或被盗（例如身份证遗失）</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s key was compromised</source>
        <translation>签发 CA 的密钥已泄露</translation>
    </message>
    <message>
        <source>the holder changed organisation or role</source>
        <translation>持有人更换了单位或职务</translation>
    </message>
    <message>
        <source>replaced by a new certificate</source>
        <translation>已被新证书取代</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>不再需要</translation>
    </message>
    <message>
        <source>suspended for now; can be released later</source>
        <translation>暂时挂起；之后可以解除</translation>
    </message>
    <message>
        <source>the holder lost the right to it</source>
        <translation>持有人已失去使用资格</translation>
    </message>
    <message>
        <source>an attribute authority was compromised</source>
        <translation>属性权威机构已泄露</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>吊销证书</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>吊销 %1？</translation>
    </message>
    <message>
        <source>Issuing CA *</source>
        <translation>签发 CA *</translation>
    </message>
    <message>
        <source>hexadecimal serial</source>
        <translation>十六进制序列号</translation>
    </message>
    <message>
        <source>Serial *</source>
        <translation>序列号 *</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <source>The key was compromised earlier, on:</source>
        <translation>密钥更早泄露，泄露时间：</translation>
    </message>
    <message>
        <source>choose the issuing CA</source>
        <translation>请选择签发 CA</translation>
    </message>
    <message>
        <source>the serial must be a hexadecimal number</source>
        <translation>序列号必须是十六进制数</translation>
    </message>
</context>
<context>
    <name>SecretBroker</name>
    <message>
        <source>the workspace passphrase is needed to use a software CA key</source>
        <extracomment>Tests replace this to answer without a dialog: (kind, label) -&gt; secret or None.</extracomment>
        <translation>使用软件 CA 密钥需要工作区口令短语</translation>
    </message>
    <message>
        <source>the PIN of token “%1” is needed and was not given</source>
        <translation>需要令牌“%1”的 PIN 码，但未提供</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialDialog</name>
    <message>
        <source>Time-stamping authority (TSA)</source>
        <translation>时间戳服务机构 (TSA)</translation>
    </message>
    <message>
        <source>Delegated OCSP responder</source>
        <translation>委托 OCSP 响应器</translation>
    </message>
    <message>
        <source>idtoolkit serve answers RFC 3161 time-stamp requests at /tsa, signed with this credential, so signatures made with --tsa prove when they existed (level B-T). One TSA serves the whole workspace; the newest credential is used. Restart serve if it is running.</source>
        <translation>idtoolkit serve 在 /tsa 上响应 RFC 3161 时间戳请求，并用此凭证签名，使带 --tsa 生成的签名能够证明其存在时间（B-T 级）。整个工作区只有一个 TSA；使用最新的凭证。如果 serve 正在运行，请重启它。</translation>
    </message>
    <message>
        <source>idtoolkit serve signs this CA&apos;s OCSP answers (/ocsp/CA) with this responder certificate instead of the CA key, so the CA key can stay offline or on its token. A running serve picks it up; an expired or revoked responder is dropped.</source>
        <translation>idtoolkit serve 使用此响应器证书代替 CA 密钥为该 CA 的 OCSP 响应 (/ocsp/CA) 签名，从而使 CA 密钥可以保持离线或留在其令牌中。正在运行的 serve 会自动采用它；过期或已吊销的响应器将被弃用。</translation>
    </message>
    <message>
        <source>Time-Stamping Authority</source>
        <extracomment>The subject&apos;s common name offered for each kind, in the officer&apos;s language (the name the certificate carries; the officer can change it).</extracomment>
        <translation>时间戳机构</translation>
    </message>
    <message>
        <source>OCSP Responder</source>
        <translation>OCSP 响应器</translation>
    </message>
    <message>
        <source>Service credential for idtoolkit serve</source>
        <translation>idtoolkit serve 的服务凭证</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>服务 *</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>%1 created: %2
Certificate %3 from CA %4, valid until %5 UTC.
idtoolkit serve answers at %6 with it.</source>
        <translation>已创建服务凭证（%1）：%2
证书 %3 由 CA %4 签发，有效期至 %5 UTC。
idtoolkit serve 将以此在 %6 上响应。</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>已创建。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PKCS#11 module (*.dll)</source>
        <extracomment>What the module picker offers first: the platform&apos;s library suffix.</extracomment>
        <translation>PKCS#11 模块 (*.dll)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.dylib *.so)</source>
        <translation>PKCS#11 模块 (*.dylib *.so)</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so)</source>
        <translation>PKCS#11 模块 (*.so)</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>These settings are kept in the workspace (%1) and apply to the CAs you create from now on; existing CAs keep the addresses already written into their certificates.</source>
        <translation>这些设置保存在工作区 (%1) 中，适用于今后创建的 CA；现有 CA 保留已写入其证书的地址。</translation>
    </message>
    <message>
        <source>e.g. http://pki.example.gov</source>
        <translation>例如 http://pki.example.gov</translation>
    </message>
    <message>
        <source>Base URL *</source>
        <translation>基础 URL *</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>CRL lifetime (sub-CAs)</source>
        <translation>CRL 有效期（下级 CA）</translation>
    </message>
    <message>
        <source>CRL lifetime (root CAs)</source>
        <translation>CRL 有效期（根 CA）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Delta CRL lifetime</source>
        <translation>增量 CRL 有效期</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 模块</translation>
    </message>
    <message>
        <source>Empty: the module named by %1, else SoftHSM2 if it is installed.</source>
        <translation>留空：使用 %1 指定的模块，否则使用已安装的 SoftHSM2。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Certificates carry their CRL, CA-certificate and OCSP addresses under %1. Only this computer (or a private network) can reach it, so relying parties elsewhere cannot check revocation, and pkilint warns &apos;%2&apos; on TLS certificates. Fine for a lab; for production give the public address where &apos;idtoolkit serve&apos; (or your web server) publishes them.</source>
        <translation>证书中的 CRL、CA 证书和 OCSP 地址都位于 %1 之下。只有本计算机（或私有网络）能够访问该地址，因此其他地方的依赖方无法检查吊销状态，pkilint 也会对 TLS 证书发出“%2”警告。实验环境可以这样用；生产环境请填写“idtoolkit serve”（或您的 Web 服务器）发布这些内容的公网地址。</translation>
    </message>
    <message>
        <source>give the base URL, e.g. http://pki.example.gov</source>
        <translation>请填写基础 URL，例如 http://pki.example.gov</translation>
    </message>
    <message>
        <source>PKCS#11 module %1 does not exist</source>
        <translation>PKCS#11 模块 %1 不存在</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in as operator</source>
        <translation>以操作员身份登录</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>操作员名称：</translation>
    </message>
    <message>
        <source>PKCS#12 file:</source>
        <translation>PKCS#12 文件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Operator credential</source>
        <translation>操作员凭据</translation>
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
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Sign in as &amp;operator…</source>
        <translation>以操作员身份登录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>审批(&amp;A)…</translation>
    </message>
    <message>
        <source>O&amp;perators…</source>
        <translation>操作员(&amp;P)…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>Sign in as an operator first (Team menu)</source>
        <translation>请先以操作员身份登录（团队菜单）</translation>
    </message>
    <message>
        <source>Needs the role %1; you are %2</source>
        <translation>需要角色 %1；您的角色是 %2</translation>
    </message>
</context>
<context>
    <name>TokenView</name>
    <message>
        <source>Look for tokens</source>
        <translation>查找令牌</translation>
    </message>
    <message>
        <source>Show keys (asks the PIN)</source>
        <translation>显示密钥（需要 PIN 码）</translation>
    </message>
    <message>
        <source>Press “Look for tokens” to list the tokens of the PKCS#11 module.</source>
        <translation>按“查找令牌”列出 PKCS#11 模块中的令牌。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Extractable</source>
        <translation>可导出</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Looking for tokens…</source>
        <translation>正在查找令牌…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token first.</source>
        <translation>请先选择一个令牌。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validation settings</source>
        <translation>验证设置</translation>
    </message>
    <message>
        <source>For many relying parties: OCSP answers are signed here in advance and served by responders that hold no key; a large CRL can be split into partitions.</source>
        <translation>面向大量依赖方：OCSP 响应在此预先签名，由不持有任何密钥的响应器提供；大型 CRL 可以拆分为多个分区。</translation>
    </message>
    <message>
        <source>CA *</source>
        <translation>CA *</translation>
    </message>
    <message>
        <source>0: one CRL. Certificates issued before a change keep their partition.</source>
        <translation>0：单个 CRL。变更之前签发的证书保留其分区。</translation>
    </message>
    <message>
        <source>CRL partitions</source>
        <translation>CRL 分区</translation>
    </message>
    <message>
        <source>Pre-signed OCSP responses</source>
        <translation>预签名的 OCSP 响应</translation>
    </message>
    <message>
        <source>Sign the missing and due OCSP responses now</source>
        <translation>立即签名缺失或即将到期的 OCSP 响应</translation>
    </message>
    <message>
        <source>Optional: CA certificates and CRLs are written there for a web server</source>
        <translation>可选：CA 证书和 CRL 将写入该文件夹，供 Web 服务器使用</translation>
    </message>
    <message>
        <source>Publication folder</source>
        <translation>发布文件夹</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 stored; the oldest signed %2</source>
        <translation>已存储 %1 个；最早的签名于 %2</translation>
    </message>
    <message>
        <source>no CA here can sign</source>
        <translation>此处没有可以签名的 CA</translation>
    </message>
    <message>
        <source>the publication folder is a file</source>
        <translation>发布文件夹是一个文件</translation>
    </message>
    <message>
        <source>%1: %2 CRL partition(s) for new certificates; %3 OCSP response(s) signed.</source>
        <translation>%1：新证书使用 %2 个 CRL 分区；已签名 %3 个 OCSP 响应。</translation>
    </message>
    <message>
        <source>%1 file(s) written to %2</source>
        <translation>已向 %2 写入 %1 个文件</translation>
    </message>
</context>
<context>
    <name>ValidityField</name>
    <message>
        <source>profile default</source>
        <translation>模板默认值</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>VerifySignatureDialog</name>
    <message>
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>Every check passed: the document is as signed, by a trusted signer.</source>
        <translation>所有检查均已通过：文档与签名时一致，签名者可信。</translation>
    </message>
    <message>
        <source>A check failed for certain: do not rely on this signature.</source>
        <translation>有一项检查确定未通过：请勿信任此签名。</translation>
    </message>
    <message>
        <source>Something needed to decide is missing (trust, revocation status, proof of time).</source>
        <translation>缺少做出判断所需的信息（信任、吊销状态、时间证明）。</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <extracomment>The engine&apos;s check names and reason codes are stable English identifiers; their words for people are the engine&apos;s messages (one table for the CLI and the app), said in the app&apos;s language through the engine&apos;s catalogues. The details stay as the engine wrote them. Mark and colour of each check outcome. Item data of a trust anchor taken from the open workspace (PEM), not from a file.</extracomment>
        <translation>验证签名</translation>
    </message>
    <message>
        <source>Checks the signature value, the signer&apos;s certificate chain up to a trust anchor you choose, key usage, revocation (OCSP/CRL answers embedded in the signature, or fetched from the certificates&apos; URLs) and the time-stamp.</source>
        <translation>检查签名值、签名者证书到您所选信任锚的证书链、密钥用法、吊销状态（签名中嵌入的 OCSP/CRL 响应，或从证书中的 URL 获取）以及时间戳。</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>已签名的 PDF</translation>
    </message>
    <message>
        <source>File + detached signature (.p7s)</source>
        <translation>文件 + 分离签名 (.p7s)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Document *</source>
        <translation>文档 *</translation>
    </message>
    <message>
        <source>CMS signature (*.p7s *.p7m);;All files (*)</source>
        <translation>CMS 签名 (*.p7s *.p7m);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Signature (.p7s) *</source>
        <translation>签名 (.p7s) *</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Workspace roots</source>
        <translation>工作区根 CA</translation>
    </message>
    <message>
        <source>Trust the root CAs of the open workspace</source>
        <translation>信任已打开工作区的根 CA</translation>
    </message>
    <message>
        <source>Trust anchors *</source>
        <translation>信任锚 *</translation>
    </message>
    <message>
        <source>At a past time (UTC):</source>
        <translation>在过去某一时间 (UTC)：</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>验证时间</translation>
    </message>
    <message>
        <source>Fetch revocation status (OCSP / CRL) from the certificates&apos; URLs</source>
        <translation>从证书中的 URL 获取吊销状态 (OCSP / CRL)</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>%1 (workspace root): %2</source>
        <translation>%1（工作区根 CA）：%2</translation>
    </message>
    <message>
        <source>Trust anchor certificates</source>
        <translation>信任锚证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>add at least one trust anchor certificate (e.g. the root CA)</source>
        <translation>请至少添加一个信任锚证书（例如根 CA）</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>信任锚</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No signature found in this file.</source>
        <translation>此文件中未找到签名。</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Revocation sources</source>
        <translation>吊销信息来源</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Signing time (claimed)</source>
        <translation>签名时间（声明）</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Validated at</source>
        <translation>验证时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
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
        <translation>意外错误：%1（详情见 %2）</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <source>Common name</source>
        <extracomment>Display order (most specific first, as RFC 4514 strings are written) and labels.</extracomment>
        <translation>通用名称</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>Serial number (ID)</source>
        <translation>序列号（身份号码）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Organisation identifier</source>
        <translation>单位标识</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State / province</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>域组件</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>国家（2 个字母）</translation>
    </message>
    <message>
        <source>* required   † exactly one of: %1</source>
        <translation>* 必填   † 以下恰好填一项：%1</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
</TS>
