#include <catch2/catch.hpp>

#include "OrgTestSupport.h"
#include "widgets/org/OrgDialogs.h"
#include "widgets/org/OrgTableModels.h"
#include "widgets/org/OrgTabs.h"
#include "widgets/org/OrganisationPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace ga;
using namespace ga::test;

namespace {

SmallOrg addPeople(TempDatabase &t)
{
    const SmallOrg o = addSmallOrg(t);
    addStaff(t, QStringLiteral("S01"), QStringLiteral("王伟"), o.office, "county.section", true);
    addStaff(t, QStringLiteral("S02"), QStringLiteral("李娜"), o.office);
    addStaff(t, QStringLiteral("S03"), QStringLiteral("刘洋"), o.finance);
    return o;
}

int treeItemCount(QTreeWidget *tree)
{
    int n = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        ++n;
    return n;
}

void chooseComboId(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

} // namespace

TEST_CASE("The organisation page shows the department tree with staff counts", "[org][gui]")
{
    TempDatabase t;
    addPeople(t);
    OrganisationPage page(t.services().org());
    page.resize(1200, 800);
    page.show();
    page.showSubPage(QStringLiteral("departments"));
    page.activate();
    QTreeWidget *tree = page.departmentsTab()->tree();
    CHECK(tree->topLevelItemCount() == 1);
    CHECK(treeItemCount(tree) == 4);
    QTreeWidgetItem *agency = tree->topLevelItem(0)->child(0);
    REQUIRE(agency);
    CHECK(agency->text(0) == QStringLiteral("银川市公安局"));
    CHECK(agency->text(4) == QStringLiteral("3"));
}

TEST_CASE("The organisation page addresses its tabs by key", "[org][gui]")
{
    TempDatabase t;
    OrganisationPage page(t.services().org());
    CHECK(page.subPageKeys()
          == QStringList{"departments", "staff", "buildings", "ranks"});
    page.showSubPage(QStringLiteral("ranks"));
    CHECK(page.currentSubPage() == QStringLiteral("ranks"));
    QTreeWidget *ranks = page.ranksTab()->tree();
    CHECK(ranks->topLevelItemCount() == 5); // one group per level
    CHECK(treeItemCount(ranks) == 5 + 24);
}

TEST_CASE("The staff text filter narrows the list", "[org][gui]")
{
    TempDatabase t;
    addPeople(t);
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("staff"));
    page.activate();
    StaffTab *tab = page.staffTab();
    CHECK(tab->view()->model()->rowCount() == 3);
    tab->searchEdit()->setText(QStringLiteral("李"));
    emit tab->searchEdit()->returnPressed();
    REQUIRE(tab->view()->model()->rowCount() == 1);
    CHECK(tab->model()->rowAt(0)->staff.staffNo == QStringLiteral("S02"));
}

TEST_CASE("The staff department and transferred filters narrow the list", "[org][gui]")
{
    TempDatabase t;
    const SmallOrg o = addPeople(t);
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("staff"));
    page.activate();
    StaffTab *tab = page.staffTab();
    chooseComboId(tab->findChild<QComboBox *>(QStringLiteral("staffDepartment")), o.finance);
    CHECK(tab->view()->model()->rowCount() == 1);
    chooseComboId(tab->findChild<QComboBox *>(QStringLiteral("staffDepartment")), 0);
    tab->findChild<QCheckBox *>(QStringLiteral("transferredOnly"))->setChecked(true);
    REQUIRE(tab->view()->model()->rowCount() == 1);
    CHECK(tab->model()->rowAt(0)->staff.staffNo == QStringLiteral("S01"));
}

TEST_CASE("The staff list shows every column of a row", "[org][gui]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    Staff s = makeStaff(QStringLiteral("S01"), QStringLiteral("王伟"), o.office,
                        rankId(t, "county.section"));
    s.postTitle = QStringLiteral("主任");
    s.postStart = QDate(2024, 5, 6);
    s.transferred = true;
    t.services().org().createStaff(s);
    StaffTableModel model(t.services().org());
    model.reload();
    REQUIRE(model.rowCount() == 1);
    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    CHECK(text(StaffTableModel::StaffNo) == QStringLiteral("S01"));
    CHECK(text(StaffTableModel::Department) == QStringLiteral("办公室"));
    CHECK(text(StaffTableModel::Post) == QStringLiteral("主任"));
    CHECK(text(StaffTableModel::PostStart) == QStringLiteral("2024-05-06"));
    CHECK(text(StaffTableModel::PostEnd).isEmpty());
    CHECK_FALSE(text(StaffTableModel::Transferred).isEmpty());
    CHECK(model.index(0, StaffTableModel::Department).data(Qt::ToolTipRole).toString()
          == QStringLiteral("机关事务管理局 / 银川市公安局 / 办公室"));
}

TEST_CASE("The buildings tab shows areas in square metres with two decimals", "[org][gui]")
{
    TempDatabase t;
    t.services().org().createBuilding(
        makeBuilding(QStringLiteral("B1"), QStringLiteral("Main"), 123456, 100001));
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("buildings"));
    page.activate();
    QAbstractItemModel *model = page.buildingsTab()->view()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, BuildingTableModel::GrossArea).data().toString() == formatArea(123456));
    CHECK(model->index(0, BuildingTableModel::UsableArea).data().toString().endsWith(
        QStringLiteral("00.01")));
}

TEST_CASE("The add department dialog keeps OK disabled without a name", "[org][gui]")
{
    TempDatabase t;
    DepartmentDialog dialog(t.services().org(), Department{});
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("code"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    REQUIRE(code);
    REQUIRE(name);
    code->setText(QStringLiteral("A01"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    name->setText(QStringLiteral("   "));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    name->setText(QStringLiteral("公安局"));
    CHECK(dialog.okButton()->isEnabled());
}

TEST_CASE("The department dialog shows the service's refusal and stays open", "[org][gui]")
{
    TempDatabase t;
    addDepartment(t, QStringLiteral("A01"), QStringLiteral("One"), DepartmentKind::Agency);
    Department initial;
    initial.kind = DepartmentKind::Agency;
    DepartmentDialog dialog(t.services().org(), initial);
    dialog.findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("A01"));
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Two"));
    dialog.setSaver([&] { t.services().org().createDepartment(dialog.department()); });
    dialog.show();
    dialog.okButton()->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("A01")));
    CHECK(t.count(QStringLiteral("departments")) == 1);
}

TEST_CASE("The staff dialog needs a department and a rank", "[org][gui]")
{
    TempDatabase t;
    const SmallOrg o = addSmallOrg(t);
    StaffDialog dialog(t.services().org(), Staff{});
    dialog.findChild<QLineEdit *>(QStringLiteral("staffNo"))->setText(QStringLiteral("S1"));
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("王伟"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    auto *dept = dialog.findChild<QComboBox *>(QStringLiteral("department"));
    auto *rank = dialog.findChild<QComboBox *>(QStringLiteral("rank"));
    dept->setCurrentIndex(dept->findData(o.office));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    rank->setCurrentIndex(1);
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.staff().departmentId == o.office);
}

TEST_CASE("Users who may not edit see no edit actions", "[org][gui]")
{
    TempDatabase t;
    addPeople(t);
    t.loginAs(Role::Manager);
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("staff"));
    page.activate();
    CHECK_FALSE(page.staffTab()->newAction()->isVisible());
    CHECK_FALSE(page.staffTab()->retireAction()->isVisible());
    page.showSubPage(QStringLiteral("ranks"));
    CHECK_FALSE(page.ranksTab()->editAction()->isVisible());
}

TEST_CASE("An organisation clerk edits staff but not the rank standards", "[org][gui]")
{
    TempDatabase t;
    addPeople(t);
    t.loginAs(Role::Clerk, {Module::Organisation});
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("staff"));
    page.activate();
    CHECK(page.staffTab()->newAction()->isVisible());
    CHECK(page.staffTab()->newAction()->isEnabled());
    page.staffTab()->view()->setCurrentIndex(page.staffTab()->view()->model()->index(0, 0));
    CHECK(page.staffTab()->retireAction()->isEnabled());
    CHECK_FALSE(page.staffTab()->reactivateAction()->isEnabled());
    page.showSubPage(QStringLiteral("ranks"));
    CHECK_FALSE(page.ranksTab()->editAction()->isVisible());
}

TEST_CASE("A record list's Tab key runs from the search through the filters to the list",
          "[org][gui][record]")
{
    TempDatabase t;
    addPeople(t);
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("staff"));
    page.activate();
    StaffTab *tab = page.staffTab();
    QStringList order;
    QWidget *w = tab->searchEdit();
    for (int guard = 0; guard < 40 && order.size() < 6; ++guard, w = w->nextInFocusChain()) {
        if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && tab->isAncestorOf(w)
            && !w->objectName().isEmpty() && !order.contains(w->objectName()))
            order << w->objectName();
    }
    CHECK(order
          == QStringList {QStringLiteral("staffSearch"), QStringLiteral("staffDepartment"),
                          QStringLiteral("staffRank"), QStringLiteral("transferredOnly"),
                          QStringLiteral("showRetired"), QStringLiteral("staffTable")});
}

TEST_CASE("A record list keeps the chosen record when its filter is applied again",
          "[org][gui][record]")
{
    TempDatabase t;
    addPeople(t);
    OrganisationPage page(t.services().org());
    page.show();
    page.showSubPage(QStringLiteral("staff"));
    page.activate();
    StaffTab *tab = page.staffTab();
    REQUIRE(tab->view()->model()->rowCount() == 3);
    tab->view()->setCurrentIndex(tab->view()->model()->index(2, 0));
    const qint64 chosen = tab->currentId();
    REQUIRE(chosen > 0);
    tab->findChild<QCheckBox *>(QStringLiteral("showRetired"))->setChecked(true);
    CHECK(tab->currentId() == chosen);
    CHECK(tab->countLabel()->text().contains(QStringLiteral("3")));
}
