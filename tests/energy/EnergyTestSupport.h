#pragma once

#include "energy/EnergyService.h"
#include "org/OrgTestSupport.h"

namespace ga::test {

inline energy::EnergyService &energyOf(TempDatabase &t)
{
    return t.services().energy();
}

// A building of `m2` square metres and `users` energy users, managed by `departmentId`.
inline qint64 addEnergyBuilding(TempDatabase &t, const QString &code, qint64 departmentId = 0,
                                double m2 = 1000, int users = 50)
{
    Building b = makeBuilding(code, QStringLiteral("楼 ") + code, areaFromSquareMetres(m2),
                              areaFromSquareMetres(m2 * 0.8));
    b.departmentId = departmentId;
    b.energyUsers = users;
    return t.services().org().createBuilding(b);
}

inline qint64 addMeter(TempDatabase &t, qint64 buildingId, const QString &no,
                       energy::EnergyType type,
                       energy::ReadingKind kind = energy::ReadingKind::Period,
                       const QString &since = QStringLiteral("2020-01"), qint64 initialMilli = 0,
                       qint64 rolloverMilli = 0)
{
    energy::Meter m;
    m.buildingId = buildingId;
    m.meterNo = no;
    m.type = type;
    m.kind = kind;
    m.sinceMonth = since;
    m.initialMilli = initialMilli;
    m.rolloverMilli = rolloverMilli;
    return energyOf(t).createMeter(m);
}

inline energy::ReadingInput input(qint64 meterId, const QString &month, qint64 valueMilli,
                                  const QString &note = {})
{
    energy::ReadingInput in;
    in.meterId = meterId;
    in.month = month;
    in.valueMilli = valueMilli;
    in.note = note;
    return in;
}

// Stores `value` (whole units) for every month of `year` on a period meter.
inline void fillYear(TempDatabase &t, qint64 meterId, int year, double value)
{
    for (int m = 1; m <= 12; ++m)
        energyOf(t).saveReading(
            input(meterId, energy::monthKey(year, m), qRound64(value * 1000), QStringLiteral("ok")));
}

} // namespace ga::test
