#include <catch2/catch.hpp>

#include "ImportTestSupport.h"

#include "cli/ImportCommand.h"
#include "org/PasswordHasher.h"

#include <QSqlQuery>

using namespace ga;
using ga::test::TempDatabase;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &stdinText = {})
{
    CliRun r;
    QString input = stdinText;
    QTextStream in(&input, QIODevice::ReadOnly);
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::runImport(QStringList{QStringLiteral("import")} + arguments, in, out, err);
    out.flush();
    err.flush();
    return r;
}

const QString kFuel = QStringLiteral("车牌号,交易时间,油品,数量,金额\n"
                                     "宁A·12345,2026-11-01 08:30,92#,40,300\n"
                                     "宁A·99999,2026-11-01 08:30,92#,40,300\n");

} // namespace

TEST_CASE("The import command imports good rows, prints counts and writes the rejects",
          "[import][cli]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString file = test::writeFile(t.dir(), QStringLiteral("fuel.csv"), test::gbk(kFuel));
    const QString rejects = t.dir() + QStringLiteral("/rejects.csv");
    const CliRun r = runCli({QStringLiteral("fuel"), QStringLiteral("--db"), t.path(),
                             QStringLiteral("--file"), file, QStringLiteral("--rejects"), rejects});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QLatin1String("Imported: 1")));
    CHECK(r.out.contains(QLatin1String("Rejected: 1")));
    CHECK(r.out.contains(QLatin1String("Duplicates: 0")));
    CHECK(r.out.contains(QLatin1String("GB18030")));
    CHECK(r.out.contains(QLatin1String("rejects.csv")));
    CHECK(QString::fromUtf8(test::readAll(rejects)).contains(QStringLiteral("宁A·99999")));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 1);
}

TEST_CASE("The import command exits 0 when every row is already stored", "[import][cli]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString file = test::writeFile(t.dir(), QStringLiteral("fuel.csv"),
                                         kFuel.section(QLatin1Char('\n'), 0, 1).toUtf8() + "\n");
    const QStringList args{QStringLiteral("fuel"), QStringLiteral("--db"), t.path(),
                           QStringLiteral("--file"), file};
    REQUIRE(runCli(args).code == 0);
    const CliRun again = runCli(args);
    CHECK(again.code == 0);
    CHECK(again.out.contains(QLatin1String("Duplicates: 1")));
    CHECK(again.out.contains(QLatin1String("Nothing new")));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 1);
}

TEST_CASE("The import command fails clearly when nothing can be imported", "[import][cli]")
{
    TempDatabase t;
    const QString db = t.path();
    SECTION("missing file")
    {
        const CliRun r = runCli({QStringLiteral("vehicles"), QStringLiteral("--db"), db,
                                 QStringLiteral("--file"), t.dir() + QStringLiteral("/none.csv")});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QLatin1String("does not exist")));
    }
    SECTION("unreadable mapping")
    {
        const QString file = test::writeFile(t.dir(), QStringLiteral("v.csv"), kFuel.toUtf8());
        const QString mapping = test::writeFile(t.dir(), QStringLiteral("m.json"), "not json");
        const CliRun r = runCli({QStringLiteral("fuel"), QStringLiteral("--db"), db,
                                 QStringLiteral("--file"), file, QStringLiteral("--mapping"), mapping});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QLatin1String("m.json")));
    }
    SECTION("no valid rows")
    {
        const QString file = test::writeFile(t.dir(), QStringLiteral("v.csv"), kFuel.toUtf8());
        const CliRun r = runCli({QStringLiteral("fuel"), QStringLiteral("--db"), db,
                                 QStringLiteral("--file"), file});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QLatin1String("no row was valid")));
    }
    SECTION("usage error")
    {
        CHECK(runCli({QStringLiteral("boats"), QStringLiteral("--db"), db}).code == 2);
    }
}

TEST_CASE("The import command runs as --user after checking the password", "[import][cli]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("INSERT INTO users (username, display_name, password_hash, role, "
                             "modules, created_at) VALUES (?, ?, ?, ?, ?, 0)"));
    for (const auto &[name, role] : {std::pair{"clerk1", "clerk"}, std::pair{"staff1", "staff"}}) {
        q.addBindValue(QLatin1String(name));
        q.addBindValue(QLatin1String(name));
        q.addBindValue(hashPassword(QStringLiteral("correct horse")));
        q.addBindValue(QLatin1String(role));
        q.addBindValue(QStringLiteral("vehicles"));
        REQUIRE(q.exec());
    }
    const QString file = test::writeFile(t.dir(), QStringLiteral("fuel.csv"), kFuel.toUtf8());
    const auto run = [&](const char *user, const char *password) {
        return runCli({QStringLiteral("fuel"), QStringLiteral("--db"), t.path(),
                       QStringLiteral("--file"), file, QStringLiteral("--user"), QLatin1String(user)},
                      QLatin1String(password) + QLatin1Char('\n'));
    };
    CHECK(run("clerk1", "wrong").code == 1);
    CHECK(run("staff1", "correct horse").code == 1);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
    const CliRun ok = run("clerk1", "correct horse");
    CHECK(ok.code == 0);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 1);
    CHECK(t.scalar(QStringLiteral("SELECT username FROM audit_log WHERE action = 'import'")).toString()
          == QLatin1String("clerk1"));
}

TEST_CASE("The import command prints rejects grouped by reason with the unknown keys",
          "[import][cli][report]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("9001"));
    QString csv = QStringLiteral("自编号,交易时间,油品,数量,金额\n");
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("F-9%1,2026-11-01 08:%2,92#,40,300\n")
                   .arg(i % 2)
                   .arg(i, 2, 10, QLatin1Char('0'));
    csv += QStringLiteral("F-100,2026-11-02 08:30,92#,40,300\n");
    const QString file = test::writeFile(t.dir(), QStringLiteral("fuel.csv"), csv.toUtf8());
    const QString rejects = t.dir() + QStringLiteral("/rejects.csv");
    const CliRun r = runCli({QStringLiteral("fuel"), QStringLiteral("--db"), t.path(),
                             QStringLiteral("--file"), file, QStringLiteral("--rejects"), rejects});
    INFO(r.out.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QLatin1String("Rejected: 40")));
    CHECK(
        r.out.contains(QStringLiteral("40 × No vehicle has this fleet number (line 2, 3, 4, 5, 6, "
                                      "…): F-90, F-91")));
    CHECK(r.out.count(QLatin1Char('\n')) < 10); // one line for the 40 rows
    CHECK(test::readAll(rejects).count('\n') == 41);
}

TEST_CASE("The import command takes a discount tolerance", "[import][cli]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString file
        = test::writeFile(t.dir(), QStringLiteral("fuel.csv"),
                          QStringLiteral("车牌号,交易时间,油品,数量,单价,金额\n"
                                         "宁A·12345,2026-11-01 08:30,92#,40,7.50,270.00\n")
                              .toUtf8());
    const QStringList args {QStringLiteral("fuel"), QStringLiteral("--db"), t.path(),
                            QStringLiteral("--file"), file};
    CHECK(runCli(args).code == 1); // 10% below 40 × 7.50
    const CliRun r
        = runCli(args + QStringList {QStringLiteral("--max-discount"), QStringLiteral("10")});
    CHECK(r.code == 0);
    CHECK(t.scalar(QStringLiteral("SELECT amount FROM fuel_transactions")).toLongLong() == 27000);
    CHECK(runCli(args + QStringList {QStringLiteral("--max-discount"), QStringLiteral("x")}).code
          == 2);
}
