#pragma once

#include "org/GeneratorSupport.h"
#include "org/OrgGenerator.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace ga {
class Database;
}

namespace ga::vehicles {

struct VehicleGenerationOptions
{
    int vehicles = 60;
    int drivers = 50;
    int tripYears = 2;                 // how far back the trip history reaches
    qint64 trips = 18000;              // aimed at; the result is close, not exact
    qint64 fuelTransactions = 9000;    // aimed at, likewise
    QDate referenceDate;               // "today" of the generated data
    QTime referenceTime = QTime(10, 0); // "now" on the reference date: today's trips before it
                                        // have departed or returned, the later ones wait
    qint64 managerUserId = 0;          // approves requests
    qint64 clerkUserId = 0;            // assigns vehicles
    qint64 staffUserId = 0;            // files recent requests of staffDepartmentId
    qint64 staffDepartmentId = 0;
};

struct VehicleGenerationCounts
{
    int vehicles = 0;
    int drivers = 0;
    qint64 trips = 0;
    qint64 fuelTransactions = 0;
    int maintenance = 0;
    int inspections = 0;
    int insurance = 0;
    int violations = 0;
    int accidents = 0;
    int assignments = 0;
};

// Generates the vehicle module's data over a generated organisation: vehicles (plates, fleet
// numbers, fuel cards, categories, ownership, purchase over twelve years, some retired or in
// maintenance), drivers, the trip history with today's dispatch work and pending requests, fuel
// transactions, and each vehicle's file (services, repairs, inspections, insurance, violations,
// accidents, long-term assignments).
//
// Each vehicle's and each driver's trips follow one timeline, so no two of their trips overlap
// (planned or actual times). A trip's fuel_cost is the fuel it consumed, priced at the time;
// fuel_transactions are the card's purchases (the same fuel, bought in bulk).
class VehicleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(VehicleGenerator)
public:
    VehicleGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress = {});

    VehicleGenerationCounts generate(const GeneratedOrg &org, const VehicleGenerationOptions &options);

private:
    Database &m_db;
    GeneratorRandom m_random;
    GeneratorProgress m_progress;
};

} // namespace ga::vehicles
