#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace ga {
class Database;
class GeneratorRandom;
}

namespace ga::housing {

struct HousingGenerationOptions
{
    int flats = 60;
    int tenancies = 300;        // over `years`, ended ones included
    int years = 3;
    QDate referenceDate;        // "today" of the data
    QList<qint64> managers;     // the units managing the complexes (the bureau, agencies)
    QString managerName;        // who approves the extensions beyond the maximum term
};

struct HousingGenerationCounts
{
    int complexes = 0;
    int flats = 0;
    int applications = 0;
    int tenancies = 0;
    int activeTenancies = 0;
    int rentLines = 0;
    int payments = 0;
    int checkouts = 0;
    int extensions = 0;
};

// Demo and benchmark data for the housing module, written straight into the tables inside the
// caller's transaction (the generation is one audit row, not one per record). The rules hold by
// construction: one active tenancy per flat and per person (the store's indexes check it),
// tenancies of a flat one after the other, the rent frozen at signing and billed pro rata, every
// line of an ended tenancy settled at its check-out, arrears on a share of the active
// tenancies, extensions recorded (beyond the maximum term with a manager's name), a waiting queue
// of transferred cadres who hold no tenancy. Deterministic for the same random state.
class HousingGenerator
{
    Q_DECLARE_TR_FUNCTIONS(HousingGenerator)
public:
    HousingGenerator(Database &db, GeneratorRandom &random,
                     std::function<void(int percent)> progress = {});
    HousingGenerationCounts generate(const HousingGenerationOptions &options);

private:
    Database &m_db;
    GeneratorRandom &m_random;
    std::function<void(int)> m_progress;
};

} // namespace ga::housing
