<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyScope</name>
    <message>
        <source>checking the department tree</source>
        <translation>检查部门层级</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>finding expiring vehicle records</source>
        <translation>查找即将到期的车辆记录</translation>
    </message>
    <message>
        <source>finding expiring driving licences</source>
        <translation>查找即将到期的驾驶证</translation>
    </message>
    <message>
        <source>finding vehicles due for renewal</source>
        <translation>查找达到更新条件的车辆</translation>
    </message>
    <message>
        <source>finding vehicles due for service</source>
        <translation>查找需要保养的车辆</translation>
    </message>
</context>
<context>
    <name>AlertService</name>
    <message>
        <source>Annual inspection</source>
        <translation>年检</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>车辆更新</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>The annual inspection lapsed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>年检已于%1过期，已超期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The annual inspection expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>年检将于%1到期，还有 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The insurance lapsed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>保险已于%1过期，已超期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The insurance expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>保险将于%1到期，还有 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The driving licence lapsed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>驾驶证已于%1过期，已超期 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The driving licence expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>驾驶证将于%1到期，还有 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in service %n year(s) since %1</source>
        <translation>
            <numerusform>自%1起已使用 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km on the odometer</source>
        <translation>里程表读数 %1 公里</translation>
    </message>
    <message>
        <source>Eligible for renewal: %1, %2.</source>
        <translation>已达到更新条件：%1，%2。</translation>
    </message>
    <message>
        <source>Eligible for renewal: %1.</source>
        <translation>已达到更新条件：%1。</translation>
    </message>
    <message numerus="yes">
        <source>service was due on %1, %n day(s) ago</source>
        <translation>
            <numerusform>应于%1进行保养，已超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>service is due on %1, in %n day(s)</source>
        <translation>
            <numerusform>应于%1进行保养，还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km since the last service (interval %2 km)</source>
        <translation>距上次保养已行驶 %1 公里（保养间隔 %2 公里）</translation>
    </message>
    <message>
        <source>Service: %1.</source>
        <translation>保养提醒：%1。</translation>
    </message>
</context>
<context>
    <name>AllocationRepository</name>
    <message>
        <source>loading an allocation</source>
        <translation>加载分配记录</translation>
    </message>
    <message>
        <source>loading the occupants of a room</source>
        <translation>加载房间的使用人</translation>
    </message>
    <message>
        <source>loading a person&apos;s office</source>
        <translation>加载人员的办公室</translation>
    </message>
    <message>
        <source>loading a person&apos;s offices</source>
        <translation>加载人员的办公室</translation>
    </message>
    <message>
        <source>loading the allocation history</source>
        <translation>加载分配历史</translation>
    </message>
    <message>
        <source>checking the office shares</source>
        <translation>核查人均办公面积</translation>
    </message>
    <message>
        <source>loading the occupants of rooms</source>
        <translation>加载房间的使用人</translation>
    </message>
    <message>
        <source>saving an allocation</source>
        <translation>保存分配记录</translation>
    </message>
    <message>
        <source>ending an allocation</source>
        <translation>结束分配</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>GovAssets: public assets of a government-affairs administration bureau.
Sub-commands: generate, import (run `govassets generate --help`).</source>
        <translation>GovAssets：机关事务管理局公共资产管理系统。
子命令：generate、import（运行 `govassets generate --help` 查看帮助）。</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;path&gt; 的数据库。</translation>
    </message>
    <message>
        <source>Open a freshly generated demo database.</source>
        <translation>打开新生成的演示数据库。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Log at debug level.</source>
        <translation>输出调试级别日志。</translation>
    </message>
    <message>
        <source>Render &lt;page&gt; offscreen to the --out PNG and exit.</source>
        <translation>在后台将 &lt;page&gt; 渲染为 --out 指定的 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Output file of --screenshot.</source>
        <translation>--screenshot 的输出文件。</translation>
    </message>
    <message>
        <source>Log in as &lt;name&gt;; the password is read from standard input.</source>
        <translation>以 &lt;name&gt; 身份登录；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--screenshot needs --out FILE.png.</source>
        <translation>--screenshot 需要同时指定 --out FILE.png。</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>loading a housing application</source>
        <translation>读取住房申请</translation>
    </message>
    <message>
        <source>listing housing applications</source>
        <translation>列出住房申请</translation>
    </message>
    <message>
        <source>counting housing applications</source>
        <translation>统计住房申请</translation>
    </message>
    <message>
        <source>listing the housing queue</source>
        <translation>列出轮候队列</translation>
    </message>
    <message>
        <source>finding the head of the housing queue</source>
        <translation>查找轮候队首</translation>
    </message>
    <message>
        <source>saving a new housing application</source>
        <translation>保存新的住房申请</translation>
    </message>
    <message>
        <source>saving a housing application</source>
        <translation>保存住房申请</translation>
    </message>
    <message>
        <source>changing the status of a housing application</source>
        <translation>更改住房申请状态</translation>
    </message>
    <message>
        <source>moving a housing application in the queue</source>
        <translation>调整住房申请的轮候位置</translation>
    </message>
    <message>
        <source>loading a flat offer</source>
        <translation>读取配租通知</translation>
    </message>
    <message>
        <source>listing open flat offers</source>
        <translation>列出未答复的配租</translation>
    </message>
    <message>
        <source>saving a flat offer</source>
        <translation>保存配租</translation>
    </message>
    <message>
        <source>recording the answer to a flat offer</source>
        <translation>记录配租答复</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation>写入审计日志</translation>
    </message>
</context>
<context>
    <name>AuditQueryService</name>
    <message>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>counting audit log rows</source>
        <translation>统计审计日志条数</translation>
    </message>
    <message>
        <source>listing the users of the audit log</source>
        <translation>列出审计日志中的用户</translation>
    </message>
    <message>
        <source>listing the entities of the audit log</source>
        <translation>列出审计日志中的对象</translation>
    </message>
    <message>
        <source>listing the actions of the audit log</source>
        <translation>列出审计日志中的操作</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This store is not an SQLite file; back it up with the server&apos;s own tools.</source>
        <translation>此数据库不是 SQLite 文件，请用数据库服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>The backup could not be written: the folder %1 cannot be created.</source>
        <translation>无法写入备份：不能创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Choose another file for the backup than the database itself.</source>
        <translation>备份文件不能是数据库文件本身，请另选一个文件。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2. The database was not changed.</source>
        <translation>备份到 %1 失败：%2。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The backup to %1 failed its check: %2</source>
        <translation>备份到 %1 的副本未通过检查：%2</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation>无法把备份放到 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>无法打开该文件：%1。</translation>
    </message>
    <message>
        <source>The file is not a database or is damaged.</source>
        <translation>该文件不是数据库，或已损坏。</translation>
    </message>
    <message>
        <source>The file is damaged (%1).</source>
        <translation>该文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The file is not a GovAssets database.</source>
        <translation>该文件不是本系统的数据库。</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of GovAssets (schema %1; this program knows up to %2).</source>
        <translation>该备份由更新版本的程序写入（结构版本 %1；本程序最高支持 %2）。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 The database was not changed.</source>
        <translation>无法从 %1 恢复：%2 数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The backup is the database itself.</source>
        <translation>所选备份就是数据库文件本身。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened to keep a copy: %2. Nothing was restored.</source>
        <translation>无法打开数据库 %1 以保留其副本：%2。未恢复任何内容。</translation>
    </message>
    <message>
        <source>A copy of the current database could not be kept (%1). Nothing was restored.</source>
        <translation>无法保留当前数据库的副本（%1）。未恢复任何内容。</translation>
    </message>
    <message>
        <source>The restore failed (%1); the database is as it was.</source>
        <translation>恢复失败（%1）；数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a consistent, checked copy of a database, also while it is in use.</source>
        <translation>写出数据库的一致且经过检查的副本，数据库正在使用时也可以。</translation>
    </message>
    <message>
        <source>The database to back up.</source>
        <translation>要备份的数据库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Name the database to back up with --db PATH.</source>
        <translation>请用 --db 路径 指定要备份的数据库。</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation>请用 --out 文件 指定备份文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>正在备份… %1%</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (schema %3, %4), checked.</source>
        <translation>已将 %1 备份到 %2（结构版本 %3，%4），并已检查。</translation>
    </message>
    <message>
        <source>Write a checked copy of a database</source>
        <translation>写出经过检查的数据库副本</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A backup holds every agency&apos;s records: only an administrator of the whole region may back up or restore the database.</source>
        <translation>备份包含所有单位的记录：只有管辖范围为全区的管理员才能备份或恢复数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法从 %1 恢复：%2</translation>
    </message>
</context>
<context>
    <name>BuildingRepository</name>
    <message>
        <source>loading a building</source>
        <translation>加载办公楼</translation>
    </message>
    <message>
        <source>listing buildings</source>
        <translation>列出办公楼</translation>
    </message>
    <message>
        <source>counting buildings</source>
        <translation>统计办公楼数</translation>
    </message>
    <message>
        <source>checking a building code</source>
        <translation>检查办公楼编码</translation>
    </message>
    <message>
        <source>saving a new building</source>
        <translation>保存新办公楼</translation>
    </message>
    <message>
        <source>saving a building</source>
        <translation>保存办公楼</translation>
    </message>
    <message>
        <source>changing the status of a building</source>
        <translation>更改办公楼状态</translation>
    </message>
    <message>
        <source>deleting a building</source>
        <translation>删除办公楼</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>Could not complete %1: the data conflicts with stored records (%2).</source>
        <translation>%1失败：数据与已存储的记录冲突（%2）。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>loading an over-standard case</source>
        <translation>加载超标整改案件</translation>
    </message>
    <message>
        <source>loading the over-standard cases</source>
        <translation>加载超标整改案件</translation>
    </message>
    <message>
        <source>listing over-standard cases</source>
        <translation>列出超标整改案件</translation>
    </message>
    <message>
        <source>counting over-standard cases</source>
        <translation>统计超标整改案件</translation>
    </message>
    <message>
        <source>opening an over-standard case</source>
        <translation>建立超标整改案件</translation>
    </message>
    <message>
        <source>updating an over-standard case</source>
        <translation>更新超标整改案件</translation>
    </message>
    <message>
        <source>closing an over-standard case</source>
        <translation>关闭超标整改案件</translation>
    </message>
    <message>
        <source>saving a rectification plan</source>
        <translation>保存整改方案</translation>
    </message>
</context>
<context>
    <name>CoefficientRepository</name>
    <message>
        <source>loading the standard-coal coefficients</source>
        <translation>加载标准煤折算系数</translation>
    </message>
    <message>
        <source>loading a standard-coal coefficient</source>
        <translation>加载标准煤折算系数</translation>
    </message>
    <message>
        <source>checking a coefficient&apos;s version</source>
        <translation>检查折算系数版本</translation>
    </message>
    <message>
        <source>saving a standard-coal coefficient</source>
        <translation>保存标准煤折算系数</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping&apos;s &quot;fields&quot; must be an object of field: column.</source>
        <translation>映射中的“fields”必须是“字段: 列”形式的对象。</translation>
    </message>
    <message>
        <source>The mapping of &quot;%1&quot; must be a column name or a column number from 1.</source>
        <translation>“%1”的映射必须是列名或从 1 开始的列号。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be text.</source>
        <translation>映射中的“%1”必须是文本。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object: %2</source>
        <translation>映射文件 %1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>顶层不是对象</translation>
    </message>
    <message>
        <source>The mapping file %1 is invalid: %2</source>
        <translation>映射文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>Cannot write the mapping file %1: %2</source>
        <translation>无法写入映射文件 %1：%2</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;maxDiscountPercent&quot; must be a whole number from 0 to 100.</source>
        <translation>映射中的“maxDiscountPercent”必须是 0 至 100 之间的整数。</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;values&quot; must be an object of field: {value in the file: value to store}.</source>
        <translation>映射中的“values”必须是“字段: {文件中的值: 要存储的值}”形式的对象。</translation>
    </message>
    <message>
        <source>The value mapping of &quot;%1&quot; must be an object of value in the file: value to store.</source>
        <translation>“%1”的值映射必须是“文件中的值: 要存储的值”形式的对象。</translation>
    </message>
    <message>
        <source>The value mapping of &quot;%1&quot; maps &quot;%2&quot; to something that is not text.</source>
        <translation>“%1”的值映射把“%2”映射为非文本内容。</translation>
    </message>
</context>
<context>
    <name>ComplexRepository</name>
    <message>
        <source>loading a housing complex</source>
        <translation>读取住房小区</translation>
    </message>
    <message>
        <source>listing housing complexes</source>
        <translation>列出住房小区</translation>
    </message>
    <message>
        <source>counting housing complexes</source>
        <translation>统计住房小区</translation>
    </message>
    <message>
        <source>checking a housing complex code</source>
        <translation>检查小区编号</translation>
    </message>
    <message>
        <source>checking the flats of a housing complex</source>
        <translation>检查小区的房屋</translation>
    </message>
    <message>
        <source>saving a new housing complex</source>
        <translation>保存新的住房小区</translation>
    </message>
    <message>
        <source>saving a housing complex</source>
        <translation>保存住房小区</translation>
    </message>
    <message>
        <source>changing the status of a housing complex</source>
        <translation>更改住房小区状态</translation>
    </message>
    <message>
        <source>deleting a housing complex</source>
        <translation>删除住房小区</translation>
    </message>
</context>
<context>
    <name>CopyIn</name>
    <message>
        <source>Bulk loading is not available on this store (%1).</source>
        <translation>此存储不支持批量导入（%1）。</translation>
    </message>
    <message>
        <source>the server did not confirm the load</source>
        <translation>服务器未确认导入结果</translation>
    </message>
    <message>
        <source>Could not complete %1: the data conflicts with stored records (%2).</source>
        <translation>%1失败：数据与已存储的记录冲突（%2）。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>CsvDocument</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The text encoding &quot;%1&quot; is not supported (use one of: %2).</source>
        <translation>不支持文本编码“%1”（请使用以下编码之一：%2）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：引号括起的字段未闭合。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Could not read the database file %1: %2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GovAssets database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 GovAssets 数据库（不是 SQLite 文件）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a GovAssets database (%2). It was left untouched.</source>
        <translation>%1 已损坏或不是 GovAssets 数据库（%2）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>建立数据库连接</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a GovAssets database. It was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是 GovAssets 数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of GovAssets (schema %2; this program knows up to %3). Please update the program; the file was left untouched.</source>
        <translation>%1 由更高版本的 GovAssets 写入（数据库结构版本 %2；本程序最高支持版本 %3）。请升级本程序；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>程序中缺少数据库迁移 %1。</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>将数据库升级到版本 %1</translation>
    </message>
    <message>
        <source>The address %1 holds a password. Put the password in the PostgreSQL password file (~/.pgpass) or type it when asked, never in the address.</source>
        <translation>地址 %1 中含有密码。请把密码写入 PostgreSQL 密码文件（~/.pgpass），或在程序询问时输入，切勿写在地址中。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address of the form postgresql://user@host:port/database.</source>
        <translation>%1 不是 postgresql://用户@主机:端口/数据库 形式的 PostgreSQL 地址。</translation>
    </message>
    <message>
        <source>This installation cannot open PostgreSQL databases: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>本安装无法打开 PostgreSQL 数据库：缺少 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL database %1: %2</source>
        <translation>无法连接 PostgreSQL 数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database of another program, not a GovAssets database. It was left untouched.</source>
        <translation>%1 是其他程序的 PostgreSQL 数据库，不是 GovAssets 数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>upgrading the database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>granting the application role its rights</source>
        <translation>为应用角色授予权限</translation>
    </message>
</context>
<context>
    <name>DateTimeFormat</name>
    <message>
        <source>The date column is empty: there is nothing to tell its format from.</source>
        <translation>日期列为空，无法判断其格式。</translation>
    </message>
    <message>
        <source>The dates are written in more than one format; choose the format of the date column.</source>
        <translation>日期使用了多种格式，请选择日期列的格式。</translation>
    </message>
    <message>
        <source>The date format of &quot;%1&quot; is not recognised (known formats: %2).</source>
        <translation>无法识别“%1”的日期格式（支持的格式：%2）。</translation>
    </message>
    <message>
        <source>The dates could be read as day/month or month/day (%1); choose the format of the date column.</source>
        <translation>日期既可按“日/月”也可按“月/日”解读（%1），请选择日期列的格式。</translation>
    </message>
</context>
<context>
    <name>DeferredIndexes</name>
    <message>
        <source>reading the index definitions</source>
        <translation>读取索引定义</translation>
    </message>
    <message>
        <source>preparing the bulk load</source>
        <translation>准备批量导入</translation>
    </message>
    <message>
        <source>rebuilding the indexes</source>
        <translation>重建索引</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>用车任务</translation>
    </message>
    <message>
        <source>Fuel transactions</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation>维修保养记录</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>年检记录</translation>
    </message>
    <message>
        <source>Insurance policies</source>
        <translation>保险单</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违章记录</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>事故记录</translation>
    </message>
    <message>
        <source>Long-term assignments</source>
        <translation>相对固定派遣</translation>
    </message>
    <message>
        <source>checking the database is empty</source>
        <translation>检查数据库是否为空</translation>
    </message>
    <message>
        <source>%1 already holds organisation data. Demo data is generated only into a new, empty database.</source>
        <translation>%1 中已有组织机构数据。演示数据只能生成到新建的空数据库中。</translation>
    </message>
    <message>
        <source>Generating the organisation</source>
        <translation>正在生成组织机构</translation>
    </message>
    <message>
        <source>Creating the demo users</source>
        <translation>正在创建演示用户</translation>
    </message>
    <message>
        <source>creating the demo users</source>
        <translation>创建演示用户</translation>
    </message>
    <message>
        <source>Generating vehicles, drivers and trips</source>
        <translation>正在生成车辆、驾驶员和用车任务</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>loading a user</source>
        <translation>加载用户</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的在用用户。</translation>
    </message>
    <message>
        <source>Energy meters</source>
        <translation>能耗计量表</translation>
    </message>
    <message>
        <source>Energy readings</source>
        <translation>能耗抄表记录</translation>
    </message>
    <message>
        <source>Generating energy meters and readings</source>
        <translation>正在生成能耗计量表和抄表记录</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Office allocations</source>
        <translation>办公用房分配</translation>
    </message>
    <message>
        <source>Rooms lent out</source>
        <translation>出借出租房间</translation>
    </message>
    <message>
        <source>Over-standard cases</source>
        <translation>超标整改案件</translation>
    </message>
    <message>
        <source>Generating the office register</source>
        <translation>正在生成办公用房台账</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>loading a department</source>
        <translation>加载部门</translation>
    </message>
    <message>
        <source>loading the departments</source>
        <translation>加载部门列表</translation>
    </message>
    <message>
        <source>counting the staff of each department</source>
        <translation>统计各部门人数</translation>
    </message>
    <message>
        <source>checking a department code</source>
        <translation>检查部门编码</translation>
    </message>
    <message>
        <source>counting sub-departments</source>
        <translation>统计下级部门数</translation>
    </message>
    <message>
        <source>counting the staff of a department</source>
        <translation>统计部门人数</translation>
    </message>
    <message>
        <source>saving a new department</source>
        <translation>保存新部门</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>保存部门</translation>
    </message>
    <message>
        <source>changing the status of a department</source>
        <translation>更改部门状态</translation>
    </message>
    <message>
        <source>deleting a department</source>
        <translation>删除部门</translation>
    </message>
</context>
<context>
    <name>DiskFailure</name>
    <message>
        <source>The disk did not take the data (it may be full): nothing was saved, and what was stored before is unchanged. Free space on the disk that holds the database, then try again.</source>
        <translation>磁盘无法写入数据（可能已满）：本次未保存任何内容，原有数据保持不变。请在存放数据库的磁盘上腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database may not be written (the file or its folder is read-only): nothing was saved. Ask for write access to it, then try again.</source>
        <translation>数据库不可写（文件或其所在文件夹为只读）：本次未保存任何内容。请取得写入权限后重试。</translation>
    </message>
</context>
<context>
    <name>DispatchOrderDocument</name>
    <message>
        <source>Out-of-region trip</source>
        <translation>区外公务出行</translation>
    </message>
    <message>
        <source>Local trip</source>
        <translation>区内公务出行</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>紧急公务</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>由 %1 于 %2 审批</translation>
    </message>
    <message>
        <source>emergency: dispatched before approval</source>
        <translation>紧急公务：先派车后审批</translation>
    </message>
    <message>
        <source>Emergency: dispatched before approval, approval to follow</source>
        <translation>紧急公务：已先行派车，审批手续后补</translation>
    </message>
    <message>
        <source>Not yet approved</source>
        <translation>尚未审批</translation>
    </message>
    <message>
        <source>Dispatch order</source>
        <translation>派车单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>用车部门</translation>
    </message>
    <message>
        <source>Liaison / phone</source>
        <translation>联系人 / 电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用车事由</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乘车人数</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>计划用车时间</translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation>出行类型</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Driver / phone</source>
        <translation>驾驶员 / 电话</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批情况</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>出车时间</translation>
    </message>
    <message>
        <source>Return time</source>
        <translation>回场时间</translation>
    </message>
    <message>
        <source>Odometer out (km)</source>
        <translation>出车里程表读数（公里）</translation>
    </message>
    <message>
        <source>Odometer in (km)</source>
        <translation>回场里程表读数（公里）</translation>
    </message>
    <message>
        <source>Fuel / tolls / parking</source>
        <translation>油费 / 通行费 / 停车费</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>行驶里程（公里）</translation>
    </message>
    <message>
        <source>Dispatcher:</source>
        <translation>调度员：</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>驾驶员：</translation>
    </message>
    <message>
        <source>Passenger:</source>
        <translation>乘车人：</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>DispatchRepository</name>
    <message>
        <source>loading a vehicle</source>
        <translation>加载车辆</translation>
    </message>
    <message>
        <source>loading the vehicles</source>
        <translation>加载车辆列表</translation>
    </message>
    <message>
        <source>loading a driver</source>
        <translation>加载驾驶员</translation>
    </message>
    <message>
        <source>loading the drivers</source>
        <translation>加载驾驶员列表</translation>
    </message>
    <message>
        <source>loading the dispatch board</source>
        <translation>加载调度台</translation>
    </message>
    <message>
        <source>loading the departments</source>
        <translation>加载部门列表</translation>
    </message>
    <message>
        <source>loading a department</source>
        <translation>加载部门</translation>
    </message>
    <message>
        <source>marking the vehicle as dispatched</source>
        <translation>将车辆标记为已出车</translation>
    </message>
    <message>
        <source>recording the vehicle&apos;s return</source>
        <translation>登记车辆回场</translation>
    </message>
    <message>
        <source>checking the agency scope</source>
        <translation>检查管辖范围</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>The trip (id %1) does not exist.</source>
        <translation>用车任务（ID %1）不存在。</translation>
    </message>
    <message>
        <source>Trip %1 is %2: it cannot be %3.</source>
        <translation>用车任务 %1 当前状态为“%2”，不能%3。</translation>
    </message>
    <message>
        <source>Trip %1 is out of the region: only a user allowed to %2 may approve or reject it (role: %3).</source>
        <translation>用车任务 %1 属区外公务出行，只有具有“%2”权限的用户才能审批或驳回（您的角色：%3）。</translation>
    </message>
    <message>
        <source>You may request vehicles only for your own department.</source>
        <translation>只能为本部门申请用车。</translation>
    </message>
    <message>
        <source>Choose the department the vehicle is requested for.</source>
        <translation>请选择用车部门。</translation>
    </message>
    <message>
        <source>Enter the dispatch liaison (派车联络员) of the department.</source>
        <translation>请输入本部门的派车联络员。</translation>
    </message>
    <message>
        <source>Enter the liaison&apos;s phone number.</source>
        <translation>请输入联络员的联系电话。</translation>
    </message>
    <message>
        <source>Enter the purpose of the trip.</source>
        <translation>请输入用车事由。</translation>
    </message>
    <message>
        <source>Enter the destination.</source>
        <translation>请输入目的地。</translation>
    </message>
    <message>
        <source>A trip carries at least one passenger.</source>
        <translation>乘车人数至少为 1 人。</translation>
    </message>
    <message>
        <source>The planned start must be before the planned end.</source>
        <translation>计划开始时间必须早于计划结束时间。</translation>
    </message>
    <message>
        <source>A trip may last at most %1 days.</source>
        <translation>单次用车最长不超过 %1 天。</translation>
    </message>
    <message>
        <source>The planned start (%1) is in the past; only an emergency trip may start at once.</source>
        <translation>计划开始时间（%1）已过；只有紧急公务用车可立即出发。</translation>
    </message>
    <message>
        <source>No request numbers are left for today.</source>
        <translation>今日的申请编号已用完。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the request.</source>
        <translation>请填写驳回申请的理由。</translation>
    </message>
    <message>
        <source>Trip %1 is not approved yet: only an emergency trip may be dispatched before approval.</source>
        <translation>用车任务 %1 尚未审批：只有紧急公务用车可先派车后审批。</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>The assignment is refused:
%1</source>
        <translation>派车被拒绝：
%1</translation>
    </message>
    <message>
        <source>The assignment is refused:
%1
Only a user allowed to %2 may override these, with a reason.</source>
        <translation>派车被拒绝：
%1
只有具有“%2”权限的用户才能在说明理由后强制派车。</translation>
    </message>
    <message>
        <source>The assignment breaks these rules:
%1
Give a reason to override them.</source>
        <translation>本次派车违反以下规则：
%1
如需强制派车，请填写理由。</translation>
    </message>
    <message>
        <source>marked as departed</source>
        <translation>登记出车</translation>
    </message>
    <message>
        <source>The trip&apos;s vehicle no longer exists.</source>
        <translation>该用车任务的车辆已不存在。</translation>
    </message>
    <message>
        <source>The odometer reading out (%1 km) is below the last reading of %2 (%3 km).</source>
        <translation>出车里程表读数（%1 公里）低于%2上次的读数（%3 公里）。</translation>
    </message>
    <message>
        <source>recorded as returned</source>
        <translation>登记回场</translation>
    </message>
    <message>
        <source>The odometer reading in (%1 km) is below the reading out (%2 km).</source>
        <translation>回场里程表读数（%1 公里）低于出车读数（%2 公里）。</translation>
    </message>
    <message>
        <source>The odometer reading in (%1 km) is below the last reading of %2 (%3 km).</source>
        <translation>回场里程表读数（%1 公里）低于%2上次的读数（%3 公里）。</translation>
    </message>
    <message>
        <source>Fuel, tolls and parking cannot be negative.</source>
        <translation>油费、通行费和停车费不能为负数。</translation>
    </message>
    <message>
        <source>The return (%1) is before the departure (%2).</source>
        <translation>回场时间（%1）早于出车时间（%2）。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Trip %1 was dispatched before approval: it must be approved before it is closed.</source>
        <translation>用车任务 %1 为先派车后审批，须经审批后方可结束。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the trip.</source>
        <translation>请填写取消用车的理由。</translation>
    </message>
    <message>
        <source>Vehicle %1 already has trip %2 (%3, %4) in this time.</source>
        <translation>车辆%1在该时段已有用车任务 %2（%3，%4）。</translation>
    </message>
    <message>
        <source>Driver %1 already drives trip %2 (%3, %4) in this time.</source>
        <translation>驾驶员%1在该时段已承担用车任务 %2（%3，%4）。</translation>
    </message>
    <message>
        <source>Vehicle %1 is retired.</source>
        <translation>车辆%1已停用。</translation>
    </message>
    <message>
        <source>Vehicle %1 is in maintenance.</source>
        <translation>车辆%1正在维修中。</translation>
    </message>
    <message>
        <source>Vehicle %1 has no annual inspection on record.</source>
        <translation>车辆%1无年检记录。</translation>
    </message>
    <message>
        <source>The annual inspection of %1 expires on %2, before the trip ends (%3).</source>
        <translation>%1的年检有效期至%2，早于用车结束时间（%3）。</translation>
    </message>
    <message>
        <source>Vehicle %1 has no insurance on record.</source>
        <translation>车辆%1无保险记录。</translation>
    </message>
    <message>
        <source>The insurance of %1 expires on %2, before the trip ends (%3).</source>
        <translation>%1的保险有效期至%2，早于用车结束时间（%3）。</translation>
    </message>
    <message>
        <source>Vehicle %1 has %2 seats for %3 passengers.</source>
        <translation>车辆%1有%2个座位，乘车人数为%3人。</translation>
    </message>
    <message>
        <source>Driver %1 is retired.</source>
        <translation>驾驶员%1已停用。</translation>
    </message>
    <message>
        <source>Driver %1 is on leave.</source>
        <translation>驾驶员%1正在休假。</translation>
    </message>
    <message>
        <source>The driving licence of %1 expires on %2, before the trip ends (%3).</source>
        <translation>%1的驾驶证有效期至%2，早于用车结束时间（%3）。</translation>
    </message>
    <message>
        <source>The licence class %1 of %2 does not cover %3, which needs class %4.</source>
        <translation>%2的准驾车型为%1，不能驾驶需%4准驾车型的%3。</translation>
    </message>
    <message>
        <source>The vehicle (id %1) does not exist.</source>
        <translation>车辆（ID %1）不存在。</translation>
    </message>
    <message>
        <source>The driver (id %1) does not exist.</source>
        <translation>驾驶员（ID %1）不存在。</translation>
    </message>
    <message>
        <source>This trip was requested by another agency, outside your scope.</source>
        <translation>该派车申请属于其他单位，不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>Choose the department of the liaison.</source>
        <translation>请选择联络员所属部门。</translation>
    </message>
    <message>
        <source>Enter the liaison&apos;s name.</source>
        <translation>请输入联络员姓名。</translation>
    </message>
    <message>
        <source>The dispatch liaison (id %1) does not exist.</source>
        <translation>派车联络员（编号 %1）不存在。</translation>
    </message>
    <message>
        <source>%1 (%2) is already registered for this department.</source>
        <translation>%1（%2）已登记为该部门的联络员。</translation>
    </message>
</context>
<context>
    <name>DriverRepository</name>
    <message>
        <source>loading a driver</source>
        <translation>读取驾驶员信息</translation>
    </message>
    <message>
        <source>saving a new driver</source>
        <translation>保存新增驾驶员</translation>
    </message>
    <message>
        <source>saving a driver</source>
        <translation>保存驾驶员信息</translation>
    </message>
    <message>
        <source>changing a driver&apos;s status</source>
        <translation>更改驾驶员状态</translation>
    </message>
    <message>
        <source>listing drivers</source>
        <translation>列出驾驶员</translation>
    </message>
    <message>
        <source>checking a driver&apos;s trips</source>
        <translation>检查驾驶员的行程</translation>
    </message>
    <message>
        <source>looking up a staff member</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>looking up a department</source>
        <translation>查找部门</translation>
    </message>
</context>
<context>
    <name>DriverService</name>
    <message>
        <source>The driver no longer exists.</source>
        <translation>该驾驶员已不存在。</translation>
    </message>
    <message>
        <source>There is no staff member with the number &quot;%1&quot;.</source>
        <translation>不存在编号为“%1”的人员。</translation>
    </message>
    <message>
        <source>Enter the driver&apos;s name.</source>
        <translation>请输入驾驶员姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driving-licence class.</source>
        <translation>“%1”不是有效的准驾车型。</translation>
    </message>
    <message>
        <source>Enter the expiry date of the driving licence.</source>
        <translation>请输入驾驶证有效期截止日期。</translation>
    </message>
    <message>
        <source>The linked staff member no longer exists.</source>
        <translation>关联的人员已不存在。</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>Use Retire to retire a driver.</source>
        <translation>停用驾驶员请使用“停用”功能。</translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation>%1已处于停用状态。</translation>
    </message>
    <message>
        <source>%1 cannot be retired: they are assigned to a trip or out on one.</source>
        <translation>%1已被派往用车任务或正在出车，不能停用。</translation>
    </message>
</context>
<context>
    <name>EnergyGenerator</name>
    <message>
        <source>loading the buildings</source>
        <translation>加载办公楼</translation>
    </message>
    <message>
        <source>saving the generated meters</source>
        <translation>保存生成的计量表</translation>
    </message>
    <message>
        <source>saving the generated readings</source>
        <translation>保存生成的抄表记录</translation>
    </message>
    <message>
        <source>Checked against the supplier&apos;s statement</source>
        <translation>已与供应单位账单核对</translation>
    </message>
</context>
<context>
    <name>EnergyService</name>
    <message>
        <source>The building no longer exists.</source>
        <translation>该办公楼已不存在。</translation>
    </message>
    <message>
        <source>The meter no longer exists.</source>
        <translation>该计量表已不存在。</translation>
    </message>
    <message>
        <source>This record belongs to another agency, outside your scope.</source>
        <translation>该记录属于其他单位，不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>The meter number may not be empty.</source>
        <translation>表号不能为空。</translation>
    </message>
    <message>
        <source>Choose the building the meter is in.</source>
        <translation>请选择计量表所在的办公楼。</translation>
    </message>
    <message>
        <source>The building already has a meter numbered &quot;%1&quot;.</source>
        <translation>该办公楼已有表号为“%1”的计量表。</translation>
    </message>
    <message>
        <source>Give the unit the meter reads in.</source>
        <translation>请填写计量表的计量单位。</translation>
    </message>
    <message>
        <source>Give the first month the meter is read, as YYYY-MM.</source>
        <translation>请按 YYYY-MM 格式填写起始抄表月份。</translation>
    </message>
    <message>
        <source>Indexes and prices may not be negative.</source>
        <translation>读数和单价不能为负数。</translation>
    </message>
    <message>
        <source>The roll-over index must be above the installation index.</source>
        <translation>满量程读数必须大于初始读数。</translation>
    </message>
    <message>
        <source>The meter has readings: its type, unit and kind of reading can no longer change. Retire it and add a new one.</source>
        <translation>该计量表已有抄表记录，类型、单位和读数方式不能再修改。请停用后新增一块表。</translation>
    </message>
    <message>
        <source>The meter &quot;%1&quot; has readings and cannot be deleted; retire it instead.</source>
        <translation>计量表“%1”已有抄表记录，不能删除，请改为停用。</translation>
    </message>
    <message>
        <source>A reading may not be negative.</source>
        <translation>读数不能为负数。</translation>
    </message>
    <message>
        <source>The meter &quot;%1&quot; has no roll-over index: give it in the meter&apos;s record, or record a replacement.</source>
        <translation>计量表“%1”未登记满量程读数：请在计量表信息中填写，或登记为换表。</translation>
    </message>
    <message>
        <source>After a roll-over the index must be below %1.</source>
        <translation>翻表后的读数必须小于 %1。</translation>
    </message>
    <message>
        <source>The old meter&apos;s last index %1 is below its previous reading %2.</source>
        <translation>旧表末次读数 %1 小于上次读数 %2。</translation>
    </message>
    <message>
        <source>The new meter&apos;s index %1 is below its first index %2.</source>
        <translation>新表读数 %1 小于其起始读数 %2。</translation>
    </message>
    <message>
        <source>The meter &quot;%1&quot; is retired.</source>
        <translation>计量表“%1”已停用。</translation>
    </message>
    <message>
        <source>The month &quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>“%1”不是有效的月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>The meter &quot;%1&quot; is read from %2 on.</source>
        <translation>计量表“%1”自 %2 起抄表。</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>%1 尚未开始。</translation>
    </message>
    <message>
        <source>An invoice amount may not be negative.</source>
        <translation>发票金额不能为负数。</translation>
    </message>
    <message>
        <source>The reading of meter &quot;%1&quot; for %2 needs a confirmation: %3.</source>
        <translation>计量表“%1”%2 的读数需要确认：%3。</translation>
    </message>
    <message>
        <source>The reading no longer exists.</source>
        <translation>该抄表记录已不存在。</translation>
    </message>
    <message>
        <source>Give a note saying why the reading is right.</source>
        <translation>请填写说明，解释该读数为何正确。</translation>
    </message>
    <message>
        <source>saving the imported readings</source>
        <translation>保存导入的抄表记录</translation>
    </message>
    <message>
        <source>Water is a resource, not energy: it has no standard-coal coefficient.</source>
        <translation>水是资源而非能源，没有标准煤折算系数。</translation>
    </message>
    <message>
        <source>Give the date from which the coefficient applies.</source>
        <translation>请填写折算系数的启用日期。</translation>
    </message>
    <message>
        <source>The coefficient must be a number of kgce per unit above zero.</source>
        <translation>折算系数必须是大于零的每单位千克标准煤数。</translation>
    </message>
    <message>
        <source>Give the unit the coefficient is per.</source>
        <translation>请填写折算系数对应的单位。</translation>
    </message>
    <message>
        <source>Give the fuel&apos;s density in kg/L (between 0 and 2).</source>
        <translation>请填写燃油密度（kg/L，0 至 2 之间）。</translation>
    </message>
    <message>
        <source>%1 already has a coefficient from %2.</source>
        <translation>%1 已有自 %2 起的折算系数。</translation>
    </message>
    <message>
        <source>The coefficient no longer exists.</source>
        <translation>该折算系数已不存在。</translation>
    </message>
    <message>
        <source>Choose a year and a month.</source>
        <translation>请选择年份和月份。</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <source>Choose the quota&apos;s year.</source>
        <translation>请选择定额年份。</translation>
    </message>
    <message>
        <source>A quota is a number of kgce above zero.</source>
        <translation>定额必须是大于零的千克标准煤数。</translation>
    </message>
</context>
<context>
    <name>EnergyTypes</name>
    <message>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热力</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <source>LPG</source>
        <translation>液化石油气</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>煤炭</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cumulative index</source>
        <translation>累计读数</translation>
    </message>
    <message>
        <source>Period amount</source>
        <translation>期间用量</translation>
    </message>
    <message>
        <source>below the previous reading %1</source>
        <translation>低于上次读数 %1</translation>
    </message>
    <message numerus="yes">
        <source>the month&apos;s use %1 is outside the usual range %2 – %3 (median ± k·MAD of %n earlier year(s))</source>
        <translation>
            <numerusform>当月用量 %1 超出正常范围 %2 – %3（以往 %n 年同月的中位数 ± k·MAD）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlatImporter</name>
    <message>
        <source>Complex</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Flat number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>The complex is empty.</source>
        <translation>小区为空。</translation>
    </message>
    <message>
        <source>More than one complex is named &quot;%1&quot;; use its code.</source>
        <translation>有多个小区名为“%1”，请使用小区编号。</translation>
    </message>
    <message>
        <source>No complex has the code or name &quot;%1&quot;.</source>
        <translation>没有编号或名称为“%1”的小区。</translation>
    </message>
    <message>
        <source>No complex has this code or name</source>
        <translation>没有该编号或名称的小区</translation>
    </message>
    <message>
        <source>The building is empty.</source>
        <translation>楼栋为空。</translation>
    </message>
    <message>
        <source>The flat number is empty.</source>
        <translation>房号为空。</translation>
    </message>
    <message>
        <source>The flat %1 %2-%3-%4 is not in the register.</source>
        <translation>房屋 %1 %2-%3-%4 不在登记中。</translation>
    </message>
    <message>
        <source>The flat is not in the register</source>
        <translation>房屋不在登记中</translation>
    </message>
    <message>
        <source>loading the register</source>
        <translation>读取住房登记</translation>
    </message>
    <message>
        <source>Flats</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>水表号</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表号</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>燃气表号</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>家具清单</translation>
    </message>
    <message>
        <source>The inventory &quot;%1&quot; cannot be read (write e.g. 床×2；冰箱).</source>
        <translation>无法识别家具清单“%1”（请写成如 床×2；冰箱）。</translation>
    </message>
    <message>
        <source>The area is empty or not above 0.</source>
        <translation>面积为空或不大于 0。</translation>
    </message>
    <message>
        <source>The layout is empty.</source>
        <translation>户型为空。</translation>
    </message>
    <message>
        <source>The flat %1 is already in the register (not overwritten).</source>
        <translation>房屋 %1 已在登记中（未覆盖）。</translation>
    </message>
    <message>
        <source>The flat %1 already appears on line %2.</source>
        <translation>房屋 %1 已在第 %2 行出现。</translation>
    </message>
</context>
<context>
    <name>FlatRepository</name>
    <message>
        <source>loading a flat</source>
        <translation>读取房屋</translation>
    </message>
    <message>
        <source>loading a flat&apos;s inventory</source>
        <translation>读取房屋家具清单</translation>
    </message>
    <message>
        <source>looking up a flat</source>
        <translation>查找房屋</translation>
    </message>
    <message>
        <source>listing flats</source>
        <translation>列出房屋</translation>
    </message>
    <message>
        <source>counting flats</source>
        <translation>统计房屋</translation>
    </message>
    <message>
        <source>listing flat layouts</source>
        <translation>列出户型</translation>
    </message>
    <message>
        <source>removing an inventory line</source>
        <translation>删除家具清单条目</translation>
    </message>
    <message>
        <source>saving an inventory line</source>
        <translation>保存家具清单条目</translation>
    </message>
    <message>
        <source>saving a new flat</source>
        <translation>保存新房屋</translation>
    </message>
    <message>
        <source>saving a flat</source>
        <translation>保存房屋</translation>
    </message>
    <message>
        <source>changing the status of a flat</source>
        <translation>更改房屋状态</translation>
    </message>
    <message>
        <source>checking what refers to a flat</source>
        <translation>检查引用该房屋的记录</translation>
    </message>
    <message>
        <source>deleting a flat&apos;s inventory</source>
        <translation>删除房屋家具清单</translation>
    </message>
    <message>
        <source>deleting a flat</source>
        <translation>删除房屋</translation>
    </message>
</context>
<context>
    <name>FuelImporter</name>
    <message>
        <source>loading the vehicles</source>
        <translation>读取车辆信息</translation>
    </message>
    <message>
        <source>The card number &quot;%1&quot; was shortened by Excel to scientific notation; format the column as text and export again.</source>
        <translation>卡号“%1”已被 Excel 转换为科学计数法；请将该列设置为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>The card number is empty.</source>
        <translation>卡号为空。</translation>
    </message>
    <message>
        <source>No vehicle holds the fuel card %1.</source>
        <translation>没有车辆绑定油卡%1。</translation>
    </message>
    <message>
        <source>The fleet number is empty.</source>
        <translation>自编号为空。</translation>
    </message>
    <message>
        <source>No vehicle has the fleet number %1.</source>
        <translation>没有自编号为%1的车辆。</translation>
    </message>
    <message>
        <source>The plate is empty.</source>
        <translation>车牌号为空。</translation>
    </message>
    <message>
        <source>No vehicle has the plate %1.</source>
        <translation>没有车牌号为%1的车辆。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid plate.</source>
        <translation>“%1”不是有效的车牌号。</translation>
    </message>
    <message>
        <source>The fuel card %1 belongs to %2, not to %3.</source>
        <translation>油卡%1属于%2，而不是%3。</translation>
    </message>
    <message>
        <source>The row has no card number and %1 has no fuel card.</source>
        <translation>该行没有卡号，且%1未绑定油卡。</translation>
    </message>
    <message>
        <source>The time is empty.</source>
        <translation>时间为空。</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not in the format %2.</source>
        <translation>时间“%1”不符合格式 %2。</translation>
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation>数量为空。</translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is not a number.</source>
        <translation>数量“%1”不是数字。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero (it is %1).</source>
        <translation>数量必须大于零（当前为 %1）。</translation>
    </message>
    <message>
        <source>The quantity %1 is too large.</source>
        <translation>数量 %1 过大。</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a sum of money in yuan.</source>
        <translation>金额“%1”不是以元为单位的有效金额。</translation>
    </message>
    <message>
        <source>The amount must not be negative (it is %1).</source>
        <translation>金额不能为负数（当前为 %1）。</translation>
    </message>
    <message>
        <source>The unit price &quot;%1&quot; is not a sum of money.</source>
        <translation>单价“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>The odometer reading &quot;%1&quot; is not a number of kilometres.</source>
        <translation>里程表读数“%1”不是有效的公里数。</translation>
    </message>
    <message>
        <source>Fuel transactions</source>
        <translation>油卡消费记录</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程表读数(km)</translation>
    </message>
    <message>
        <source>The file has no column that identifies the vehicle: map the plate, the fleet number or the card number.</source>
        <translation>文件中没有可识别车辆的列：请对应车牌号、自编号或卡号列。</translation>
    </message>
    <message>
        <source>The vehicle key &quot;%1&quot; is not one of plate, fleetNo, card.</source>
        <translation>车辆识别字段“%1”不是 plate、fleetNo、card 之一。</translation>
    </message>
    <message>
        <source>The vehicles are to be found by %1, but no column is mapped to it.</source>
        <translation>已指定按%1识别车辆，但没有列与之对应。</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; is not litres or gallons.</source>
        <translation>单位“%1”不是升或加仑。</translation>
    </message>
    <message>
        <source>looking for stored fuel transactions</source>
        <translation>查找已存储的油卡消费记录</translation>
    </message>
    <message>
        <source>Same card, time and amount as line %1.</source>
        <translation>与第 %1 行的油卡、时间和金额相同。</translation>
    </message>
    <message>
        <source>Already stored (same card, time and amount).</source>
        <translation>已存储（油卡、时间和金额相同）。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2未导入任何数据。</translation>
    </message>
    <message>
        <source>importing fuel transactions</source>
        <translation>导入油卡消费记录</translation>
    </message>
    <message>
        <source>Line %1 could not be stored, so nothing was imported: %2</source>
        <translation>第 %1 行无法保存，因此未导入任何数据：%2</translation>
    </message>
    <message>
        <source>No vehicle holds this fuel card</source>
        <translation>没有车辆绑定该油卡</translation>
    </message>
    <message>
        <source>No vehicle has this fleet number</source>
        <translation>没有该自编号的车辆</translation>
    </message>
    <message>
        <source>Not a valid plate</source>
        <translation>车牌号无效</translation>
    </message>
    <message>
        <source>No vehicle has this plate</source>
        <translation>没有该车牌号的车辆</translation>
    </message>
    <message>
        <source>Times not in the format %1</source>
        <translation>时间不符合格式 %1</translation>
    </message>
    <message>
        <source>The time of day &quot;%1&quot; is not a time of day (08:30, 1:05 PM).</source>
        <translation>时刻“%1”不是有效的时刻（如 08:30、1:05 PM）。</translation>
    </message>
    <message>
        <source>Times of day not readable</source>
        <translation>时刻无法识别</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fuel (petrol, diesel or electricity); map it to one in the value mapping.</source>
        <translation>“%1”不是可识别的燃料类型（汽油、柴油或电）；请在值映射中为其指定类型。</translation>
    </message>
    <message>
        <source>Fuels not recognised</source>
        <translation>无法识别的燃料类型</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a sum of money in yuan.</source>
        <translation>%1“%2”不是以元为单位的有效金额。</translation>
    </message>
    <message>
        <source>gross amount</source>
        <translation>原价金额</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>Amounts not readable</source>
        <translation>金额无法识别</translation>
    </message>
    <message>
        <source>The amount paid %1 is not the gross amount %2 less the discount %3.</source>
        <translation>实付金额 %1 不等于原价金额 %2 减去优惠金额 %3。</translation>
    </message>
    <message>
        <source>Unit prices not readable</source>
        <translation>单价无法识别</translation>
    </message>
    <message>
        <source>The amount paid %1 is not quantity × unit price (%2) less the discount (%3).</source>
        <translation>实付金额 %1 不等于数量 × 单价（%2）减去优惠金额（%3）。</translation>
    </message>
    <message>
        <source>Amounts not explained by quantity × unit price less the discount</source>
        <translation>实付金额无法由数量 × 单价减去优惠金额得出</translation>
    </message>
    <message>
        <source>The gross amount %1 does not match quantity × unit price (%2).</source>
        <translation>原价金额 %1 与数量 × 单价（%2）不符。</translation>
    </message>
    <message>
        <source>The amount %1 does not match quantity × unit price (%2); if the supplier gives discounts, map the discount column or allow a discount in the mapping.</source>
        <translation>金额 %1 与数量 × 单价（%2）不符；如供应商有优惠，请对应优惠金额列，或在映射中允许一定的优惠比例。</translation>
    </message>
    <message>
        <source>Amounts that do not match quantity × unit price</source>
        <translation>金额与数量 × 单价不符</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>实付金额（元）</translation>
    </message>
    <message>
        <source>Gross amount</source>
        <translation>原价金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠金额</translation>
    </message>
    <message>
        <source>The date format is not set.</source>
        <translation>尚未设置日期格式。</translation>
    </message>
    <message>
        <source>The vehicle %1 belongs to another agency, outside your scope.</source>
        <translation>车辆 %1 属于其他单位，不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>Vehicle of another agency</source>
        <translation>其他单位的车辆</translation>
    </message>
</context>
<context>
    <name>FuelRepository</name>
    <message>
        <source>loading a fuel transaction</source>
        <translation>加载加油记录</translation>
    </message>
    <message>
        <source>saving a fuel transaction</source>
        <translation>保存加油记录</translation>
    </message>
    <message>
        <source>checking for a duplicate fuel transaction</source>
        <translation>检查加油记录是否重复</translation>
    </message>
    <message>
        <source>listing fuel transactions</source>
        <translation>列出加油记录</translation>
    </message>
    <message>
        <source>counting fuel transactions</source>
        <translation>统计加油记录数</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Fills a new, empty database with generated demo (small) or benchmark (region) data.</source>
        <translation>向一个新的空数据库填充生成的演示数据（small）或基准测试数据（region）。</translation>
    </message>
    <message>
        <source>The database to create or fill.</source>
        <translation>要创建或填充的数据库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>How much: small (a city bureau, two years) or region (the whole region, ten years).</source>
        <translation>数据规模：small（一个市级机关事务管理局，两年）或 region（全区，十年）。</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>SCALE</translation>
    </message>
    <message>
        <source>The random seed (default 20261128): the same seed and date give the same data.</source>
        <translation>随机种子（默认为 20261128）：种子和日期相同，生成的数据也相同。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The data&apos;s &quot;today&quot; (default: today).</source>
        <translation>数据中的“今天”（默认为今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Name the database to fill with --db PATH.</source>
        <translation>请用 --db PATH 指定要填充的数据库。</translation>
    </message>
    <message>
        <source>Unknown scale &quot;%1&quot;: use small or region.</source>
        <translation>未知的规模“%1”：请使用 small 或 region。</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>种子必须是整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>日期格式必须为 YYYY-MM-DD，而不是“%1”。</translation>
    </message>
    <message>
        <source>Generated %1 data in %2 (seed %3, reference date %4)</source>
        <translation>已在 %2 中生成 %1 数据（种子 %3，基准日期 %4）</translation>
    </message>
    <message>
        <source>Organisation: %1 s; total: %2 s</source>
        <translation>组织机构：%1 秒；总计：%2 秒</translation>
    </message>
    <message>
        <source>Database size: %1</source>
        <translation>数据库大小：%1</translation>
    </message>
    <message>
        <source>Nothing was generated: %1</source>
        <translation>未生成任何数据：%1</translation>
    </message>
    <message>
        <source>Fill a new database with demo or benchmark data</source>
        <translation>向新数据库填充演示数据或基准测试数据</translation>
    </message>
</context>
<context>
    <name>HousingGenerator</name>
    <message>
        <source>generating turnover housing</source>
        <translation>生成周转住房数据</translation>
    </message>
</context>
<context>
    <name>HousingService</name>
    <message>
        <source>The housing complex no longer exists.</source>
        <translation>该住房小区已不存在。</translation>
    </message>
    <message>
        <source>This record belongs to another agency, outside your scope.</source>
        <translation>该记录属于其他单位，不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>The complex needs a code.</source>
        <translation>请填写小区编号。</translation>
    </message>
    <message>
        <source>The complex needs a name.</source>
        <translation>请填写小区名称。</translation>
    </message>
    <message>
        <source>Choose the unit that manages the complex.</source>
        <translation>请选择小区的管理单位。</translation>
    </message>
    <message>
        <source>The rent rate must be more than ¥0 and at most ¥1,000 per m² per month.</source>
        <translation>租金标准须大于 ¥0，且不超过每月每平方米 ¥1,000。</translation>
    </message>
    <message>
        <source>Another complex already has the code %1.</source>
        <translation>编号 %1 已被其他小区使用。</translation>
    </message>
    <message>
        <source>The complex &quot;%1&quot; still has flats; retire it instead.</source>
        <translation>小区“%1”下仍有房屋，请改为停用。</translation>
    </message>
    <message>
        <source>The flat no longer exists.</source>
        <translation>该房屋已不存在。</translation>
    </message>
    <message>
        <source>Choose the complex the flat is in.</source>
        <translation>请选择房屋所在小区。</translation>
    </message>
    <message>
        <source>The flat needs its building.</source>
        <translation>请填写房屋所在楼栋。</translation>
    </message>
    <message>
        <source>The flat needs its number.</source>
        <translation>请填写房号。</translation>
    </message>
    <message>
        <source>The flat&apos;s area must be more than 0 and at most 1,000 m².</source>
        <translation>房屋面积须大于 0，且不超过 1,000 m²。</translation>
    </message>
    <message>
        <source>The flat needs its layout (e.g. 2室1厅).</source>
        <translation>请填写户型（如 2室1厅）。</translation>
    </message>
    <message>
        <source>The floor must lie between -5 and 200.</source>
        <translation>楼层须在 -5 到 200 之间。</translation>
    </message>
    <message>
        <source>Every inventory line needs the item&apos;s name.</source>
        <translation>家具清单的每一行都需要物品名称。</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must be at least 1.</source>
        <translation>“%1”的数量至少为 1。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; cannot be negative.</source>
        <translation>“%1”的价值不能为负数。</translation>
    </message>
    <message>
        <source>The complex already has the flat %1.</source>
        <translation>该小区已有房屋 %1。</translation>
    </message>
    <message>
        <source>A flat that is let or offered cannot move to another complex.</source>
        <translation>已出租或已配租的房屋不能调整到其他小区。</translation>
    </message>
    <message>
        <source>A flat becomes occupied or reserved only through a tenancy or an offer.</source>
        <translation>房屋只能通过租约或配租变为已入住或已预留。</translation>
    </message>
    <message>
        <source>The flat %1 is %2: end the tenancy or the offer first.</source>
        <translation>房屋 %1 当前为“%2”：请先结束租约或配租。</translation>
    </message>
    <message>
        <source>The flat %1 has been offered or let; its history is kept. Set it to maintenance instead.</source>
        <translation>房屋 %1 已配租或出租过，其记录需保留。请改为设为维修。</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>%1&apos;s staff record is retired.</source>
        <translation>%1 的人员记录已停用。</translation>
    </message>
    <message>
        <source>%1 is not a transferred cadre (交流干部).</source>
        <translation>%1 不是交流干部。</translation>
    </message>
    <message>
        <source>%1 has not declared having no housing locally.</source>
        <translation>%1 未声明在本地无住房。</translation>
    </message>
    <message>
        <source>%1 already holds a tenancy.</source>
        <translation>%1 已有在租租约。</translation>
    </message>
    <message>
        <source>%1&apos;s post ended on %2.</source>
        <translation>%1 的任职已于 %2 结束。</translation>
    </message>
    <message>
        <source>%1 already has an open application.</source>
        <translation>%1 已有未办结的申请。</translation>
    </message>
    <message>
        <source>The application date cannot be in the future.</source>
        <translation>申请日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The household size must lie between 1 and 20.</source>
        <translation>家庭人数须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>Choose the layout applied for.</source>
        <translation>请选择申请的户型。</translation>
    </message>
    <message>
        <source>Priority points must lie between 0 and 1000.</source>
        <translation>优先分须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>Priority points need their grounds.</source>
        <translation>优先分需注明依据。</translation>
    </message>
    <message>
        <source>Choose the applicant.</source>
        <translation>请选择申请人。</translation>
    </message>
    <message>
        <source>%1 may not apply for turnover housing:
%2</source>
        <translation>%1 不符合周转住房申请条件：
%2</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>Only a waiting application can be withdrawn (this one is %1).</source>
        <translation>只能撤回轮候中的申请（此申请为“%1”）。</translation>
    </message>
    <message>
        <source>Only a waiting application can be offered a flat (this one is %1).</source>
        <translation>只能向轮候中的申请配租（此申请为“%1”）。</translation>
    </message>
    <message>
        <source>The flat %1 is %2, not vacant.</source>
        <translation>房屋 %1 当前为“%2”，不是空置。</translation>
    </message>
    <message>
        <source>The flat %1 is a %2; the application is for a %3.</source>
        <translation>房屋 %1 为 %2，而申请的户型是 %3。</translation>
    </message>
    <message>
        <source>%1 is at the head of the queue for %2. Offering the flat to anyone else needs a recorded reason.</source>
        <translation>%1 位列 %2 轮候队首。向其他人配租须记录理由。</translation>
    </message>
    <message>
        <source>The flat or the applicant already has an open offer.</source>
        <translation>该房屋或申请人已有未答复的配租。</translation>
    </message>
    <message>
        <source>The offer no longer exists.</source>
        <translation>该配租已不存在。</translation>
    </message>
    <message>
        <source>The offer has already been answered.</source>
        <translation>该配租已答复。</translation>
    </message>
    <message>
        <source>Record why the offer was declined.</source>
        <translation>请记录放弃配租的原因。</translation>
    </message>
    <message>
        <source>Enter the tenancy&apos;s start date.</source>
        <translation>请填写租约起始日期。</translation>
    </message>
    <message>
        <source>The tenancy cannot end before it starts.</source>
        <translation>租约结束日期不能早于起始日期。</translation>
    </message>
    <message>
        <source>The tenancy would end on %1, beyond the maximum term (last day %2). Sign it for the maximum term; a manager may extend it later with a recorded reason.</source>
        <translation>租约将于 %1 到期，超过最长租期（最后一天 %2）。请按最长租期签订；之后可由主管领导记录理由予以延期。</translation>
    </message>
    <message>
        <source>The deposit cannot be negative.</source>
        <translation>押金不能为负数。</translation>
    </message>
    <message>
        <source>The flat or the tenant already has an active tenancy.</source>
        <translation>该房屋或租户已有在租租约。</translation>
    </message>
    <message>
        <source>The tenancy no longer exists.</source>
        <translation>该租约已不存在。</translation>
    </message>
    <message>
        <source>The tenancy has ended.</source>
        <translation>该租约已结束。</translation>
    </message>
    <message>
        <source>The new end must be later than the agreed end (%1).</source>
        <translation>新的到期日须晚于约定到期日（%1）。</translation>
    </message>
    <message>
        <source>Extending a tenancy beyond the maximum term (last day %1) needs a manager&apos;s approval.</source>
        <translation>租约延期超过最长租期（最后一天 %1）须经主管领导批准。</translation>
    </message>
    <message>
        <source>An extension beyond the maximum term needs its reason recorded.</source>
        <translation>超过最长租期的延期须记录理由。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (YYYY-MM).</source>
        <translation>“%1”不是有效月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>The rent roll of %1 cannot be made before the month begins.</source>
        <translation>%1 尚未开始，不能生成该月租金台账。</translation>
    </message>
    <message>
        <source>The rent line no longer exists.</source>
        <translation>该租金条目已不存在。</translation>
    </message>
    <message>
        <source>The amount paid must be more than ¥0.</source>
        <translation>缴款金额须大于 ¥0。</translation>
    </message>
    <message>
        <source>Enter the payment&apos;s date (not in the future).</source>
        <translation>请填写缴款日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>The tenancy has been checked out; its rent was settled then.</source>
        <translation>该租约已退房，租金已在退房时结清。</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The tenancy has already been checked out.</source>
        <translation>该租约已办理退房。</translation>
    </message>
    <message>
        <source>The check-out date must be on or after the start (%1).</source>
        <translation>退房日期不能早于租约起始日（%1）。</translation>
    </message>
    <message>
        <source>The check-out date cannot be in the future.</source>
        <translation>退房日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Utilities cannot be negative.</source>
        <translation>水电燃气费不能为负数。</translation>
    </message>
    <message>
        <source>After check-out the flat is vacant or in maintenance.</source>
        <translation>退房后房屋只能为空置或维修。</translation>
    </message>
    <message>
        <source>The inspection lists an item that is not (or twice) in the flat&apos;s inventory.</source>
        <translation>验房清单中有物品不在房屋家具清单中（或重复列出）。</translation>
    </message>
    <message>
        <source>Every inspection line needs the item&apos;s name.</source>
        <translation>验房清单的每一行都需要物品名称。</translation>
    </message>
    <message>
        <source>A damage cost cannot be negative.</source>
        <translation>损坏赔偿不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in order: it has no damage cost.</source>
        <translation>“%1”完好，不应有损坏赔偿。</translation>
    </message>
    <message>
        <source>Inspect every item of the flat&apos;s inventory (%1 of %2 done).</source>
        <translation>请查验家具清单中的每件物品（已查验 %1 件，共 %2 件）。</translation>
    </message>
    <message>
        <source>Final settlement</source>
        <translation>退房结算</translation>
    </message>
    <message numerus="yes">
        <source>The tenancy of %1 ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>%1 的租约于 %2 到期（还有 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s post ended on %2, but they still occupy the flat.</source>
        <translation>%1 的任职已于 %2 结束，但仍在住。</translation>
    </message>
    <message>
        <source>%1&apos;s staff record is retired, but they still occupy the flat.</source>
        <translation>%1 的人员记录已停用，但仍在住。</translation>
    </message>
    <message numerus="yes">
        <source>%1 owes %2 for %n month(s), since %3.</source>
        <translation>
            <numerusform>%1 自 %3 起欠缴租金 %2，共 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>The flat&apos;s complex lies outside your agency scope.</source>
        <translation>该房屋所在小区不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>The tenancy would end on %1, beyond the maximum term (last day %2).</source>
        <translation>租约将于 %1 到期，超过最长租期（最后一天 %2）。</translation>
    </message>
    <message>
        <source>The deposit and the rent cannot be negative.</source>
        <translation>押金和租金不能为负数。</translation>
    </message>
    <message>
        <source>The tenancy ended on %1, before its start or in the future.</source>
        <translation>租约结束日期 %1 早于起租日期或晚于今天。</translation>
    </message>
</context>
<context>
    <name>HousingTypes</name>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>轮候中</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>已配租</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在租</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Bldg %1</source>
        <translation>%1号楼</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1单元</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The GovAssets database.</source>
        <translation>GovAssets 数据库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A JSON column mapping (else guessed from the headers).</source>
        <translation>JSON 格式的列映射（不指定则根据表头推断）。</translation>
    </message>
    <message>
        <source>Where to write the rejected rows as CSV.</source>
        <translation>被拒绝的行以 CSV 格式写入的文件。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8 or gb18030 (else detected).</source>
        <translation>文件编码：utf-8 或 gb18030（不指定则自动检测）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Fuel quantities in litres or gallons (default litres).</source>
        <translation>加油量单位：升或加仑（默认为升）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>The date format, e.g. yyyy-MM-dd HH:mm (else detected).</source>
        <translation>日期格式，例如 yyyy-MM-dd HH:mm（不指定则自动检测）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation>只要有任何一行被拒绝，即不导入任何数据。</translation>
    </message>
    <message>
        <source>Import as this user; the password is read from standard input.</source>
        <translation>以该用户身份导入；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Name the file to import with --file.</source>
        <translation>请用 --file 指定要导入的文件。</translation>
    </message>
    <message>
        <source>Nothing was imported: </source>
        <translation>未导入任何数据： </translation>
    </message>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Warning: the file is not valid %1; some characters may be wrong (try --encoding).</source>
        <translation>警告：该文件不是有效的 %1 编码，部分字符可能有误（可尝试 --encoding）。</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>文件：%1（%2）</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>被拒绝的行已写入 %1</translation>
    </message>
    <message>
        <source>the file has no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>no row was valid.</source>
        <translation>没有任何有效的行。</translation>
    </message>
    <message>
        <source>Nothing new: every row of the file is already stored.</source>
        <translation>没有新数据：文件中的每一行都已存储。</translation>
    </message>
    <message>
        <source>Fuel: how far (in %) below quantity × unit price an amount paid may be when the file has no discount column (default 0).</source>
        <translation>加油记录：文件中没有优惠金额列时，实付金额最多可低于数量 × 单价的百分比（默认 0）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>--max-discount takes a whole number from 0 to 100.</source>
        <translation>--max-discount 须为 0 至 100 之间的整数。</translation>
    </message>
    <message>
        <source>Use --rejects FILE to save every rejected row with its reason.</source>
        <translation>使用 --rejects FILE 可保存每一条被拒绝的行及其原因。</translation>
    </message>
    <message>
        <source>Replaced: %1 stored record(s) of the same meter and month</source>
        <translation>已替换：%1 条同一计量表同月份的已存记录</translation>
    </message>
    <message>
        <source>Imports vehicles, fuel transactions, energy readings, flats or tenancies from a CSV file.</source>
        <translation>从 CSV 文件导入车辆、加油交易、能耗读数、住房或租赁记录。</translation>
    </message>
    <message>
        <source>What the file holds: vehicles, fuel, readings, flats or tenancies.</source>
        <translation>文件内容：vehicles（车辆）、fuel（加油）、readings（能耗读数）、flats（住房）或 tenancies（租赁）。</translation>
    </message>
    <message>
        <source>Say what to import: vehicles, fuel, readings, flats or tenancies.</source>
        <translation>请指明导入内容：vehicles、fuel、readings、flats 或 tenancies。</translation>
    </message>
    <message>
        <source>Import vehicles, fuel transactions, energy readings, flats or tenancies from CSV</source>
        <translation>从 CSV 导入车辆、加油交易、能耗读数、住房或租赁记录</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected, %3 duplicates.</source>
        <translation>已导入 %1 条，拒绝 %2 条，重复 %3 条。</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 (line %3)</source>
        <translation>
            <numerusform>%1 行 × %2（第 %3 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n other reason(s); save the rejects report to see every row.</source>
        <translation>
            <numerusform>…… 另有 %n 种原因；保存拒绝导入报告可查看每一行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSupport</name>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Fleet number</source>
        <translation>自编号</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>A time of day (%1) needs a date column: map %2 to the column that holds the dates.</source>
        <translation>时刻列（%1）需要配合日期列使用：请将“%2”对应到包含日期的列。</translation>
    </message>
    <message>
        <source>The file has no column for: %1.</source>
        <translation>文件中缺少以下列：%1。</translation>
    </message>
    <message>
        <source>Values can be mapped only for fields with a fixed set of values; &quot;%1&quot; is not one.</source>
        <translation>只有取值固定的字段才能设置值映射；“%1”不是这样的字段。</translation>
    </message>
    <message>
        <source>The value mapping of %1 maps &quot;%2&quot; to &quot;%3&quot;, which is not one of: %4.</source>
        <translation>%1的值映射把“%2”映射为“%3”，但它不是以下取值之一：%4。</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not known (use one of: %2; each may be followed by HH:mm or HH:mm:ss).</source>
        <translation>无法识别日期格式“%1”（请使用以下之一：%2；其后均可加 HH:mm 或 HH:mm:ss）。</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>第 %1 行：%2未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>新增车辆</translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>purchase price</source>
        <translation>购置价格</translation>
    </message>
    <message>
        <source>monthly lease</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>New driver</source>
        <translation>新增驾驶员</translation>
    </message>
    <message>
        <source>Edit driver</source>
        <translation>编辑驾驶员</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>New maintenance record</source>
        <translation>新增维修保养记录</translation>
    </message>
    <message>
        <source>Edit maintenance record</source>
        <translation>编辑维修保养记录</translation>
    </message>
    <message>
        <source>Maintenance record</source>
        <translation>维修保养记录</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新增年检记录</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>编辑年检记录</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>年检</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>年检费用</translation>
    </message>
    <message>
        <source>New insurance policy</source>
        <translation>新增保险单</translation>
    </message>
    <message>
        <source>Edit insurance policy</source>
        <translation>编辑保险单</translation>
    </message>
    <message>
        <source>Insurance policy</source>
        <translation>保险单</translation>
    </message>
    <message>
        <source>premium</source>
        <translation>保险费</translation>
    </message>
    <message>
        <source>New violation</source>
        <translation>新增违章记录</translation>
    </message>
    <message>
        <source>Edit violation</source>
        <translation>编辑违章记录</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>New accident</source>
        <translation>新增事故记录</translation>
    </message>
    <message>
        <source>Edit accident</source>
        <translation>编辑事故记录</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>New fuel transaction</source>
        <translation>新增加油（充电）记录</translation>
    </message>
    <message>
        <source>Edit fuel transaction</source>
        <translation>编辑加油（充电）记录</translation>
    </message>
    <message>
        <source>Fuel transaction</source>
        <translation>加油（充电）记录</translation>
    </message>
    <message>
        <source>Enter the quantity as a number of litres or kWh.</source>
        <translation>请输入数量，单位为升或 kWh。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>New long-term assignment</source>
        <translation>新增相对固定派遣</translation>
    </message>
    <message>
        <source>Edit long-term assignment</source>
        <translation>编辑相对固定派遣</translation>
    </message>
    <message>
        <source>Long-term assignment</source>
        <translation>相对固定派遣</translation>
    </message>
</context>
<context>
    <name>LiaisonRepository</name>
    <message>
        <source>loading the dispatch liaisons</source>
        <translation>加载派车联络员</translation>
    </message>
    <message>
        <source>loading a dispatch liaison</source>
        <translation>加载派车联络员</translation>
    </message>
    <message>
        <source>looking up a dispatch liaison</source>
        <translation>查找派车联络员</translation>
    </message>
    <message>
        <source>registering a dispatch liaison</source>
        <translation>登记派车联络员</translation>
    </message>
    <message>
        <source>saving a dispatch liaison</source>
        <translation>保存派车联络员</translation>
    </message>
    <message>
        <source>loading the department&apos;s earlier requests</source>
        <translation>加载该部门以往的用车申请</translation>
    </message>
</context>
<context>
    <name>MeterRepository</name>
    <message>
        <source>loading a meter</source>
        <translation>加载计量表</translation>
    </message>
    <message>
        <source>listing meters</source>
        <translation>列出计量表</translation>
    </message>
    <message>
        <source>counting meters</source>
        <translation>统计计量表数量</translation>
    </message>
    <message>
        <source>loading a building</source>
        <translation>加载办公楼</translation>
    </message>
    <message>
        <source>listing buildings</source>
        <translation>列出办公楼</translation>
    </message>
    <message>
        <source>checking a meter number</source>
        <translation>检查表号</translation>
    </message>
    <message>
        <source>checking a meter&apos;s readings</source>
        <translation>检查计量表的抄表记录</translation>
    </message>
    <message>
        <source>saving a new meter</source>
        <translation>保存新计量表</translation>
    </message>
    <message>
        <source>saving a meter</source>
        <translation>保存计量表</translation>
    </message>
    <message>
        <source>changing a meter&apos;s status</source>
        <translation>更改计量表状态</translation>
    </message>
    <message>
        <source>deleting a meter</source>
        <translation>删除计量表</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Brings a database&apos;s schema up to this program&apos;s version (a file is backed up first).</source>
        <translation>将数据库结构升级到本程序的版本（文件存储会先备份）。</translation>
    </message>
    <message>
        <source>The database: a file, or postgresql://user@host:port/name.</source>
        <translation>数据库：一个文件，或 postgresql://用户@主机:端口/名称。</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Name the database with --db LOCATION.</source>
        <translation>请用 --db 位置 指定数据库。</translation>
    </message>
    <message>
        <source>%1 is at schema %2, this program&apos;s latest.</source>
        <translation>%1 的结构版本为 %2，即本程序的最新版本。</translation>
    </message>
    <message>
        <source>Bring a database&apos;s schema up to this program&apos;s</source>
        <translation>将数据库结构升级到本程序的版本</translation>
    </message>
</context>
<context>
    <name>OfficeGenerator</name>
    <message>
        <source>generating allocations</source>
        <translation>生成分配记录</translation>
    </message>
    <message>
        <source>generating rooms</source>
        <translation>生成房间</translation>
    </message>
    <message>
        <source>generating lendings</source>
        <translation>生成出借记录</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message numerus="yes">
        <source>Office area check: %1 over-standard case(s) opened, %2 closed, %3 updated (%n person(s) checked).</source>
        <translation>
            <numerusform>办公面积核查：新建超标案件 %1 件，关闭 %2 件，更新 %3 件（核查 %n 人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The washroom allowance must lie between 0 and %1.</source>
        <translation>卫生间面积补贴须在 0 至 %1 之间。</translation>
    </message>
    <message>
        <source>The rectification period must lie between 1 and %1 days.</source>
        <translation>整改期限须在 1 至 %1 天之间。</translation>
    </message>
    <message>
        <source>There is no rank with the code &quot;%1&quot;.</source>
        <translation>没有代码为“%1”的职级。</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>The room no longer exists.</source>
        <translation>该房间已不存在。</translation>
    </message>
    <message>
        <source>This record belongs to another agency, outside your scope.</source>
        <translation>该记录属于其他单位，不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>Choose the room&apos;s building.</source>
        <translation>请选择房间所在的建筑。</translation>
    </message>
    <message>
        <source>The chosen building no longer exists.</source>
        <translation>所选建筑已不存在。</translation>
    </message>
    <message>
        <source>The building &quot;%1&quot; is retired and cannot receive new rooms.</source>
        <translation>建筑“%1”已停用，不能新增房间。</translation>
    </message>
    <message>
        <source>Enter the room number.</source>
        <translation>请输入房间号。</translation>
    </message>
    <message>
        <source>The floor must lie between -10 and 200.</source>
        <translation>楼层须在 -10 至 200 之间。</translation>
    </message>
    <message>
        <source>Enter the room&apos;s usable area (above zero).</source>
        <translation>请输入房间的使用面积（大于零）。</translation>
    </message>
    <message>
        <source>A room&apos;s area cannot exceed %1.</source>
        <translation>房间面积不能超过 %1。</translation>
    </message>
    <message>
        <source>The gross area (%1) cannot be less than the usable area (%2).</source>
        <translation>建筑面积（%1）不能小于使用面积（%2）。</translation>
    </message>
    <message>
        <source>Choose the room&apos;s owner agency.</source>
        <translation>请选择房间的权属单位。</translation>
    </message>
    <message>
        <source>The owner agency no longer exists.</source>
        <translation>权属单位已不存在。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is retired and cannot own rooms.</source>
        <translation>部门“%1”已撤销，不能作为房间的权属单位。</translation>
    </message>
    <message>
        <source>The building &quot;%1&quot; already has a room &quot;%2&quot;.</source>
        <translation>建筑“%1”已有房间“%2”。</translation>
    </message>
    <message>
        <source>End the room&apos;s allocations before turning it from an office into another kind of room, or back.</source>
        <translation>在把办公室改为其他用途（或改回办公室）之前，请先结束该房间的分配。</translation>
    </message>
    <message>
        <source>Room %1 has been disposed of and can no longer be changed.</source>
        <translation>房间 %1 已处置，不能再修改。</translation>
    </message>
    <message>
        <source>Room %1 is %2; its repair state cannot be changed.</source>
        <translation>房间 %1 为“%2”状态，不能更改其维修状态。</translation>
    </message>
    <message>
        <source>Room %1 is already under repair.</source>
        <translation>房间 %1 已在维修中。</translation>
    </message>
    <message>
        <source>Room %1 is not under repair.</source>
        <translation>房间 %1 不在维修中。</translation>
    </message>
    <message>
        <source>Room %1 is in use: end or move its allocations before it goes under repair.</source>
        <translation>房间 %1 正在使用：维修前请先结束或调整其分配。</translation>
    </message>
    <message>
        <source>Room %1 has already been disposed of.</source>
        <translation>房间 %1 已经处置。</translation>
    </message>
    <message>
        <source>Room %1 is lent out: end the lending first.</source>
        <translation>房间 %1 已出借：请先结束出借。</translation>
    </message>
    <message>
        <source>Enter the date of the disposal.</source>
        <translation>请输入处置日期。</translation>
    </message>
    <message>
        <source>Enter the reason for the disposal.</source>
        <translation>请输入处置原因。</translation>
    </message>
    <message>
        <source>Room %1 is still allocated: end its allocations before disposing of it.</source>
        <translation>房间 %1 仍在分配中：处置前请先结束其分配。</translation>
    </message>
    <message>
        <source>Choose either a staff member or a department to allocate the room to.</source>
        <translation>请选择分配对象：一名人员或一个部门。</translation>
    </message>
    <message>
        <source>Room %1 is %2 and cannot be allocated.</source>
        <translation>房间 %1 为“%2”状态，不能分配。</translation>
    </message>
    <message>
        <source>%1 has retired and cannot be allocated an office.</source>
        <translation>%1 已退休，不能分配办公室。</translation>
    </message>
    <message>
        <source>Room %1 is a %2: only offices are allocated to people; allocate it to a department.</source>
        <translation>房间 %1 是%2：只有办公室分配给个人，请将其分配给部门。</translation>
    </message>
    <message>
        <source>%1 already sits in room %2.</source>
        <translation>%1 已在房间 %2 办公。</translation>
    </message>
    <message>
        <source>%1&apos;s current allocation starts on %2: a move must start after it.</source>
        <translation>%1 当前的分配始于 %2：调整须在此日期之后开始。</translation>
    </message>
    <message>
        <source>%1 already has an allocation starting after %2.</source>
        <translation>%1 已有一条在 %2 之后开始的分配。</translation>
    </message>
    <message>
        <source>%1 (share %2, limit %3)</source>
        <translation>%1（人均 %2，标准 %3）</translation>
    </message>
    <message>
        <source>This allocation exceeds the office area standard for %1. Only a manager may approve it, with a reason.</source>
        <translation>此次分配将使 %1 超出办公用房面积标准，只有主管可以审批，并须说明理由。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This allocation exceeds the office area standard for %1. Enter the reason for approving it.</source>
        <translation>此次分配将使 %1 超出办公用房面积标准，请输入审批理由。</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is retired.</source>
        <translation>部门“%1”已撤销。</translation>
    </message>
    <message>
        <source>Room %1 is an office: offices are allocated to people.</source>
        <translation>房间 %1 是办公室：办公室分配给个人。</translation>
    </message>
    <message>
        <source>The allocation no longer exists.</source>
        <translation>该分配记录已不存在。</translation>
    </message>
    <message>
        <source>This allocation already ended on %1.</source>
        <translation>该分配已于 %1 结束。</translation>
    </message>
    <message>
        <source>An allocation must end after it starts (%1).</source>
        <translation>分配的结束日期须晚于开始日期（%1）。</translation>
    </message>
    <message>
        <source>The over-standard case no longer exists.</source>
        <translation>该超标整改案件已不存在。</translation>
    </message>
    <message>
        <source>This case is closed.</source>
        <translation>该案件已关闭。</translation>
    </message>
    <message>
        <source>Enter the rectification deadline.</source>
        <translation>请输入整改期限。</translation>
    </message>
    <message>
        <source>The deadline cannot lie before the case was opened (%1).</source>
        <translation>整改期限不能早于立案日期（%1）。</translation>
    </message>
</context>
<context>
    <name>OfficeTypes</name>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Service room</source>
        <translation>服务用房</translation>
    </message>
    <message>
        <source>Equipment room</source>
        <translation>设备用房</translation>
    </message>
    <message>
        <source>Ancillary room</source>
        <translation>附属用房</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Print room</source>
        <translation>文印室</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待室</translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation>食堂</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>其他服务用房</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>出借出租</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>已处置</translation>
    </message>
</context>
<context>
    <name>OrgGenerator</name>
    <message>
        <source>reading the rank table</source>
        <translation>读取职级表</translation>
    </message>
    <message>
        <source>The rank table lacks the rank %1; the generator needs the seeded ranks.</source>
        <translation>职级表缺少职级 %1；生成器需要预置的职级数据。</translation>
    </message>
    <message>
        <source>generating departments</source>
        <translation>生成部门</translation>
    </message>
    <message>
        <source>generating staff</source>
        <translation>生成人员</translation>
    </message>
    <message>
        <source>generating buildings</source>
        <translation>生成办公楼</translation>
    </message>
</context>
<context>
    <name>OrgService</name>
    <message>
        <source>sub-departments</source>
        <translation>下级部门</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>vehicle trips</source>
        <translation>用车任务</translation>
    </message>
    <message>
        <source>vehicle assignments</source>
        <translation>相对固定派遣记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name.</source>
        <translation>请输入部门名称。</translation>
    </message>
    <message>
        <source>Enter the department&apos;s code.</source>
        <translation>请输入部门编码。</translation>
    </message>
    <message>
        <source>The approved area cannot be negative.</source>
        <translation>核定面积不能为负数。</translation>
    </message>
    <message>
        <source>Another department already has the code &quot;%1&quot;.</source>
        <translation>部门编码“%1”已被其他部门使用。</translation>
    </message>
    <message>
        <source>A bureau is the top of the tree and cannot be placed under another department.</source>
        <translation>机关事务管理局为最上级，不能隶属于其他部门。</translation>
    </message>
    <message>
        <source>A division must belong to a parent department.</source>
        <translation>处室必须隶属于上级部门。</translation>
    </message>
    <message>
        <source>A department cannot be placed under itself or under one of its own sub-departments.</source>
        <translation>部门不能隶属于其自身或其下级部门。</translation>
    </message>
    <message>
        <source>The parent department no longer exists.</source>
        <translation>上级部门已不存在。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is retired and cannot receive new sub-departments.</source>
        <translation>部门“%1”已停用，不能再新增下级部门。</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under a %2.</source>
        <translation>%1不能隶属于%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot become a %2: its sub-department &quot;%3&quot; is a %4.</source>
        <translation>“%1”不能改为%2：其下级部门“%3”为%4。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is already retired.</source>
        <translation>部门“%1”已处于停用状态。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n active sub-department(s). Retire or move them first.</source>
        <translation>
            <numerusform>“%1”仍有 %n 个在用的下级部门，请先将其停用或移走。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n active staff member(s). Move or retire them first.</source>
        <translation>
            <numerusform>“%1”仍有 %n 名在岗人员，请先将其调出或停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is already active.</source>
        <translation>部门“%1”已处于启用状态。</translation>
    </message>
    <message>
        <source>Reactivate the parent department &quot;%1&quot; first.</source>
        <translation>请先重新启用上级部门“%1”。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; cannot be deleted because other records refer to it (%2). Retire it instead.</source>
        <translation>部门“%1”已被其他记录引用（%2），不能删除，请改为停用。</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <source>Enter the staff number.</source>
        <translation>请输入人员编号。</translation>
    </message>
    <message>
        <source>Choose the staff member&apos;s department.</source>
        <translation>请选择人员所在部门。</translation>
    </message>
    <message>
        <source>Choose the staff member&apos;s rank.</source>
        <translation>请选择人员职级。</translation>
    </message>
    <message>
        <source>The post cannot end (%1) before it starts (%2).</source>
        <translation>任职结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Another staff member already has the staff number &quot;%1&quot;.</source>
        <translation>人员编号“%1”已被其他人员使用。</translation>
    </message>
    <message>
        <source>The chosen department no longer exists.</source>
        <translation>所选部门已不存在。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is retired and cannot receive new staff.</source>
        <translation>部门“%1”已停用，不能再增加人员。</translation>
    </message>
    <message>
        <source>The chosen rank no longer exists.</source>
        <translation>所选职级已不存在。</translation>
    </message>
    <message>
        <source>The rank &quot;%1&quot; is no longer in use; choose another.</source>
        <translation>职级“%1”已停止使用，请另选职级。</translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation>%1已处于停用状态。</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1已处于启用状态。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is retired: move %2 to an active department first.</source>
        <translation>部门“%1”已停用：请先将%2调至在用部门。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to them (%2). Retire them instead.</source>
        <translation>%1已被其他记录引用（%2），不能删除，请改为停用。</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>该办公楼已不存在。</translation>
    </message>
    <message>
        <source>Enter the building&apos;s name.</source>
        <translation>请输入办公楼名称。</translation>
    </message>
    <message>
        <source>Enter the building&apos;s code.</source>
        <translation>请输入办公楼编码。</translation>
    </message>
    <message>
        <source>Areas cannot be negative.</source>
        <translation>面积不能为负数。</translation>
    </message>
    <message>
        <source>The usable area (%1) cannot exceed the gross floor area (%2).</source>
        <translation>使用面积（%1）不能大于建筑面积（%2）。</translation>
    </message>
    <message>
        <source>The number of energy users cannot be negative.</source>
        <translation>用能人数不能为负数。</translation>
    </message>
    <message>
        <source>The year built must lie between %1 and %2.</source>
        <translation>建成年份须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>Another building already has the code &quot;%1&quot;.</source>
        <translation>办公楼编码“%1”已被其他办公楼使用。</translation>
    </message>
    <message>
        <source>The managing department no longer exists.</source>
        <translation>管理部门已不存在。</translation>
    </message>
    <message>
        <source>The department &quot;%1&quot; is retired and cannot manage buildings.</source>
        <translation>部门“%1”已停用，不能管理办公楼。</translation>
    </message>
    <message>
        <source>The building &quot;%1&quot; is already retired.</source>
        <translation>办公楼“%1”已处于停用状态。</translation>
    </message>
    <message>
        <source>The building &quot;%1&quot; is already active.</source>
        <translation>办公楼“%1”已处于启用状态。</translation>
    </message>
    <message>
        <source>The building &quot;%1&quot; cannot be deleted because other records refer to it (%2). Retire it instead.</source>
        <translation>办公楼“%1”已被其他记录引用（%2），不能删除，请改为停用。</translation>
    </message>
    <message>
        <source>The rank no longer exists.</source>
        <translation>该职级已不存在。</translation>
    </message>
    <message>
        <source>Enter the rank&apos;s name.</source>
        <translation>请输入职级名称。</translation>
    </message>
    <message>
        <source>The office area limit must be above zero.</source>
        <translation>办公用房面积标准必须大于零。</translation>
    </message>
    <message>
        <source>The office area limit cannot exceed %1.</source>
        <translation>办公用房面积标准不能超过 %1。</translation>
    </message>
    <message>
        <source>This record belongs to another agency, outside your scope.</source>
        <translation>该记录属于其他单位，不在您的管辖范围内。</translation>
    </message>
</context>
<context>
    <name>OrgSql</name>
    <message>
        <source>checking what refers to a record</source>
        <translation>检查引用该记录的数据</translation>
    </message>
</context>
<context>
    <name>OrgTypes</name>
    <message>
        <source>Bureau</source>
        <translation>机关事务管理局</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>处室</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇级</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not be initialised.</source>
        <translation>无法初始化密码库。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法计算密码哈希值（内存不足）。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>业务经办人员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>公务用车</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>办公用房</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>周转住房</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗统计</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>edit standards tables</source>
        <translation>编辑标准表</translation>
    </message>
    <message>
        <source>edit organisation records</source>
        <translation>编辑组织机构信息</translation>
    </message>
    <message>
        <source>edit vehicle records</source>
        <translation>编辑车辆台账</translation>
    </message>
    <message>
        <source>request vehicles</source>
        <translation>申请用车</translation>
    </message>
    <message>
        <source>dispatch vehicles</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>approve vehicle requests</source>
        <translation>审批用车申请</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>edit energy records</source>
        <translation>编辑能耗数据</translation>
    </message>
    <message>
        <source>edit housing records</source>
        <translation>编辑周转住房记录</translation>
    </message>
    <message>
        <source>approve tenancy extensions beyond the maximum term</source>
        <translation>批准超过最长租期的延期</translation>
    </message>
    <message>
        <source>edit the office-space register</source>
        <translation>编辑办公用房台账</translation>
    </message>
    <message>
        <source>approve office allocations over the limit</source>
        <translation>审批超标准的办公用房分配</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>Could not complete %1: the data conflicts with stored records (%2).</source>
        <translation>无法完成%1：数据与已存储的记录冲突（%2）。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>QuotaRepository</name>
    <message>
        <source>loading a quota</source>
        <translation>加载定额</translation>
    </message>
    <message>
        <source>saving a quota</source>
        <translation>保存定额</translation>
    </message>
</context>
<context>
    <name>RankRepository</name>
    <message>
        <source>loading a rank</source>
        <translation>加载职级</translation>
    </message>
    <message>
        <source>loading the ranks</source>
        <translation>加载职级列表</translation>
    </message>
    <message>
        <source>counting the staff of a rank</source>
        <translation>统计某职级的人员数</translation>
    </message>
    <message>
        <source>saving a rank</source>
        <translation>保存职级</translation>
    </message>
</context>
<context>
    <name>ReadingImporter</name>
    <message>
        <source>Energy readings</source>
        <translation>能耗抄表数据</translation>
    </message>
    <message>
        <source>Energy type</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <source>Building code</source>
        <translation>办公楼编码</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>The file has neither a month and a value column (a row per reading) nor a column per month such as &quot;2026-01&quot; (a row per meter).</source>
        <translation>文件既没有月份列和读数列（每行一条读数），也没有“2026-01”这样的按月列（每行一块计量表）。</translation>
    </message>
    <message>
        <source>Map the meter number or the energy type column, so that each row finds its meter.</source>
        <translation>请映射表号列或能源品种列，以便每一行找到对应的计量表。</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; is not known.</source>
        <translation>未知的单位“%1”。</translation>
    </message>
    <message>
        <source>The building %1 has no active meter numbered &quot;%2&quot;.</source>
        <translation>办公楼 %1 没有表号为“%2”的在用计量表。</translation>
    </message>
    <message>
        <source>Unknown meter</source>
        <translation>未知计量表</translation>
    </message>
    <message>
        <source>Give the meter number or the energy type.</source>
        <translation>请填写表号或能源品种。</translation>
    </message>
    <message>
        <source>The building %1 has several %2 meters: give the meter number.</source>
        <translation>办公楼 %1 有多块%2计量表，请填写表号。</translation>
    </message>
    <message>
        <source>The building %1 has no active %2 meter.</source>
        <translation>办公楼 %1 没有在用的%2计量表。</translation>
    </message>
    <message>
        <source>No meter of the type</source>
        <translation>没有该品种的计量表</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a reading.</source>
        <translation>%1：“%2”不是有效读数。</translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; is unknown or does not convert to the meter&apos;s %2.</source>
        <translation>单位“%1”未知，或无法换算为计量表的单位 %2。</translation>
    </message>
    <message>
        <source>Unknown unit</source>
        <translation>未知单位</translation>
    </message>
    <message>
        <source>A units row</source>
        <translation>单位行</translation>
    </message>
    <message>
        <source>The building code is empty.</source>
        <translation>办公楼编码为空。</translation>
    </message>
    <message>
        <source>The building %1 is unknown or outside your scope.</source>
        <translation>办公楼 %1 不存在或不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>Unknown building</source>
        <translation>未知办公楼</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (use 2026-01).</source>
        <translation>“%1”不是有效月份（请使用 2026-01 格式）。</translation>
    </message>
    <message>
        <source>The meter %1 is read from %2 on.</source>
        <translation>计量表 %1 自 %2 起抄表。</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>读数为空。</translation>
    </message>
    <message>
        <source>The row has no reading in any month.</source>
        <translation>该行没有任何月份的读数。</translation>
    </message>
    <message>
        <source>Meter %1/%2 for %3 is already on line %4.</source>
        <translation>计量表 %1/%2 的 %3 读数已在第 %4 行。</translation>
    </message>
</context>
<context>
    <name>ReadingRepository</name>
    <message>
        <source>loading a reading</source>
        <translation>加载抄表记录</translation>
    </message>
    <message>
        <source>loading the previous reading</source>
        <translation>加载上次抄表记录</translation>
    </message>
    <message>
        <source>loading the next reading</source>
        <translation>加载下次抄表记录</translation>
    </message>
    <message>
        <source>loading the meter&apos;s history</source>
        <translation>加载计量表历史记录</translation>
    </message>
    <message>
        <source>loading a meter&apos;s readings</source>
        <translation>加载计量表的抄表记录</translation>
    </message>
    <message>
        <source>loading the entry grid</source>
        <translation>加载月度录入表</translation>
    </message>
    <message>
        <source>adding up the readings</source>
        <translation>汇总抄表数据</translation>
    </message>
    <message>
        <source>counting the readings</source>
        <translation>统计抄表记录</translation>
    </message>
    <message>
        <source>saving a reading</source>
        <translation>保存抄表记录</translation>
    </message>
    <message>
        <source>replacing a month&apos;s readings</source>
        <translation>替换当月抄表记录</translation>
    </message>
</context>
<context>
    <name>RentRepository</name>
    <message>
        <source>listing the tenancies to bill</source>
        <translation>列出应计租的租约</translation>
    </message>
    <message>
        <source>listing the month&apos;s rent lines</source>
        <translation>列出本月租金条目</translation>
    </message>
    <message>
        <source>writing the rent roll</source>
        <translation>写入租金台账</translation>
    </message>
    <message>
        <source>loading a rent line</source>
        <translation>读取租金条目</translation>
    </message>
    <message>
        <source>loading a tenancy&apos;s rent lines</source>
        <translation>读取租约的租金条目</translation>
    </message>
    <message>
        <source>loading a tenancy&apos;s unpaid rent</source>
        <translation>读取租约的欠缴租金</translation>
    </message>
    <message>
        <source>changing a rent line</source>
        <translation>更改租金条目</translation>
    </message>
    <message>
        <source>recording a payment on a rent line</source>
        <translation>记录租金缴款</translation>
    </message>
    <message>
        <source>listing the rent roll</source>
        <translation>列出租金台账</translation>
    </message>
    <message>
        <source>adding up the rent roll</source>
        <translation>汇总租金台账</translation>
    </message>
    <message>
        <source>saving a rent payment</source>
        <translation>保存租金缴款</translation>
    </message>
    <message>
        <source>listing a tenancy&apos;s payments</source>
        <translation>列出租约的缴款</translation>
    </message>
    <message>
        <source>listing arrears</source>
        <translation>列出欠租</translation>
    </message>
    <message>
        <source>counting arrears</source>
        <translation>统计欠租</translation>
    </message>
    <message>
        <source>adding up arrears per complex</source>
        <translation>按小区汇总欠租</translation>
    </message>
</context>
<context>
    <name>RoomRepository</name>
    <message>
        <source>loading a room</source>
        <translation>加载房间</translation>
    </message>
    <message>
        <source>checking a room number</source>
        <translation>检查房间号</translation>
    </message>
    <message>
        <source>listing rooms</source>
        <translation>列出房间</translation>
    </message>
    <message>
        <source>listing the occupants of rooms</source>
        <translation>列出房间的使用人</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>listing the over-standard rooms</source>
        <translation>列出超标房间</translation>
    </message>
    <message>
        <source>counting rooms</source>
        <translation>统计房间</translation>
    </message>
    <message>
        <source>listing the floors</source>
        <translation>列出楼层</translation>
    </message>
    <message>
        <source>looking for offices</source>
        <translation>查找办公室</translation>
    </message>
    <message>
        <source>looking for a department&apos;s rooms</source>
        <translation>查找部门的房间</translation>
    </message>
    <message>
        <source>adding up the departments&apos; rooms</source>
        <translation>汇总各部门的房间</translation>
    </message>
    <message>
        <source>counting the occupants of a room</source>
        <translation>统计房间的使用人</translation>
    </message>
    <message>
        <source>saving a new room</source>
        <translation>保存新房间</translation>
    </message>
    <message>
        <source>saving a room</source>
        <translation>保存房间</translation>
    </message>
    <message>
        <source>changing the status of a room</source>
        <translation>更改房间状态</translation>
    </message>
    <message>
        <source>disposing of a room</source>
        <translation>处置房间</translation>
    </message>
</context>
<context>
    <name>RowCells</name>
    <message>
        <source>%1: not readable</source>
        <translation>%1：无法识别</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the known values; map it to one in the value mapping.</source>
        <translation>%1：“%2”不是可识别的取值；请在值映射中为其指定取值。</translation>
    </message>
    <message>
        <source>%1: values not recognised</source>
        <translation>%1：无法识别的取值</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount of money.</source>
        <translation>%1：“%2”不是有效金额。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the format %3.</source>
        <translation>%1：“%2”不是格式为 %3 的日期。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day.</source>
        <translation>%1：“%2”不是有效的时刻。</translation>
    </message>
</context>
<context>
    <name>ScopeGuard</name>
    <message>
        <source>the region as a whole (no agency)</source>
        <translation>全区（不属于任何单位）</translation>
    </message>
    <message>
        <source>This record belongs to %1, outside your scope (%2): you may change only the records of your own agency.</source>
        <translation>该记录属于%1，不在您的管辖范围（%2）内：您只能修改本单位的记录。</translation>
    </message>
    <message>
        <source>loading a department</source>
        <translation>加载部门</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>部门 %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot hold spaces or &quot;@&quot;.</source>
        <translation>服务器名称不能包含空格或“@”。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>The database&apos;s name cannot hold &quot;/&quot; or &quot;?&quot;.</source>
        <translation>数据库名称不能包含“/”或“?”。</translation>
    </message>
    <message>
        <source>Enter the user name GovAssets connects as.</source>
        <translation>请输入 GovAssets 连接所用的用户名。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are not allowed to %1 (role: %2).</source>
        <translation>您无权%1（角色：%2）。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>reading a setting</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be a whole number above zero.</source>
        <translation>设置项“%1”必须是大于零的整数。</translation>
    </message>
    <message>
        <source>The bureau&apos;s name may not be empty.</source>
        <translation>机关事务管理局名称不能为空。</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be 0 (no) or 1 (yes).</source>
        <translation>设置“%1”只能为 0（否）或 1（是）。</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>loading a staff member</source>
        <translation>加载人员信息</translation>
    </message>
    <message>
        <source>looking up a staff number</source>
        <translation>查询人员编号</translation>
    </message>
    <message>
        <source>listing staff</source>
        <translation>列出人员</translation>
    </message>
    <message>
        <source>counting staff</source>
        <translation>统计人员数</translation>
    </message>
    <message>
        <source>checking a staff number</source>
        <translation>检查人员编号</translation>
    </message>
    <message>
        <source>saving a new staff member</source>
        <translation>保存新增人员</translation>
    </message>
    <message>
        <source>saving a staff member</source>
        <translation>保存人员信息</translation>
    </message>
    <message>
        <source>changing the status of a staff member</source>
        <translation>更改人员状态</translation>
    </message>
    <message>
        <source>deleting a staff member</source>
        <translation>删除人员</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database has users: give --user NAME and the password on standard input.</source>
        <translation>该数据库已有用户：请用 --user NAME 指定用户，并通过标准输入提供密码。</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>GovAssets demo</source>
        <translation>GovAssets 演示版</translation>
    </message>
    <message>
        <source>GovAssets</source>
        <translation>GovAssets</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2</source>
        <translation>未知页面“%1”。可用页面：%2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written: %1

GovAssets goes on; back up with File → Back up… when the problem is solved.</source>
        <translation>今天的自动备份未能写入：%1

程序继续运行；问题解决后请用“文件 → 备份…”手动备份。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Writing today&apos;s automatic backup…</source>
        <translation>正在写入今天的自动备份…</translation>
    </message>
</context>
<context>
    <name>StatisticsRepository</name>
    <message>
        <source>computing vehicle statistics</source>
        <translation>计算车辆统计数据</translation>
    </message>
    <message>
        <source>computing department statistics</source>
        <translation>计算部门统计数据</translation>
    </message>
    <message>
        <source>computing driver statistics</source>
        <translation>计算驾驶员统计数据</translation>
    </message>
    <message>
        <source>computing the fleet composition</source>
        <translation>计算车辆构成</translation>
    </message>
    <message>
        <source>computing the fleet&apos;s age</source>
        <translation>计算车龄</translation>
    </message>
    <message>
        <source>counting vehicle purchases</source>
        <translation>统计车辆购置数量</translation>
    </message>
</context>
<context>
    <name>TenancyImporter</name>
    <message>
        <source>Tenancies</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Tenant&apos;s staff number</source>
        <translation>租户人员编号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起租日期</translation>
    </message>
    <message>
        <source>Agreed end</source>
        <translation>约定到期日</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>退房日期</translation>
    </message>
    <message>
        <source>loading the staff</source>
        <translation>读取人员</translation>
    </message>
    <message>
        <source>No staff member has the number &quot;%1&quot;.</source>
        <translation>没有编号为“%1”的人员。</translation>
    </message>
    <message>
        <source>No staff member has this number</source>
        <translation>没有该编号的人员</translation>
    </message>
    <message>
        <source>The start date is empty.</source>
        <translation>起租日期为空。</translation>
    </message>
    <message>
        <source>The flat %1 already has an active tenancy earlier in the file.</source>
        <translation>房屋 %1 在文件前面已有在租租约。</translation>
    </message>
    <message>
        <source>%1 already has an active tenancy earlier in the file.</source>
        <translation>%1 在文件前面已有在租租约。</translation>
    </message>
</context>
<context>
    <name>TenancyRepository</name>
    <message>
        <source>loading a tenancy</source>
        <translation>读取租约</translation>
    </message>
    <message>
        <source>loading a flat&apos;s tenancy</source>
        <translation>读取房屋的租约</translation>
    </message>
    <message>
        <source>loading a tenant&apos;s tenancy</source>
        <translation>读取租户的租约</translation>
    </message>
    <message>
        <source>listing tenancies</source>
        <translation>列出租约</translation>
    </message>
    <message>
        <source>counting tenancies</source>
        <translation>统计租约</translation>
    </message>
    <message>
        <source>listing tenancies that end soon</source>
        <translation>列出即将到期的租约</translation>
    </message>
    <message>
        <source>listing tenants whose post has ended</source>
        <translation>列出任职已结束的租户</translation>
    </message>
    <message>
        <source>saving a new tenancy</source>
        <translation>保存新租约</translation>
    </message>
    <message>
        <source>changing the end of a tenancy</source>
        <translation>更改租约到期日</translation>
    </message>
    <message>
        <source>carrying a tenant&apos;s credit</source>
        <translation>结转租户预缴余额</translation>
    </message>
    <message>
        <source>ending a tenancy</source>
        <translation>结束租约</translation>
    </message>
    <message>
        <source>recording a tenancy extension</source>
        <translation>记录租约延期</translation>
    </message>
    <message>
        <source>listing a tenancy&apos;s extensions</source>
        <translation>列出租约的延期记录</translation>
    </message>
    <message>
        <source>saving a check-out</source>
        <translation>保存退房记录</translation>
    </message>
    <message>
        <source>saving a check-out&apos;s inspection</source>
        <translation>保存退房验房记录</translation>
    </message>
    <message>
        <source>loading a check-out</source>
        <translation>读取退房记录</translation>
    </message>
    <message>
        <source>loading a check-out&apos;s inspection</source>
        <translation>读取退房验房记录</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
    <message>
        <source>The change could not be saved: other users&apos; changes to the same records kept it from completing (%1 tries). Please try again.
%2</source>
        <translation>无法保存更改：其他用户对相同记录的更改使其无法完成（已尝试 %1 次）。请重试。
%2</translation>
    </message>
</context>
<context>
    <name>TripRepository</name>
    <message>
        <source>saving the vehicle request</source>
        <translation>保存用车申请</translation>
    </message>
    <message>
        <source>saving the trip</source>
        <translation>保存出车记录</translation>
    </message>
    <message>
        <source>loading a trip</source>
        <translation>加载出车记录</translation>
    </message>
    <message>
        <source>numbering the vehicle request</source>
        <translation>为用车申请编号</translation>
    </message>
    <message>
        <source>checking for overlapping trips</source>
        <translation>检查出车时间冲突</translation>
    </message>
    <message>
        <source>finding busy vehicles and drivers</source>
        <translation>查找已占用的车辆和驾驶员</translation>
    </message>
    <message>
        <source>loading the dispatch board</source>
        <translation>加载派车调度台</translation>
    </message>
    <message>
        <source>loading the pending requests</source>
        <translation>加载待处理的用车申请</translation>
    </message>
    <message>
        <source>loading the trips list</source>
        <translation>加载出车列表</translation>
    </message>
    <message>
        <source>counting trips</source>
        <translation>统计出车次数</translation>
    </message>
</context>
<context>
    <name>TripTime</name>
    <message>
        <source>&quot;%1&quot; is not a time: type e.g. 14:30, +2h or 2026-12-03 09:00.</source>
        <translation>“%1”不是有效时间：请输入如 14:30、+2h 或 2026-12-03 09:00。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>counting users</source>
        <translation>统计用户数</translation>
    </message>
    <message>
        <source>counting administrators</source>
        <translation>统计系统管理员数</translation>
    </message>
    <message>
        <source>loading a user</source>
        <translation>加载用户</translation>
    </message>
    <message>
        <source>looking up a user name</source>
        <translation>查询用户名</translation>
    </message>
    <message>
        <source>checking a password</source>
        <translation>校验密码</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <source>saving a new user</source>
        <translation>保存新用户</translation>
    </message>
    <message>
        <source>saving a user</source>
        <translation>保存用户</translation>
    </message>
    <message>
        <source>saving a password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <source>recording a login</source>
        <translation>记录登录</translation>
    </message>
    <message>
        <source>listing departments</source>
        <translation>列出部门</translation>
    </message>
    <message>
        <source>checking a department</source>
        <translation>检查部门</translation>
    </message>
    <message>
        <source>listing agencies</source>
        <translation>列出单位</translation>
    </message>
    <message>
        <source>checking an agency</source>
        <translation>检查单位</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters.</source>
        <translation>用户名长度应为 3 至 32 个字符。</translation>
    </message>
    <message>
        <source>A user name may contain only the letters A-Z and a-z, digits, and . _ -</source>
        <translation>用户名只能包含字母 A-Z 和 a-z、数字以及 . _ -</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>请输入用户的姓名。</translation>
    </message>
    <message>
        <source>A full name has at most 64 characters.</source>
        <translation>姓名不能超过 64 个字符。</translation>
    </message>
    <message>
        <source>The chosen department does not exist.</source>
        <translation>所选部门不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator: make another user an administrator first.</source>
        <translation>“%1”是最后一个在用的系统管理员：请先将其他用户设为系统管理员。</translation>
    </message>
    <message>
        <source>Enter the bureau&apos;s name.</source>
        <translation>请输入机关事务管理局名称。</translation>
    </message>
    <message>
        <source>The first administrator has already been created: log in instead.</source>
        <translation>首个系统管理员已创建，请直接登录。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has been deactivated. Ask an administrator.</source>
        <translation>账号“%1”已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>Log in with a user account to change its password.</source>
        <translation>请使用用户账号登录后再修改其密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>A user&apos;s scope is the whole region or one active agency.</source>
        <translation>用户的管辖范围只能是全区或一个在用的单位。</translation>
    </message>
    <message>
        <source>The user&apos;s department lies outside their agency scope.</source>
        <translation>该用户所在部门不在其管辖范围内。</translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <source>That is the demo users&apos; password: choose another.</source>
        <translation>这是演示用户的密码，请另选一个。</translation>
    </message>
    <message>
        <source>A password mixes at least two kinds of characters (letters, digits, other signs) and is not a plain run such as 12345678.</source>
        <translation>密码须至少混用两类字符（字母、数字、其他符号），且不能是 12345678 这样的简单连续字符。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked. Ask an administrator to unlock it.</source>
        <translation>账户“%1”已被锁定，请联系管理员解锁。</translation>
    </message>
</context>
<context>
    <name>VehicleFileRepository</name>
    <message>
        <source>loading a vehicle&apos;s maintenance records</source>
        <translation>读取车辆的维修记录</translation>
    </message>
    <message>
        <source>loading a maintenance record</source>
        <translation>读取维修记录</translation>
    </message>
    <message>
        <source>saving a maintenance record</source>
        <translation>保存维修记录</translation>
    </message>
    <message>
        <source>loading a vehicle&apos;s inspections</source>
        <translation>读取车辆的年检记录</translation>
    </message>
    <message>
        <source>loading an inspection record</source>
        <translation>读取年检记录</translation>
    </message>
    <message>
        <source>saving an inspection record</source>
        <translation>保存年检记录</translation>
    </message>
    <message>
        <source>loading a vehicle&apos;s insurance policies</source>
        <translation>读取车辆的保险单</translation>
    </message>
    <message>
        <source>loading an insurance policy</source>
        <translation>读取保险单</translation>
    </message>
    <message>
        <source>saving an insurance policy</source>
        <translation>保存保险单</translation>
    </message>
    <message>
        <source>loading a vehicle&apos;s violations</source>
        <translation>读取车辆的违章记录</translation>
    </message>
    <message>
        <source>loading a violation</source>
        <translation>读取违章记录</translation>
    </message>
    <message>
        <source>saving a violation</source>
        <translation>保存违章记录</translation>
    </message>
    <message>
        <source>loading a vehicle&apos;s accidents</source>
        <translation>读取车辆的事故记录</translation>
    </message>
    <message>
        <source>loading an accident record</source>
        <translation>读取事故记录</translation>
    </message>
    <message>
        <source>saving an accident record</source>
        <translation>保存事故记录</translation>
    </message>
    <message>
        <source>loading a vehicle&apos;s assignments</source>
        <translation>读取车辆的相对固定派遣记录</translation>
    </message>
    <message>
        <source>loading an assignment</source>
        <translation>读取相对固定派遣记录</translation>
    </message>
    <message>
        <source>saving an assignment</source>
        <translation>保存相对固定派遣记录</translation>
    </message>
    <message>
        <source>checking a vehicle&apos;s assignments</source>
        <translation>检查车辆的相对固定派遣记录</translation>
    </message>
    <message>
        <source>loading a vehicle&apos;s validity</source>
        <translation>读取车辆的有效期</translation>
    </message>
</context>
<context>
    <name>VehicleGenerator</name>
    <message>
        <source>Vehicles can only be generated over an organisation.</source>
        <translation>只能在已有组织机构的基础上生成车辆。</translation>
    </message>
    <message>
        <source>generating vehicles</source>
        <translation>生成车辆</translation>
    </message>
    <message>
        <source>generating vehicle assignments</source>
        <translation>生成车辆相对固定派遣记录</translation>
    </message>
    <message>
        <source>generating drivers</source>
        <translation>生成驾驶员</translation>
    </message>
    <message>
        <source>generating inspections</source>
        <translation>生成年检记录</translation>
    </message>
    <message>
        <source>generating insurance policies</source>
        <translation>生成保险单</translation>
    </message>
    <message>
        <source>generating trips</source>
        <translation>生成用车任务</translation>
    </message>
    <message>
        <source>generating fuel transactions</source>
        <translation>生成加油记录</translation>
    </message>
    <message>
        <source>generating maintenance records</source>
        <translation>生成维修保养记录</translation>
    </message>
    <message>
        <source>generating violations</source>
        <translation>生成违章记录</translation>
    </message>
    <message>
        <source>generating accidents</source>
        <translation>生成事故记录</translation>
    </message>
    <message>
        <source>updating generated vehicles</source>
        <translation>更新已生成的车辆</translation>
    </message>
    <message>
        <source>registering the dispatch liaisons</source>
        <translation>登记派车联络员</translation>
    </message>
</context>
<context>
    <name>VehicleImporter</name>
    <message>
        <source>loading the vehicles</source>
        <translation>加载车辆信息</translation>
    </message>
    <message>
        <source>loading the departments</source>
        <translation>加载部门信息</translation>
    </message>
    <message>
        <source>The plate is empty.</source>
        <translation>车牌号为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid plate.</source>
        <translation>“%1”不是有效的车牌号。</translation>
    </message>
    <message>
        <source>The brand is empty.</source>
        <translation>品牌为空。</translation>
    </message>
    <message>
        <source>The number of seats is empty.</source>
        <translation>座位数为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seats.</source>
        <translation>“%1”不是有效的座位数。</translation>
    </message>
    <message>
        <source>More than one department is named &quot;%1&quot;; use its code.</source>
        <translation>有多个部门名为“%1”，请使用部门编码。</translation>
    </message>
    <message>
        <source>No active department has the code or name &quot;%1&quot;.</source>
        <translation>没有编码或名称为“%1”的在用部门。</translation>
    </message>
    <message>
        <source>The odometer reading &quot;%1&quot; is not a number of kilometres.</source>
        <translation>里程表读数“%1”不是有效的公里数。</translation>
    </message>
    <message>
        <source>The fuel card number &quot;%1&quot; was shortened by Excel to scientific notation; format the column as text and export again.</source>
        <translation>油卡号“%1”已被 Excel 转换为科学计数法，请将该列设置为文本格式后重新导出。</translation>
    </message>
    <message>
        <source>The plate %1 is already in the ledger (not overwritten).</source>
        <translation>车牌号 %1 已在台账中（未覆盖）。</translation>
    </message>
    <message>
        <source>The plate %1 already appears on line %2.</source>
        <translation>车牌号 %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>The fleet number %1 is already used by %2.</source>
        <translation>自编号 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The fuel card %1 is already issued to %2.</source>
        <translation>油卡 %1 已发放给 %2。</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>车辆类别</translation>
    </message>
    <message>
        <source>Energy type</source>
        <translation>能源类型</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>购置价格</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>产权性质</translation>
    </message>
    <message>
        <source>Lessor</source>
        <translation>出租方</translation>
    </message>
    <message>
        <source>Monthly lease</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程表读数(km)</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not a valid plate</source>
        <translation>车牌号无效</translation>
    </message>
    <message>
        <source>No active department has this code or name</source>
        <translation>没有该编码或名称的在用部门</translation>
    </message>
</context>
<context>
    <name>VehicleRepository</name>
    <message>
        <source>loading a vehicle</source>
        <translation>读取车辆信息</translation>
    </message>
    <message>
        <source>saving a new vehicle</source>
        <translation>保存新增车辆</translation>
    </message>
    <message>
        <source>saving a vehicle</source>
        <translation>保存车辆信息</translation>
    </message>
    <message>
        <source>changing a vehicle&apos;s status</source>
        <translation>更改车辆状态</translation>
    </message>
    <message>
        <source>updating a vehicle&apos;s odometer</source>
        <translation>更新车辆里程表读数</translation>
    </message>
    <message>
        <source>looking up a vehicle</source>
        <translation>查找车辆</translation>
    </message>
    <message>
        <source>checking a vehicle&apos;s trips</source>
        <translation>检查车辆的行程</translation>
    </message>
    <message>
        <source>listing vehicles</source>
        <translation>列出车辆</translation>
    </message>
    <message>
        <source>counting vehicles</source>
        <translation>统计车辆数量</translation>
    </message>
    <message>
        <source>listing a vehicle&apos;s trips</source>
        <translation>列出车辆的行程</translation>
    </message>
    <message>
        <source>counting a vehicle&apos;s trips</source>
        <translation>统计车辆的行程数</translation>
    </message>
    <message>
        <source>listing departments</source>
        <translation>列出部门</translation>
    </message>
    <message>
        <source>looking up a department</source>
        <translation>查找部门</translation>
    </message>
</context>
<context>
    <name>VehicleService</name>
    <message>
        <source>The vehicle no longer exists.</source>
        <translation>该车辆已不存在。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>The %1 (%2) is in the future.</source>
        <translation>%1（%2）不能晚于今天。</translation>
    </message>
    <message>
        <source>The %1 may not be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s plate.</source>
        <translation>请填写车牌号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid plate. Expected a province, a letter and 5 characters (宁A·12345), or 6 for a new-energy plate starting or ending with D or F (宁A·D12345); the letters I and O are not used.</source>
        <translation>“%1”不是有效的车牌号。车牌号应由省份简称、一个字母和 5 位字符组成（如 宁A·12345）；新能源汽车车牌为 6 位，以 D 或 F 开头或结尾（如 宁A·D12345）；不使用字母 I 和 O。</translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s brand.</source>
        <translation>请填写车辆品牌。</translation>
    </message>
    <message>
        <source>The number of seats must be above zero.</source>
        <translation>座位数必须大于零。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driving-licence class.</source>
        <translation>“%1”不是有效的准驾车型。</translation>
    </message>
    <message>
        <source>The purchase date (%1) is in the future.</source>
        <translation>购置日期（%1）不能晚于今天。</translation>
    </message>
    <message>
        <source>purchase price</source>
        <translation>购置价格</translation>
    </message>
    <message>
        <source>A leased vehicle needs its lessor.</source>
        <translation>社会化租赁车辆须填写出租方。</translation>
    </message>
    <message>
        <source>monthly lease cost</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>The odometer reading may not be negative.</source>
        <translation>里程表读数不能为负数。</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>Another vehicle already has the plate %1.</source>
        <translation>车牌号%1已被其他车辆使用。</translation>
    </message>
    <message>
        <source>Another vehicle already has the fleet number %1.</source>
        <translation>自编号%1已被其他车辆使用。</translation>
    </message>
    <message>
        <source>The fuel card %1 belongs to another vehicle (one card per vehicle).</source>
        <translation>油卡%1已绑定其他车辆（一车一卡）。</translation>
    </message>
    <message>
        <source>The vehicle %1 is already retired.</source>
        <translation>车辆%1已经停用。</translation>
    </message>
    <message>
        <source>The vehicle %1 cannot be retired: it is assigned to a trip or out on one. Finish or reassign the trip first.</source>
        <translation>车辆%1无法停用：该车已派车或正在出车。请先结束该行程或改派其他车辆。</translation>
    </message>
    <message>
        <source>The vehicle %1 is retired.</source>
        <translation>车辆%1已停用。</translation>
    </message>
    <message>
        <source>The vehicle %1 is already in maintenance.</source>
        <translation>车辆%1已处于维修中。</translation>
    </message>
    <message>
        <source>The vehicle %1 is out on a trip; record its return first.</source>
        <translation>车辆%1正在出车，请先登记回场。</translation>
    </message>
    <message>
        <source>The vehicle %1 is not in maintenance.</source>
        <translation>车辆%1未处于维修中。</translation>
    </message>
    <message>
        <source>The maintenance record no longer exists.</source>
        <translation>该维修记录已不存在。</translation>
    </message>
    <message>
        <source>date of the maintenance</source>
        <translation>维修日期</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>The inspection record no longer exists.</source>
        <translation>该年检记录已不存在。</translation>
    </message>
    <message>
        <source>date of the inspection</source>
        <translation>年检日期</translation>
    </message>
    <message>
        <source>inspection&apos;s expiry date</source>
        <translation>年检到期日期</translation>
    </message>
    <message>
        <source>The inspection&apos;s expiry date must be after its date.</source>
        <translation>年检到期日期必须晚于年检日期。</translation>
    </message>
    <message>
        <source>The insurance policy no longer exists.</source>
        <translation>该保险单已不存在。</translation>
    </message>
    <message>
        <source>Enter the insurer.</source>
        <translation>请填写保险公司。</translation>
    </message>
    <message>
        <source>policy&apos;s start date</source>
        <translation>保险起始日期</translation>
    </message>
    <message>
        <source>policy&apos;s expiry date</source>
        <translation>保险到期日期</translation>
    </message>
    <message>
        <source>The policy&apos;s expiry date must be after its start date.</source>
        <translation>保险到期日期必须晚于起始日期。</translation>
    </message>
    <message>
        <source>premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>The violation record no longer exists.</source>
        <translation>该违章记录已不存在。</translation>
    </message>
    <message>
        <source>date of the violation</source>
        <translation>违章日期</translation>
    </message>
    <message>
        <source>The driver no longer exists.</source>
        <translation>该驾驶员已不存在。</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <source>Penalty points run from 0 to 12.</source>
        <translation>记分应在 0 至 12 分之间。</translation>
    </message>
    <message>
        <source>The accident record no longer exists.</source>
        <translation>该事故记录已不存在。</translation>
    </message>
    <message>
        <source>date of the accident</source>
        <translation>事故日期</translation>
    </message>
    <message>
        <source>Describe the accident.</source>
        <translation>请填写事故经过。</translation>
    </message>
    <message>
        <source>The fuel transaction no longer exists.</source>
        <translation>该油卡消费记录已不存在。</translation>
    </message>
    <message>
        <source>The vehicle %1 has no fuel card; enter the card number.</source>
        <translation>车辆%1未绑定油卡，请填写卡号。</translation>
    </message>
    <message>
        <source>The fuel card %1 belongs to another vehicle.</source>
        <translation>油卡%1已绑定其他车辆。</translation>
    </message>
    <message>
        <source>Enter the time of the transaction.</source>
        <translation>请填写交易时间。</translation>
    </message>
    <message>
        <source>The transaction&apos;s time is in the future.</source>
        <translation>交易时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The quantity must be above zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The vehicle %1 does not charge from the grid.</source>
        <translation>车辆%1不是新能源汽车，不能录入充电记录。</translation>
    </message>
    <message>
        <source>The vehicle %1 is battery electric.</source>
        <translation>车辆%1为纯电动汽车，不能录入加油记录。</translation>
    </message>
    <message>
        <source>This transaction (same card, time and amount) is already recorded.</source>
        <translation>该交易（油卡、时间和金额均相同）已录入。</translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>该相对固定派遣记录已不存在。</translation>
    </message>
    <message>
        <source>Choose the department the vehicle is assigned to.</source>
        <translation>请选择车辆派遣到的部门。</translation>
    </message>
    <message>
        <source>start date of the assignment</source>
        <translation>派遣开始日期</translation>
    </message>
    <message>
        <source>The assignment ends before it starts.</source>
        <translation>派遣结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>The vehicle %1 is already assigned to %2 from %3 to %4.</source>
        <translation>车辆%1已相对固定派遣给%2（%3至%4）。</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>The vehicle %1 could not be stored, so nothing was imported: %2</source>
        <translation>车辆%1无法保存，因此未导入任何数据：%2</translation>
    </message>
    <message>
        <source>This vehicle belongs to another agency, outside your scope.</source>
        <translation>该车辆属于其他单位，不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>The vehicle&apos;s department lies outside your agency scope.</source>
        <translation>该车辆所属部门不在您的管辖范围内。</translation>
    </message>
</context>
<context>
    <name>VehicleStatisticsService</name>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>请选择结束日期不早于开始日期的期间。</translation>
    </message>
    <message>
        <source>Under 3 years</source>
        <translation>3年以下</translation>
    </message>
    <message>
        <source>3 to 5 years</source>
        <translation>3至5年</translation>
    </message>
    <message>
        <source>5 to 8 years</source>
        <translation>5至8年</translation>
    </message>
    <message>
        <source>8 years or more</source>
        <translation>8年及以上</translation>
    </message>
    <message>
        <source>Purchase date unknown</source>
        <translation>购置日期不详</translation>
    </message>
</context>
<context>
    <name>VehicleTypes</name>
    <message>
        <source>Service</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Confidential communications</source>
        <translation>机要通信用车</translation>
    </message>
    <message>
        <source>Emergency support</source>
        <translation>应急保障用车</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>执法执勤用车</translation>
    </message>
    <message>
        <source>Special purpose</source>
        <translation>特种专业技术用车</translation>
    </message>
    <message>
        <source>General official (platform)</source>
        <translation>一般公务用车（平台）</translation>
    </message>
    <message>
        <source>Leader&apos;s fixed car</source>
        <translation>领导干部固定用车</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>油电混合动力</translation>
    </message>
    <message>
        <source>Battery electric</source>
        <translation>纯电动</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>插电式混合动力</translation>
    </message>
    <message>
        <source>Retained (owned)</source>
        <translation>编制保留</translation>
    </message>
    <message>
        <source>Leased</source>
        <translation>社会化租赁</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已出车</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Established post</source>
        <translation>事业编制</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>聘用</translation>
    </message>
    <message>
        <source>Self-hired</source>
        <translation>自聘</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已派车</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>已出车</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已回场</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电</translation>
    </message>
</context>
<context>
    <name>ga::AccidentDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>驾驶员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>情况描述(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Liability:</source>
        <translation>责任认定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Cost (yuan):</source>
        <translation>费用（元）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ga::AlertsTab</name>
    <message>
        <source>All alerts</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Vehicle / driver</source>
        <translation>车辆 / 驾驶员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 lapsed, %2 due soon, %3 notices</source>
        <translation>%1 项已过期，%2 项即将到期，%3 项提示</translation>
    </message>
</context>
<context>
    <name>ga::AssignDialog</name>
    <message>
        <source>Assign vehicle and driver — %1</source>
        <translation>分派车辆和驾驶员 — %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;br/&gt;%4 – %5, %n passenger(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;br/&gt;%4 – %5，乘车 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency trip: it may be dispatched before approval.</source>
        <translation>紧急公务：可先派车后审批。</translation>
    </message>
    <message>
        <source>&amp;Vehicles (free first)</source>
        <translation>车辆（空闲优先）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Drivers</source>
        <translation>驾驶员(&amp;D)</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>特批理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the rule above may be set aside for this trip</source>
        <translation>说明本次用车为何可不受上述规则限制</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>派车(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 座</numerusform>
        </translation>
    </message>
    <message>
        <source>No vehicle is free for this time.</source>
        <translation>该时段没有空闲车辆。</translation>
    </message>
    <message>
        <source>Free: no rule stands in the way.</source>
        <translation>可派：无规则限制。</translation>
    </message>
    <message>
        <source>You may override this with a recorded reason.</source>
        <translation>可填写理由并记录在案后越过此限制。</translation>
    </message>
    <message>
        <source>Only a manager may override this.</source>
        <translation>仅管理人员可越过此限制。</translation>
    </message>
    <message>
        <source>No driver is free for this time and vehicle.</source>
        <translation>该时段没有可为此车辆安排的空闲驾驶员。</translation>
    </message>
    <message>
        <source>Choose a vehicle and a driver.</source>
        <translation>请选择车辆和驾驶员。</translation>
    </message>
    <message>
        <source>Approve and assign — %1</source>
        <translation>审批并派车 — %1</translation>
    </message>
    <message>
        <source>Not approved yet: assigning approves the request too (both are recorded).</source>
        <translation>尚未审批：派车的同时审批通过该申请（审批与派车均记入审计日志）。</translation>
    </message>
    <message>
        <source>Approve and &amp;assign</source>
        <translation>审批并派车(&amp;A)</translation>
    </message>
    <message>
        <source>Approve, assign and &amp;print</source>
        <translation>审批、派车并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Assign and &amp;print</source>
        <translation>派车并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Assign, then print the dispatch order (Ctrl+P)</source>
        <translation>派车后打印派车单（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>ga::AuditPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>You are not allowed to view the audit log. Administrators and managers can.</source>
        <translation>您无权查看审计日志。仅系统管理员和管理人员可以查看。</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选条件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>记录类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Select a row to see what changed.</source>
        <translation>请选择一行以查看变更内容。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 %3 %4 #%5</source>
        <translation>%1 — %2 %3 %4 #%5</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>起始日期(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>截止日期(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ga::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录ID</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数据内容</translation>
    </message>
    <message>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>change own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>depart</source>
        <translation>出车</translation>
    </message>
    <message>
        <source>return</source>
        <translation>回场</translation>
    </message>
    <message>
        <source>close</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>building</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>用车任务</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>周转住房</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>租住记录</translation>
    </message>
    <message>
        <source>meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>meter reading</source>
        <translation>抄表读数</translation>
    </message>
</context>
<context>
    <name>ga::BoardTimeline</name>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>驾驶员：%1</translation>
    </message>
    <message>
        <source>Passengers: %1</source>
        <translation>乘车人数：%1</translation>
    </message>
    <message>
        <source>Emergency trip</source>
        <translation>紧急公务用车</translation>
    </message>
    <message>
        <source>Out of the region</source>
        <translation>区外公务出行</translation>
    </message>
    <message>
        <source>Dispatched before approval</source>
        <translation>先派车后审批</translation>
    </message>
    <message>
        <source>Busy (another agency)</source>
        <translation>占用（其他单位）</translation>
    </message>
</context>
<context>
    <name>ga::BuildingDialog</name>
    <message>
        <source>Edit building</source>
        <translation>编辑办公楼</translation>
    </message>
    <message>
        <source>New building</source>
        <translation>新增办公楼</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Ca&amp;mpus:</source>
        <translation>院区(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Gross floor area:</source>
        <translation>建筑面积(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Usable area:</source>
        <translation>使用面积(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Energy users:</source>
        <translation>用能人数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Year built:</source>
        <translation>建成年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Managing &amp;department:</source>
        <translation>管理部门(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ga::BuildingTableModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>院区</translation>
    </message>
    <message>
        <source>Managing department</source>
        <translation>管理单位</translation>
    </message>
    <message>
        <source>Gross area (m²)</source>
        <translation>建筑面积(m²)</translation>
    </message>
    <message>
        <source>Usable area (m²)</source>
        <translation>使用面积(m²)</translation>
    </message>
    <message>
        <source>Energy users</source>
        <translation>用能人数</translation>
    </message>
    <message>
        <source>Year built</source>
        <translation>建成年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ga::BuildingsTab</name>
    <message>
        <source>&amp;New building…</source>
        <translation>新增办公楼(&amp;N)…</translation>
    </message>
    <message>
        <source>Search code, name, campus or address</source>
        <translation>搜索代码、名称、院区或地址</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>显示已停用(&amp;T)</translation>
    </message>
    <message>
        <source>Managing de&amp;partment:</source>
        <translation>管理部门(&amp;P)：</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>No buildings match the filter.</source>
        <translation>没有符合筛选条件的办公楼。</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s)</source>
        <translation>
            <numerusform>共 %n 栋办公楼</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>编辑办公楼</translation>
    </message>
    <message>
        <source>Retire building</source>
        <translation>停用办公楼</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? The record and its history are kept.</source>
        <translation>确定停用“%1”吗？该记录及其历史将予以保留。</translation>
    </message>
    <message>
        <source>Reactivate building</source>
        <translation>重新启用办公楼</translation>
    </message>
    <message>
        <source>Reactivate &quot;%1&quot;?</source>
        <translation>确定重新启用“%1”吗？</translation>
    </message>
    <message>
        <source>Delete building</source>
        <translation>删除办公楼</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? Only a building nothing refers to can be deleted.</source>
        <translation>确定永久删除“%1”吗？只有未被任何记录引用的办公楼才能删除。</translation>
    </message>
</context>
<context>
    <name>ga::DashboardPage</name>
    <message>
        <source>Trips today</source>
        <translation>今日行程</translation>
    </message>
    <message>
        <source>Requests waiting for a vehicle</source>
        <translation>待派车申请</translation>
    </message>
    <message>
        <source>Vehicles in service</source>
        <translation>在用车辆</translation>
    </message>
    <message>
        <source>Vehicle alerts</source>
        <translation>车辆提醒</translation>
    </message>
    <message>
        <source>Running costs this month</source>
        <translation>本月运行费用</translation>
    </message>
    <message>
        <source>Running costs this year</source>
        <translation>本年运行费用</translation>
    </message>
    <message>
        <source>New-energy share of the fleet</source>
        <translation>新能源汽车占比</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 assigned or on the road</source>
        <translation>%1 个已派车或出车中</translation>
    </message>
    <message>
        <source>%1 emergency</source>
        <translation>紧急公务 %1 个</translation>
    </message>
    <message>
        <source>%1 available, %2 out, %3 in maintenance</source>
        <translation>可用 %1 辆，已出车 %2 辆，维修中 %3 辆</translation>
    </message>
    <message>
        <source>%1 lapsed, %2 due soon, %3 notices</source>
        <translation>已过期 %1 项，即将到期 %2 项，提示 %3 项</translation>
    </message>
    <message>
        <source>fuel %1</source>
        <translation>燃料费 %1</translation>
    </message>
    <message>
        <source>1 January to today</source>
        <translation>1月1日至今</translation>
    </message>
    <message>
        <source>%1 of this year&apos;s purchases (target ≥ 30%)</source>
        <translation>占今年新购车辆的 %1（目标 ≥ 30%）</translation>
    </message>
    <message>
        <source>no purchases this year</source>
        <translation>今年无新购车辆</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料费</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修费</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险费</translation>
    </message>
    <message>
        <source>Tolls</source>
        <translation>通行费</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车费</translation>
    </message>
    <message>
        <source>Leasing</source>
        <translation>租赁费</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Running costs by kind, this year (yuan)</source>
        <translation>本年各类运行费用（元）</translation>
    </message>
    <message>
        <source>Fleet by energy type</source>
        <translation>车辆能源类型构成</translation>
    </message>
    <message>
        <source>Over-standard offices</source>
        <translation>办公用房超标</translation>
    </message>
    <message>
        <source>Turnover housing and energy figures will appear here when those modules are built.</source>
        <translation>周转住房和能耗数据将在相应模块建成后显示在这里。</translation>
    </message>
    <message>
        <source>%1 past the rectification deadline</source>
        <translation>%1 件已过整改期限</translation>
    </message>
</context>
<context>
    <name>ga::DepartDialog</name>
    <message>
        <source>Departure — %1</source>
        <translation>出车 — %1</translation>
    </message>
    <message>
        <source>%1, driver %2</source>
        <translation>%1，驾驶员 %2</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>&amp;Odometer out:</source>
        <translation>出车里程表读数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Departed at:</source>
        <translation>出车时间(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ga::DepartmentDialog</name>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>(none: top of the tree)</source>
        <translation>（无：最上级）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Parent department:</source>
        <translation>上级部门(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approved office area:</source>
        <translation>核定办公面积(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ga::DepartmentsTab</name>
    <message>
        <source>&amp;New department…</source>
        <translation>新增部门(&amp;N)…</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>显示已停用(&amp;T)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员数</translation>
    </message>
    <message>
        <source>Staff incl. sub-departments</source>
        <translation>人员数（含下级部门）</translation>
    </message>
    <message>
        <source>Approved area (m²)</source>
        <translation>核定面积（m²）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>No departments yet. Press New department to add the bureau.</source>
        <translation>暂无部门。请点击“新增部门”添加机关事务管理局。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s), of which %1 agencies</source>
        <translation>
            <numerusform>共 %n 个部门，其中单位 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>Retire department</source>
        <translation>停用部门</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? It stays in the records and history but no longer receives staff.</source>
        <translation>确定停用“%1”吗？该部门仍保留在记录和历史中，但不再接收人员。</translation>
    </message>
    <message>
        <source>Reactivate department</source>
        <translation>重新启用部门</translation>
    </message>
    <message>
        <source>Reactivate &quot;%1&quot;?</source>
        <translation>确定重新启用“%1”吗？</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? Only a department nothing refers to can be deleted.</source>
        <translation>确定永久删除“%1”吗？只有未被任何记录引用的部门才能删除。</translation>
    </message>
</context>
<context>
    <name>ga::DispatchActions</name>
    <message>
        <source>&amp;New request…</source>
        <translation>新建用车申请(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>派车(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Depart…</source>
        <translation>出车(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>回场(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>结束(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cancel trip…</source>
        <translation>取消行程(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print dispatch order…</source>
        <translation>打印派车单(&amp;P)…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Reason for rejecting the request:</source>
        <translation>驳回申请的理由：</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Trip %1 cannot be assigned now (%2).</source>
        <translation>行程%1当前无法派车（%2）。</translation>
    </message>
    <message>
        <source>Trip %1 is not approved yet; only an emergency trip may be dispatched before approval.</source>
        <translation>行程%1尚未审批；只有紧急公务可在审批前派车。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>派车</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>出车</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回场</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>Reason for cancelling the trip:</source>
        <translation>取消行程的理由：</translation>
    </message>
    <message>
        <source>Cancel trip</source>
        <translation>取消行程</translation>
    </message>
    <message>
        <source>Dispatch order %1</source>
        <translation>派车单 %1</translation>
    </message>
    <message>
        <source>Save dispatch order</source>
        <translation>保存派车单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>审批通过(&amp;O)</translation>
    </message>
    <message>
        <source>Sav&amp;e dispatch order as PDF…</source>
        <translation>派车单另存为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Liai&amp;sons…</source>
        <translation>派车联络员(&amp;S)…</translation>
    </message>
    <message>
        <source>The departments&apos; registered dispatch liaisons</source>
        <translation>各部门登记的派车联络员</translation>
    </message>
</context>
<context>
    <name>ga::DispatchBoard</name>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Pending &amp;list</source>
        <translation>待派列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>调度台(&amp;B)</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>emergency (red edge)</source>
        <translation>紧急公务（红色边框）</translation>
    </message>
    <message>
        <source>now (red line)</source>
        <translation>当前时刻（红线）</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>第%1周：%2 – %3</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派车调度台</translation>
    </message>
    <message>
        <source>[EMERGENCY]</source>
        <translation>【紧急】</translation>
    </message>
    <message>
        <source>[OUT OF REGION]</source>
        <translation>【区外】</translation>
    </message>
    <message numerus="yes">
        <source>%n passenger(s)</source>
        <translation>
            <numerusform>%n 名乘车人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting for a vehicle (%1)</source>
        <translation>待派车（%1）(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a trip on the board or a request in the list.</source>
        <translation>请在看板上选择用车任务，或在列表中选择用车申请。</translation>
    </message>
    <message>
        <source>Liaison: %1 %2</source>
        <translation>联络员：%1 %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>用车事由：%1</translation>
    </message>
    <message>
        <source>Vehicle %1, driver %2</source>
        <translation>车辆：%1，驾驶员：%2</translation>
    </message>
    <message>
        <source>Emergency: approved after dispatch</source>
        <translation>紧急公务：派车后已审批</translation>
    </message>
    <message>
        <source>Emergency: dispatched before approval</source>
        <translation>紧急公务：先派车、待审批</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>强制派车理由：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>◀ Pr&amp;evious day</source>
        <translation>◀ 前一天(&amp;E)</translation>
    </message>
    <message>
        <source>Ne&amp;xt day ▶</source>
        <translation>后一天(&amp;X) ▶</translation>
    </message>
    <message>
        <source>Wee&amp;k</source>
        <translation>周视图(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+N: new request · Ctrl+L: pending list · Enter: assign · Alt+←/→: day</source>
        <translation>Ctrl+N：新建申请 · Ctrl+L：待派列表 · Enter：派车 · Alt+←/→：切换日期</translation>
    </message>
    <message>
        <source>◀ Pr&amp;evious week</source>
        <translation>◀ 前一周(&amp;E)</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>后一周(&amp;X) ▶</translation>
    </message>
</context>
<context>
    <name>ga::DriverDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation>人员编号(&amp;S)：</translation>
    </message>
    <message>
        <source>optional: link to the staff register</source>
        <translation>可选：关联人员名册</translation>
    </message>
    <message>
        <source>&amp;Employment:</source>
        <translation>用工性质(&amp;E)：</translation>
    </message>
    <message>
        <source>Licence &amp;class:</source>
        <translation>准驾车型(&amp;C)：</translation>
    </message>
    <message>
        <source>Licence n&amp;umber:</source>
        <translation>驾驶证号(&amp;U)：</translation>
    </message>
    <message>
        <source>Licence e&amp;xpiry:</source>
        <translation>驾驶证有效期至(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ga::DriverListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>用工性质</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>准驾车型</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>驾驶证号</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>驾驶证有效期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ga::DriversTab</name>
    <message>
        <source>Name, licence no., phone…</source>
        <translation>姓名、驾驶证号、电话…</translation>
    </message>
    <message>
        <source>Active and on leave</source>
        <translation>在岗及休假</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>全部驾驶员</translation>
    </message>
    <message>
        <source>&amp;New driver…</source>
        <translation>新增驾驶员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <source>Retire driver</source>
        <translation>停用驾驶员</translation>
    </message>
    <message>
        <source>Retire %1? The driver stays on record with their trips.</source>
        <translation>确定停用%1吗？该驾驶员的档案及其用车任务记录将予以保留。</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驾驶员</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s)</source>
        <translation>
            <numerusform>共 %n 名驾驶员</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ga::FileRecordTab</name>
    <message>
        <source>Vehicle file</source>
        <translation>一车一档</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::FuelDialog</name>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>油卡(&amp;C)：</translation>
    </message>
    <message>
        <source>the vehicle&apos;s card</source>
        <translation>本车油卡</translation>
    </message>
    <message>
        <source>&amp;Fuel:</source>
        <translation>燃料类型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Quantity (L or kWh):</source>
        <translation>数量（升或 kWh）(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>加油（充电）站(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Odometer:</source>
        <translation>里程表读数(&amp;O)：</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
</context>
<context>
    <name>ga::GeneralSettingsTab</name>
    <message>
        <source>Bureau</source>
        <translation>机关事务管理局</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Interface language (this computer)</source>
        <translation>界面语言（本机）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Saved. The new language is applied at the next start of GovAssets.</source>
        <translation>已保存。新的界面语言将在下次启动 GovAssets 时生效。</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>公务用车</translation>
    </message>
    <message>
        <source>Renewal after (&amp;years of service):</source>
        <translation>更新条件：使用年限(&amp;Y)：</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Renewal after (&amp;mileage):</source>
        <translation>更新条件：行驶里程(&amp;M)：</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>&amp;Alert before inspection / insurance / licence expiry:</source>
        <translation>年检 / 保险 / 驾驶证到期提前提醒(&amp;A)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Service interval (&amp;days):</source>
        <translation>保养间隔天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Service interval (&amp;km):</source>
        <translation>保养间隔里程(&amp;K)：</translation>
    </message>
    <message>
        <source>Turnover housing</source>
        <translation>周转住房</translation>
    </message>
    <message>
        <source>Default &amp;tenancy term:</source>
        <translation>默认租期(&amp;T)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum tenancy term:</source>
        <translation>最长租期(&amp;X)：</translation>
    </message>
    <message>
        <source>Alert before a tenancy &amp;ends:</source>
        <translation>租期到期提前提醒(&amp;E)：</translation>
    </message>
    <message>
        <source>Only administrators can change these settings.</source>
        <translation>仅系统管理员可修改这些设置。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>A change is applied at the next start of GovAssets.</source>
        <translation>修改将在下次启动 GovAssets 时生效。</translation>
    </message>
    <message>
        <source>The bureau&apos;s name may not be empty.</source>
        <translation>机关事务管理局名称不能为空。</translation>
    </message>
    <message>
        <source>The default tenancy term (%1 years) exceeds the maximum (%2 years).</source>
        <translation>默认租期（%1 年）超过最长租期（%2 年）。</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Backups (this database)</source>
        <translation>备份（本数据库）</translation>
    </message>
    <message>
        <source>Automatic &amp;backups kept:</source>
        <translation>保留的自动备份数(&amp;B)：</translation>
    </message>
    <message>
        <source>A backup is written on the first start of each day and before every upgrade, into the folder &quot;backups&quot; beside the database; the oldest beyond this number are removed.</source>
        <translation>每天首次启动时和每次升级前，都会在数据库旁的“backups”文件夹中写入一份备份；超出此数目的最旧备份会被删除。</translation>
    </message>
</context>
<context>
    <name>ga::ImportDialog</name>
    <message>
        <source>Import %1 from CSV</source>
        <translation>从 CSV 导入%1</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from Excel or a fuel-card system</source>
        <translation>请选择从 Excel 或油卡系统导出的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030 (GBK)</translation>
    </message>
    <message>
        <source>Choose the date format…</source>
        <translation>请选择日期格式…</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>日期格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Litres</source>
        <translation>升</translation>
    </message>
    <message>
        <source>US gallons</source>
        <translation>美制加仑</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Fleet number</source>
        <translation>自编号</translation>
    </message>
    <message>
        <source>Fuel card number</source>
        <translation>油卡号</translation>
    </message>
    <message>
        <source>&amp;Quantities in:</source>
        <translation>数量单位(&amp;Q)：</translation>
    </message>
    <message>
        <source>Find &amp;vehicles by:</source>
        <translation>车辆匹配依据(&amp;V)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Columns (* required)</source>
        <translation>列对应关系（* 为必填）</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows, as they will be read</source>
        <translation>前 %1 行预览（按导入时的读取方式显示）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Detected: %1, %2, dates %3.</source>
        <translation>检测结果：%1，%2，日期格式 %3。</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为“%1”选择对应的列。</translation>
    </message>
    <message>
        <source>Some characters are not valid %1: try another encoding.</source>
        <translation>部分字符不是有效的 %1 编码，请尝试其他编码。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&amp;Save Rejects Report…</source>
        <translation>保存拒绝导入报告(&amp;S)…</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-拒绝导入</translation>
    </message>
    <message>
        <source>Save Rejects Report</source>
        <translation>保存拒绝导入报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>About %n row(s) to import.</source>
        <translation>
            <numerusform>约 %n 行待导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n row(s) will be rejected.</source>
        <translation>
            <numerusform>前 %n 行中有 %1 行将被拒绝导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>When the file has no discount column: how far below quantity × unit price an amount paid may be</source>
        <translation>文件中没有优惠金额列时：实付金额最多可低于数量 × 单价的比例</translation>
    </message>
    <message>
        <source>Dis&amp;counts up to:</source>
        <translation>优惠比例上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值映射</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>对应关系</translation>
    </message>
    <message>
        <source>(not recognised: rows rejected)</source>
        <translation>（无法识别：拒绝导入这些行）</translation>
    </message>
    <message>
        <source>Every value of the mapped choice columns is recognised.</source>
        <translation>已对应列中的取值均可识别。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are not recognised by the importer; choose what each stands for, or leave it to reject its rows. The choices are remembered for the next file.</source>
        <translation>
            <numerusform>有 %n 个取值无法自动识别；请为每个取值选择对应的类型，或保持不选以拒绝导入这些行。所做的选择会保存，供下次导入使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to choose.</source>
        <translation>
            <numerusform>还有 %n 个待选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows by reason:</source>
        <translation>被拒绝的行（按原因汇总）：</translation>
    </message>
</context>
<context>
    <name>ga::InspectionDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>检验合格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Fee (yuan):</source>
        <translation>年检费用（元）(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ga::InsuranceDialog</name>
    <message>
        <source>&amp;Insurer:</source>
        <translation>保险公司(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Policy number:</source>
        <translation>保单号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>起保日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>到期日期(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;remium (yuan):</source>
        <translation>保险费（元）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ga::LedgerFormDialog</name>
    <message>
        <source>&quot;%1&quot; is not an amount of money (%2).</source>
        <translation>“%1”不是有效的金额（%2）。</translation>
    </message>
</context>
<context>
    <name>ga::LedgerTab</name>
    <message>
        <source>Plate, fleet no., brand, fuel card…</source>
        <translation>车牌号、自编号、品牌、油卡…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All energy types</source>
        <translation>全部能源类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Owned and leased</source>
        <translation>编制保留和社会化租赁</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New vehicle…</source>
        <translation>新增车辆(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>打开档案(&amp;F)…</translation>
    </message>
    <message>
        <source>Retire vehicle</source>
        <translation>停用车辆</translation>
    </message>
    <message>
        <source>Retire %1? It stays in the ledger with its file and history, but can no longer be dispatched.</source>
        <translation>确定停用 %1 吗？该车辆及其档案和历史记录仍保留在台账中，但不能再被派车。</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>End &amp;maintenance</source>
        <translation>结束维修(&amp;M)</translation>
    </message>
    <message>
        <source>Start &amp;maintenance</source>
        <translation>开始维修(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ga::LiaisonDialog</name>
    <message>
        <source>Dispatch liaison</source>
        <translation>派车联络员</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所属部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Active (offered in the request form)</source>
        <translation>启用(&amp;A)（在用车申请中供选择）</translation>
    </message>
    <message>
        <source>New dispatch liaison</source>
        <translation>新增派车联络员</translation>
    </message>
</context>
<context>
    <name>ga::LiaisonsDialog</name>
    <message>
        <source>Dispatch liaisons</source>
        <translation>派车联络员</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ga::LoginDialog</name>
    <message>
        <source>GovAssets — log in</source>
        <translation>GovAssets — 登录</translation>
    </message>
    <message>
        <source>GovAssets</source>
        <translation>GovAssets</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>ga::LongTermAssignmentDialog</name>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Leave empty for an open-ended assignment</source>
        <translation>留空表示不设截止日期的派遣</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ga::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>办公用房</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>周转住房</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The monthly cost report, the running-cost disclosure and the energy statement, printed or saved as PDF, CSV and XLSX.</source>
        <translation>月度费用报表、运行费用公开表和能耗统计表，可打印或另存为 PDF、CSV 和 XLSX。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;vehicles…</source>
        <translation>导入车辆(&amp;V)…</translation>
    </message>
    <message>
        <source>Import &amp;fuel transactions…</source>
        <translation>导入加油（充电）记录(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GovAssets</source>
        <translation>关于 GovAssets(&amp;A)</translation>
    </message>
    <message>
        <source>About GovAssets</source>
        <translation>关于 GovAssets</translation>
    </message>
    <message>
        <source>GovAssets %1
Public assets of a government-affairs administration bureau: vehicles, offices, turnover housing and energy.</source>
        <translation>GovAssets %1
机关事务管理局公共资产管理：公务用车、办公用房、周转住房和能耗。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>GovAssets</source>
        <translation>GovAssets</translation>
    </message>
    <message>
        <source>GovAssets — %1</source>
        <translation>GovAssets — %1</translation>
    </message>
    <message>
        <source> [DEMO — generated data]</source>
        <translation> [演示 — 生成的数据]</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>恢复(&amp;E)…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>GovAssets backups (*.db)</source>
        <translation>本系统备份 (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The database was backed up to %1 and the copy checked (schema %2, %3).</source>
        <translation>数据库已备份到 %1，副本已检查（结构版本 %2，%3）。</translation>
    </message>
    <message>
        <source>Data s&amp;tore…</source>
        <translation>数据存放位置(&amp;T)…</translation>
    </message>
    <message>
        <source>Import f&amp;lats…</source>
        <translation>导入房屋(&amp;L)…</translation>
    </message>
    <message>
        <source>Import &amp;tenancies…</source>
        <translation>导入租约(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ga::MaintenanceDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Garage:</source>
        <translation>维修单位(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>维修保养项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Cost (yuan):</source>
        <translation>费用（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Odometer:</source>
        <translation>里程表读数(&amp;O)：</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
</context>
<context>
    <name>ga::OrgFormDialog</name>
    <message>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>ga::OrganisationPage</name>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>人员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Buildings</source>
        <translation>办公楼(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Rank standards</source>
        <translation>职级标准(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ga::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置%1的密码</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person; they can change it afterwards under Settings → Users.</source>
        <translation>请当面将新密码告知%1，其本人之后可在“设置 → 用户”中自行修改。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ga::PlaceholderPage</name>
    <message>
        <source>Not built yet — this module comes in a later release.</source>
        <translation>尚未开发——该模块将在后续版本中提供。</translation>
    </message>
    <message>
        <source>It will hold:</source>
        <translation>将包括：</translation>
    </message>
</context>
<context>
    <name>ga::RankDialog</name>
    <message>
        <source>Edit rank standard</source>
        <translation>编辑职级标准</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Office area limit per person:</source>
        <translation>人均办公室使用面积标准(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;ffered for new staff</source>
        <translation>新增人员时可选(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ga::RanksTab</name>
    <message>
        <source>&amp;Edit standard…</source>
        <translation>编辑标准(&amp;E)…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Office area limit per person (m²)</source>
        <translation>人均办公室面积标准（m²）</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>可选用</translation>
    </message>
    <message>
        <source>Per-person office usable-area limits by rank (office building standard for Party and government organs, 2014). Changes are audited.</source>
        <translation>各职级人均办公室使用面积标准（依据 2014 年《党政机关办公用房建设标准》）。修改将记入审计日志。</translation>
    </message>
    <message>
        <source>Per-person office usable-area limits by rank (office building standard for Party and government organs, 2014). Only administrators can change them.</source>
        <translation>各职级人均办公室使用面积标准（依据 2014 年《党政机关办公用房建设标准》）。仅系统管理员可以修改。</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Edit rank standard</source>
        <translation>编辑职级标准</translation>
    </message>
</context>
<context>
    <name>ga::RecordCommandsPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>停用(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>重新启用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ga::RecordListTab</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>ga::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The database is replaced by the backup you choose. The current database is kept first as a backup of its own, and GovAssets starts again on the restored data.</source>
        <translation>数据库将被所选的备份替换。当前数据库会先另存为一份备份，随后程序在恢复后的数据上重新启动。</translation>
    </message>
    <message>
        <source>&amp;Automatic backups (newest first):</source>
        <translation>自动备份（最新的在前）(&amp;A)：</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>备份文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>备份内容</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>写入时间：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>trips</source>
        <translation>用车记录</translation>
    </message>
    <message>
        <source>fuel transactions</source>
        <translation>加油记录</translation>
    </message>
    <message>
        <source>audit rows</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>&amp;Restore and restart</source>
        <translation>恢复并重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>GovAssets backups (*.db *.sqlite);;All files (*)</source>
        <translation>本系统备份 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>请选择一份备份。</translation>
    </message>
</context>
<context>
    <name>ga::ReturnDialog</name>
    <message>
        <source>Return — %1</source>
        <translation>回场登记 — %1</translation>
    </message>
    <message>
        <source>%1, driver %2, out at %3 km</source>
        <translation>%1，驾驶员 %2，出车时里程 %3 公里</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>&amp;Odometer in:</source>
        <translation>回场里程表读数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Returned at:</source>
        <translation>回场时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Fuel (¥):</source>
        <translation>燃料费（¥）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Tolls (¥):</source>
        <translation>通行费（¥）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Parking (¥):</source>
        <translation>停车费（¥）(&amp;P)：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
</context>
<context>
    <name>ga::SettingsPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>ga::SetupDialog</name>
    <message>
        <source>GovAssets — first start</source>
        <translation>GovAssets — 首次启动</translation>
    </message>
    <message>
        <source>This database has no users yet. Enter the bureau&apos;s name and create the first administrator account; the administrator can then add the other users under Settings.</source>
        <translation>该数据库尚无用户。请输入机关事务管理局名称并创建首个系统管理员账号；之后系统管理员可在“设置”中添加其他用户。</translation>
    </message>
    <message>
        <source>The full official name, as it should appear on reports.</source>
        <translation>完整的正式名称，将显示在报表中。</translation>
    </message>
    <message>
        <source>&amp;Bureau name:</source>
        <translation>机关事务管理局名称(&amp;B)：</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>系统管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>Enter the bureau&apos;s name.</source>
        <translation>请输入机关事务管理局名称。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>请输入系统管理员的姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ga::StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Choose a department…</source>
        <translation>请选择部门…</translation>
    </message>
    <message>
        <source>Choose a rank…</source>
        <translation>请选择职级…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>职级(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Post &amp;start:</source>
        <translation>任职开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Post &amp;end:</source>
        <translation>任职结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Staff num&amp;ber:</source>
        <translation>人员编号(&amp;B)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>&amp;Transferred cadre</source>
        <translation>交流干部(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ga::StaffTab</name>
    <message>
        <source>&amp;New staff member…</source>
        <translation>新增人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Search name or staff number</source>
        <translation>搜索姓名或工号</translation>
    </message>
    <message>
        <source>Transferred &amp;cadres only</source>
        <translation>仅显示交流干部(&amp;C)</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>显示已停用(&amp;T)</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>部门(&amp;P)：</translation>
    </message>
    <message>
        <source>Ran&amp;k:</source>
        <translation>职级(&amp;K)：</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All ranks</source>
        <translation>全部职级</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No staff match the filter.</source>
        <translation>没有符合筛选条件的人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n 名人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Retire staff member</source>
        <translation>停用人员</translation>
    </message>
    <message>
        <source>Retire %1 (%2)? The record and its history are kept.</source>
        <translation>确定停用 %1（%2）吗？该记录及其历史信息将予以保留。</translation>
    </message>
    <message>
        <source>Reactivate staff member</source>
        <translation>重新启用人员</translation>
    </message>
    <message>
        <source>Reactivate %1 (%2)?</source>
        <translation>确定重新启用 %1（%2）吗？</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete %1 (%2) for good? Only a record nothing refers to can be deleted.</source>
        <translation>确定永久删除 %1（%2）吗？只有未被其他记录引用的记录才能删除。</translation>
    </message>
</context>
<context>
    <name>ga::StaffTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Post start</source>
        <translation>任职开始日期</translation>
    </message>
    <message>
        <source>Post end</source>
        <translation>任职结束日期</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>交流干部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ga::StatisticsTab</name>
    <message>
        <source>Fuel cost</source>
        <translation>燃料费</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维修费</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险费</translation>
    </message>
    <message>
        <source>Tolls</source>
        <translation>通行费</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车费</translation>
    </message>
    <message>
        <source>Leasing</source>
        <translation>租赁费</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>出车次数</translation>
    </message>
    <message>
        <source>km</source>
        <translation>里程(km)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长(小时)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Fuel (L)</source>
        <translation>燃油(升)</translation>
    </message>
    <message>
        <source>L/100 km</source>
        <translation>百公里油耗(升)</translation>
    </message>
    <message>
        <source>Charging (kWh)</source>
        <translation>充电量(kWh)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆数</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Fleet and costs</source>
        <translation>车辆与费用</translation>
    </message>
    <message>
        <source>By vehicle</source>
        <translation>按车辆</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By driver</source>
        <translation>按驾驶员</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>%1 to %2 — %3 working days. %4 trips, %5 km, %6 hours. Running costs %7. Fleet: %8 vehicles, new energy %9%; new-energy share of purchases in the period: %10.</source>
        <translation>%1至%2，共 %3 个工作日。出车 %4 次，行驶 %5 公里，用车 %6 小时。运行费用 %7。车辆总数 %8 辆，其中新能源汽车占 %9%；期内新购车辆中新能源汽车占比：%10。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%2 辆中 %1 辆（%3%）</translation>
    </message>
    <message>
        <source>no purchases</source>
        <translation>无新购车辆</translation>
    </message>
    <message>
        <source>Fleet by category</source>
        <translation>车辆类别构成</translation>
    </message>
    <message>
        <source>Fleet by energy type — new energy %1%</source>
        <translation>车辆能源类型构成 — 新能源汽车占 %1%</translation>
    </message>
    <message>
        <source>Fleet by age</source>
        <translation>车龄构成</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料费</translation>
    </message>
    <message>
        <source>Running costs by kind (yuan)</source>
        <translation>各类运行费用（元）</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
</context>
<context>
    <name>ga::StoreDialog</name>
    <message>
        <source>Where the data is kept</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>GovAssets keeps its data in one store: a file on this computer for one bureau&apos;s desks, or a database on a PostgreSQL server that the desks of a whole region share.</source>
        <translation>GovAssets 的数据存放在一个存储中：本机上的一个文件（供一个管理局的各工位使用），或 PostgreSQL 服务器上的一个数据库（供全区各工位共用）。</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>本机上的文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>A database on a Postgre&amp;SQL server</source>
        <translation>PostgreSQL 服务器上的数据库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>server name, address, or socket folder such as /var/run/postgresql</source>
        <translation>服务器名称、地址，或套接字目录（如 /var/run/postgresql）</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>The password is never stored here: it comes from the password file (~/.pgpass), or GovAssets asks for it when it connects.</source>
        <translation>此处从不保存密码：密码取自密码文件（~/.pgpass），或在连接时由 GovAssets 询问。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The store&apos;s file</source>
        <translation>存储文件</translation>
    </message>
    <message>
        <source>GovAssets stores (*.sqlite);;All files (*)</source>
        <translation>GovAssets 存储 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the file&apos;s path.</source>
        <translation>请输入文件路径。</translation>
    </message>
    <message>
        <source>That is a server&apos;s address: choose &quot;A database on a PostgreSQL server&quot;.</source>
        <translation>这是服务器地址：请选择“PostgreSQL 服务器上的数据库”。</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file in it.</source>
        <translation>%1 是一个文件夹：请指定其中的一个文件。</translation>
    </message>
    <message>
        <source>Use &amp;this store</source>
        <translation>使用此存储(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ga::TripRequestDialog</name>
    <message>
        <source>New vehicle request</source>
        <translation>新建用车申请</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>用车部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Liaison:</source>
        <translation>派车联络员(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>用车事由(&amp;U)：</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>目的地(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;assengers:</source>
        <translation>乘车人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>结束时间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Out of the region (needs a manager&apos;s approval)</source>
        <translation>区外公务出行（须经管理人员审批）(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;mergency (may be dispatched before approval)</source>
        <translation>紧急公务（可先派车后审批）(&amp;M)</translation>
    </message>
    <message>
        <source>Type part of the name; Tab takes the first department that contains it</source>
        <translation>输入部门名称的一部分；按 Tab 选取名称中含有该文字的第一个部门</translation>
    </message>
    <message>
        <source>The department&apos;s registered liaisons (↑/↓ choose); a new name is registered with the request</source>
        <translation>该部门登记的派车联络员（↑/↓ 选择）；输入新姓名时随申请一并登记</translation>
    </message>
    <message>
        <source>The department&apos;s earlier ones are offered as you type</source>
        <translation>输入时提示该部门以往填写过的内容</translation>
    </message>
    <message>
        <source>14:30, +1h or 2026-12-03 09:00</source>
        <translation>如 14:30、+1h 或 2026-12-03 09:00</translation>
    </message>
    <message>
        <source>16:30 or +2h (from the start)</source>
        <translation>如 16:30 或 +2h（自开始时间起）</translation>
    </message>
    <message>
        <source>No department&apos;s name contains &quot;%1&quot;.</source>
        <translation>没有名称中含有“%1”的部门。</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 h %4 min)</source>
        <translation>%1 – %2（%3 小时 %4 分钟）</translation>
    </message>
</context>
<context>
    <name>ga::TripsModel</name>
    <message>
        <source> (emergency)</source>
        <translation> （紧急公务）</translation>
    </message>
    <message>
        <source>Out of the region</source>
        <translation>区外公务出行</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>用车部门</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乘车人数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>km</source>
        <translation>里程(km)</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>费用(¥)</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>用车任务</translation>
    </message>
</context>
<context>
    <name>ga::TripsTab</name>
    <message>
        <source>Plate or request no. (PC…)</source>
        <translation>车牌号或申请单号（PC…）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>行程</translation>
    </message>
    <message numerus="yes">
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n 个行程</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Depart&amp;ment:</source>
        <translation>部门(&amp;M)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ga::UserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Modules (clerks):</source>
        <translation>业务模块（经办人员）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Account is &amp;active</source>
        <translation>账号已启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>请输入用户的姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Agency &amp;scope:</source>
        <translation>管辖范围(&amp;S)：</translation>
    </message>
    <message>
        <source>What the user sees and changes: the whole region (the bureau&apos;s own staff) or one agency with its departments.</source>
        <translation>用户可查看和修改的范围：全区（机关事务管理局本级人员）或某一单位及其下属部门。</translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation>全区</translation>
    </message>
</context>
<context>
    <name>ga::UserTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>业务模块</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>The whole region</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>管辖范围</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>ga::UsersTab</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Only administrators can add or change users.</source>
        <translation>只有系统管理员才能新增或修改用户。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They will no longer be able to log in; their history is kept.</source>
        <translation>确定停用 %1（%2）吗？停用后该用户将无法登录，其历史记录将予以保留。</translation>
    </message>
    <message>
        <source>Activate user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
    <message>
        <source>Lock user</source>
        <translation>锁定用户</translation>
    </message>
    <message>
        <source>Lock %1 (%2)? They cannot log in until an administrator unlocks the account; everything else stays as it is.</source>
        <translation>锁定 %1（%2）？在管理员解锁之前该用户无法登录，其他一切保持不变。</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>解锁用户</translation>
    </message>
</context>
<context>
    <name>ga::VehicleDialog</name>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Fleet number:</source>
        <translation>自编号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>车辆类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>能源类型(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>座位数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Licence class needed:</source>
        <translation>所需准驾车型(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;urchase date:</source>
        <translation>购置日期(&amp;U)：</translation>
    </message>
    <message>
        <source>Purchase pr&amp;ice (yuan):</source>
        <translation>购置价格（元）(&amp;I)：</translation>
    </message>
    <message>
        <source>O&amp;wnership:</source>
        <translation>产权性质(&amp;W)：</translation>
    </message>
    <message>
        <source>Lesso&amp;r:</source>
        <translation>出租方(&amp;R)：</translation>
    </message>
    <message>
        <source>Lease per mon&amp;th (yuan):</source>
        <translation>月租金（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Odometer:</source>
        <translation>里程表读数(&amp;O)：</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>Fuel c&amp;ard:</source>
        <translation>油卡(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ga::VehicleFileDialog</name>
    <message>
        <source>Maintenance &amp;&amp; repairs</source>
        <translation>维修 &amp;&amp; 保养</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>维修单位</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程表读数(km)</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>年检</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检验结果</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起保日期</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违章</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况描述</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃料</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>加油站</translation>
    </message>
    <message>
        <source>Long-term assignments</source>
        <translation>相对固定派遣</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>用车记录</translation>
    </message>
    <message>
        <source>Brand / model:</source>
        <translation>品牌 / 型号：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>能源类型：</translation>
    </message>
    <message>
        <source>Seats / licence:</source>
        <translation>座位数 / 准驾车型：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>所属部门：</translation>
    </message>
    <message>
        <source>Ownership:</source>
        <translation>产权性质：</translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation>购置日期：</translation>
    </message>
    <message>
        <source>Odometer:</source>
        <translation>里程表读数：</translation>
    </message>
    <message>
        <source>Fleet no.:</source>
        <translation>自编号：</translation>
    </message>
    <message>
        <source>Fuel card:</source>
        <translation>油卡：</translation>
    </message>
    <message>
        <source>Inspection valid until:</source>
        <translation>年检有效期至：</translation>
    </message>
    <message>
        <source>Insured until:</source>
        <translation>保险有效期至：</translation>
    </message>
    <message>
        <source>Vehicle file</source>
        <translation>一车一档</translation>
    </message>
    <message>
        <source>Vehicle file — %1</source>
        <translation>一车一档 — %1</translation>
    </message>
    <message>
        <source>%1 seats, licence %2</source>
        <translation>%1 座，准驾车型 %2</translation>
    </message>
    <message>
        <source>Leased from %1, %2 a month</source>
        <translation>租自%1，月租金 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>L</source>
        <translation>升</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>km</source>
        <translation>里程(km)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ga::VehicleListModel</name>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Fleet no.</source>
        <translation>自编号</translation>
    </message>
    <message>
        <source>Brand / model</source>
        <translation>品牌/型号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源类型</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>产权性质</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>里程表读数(km)</translation>
    </message>
    <message>
        <source>Fuel card</source>
        <translation>油卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ga::VehiclesPage</name>
    <message>
        <source>Dispatch board</source>
        <translation>派车调度台</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>用车记录</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>ga::ViolationDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;river responsible:</source>
        <translation>责任驾驶员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>情况描述(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Fine (yuan):</source>
        <translation>罚款（元）(&amp;F)：</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>记分(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Settled</source>
        <translation>已处理(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ga::energy::CoefficientDialog</name>
    <message>
        <source>Standard-coal coefficient</source>
        <translation>标准煤折算系数</translation>
    </message>
    <message>
        <source>&amp;Energy type:</source>
        <translation>能源品种(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>启用日期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;kgce per unit:</source>
        <translation>每单位千克标准煤(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Density:</source>
        <translation>密度(&amp;D)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Edit coefficient</source>
        <translation>编辑折算系数</translation>
    </message>
    <message>
        <source>New coefficient version</source>
        <translation>新增折算系数版本</translation>
    </message>
</context>
<context>
    <name>ga::energy::CoefficientsTab</name>
    <message>
        <source>Standard-coal coefficients</source>
        <translation>标准煤折算系数</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>新增版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Standard-coal coefficients (GB/T 2589). Each version applies from its date, so a past period keeps the coefficients it was converted with. Only administrators change them; every change is audited.</source>
        <translation>标准煤折算系数（GB/T 2589）。每个版本自其启用日期起适用，以往期间保留当时使用的系数。只有系统管理员可以修改，每次修改均记入审计日志。</translation>
    </message>
    <message>
        <source>Energy type</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>kgce per unit</source>
        <translation>每单位千克标准煤</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Density (kg/L)</source>
        <translation>密度（kg/L）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ga::energy::ConfirmReadingDialog</name>
    <message>
        <source>Confirm a flagged reading</source>
        <translation>确认异常读数</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>情况说明(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Old meter&apos;s last index:</source>
        <translation>旧表末次读数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;New meter&apos;s first index:</source>
        <translation>新表起始读数(&amp;N)：</translation>
    </message>
    <message>
        <source>Confirmation no&amp;te:</source>
        <translation>确认说明(&amp;T)：</translation>
    </message>
    <message>
        <source>Why the reading is right (checked on site, invoice, …)</source>
        <translation>读数正确的理由（现场核实、发票等）</translation>
    </message>
    <message>
        <source>The reading %1 %2 of meter %3 for %4 is flagged: %5.</source>
        <translation>计量表 %3 %4 的读数 %1 %2 被标记为异常：%5。</translation>
    </message>
    <message>
        <source>The reading is right as entered</source>
        <translation>读数无误，按录入值保存</translation>
    </message>
    <message>
        <source>The register rolled over</source>
        <translation>计量表已翻表（满量程归零）</translation>
    </message>
    <message>
        <source>The meter was replaced</source>
        <translation>计量表已更换</translation>
    </message>
</context>
<context>
    <name>ga::energy::EnergyPage</name>
    <message>
        <source>Monthly entry</source>
        <translation>月度录入</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>能耗指标</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>折算系数</translation>
    </message>
</context>
<context>
    <name>ga::energy::EntryGridModel</name>
    <message>
        <source>not entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>flagged, awaiting confirmation</source>
        <translation>已标记异常，待确认</translation>
    </message>
    <message>
        <source>confirmed: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>The use of the same month a year before</source>
        <translation>上年同月用量</translation>
    </message>
    <message>
        <source>Last month&apos;s index</source>
        <translation>上月读数</translation>
    </message>
    <message>
        <source>Last month&apos;s amount</source>
        <translation>上月用量</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Same month last year (use)</source>
        <translation>上年同月（用量）</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reading: type a number of %2, at most three decimals.</source>
        <translation>“%1”不是有效读数：请输入以 %2 计的数字，最多三位小数。</translation>
    </message>
</context>
<context>
    <name>ga::energy::EntryGridTab</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>B&amp;uilding:</source>
        <translation>办公楼(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;onfirm…</source>
        <translation>确认(&amp;O)…</translation>
    </message>
    <message>
        <source>Confirm the current flagged reading with a note</source>
        <translation>填写说明，确认当前异常读数</translation>
    </message>
    <message>
        <source>Entry grid</source>
        <translation>月度录入</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部办公楼</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n meter(s) entered; %2 awaiting confirmation.</source>
        <translation>
            <numerusform>%n 块计量表中已录入 %1 块；%2 条待确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::energy::IndicatorsTab</name>
    <message>
        <source>Region</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 个月</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 个月</translation>
    </message>
    <message>
        <source>&amp;Trend:</source>
        <translation>趋势(&amp;T)：</translation>
    </message>
    <message>
        <source>Set &amp;quota…</source>
        <translation>设置定额(&amp;Q)…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>2020 baseline</source>
        <translation>2020 年基准</translation>
    </message>
    <message>
        <source>2025 target</source>
        <translation>2025 年目标</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>能耗指标</translation>
    </message>
    <message>
        <source>All buildings in scope</source>
        <translation>管辖范围内全部办公楼</translation>
    </message>
    <message>
        <source>Total energy (tce)</source>
        <translation>综合能耗（吨标准煤）</translation>
    </message>
    <message>
        <source>Total energy (kgce)</source>
        <translation>综合能耗（千克标准煤）</translation>
    </message>
    <message>
        <source>Energy per m² of floor area (kgce/m²)</source>
        <translation>单位建筑面积能耗（kgce/m²）</translation>
    </message>
    <message>
        <source>Energy per person (kgce/person)</source>
        <translation>人均综合能耗（kgce/人）</translation>
    </message>
    <message>
        <source>Water per person (m³/person)</source>
        <translation>人均用水量（m³/人）</translation>
    </message>
    <message>
        <source>Month on month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Cost (¥)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 kgce</source>
        <translation>%1 kgce</translation>
    </message>
    <message numerus="yes">
        <source>Complete: every meter of the %n building(s) has its readings for %1 – %2.</source>
        <translation>
            <numerusform>数据完整：%n 栋办公楼的全部计量表均有 %1 – %2 的读数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n building(s) lack readings; the intensity is not given. Missing months: %1.</source>
        <translation>
            <numerusform>数据不完整：%n 栋办公楼缺少读数，不计算单位能耗指标。缺失月份：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged reading(s) await a confirmation.</source>
        <translation>
            <numerusform>%n 条异常读数待确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 kgce/%3 from %4</source>
        <translation>%1 %2 kgce/%3（自 %4 起）</translation>
    </message>
    <message>
        <source>Coefficients used: %1.</source>
        <translation>采用的折算系数：%1。</translation>
    </message>
    <message>
        <source>No quota is set for %1.</source>
        <translation>%1 年未设定额。</translation>
    </message>
    <message numerus="yes">
        <source>Quota %1 kgce; forecast for the year %2 kgce from %n month(s) (%3)%4.</source>
        <translation>
            <numerusform>定额 %1 kgce；根据 %n 个月数据预测全年 %2 kgce（%3）%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>with last year&apos;s seasonal shape</source>
        <translation>按上年季节分布</translation>
    </message>
    <message>
        <source>pro rata</source>
        <translation>按比例</translation>
    </message>
    <message>
        <source>: over the quota</source>
        <translation>：超出定额</translation>
    </message>
    <message>
        <source>Energy by type (kgce)</source>
        <translation>分品种能耗（kgce）</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Trend: kgce per month, %n month(s)</source>
        <translation>
            <numerusform>趋势：每月能耗（kgce），%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest intensity %1 (kgce/m², complete years)</source>
        <translation>%1 年单位面积能耗最高的办公楼（kgce/m²，数据完整）</translation>
    </message>
    <message>
        <source>kgce/m²</source>
        <translation>kgce/m²</translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation>设置定额</translation>
    </message>
</context>
<context>
    <name>ga::energy::MeterDialog</name>
    <message>
        <source>Meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>办公楼(&amp;B)：</translation>
    </message>
    <message>
        <source>Meter &amp;number:</source>
        <translation>表号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation>读数方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;First month:</source>
        <translation>起始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Installation index:</source>
        <translation>初始读数(&amp;I)：</translation>
    </message>
    <message>
        <source>R&amp;oll-over index:</source>
        <translation>满量程读数(&amp;O)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>单价(&amp;P)：</translation>
    </message>
    <message>
        <source>by invoice</source>
        <translation>按发票</translation>
    </message>
    <message>
        <source>Re&amp;mark:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <source>Edit meter</source>
        <translation>编辑计量表</translation>
    </message>
    <message>
        <source>New meter</source>
        <translation>新增计量表</translation>
    </message>
</context>
<context>
    <name>ga::energy::MeterTableModel</name>
    <message>
        <source>Building</source>
        <translation>办公楼</translation>
    </message>
    <message>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数方式</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>起抄月份</translation>
    </message>
    <message>
        <source>Unit price (¥)</source>
        <translation>单价（元）</translation>
    </message>
    <message>
        <source>by invoice</source>
        <translation>按发票</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>ga::energy::MetersTab</name>
    <message>
        <source>Meters</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>&amp;New meter…</source>
        <translation>新增计量表(&amp;N)…</translation>
    </message>
    <message>
        <source>Search meter number, building code or name</source>
        <translation>搜索表号、办公楼编码或名称</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>显示已停用(&amp;T)</translation>
    </message>
    <message>
        <source>No meters match the filter.</source>
        <translation>没有符合条件的计量表。</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s)</source>
        <translation>
            <numerusform>%n 块计量表</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit meter</source>
        <translation>编辑计量表</translation>
    </message>
    <message>
        <source>Retire meter</source>
        <translation>停用计量表</translation>
    </message>
    <message>
        <source>Retire meter &quot;%1&quot;? Its readings are kept.</source>
        <translation>停用计量表“%1”？其抄表记录将保留。</translation>
    </message>
    <message>
        <source>Reactivate meter</source>
        <translation>重新启用计量表</translation>
    </message>
    <message>
        <source>Reactivate meter &quot;%1&quot;?</source>
        <translation>重新启用计量表“%1”？</translation>
    </message>
    <message>
        <source>Delete meter</source>
        <translation>删除计量表</translation>
    </message>
    <message>
        <source>Delete meter &quot;%1&quot; for good? Only a meter without readings can be deleted.</source>
        <translation>永久删除计量表“%1”？只有没有抄表记录的计量表才能删除。</translation>
    </message>
</context>
<context>
    <name>ga::energy::QuotaDialog</name>
    <message>
        <source>Energy quota</source>
        <translation>能耗定额</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>定额(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Energy quota of %1</source>
        <translation>%1 的能耗定额</translation>
    </message>
</context>
<context>
    <name>ga::energy::ReadingHeatMap</name>
    <message>
        <source>No buildings</source>
        <translation>没有办公楼</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>no meters</source>
        <translation>无计量表</translation>
    </message>
</context>
<context>
    <name>ga::housing::AcceptOfferDialog</name>
    <message>
        <source>&amp;Start:</source>
        <translation>起租日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Agreed end:</source>
        <translation>约定到期日(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>押金(&amp;D)：</translation>
    </message>
    <message>
        <source>Sign the tenancy</source>
        <translation>签订租约</translation>
    </message>
    <message>
        <source>%1 accepts %2 %3.</source>
        <translation>%1 接受 %2 %3。</translation>
    </message>
    <message>
        <source>Monthly rent %1, frozen at signing. The term may run to %2 at most.</source>
        <translation>月租金 %1，签约时锁定。租期最长至 %2。</translation>
    </message>
</context>
<context>
    <name>ga::housing::ApplicationDialog</name>
    <message>
        <source>&amp;Staff number:</source>
        <translation>人员编号(&amp;S)：</translation>
    </message>
    <message>
        <source>Applied &amp;on:</source>
        <translation>申请日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Household size:</source>
        <translation>家庭人数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>户型(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Priority points:</source>
        <translation>优先分(&amp;P)：</translation>
    </message>
    <message>
        <source>Priority &amp;grounds:</source>
        <translation>优先依据(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;No housing of their own locally</source>
        <translation>本地无自有住房(&amp;N)</translation>
    </message>
    <message>
        <source>New housing application</source>
        <translation>新建住房申请</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s staff number.</source>
        <translation>请输入申请人的人员编号。</translation>
    </message>
    <message>
        <source>No staff member has the number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>%1 (%2): eligible.</source>
        <translation>%1（%2）：符合申请条件。</translation>
    </message>
    <message>
        <source>%1 is not eligible:
%2</source>
        <translation>%1 不符合申请条件：
%2</translation>
    </message>
</context>
<context>
    <name>ga::housing::ApplicationsTab</name>
    <message>
        <source>Applications</source>
        <translation>住房申请</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Search name or staff number</source>
        <translation>搜索姓名或人员编号</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>户型(&amp;L)：</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>显示已办结(&amp;C)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <source>Priority points</source>
        <translation>优先分</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Passed over because</source>
        <translation>被越过的原因</translation>
    </message>
    <message>
        <source>Any layout</source>
        <translation>全部户型</translation>
    </message>
    <message>
        <source>No applications match the filter.</source>
        <translation>没有符合条件的申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 份申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>Withdraw the application? It leaves the queue; the record is kept.</source>
        <translation>撤回该申请？申请将退出轮候，记录保留。</translation>
    </message>
</context>
<context>
    <name>ga::housing::ArrearsTab</name>
    <message>
        <source>Arrears</source>
        <translation>欠租</translation>
    </message>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>小区(&amp;M)：</translation>
    </message>
    <message>
        <source>Mi&amp;nimum months:</source>
        <translation>最少欠缴月数(&amp;N)：</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>All complexes</source>
        <translation>全部小区</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n tenant(s))</source>
        <translation>
            <numerusform>%1：%2（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrears.</source>
        <translation>无欠租。</translation>
    </message>
    <message>
        <source>Per complex: %1</source>
        <translation>按小区：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No tenant owes rent.</source>
        <translation>没有租户欠缴租金。</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) owe rent</source>
        <translation>
            <numerusform>%n 户欠缴租金</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::housing::CheckoutDialog</name>
    <message>
        <source>Check-out &amp;date:</source>
        <translation>退房日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Utilities:</source>
        <translation>水电燃气费(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Flat afterwards:</source>
        <translation>退房后房屋状态(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Inspection:</source>
        <translation>验房(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退房</translation>
    </message>
    <message>
        <source>%1, %2 %3, since %4; deposit %5.</source>
        <translation>%1，%2 %3，自 %4 起租；押金 %5。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Damage cost</source>
        <translation>损坏赔偿</translation>
    </message>
    <message>
        <source>Rent to the day %1 + utilities %2 + damages %3 − deposit %4 − credit %5 = %6</source>
        <translation>按日计租金 %1 + 水电燃气费 %2 + 损坏赔偿 %3 − 押金 %4 − 预缴余额 %5 = %6</translation>
    </message>
    <message>
        <source>To be paid back to the tenant: %1</source>
        <translation>应退还租户：%1</translation>
    </message>
    <message>
        <source>To be paid by the tenant: %1</source>
        <translation>租户应补缴：%1</translation>
    </message>
</context>
<context>
    <name>ga::housing::ComplexDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Managing &amp;unit:</source>
        <translation>管理单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Rent per m² a month:</source>
        <translation>每平方米月租金(&amp;R)：</translation>
    </message>
    <message>
        <source>Edit housing complex</source>
        <translation>编辑住房小区</translation>
    </message>
    <message>
        <source>New housing complex</source>
        <translation>新建住房小区</translation>
    </message>
    <message>
        <source> per m² a month</source>
        <translation> /平方米·月</translation>
    </message>
</context>
<context>
    <name>ga::housing::ComplexesTab</name>
    <message>
        <source>Housing complexes</source>
        <translation>住房小区</translation>
    </message>
    <message>
        <source>&amp;New complex…</source>
        <translation>新建小区(&amp;N)…</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>显示已停用(&amp;T)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Managing unit</source>
        <translation>管理单位</translation>
    </message>
    <message>
        <source>Rent per m² a month</source>
        <translation>每平方米月租金</translation>
    </message>
    <message>
        <source>Flats</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>No housing complexes yet.</source>
        <translation>尚无住房小区。</translation>
    </message>
    <message numerus="yes">
        <source>%n complex(es)</source>
        <translation>
            <numerusform>%n 个小区</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire complex</source>
        <translation>停用小区</translation>
    </message>
    <message>
        <source>Retire the complex? Its flats and history are kept.</source>
        <translation>停用该小区？其房屋和历史记录均保留。</translation>
    </message>
    <message>
        <source>Reactivate complex</source>
        <translation>重新启用小区</translation>
    </message>
    <message>
        <source>Reactivate the complex?</source>
        <translation>重新启用该小区？</translation>
    </message>
    <message>
        <source>Delete complex</source>
        <translation>删除小区</translation>
    </message>
    <message>
        <source>Delete the complex for good? Only a complex without flats can be deleted.</source>
        <translation>永久删除该小区？只有没有房屋的小区才能删除。</translation>
    </message>
</context>
<context>
    <name>ga::housing::ExtendDialog</name>
    <message>
        <source>&amp;New end:</source>
        <translation>新到期日(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Extend tenancy</source>
        <translation>租约延期</translation>
    </message>
    <message>
        <source>%1, %2 %3: agreed end %4. Beyond %5 (the maximum term) only a manager may extend, with the reason recorded.</source>
        <translation>%1，%2 %3：约定到期日 %4。超过 %5（最长租期）的延期只能由主管领导批准，并记录理由。</translation>
    </message>
</context>
<context>
    <name>ga::housing::FlatDialog</name>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>小区(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>房号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>面积(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>户型(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Water meter:</source>
        <translation>水表号(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Electricity meter:</source>
        <translation>电表号(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Gas meter:</source>
        <translation>燃气表号(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Inventory:</source>
        <translation>家具清单(&amp;I)：</translation>
    </message>
    <message>
        <source>Add i&amp;tem</source>
        <translation>添加物品(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除物品(&amp;R)</translation>
    </message>
    <message>
        <source>Edit flat</source>
        <translation>编辑房屋</translation>
    </message>
    <message>
        <source>New flat</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value (¥)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; is not a whole number.</source>
        <translation>“%1”的数量不是整数。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is not an amount.</source>
        <translation>“%1”的价值不是有效金额。</translation>
    </message>
</context>
<context>
    <name>ga::housing::FlatsTab</name>
    <message>
        <source>Flats</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>&amp;New flat…</source>
        <translation>新建房屋(&amp;N)…</translation>
    </message>
    <message>
        <source>Set to main&amp;tenance…</source>
        <translation>设为维修(&amp;T)…</translation>
    </message>
    <message>
        <source>Set v&amp;acant…</source>
        <translation>设为空置(&amp;A)…</translation>
    </message>
    <message>
        <source>Search building, number, layout or meter</source>
        <translation>搜索楼栋、房号、户型或表号</translation>
    </message>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>小区(&amp;M)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>户型(&amp;L)：</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>户型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days vacant</source>
        <translation>空置天数</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Meters (water / electricity / gas)</source>
        <translation>表号（水 / 电 / 燃气）</translation>
    </message>
    <message>
        <source>All complexes</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>Any layout</source>
        <translation>全部户型</translation>
    </message>
    <message>
        <source>No flats match the filter.</source>
        <translation>没有符合条件的房屋。</translation>
    </message>
    <message numerus="yes">
        <source>%n flat(s)</source>
        <translation>
            <numerusform>%n 套房屋</numerusform>
        </translation>
    </message>
    <message>
        <source>Set to maintenance</source>
        <translation>设为维修</translation>
    </message>
    <message>
        <source>Take the flat out of letting for maintenance?</source>
        <translation>将该房屋暂停出租进行维修？</translation>
    </message>
    <message>
        <source>Set vacant</source>
        <translation>设为空置</translation>
    </message>
    <message>
        <source>The maintenance is done: set the flat vacant?</source>
        <translation>维修已完成：将房屋设为空置？</translation>
    </message>
    <message>
        <source>Delete flat</source>
        <translation>删除房屋</translation>
    </message>
    <message>
        <source>Delete the flat for good? Only a flat never offered or let can be deleted.</source>
        <translation>永久删除该房屋？只有从未配租或出租的房屋才能删除。</translation>
    </message>
</context>
<context>
    <name>ga::housing::HousingAlertsTab</name>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Tenancies ending within %1 days, tenants whose post has ended, arrears of %2 months or more (the settings).</source>
        <translation>%1 天内到期的租约、任职已结束的租户、欠租 %2 个月及以上（见设置）。</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Ending within %1 days</source>
        <translation>%1 天内到期</translation>
    </message>
    <message>
        <source>Post ended, still occupying</source>
        <translation>任职已结束仍在住</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠租</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ga::housing::HousingPage</name>
    <message>
        <source>Flats</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Complexes</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>住房申请</translation>
    </message>
    <message>
        <source>Queue and offers</source>
        <translation>轮候与配租</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Rent roll</source>
        <translation>租金台账</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠租</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>ga::housing::OfferDialog</name>
    <message>
        <source>&amp;Flat:</source>
        <translation>房屋(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reason for passing over the head of the queue:</source>
        <translation>越过轮候队首的理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Offer a flat</source>
        <translation>配租房屋</translation>
    </message>
    <message>
        <source>%1, place %2 in the queue for %3.</source>
        <translation>%1，%3 轮候第 %2 位。</translation>
    </message>
    <message>
        <source>%1 heads the queue: record why this applicant is offered the flat first.</source>
        <translation>%1 位列队首：请记录优先向本申请人配租的理由。</translation>
    </message>
    <message>
        <source>%1 %2, %3 m²</source>
        <translation>%1 %2，%3 m²</translation>
    </message>
</context>
<context>
    <name>ga::housing::PaymentDialog</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>缴款日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record a rent payment</source>
        <translation>登记租金缴款</translation>
    </message>
    <message>
        <source>%1, %2 %3, rent of %4: %5, paid %6, owing %7. More than is owed pays the earlier months and is then carried as credit.</source>
        <translation>%1，%2 %3，%4 租金：%5，已缴 %6，欠缴 %7。超出欠缴的部分先抵扣以前月份，余额结转为预缴。</translation>
    </message>
</context>
<context>
    <name>ga::housing::QueueTab</name>
    <message>
        <source>&amp;Offer flat…</source>
        <translation>配租房屋(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Accept offer…</source>
        <translation>接受配租(&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;cline offer…</source>
        <translation>放弃配租(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>户型(&amp;L)：</translation>
    </message>
    <message>
        <source>Waiting, by priority points and then date:</source>
        <translation>轮候中（按优先分，再按日期排序）：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Queue date</source>
        <translation>轮候日期</translation>
    </message>
    <message>
        <source>Priority points</source>
        <translation>优先分</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Passed over because</source>
        <translation>被越过的原因</translation>
    </message>
    <message>
        <source>Open offers:</source>
        <translation>待答复的配租：</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>已配租</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Passed over</source>
        <translation>被越过者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>轮候</translation>
    </message>
    <message>
        <source>Offer flat</source>
        <translation>配租房屋</translation>
    </message>
    <message>
        <source>Choose the applicant in the queue first.</source>
        <translation>请先在轮候队列中选择申请人。</translation>
    </message>
    <message>
        <source>another agency&apos;s applicant</source>
        <translation>其他单位的申请人</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>接受配租</translation>
    </message>
    <message>
        <source>Choose the open offer first.</source>
        <translation>请先选择待答复的配租。</translation>
    </message>
    <message>
        <source>Decline offer</source>
        <translation>放弃配租</translation>
    </message>
    <message>
        <source>Why did %1 decline?</source>
        <translation>%1 放弃的原因是什么？</translation>
    </message>
</context>
<context>
    <name>ga::housing::RentRollTab</name>
    <message>
        <source>Rent roll</source>
        <translation>租金台账</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记缴款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Generate month</source>
        <translation>生成本月台账(&amp;G)</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <source>Search tenant</source>
        <translation>搜索租户</translation>
    </message>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>小区(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Unpaid only</source>
        <translation>仅显示未缴清(&amp;U)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>欠缴</translation>
    </message>
    <message>
        <source>All complexes</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM.</source>
        <translation>请按 YYYY-MM 输入月份。</translation>
    </message>
    <message>
        <source>No rent lines for %1: press Generate month.</source>
        <translation>%1 尚无租金条目：请点击“生成本月台账”。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): rent %1, paid %2, owing %3</source>
        <translation>
            <numerusform>%n 条：租金 %1，已缴 %2，欠缴 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate month</source>
        <translation>生成本月台账</translation>
    </message>
    <message numerus="yes">
        <source>The rent roll of %1 was already generated (%n line(s)); nothing was added.</source>
        <translation>
            <numerusform>%1 的租金台账已生成（%n 条），未新增任何条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>No active tenancy to bill for %1.</source>
        <translation>%1 没有需要计租的在租租约。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added for %1, rent %2.</source>
        <translation>
            <numerusform>已为 %1 新增 %n 条，租金 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记缴款</translation>
    </message>
    <message>
        <source>%1 to this month, %2 to earlier months, %3 carried as credit.</source>
        <translation>%1 计入本月，%2 抵扣以前月份，%3 结转为预缴。</translation>
    </message>
</context>
<context>
    <name>ga::housing::TenanciesTab</name>
    <message>
        <source>Tenancies</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>退房(&amp;O)…</translation>
    </message>
    <message>
        <source>Search tenant, building or flat number</source>
        <translation>搜索租户、楼栋或房号</translation>
    </message>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>小区(&amp;M)：</translation>
    </message>
    <message>
        <source>Show &amp;ended</source>
        <translation>显示已结束(&amp;E)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起租日期</translation>
    </message>
    <message>
        <source>Agreed end</source>
        <translation>约定到期日</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>预缴余额</translation>
    </message>
    <message>
        <source>Post ends</source>
        <translation>任职结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>All complexes</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>No tenancies match the filter.</source>
        <translation>没有符合条件的租约。</translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(-ies)</source>
        <translation>
            <numerusform>%n 份租约</numerusform>
        </translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退房</translation>
    </message>
    <message>
        <source>Choose an active tenancy first.</source>
        <translation>请先选择一份在租租约。</translation>
    </message>
    <message>
        <source>Checked out. Pay back %1 to %2.</source>
        <translation>已退房。应退还 %2 %1。</translation>
    </message>
    <message>
        <source>Checked out. %1 pays %2.</source>
        <translation>已退房。%1 应补缴 %2。</translation>
    </message>
</context>
<context>
    <name>ga::offices::AllocationDialog</name>
    <message>
        <source>Room:</source>
        <translation>房间：</translation>
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation>人员编号(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. S000123</source>
        <translation>例如 S000123</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Shares after:</source>
        <translation>分配后人均：</translation>
    </message>
    <message>
        <source>&amp;Reason (over the limit):</source>
        <translation>理由（超标时）(&amp;R)：</translation>
    </message>
    <message>
        <source>Allocate room %1</source>
        <translation>分配房间 %1</translation>
    </message>
    <message>
        <source>%1 %2, floor %3 — %4, usable %5</source>
        <translation>%1 %2，%3 层 — %4，使用面积 %5</translation>
    </message>
    <message>
        <source>Enter the staff number of the person.</source>
        <translation>请输入人员编号。</translation>
    </message>
    <message>
        <source>No staff member has the number &quot;%1&quot;.</source>
        <translation>没有编号为“%1”的人员。</translation>
    </message>
    <message>
        <source>%1 — %2, %3, limit %4</source>
        <translation>%1 — %2，%3，标准 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — over by %4</source>
        <translation>%1：%2 / 标准 %3 — 超出 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / 标准 %3</translation>
    </message>
    <message>
        <source>Over the standard: a manager approves it with a reason, and an over-standard case is opened.</source>
        <translation>超出标准：须由主管说明理由后审批，并将建立超标整改案件。</translation>
    </message>
</context>
<context>
    <name>ga::offices::AssistantDialog</name>
    <message>
        <source>Find an office</source>
        <translation>查找办公室</translation>
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation>人员编号(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. S000123, then Enter</source>
        <translation>例如 S000123，然后按回车</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Offices within the person&apos;s limit, nearest &amp;first:</source>
        <translation>符合标准的办公室，由近及远(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Usable (m²)</source>
        <translation>使用面积（m²）</translation>
    </message>
    <message>
        <source>Occupants now</source>
        <translation>现有人数</translation>
    </message>
    <message>
        <source>Share after (m²)</source>
        <translation>分配后人均（m²）</translation>
    </message>
    <message>
        <source>Enter the staff number and press Enter.</source>
        <translation>请输入人员编号并按回车。</translation>
    </message>
    <message>
        <source>No staff member has the number &quot;%1&quot;.</source>
        <translation>没有编号为“%1”的人员。</translation>
    </message>
    <message>
        <source>%1 — %2; limit %3; now: %4</source>
        <translation>%1 — %2；标准 %3；现在：%4</translation>
    </message>
    <message>
        <source>share %1</source>
        <translation>人均 %1</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>无办公室</translation>
    </message>
    <message>
        <source>same floor</source>
        <translation>同一楼层</translation>
    </message>
    <message>
        <source>same building</source>
        <translation>同一建筑</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>其他建筑</translation>
    </message>
    <message>
        <source>No office of the agency keeps this person within the standard.</source>
        <translation>本单位没有能使此人不超标的办公室。</translation>
    </message>
</context>
<context>
    <name>ga::offices::CaseDialog</name>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Share and limit:</source>
        <translation>人均与标准：</translation>
    </message>
    <message>
        <source>Rectification &amp;plan:</source>
        <translation>整改方案(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Rectification of %1</source>
        <translation>%1 的整改</translation>
    </message>
    <message>
        <source>%1 (%2), %3 — room %4</source>
        <translation>%1（%2），%3 — 房间 %4</translation>
    </message>
    <message>
        <source>share %1, limit %2, over by %3; opened %4</source>
        <translation>人均 %1，标准 %2，超出 %3；立案 %4</translation>
    </message>
</context>
<context>
    <name>ga::offices::CaseTableModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Share (m²)</source>
        <translation>人均（m²）</translation>
    </message>
    <message>
        <source>Limit (m²)</source>
        <translation>标准（m²）</translation>
    </message>
    <message>
        <source>Over by (m²)</source>
        <translation>超出（m²）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Rectification plan</source>
        <translation>整改方案</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
</context>
<context>
    <name>ga::offices::CasesTab</name>
    <message>
        <source>Over-standard cases</source>
        <translation>超标整改案件</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>编辑方案(&amp;E)…</translation>
    </message>
    <message>
        <source>Re-chec&amp;k all</source>
        <translation>全部重新核查(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Show clo&amp;sed</source>
        <translation>显示已关闭(&amp;S)</translation>
    </message>
    <message>
        <source>No cases match the filter.</source>
        <translation>没有符合条件的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，逾期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation>全部重新核查</translation>
    </message>
</context>
<context>
    <name>ga::offices::DisposalDialog</name>
    <message>
        <source>Room:</source>
        <translation>房间：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Dispose of room</source>
        <translation>处置房间</translation>
    </message>
</context>
<context>
    <name>ga::offices::FloorTab</name>
    <message>
        <source>&amp;Building:</source>
        <translation>建筑(&amp;B)：</translation>
    </message>
    <message>
        <source>Fl&amp;oor:</source>
        <translation>楼层(&amp;O)：</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By over-standard</source>
        <translation>按是否超标</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>着色(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Floor view</source>
        <translation>楼层平面</translation>
    </message>
    <message numerus="yes">
        <source>Floor %1 (%n room(s))</source>
        <translation>
            <numerusform>%1 层（%n 间）</numerusform>
        </translation>
    </message>
    <message>
        <source>No rooms registered.</source>
        <translation>尚未登记房间。</translation>
    </message>
    <message>
        <source>%1, floor %2</source>
        <translation>%1，%2 层</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s), %1 usable, %2 over standard</source>
        <translation>
            <numerusform>%n 间，使用面积 %1，超标 %2 间</numerusform>
        </translation>
    </message>
    <message>
        <source>Print floor view</source>
        <translation>打印楼层平面</translation>
    </message>
</context>
<context>
    <name>ga::offices::FloorView</name>
    <message>
        <source>No rooms on this floor.</source>
        <translation>本层没有房间。</translation>
    </message>
    <message>
        <source>Over standard</source>
        <translation>超标</translation>
    </message>
    <message>
        <source>Within standard</source>
        <translation>未超标</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
</context>
<context>
    <name>ga::offices::HistoryDialog</name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>人员编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;End allocation…</source>
        <translation>结束分配(&amp;E)…</translation>
    </message>
    <message>
        <source>current</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>retired or left the post: end this allocation</source>
        <translation>已退休或离岗：请结束此分配</translation>
    </message>
    <message>
        <source>approved over the limit: %1</source>
        <translation>超标审批：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>End allocation</source>
        <translation>结束分配</translation>
    </message>
    <message>
        <source>%1 leaves %2 on (the first day no longer there, YYYY-MM-DD):</source>
        <translation>%1 迁出 %2 的日期（不再使用的第一天，YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>ga::offices::OfficesPage</name>
    <message>
        <source>Room &amp;list</source>
        <translation>房间台账(&amp;L)</translation>
    </message>
    <message>
        <source>Floor vie&amp;w</source>
        <translation>楼层平面(&amp;W)</translation>
    </message>
    <message>
        <source>Over-standard &amp;cases</source>
        <translation>超标整改(&amp;C)</translation>
    </message>
    <message>
        <source>Department &amp;totals</source>
        <translation>部门汇总(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ga::offices::RegisterTab</name>
    <message>
        <source>Building / floor / room</source>
        <translation>建筑 / 楼层 / 房间</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message numerus="yes">
        <source>Floor %1 (%n room(s))</source>
        <translation>
            <numerusform>%1 层（%n 间）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ga::offices::RoomDialog</name>
    <message>
        <source>&amp;Building:</source>
        <translation>建筑(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F)：</translation>
    </message>
    <message>
        <source>Room &amp;number:</source>
        <translation>房间号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Use type:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice kind:</source>
        <translation>服务用房类别(&amp;V)：</translation>
    </message>
    <message>
        <source>Us&amp;able area:</source>
        <translation>使用面积(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Gross area:</source>
        <translation>建筑面积(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Owner agency:</source>
        <translation>权属单位(&amp;O)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>编辑房间</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新建房间</translation>
    </message>
</context>
<context>
    <name>ga::offices::RoomListTab</name>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>&amp;New room…</source>
        <translation>新建房间(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Allocate…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>历史(&amp;Y)…</translation>
    </message>
    <message>
        <source>Fin&amp;d an office…</source>
        <translation>查找办公室(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>维修(&amp;P)…</translation>
    </message>
    <message>
        <source>D&amp;ispose…</source>
        <translation>处置(&amp;I)…</translation>
    </message>
    <message>
        <source>Search room number or notes</source>
        <translation>搜索房间号或备注</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>建筑(&amp;B)：</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>单位(&amp;G)：</translation>
    </message>
    <message>
        <source>All uses</source>
        <translation>全部用途</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Over standard</source>
        <translation>超标(&amp;O)</translation>
    </message>
    <message>
        <source>End re&amp;pair…</source>
        <translation>结束维修(&amp;P)…</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部建筑</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>No rooms match the filter.</source>
        <translation>没有符合条件的房间。</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>编辑房间</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>房间 %1</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Allocations of %1 %2</source>
        <translation>%1 %2 的分配历史</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>End repair</source>
        <translation>结束维修</translation>
    </message>
    <message>
        <source>Put room %1 under repair? It cannot be allocated meanwhile.</source>
        <translation>将房间 %1 设为维修中？维修期间不能分配。</translation>
    </message>
    <message>
        <source>Room %1 is back in service?</source>
        <translation>房间 %1 恢复使用？</translation>
    </message>
</context>
<context>
    <name>ga::offices::RoomTableModel</name>
    <message>
        <source>Building</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Usable (m²)</source>
        <translation>使用面积（m²）</translation>
    </message>
    <message>
        <source>Gross (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, over standard</source>
        <translation>%1，超标</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>使用人</translation>
    </message>
</context>
<context>
    <name>ga::offices::TotalsTab</name>
    <message>
        <source>Office area is the sum of the staff&apos;s shares of their offices; service area the rooms allocated to the department. Lent-out and disposed rooms count for no one.</source>
        <translation>办公面积为本部门人员所占办公室面积之和；服务面积为分配给本部门的房间。出借出租和已处置的房间不计入任何部门。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Office area (m²)</source>
        <translation>办公面积（m²）</translation>
    </message>
    <message>
        <source>Service area (m²)</source>
        <translation>服务面积（m²）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>m² per person</source>
        <translation>人均（m²）</translation>
    </message>
    <message>
        <source>Approved area (m²)</source>
        <translation>核定面积（m²）</translation>
    </message>
    <message>
        <source>Over approved (m²)</source>
        <translation>超出核定（m²）</translation>
    </message>
    <message>
        <source>Department totals</source>
        <translation>部门汇总</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
</TS>
