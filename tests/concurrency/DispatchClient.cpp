// One dispatch desk for the concurrency test: opens the store at argv[1] as its own process,
// assigns random vehicles and drivers to random approved or assigned trips for argv[2]
// milliseconds (seeded by argv[3]), and every 20th turn imports a fuel statement of 50 rows of
// its own (a bulk load beside the others' assignments); prints "assigned N refused M busy K
// imports I fuel F" on exit. Refusals are the service's (an overlap, a trip another desk moved
// on); busy is a StorageError the retries did not get past.
#include "app/Services.h"
#include "core/Error.h"
#include "core/Session.h"
#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/Importer.h"
#include "vehicles/DispatchService.h"
#include "vehicles/FuelImporter.h"

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

QList<QString> texts(Database &db, const QString &sql)
{
    QList<QString> out;
    QSqlQuery q(db.connection());
    q.exec(sql);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A fuel statement of `rows` rows for random plates, times unique to this desk and turn (the
// seed's day of 2026, the turn's minute): none is a duplicate of another desk's.
QString fuelStatement(QRandomGenerator &random, const QList<QString> &plates, quint32 seed,
                      int turn, int rows)
{
    QString csv = QStringLiteral("车牌号,交易时间,油品,数量,金额\n");
    const QDateTime base(QDate(2026, 1, 1).addDays(seed % 300), QTime(0, 0));
    for (int i = 0; i < rows; ++i) {
        const QDateTime at = base.addSecs(qint64(turn) * 3600 + i * 60);
        csv += QStringLiteral("%1,%2,92#,%3,%4\n")
                   .arg(plates.at(random.bounded(int(plates.size()))),
                        at.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(10 + random.bounded(40))
                   .arg(100 + random.bounded(300));
    }
    return csv;
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
    const quint32 seed = QByteArray(argv[3]).toUInt();
    QRandomGenerator random(seed);
    try {
        Services services(QString::fromLocal8Bit(argv[1]));
        services.session().setUser(UserContext::system());
        Database &db = services.database();
        const QList<qint64> trips = ids(db, QStringLiteral("SELECT id FROM trips ORDER BY id"));
        const QList<qint64> vehicles
            = ids(db, QStringLiteral("SELECT id FROM vehicles ORDER BY id"));
        const QList<qint64> drivers = ids(db, QStringLiteral("SELECT id FROM drivers ORDER BY id"));
        const QList<QString> plates
            = texts(db, QStringLiteral("SELECT plate FROM vehicles ORDER BY id"));
        if (trips.isEmpty() || vehicles.isEmpty() || drivers.isEmpty())
            return 3;
        int assigned = 0;
        int refused = 0;
        int busy = 0;
        int imports = 0;
        qint64 fuel = 0;
        int turn = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < millis) {
            if (++turn % 20 == 0) {
                const QString csv = fuelStatement(random, plates, seed, turn / 20, 50);
                const CsvDocument doc = CsvDocument::fromBytes(csv.toUtf8(), {}, {},
                                                               QStringLiteral("fuel.csv"));
                auto &importer = services.fuelImporter();
                ImportOptions options;
                options.mapping = ColumnMapping::guess(importer.fields(), doc.headers());
                options.strict = true;
                try {
                    fuel += importer.importDocument(doc, options).accepted;
                    ++imports;
                } catch (const Error &e) {
                    std::fprintf(stderr, "import: %s\n", qPrintable(e.message()));
                    ++busy;
                }
                continue;
            }
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
        std::printf("assigned %d refused %d busy %d imports %d fuel %lld\n", assigned, refused,
                    busy, imports, static_cast<long long>(fuel));
        return 0;
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
