#pragma once

#include "org/GeneratorSupport.h"

#include <QCoreApplication>
#include <QDate>

namespace ga {
class Database;
}

namespace ga::energy {

struct EnergyGenerationOptions
{
    int months = 36;          // readings per meter, ending the month before referenceDate
    int metersPerBuilding = 6;
    QDate referenceDate;
    int anomalyK = 3;
};

struct EnergyGenerationCounts
{
    qint64 meters = 0;
    qint64 readings = 0;
    qint64 replacements = 0;
    qint64 flagged = 0;       // by the anomaly rule
    qint64 planted = 0;       // of which planted anomalies, left awaiting confirmation
};

// Generates meters and monthly readings for every building (a retired one's history too): electricity (two meters,
// cumulative, one with a register that rolls over), water and natural gas (cumulative), heat
// (invoiced GJ in the heating season, November to March) and diesel for the standby generator
// (period amounts). Use follows the floor area and the headcount, with seasons (summer cooling,
// winter heating), a yearly growth, noise, meter replacements and a few planted anomalies (a
// month at three times its use); flags follow the service's rule (median ± k·MAD of the same
// month's history). Inserts in bulk inside the caller's transaction; no audit rows.
class EnergyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(EnergyGenerator)
public:
    EnergyGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress);
    EnergyGenerationCounts generate(const EnergyGenerationOptions &options);

private:
    Database &m_db;
    GeneratorRandom m_random;
    GeneratorProgress m_progress;
};

} // namespace ga::energy
