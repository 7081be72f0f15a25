#pragma once

#include <QDate>
#include <QList>

namespace ga {
class Database;
}

namespace ga::housing {

class HousingService;

struct HousingDemoCounts
{
    int complexes = 0;
    int flats = 0;
    int applications = 0;
    int tenancies = 0;
    int rentLines = 0;
};

// A small demonstration register written through HousingService (so every rule holds): three
// complexes managed by `managers` (the bureau and agencies), their flats with inventories, a
// queue of applications by transferred cadres, tenancies signed over the last two years (some
// checked out, some extended), the rent rolls of the last six months with payments, a few
// tenants in arrears, and open offers. Deterministic for the same store and `today`; the
// service's clock must not be before `today`. Run inside the caller's transaction.
HousingDemoCounts generateHousingDemo(Database &db, HousingService &housing,
                                      const QList<qint64> &managers, const QDate &today);

} // namespace ga::housing
