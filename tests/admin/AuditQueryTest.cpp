#include "AdminTestSupport.h"

#include "core/Error.h"
#include "org/AuditQueryService.h"
#include "storage/AuditLog.h"
#include "widgets/admin/AuditTableModel.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>

using namespace ga;
using namespace ga::test;

namespace {

// Writes audit rows as different users on different days (the clock starts 2026-11-28 09:00).
void seedAudit(TempDatabase &t)
{
    AuditLog &audit = t.services().audit();
    audit.recordAs(1, QStringLiteral("alice"), QStringLiteral("create"), QStringLiteral("vehicle"), 7, {},
                   QJsonObject{{QStringLiteral("plate"), QStringLiteral("京A12345")}});
    t.clock().advanceSecs(24 * 3600); // 11-29
    audit.recordAs(2, QStringLiteral("bob"), QStringLiteral("update"), QStringLiteral("vehicle"), 7,
                   QJsonObject{{QStringLiteral("km"), 100}}, QJsonObject{{QStringLiteral("km"), 200}});
    t.clock().advanceSecs(24 * 3600); // 11-30
    audit.recordAs(1, QStringLiteral("alice"), QStringLiteral("create"), QStringLiteral("department"), 3);
    audit.recordAs(2, QStringLiteral("bob"), QStringLiteral("retire"), QStringLiteral("department"), 3);
}

} // namespace

TEST_CASE("The audit log lists newest first, a page at a time", "[audit]")
{
    TempDatabase t;
    seedAudit(t);
    AuditQueryService &q = t.services().auditQuery();
    const QList<AuditEntry> all = q.list({}, 0, 100);
    REQUIRE(all.size() == 4);
    CHECK(all.at(0).action == QStringLiteral("retire"));
    CHECK(all.at(3).username == QStringLiteral("alice"));
    CHECK(all.at(3).afterJson.contains(QStringLiteral("京A12345")));
    for (int i = 1; i < all.size(); ++i)
        CHECK(all.at(i - 1).at >= all.at(i).at);
    const QList<AuditEntry> page2 = q.list({}, 2, 2);
    REQUIRE(page2.size() == 2);
    CHECK(page2.at(0).id == all.at(2).id);
    CHECK(q.count({}) == 4);
}

TEST_CASE("The audit log filters by user, entity and action", "[audit]")
{
    TempDatabase t;
    seedAudit(t);
    AuditQueryService &q = t.services().auditQuery();
    AuditFilter f;
    f.username = QStringLiteral("bob");
    CHECK(q.count(f) == 2);
    f.entity = QStringLiteral("department");
    const QList<AuditEntry> rows = q.list(f, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).action == QStringLiteral("retire"));
    AuditFilter byAction;
    byAction.action = QStringLiteral("create");
    CHECK(q.count(byAction) == 2);
}

TEST_CASE("The audit log filters by local date range, both ends included", "[audit]")
{
    TempDatabase t;
    seedAudit(t);
    AuditQueryService &q = t.services().auditQuery();
    AuditFilter f;
    f.from = QDate(2026, 11, 29);
    f.to = QDate(2026, 11, 29);
    const QList<AuditEntry> rows = q.list(f, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).username == QStringLiteral("bob"));
    f.to = QDate(2026, 11, 30);
    CHECK(q.count(f) == 3);
    f.from = QDate();
    f.to = QDate(2026, 11, 28);
    CHECK(q.count(f) == 1);
    f.from = QDate(2026, 12, 1);
    f.to = QDate();
    CHECK(q.count(f) == 0);
}

TEST_CASE("The audit filter combos list distinct values", "[audit]")
{
    TempDatabase t;
    seedAudit(t);
    AuditQueryService &q = t.services().auditQuery();
    CHECK(q.usernames() == QStringList{QStringLiteral("alice"), QStringLiteral("bob")});
    CHECK(q.entities() == QStringList{QStringLiteral("department"), QStringLiteral("vehicle")});
    CHECK(q.actions()
          == QStringList{QStringLiteral("create"), QStringLiteral("retire"), QStringLiteral("update")});
}

TEST_CASE("Clerks and staff may not read the audit log; managers may", "[audit][permissions]")
{
    for (Role role : allRoles()) {
        TempDatabase t;
        seedAudit(t);
        t.loginAs(role, {Module::Organisation, Module::Vehicles});
        AuditQueryService &q = t.services().auditQuery();
        INFO("role " << roleKey(role).toStdString());
        if (role == Role::Clerk || role == Role::Staff) {
            CHECK_THROWS_AS(q.list({}, 0, 10), PermissionError);
            CHECK_THROWS_AS(q.count({}), PermissionError);
            CHECK_THROWS_AS(q.usernames(), PermissionError);
        } else {
            CHECK(q.list({}, 0, 10).size() == 4);
        }
    }
}

TEST_CASE("Logins appear in the audit log under the user's name", "[audit][login]")
{
    TempDatabase t;
    addUser(t, QStringLiteral("liming"), Role::Manager);
    t.services().users().login(QStringLiteral("liming"), QStringLiteral("secret-pass-1"));
    AuditFilter f;
    f.username = QStringLiteral("liming");
    f.action = QStringLiteral("login");
    CHECK(t.services().auditQuery().count(f) == 1);
}

namespace {

// `n` audit rows straight into the store, many in the same second, over three users, entities
// and actions.
void insertAudit(TempDatabase &t, int n)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO audit_log (at, username, action, entity, "
                                     "entity_id) VALUES (?, ?, ?, ?, ?)")));
    static const QStringList users
        = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    static const QStringList actions
        = {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("retire")};
    static const QStringList entities
        = {QStringLiteral("vehicle"), QStringLiteral("trip"), QStringLiteral("staff")};
    const qint64 start = AuditQueryService::startOfLocalDay(QDate(2026, 11, 1));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(start + (i / 6) * 3600); // six rows an hour, in the same second
        q.addBindValue(users.at(i % 3));
        q.addBindValue(actions.at((i / 2) % 3));
        q.addBindValue(entities.at((i / 3) % 3));
        q.addBindValue(i);
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

QList<qint64> auditIds(const QList<AuditEntry> &rows)
{
    QList<qint64> ids;
    for (const AuditEntry &e : rows)
        ids << e.id;
    return ids;
}

} // namespace

TEST_CASE("Audit pages by key equal one ordered query, with and without filters", "[audit][keyset]")
{
    TempDatabase t;
    insertAudit(t, 300);
    AuditQueryService &audit = t.services().auditQuery();
    AuditFilter user;
    user.username = QStringLiteral("bob");
    AuditFilter entity;
    entity.entity = QStringLiteral("trip");
    AuditFilter action;
    action.action = QStringLiteral("retire");
    AuditFilter days;
    days.from = QDate(2026, 11, 2);
    days.to = QDate(2026, 11, 3);
    for (const AuditFilter &filter : {AuditFilter {}, user, entity, action, days}) {
        INFO("user " << filter.username.toStdString() << ", entity " << filter.entity.toStdString()
                     << ", action " << filter.action.toStdString() << ", from "
                     << filter.from.toString().toStdString());
        const QList<AuditEntry> all = audit.list(filter, 0, 100000);
        REQUIRE(all.size() == audit.count(filter));
        REQUIRE(!all.isEmpty());
        for (const int pageSize : {4, 25}) {
            QList<AuditEntry> byKey;
            KeysetCursor after;
            for (int guard = 0; guard < 1000; ++guard) {
                const QList<AuditEntry> page = audit.pageAfter(filter, after, pageSize);
                byKey += page;
                if (page.size() < pageSize)
                    break;
                after = page.last().key;
            }
            const QList<qint64> ids = auditIds(byKey);
            CHECK(ids == auditIds(all));
            CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == all.size());
        }
    }
}

TEST_CASE("The audit model fetches pages by key to the end of the log", "[audit][keyset]")
{
    TempDatabase t;
    insertAudit(t, 500);
    AuditTableModel model(t.services().auditQuery());
    model.setFilter(AuditFilter {});
    CHECK(model.rowCount() == 200);
    int fetches = 0;
    while (model.canFetchMore({}) && fetches++ < 10)
        model.fetchMore({});
    CHECK_FALSE(model.canFetchMore({}));
    const QList<AuditEntry> all = t.services().auditQuery().list({}, 0, 1000);
    REQUIRE(model.rowCount() == all.size());
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.entryAt(row).id == all.at(row).id);
}
