#pragma once

#include "org/GeneratorSupport.h"
#include "org/OrgGenerator.h"

#include <QCoreApplication>
#include <QDate>

namespace ga {
class Database;
}

namespace ga::offices {

struct OfficeGenerationOptions
{
    QDate referenceDate;           // "today" of the generated data
    int historyYears = 2;          // how far back the allocations reach
    double roomsPerStaff = 1.45;   // rooms per staff member of the owning agency
    double overStandardShare = 0.03; // people placed over their limit on purpose
};

struct OfficeGenerationCounts
{
    int rooms = 0;
    int allocations = 0;
    int lendings = 0;
};

// Generates the office register over a generated organisation: rooms on the floors of every
// building (offices sized to the ranks' limits, service, equipment and ancillary rooms), each
// agency's staff placed in its own buildings' offices (shared offices for the lower ranks, a few
// percent over the standard, earlier allocations ended by moves), service rooms allocated to
// divisions, and a few rooms under repair, lent out (with the lending record) or disposed.
// Inserts in the caller's transaction, no audit rows; the over-standard cases follow from the
// service's re-check afterwards.
class OfficeGenerator
{
    Q_DECLARE_TR_FUNCTIONS(OfficeGenerator)
public:
    OfficeGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress = {});

    OfficeGenerationCounts generate(const GeneratedOrg &org, const OfficeGenerationOptions &options);

private:
    Database &m_db;
    GeneratorRandom m_random;
    GeneratorProgress m_progress;
};

} // namespace ga::offices
