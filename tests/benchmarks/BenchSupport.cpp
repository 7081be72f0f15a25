#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace ga::bench {

Stats measure(int runs, const std::function<void()> &op, int warmup)
{
    for (int i = 0; i < warmup; ++i)
        op();
    std::vector<double> ms;
    ms.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        op();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.runs = runs;
    s.minMs = ms.front();
    s.maxMs = ms.back();
    s.medianMs = runs % 2 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    return s;
}

namespace {

QString sqlite3Path()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

QString terminated(const QString &statement)
{
    const QString s = statement.trimmed();
    return s.endsWith(QLatin1Char(';')) ? s : s + QLatin1Char(';');
}

// Median wall-clock milliseconds of three runs of `script` through a read-only shell.
double runShell(const QString &sqlite3, const QString &dbPath, const QString &script)
{
    QTemporaryFile file;
    file.open();
    file.write(script.toUtf8());
    file.close();
    std::vector<double> totals;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess p;
        p.setStandardInputFile(file.fileName());
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(sqlite3, {QStringLiteral("-readonly"), dbPath});
        p.waitForFinished(-1);
        totals.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(totals.begin(), totals.end());
    return totals[1];
}

QString repeated(const QString &statement, int repeat)
{
    QString script;
    for (int i = 0; i < repeat; ++i)
        script += terminated(statement) + QLatin1Char('\n');
    return script;
}

} // namespace

double bareSqliteMs(const QString &dbPath, const QString &sql, int repeat)
{
    const QString sqlite3 = sqlite3Path();
    if (sqlite3.isEmpty())
        return -1;
    const double base = runShell(sqlite3, dbPath, repeated(QStringLiteral("SELECT 1"), repeat));
    const double total = runShell(sqlite3, dbPath, repeated(sql, repeat));
    return std::max(0.0, (total - base) / repeat);
}

double bareSqliteMs(const QString &dbPath, const QStringList &operations, int repeat)
{
    const QString sqlite3 = sqlite3Path();
    if (sqlite3.isEmpty() || operations.isEmpty())
        return -1;
    QString script;
    for (int i = 0; i < repeat; ++i)
        for (const QString &op : operations)
            script += terminated(op) + QLatin1Char('\n');
    const qsizetype count = qsizetype(repeat) * operations.size();
    const double base = runShell(sqlite3, dbPath, repeated(QStringLiteral("SELECT 1"), int(count)));
    const double total = runShell(sqlite3, dbPath, script);
    return std::max(0.0, (total - base) / double(count));
}

namespace {

// Median wall-clock milliseconds of three runs of `script` through psql (output discarded);
// negative when psql failed.
double runPsql(const QString &psql, const QString &url, const QString &script)
{
    QTemporaryFile file;
    file.open();
    file.write(script.toUtf8());
    file.close();
    std::vector<double> totals;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"),
                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-d"), url, QStringLiteral("-f"), file.fileName()});
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "psql failed: %s\n", p.readAllStandardError().constData());
            return -1;
        }
        totals.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(totals.begin(), totals.end());
    return totals[1];
}

} // namespace

double barePsqlMs(const QString &url, const QStringList &operations, int repeat)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty() || operations.isEmpty())
        return -1;
    QString script;
    for (int i = 0; i < repeat; ++i)
        for (const QString &op : operations)
            script += terminated(op) + QLatin1Char('\n');
    const qsizetype count = qsizetype(repeat) * operations.size();
    const double base = runPsql(psql, url, repeated(QStringLiteral("SELECT 1"), int(count)));
    const double total = runPsql(psql, url, script);
    if (base < 0 || total < 0)
        return -1;
    return std::max(0.0, (total - base) / double(count));
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

double bareMs(const QString &location, const QString &sql, int repeat)
{
    return isServerLocation(location) ? barePsqlMs(location, {sql}, repeat)
                                      : bareSqliteMs(location, sql, repeat);
}

double bareMs(const QString &location, const QStringList &operations, int repeat)
{
    return isServerLocation(location) ? barePsqlMs(location, operations, repeat)
                                      : bareSqliteMs(location, operations, repeat);
}

double sqliteScriptMs(const QString &dbPath, const QString &script)
{
    const QString sqlite3 = sqlite3Path();
    if (sqlite3.isEmpty())
        return -1;
    QTemporaryFile file;
    file.open();
    file.write(script.toUtf8());
    file.close();
    QProcess p;
    p.setStandardInputFile(file.fileName());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(sqlite3, {QStringLiteral("-bail"), dbPath});
    p.waitForFinished(-1);
    const double ms = t.nsecsElapsed() / 1e6;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms : -1;
}

QString withLiterals(QString sql, const QList<std::pair<QString, QVariant>> &binds)
{
    auto sorted = binds;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[name, value] : sorted) {
        QString literal;
        if (value.isNull())
            literal = QStringLiteral("NULL");
        else if (value.typeId() == QMetaType::QString)
            literal = QLatin1Char('\'')
                + value.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
        else
            literal = value.toString();
        sql.replace(name, literal);
    }
    return sql;
}

double residentMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

QString markdownTable(const std::vector<Row> &rows)
{
    QString out;
    QTextStream ts(&out);
    ts << "| operation | scale | median ms | min ms | max ms | runs | bare sqlite3 ms | ratio | "
          "target | note |\n";
    ts << "|---|---|---:|---:|---:|---:|---:|---:|---|---|\n";
    const auto ms = [](double v) { return QString::number(v, 'f', 3); };
    for (const Row &r : rows) {
        const QString bare = r.bareMs < 0 ? QStringLiteral("–") : ms(r.bareMs);
        const QString ratio = r.bareMs <= 0 ? QStringLiteral("–")
                                            : QString::number(r.stats.medianMs / r.bareMs, 'f', 1);
        ts << "| " << r.operation << " | " << r.scale << " | " << ms(r.stats.medianMs) << " | "
           << ms(r.stats.minMs) << " | " << ms(r.stats.maxMs) << " | " << r.stats.runs << " | "
           << bare << " | " << ratio << " | " << r.target << " | " << r.note << " |\n";
    }
    ts.flush();
    return out;
}

void printMarkdown(const std::vector<Row> &rows)
{
    std::fputs(markdownTable(rows).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace ga::bench
