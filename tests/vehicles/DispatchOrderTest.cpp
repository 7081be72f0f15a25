#include "DispatchFixture.h"

#include "widgets/vehicles/DispatchOrderDocument.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>

using namespace ga;
using namespace ga::vehicles;
using ga::test::DispatchFixture;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                          QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("The dispatch order holds the request, vehicle, driver and approval",
          "[dispatch][order]")
{
    DispatchFixture f;
    const qint64 trip = f.assigned(10, 12, f.addVehicle(QStringLiteral("宁A·12345")),
                                   f.addDriver(QStringLiteral("张师傅")));
    const DispatchOrderDocument order(f.dispatch().trip(trip), QStringLiteral("机关事务管理局"),
                                      f.at(9));
    const QString html = order.html();
    CHECK(html.contains(QStringLiteral("派车单")));
    CHECK(html.contains(QStringLiteral("PC202611280001")));
    CHECK(html.contains(QStringLiteral("宁A·12345")));
    CHECK(html.contains(QStringLiteral("张师傅")));
    CHECK(html.contains(QStringLiteral("李联络")));
    CHECK(html.contains(QStringLiteral("Approved by")));
}

TEST_CASE("An emergency order says it was dispatched before approval", "[dispatch][order]")
{
    DispatchFixture f;
    const qint64 trip = f.requested(10, 12, true);
    f.dispatch().assign(trip, f.addVehicle(QStringLiteral("宁A·12345")),
                        f.addDriver(QStringLiteral("张师傅")));
    const DispatchOrderDocument order(f.dispatch().trip(trip), QString(), f.at(9));
    CHECK(order.html().contains(QStringLiteral("dispatched before approval")));
}

TEST_CASE("The dispatch order's PDF contains 派车单 and the plate", "[dispatch][order]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    DispatchFixture f;
    const qint64 trip = f.assigned(10, 12, f.addVehicle(QStringLiteral("宁A·12345")),
                                   f.addDriver(QStringLiteral("张师傅")));
    const QString path = f.temp().dir() + QStringLiteral("/order.pdf");
    const DispatchOrderDocument order(f.dispatch().trip(trip), QStringLiteral("机关事务管理局"),
                                      f.at(9));
    QString error;
    REQUIRE(order.writePdf(path, &error));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("派车单")));
    CHECK(text.contains(QStringLiteral("12345")));
    CHECK(text.contains(QStringLiteral("宁A")));
    CHECK(text.contains(QStringLiteral("PC202611280001")));
    if (!qEnvironmentVariableIsEmpty("GA_SCREENSHOT_DIR"))
        QFile::copy(path, qEnvironmentVariable("GA_SCREENSHOT_DIR") + QStringLiteral("/order.pdf"));
}
