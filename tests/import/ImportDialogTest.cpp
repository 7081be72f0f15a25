#include <catch2/catch.hpp>

#include "ImportTestSupport.h"

#include "vehicles/FuelImporter.h"
#include "vehicles/VehicleImporter.h"
#include "widgets/vehicles/ImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>

using namespace ga;
using ga::test::TempDatabase;

namespace {

// Saves the dialog as a PNG when GA_SCREENSHOT_DIR is set (for looking at the layout).
void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("The import dialog detects a GBK fuel file, previews it and imports it",
          "[import][gui]")
{
    TempDatabase t;
    QSettings().remove(QStringLiteral("import"));
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString csv = QStringLiteral("油卡号,车牌号码,交易时间,油品名称,加油量(升),单价,消费金额（元）,加油站\n"
                                       "9001,宁A·12345,2026/11/1 08:30,92#汽油,40.00,7.50,300.00,石化一站\n"
                                       "9001,宁A·99999,2026/11/2 08:30,92#汽油,40.00,7.50,300.00,石化一站\n"
                                       "9001,宁A·12345,2026/11/3 08:30,0#柴油,abc,7.50,300.00,石化二站\n");
    const QString path = test::writeFile(t.dir(), QStringLiteral("油卡明细.csv"), test::gbk(csv));
    ImportDialog dialog(t.services().fuelImporter());
    dialog.show();
    REQUIRE(dialog.openFile(path));
    CHECK(dialog.mapping().encoding == QLatin1String("GB18030"));
    CHECK(dialog.mapping().dateFormat == QLatin1String("yyyy/M/d HH:mm"));
    CHECK(dialog.mapping().source(QStringLiteral("amount")).header == QStringLiteral("消费金额（元）"));
    CHECK(dialog.mapping().vehicleKey == QLatin1String("plate"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    REQUIRE(preview);
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(1, 1)->text().contains(QStringLiteral("宁A·99999")));
    screenshot(dialog, QStringLiteral("import-dialog-fuel.png"));

    REQUIRE(dialog.runImport(true));
    CHECK(dialog.lastResult().accepted == 1);
    CHECK(dialog.lastResult().rejected.size() == 2);
    CHECK(t.count(QStringLiteral("fuel_transactions")) == 1);
}

TEST_CASE("The import dialog remembers the mapping per kind of import", "[import][gui]")
{
    TempDatabase t;
    QSettings().remove(QStringLiteral("import"));
    const QString csv = QStringLiteral("A,B,C,D,E\n宁A·11111,红旗,一般公务用车,汽油,5\n");
    const QString path = test::writeFile(t.dir(), QStringLiteral("v.csv"), csv.toUtf8());
    {
        ImportDialog dialog(t.services().vehicleImporter());
        REQUIRE(dialog.openFile(path));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        const QStringList keys{"plate", "", "brand", "", "category", "energyType", "seats"};
        for (int row = 0; row < keys.size(); ++row)
            if (!keys.at(row).isEmpty())
                qobject_cast<QComboBox *>(table->cellWidget(row, 1))
                    ->setCurrentIndex(int(QStringList{"plate", "brand", "category", "energyType", "seats"}
                                              .indexOf(keys.at(row)))
                                      + 1);
        screenshot(dialog, QStringLiteral("import-dialog-vehicles.png"));
        REQUIRE(dialog.runImport(true));
        CHECK(dialog.lastResult().accepted == 1);
    }
    ImportDialog again(t.services().vehicleImporter());
    REQUIRE(again.openFile(path));
    CHECK(again.mapping().source(QStringLiteral("seats")).header == QLatin1String("E"));
    CHECK(again.mapping().source(QStringLiteral("plate")).header == QLatin1String("A"));
}

TEST_CASE("The import dialog maps unrecognised values once and remembers the choice",
          "[import][gui][values]")
{
    TempDatabase t;
    QSettings().remove(QStringLiteral("import"));
    test::addVehicle(t, QStringLiteral("宁A·12345"), {}, QStringLiteral("9001"));
    const QString csv
        = QStringLiteral("卡号,车牌号,交易时间,油品,数量,金额\n"
                         "9001,宁A·12345,2026-11-01 08:30,Fleet Special Blend,40,300\n"
                         "9001,宁A·12345,2026-11-02 08:30,Fleet Special Blend,40,300\n"
                         "9001,宁A·12345,2026-11-03 08:30,92#汽油,40,300\n"
                         "9001,宁A·12345,2026-11-04 08:30,Car Wash,1,8\n");
    const QString path = test::writeFile(t.dir(), QStringLiteral("fuel.csv"), csv.toUtf8());
    {
        ImportDialog dialog(t.services().fuelImporter());
        dialog.show();
        REQUIRE(dialog.openFile(path));
        auto *values = dialog.findChild<QTableWidget *>(QStringLiteral("valueTable"));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        REQUIRE(values);
        REQUIRE(preview);
        REQUIRE(values->rowCount() == 2); // 92#汽油 is recognised
        CHECK(values->item(0, 1)->text() == QLatin1String("Fleet Special Blend"));
        CHECK(values->item(0, 2)->text() == QLatin1String("2"));
        CHECK(values->item(1, 1)->text() == QLatin1String("Car Wash"));
        CHECK_FALSE(preview->item(0, 1)->text().isEmpty());

        auto *combo = qobject_cast<QComboBox *>(values->cellWidget(0, 3));
        REQUIRE(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("diesel")));
        CHECK(dialog.mapping().mappedValue(QStringLiteral("fuelKind"), u"Fleet Special Blend")
              == QLatin1String("diesel"));
        CHECK(preview->item(0, 1)->text().isEmpty());
        CHECK(preview->item(3, 1)->text().contains(QLatin1String("Car Wash")));
        screenshot(dialog, QStringLiteral("import-dialog-values.png"));

        REQUIRE(dialog.runImport(true));
        CHECK(dialog.lastResult().accepted == 3);
        CHECK(dialog.lastResult().rejected.size() == 1);
        // The result stays on screen, the rejects by reason with the value behind them.
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
        REQUIRE(status);
        CHECK(status->text().contains(QLatin1String("Car Wash")));
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM fuel_transactions "
                                      "WHERE fuel_kind = 'diesel'"))
                  .toInt()
              == 2);
    }
    ImportDialog again(t.services().fuelImporter());
    REQUIRE(again.openFile(path));
    auto *values = again.findChild<QTableWidget *>(QStringLiteral("valueTable"));
    REQUIRE(values->rowCount() == 2);
    CHECK(qobject_cast<QComboBox *>(values->cellWidget(0, 3))->currentData().toString()
          == QLatin1String("diesel"));
    CHECK(again.mapping().mappedValue(QStringLiteral("fuelKind"), u"fleet special blend")
          == QLatin1String("diesel"));
}
