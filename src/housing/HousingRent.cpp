#include "housing/HousingRent.h"

#include <QRegularExpression>

#include <algorithm>

namespace ga::housing {

namespace {

// round(n / d) for n >= 0, d > 0, halves up.
qint64 roundedDivision(qint64 n, qint64 d)
{
    return (2 * n + d) / (2 * d);
}

} // namespace

Money monthlyRent(qint64 area, qint64 rate)
{
    if (area <= 0 || rate <= 0)
        return Money();
    return Money(roundedDivision(area * rate, 100));
}

Money proRata(Money monthly, int days, int monthDays)
{
    if (days <= 0 || monthDays <= 0)
        return Money();
    if (days >= monthDays)
        return monthly;
    return Money(roundedDivision(monthly.fen() * days, monthDays));
}

bool isMonth(const QString &month)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return shape.match(month).hasMatch();
}

QDate firstDayOf(const QString &month)
{
    if (!isMonth(month))
        return {};
    return QDate(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
}

QDate lastDayOf(const QString &month)
{
    const QDate first = firstDayOf(month);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

int daysInMonthWithin(const QString &month, const QDate &from, const QDate &to)
{
    const QDate first = firstDayOf(month);
    if (!first.isValid() || !from.isValid())
        return 0;
    const QDate last = lastDayOf(month);
    const QDate a = std::max(first, from);
    const QDate b = to.isValid() ? std::min(last, to) : last;
    return a > b ? 0 : int(a.daysTo(b)) + 1;
}

QDate termEnd(const QDate &start, int years)
{
    QDate anniversary = start.addYears(years);
    // From 29 February the anniversary in a common year is 1 March (addYears gives 28 February).
    if (start.month() == 2 && start.day() == 29 && anniversary.day() == 28)
        anniversary = anniversary.addDays(1);
    return anniversary.addDays(-1);
}

} // namespace ga::housing
