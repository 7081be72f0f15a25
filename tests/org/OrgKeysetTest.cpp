#include <catch2/catch.hpp>

#include "OrgTestSupport.h"

#include "widgets/org/OrgTableModels.h"

#include <QSet>
#include <QSqlQuery>

using namespace ga;
using namespace ga::test;

namespace {

// `n` staff straight into the store: eight departments, four of them sharing the name 办公室
// (as divisions of different agencies do), every rank, few distinct names and titles, a third
// without post dates, some transferred, some retired — runs of ties for every sort order.
void insertStaff(TempDatabase &t, int n)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO departments (id, parent_id, code, name, kind, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, 0)")));
    for (int d = 1; d <= 8; ++d) {
        q.addBindValue(d);
        q.addBindValue(d == 1 ? QVariant() : QVariant(d <= 4 ? 1 : d - 3));
        q.addBindValue(QStringLiteral("D%1").arg(d));
        q.addBindValue(d >= 5 ? QStringLiteral("办公室") : QStringLiteral("机关%1").arg(d));
        q.addBindValue(d == 1 ? QStringLiteral("bureau") : QStringLiteral("agency"));
        REQUIRE(q.exec());
    }
    QList<qint64> ranks;
    QSqlQuery r(t.db().connection());
    REQUIRE(r.exec(QStringLiteral("SELECT id FROM ranks ORDER BY id")));
    while (r.next())
        ranks << r.value(0).toLongLong();
    REQUIRE(!ranks.isEmpty());
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO staff (staff_no, name, department_id, rank_id, post_title, post_start, "
        "post_end, transferred, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("S%1").arg((i * 61) % n, 5, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("姓名%1").arg(i % 9));
        q.addBindValue(i % 8 + 1);
        q.addBindValue(ranks.at((i * 5) % ranks.size()));
        q.addBindValue(i % 4 == 0 ? QString(QStringLiteral(""))
                                  : QStringLiteral("科员%1").arg(i % 3));
        q.addBindValue(i % 3 == 0 ? QVariant()
                                  : QVariant(QStringLiteral("2020-0%1-01").arg(i % 5 + 1)));
        q.addBindValue(i % 5 == 0 ? QVariant(QStringLiteral("2025-12-31")) : QVariant());
        q.addBindValue(i % 7 == 0 ? 1 : 0);
        q.addBindValue(i % 6 == 0 ? QStringLiteral("retired") : QStringLiteral("active"));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

void insertBuildings(TempDatabase &t, int n)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO buildings (code, name, campus, department_id, gross_area, usable_area, "
        "energy_users, year_built, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("B%1").arg((i * 13) % n, 4, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("楼%1").arg(i % 4));
        q.addBindValue(QStringLiteral("园区%1").arg(i % 3));
        q.addBindValue(i % 4 == 0 ? QVariant() : QVariant(i % 8 + 1));
        q.addBindValue(100000 * (i % 5));
        q.addBindValue(80000 * (i % 3));
        q.addBindValue(i % 6);
        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(1990 + i % 4));
        q.addBindValue(i % 5 == 0 ? QStringLiteral("retired") : QStringLiteral("active"));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

QList<qint64> staffIds(const QList<StaffRow> &rows)
{
    QList<qint64> ids;
    for (const StaffRow &r : rows)
        ids << r.staff.id;
    return ids;
}

QList<qint64> buildingIds(const QList<BuildingRow> &rows)
{
    QList<qint64> ids;
    for (const BuildingRow &r : rows)
        ids << r.building.id;
    return ids;
}

template<typename Row, typename Fetch> QList<Row> walkByKey(int pageSize, Fetch fetch)
{
    QList<Row> all;
    KeysetCursor after;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<Row> page = fetch(after, pageSize);
        all += page;
        if (page.size() < pageSize)
            break;
        after = page.last().key;
    }
    return all;
}

QList<std::pair<QString, StaffFilter>> staffFilters()
{
    QList<std::pair<QString, StaffFilter>> filters;
    filters.append({QStringLiteral("none"), StaffFilter {}});
    StaffFilter retired;
    retired.includeRetired = true;
    filters.append({QStringLiteral("with retired"), retired});
    StaffFilter subtree;
    subtree.departmentId = 2;
    filters.append({QStringLiteral("agency and its divisions"), subtree});
    StaffFilter text;
    text.text = QStringLiteral("姓名3");
    text.includeRetired = true;
    filters.append({QStringLiteral("text"), text});
    StaffFilter transferred;
    transferred.transferredOnly = true;
    filters.append({QStringLiteral("transferred"), transferred});
    return filters;
}

} // namespace

TEST_CASE("Staff pages by key equal one ordered query, in every order, direction and filter",
          "[org][list][keyset]")
{
    TempDatabase t;
    insertStaff(t, 160);
    OrgService &org = t.services().org();
    for (const auto &[name, base] : staffFilters()) {
        for (int sort = 0; sort <= int(StaffSort::Status); ++sort) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                StaffFilter f = base;
                f.sort = StaffSort(sort);
                f.order = order;
                INFO("filter " << name.toStdString() << ", sort " << sort << ", order "
                               << int(order));
                const QList<StaffRow> all = org.listStaff(f, 0, 100000);
                REQUIRE(all.size() == org.countStaff(f));
                REQUIRE(!all.isEmpty());
                for (const int pageSize : {7, 50}) {
                    INFO("page size " << pageSize);
                    const auto byKey
                        = walkByKey<StaffRow>(pageSize, [&](const KeysetCursor &a, int n) {
                              return org.staffPageAfter(f, a, n);
                          });
                    const QList<qint64> ids = staffIds(byKey);
                    CHECK(ids == staffIds(all));
                    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == all.size());
                }
            }
        }
    }
}

TEST_CASE("Staff sorted by department keep departments of the same name apart",
          "[org][list][keyset]")
{
    TempDatabase t;
    insertStaff(t, 80);
    StaffFilter f;
    f.sort = StaffSort::Department;
    const auto rows = walkByKey<StaffRow>(3, [&](const KeysetCursor &a, int n) {
        return t.services().org().staffPageAfter(f, a, n);
    });
    // Each department is one run: once the list leaves a department it never comes back.
    QSet<qint64> left;
    for (int i = 1; i < rows.size(); ++i) {
        const qint64 before = rows.at(i - 1).staff.departmentId;
        const qint64 now = rows.at(i).staff.departmentId;
        if (before != now) {
            left.insert(before);
            CHECK_FALSE(left.contains(now));
        }
    }
}

TEST_CASE("Building pages by key equal one ordered query, in every order and direction",
          "[org][list][keyset]")
{
    TempDatabase t;
    insertStaff(t, 8); // the departments
    insertBuildings(t, 90);
    OrgService &org = t.services().org();
    for (const bool retired : {false, true}) {
        for (int sort = 0; sort <= int(BuildingSort::Status); ++sort) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                BuildingFilter f;
                f.includeRetired = retired;
                f.sort = BuildingSort(sort);
                f.order = order;
                INFO("retired " << retired << ", sort " << sort << ", order " << int(order));
                const QList<BuildingRow> all = org.listBuildings(f, 0, 100000);
                REQUIRE(all.size() == org.countBuildings(f));
                const auto byKey = walkByKey<BuildingRow>(8, [&](const KeysetCursor &a, int n) {
                    return org.buildingsPageAfter(f, a, n);
                });
                CHECK(buildingIds(byKey) == buildingIds(all));
            }
        }
    }
}

TEST_CASE("The staff model fetches pages by key to the end of the list", "[org][list][keyset]")
{
    TempDatabase t;
    insertStaff(t, 450);
    StaffTableModel model(t.services().org());
    StaffFilter f;
    f.includeRetired = true;
    f.sort = StaffSort::PostTitle;
    model.setFilter(f);
    CHECK(model.rowCount() == 200);
    int fetches = 0;
    while (model.canFetchMore({}) && fetches++ < 10)
        model.fetchMore({});
    CHECK_FALSE(model.canFetchMore({}));
    const QList<StaffRow> all = t.services().org().listStaff(model.filter(), 0, 1000);
    REQUIRE(all.size() == 450);
    REQUIRE(model.rowCount() == 450);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.rowAt(row)->staff.id;
    CHECK(ids == staffIds(all));
}
