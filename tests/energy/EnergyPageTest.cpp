#include <catch2/catch.hpp>

#include "energy/EnergyTestSupport.h"
#include "widgets/energy/EnergyDialogs.h"
#include "widgets/energy/EnergyPage.h"
#include "widgets/energy/EnergyTabs.h"
#include "widgets/energy/EntryGridTab.h"
#include "widgets/energy/IndicatorsTab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ga;
using namespace ga::energy;
using namespace ga::test;

namespace {

// Types `text` into the grid's current cell and presses Enter, as a clerk does.
void typeAndEnter(EntryGridView *view, const QString &text)
{
    QTest::keyClicks(view, text.left(1)); // the first key opens the cell's editor
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    REQUIRE(editor != nullptr);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QApplication::processEvents();
}

// Runs `act` on the dialog of type T as soon as it is the modal one (it opens from a queued
// save, after the keystrokes).
template<typename T, typename Act>
void whenModal(Act act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
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

TEST_CASE("The entry grid is typed by keyboard: value, Enter, the next meter", "[energy][gui]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"));
    const qint64 w = addMeter(t, b, QStringLiteral("W1"), EnergyType::Water);
    energyOf(t).saveReading(input(e, QStringLiteral("2026-09"), 1000'000));
    EnergyPage page(energyOf(t), t.services().org());
    page.resize(1300, 800);
    page.show();
    page.showSubPage(QStringLiteral("entry"));
    EntryGridTab *tab = page.entryTab();
    tab->setMonth(QStringLiteral("2026-10"));
    page.activate();
    EntryGridView *view = tab->view();
    REQUIRE(tab->model()->rowCount() == 2);
    CHECK(tab->model()->index(0, EntryGridModel::LastMonth).data().toString() == QStringLiteral("1,000"));
    view->setFocus();
    view->setCurrentIndex(tab->model()->index(0, EntryGridModel::Value));
    typeAndEnter(view, QStringLiteral("1250.5"));
    CHECK(valueOf(t, e, "2026-10") == 1250'500);
    CHECK(view->currentIndex().row() == 1); // Enter moved to the next meter
    typeAndEnter(view, QStringLiteral("12"));
    CHECK(valueOf(t, w, "2026-10") == 12'000);
    CHECK(tab->model()->index(0, EntryGridModel::Use).data().toString() == QStringLiteral("250.5"));
}

TEST_CASE("A flagged value opens the confirmation at once and is stored with its note",
          "[energy][gui][anomaly]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity,
                              ReadingKind::Cumulative, QStringLiteral("2026-01"));
    energyOf(t).saveReading(input(e, QStringLiteral("2026-09"), 1000'000));
    EnergyPage page(energyOf(t), t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("entry"));
    page.entryTab()->setMonth(QStringLiteral("2026-10"));
    page.activate();
    EntryGridView *view = page.entryTab()->view();
    view->setFocus();
    view->setCurrentIndex(page.entryTab()->model()->index(0, EntryGridModel::Value));

    // First the clerk cancels: nothing is stored.
    bool asked = false;
    whenModal<ConfirmReadingDialog>([&](ConfirmReadingDialog *dialog) {
        asked = true;
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("reasons"))->text().contains(QStringLiteral("1,000")));
        dialog->reject();
    });
    typeAndEnter(view, QStringLiteral("900"));
    CHECK(asked);
    CHECK(t.count(QStringLiteral("energy_readings")) == 1);

    // Then confirms with a note.
    view->setCurrentIndex(page.entryTab()->model()->index(0, EntryGridModel::Value));
    asked = false;
    whenModal<ConfirmReadingDialog>([&](ConfirmReadingDialog *dialog) {
        asked = true;
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no note yet
        dialog->findChild<QLineEdit *>(QStringLiteral("note"))->setText(QStringLiteral("现场核实"));
        CHECK(ok->isEnabled());
        ok->click();
    });
    typeAndEnter(view, QStringLiteral("900"));
    CHECK(asked);
    CHECK(valueOf(t, e, "2026-10") == 900'000);
    CHECK(t.scalar(QStringLiteral("SELECT note FROM energy_readings WHERE month = '2026-10'")).toString()
          == QStringLiteral("现场核实"));
    CHECK(page.entryTab()->model()->index(0, EntryGridModel::Status).data().toString().contains(
        QStringLiteral("现场核实")));
}

TEST_CASE("The meters register lists, filters and adds meters", "[energy][gui]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity);
    addMeter(t, b, QStringLiteral("W1"), EnergyType::Water);
    EnergyPage page(energyOf(t), t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("meters"));
    page.activate();
    MetersTab *tab = page.metersTab();
    CHECK(tab->model()->rowCount() == 2);
    tab->searchEdit()->setText(QStringLiteral("W1"));
    QTest::qWait(400); // the search applies after a pause
    CHECK(tab->model()->rowCount() == 1);
    tab->searchEdit()->clear();
    QTest::qWait(400);

    whenModal<MeterDialog>([&](MeterDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("meterNo"))->setText(QStringLiteral("G1"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
        type->setCurrentIndex(type->findData(int(EnergyType::NaturalGas)));
        CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("unit"))->text() == QStringLiteral("m³"));
        dialog->findChild<QLineEdit *>(QStringLiteral("sinceMonth"))->setText(QStringLiteral("2026-01"));
        dialog->accept();
    });
    tab->newAction()->trigger();
    CHECK(t.count(QStringLiteral("energy_meters")) == 3);
    CHECK(tab->model()->rowCount() == 3);
}

TEST_CASE("The indicators view names the missing months and the coefficients used", "[energy][gui]")
{
    TempDatabase t;
    const qint64 b = addEnergyBuilding(t, QStringLiteral("B1"));
    const qint64 e = addMeter(t, b, QStringLiteral("E1"), EnergyType::Electricity);
    for (int m = 1; m <= 11; ++m)
        energyOf(t).saveReading(input(e, monthKey(2025, m), 1000'000));
    EnergyPage page(energyOf(t), t.services().org());
    page.resize(1400, 900);
    page.show();
    page.showSubPage(QStringLiteral("indicators"));
    IndicatorRequest r;
    r.year = 2025;
    page.indicatorsTab()->setRequest(r);
    CHECK(page.indicatorsTab()->completeness()->text().contains(QStringLiteral("2025-12")));
    CHECK(page.indicatorsTab()->completeness()->text().contains(QStringLiteral("0.1229")));
    QTableWidget *figures = page.indicatorsTab()->figures();
    CHECK(figures->item(1, 1)->text() == QStringLiteral("1,351.9")); // 11 × 122.9 kgce
    CHECK(figures->item(2, 1)->text() == QStringLiteral("—"));        // incomplete: no intensity
    r.period = IndicatorPeriod::YearToDate;
    r.month = 11;
    page.indicatorsTab()->setRequest(r);
    CHECK(figures->item(2, 1)->text() == QStringLiteral("1.35")); // 1,351.9 kgce / 1,000 m²
    REQUIRE(page.indicatorsTab()->heatMap()->rows().size() == 1);
}

TEST_CASE("Only administrators see the coefficient commands", "[energy][gui][permissions]")
{
    TempDatabase t;
    EnergyPage page(energyOf(t), t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("coefficients"));
    page.activate();
    CHECK(page.coefficientsTab()->tree()->topLevelItemCount() == 7);
    CHECK(page.coefficientsTab()->newAction()->isVisible());
    t.loginAs(Role::Clerk, {Module::Energy});
    page.activate();
    CHECK_FALSE(page.coefficientsTab()->newAction()->isVisible());
}
