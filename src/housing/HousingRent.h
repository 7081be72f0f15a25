#pragma once

#include "core/Money.h"

#include <QDate>
#include <QString>

namespace ga::housing {

// The rent arithmetic (docs/housing.md, "Rent"). Every rounding is to the nearest fen, halves
// up, done once on integers: no floating point anywhere.

// Monthly rent of a flat of `area` (0.01 m²) at `rate` fen per m² per month:
// round(area × rate / 100).
Money monthlyRent(qint64 area, qint64 rate);

// The rent of `days` of a month of `monthDays` days: round(monthly × days / monthDays); the
// whole month when days == monthDays.
Money proRata(Money monthly, int days, int monthDays);

// The days of month `month` ("YYYY-MM") that lie in [from, to] (both inclusive; an invalid
// `to` is open-ended).
int daysInMonthWithin(const QString &month, const QDate &from, const QDate &to);

// The first and last day of a month "YYYY-MM"; invalid dates for a malformed month.
QDate firstDayOf(const QString &month);
QDate lastDayOf(const QString &month);
bool isMonth(const QString &month);

// The default agreed end of a tenancy of `years` starting on `start`: the day before the
// anniversary (a 3-year tenancy from 2026-03-01 ends on 2029-02-28).
QDate termEnd(const QDate &start, int years);

} // namespace ga::housing
