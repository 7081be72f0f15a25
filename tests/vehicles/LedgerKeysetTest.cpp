#include "LedgerFixture.h"

#include "vehicles/FuelRepository.h"
#include "widgets/common/RecordTableModel.h"
#include "widgets/vehicles/LedgerTab.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>

using namespace ga;
using namespace ga::vehicles;
using ga::test::LedgerFixture;

namespace {

// `n` vehicles straight into the store, with few distinct brands, seat counts and dates, and
// NULL fleet numbers, purchase dates and departments among them.
void insertVehicles(LedgerFixture &f, int n)
{
    static const QStringList categories
        = {QStringLiteral("general"), QStringLiteral("emergency"), QStringLiteral("special")};
    QSqlQuery q(f.temp().db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO vehicles (plate, fleet_no, brand, category, energy_type, seats, "
        "purchase_date, ownership, department_id, odometer_km, status, fuel_card_no, created_at) "
        "VALUES (?, ?, ?, ?, 'petrol', ?, ?, 'retained', ?, ?, ?, ?, 0)")));
    for (int i = 0; i < n; ++i) {
        q.addBindValue(QStringLiteral("宁A·%1").arg((i * 37) % n + 10000));
        q.addBindValue(i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("F%1").arg(i)));
        q.addBindValue(QStringLiteral("Brand%1").arg(i % 4));
        q.addBindValue(categories.at(i % 3));
        q.addBindValue(4 + i % 3);
        q.addBindValue(i % 4 == 0 ? QVariant()
                                  : QVariant(QStringLiteral("2019-0%1-01").arg(i % 6 + 1)));
        q.addBindValue(i % 5 == 0 ? QVariant()
                                  : QVariant(i % 2 ? f.department() : f.otherDepartment()));
        q.addBindValue(1000 * (i % 7));
        q.addBindValue(i % 9 == 0 ? QStringLiteral("retired") : QStringLiteral("available"));
        q.addBindValue(QStringLiteral("CARD%1").arg(i));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

// `n` fuel transactions over the vehicles' cards, several at the same instant per vehicle.
void insertFuel(LedgerFixture &f, int n)
{
    QSqlQuery ids(f.temp().db().connection());
    REQUIRE(ids.exec(QStringLiteral("SELECT id, fuel_card_no FROM vehicles ORDER BY id LIMIT 5")));
    QList<std::pair<qint64, QString>> vehicles;
    while (ids.next())
        vehicles.append({ids.value(0).toLongLong(), ids.value(1).toString()});
    REQUIRE(vehicles.size() == 5);
    QSqlQuery q(f.temp().db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO fuel_transactions (vehicle_id, card_no, at, fuel_kind, quantity_milli, "
        "amount, created_at) VALUES (?, ?, ?, ?, ?, ?, 0)")));
    for (int i = 0; i < n; ++i) {
        const auto &[vehicle, card] = vehicles.at(i % 5);
        q.addBindValue(vehicle);
        q.addBindValue(card);
        q.addBindValue(LedgerFixture::at(QDate(2026, 11, 1).addDays(i % 20), 9));
        q.addBindValue(i % 2 ? QStringLiteral("petrol") : QStringLiteral("diesel"));
        q.addBindValue(30000 + 1000 * (i % 3));
        q.addBindValue(20000 + i); // the natural key (card, at, amount) stays unique
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
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

QList<qint64> vehicleIds(const QList<VehicleRow> &rows)
{
    QList<qint64> ids;
    for (const VehicleRow &r : rows)
        ids << r.vehicle.id;
    return ids;
}

QList<qint64> fuelIds(const QList<FuelTransaction> &rows)
{
    QList<qint64> ids;
    for (const FuelTransaction &r : rows)
        ids << r.id;
    return ids;
}

} // namespace

TEST_CASE("Ledger pages by key equal one ordered query, in every order, direction and filter",
          "[ledger][keyset]")
{
    LedgerFixture f;
    insertVehicles(f, 120);
    VehicleFilter department;
    department.departmentId = f.department();
    VehicleFilter text;
    text.text = QStringLiteral("Brand2");
    for (const VehicleFilter &filter : {VehicleFilter {}, department, text}) {
        for (int sort = 0; sort <= int(VehicleSort::Status); ++sort) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO("department " << filter.departmentId << ", text " << filter.text.toStdString()
                                   << ", sort " << sort << ", order " << int(order));
                const auto all
                    = f.vehicles().listVehicles(filter, VehicleSort(sort), order, 0, 100000);
                REQUIRE(all.size() == f.vehicles().countVehicles(filter));
                const auto byKey = walkByKey<VehicleRow>(9, [&](const KeysetCursor &a, int n) {
                    return f.vehicles().vehiclesPageAfter(filter, VehicleSort(sort), order, a, n);
                });
                const QList<qint64> ids = vehicleIds(byKey);
                CHECK(ids == vehicleIds(all));
                CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == all.size());
            }
        }
    }
}

TEST_CASE("The ledger model fetches pages by key to the end of the list", "[ledger][keyset]")
{
    LedgerFixture f;
    insertVehicles(f, 430);
    VehicleListModel model(f.vehicles());
    model.setFilter(VehicleFilter {});
    model.sort(2, Qt::DescendingOrder); // the brand: runs of ties
    int fetches = 0;
    while (model.canFetchMore({}) && fetches++ < 10)
        model.fetchMore({});
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(model.rowCount() == 430);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.rowAt(row)->vehicle.id);
    CHECK(seen.size() == 430);
}

TEST_CASE("A vehicle's trips page by key, newest first, through ties on the start",
          "[ledger][keyset]")
{
    LedgerFixture f;
    const qint64 vehicle = f.addVehicle(QStringLiteral("宁A·12345"));
    const qint64 other = f.addVehicle(QStringLiteral("宁A·54321"));
    for (int i = 0; i < 230; ++i) {
        LedgerFixture::TripSpec spec;
        spec.vehicleId = i % 10 == 0 ? other : vehicle;
        spec.day = QDate(2026, 10, 1).addDays(i % 25);
        f.addTrip(spec);
    }
    const auto rows = walkByKey<VehicleTripRow>(13, [&](const KeysetCursor &a, int n) {
        return f.vehicles().vehicleTripsAfter(vehicle, a, n);
    });
    REQUIRE(rows.size() == 207);
    QSet<qint64> seen;
    for (int i = 0; i < rows.size(); ++i) {
        seen.insert(rows.at(i).id);
        if (i > 0) {
            const auto &a = rows.at(i - 1);
            const auto &b = rows.at(i);
            CHECK((a.plannedStart > b.plannedStart
                   || (a.plannedStart == b.plannedStart && a.id > b.id)));
        }
    }
    CHECK(seen.size() == 207);

    // The generic record list model over the same service call loads them all, page by page.
    RecordTableModel<VehicleTripRow>::Spec spec;
    spec.columns = {{QStringLiteral("no."), [](const VehicleTripRow &t) { return t.requestNo; }}};
    spec.fetch = [&](const KeysetCursor &a, int n) {
        return f.vehicles().vehicleTripsAfter(vehicle, a, n);
    };
    spec.id = [](const VehicleTripRow &t) { return t.id; };
    RecordTableModel<VehicleTripRow> model(spec, nullptr, 100);
    model.reload();
    int fetches = 0;
    while (model.canFetchMore({}) && fetches++ < 10)
        model.fetchMore({});
    CHECK(model.rowCount() == 207);
}

TEST_CASE("Fuel ledger pages by key equal one ordered query, for the fleet and one vehicle",
          "[ledger][keyset][fuel]")
{
    LedgerFixture f;
    insertVehicles(f, 5);
    insertFuel(f, 400);
    FuelRepository repo(f.temp().db());
    FuelFilter one;
    one.vehicleId = f.temp().scalar(QStringLiteral("SELECT min(id) FROM vehicles")).toLongLong();
    FuelFilter days;
    days.range = DateRange {QDate(2026, 11, 3), QDate(2026, 11, 9)};
    for (const FuelFilter &filter : {FuelFilter {}, one, days}) {
        INFO("vehicle " << filter.vehicleId << ", range " << filter.range.has_value());
        const auto all = repo.page(filter, 0, 100000);
        REQUIRE(all.size() == f.vehicles().fuelCount(filter));
        REQUIRE(!all.isEmpty());
        for (const int pageSize : {1, 7, 64}) {
            const auto byKey
                = walkByKey<FuelTransaction>(pageSize, [&](const KeysetCursor &a, int n) {
                      return f.vehicles().fuelPageAfter(filter, a, n);
                  });
            CHECK(fuelIds(byKey) == fuelIds(all));
        }
        // Vehicle by vehicle, newest first within each.
        for (int i = 1; i < all.size(); ++i) {
            const auto &a = all.at(i - 1);
            const auto &b = all.at(i);
            CHECK((a.vehicleId > b.vehicleId || (a.vehicleId == b.vehicleId && a.at >= b.at)));
        }
    }
}
