#include <catch2/catch.hpp>

#include "cli/ImportCommand.h"
#include "energy/EnergyTestSupport.h"
#include "energy/ReadingImporter.h"
#include "storage/csv/CsvReader.h"

#include <QFile>

using namespace ga;
using namespace ga::energy;
using namespace ga::test;

namespace {

struct Site
{
    qint64 building = 0;
    qint64 electricity = 0;
    qint64 water = 0;
    qint64 heat = 0;
};

Site site(TempDatabase &t, const QString &code = QStringLiteral("JZ001"), qint64 department = 0)
{
    Site s;
    s.building = addEnergyBuilding(t, code, department);
    s.electricity = addMeter(t, s.building, QStringLiteral("E1"), EnergyType::Electricity);
    s.water = addMeter(t, s.building, QStringLiteral("W1"), EnergyType::Water);
    s.heat = addMeter(t, s.building, QStringLiteral("H1"), EnergyType::Heat);
    return s;
}

ImportResult importText(TempDatabase &t, const QByteArray &text, const QString &units = {})
{
    ReadingImporter &importer = t.services().readingImporter();
    const CsvDocument doc = CsvDocument::fromBytes(text, {}, {}, QStringLiteral("readings.csv"));
    ImportOptions options;
    options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
    options.mapping.units = units;
    return importer.importDocument(doc, options);
}

qint64 valueOf(TempDatabase &t, qint64 meterId, const char *month)
{
    return t
        .scalar(QStringLiteral("SELECT value_milli FROM energy_readings WHERE meter_id = %1 AND "
                               "month = '%2'")
                    .arg(meterId)
                    .arg(QLatin1String(month)))
        .toLongLong();
}

} // namespace

TEST_CASE("Units convert to the meter's unit; unknown ones do not", "[energy][import][units]")
{
    CHECK(*unitFactor(QStringLiteral("MWh"), QStringLiteral("kWh")) == 1000);
    CHECK(*unitFactor(QStringLiteral("兆瓦时"), QStringLiteral("kWh")) == 1000);
    CHECK(*unitFactor(QStringLiteral("万千瓦时"), QStringLiteral("kWh")) == 10000);
    CHECK(*unitFactor(QStringLiteral("度"), QStringLiteral("kWh")) == 1);
    CHECK(*unitFactor(QStringLiteral("therm"), QStringLiteral("GJ")) == Approx(0.105505585));
    CHECK(*unitFactor(QStringLiteral("kBtu"), QStringLiteral("GJ")) == Approx(0.001055056));
    CHECK(*unitFactor(QStringLiteral("MJ"), QStringLiteral("GJ")) == Approx(0.001));
    CHECK(*unitFactor(QStringLiteral("ccf"), QStringLiteral("m³")) == Approx(2.8316846592));
    CHECK(*unitFactor(QStringLiteral("吨"), QStringLiteral("m³")) == 1);
    CHECK(*unitFactor(QStringLiteral("m3"), QStringLiteral("m³")) == 1);
    CHECK(*unitFactor(QStringLiteral("立方米"), QStringLiteral("m³")) == 1);
    CHECK_FALSE(unitFactor(QStringLiteral("furlong"), QStringLiteral("kWh")));
    CHECK_FALSE(unitFactor(QStringLiteral("GJ"), QStringLiteral("kWh"))); // not an electricity unit
    CHECK_FALSE(unitFactor(QStringLiteral("therm"), QStringLiteral("m³")));
}

TEST_CASE("Months are read as spreadsheets write them", "[energy][import]")
{
    CHECK(ReadingImporter::monthOf(QStringLiteral("2026-01")) == QStringLiteral("2026-01"));
    CHECK(ReadingImporter::monthOf(QStringLiteral("2026/1")) == QStringLiteral("2026-01"));
    CHECK(ReadingImporter::monthOf(QStringLiteral("2026.11")) == QStringLiteral("2026-11"));
    CHECK(ReadingImporter::monthOf(QStringLiteral("2026年3月")) == QStringLiteral("2026-03"));
    CHECK(ReadingImporter::monthOf(QStringLiteral("202604")) == QStringLiteral("2026-04"));
    CHECK(ReadingImporter::monthOf(QStringLiteral("2026-13")).isEmpty());
    CHECK(ReadingImporter::monthOf(QStringLiteral("表号")).isEmpty());
}

TEST_CASE("A long file with a title row, a unit column, thousands separators and CR line ends "
          "loads", "[energy][import]")
{
    TempDatabase t;
    const Site s = site(t);
    // As an older exporter writes it: a title above the table, CR-only line ends.
    const QByteArray text = QStringLiteral("2026年度能耗统计表,,,,\r"
                                           "楼宇编码,表号,月份,读数,单位\r"
                                           "JZ001,E1,2026-01,\"12,345.5\",kWh\r"
                                           "JZ001,E1,2026-02,1.5,MWh\r"
                                           "JZ001,W1,2026/1,120,吨\r"
                                           "JZ001,H1,2026年1月,100,therm\r")
                                .toUtf8();
    const ImportResult r = importText(t, text);
    INFO(r.rejectsReport().toStdString());
    CHECK(r.accepted == 4);
    CHECK(r.rejected.isEmpty());
    CHECK(valueOf(t, s.electricity, "2026-01") == 12'345'500);
    CHECK(valueOf(t, s.electricity, "2026-02") == 1'500'000);
    CHECK(valueOf(t, s.water, "2026-01") == 120'000);
    CHECK(valueOf(t, s.heat, "2026-01") == 10'551); // 100 therm = 10.5506 GJ
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                  "entity = 'energy_reading'"))
              .toInt()
          == 1);
}

TEST_CASE("A wide file with a units row and empty months loads", "[energy][import]")
{
    TempDatabase t;
    const Site s = site(t);
    const QByteArray text = QStringLiteral("楼宇编码,表号,2026-01,2026-02,2026-03\n"
                                           "单位,,MWh,MWh,MWh\n"
                                           "JZ001,E1,1.2,,1.4\n")
                                .toUtf8();
    const ImportResult r = importText(t, text);
    INFO(r.rejectsReport().toStdString());
    CHECK(r.accepted == 1);
    CHECK(r.duplicates.isEmpty()); // the units row is read, not counted
    CHECK(valueOf(t, s.electricity, "2026-01") == 1'200'000);
    CHECK(valueOf(t, s.electricity, "2026-03") == 1'400'000);
    CHECK(t.count(QStringLiteral("energy_readings")) == 2); // February was not read
    // By energy type instead of meter number.
    const QByteArray byType = QStringLiteral("building code,type,2026-04\nJZ001,water,33\n").toUtf8();
    CHECK(importText(t, byType).accepted == 1);
    CHECK(valueOf(t, s.water, "2026-04") == 33'000);
}

TEST_CASE("An unknown unit rejects its row, named by line", "[energy][import][units]")
{
    TempDatabase t;
    site(t);
    const QByteArray text = QStringLiteral("楼宇编码,表号,月份,读数,单位\n"
                                           "JZ001,E1,2026-01,100,kWh\n"
                                           "JZ001,E1,2026-02,100,furlong\n"
                                           "JZ001,W1,2026-02,5,therm\n"
                                           "JZ999,E1,2026-02,5,kWh\n")
                                .toUtf8();
    const ImportResult r = importText(t, text);
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 3);
    CHECK(r.rejected[0].line == 3);
    CHECK(r.rejected[0].reason.contains(QStringLiteral("furlong")));
    CHECK(r.rejected[1].line == 4);
    CHECK(r.rejected[1].reason.contains(QStringLiteral("therm")));
    CHECK(r.rejected[2].reason.contains(QStringLiteral("JZ999")));
    // A unit for the whole file that nobody knows stops the import before it starts.
    CHECK_THROWS_AS(importText(t, "楼宇编码,表号,月份,读数\nJZ001,E1,2026-03,1\n", QStringLiteral("bushel")),
                    ValidationError);
}

TEST_CASE("Importing a month again replaces its readings and says how many", "[energy][import]")
{
    TempDatabase t;
    const Site s = site(t);
    const QByteArray first = QStringLiteral("楼宇编码,表号,月份,读数\n"
                                            "JZ001,E1,2026-01,100\n"
                                            "JZ001,W1,2026-01,10\n")
                                 .toUtf8();
    CHECK(importText(t, first).replaced == 0);
    const QByteArray again = QStringLiteral("楼宇编码,表号,月份,读数\n"
                                            "JZ001,E1,2026-01,110\n"
                                            "JZ001,W1,2026-01,12\n"
                                            "JZ001,H1,2026-01,3\n")
                                 .toUtf8();
    const ImportResult r = importText(t, again);
    CHECK(r.accepted == 3);
    CHECK(r.replaced == 2);
    CHECK(t.count(QStringLiteral("energy_readings")) == 3);
    CHECK(valueOf(t, s.electricity, "2026-01") == 110'000);
    // The same meter and month twice in one file: the second is a duplicate.
    const ImportResult twice = importText(t, "楼宇编码,表号,月份,读数\nJZ001,E1,2026-02,1\nJZ001,E1,2026-02,2\n");
    CHECK(twice.accepted == 1);
    CHECK(twice.duplicates.size() == 1);
}

TEST_CASE("Imported readings are derived and flagged like entered ones", "[energy][import][anomaly]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("JZ001"));
    const qint64 m = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"), 1000'000);
    energyOf(t).saveReading(input(m, QStringLiteral("2026-03"), 1900'000));
    const ImportResult r = importText(t, "楼宇编码,表号,月份,读数\n"
                                         "JZ001,E1,2026-01,1200\n"
                                         "JZ001,E1,2026-02,1150\n");
    CHECK(r.accepted == 2);
    const auto row = [&](const char *month) {
        return t.scalar(QStringLiteral("SELECT consumption_milli || '/' || flags FROM energy_readings "
                                       "WHERE meter_id = %1 AND month = '%2'")
                            .arg(m)
                            .arg(QLatin1String(month)))
            .toString();
    };
    CHECK(row("2026-01") == QStringLiteral("200000/0"));
    CHECK(row("2026-02") == QStringLiteral("-50000/1")); // below January: awaits confirmation
    CHECK(row("2026-03") == QStringLiteral("750000/0")); // the stored March derived again
}

TEST_CASE("Readings of another agency's buildings are rejected", "[energy][import][scope]")
{
    TempDatabase t;
    const SmallOrg org = addSmallOrg(t);
    const qint64 other = addDepartment(t, QStringLiteral("A02"), QStringLiteral("教育局"),
                                       DepartmentKind::Agency, org.bureau);
    site(t, QStringLiteral("JZ001"), org.office);
    site(t, QStringLiteral("JZ002"), other);
    t.loginAs(Role::Clerk, {Module::Energy}, 0, org.agency);
    const ImportResult r = importText(t, "楼宇编码,表号,月份,读数\nJZ001,E1,2026-01,1\nJZ002,E1,2026-01,1\n");
    CHECK(r.accepted == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].reason.contains(QStringLiteral("JZ002")));
    t.loginAs(Role::Clerk, {Module::Vehicles});
    CHECK_THROWS_AS(importText(t, "楼宇编码,表号,月份,读数\nJZ001,E1,2026-02,1\n"), PermissionError);
}

TEST_CASE("govassets import readings loads a file and reports what it replaced", "[energy][import][cli]")
{
    TempDatabase t;
    site(t);
    const QString file = t.dir() + QStringLiteral("/readings.csv");
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("楼宇编码,表号,月份,读数,单位\nJZ001,E1,2026-01,2,MWh\n");
    }
    const auto run = [&] {
        QString input, out, err;
        QTextStream in(&input, QIODevice::ReadOnly), o(&out), e(&err);
        const int code = cli::runImport({QStringLiteral("import"), QStringLiteral("readings"),
                                         QStringLiteral("--db"), t.path(), QStringLiteral("--file"), file},
                                        in, o, e);
        o.flush();
        return std::make_pair(code, out);
    };
    auto [code, out] = run();
    CHECK(code == 0);
    CHECK(out.contains(QStringLiteral("Imported: 1")));
    std::tie(code, out) = run();
    CHECK(code == 0);
    CHECK(out.contains(QStringLiteral("Replaced: 1")));
    CHECK(t.count(QStringLiteral("energy_readings")) == 1);
}
