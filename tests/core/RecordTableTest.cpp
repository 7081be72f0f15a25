#include "support/TempDatabase.h"

#include "storage/Keyset.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace ga;
using ga::test::TempDatabase;

namespace {

const RecordTable kNotes(QStringLiteral("notes"), {QStringLiteral("day"), QStringLiteral("body")});

struct Note
{
    qint64 id = 0;
    QString day;
    QString body;
    KeysetCursor key;
};

void createNotes(TempDatabase &t)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, day TEXT NOT NULL, "
                                  "body TEXT NOT NULL, created_at INTEGER)")));
}

Note readNote(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}};
}

} // namespace

TEST_CASE("A record table writes its INSERT and UPDATE from one column list", "[storage][record]")
{
    CHECK(kNotes.insertSql(true)
          == QStringLiteral("INSERT INTO notes (day, body, created_at) VALUES (:day, :body, "
                            ":created_at)"));
    CHECK(kNotes.insertSql(false)
          == QStringLiteral("INSERT INTO notes (day, body) VALUES (:day, "
                            ":body)"));
    CHECK(kNotes.updateSql()
          == QStringLiteral("UPDATE notes SET day = :day, body = :body WHERE id "
                            "= :id"));
}

TEST_CASE("A record table inserts and updates the row it binds", "[storage][record]")
{
    TempDatabase t;
    createNotes(t);
    auto bind = [](const QString &day, const QString &body) {
        return [=](Query &q) {
            q.bind(QStringLiteral(":day"), day).bind(QStringLiteral(":body"), body);
        };
    };
    const qint64 id = kNotes.insert(t.db(), QStringLiteral("saving a note"),
                                    bind(QStringLiteral("2026-12-01"), QStringLiteral("一")), 77);
    CHECK(id > 0);
    CHECK(t.scalar(QStringLiteral("SELECT created_at FROM notes")).toInt() == 77);
    kNotes.update(t.db(), id, QStringLiteral("saving a note"),
                  bind(QStringLiteral("2026-12-02"), QStringLiteral("二")));
    CHECK(t.scalar(QStringLiteral("SELECT day || body FROM notes")).toString()
          == QStringLiteral("2026-12-02二"));
}

TEST_CASE("A keyset page gives each row its key and the next page starts after it",
          "[storage][record][keyset]")
{
    TempDatabase t;
    createNotes(t);
    for (int i = 0; i < 25; ++i)
        kNotes.insert(t.db(), QStringLiteral("saving a note"), [&](Query &q) {
            q.bind(QStringLiteral(":day"),
                   QStringLiteral("2026-12-%1").arg(1 + i % 5, 2, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":body"), QString::number(i));
        });
    const Keyset keyset({QStringLiteral("n.day"), QStringLiteral("n.id")},
                        Keyset::Direction::Descending);
    auto page = [&](const KeysetCursor &after) {
        return keysetPage<Note>(t.db(), QStringLiteral("n.id, n.day, n.body"),
                                QStringLiteral(" FROM notes n"), SqlWhere {}, keyset, after, 10,
                                QStringLiteral("listing notes"), readNote);
    };
    QList<Note> all;
    KeysetCursor after;
    for (int guard = 0; guard < 5; ++guard) {
        const QList<Note> rows = page(after);
        all += rows;
        if (rows.size() < 10)
            break;
        after = rows.last().key;
    }
    REQUIRE(all.size() == 25);
    CHECK(all.first().day == QStringLiteral("2026-12-05"));
    CHECK(all.last().day == QStringLiteral("2026-12-01"));
    CHECK(all.first().key.values == QVariantList {all.first().day, all.first().id});
    for (int i = 1; i < all.size(); ++i)
        CHECK((all.at(i - 1).day > all.at(i).day
               || (all.at(i - 1).day == all.at(i).day && all.at(i - 1).id > all.at(i).id)));
}

TEST_CASE("A record table sets one column of a row and deletes a row", "[storage][record]")
{
    TempDatabase t;
    createNotes(t);
    auto bind = [](Query &q) {
        q.bind(QStringLiteral(":day"), QStringLiteral("2026-12-01"))
            .bind(QStringLiteral(":body"), QStringLiteral("a"));
    };
    const qint64 a = kNotes.insert(t.db(), QStringLiteral("saving a note"), bind);
    const qint64 b = kNotes.insert(t.db(), QStringLiteral("saving a note"), bind);
    kNotes.set(t.db(), a, QStringLiteral("body"), QStringLiteral("z"), QStringLiteral("editing"));
    CHECK(t.scalar(QStringLiteral("SELECT body FROM notes WHERE id = %1").arg(a)).toString()
          == QStringLiteral("z"));
    CHECK(t.scalar(QStringLiteral("SELECT body FROM notes WHERE id = %1").arg(b)).toString()
          == QStringLiteral("a"));
    kNotes.remove(t.db(), b, QStringLiteral("deleting a note"));
    CHECK(t.count(QStringLiteral("notes")) == 1);
}
