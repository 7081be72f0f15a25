// One dispatch desk for the concurrency test: opens the store at argv[1] as its own process,
// assigns random vehicles and drivers to random approved or assigned trips for argv[2]
// milliseconds (seeded by argv[3]), and prints "assigned N refused M busy K" on exit.
// Refusals are the service's (an overlap, a trip another desk moved on); busy is a
// StorageError the retries did not get past.
#include "app/Services.h"
#include "core/Error.h"
#include "core/Session.h"
#include "vehicles/DispatchService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace ga;

namespace {

QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db.connection());
    q.exec(sql);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s LOCATION MILLISECONDS SEED\n", argv[0]);
        return 2;
    }
    const qint64 millis = QByteArray(argv[2]).toLongLong();
    QRandomGenerator random(QByteArray(argv[3]).toUInt());
    try {
        Services services(QString::fromLocal8Bit(argv[1]));
        services.session().setUser(UserContext::system());
        Database &db = services.database();
        const QList<qint64> trips = ids(db, QStringLiteral("SELECT id FROM trips ORDER BY id"));
        const QList<qint64> vehicles
            = ids(db, QStringLiteral("SELECT id FROM vehicles ORDER BY id"));
        const QList<qint64> drivers = ids(db, QStringLiteral("SELECT id FROM drivers ORDER BY id"));
        if (trips.isEmpty() || vehicles.isEmpty() || drivers.isEmpty())
            return 3;
        int assigned = 0;
        int refused = 0;
        int busy = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < millis) {
            const qint64 trip = trips.at(random.bounded(int(trips.size())));
            const qint64 vehicle = vehicles.at(random.bounded(int(vehicles.size())));
            const qint64 driver = drivers.at(random.bounded(int(drivers.size())));
            try {
                services.dispatch().assign(trip, vehicle, driver);
                ++assigned;
            } catch (const ConflictError &) {
                ++refused;
            } catch (const ValidationError &) {
                ++refused;
            } catch (const StorageError &e) {
                std::fprintf(stderr, "%s\n", qPrintable(e.message()));
                ++busy;
            }
        }
        std::printf("assigned %d refused %d busy %d\n", assigned, refused, busy);
        return 0;
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
