#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ga {

// Storage formats of DESIGN.md: dates "YYYY-MM-DD", months "YYYY-MM", instants Unix seconds (UTC).
QString toIsoDate(const QDate &d);               // empty for an invalid date
std::optional<QDate> fromIsoDate(const QString &s); // nullopt for empty or malformed
QString toIsoMonth(const QDate &d);              // "2026-11"

// Instants are stored as UTC seconds and shown in local time.
QString formatInstant(qint64 utcSecs);           // "2026-11-28 09:30"
qint64 toUtcSecs(const QDateTime &local);

// An inclusive range of calendar days.
struct DateRange
{
    QDate from;
    QDate to;

    bool contains(const QDate &d) const { return d >= from && d <= to; }
    int days() const { return from.daysTo(to) + 1; }
    static DateRange month(int year, int month);
    static DateRange year(int year);
};

// A half-open interval of instants [start, end), used for trips and bookings:
// touching intervals (one ends when the next starts) do not overlap.
struct TimeSpan
{
    qint64 start = 0;
    qint64 end = 0;

    bool overlaps(const TimeSpan &o) const { return start < o.end && o.start < end; }
    qint64 seconds() const { return end - start; }
};

// Whole years between two dates (age of a vehicle, service length).
int wholeYearsBetween(const QDate &from, const QDate &to);

} // namespace ga
