#include <catch2/catch.hpp>

#include "storage/StoreLocation.h"
#include "widgets/admin/StoreDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace ga;

// Where the data is kept: the address of a server store taken apart and put together, and the
// dialog of the first start and of File → Data store….

namespace {

QPushButton *okButton(StoreDialog &d)
{
    return d.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
        ->button(QDialogButtonBox::Ok);
}

template<typename W> W *child(StoreDialog &d, const char *name)
{
    auto *w = d.findChild<W *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("A server address is taken apart and put together again", "[store]")
{
    const auto a = ServerAddress::parse(QStringLiteral("postgresql://desk1@db.example.org:6543/region"));
    REQUIRE(a);
    CHECK(a->host == QStringLiteral("db.example.org"));
    CHECK(a->port == 6543);
    CHECK(a->database == QStringLiteral("region"));
    CHECK(a->user == QStringLiteral("desk1"));
    CHECK(a->location() == QStringLiteral("postgresql://desk1@db.example.org:6543/region"));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("/home/clerk/govassets.sqlite")));
}

TEST_CASE("A socket folder as the host goes into the address as ?host=", "[store]")
{
    ServerAddress a;
    a.host = QStringLiteral("/var/run/postgresql");
    a.database = QStringLiteral("govassets");
    a.user = QStringLiteral("root");
    CHECK(a.location() == QStringLiteral("postgresql://root@/govassets?host=/var/run/postgresql"));
    const auto back = ServerAddress::parse(a.location());
    REQUIRE(back);
    CHECK(back->host == a.host);
    CHECK(back->port == 5432);
    CHECK(back->database == a.database);
    CHECK(back->user == a.user);
}

TEST_CASE("A server address without a host, a database or a user names what is missing",
          "[store]")
{
    ServerAddress a;
    CHECK(a.problem().contains(QStringLiteral("server")));
    a.host = QStringLiteral("db");
    CHECK(a.problem().contains(QStringLiteral("database")));
    a.database = QStringLiteral("govassets");
    CHECK(a.problem().contains(QStringLiteral("user")));
    a.user = QStringLiteral("desk1");
    CHECK(a.problem().isEmpty());
    a.host = QStringLiteral("a b");
    CHECK_FALSE(a.problem().isEmpty());
}

TEST_CASE("The store dialog offers the file it was given, and refuses an empty path", "[store]")
{
    StoreDialog d(QStringLiteral("/tmp/govassets.sqlite"));
    CHECK(child<QRadioButton>(d, "fileChoice")->isChecked());
    CHECK(d.location() == QStringLiteral("/tmp/govassets.sqlite"));
    CHECK(okButton(d)->isEnabled());
    child<QLineEdit>(d, "filePath")->clear();
    CHECK_FALSE(okButton(d)->isEnabled());
    CHECK(child<QLabel>(d, "message")->text().contains(QStringLiteral("path")));
    d.accept();
    CHECK(d.result() != QDialog::Accepted);
}

TEST_CASE("The store dialog builds a server's address from what is typed, by keyboard",
          "[store]")
{
    StoreDialog d(QStringLiteral("/tmp/govassets.sqlite"));
    d.show();
    QApplication::setActiveWindow(&d);
    REQUIRE(QTest::qWaitForWindowActive(&d));
    child<QRadioButton>(d, "serverChoice")->setChecked(true);
    CHECK_FALSE(okButton(d)->isEnabled()); // nothing typed yet
    auto *host = child<QLineEdit>(d, "host");
    host->setFocus();
    QTest::keyClicks(host, QStringLiteral("db.example.org"));
    QTest::keyClick(host, Qt::Key_Tab);
    auto *port = child<QSpinBox>(d, "port");
    REQUIRE(port->hasFocus());
    port->setValue(6543);
    QTest::keyClick(port, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("region"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("desk1"));
    CHECK(okButton(d)->isEnabled());
    CHECK(d.location() == QStringLiteral("postgresql://desk1@db.example.org:6543/region"));
}

TEST_CASE("The store dialog opens a server address on the server's fields", "[store]")
{
    StoreDialog d(QStringLiteral("postgresql://root@/govassets?host=/var/run/postgresql"));
    CHECK(child<QRadioButton>(d, "serverChoice")->isChecked());
    CHECK(child<QLineEdit>(d, "host")->text() == QStringLiteral("/var/run/postgresql"));
    CHECK(child<QLineEdit>(d, "database")->text() == QStringLiteral("govassets"));
    CHECK(child<QLineEdit>(d, "user")->text() == QStringLiteral("root"));
    CHECK_FALSE(child<QLineEdit>(d, "filePath")->isEnabled());
}
