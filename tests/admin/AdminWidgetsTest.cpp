#include "AdminTestSupport.h"

#include "org/AuditQueryService.h"
#include "org/SettingsService.h"
#include "widgets/admin/AuditPage.h"
#include "widgets/admin/AuditTableModel.h"
#include "widgets/admin/GeneralSettingsTab.h"
#include "widgets/admin/LoginDialog.h"
#include "widgets/admin/SettingsPage.h"
#include "widgets/admin/SetupDialog.h"
#include "widgets/admin/UserDialog.h"
#include "widgets/admin/UserTableModel.h"
#include "widgets/admin/UsersTab.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace ga;
using namespace ga::test;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box != nullptr);
    return box->button(QDialogButtonBox::Ok);
}

void fillSetup(SetupDialog &dialog, const QString &password, const QString &confirm)
{
    child<QLineEdit>(&dialog, "bureau")->setText(QStringLiteral("某市机关事务管理局"));
    child<QLineEdit>(&dialog, "username")->setText(QStringLiteral("admin"));
    child<QLineEdit>(&dialog, "displayName")->setText(QStringLiteral("王主任"));
    child<QLineEdit>(&dialog, "password")->setText(password);
    child<QLineEdit>(&dialog, "confirm")->setText(confirm);
}

} // namespace

TEST_CASE("SetupDialog creates the first administrator and logs them in", "[gui][setup]")
{
    TempDatabase t;
    t.session().setUser(UserContext{});
    SetupDialog dialog(t.services().users());
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    fillSetup(dialog, QStringLiteral("good-password"), QStringLiteral("good-password"));
    CHECK(dialog.problem().isEmpty());
    REQUIRE(okButton(&dialog)->isEnabled());
    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(t.services().users().hasUsers());
    CHECK(t.session().user().username == QStringLiteral("admin"));
    CHECK(t.services().settings().value(QString::fromLatin1(SettingsService::BureauName))
          == QStringLiteral("某市机关事务管理局"));
}

TEST_CASE("SetupDialog refuses mismatched or weak passwords", "[gui][setup]")
{
    TempDatabase t;
    SetupDialog dialog(t.services().users());
    fillSetup(dialog, QStringLiteral("good-password"), QStringLiteral("good-passwore"));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK_FALSE(child<QLabel>(&dialog, "problem")->text().isEmpty());
    dialog.accept();
    CHECK_FALSE(t.services().users().hasUsers());
    fillSetup(dialog, QStringLiteral("short"), QStringLiteral("short"));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    fillSetup(dialog, QStringLiteral("admin"), QStringLiteral("admin"));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK_FALSE(t.services().users().hasUsers());
}

TEST_CASE("LoginDialog shows the refusal, clears the password and keeps the dialog open", "[gui][login]")
{
    TempDatabase t;
    recordDelays(t);
    addUser(t, QStringLiteral("liming"), Role::Clerk);
    t.session().setUser(UserContext{});
    LoginDialog dialog(t.services().users(), QStringLiteral("Bureau"));
    dialog.show();
    dialog.setUsername(QStringLiteral("liming"));
    auto *password = child<QLineEdit>(&dialog, "password");
    password->setText(QStringLiteral("wrong-password"));
    okButton(&dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.message() == QStringLiteral("Wrong user name or password."));
    CHECK(password->text().isEmpty());
    CHECK(dialog.focusWidget() == password);
    CHECK_FALSE(t.session().isLoggedIn());

    password->setText(QStringLiteral("secret-pass-1"));
    okButton(&dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(t.session().user().username == QStringLiteral("liming"));
}

TEST_CASE("SettingsPage saves a threshold and refuses a default term above the maximum", "[gui][settings]")
{
    TempDatabase t;
    SettingsPage page(t.services().settings(), t.services().users(), t.session());
    page.showSubPage(QStringLiteral("general"));
    GeneralSettingsTab *tab = page.generalTab();
    child<QLineEdit>(tab, "bureau")->setText(QStringLiteral("Bureau"));
    child<QSpinBox>(tab, SettingsService::VehicleRenewalYears)->setValue(10);
    REQUIRE(tab->save());
    CHECK(t.services().settings().intValue(QString::fromLatin1(SettingsService::VehicleRenewalYears), 0) == 10);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting' "
                                  "AND after_json LIKE '%renewal_years%'")).toInt() == 1);

    child<QSpinBox>(tab, SettingsService::HousingTermDefaultYears)->setValue(6);
    CHECK_FALSE(tab->problem().isEmpty());
    CHECK_FALSE(child<QPushButton>(tab, "save")->isEnabled());
    CHECK_FALSE(tab->save());
    CHECK(t.services().settings().intValue(QString::fromLatin1(SettingsService::HousingTermDefaultYears), 0) == 3);
}

TEST_CASE("SettingsPage is read-only for users who may not change settings", "[gui][settings]")
{
    TempDatabase t;
    t.loginAs(Role::Manager);
    SettingsPage page(t.services().settings(), t.services().users(), t.session());
    page.show();
    page.showSubPage(QStringLiteral("general"));
    GeneralSettingsTab *tab = page.generalTab();
    CHECK(child<QSpinBox>(tab, SettingsService::VehicleRenewalYears)->isReadOnly());
    CHECK_FALSE(child<QPushButton>(tab, "save")->isVisible());
    CHECK(child<QLabel>(tab, "readOnlyNote")->isVisible());
    CHECK_FALSE(page.usersTab()->addUserAction()->isEnabled());
    INFO(t.session().user().id);
    CHECK(page.usersTab()->changeOwnPasswordAction()->isEnabled());
}

TEST_CASE("The users tab lists users and a user dialog creates one", "[gui][settings][users]")
{
    TempDatabase t;
    addUser(t, QStringLiteral("liming"), Role::Clerk);
    SettingsPage page(t.services().settings(), t.services().users(), t.session());
    page.showSubPage(QStringLiteral("users"));
    UserTableModel *model = page.usersTab()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, UserTableModel::Username), Qt::DisplayRole).toString()
          == QStringLiteral("liming"));
    CHECK(model->data(model->index(0, UserTableModel::LastLogin), Qt::DisplayRole).toString()
          == QStringLiteral("never"));

    UserDialog dialog(t.services().users(), std::nullopt);
    child<QLineEdit>(&dialog, "username")->setText(QStringLiteral("zhangsan"));
    child<QLineEdit>(&dialog, "displayName")->setText(QStringLiteral("张三"));
    child<QLineEdit>(&dialog, "password")->setText(QStringLiteral("lotus-pond-7"));
    child<QLineEdit>(&dialog, "confirm")->setText(QStringLiteral("lotus-pond-7"));
    REQUIRE(okButton(&dialog)->isEnabled());
    okButton(&dialog)->click();
    INFO(child<QLabel>(&dialog, "problem")->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    page.usersTab()->reload();
    CHECK(model->rowCount() == 2);

    // The same name again: the service's refusal stays in the dialog.
    UserDialog again(t.services().users(), std::nullopt);
    child<QLineEdit>(&again, "username")->setText(QStringLiteral("zhangsan"));
    child<QLineEdit>(&again, "displayName")->setText(QStringLiteral("张三"));
    child<QLineEdit>(&again, "password")->setText(QStringLiteral("lotus-pond-7"));
    child<QLineEdit>(&again, "confirm")->setText(QStringLiteral("lotus-pond-7"));
    okButton(&again)->click();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&again, "problem")->text().contains(QStringLiteral("zhangsan")));
}

TEST_CASE("AuditPage lists rows newest first and filters by user", "[gui][audit]")
{
    TempDatabase t;
    AuditLog &audit = t.services().audit();
    audit.recordAs(1, QStringLiteral("alice"), QStringLiteral("create"), QStringLiteral("vehicle"), 7,
                   {}, QJsonObject{{QStringLiteral("plate"), QStringLiteral("京A12345")}});
    t.clock().advanceSecs(60);
    audit.recordAs(2, QStringLiteral("bob"), QStringLiteral("update"), QStringLiteral("vehicle"), 7,
                   QJsonObject{{QStringLiteral("km"), 100}}, QJsonObject{{QStringLiteral("km"), 200}});
    AuditPage page(t.services().auditQuery(), t.session());
    page.activate();
    AuditTableModel *model = page.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->entryAt(0).username == QStringLiteral("bob"));
    CHECK(child<QPlainTextEdit>(&page, "after")->toPlainText().contains(QStringLiteral("200")));
    CHECK(child<QPlainTextEdit>(&page, "before")->toPlainText().contains(QStringLiteral("100")));

    auto *users = child<QComboBox>(&page, "userFilter");
    const int alice = users->findData(QStringLiteral("alice"));
    REQUIRE(alice > 0);
    users->setCurrentIndex(alice);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->entryAt(0).username == QStringLiteral("alice"));
    CHECK(child<QPlainTextEdit>(&page, "after")->toPlainText().contains(QStringLiteral("京A12345")));
    CHECK(child<QLabel>(&page, "count")->text().contains(QStringLiteral("1")));
}

TEST_CASE("AuditPage refuses politely without ViewAudit", "[gui][audit]")
{
    TempDatabase t;
    t.services().audit().record(QStringLiteral("create"), QStringLiteral("vehicle"), 1);
    t.loginAs(Role::Clerk, {Module::Vehicles});
    AuditPage page(t.services().auditQuery(), t.session());
    page.show();
    page.activate();
    CHECK(child<QLabel>(&page, "refusal")->isVisible());
    CHECK(page.model()->rowCount() == 0);
}
