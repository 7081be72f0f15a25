// Fuel-card and fleet exports in the shapes suppliers write them: a 77-column US statement (US
// dates, separate date and time columns, gallons, product names, discounts) and Chinese
// statements (92#汽油, 原价金额 / 优惠金额 / 实付金额). Every file is written by the test.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"

#include "core/Error.h"
#include "storage/csv/DateFormat.h"
#include "vehicles/FuelImporter.h"
#include "vehicles/ImportSupport.h"
#include "vehicles/VehicleImporter.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace ga;
using ga::test::TempDatabase;

namespace {

// The 77 columns of a US fleet-card transaction export; the importer needs a handful of them.
QStringList usHeaders()
{
    QStringList h {"Account Number",
                   "Account Name",
                   "Card Number",
                   "Transaction Date",
                   "Transaction Time",
                   "Post Date",
                   "Transaction Number",
                   "Vehicle Number",
                   "Vehicle Description",
                   "VIN",
                   "Driver Last Name",
                   "Driver First Name",
                   "Current Odometer",
                   "Previous Odometer",
                   "Distance Driven",
                   "Fuel Economy",
                   "Merchant Brand",
                   "Merchant Name",
                   "Merchant Address",
                   "Merchant City",
                   "Merchant State",
                   "Merchant Postal Code",
                   "Product Code",
                   "Product Description",
                   "Units",
                   "Unit of Measure",
                   "Unit Cost",
                   "Gross Cost",
                   "Discount",
                   "Net Cost",
                   "Exempt Tax",
                   "Reported Tax"};
    for (int i = int(h.size()); i < 77; ++i)
        h << QStringLiteral("Custom Field %1").arg(i - 31);
    return h;
}

// One row of the US export: the columns the importer reads, the rest filled as exports do.
QString usRow(const QString &vehicle, const QString &date, const QString &time,
              const QString &product, const QString &gallons, const QString &unitCost,
              const QString &gross, const QString &discount, const QString &net)
{
    QStringList cells(77, QStringLiteral("x"));
    cells[0] = QStringLiteral("0496-00-123456");
    cells[2] = QStringLiteral("7071");
    cells[3] = date;
    cells[4] = time;
    cells[7] = vehicle;
    cells[12] = QStringLiteral("48210");
    cells[17] = QStringLiteral("SHELL 57442");
    cells[22] = QStringLiteral("UNL");
    cells[23] = product;
    cells[24] = gallons;
    cells[25] = QStringLiteral("GAL");
    cells[26] = unitCost;
    cells[27] = gross;
    cells[28] = discount;
    cells[29] = net;
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString usFile(const QStringList &rows)
{
    return usHeaders().join(QLatin1Char(',')) + QLatin1Char('\n') + rows.join(QString());
}

// Imports `csv` with the guessed mapping, adjusted by `adjust`.
ImportResult importFuel(TempDatabase &t, const QString &csv,
                        const std::function<void(ColumnMapping &)> &adjust = {})
{
    const CsvDocument doc
        = CsvDocument::fromBytes(csv.toUtf8(), {}, {}, QStringLiteral("fuel.csv"));
    auto &importer = t.services().fuelImporter();
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    if (adjust)
        adjust(options.mapping);
    return importer.importDocument(doc, options);
}

void usOptions(ColumnMapping &m)
{
    m.units = QStringLiteral("gallons");
    m.vehicleKey = QStringLiteral("fleetNo");
    m.dateFormat = QStringLiteral("MM/dd/yyyy");
}

qint64 localSecs(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::LocalTime).toSecsSinceEpoch();
}

QString storedKinds(TempDatabase &t)
{
    return t
        .scalar(QStringLiteral("SELECT ") + t.sqlGroupConcat(QStringLiteral("fuel_kind"), QStringLiteral("|"))
                + QStringLiteral(" FROM (SELECT fuel_kind FROM fuel_transactions ORDER BY at) x"))
        .toString();
}

} // namespace

TEST_CASE("The 77-column US export's columns are guessed", "[import][fuel][real]")
{
    TempDatabase t;
    const QStringList h = usHeaders();
    const ColumnMapping m = ColumnMapping::guess(t.services().fuelImporter().fields(), h);
    CHECK(m.source(QStringLiteral("time")).header == QLatin1String("Transaction Date"));
    CHECK(m.source(QStringLiteral("timeOfDay")).header == QLatin1String("Transaction Time"));
    CHECK(m.source(QStringLiteral("fleetNo")).header == QLatin1String("Vehicle Number"));
    CHECK(m.source(QStringLiteral("fuelKind")).header == QLatin1String("Product Description"));
    CHECK(m.source(QStringLiteral("quantity")).header == QLatin1String("Units"));
    CHECK(m.source(QStringLiteral("unitPrice")).header == QLatin1String("Unit Cost"));
    CHECK(m.source(QStringLiteral("grossAmount")).header == QLatin1String("Gross Cost"));
    CHECK(m.source(QStringLiteral("discount")).header == QLatin1String("Discount"));
    CHECK(m.source(QStringLiteral("amount")).header == QLatin1String("Net Cost"));
    CHECK(m.source(QStringLiteral("odometer")).header == QLatin1String("Current Odometer"));
}

TEST_CASE("Suppliers' English and Chinese fuel names are recognised", "[import][fuel][real]")
{
    using vehicles::parseFuelKind;
    for (const char16_t *petrol :
         {u"Unleaded", u"Unleaded Ethanol (10% blend)", u"E-85", u"Regular Unleaded", u"Premium",
          u"92#汽油", u"95号", u"98#", u"Gasoline"})
        CHECK(parseFuelKind(QString::fromUtf16(petrol)) == vehicles::FuelKind::Petrol);
    for (const char16_t *diesel : {u"Diesel", u"Diesel #2", u"ULSD", u"0#柴油", u"-10#", u"0号"})
        CHECK(parseFuelKind(QString::fromUtf16(diesel)) == vehicles::FuelKind::Diesel);
    CHECK_FALSE(parseFuelKind(QStringLiteral("Car Wash")).has_value());
}

TEST_CASE("A US export with a date column and a time column keeps the time of day",
          "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile(
        {usRow("F-100", "11/01/2026", "08:30", "Unleaded", "10.000", "3.499", "34.99", "0",
               "34.99"),
         usRow("F-100", "11/15/2026", "1:05 PM", "E-85", "5.000", "3.000", "15.00", "0", "15.00"),
         usRow("F-100", "11/16/2026", "23:59:30", "Diesel", "5.000", "4.000", "20.00", "0",
               "20.00")});
    const ImportResult r = importFuel(t, csv, usOptions);
    CHECK(r.rejected.isEmpty());
    REQUIRE(r.accepted == 3);
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT at, quantity_milli FROM fuel_transactions ORDER BY at"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == localSecs(2026, 11, 1, 8, 30));
    CHECK(q.value(1).toLongLong() == 37854); // 10 US gallons in litres
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == localSecs(2026, 11, 15, 13, 5));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == localSecs(2026, 11, 16, 23, 59, 30));
    CHECK(storedKinds(t) == QLatin1String("petrol|petrol|diesel"));
}

TEST_CASE("A time column without a date column is refused with a clear message",
          "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile({usRow("F-100", "11/01/2026", "08:30", "Unleaded", "10.000", "3.499",
                                      "34.99", "0", "34.99")});
    CHECK_THROWS_WITH(importFuel(t, csv,
                                 [](ColumnMapping &m) {
                                     usOptions(m);
                                     m.clear(QStringLiteral("time"));
                                 }),
                      Catch::Contains("time of day") && Catch::Contains("date column"));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
}

TEST_CASE("A bad time of day rejects its row with the reason", "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile({usRow("F-100", "11/01/2026", "25:10", "Unleaded", "10.000", "3.499",
                                      "34.99", "0", "34.99")});
    const ImportResult r = importFuel(t, csv, usOptions);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].reason.contains(QLatin1String("25:10")));
    CHECK(r.rejected[0].reason.contains(QLatin1String("time of day")));
}

TEST_CASE("A net amount after a discount column is accepted and what was paid is stored",
          "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile({usRow("F-100", "11/01/2026", "08:30", "Unleaded", "10.000", "3.499",
                                      "34.99", "2.00", "32.99"),
                                usRow("F-100", "11/02/2026", "08:30", "Unleaded", "10.000", "3.499",
                                      "", "2.00", "32.99")});
    const ImportResult r = importFuel(t, csv, usOptions);
    CHECK(r.rejected.isEmpty());
    CHECK(r.accepted == 2);
    CHECK(t.scalar(QStringLiteral("SELECT sum(amount) FROM fuel_transactions")).toLongLong()
          == 6598);
}

TEST_CASE("An amount that even the discount cannot explain is rejected", "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile(
        {usRow("F-100", "11/01/2026", "08:30", "Unleaded", "10.000", "3.499", "", "2.00", "20.00"),
         usRow("F-100", "11/02/2026", "08:30", "Unleaded", "10.000", "3.499", "34.99", "2.00",
               "30.00")});
    const ImportResult r = importFuel(t, csv, usOptions);
    CHECK(r.accepted == 0);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected[0].reason.contains(QLatin1String("discount")));
    CHECK(r.rejected[0].reason.contains(QLatin1String("20.00")));
    CHECK(r.rejected[1].reason.contains(QLatin1String("34.99")));
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 0);
}

TEST_CASE("Without a discount column a tolerance rule accepts discounts up to a percentage",
          "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile(
        {usRow("F-100", "11/01/2026", "08:30", "Unleaded", "10.000", "3.499", "", "", "32.99"),
         usRow("F-100", "11/02/2026", "08:30", "Unleaded", "10.000", "3.499", "", "", "25.00"),
         usRow("F-100", "11/03/2026", "08:30", "Unleaded", "10.000", "3.499", "", "", "40.00")});
    const auto withoutDiscount = [](ColumnMapping &m) {
        usOptions(m);
        m.clear(QStringLiteral("discount"));
        m.clear(QStringLiteral("grossAmount"));
    };
    const ImportResult strict = importFuel(t, csv, withoutDiscount);
    CHECK(strict.accepted == 0); // 5.7% below quantity × price is more than the rounding allows

    const ImportResult tolerant = importFuel(t, csv, [&](ColumnMapping &m) {
        withoutDiscount(m);
        m.maxDiscountPercent = 10;
    });
    CHECK(tolerant.accepted == 1);
    REQUIRE(tolerant.rejected.size() == 2);
    CHECK(tolerant.rejected[0].line == 3); // 28.6% off
    CHECK(tolerant.rejected[1].line == 4); // more than quantity × price
    CHECK(t.scalar(QStringLiteral("SELECT amount FROM fuel_transactions")).toLongLong() == 3299);
}

TEST_CASE("A Chinese statement with 原价金额, 优惠金额 and 实付金额 stores what was paid",
          "[import][fuel][real]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString csv
        = QStringLiteral("卡号,车牌号,交易时间,油品,数量,单价,原价金额,优惠金额,实付金额\n"
                         "9001,宁A·12345,2026-11-01 08:30,92#汽油,40.00,7.50,300.00,15.00,285.00\n"
                         "9001,宁A·12345,2026-11-02 08:30,0#柴油,40.00,7.50,300.00,15.00,250.00\n"
                         "9001,宁A·12345,2026-11-03 08:30,95号,40.00,7.50,300.00,0,300.00\n");
    const ImportResult r = importFuel(t, csv);
    CHECK(r.accepted == 2);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].line == 3);
    CHECK(t.scalar(QStringLiteral("SELECT ") + t.sqlGroupConcat(QStringLiteral("amount"), QStringLiteral("|"))
                   + QStringLiteral(" FROM (SELECT amount FROM fuel_transactions ORDER BY at) x"))
              .toString()
          == QLatin1String("28500|30000"));
    CHECK(storedKinds(t) == QLatin1String("petrol|petrol"));
}

TEST_CASE("Values the importer does not know are mapped once in the mapping file",
          "[import][fuel][real][values]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString mappingPath = test::writeFile(
        t.dir(), QStringLiteral("us.json"),
        R"({"units": "gallons", "vehicleKey": "fleetNo", "dateFormat": "MM/dd/yyyy",
            "values": {"fuelKind": {"Fleet Special Blend": "diesel"}}})");
    ColumnMapping file = ColumnMapping::load(mappingPath);
    CHECK(file.mappedValue(QStringLiteral("fuelKind"), u"  fleet special BLEND ")
          == QLatin1String("diesel"));
    const QString csv = usFile({usRow("F-100", "11/01/2026", "08:30", "Fleet Special Blend",
                                      "5.000", "4.000", "20.00", "0", "20.00"),
                                usRow("F-100", "11/02/2026", "08:30", "Unleaded", "5.000", "4.000",
                                      "20.00", "0", "20.00")});
    const ImportResult r = importFuel(t, csv, [&](ColumnMapping &m) {
        m.units = file.units;
        m.vehicleKey = file.vehicleKey;
        m.dateFormat = file.dateFormat;
        m.setValueMap(QStringLiteral("fuelKind"), file.valueMap(QStringLiteral("fuelKind")));
    });
    CHECK(r.rejected.isEmpty());
    CHECK(r.accepted == 2);
    CHECK(storedKinds(t) == QLatin1String("diesel|petrol"));

    // The value map survives the JSON round trip.
    CHECK(ColumnMapping::fromJson(file.toJson()) == file);
}

TEST_CASE("A value neither recognised nor mapped rejects its rows, listed once in the summary",
          "[import][fuel][real][values]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile(
        {usRow("F-100", "11/01/2026", "08:30", "Car Wash", "1.000", "8.000", "8.00", "0", "8.00"),
         usRow("F-100", "11/02/2026", "08:30", "Car Wash", "1.000", "8.000", "8.00", "0", "8.00"),
         usRow("F-100", "11/03/2026", "08:30", "Unleaded", "5.000", "4.000", "20.00", "0",
               "20.00")});
    const ImportResult r = importFuel(t, csv, usOptions);
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 2);
    CHECK(r.rejected[0].reason.contains(QLatin1String("Car Wash")));
    const QList<RejectGroup> groups = r.rejectGroups();
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].count == 2);
    CHECK(groups[0].values == QStringList {QStringLiteral("Car Wash")});
}

TEST_CASE("A value mapped to something that is not a choice is refused before reading",
          "[import][fuel][real][values]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile(
        {usRow("F-100", "11/01/2026", "08:30", "Car Wash", "1.000", "8.000", "8.00", "0", "8.00")});
    CHECK_THROWS_WITH(importFuel(t, csv,
                                 [](ColumnMapping &m) {
                                     usOptions(m);
                                     m.setValue(QStringLiteral("fuelKind"),
                                                QStringLiteral("Car Wash"),
                                                QStringLiteral("water"));
                                 }),
                      Catch::Contains("water") && Catch::Contains("petrol"));
}

TEST_CASE("Vehicle fields take value maps too", "[import][vehicles][real][values]")
{
    TempDatabase t;
    const QString csv = QStringLiteral("Plate,Make,Use,Fuel,Seats\n"
                                       "宁A·11111,Ford,Pool car,Flex Fuel,5\n"
                                       "宁A·22222,Ford,Pool car,Gasoline,5\n");
    const CsvDocument doc = CsvDocument::fromBytes(csv.toUtf8());
    auto &importer = t.services().vehicleImporter();
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    options.mapping.setHeader(QStringLiteral("category"), QStringLiteral("Use"));
    options.mapping.setHeader(QStringLiteral("energyType"), QStringLiteral("Fuel"));
    const ImportResult before = importer.importDocument(doc, options);
    CHECK(before.accepted == 0);
    CHECK(before.rejected.size() == 2);
    CHECK(importer.distinctValues(doc, options.mapping, QStringLiteral("category")).size() == 1);

    options.mapping.setValue(QStringLiteral("category"), QStringLiteral("Pool car"),
                             QStringLiteral("general"));
    options.mapping.setValue(QStringLiteral("energyType"), QStringLiteral("flex fuel"),
                             QStringLiteral("petrol"));
    const ImportResult after = importer.importDocument(doc, options);
    CHECK(after.rejected.isEmpty());
    CHECK(after.accepted == 2);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM vehicles WHERE category = 'general' AND "
                                  "energy_type = 'petrol' AND status = 'available'"))
              .toInt()
          == 2);
}

TEST_CASE("Thousands of rejects for one reason are one group with its lines and keys",
          "[import][fuel][real][report]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    QStringList rows;
    for (int i = 0; i < 5030; ++i)
        rows << usRow(QStringLiteral("F-9%1").arg(i % 3),
                      QStringLiteral("11/%1/2026").arg(1 + i % 28),
                      QStringLiteral("08:%1").arg(i % 60, 2, 10, QLatin1Char('0')), "Unleaded",
                      "5.000", "4.000", "20.00", "0", "20.00");
    rows << usRow("F-100", "11/03/2026", "08:30", "Unleaded", "abc", "4.000", "20.00", "0",
                  "20.00");
    rows << usRow("F-100", "11/04/2026", "08:30", "Unleaded", "5.000", "4.000", "20.00", "0",
                  "20.00");
    const ImportResult r = importFuel(t, usFile(rows), usOptions);
    CHECK(r.accepted == 1);
    CHECK(r.rejected.size() == 5031);
    const QList<RejectGroup> groups = r.rejectGroups();
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].count == 5030);
    CHECK(groups[0].reason.contains(QLatin1String("fleet number")));
    CHECK(groups[0].firstLines == QList<qint64> {2, 3, 4, 5, 6});
    CHECK(groups[0].values
          == QStringList {QStringLiteral("F-90"), QStringLiteral("F-91"), QStringLiteral("F-92")});
    CHECK(groups[0].distinctValues == 3);
    CHECK(groups[1].count == 1);
    CHECK(groups[1].firstLines == QList<qint64> {5032});
    const QString report = r.rejectsReport();
    CHECK(report.count(QLatin1Char('\n')) < 10);
    CHECK(report.contains(QLatin1String("F-90, F-91, F-92")));

    // The per-row rejects CSV still holds every row.
    const QString path = QDir(t.dir()).filePath(QStringLiteral("rejects.csv"));
    r.writeRejectsCsv(path);
    CHECK(test::readAll(path).count('\n') == 5032);
}

TEST_CASE("Date formats are accepted in Qt's notation", "[csv][dates][real]")
{
    CHECK(DateTimeFormat(QStringLiteral("MM/dd/yyyy")).name() == QLatin1String("M/d/yyyy"));
    CHECK(DateTimeFormat(QStringLiteral("dd/MM/yyyy HH:mm")).name()
          == QLatin1String("d/M/yyyy HH:mm"));
    CHECK(DateTimeFormat(QStringLiteral("yyyy/MM/dd hh:mm:ss")).name()
          == QLatin1String("yyyy/M/d HH:mm:ss"));
    CHECK(DateTimeFormat(QStringLiteral("yyyy-M-d")).name() == QLatin1String("yyyy-MM-dd"));
    CHECK(DateTimeFormat(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).name()
          == QLatin1String("yyyy-MM-dd HH:mm:ss"));
    CHECK(DateTimeFormat(QStringLiteral("yyyy年MM月dd日")).name()
          == QStringLiteral("yyyy年M月d日"));
    CHECK(DateTimeFormat(QStringLiteral("M/d/yyyy h:mm AP")).name()
          == QLatin1String("M/d/yyyy HH:mm"));
    for (const QString &name : DateTimeFormat::knownFormats()) {
        QString qt = name;
        qt.replace(QLatin1String("M/"), QLatin1String("MM/"))
            .replace(QLatin1String("/d"), QLatin1String("/dd"));
        CHECK(DateTimeFormat(qt).isValid());
    }
    QDate d;
    QTime time;
    REQUIRE(DateTimeFormat(QStringLiteral("MM/dd/yyyy")).parse(u"11/05/2026 1:05 PM", &d, &time));
    CHECK(d == QDate(2026, 11, 5));
    CHECK(time == QTime(13, 5));
    CHECK_FALSE(DateTimeFormat(QStringLiteral("MM/dd/yy")).isValid());
}

TEST_CASE("An unknown date format name is refused with the accepted names",
          "[import][fuel][real][dates]")
{
    TempDatabase t;
    test::addVehicle(t, QStringLiteral("宁A·12345"), QStringLiteral("F-100"),
                     QStringLiteral("7071"));
    const QString csv = usFile({usRow("F-100", "11/01/2026", "08:30", "Unleaded", "10.000", "3.499",
                                      "34.99", "0", "34.99")});
    CHECK_THROWS_WITH(importFuel(t, csv,
                                 [](ColumnMapping &m) {
                                     usOptions(m);
                                     m.dateFormat = QStringLiteral("MM/dd/yy");
                                 }),
                      Catch::Contains("MM/dd/yy") && Catch::Contains("MM/dd/yyyy"));
}
