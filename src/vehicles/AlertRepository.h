#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ga {
class Database;
}

namespace ga::vehicles {

// The SQL behind the vehicle alerts: each query selects only the rows that are due, over
// vehicles and drivers that are not retired.
class AlertRepository
{
    Q_DECLARE_TR_FUNCTIONS(AlertRepository)
public:
    struct Expiry
    {
        qint64 id = 0;           // vehicle or driver
        QString label;           // plate or driver's name
        QDate expiry;
    };
    struct RenewalCandidate
    {
        qint64 vehicleId = 0;
        QString plate;
        QDate purchaseDate;
        int odometerKm = 0;
    };
    struct ServiceBaseline
    {
        qint64 vehicleId = 0;
        QString plate;
        QDate lastServiceDate;   // invalid: never serviced
        QDate purchaseDate;
        int odometerKm = 0;
        std::optional<int> lastServiceKm; // 0 for a vehicle never serviced
    };

    explicit AlertRepository(Database &db);

    // Vehicles whose latest inspection (insurance) expiry is on or before `until`.
    QList<Expiry> inspectionExpiries(const QDate &until, qint64 scopeRoot = 0) const;
    QList<Expiry> insuranceExpiries(const QDate &until, qint64 scopeRoot = 0) const;
    // Drivers whose licence expires on or before `until`.
    QList<Expiry> licenceExpiries(const QDate &until, qint64 scopeRoot = 0) const;
    // Vehicles purchased on or before `purchasedBy`, or with an odometer at or above `km`.
    QList<RenewalCandidate> renewalCandidates(const QDate &purchasedBy, int km,
                                              qint64 scopeRoot = 0) const;
    // Vehicles whose last service (or purchase, if never serviced) is on or before `servicedBy`,
    // or that have run at least `km` since the odometer reading of their last service.
    QList<ServiceBaseline> serviceCandidates(const QDate &servicedBy, int km,
                                             qint64 scopeRoot = 0) const;

private:
    QList<Expiry> latestExpiries(const QString &table, const QDate &until, qint64 scopeRoot) const;

    Database &m_db;
};

} // namespace ga::vehicles
