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
