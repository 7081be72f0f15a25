#include <catch2/catch.hpp>

#include "HousingFixture.h"
#include "widgets/housing/HousingDialogs.h"
#include "widgets/housing/HousingPage.h"
#include "widgets/housing/HousingTabs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace ga;
using namespace ga::housing;
using namespace ga::test;

namespace {

// Answers the next message box with OK, keeping its text.
void answerNextMessage(QString *text)
{
    QTimer::singleShot(0, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        } else {
            answerNextMessage(text);
        }
    });
}

template<typename T> T *tab(HousingPage &page, const char *key)
{
    auto *t = qobject_cast<T *>(page.subPage(QString::fromLatin1(key)));
    REQUIRE(t != nullptr);
    return t;
}

} // namespace

TEST_CASE("The housing page lists the flats and filters them by status", "[housing][gui]")
{
    HousingFixture fx;
    fx.addFlat();
    const qint64 let = fx.addFlat();
    fx.sign(let, QDate(2026, 11, 1), Money(), QDate(), QStringLiteral("王芳"));
    HousingPage page(fx.housing(), fx.t.services().org());
    page.resize(1300, 800);
    page.show();
    CHECK(page.subPageKeys()
          == QStringList {"flats", "complexes", "applications", "queue", "tenancies", "rentroll",
                          "arrears", "alerts"});
    page.showSubPage(QStringLiteral("flats"));
    page.activate();
    auto *flats = tab<FlatsTab>(page, "flats");
    CHECK(flats->view()->model()->rowCount() == 2);
    CHECK(flats->countLabel()->text() == QStringLiteral("2 flat(s)"));
    auto *status = flats->findChild<QComboBox *>(QStringLiteral("flatStatus"));
    REQUIRE(status);
    const int occupied = status->findData(int(FlatStatus::Occupied));
    status->setCurrentIndex(occupied);
    emit status->activated(occupied);
    REQUIRE(flats->view()->model()->rowCount() == 1);
    CHECK(flats->view()->model()->index(0, 7).data().toString() == QStringLiteral("王芳"));
}

TEST_CASE("Generating the rent roll from the page twice says the second time added nothing",
          "[housing][gui]")
{
    HousingFixture fx;
    fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    HousingPage page(fx.housing(), fx.t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("rentroll"));
    page.activate();
    auto *roll = tab<RentRollTab>(page, "rentroll");
    CHECK(roll->monthEdit()->text() == QStringLiteral("2026-11"));
    QString message;
    answerNextMessage(&message);
    roll->generateAction()->trigger();
    CHECK(message.contains(QStringLiteral("1 line(s) added")));
    CHECK(roll->view()->model()->rowCount() == 1);
    answerNextMessage(&message);
    roll->generateAction()->trigger();
    CHECK(message.contains(QStringLiteral("already generated")));
    CHECK(fx.t.count(QStringLiteral("housing_rent_lines")) == 1);
}

TEST_CASE("The queue tab shows the places and the reason a skipped applicant was passed over",
          "[housing][gui]")
{
    HousingFixture fx;
    const qint64 flat = fx.addFlat();
    fx.apply(fx.addCadre(QStringLiteral("甲")), 10);
    const qint64 second = fx.apply(fx.addCadre(QStringLiteral("乙")), 0);
    fx.apply(fx.addCadre(QStringLiteral("丙")), 0, QDate(2026, 11, 1));
    fx.housing().offerFlat(second, flat, QStringLiteral("甲暂缓入住"));
    HousingPage page(fx.housing(), fx.t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("queue"));
    page.activate();
    auto *queue = tab<QueueTab>(page, "queue");
    QTableWidget *table = queue->queueTable();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("甲"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("甲暂缓入住"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("2"));
    REQUIRE(queue->offersTable()->rowCount() == 1);
    CHECK(queue->offersTable()->item(0, 1)->text() == QStringLiteral("乙"));
}

TEST_CASE("The check-out dialog previews the settlement and stores it", "[housing][gui]")
{
    HousingFixture fx;
    const qint64 t = fx.sign(fx.addFlat(), QDate(2026, 11, 1), Money(50000));
    CheckoutDialog dialog(fx.housing(), fx.housing().tenancyRow(t));
    dialog.show();
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("date"));
    auto *inspection = dialog.findChild<QTableWidget *>(QStringLiteral("inspection"));
    auto *settlement = dialog.findChild<QLabel *>(QStringLiteral("settlement"));
    REQUIRE(date);
    REQUIRE(inspection);
    date->setDate(QDate(2026, 11, 15));
    REQUIRE(inspection->rowCount() == 2);
    auto *condition = qobject_cast<QComboBox *>(inspection->cellWidget(1, 1));
    auto *cost = qobject_cast<QDoubleSpinBox *>(inspection->cellWidget(1, 2));
    condition->setCurrentIndex(condition->findData(int(ItemCondition::Missing)));
    cost->setValue(300);
    // ¥400.00 of rent + ¥300.00 damages − ¥500.00 deposit.
    CHECK(settlement->text().contains(QStringLiteral("¥200.00")));
    dialog.setSaver([&] { fx.housing().checkOut(dialog.draft()); });
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(fx.housing().tenancy(t).isActive());
    CHECK(fx.housing().settlement(t)->damages == Money(30000));
}

TEST_CASE("The payment dialog offers what is owed and a refusal stays in the dialog",
          "[housing][gui]")
{
    HousingFixture fx;
    const qint64 t = fx.sign(fx.addFlat(), QDate(2026, 11, 1));
    fx.housing().generateRentRoll(QStringLiteral("2026-11"));
    RentRollFilter filter;
    filter.month = QStringLiteral("2026-11");
    const RentLineRow line = fx.housing().rentRollPageAfter(filter, {}, 1).first();
    PaymentDialog dialog(line, fx.housing().today());
    dialog.show();
    auto *amount = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("amount"));
    auto *paidOn = dialog.findChild<QDateEdit *>(QStringLiteral("paidOn"));
    CHECK(amount->value() == Approx(800.0));
    paidOn->setDate(QDate(2027, 1, 1));
    dialog.setSaver([&] {
        fx.housing().recordPayment(line.line.id, dialog.amount(), dialog.paidOn(), dialog.note());
    });
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("future")));
    paidOn->setDate(QDate(2026, 11, 20));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fx.housing().rentLines(t).first().outstanding() == Money());
}

TEST_CASE("The alerts tab groups tenancies ending soon", "[housing][gui]")
{
    HousingFixture fx;
    fx.sign(fx.addFlat(), QDate(2024, 1, 1), Money(), QDate(2026, 12, 10), QStringLiteral("甲"));
    fx.sign(fx.addFlat(), QDate(2024, 1, 1), Money(), QDate(2027, 1, 20), QStringLiteral("乙"));
    HousingPage page(fx.housing(), fx.t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("alerts"));
    page.activate();
    QTreeWidget *tree = tab<HousingAlertsTab>(page, "alerts")->tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    REQUIRE(tree->topLevelItem(0)->childCount() == 1);
    CHECK(tree->topLevelItem(0)->child(0)->text(1) == QStringLiteral("甲"));
    REQUIRE(tree->topLevelItem(1)->childCount() == 1);
    CHECK(tree->topLevelItem(1)->child(0)->text(1) == QStringLiteral("乙"));
}
