#include "core/Period.h"

namespace ga {

QString toIsoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<QDate> fromIsoDate(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString toIsoMonth(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

QString formatInstant(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm"));
}

qint64 toUtcSecs(const QDateTime &local)
{
    return local.toSecsSinceEpoch();
}

DateRange DateRange::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

DateRange DateRange::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

int wholeYearsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

} // namespace ga
