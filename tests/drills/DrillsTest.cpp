#include <catch2/catch.hpp>

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <functional>
#include <optional>

#include <sys/types.h>
#include <signal.h>
#include <unistd.h>

using namespace ga;

// Crash drills (label `drills`): the real program (`govassets` and its CLI, the dispatch desk of
// the concurrency test) is killed with SIGKILL at random moments of a piece of work, 20 kills
// per drill (GA_DRILL_KILLS raises it for a long run). After every kill the store must pass
// `PRAGMA integrity_check`, hold exactly the rows of before or of after the work (never a part),
// open in the program, and a repeat of the work must succeed. The figures go to stdout and to
// docs/reliability.md.

namespace {

int killsPerDrill()
{
    const int n = qEnvironmentVariableIntValue("GA_DRILL_KILLS");
    return n >= 20 ? n : 20;
}

// A read-only look at a store file, beside any program (its own connection).
class RawStore
{
public:
    explicit RawStore(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawStore()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    qint64 count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
    bool hasTable(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name = '%1'")
                          .arg(table))
                   .toInt()
               == 1;
    }
    QString integrity() const { return scalar(QStringLiteral("PRAGMA integrity_check")).toString(); }

private:
    QString m_name;
    bool m_open = false;
};

struct ProcessResult
{
    bool killed = false; // SIGKILL arrived while it was still running
    int exitCode = 0;
    QString output;
};

// Runs `program arguments`; with `killAfterMs`, SIGKILLs it after that long (when still running).
ProcessResult runProgram(const QString &program, const QStringList &arguments,
                         std::optional<int> killAfterMs = std::nullopt, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    REQUIRE(p.waitForStarted(10000));
    ProcessResult r;
    if (killAfterMs && !p.waitForFinished(*killAfterMs))
        ::kill(pid_t(p.processId()), SIGKILL);
    if (p.state() != QProcess::NotRunning)
        REQUIRE(p.waitForFinished(timeoutMs));
    // The signal may come a moment after the program ended by itself: then it did not kill it.
    r.killed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

// Copies a closed store (no -wal beside it) to `to`, replacing what is there.
void copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    REQUIRE(QFile::copy(from, to));
}

struct DrillFigures
{
    int runs = 0;
    int killed = 0;      // still at work when the signal came
    int survived = 0;    // killed, and every check after it passed
    int before = 0;      // the store held the rows of before the work
    int after = 0;       // … of after it
};

void report(const char *drill, const DrillFigures &f, qint64 windowMs)
{
    std::printf("drill %s: %d runs over a %lld ms window, %d killed mid-work, %d survived "
                "(%d left as before, %d as after)\n",
                drill, f.runs, static_cast<long long>(windowMs), f.killed, f.survived, f.before,
                f.after);
    std::fflush(stdout);
}

// The fuel statement of the drill: `rows` rows over the vehicles with cards 9000…
QByteArray fuelStatement(int vehicles, int rows)
{
    QByteArray csv = "卡号,交易时间,油品,数量,金额\n";
    csv.reserve(rows * 48);
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0));
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1,%2,92#,%3,%4\n")
                   .arg(9000 + i % vehicles)
                   .arg(base.addSecs(qint64(i) * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(10 + i % 40)
                   .arg(100 + i % 300)
                   .toUtf8();
    return csv;
}

// A store with one department, `vehicles` vehicles with fuel cards 9000…, inspected and insured,
// `drivers` drivers and `trips` approved trips over three days, many overlapping.
void makeFleetStore(const QString &path, int vehicles, int drivers, int trips)
{
    {
        Database db(path); // migrated
    }
    RawStore raw(path);
    REQUIRE(raw.isOpen());
    QSqlQuery q(raw.connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO departments (code, name, kind, created_at) "
                                  "VALUES ('D01', '办公厅', 'agency', 0)")));
    for (int i = 0; i < vehicles; ++i) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO vehicles (plate, brand, category, energy_type, "
                                      "seats, ownership, department_id, fuel_card_no, created_at) "
                                      "VALUES ('宁A·3%1', '红旗', 'general', 'petrol', 7, "
                                      "'retained', 1, '%2', 0)")
                           .arg(i, 4, 10, QLatin1Char('0'))
                           .arg(9000 + i)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO vehicle_inspections (vehicle_id, date, expiry, "
                                      "created_at) VALUES (%1, '2026-01-01', '2027-12-31', 0)")
                           .arg(i + 1)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO vehicle_insurance (vehicle_id, insurer, "
                                      "start_date, expiry, created_at) VALUES (%1, '人保', "
                                      "'2026-01-01', '2027-12-31', 0)")
                           .arg(i + 1)));
    }
    for (int i = 0; i < drivers; ++i)
        REQUIRE(q.exec(QStringLiteral("INSERT INTO drivers (name, employment, licence_class, "
                                      "licence_expiry, created_at) VALUES ('司机%1', "
                                      "'established', 'C1', '2030-01-01', 0)")
                           .arg(i)));
    const qint64 day0 = QDateTime(QDate::currentDate().addDays(1), QTime(8, 0)).toSecsSinceEpoch();
    for (int i = 0; i < trips; ++i) {
        const qint64 start = day0 + (i * 7919 % (3 * 24 * 4)) * 900;
        REQUIRE(q.exec(QStringLiteral("INSERT INTO trips (request_no, department_id, purpose, "
                                      "destination, passengers, planned_start, planned_end, "
                                      "status, approved_at, created_at) VALUES ('PC9%1', 1, "
                                      "'公务', '市政府', 2, %2, %3, 'approved', 0, 0)")
                           .arg(i, 5, 10, QLatin1Char('0'))
                           .arg(start)
                           .arg(start + (1 + i % 4) * 3600)));
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

// Runs the drill: `runs` times a fresh work store (prepare()), the work started and killed at a
// random moment of [0, window], then check(killed) — which REQUIREs the store's state and
// returns whether it was left as after the work — and a repeat of the work that must succeed.
DrillFigures drill(const QString &name, qint64 windowMs, const std::function<void()> &prepare,
                   const std::function<ProcessResult(std::optional<int>)> &work,
                   const std::function<bool(bool killed)> &check,
                   const std::function<void()> &repeat)
{
    DrillFigures f;
    QRandomGenerator random(quint32(qHash(name)));
    // Until the signal has hit the program at work killsPerDrill() times (a run that ended
    // before its moment counts as a run, not a kill), at most five runs per kill wanted.
    for (int i = 0; f.killed < killsPerDrill() && i < 5 * killsPerDrill(); ++i) {
        INFO(name.toStdString() << " run " << i);
        prepare();
        const int at = int(random.bounded(qint64(windowMs) + 1));
        const ProcessResult r = work(at);
        ++f.runs;
        if (r.killed)
            ++f.killed;
        else
            REQUIRE(r.exitCode == 0);
        const bool after = check(r.killed);
        (after ? f.after : f.before) += 1;
        repeat();
        if (r.killed)
            ++f.survived;
    }
    report(qPrintable(name), f, windowMs);
    return f;
}

const QString kProgram = QStringLiteral(GA_GOVASSETS);

} // namespace

TEST_CASE("Killed during a fuel import, the store holds all of the statement or none of it",
          "[drills]")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const QString work = dir.filePath(QStringLiteral("work.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("fuel.csv"));
    const int rows = 200000;
    makeFleetStore(pristine, 200, 0, 0);
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fuelStatement(200, rows));
    }
    const QStringList args {QStringLiteral("import"), QStringLiteral("fuel"), QStringLiteral("--db"),
                            work, QStringLiteral("--file"), csv, QStringLiteral("--strict")};
    // The whole import once, unkilled: the window the kills fall in.
    copyStore(pristine, work);
    QElapsedTimer timer;
    timer.start();
    const ProcessResult full = runProgram(kProgram, args);
    INFO(full.output.toStdString());
    REQUIRE(full.exitCode == 0);
    const qint64 window = timer.elapsed();
    REQUIRE(RawStore(work).count(QStringLiteral("fuel_transactions")) == rows);

    const DrillFigures f = drill(
        QStringLiteral("fuel import"), window, [&] { copyStore(pristine, work); },
        [&](std::optional<int> at) { return runProgram(kProgram, args, at); },
        [&](bool) {
            RawStore s(work);
            REQUIRE(s.integrity() == QStringLiteral("ok"));
            const qint64 n = s.count(QStringLiteral("fuel_transactions"));
            const qint64 audited = s.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                           "action = 'import' AND entity = "
                                                           "'fuel_transactions'"))
                                       .toLongLong();
            REQUIRE((n == 0 || n == rows));
            REQUIRE(audited == (n == rows ? 1 : 0));
            return n == rows;
        },
        [&] {
            const ProcessResult again = runProgram(kProgram, args);
            INFO(again.output.toStdString());
            REQUIRE(again.exitCode == 0);
            REQUIRE(RawStore(work).count(QStringLiteral("fuel_transactions")) == rows);
        });
    CHECK(f.killed >= killsPerDrill());
}

TEST_CASE("Killed while generating, a new store holds all of the generated data or none of it",
          "[drills]")
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work.sqlite"));
    const QStringList args {QStringLiteral("generate"), QStringLiteral("--db"), work,
                            QStringLiteral("--scale"), QStringLiteral("small"),
                            QStringLiteral("--date"), QStringLiteral("2026-11-28")};
    const auto clear = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(work + suffix);
        QDir(dir.filePath(QStringLiteral("backups"))).removeRecursively();
    };
    const QStringList tables {QStringLiteral("departments"), QStringLiteral("staff"),
                              QStringLiteral("vehicles"), QStringLiteral("trips"),
                              QStringLiteral("fuel_transactions")};
    clear();
    QElapsedTimer timer;
    timer.start();
    const ProcessResult full = runProgram(kProgram, args);
    INFO(full.output.toStdString());
    REQUIRE(full.exitCode == 0);
    const qint64 window = timer.elapsed();
    QHash<QString, qint64> generated;
    {
        RawStore s(work);
        for (const QString &t : tables)
            generated.insert(t, s.count(t));
    }
    REQUIRE(generated.value(QStringLiteral("trips")) > 0);

    const DrillFigures f = drill(
        QStringLiteral("generator"), window, clear,
        [&](std::optional<int> at) { return runProgram(kProgram, args, at); },
        [&](bool) {
            if (!QFileInfo::exists(work))
                return false; // killed before the file was made
            RawStore s(work);
            REQUIRE(s.isOpen());
            REQUIRE(s.integrity() == QStringLiteral("ok"));
            if (!s.hasTable(QStringLiteral("fuel_transactions")))
                return false; // killed while the schema was being made: generation not begun
            const bool done = s.count(QStringLiteral("trips")) > 0;
            for (const QString &t : tables) {
                INFO(t.toStdString());
                REQUIRE(s.count(t) == (done ? generated.value(t) : 0));
            }
            return done;
        },
        [&] {
            // A store the generator finished refuses a second run (not empty); a store it
            // did not finish takes the repeat.
            bool done = false;
            if (QFileInfo::exists(work)) {
                RawStore s(work);
                done = s.hasTable(QStringLiteral("trips"))
                       && s.count(QStringLiteral("trips")) > 0;
            }
            if (done)
                return;
            const ProcessResult again = runProgram(kProgram, args);
            INFO(again.output.toStdString());
            REQUIRE(again.exitCode == 0);
            REQUIRE(RawStore(work).count(QStringLiteral("trips"))
                    == generated.value(QStringLiteral("trips")));
        });
    CHECK(f.killed >= killsPerDrill());
}

TEST_CASE("Killed while dispatching, no assignment is half-written and none is double-booked",
          "[drills]")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const QString work = dir.filePath(QStringLiteral("work.sqlite"));
    makeFleetStore(pristine, 12, 12, 300);
    const qint64 window = 2500;
    const auto desk = [&](int millis, std::optional<int> at) {
        return runProgram(QStringLiteral(GA_DISPATCH_CLIENT),
                          {work, QString::number(millis), QStringLiteral("7")}, at);
    };
    const DrillFigures f = drill(
        QStringLiteral("dispatch"), window, [&] { copyStore(pristine, work); },
        [&](std::optional<int> at) { return desk(60000, at); },
        [&](bool) {
            RawStore s(work);
            REQUIRE(s.integrity() == QStringLiteral("ok"));
            for (const char *column : {"vehicle_id", "driver_id"}) {
                INFO(column);
                REQUIRE(s.scalar(QStringLiteral("SELECT count(*) FROM trips a JOIN trips b ON "
                                                "a.id < b.id AND a.%1 = b.%1 AND a.planned_start "
                                                "< b.planned_end AND b.planned_start < "
                                                "a.planned_end WHERE a.status = 'assigned' AND "
                                                "b.status = 'assigned'")
                                     .arg(QLatin1String(column)))
                            .toInt()
                        == 0);
            }
            // Each assigned trip has its audit row: the trip and its audit were one write.
            REQUIRE(s.scalar(QStringLiteral("SELECT count(*) FROM trips t WHERE status = "
                                            "'assigned' AND NOT EXISTS (SELECT 1 FROM audit_log "
                                            "a WHERE a.action = 'assign' AND a.entity_id = t.id)"))
                        .toInt()
                    == 0);
            // Every fuel statement the desk imported is whole: its rows as its audit row counts them.
            REQUIRE(s.count(QStringLiteral("fuel_transactions"))
                    == s.scalar(QStringLiteral("SELECT coalesce(sum(json_extract(after_json, "
                                               "'$.accepted')), 0) FROM audit_log WHERE action "
                                               "= 'import'"))
                           .toLongLong());
            return s.count(QStringLiteral("trips WHERE status = 'assigned'")) > 0;
        },
        [&] {
            const ProcessResult again = desk(300, std::nullopt);
            INFO(again.output.toStdString());
            REQUIRE(again.exitCode == 0);
            REQUIRE(again.output.contains(QStringLiteral("busy 0")));
        });
    CHECK(f.killed >= killsPerDrill());
}

TEST_CASE("Killed while migrating, the store is at one schema version and the next start "
          "finishes the upgrade",
          "[drills]")
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work.sqlite"));
    const QStringList args {QStringLiteral("migrate"), QStringLiteral("--db"), work};
    const auto clear = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(work + suffix);
    };
    clear();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runProgram(kProgram, args).exitCode == 0);
    const qint64 window = timer.elapsed();
    const DrillFigures f = drill(
        QStringLiteral("migration"), window, clear,
        [&](std::optional<int> at) { return runProgram(kProgram, args, at); },
        [&](bool) {
            if (!QFileInfo::exists(work))
                return false;
            RawStore s(work);
            REQUIRE(s.isOpen());
            REQUIRE(s.integrity() == QStringLiteral("ok"));
            const int version = s.scalar(QStringLiteral("PRAGMA user_version")).toInt();
            REQUIRE(version >= 0);
            REQUIRE(version <= Database::latestSchemaVersion());
            // Each version's tables are there exactly when its number is: schema 2 brings the
            // vehicles, schema 6 the liaisons.
            REQUIRE(s.hasTable(QStringLiteral("vehicles")) == (version >= 2));
            REQUIRE(s.hasTable(QStringLiteral("dispatch_liaisons")) == (version >= 6));
            return version == Database::latestSchemaVersion();
        },
        [&] {
            const ProcessResult again = runProgram(kProgram, args);
            INFO(again.output.toStdString());
            REQUIRE(again.exitCode == 0);
            REQUIRE(RawStore(work).scalar(QStringLiteral("PRAGMA user_version")).toInt()
                    == Database::latestSchemaVersion());
        });
    CHECK(f.killed >= killsPerDrill());
}

TEST_CASE("Killed while backing up, the target is a checked backup or nothing, and the store is "
          "untouched",
          "[drills]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(runProgram(kProgram, {QStringLiteral("generate"), QStringLiteral("--db"), store,
                                  QStringLiteral("--scale"), QStringLiteral("small"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-28")})
                .exitCode
            == 0);
    const qint64 trips = RawStore(store).count(QStringLiteral("trips"));
    const QStringList args {QStringLiteral("backup"), QStringLiteral("--db"), store,
                            QStringLiteral("--out"), target};
    const auto clear = [&] {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral(".part"));
    };
    clear();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runProgram(kProgram, args).exitCode == 0);
    const qint64 window = timer.elapsed();
    const DrillFigures f = drill(
        QStringLiteral("backup"), window, clear,
        [&](std::optional<int> at) { return runProgram(kProgram, args, at); },
        [&](bool) {
            {
                RawStore s(store);
                REQUIRE(s.integrity() == QStringLiteral("ok"));
                REQUIRE(s.count(QStringLiteral("trips")) == trips);
            }
            if (!QFileInfo::exists(target))
                return false;
            const BackupInfo info = Backup::inspect(target);
            INFO(info.problem.toStdString());
            REQUIRE(info.canRestore());
            return true;
        },
        [&] {
            const ProcessResult again = runProgram(kProgram, args);
            INFO(again.output.toStdString());
            REQUIRE(again.exitCode == 0);
            REQUIRE(Backup::inspect(target).canRestore());
        });
    CHECK(f.killed >= killsPerDrill());
}

namespace {

// Runs the program with writes limited to files of `limitKb` KiB (RLIMIT_FSIZE, SIGXFSZ
// ignored, so a write beyond it fails as on a full disk instead of killing the program).
ProcessResult runOnFullDisk(qint64 limitKb, const QStringList &arguments)
{
    return runProgram(QStringLiteral("bash"),
                      QStringList {QStringLiteral("-c"),
                                   QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                       .arg(limitKb),
                                   kProgram}
                          + arguments);
}

qint64 fileKb(const QString &path)
{
    return QFileInfo(path).size() / 1024;
}

} // namespace

TEST_CASE("A fuel import onto a full disk fails with a clear message and leaves the store as it "
          "was",
          "[drills][disk]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("fuel.csv"));
    makeFleetStore(store, 200, 0, 0);
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fuelStatement(200, 200000));
    }
    const QStringList args {QStringLiteral("import"), QStringLiteral("fuel"), QStringLiteral("--db"),
                            store, QStringLiteral("--file"), csv, QStringLiteral("--strict")};
    // Room for the store as it is and 2 MB more: the 200,000 rows need about 20 MB.
    const ProcessResult full = runOnFullDisk(fileKb(store) + 2048, args);
    INFO(full.output.toStdString());
    CHECK(full.exitCode == 1);
    CHECK(full.output.contains(QStringLiteral("it may be full")));
    CHECK(full.output.contains(QStringLiteral("nothing was saved")));
    {
        RawStore s(store);
        CHECK(s.integrity() == QStringLiteral("ok"));
        CHECK(s.count(QStringLiteral("fuel_transactions")) == 0);
    }
    // With room again, the same import goes through.
    const ProcessResult again = runProgram(kProgram, args);
    INFO(again.output.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(RawStore(store).count(QStringLiteral("fuel_transactions")) == 200000);
}

TEST_CASE("A backup onto a full disk fails with a clear message and leaves no backup behind",
          "[drills][disk]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    makeFleetStore(store, 200, 50, 3000);
    {
        QFile f(dir.filePath(QStringLiteral("fuel.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fuelStatement(200, 50000));
    }
    REQUIRE(runProgram(kProgram, {QStringLiteral("import"), QStringLiteral("fuel"),
                                  QStringLiteral("--db"), store, QStringLiteral("--file"),
                                  dir.filePath(QStringLiteral("fuel.csv"))})
                .exitCode
            == 0);
    const qint64 rows = RawStore(store).count(QStringLiteral("fuel_transactions"));
    // Room for half of the copy.
    const ProcessResult full = runOnFullDisk(fileKb(store) / 2,
                                             {QStringLiteral("backup"), QStringLiteral("--db"),
                                              store, QStringLiteral("--out"), target});
    INFO(full.output.toStdString());
    CHECK(full.exitCode == 1);
    CHECK(full.output.contains(QStringLiteral("it may be full")));
    CHECK_FALSE(QFileInfo::exists(target));
    {
        RawStore s(store);
        CHECK(s.integrity() == QStringLiteral("ok"));
        CHECK(s.count(QStringLiteral("fuel_transactions")) == rows);
    }
    CHECK(runProgram(kProgram, {QStringLiteral("backup"), QStringLiteral("--db"), store,
                                QStringLiteral("--out"), target})
              .exitCode
          == 0);
    CHECK(Backup::inspect(target).canRestore());
}

TEST_CASE("An import into a read-only store fails with a clear message and changes nothing",
          "[drills][disk]")
{
    if (::geteuid() == 0) {
        WARN("Run as root: file permissions do not stop root's writes, so the read-only case "
             "cannot be made here.");
        return;
    }
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("fuel.csv"));
    makeFleetStore(store, 20, 0, 0);
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fuelStatement(20, 100));
    }
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const ProcessResult r = runProgram(kProgram, {QStringLiteral("import"), QStringLiteral("fuel"),
                                                  QStringLiteral("--db"), store,
                                                  QStringLiteral("--file"), csv});
    INFO(r.output.toStdString());
    CHECK(r.exitCode == 1);
    CHECK((r.output.contains(QStringLiteral("read-only"))
           || r.output.contains(QStringLiteral("readonly"))));
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(RawStore(store).count(QStringLiteral("fuel_transactions")) == 0);
}

TEST_CASE("Two programs dispatching on one file never double-book and never show "
          "\"database is locked\"",
          "[drills][instances]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    makeFleetStore(store, 12, 12, 300);
    // Two desks, each its own process on the same file, for 5 s (each also imports fuel).
    QProcess a, b;
    for (QProcess *p : {&a, &b}) {
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(GA_DISPATCH_CLIENT),
                 {store, QStringLiteral("5000"), QString::number(p == &a ? 11 : 12)});
        REQUIRE(p->waitForStarted(10000));
    }
    qint64 assigned = 0;
    for (QProcess *p : {&a, &b}) {
        REQUIRE(p->waitForFinished(60000));
        const QString out = QString::fromUtf8(p->readAll());
        INFO(out.toStdString());
        CHECK(p->exitCode() == 0);
        // What a user would be shown (the desk prints every refusal's message); the log's own
        // lines ("[time] [warning] …", e.g. a background checkpoint put off) are not shown.
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1Char('[')))
                CHECK_FALSE(line.contains(QStringLiteral("database is locked")));
        CHECK(out.contains(QStringLiteral("busy 0")));
        static const QRegularExpression n(QStringLiteral(R"(assigned (\d+))"));
        assigned += n.match(out).captured(1).toLongLong();
    }
    std::printf("two instances on one file, 5 s: %lld assignments\n",
                static_cast<long long>(assigned));
    CHECK(assigned > 0);
    RawStore s(store);
    CHECK(s.integrity() == QStringLiteral("ok"));
    for (const char *column : {"vehicle_id", "driver_id"}) {
        INFO(column);
        CHECK(s.scalar(QStringLiteral("SELECT count(*) FROM trips a JOIN trips b ON a.id < b.id "
                                      "AND a.%1 = b.%1 AND a.planned_start < b.planned_end AND "
                                      "b.planned_start < a.planned_end WHERE a.status = "
                                      "'assigned' AND b.status = 'assigned'")
                           .arg(QLatin1String(column)))
                  .toInt()
              == 0);
    }
    // Every fuel row either desk stored is there, as its import's audit row counts them (rows
    // the other desk had stored first are skipped as duplicates).
    CHECK(s.count(QStringLiteral("fuel_transactions"))
          == s.scalar(QStringLiteral("SELECT coalesce(sum(json_extract(after_json, '$.accepted')), "
                                     "0) FROM audit_log WHERE action = 'import'"))
                 .toLongLong());
}
