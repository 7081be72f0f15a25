#include "vehicles/TripTime.h"

#include <QRegularExpression>

#include <cmath>

namespace ga::vehicles {

namespace {

std::optional<QTime> timeOf(int hour, int minute)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

} // namespace

std::optional<QDateTime> TripTime::parse(const QString &input, const QDate &day,
                                         const QDateTime &base)
{
    QString text = input.trimmed();
    text.replace(QChar(0xFF1A), QLatin1Char(':')); // full-width colon
    text.replace(QChar(0xFF0B), QLatin1Char('+')); // full-width plus
    if (text.isEmpty())
        return std::nullopt;

    // Relative: +2h, +1.5h, +2 (hours), +90m, +1h30m, +2小时, +30分钟.
    if (text.startsWith(QLatin1Char('+'))) {
        if (!base.isValid())
            return std::nullopt;
        const QString rest = text.mid(1).trimmed();
        static const QRegularExpression hours(
            QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*(?:h|hr|hours?|小时|时)?$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression minutes(
            QStringLiteral("^(\\d+)\\s*(?:m|min|minutes?|分钟|分)$"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression both(
            QStringLiteral("^(\\d+)\\s*(?:h|hr|小时|时)\\s*(\\d+)\\s*(?:m|min|分钟|分)?$"),
            QRegularExpression::CaseInsensitiveOption);
        qint64 secs = 0;
        if (const auto m = hours.match(rest); m.hasMatch()) {
            QString number = m.captured(1);
            number.replace(QLatin1Char(','), QLatin1Char('.'));
            secs = qint64(std::llround(number.toDouble() * 3600));
        } else if (const auto m2 = minutes.match(rest); m2.hasMatch()) {
            secs = m2.captured(1).toLongLong() * 60;
        } else if (const auto m3 = both.match(rest); m3.hasMatch()) {
            secs = m3.captured(1).toLongLong() * 3600 + m3.captured(2).toLongLong() * 60;
        }
        if (secs <= 0)
            return std::nullopt;
        return base.addSecs(secs);
    }

    // A time of day on `day`: 14:30, 14.30, 1430, 14点30(分), 14点, 14时.
    static const QRegularExpression clock(
        QStringLiteral("^(\\d{1,2})(?:[:.]|点|时)?(\\d{2})?(?:分)?$"));
    if (const auto m = clock.match(text); m.hasMatch() && day.isValid()) {
        const QString h = m.captured(1);
        const QString mm = m.captured(2);
        // A bare number is a time only as "1430" or with 点/时 ("9" alone is not).
        const bool marked = text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('.'))
            || text.contains(QStringLiteral("点")) || text.contains(QStringLiteral("时"));
        if (!marked && mm.isEmpty())
            return std::nullopt;
        const auto t = timeOf(h.toInt(), mm.isEmpty() ? 0 : mm.toInt());
        if (!t)
            return std::nullopt;
        return QDateTime(day, *t);
    }

    // A date and a time: 2026-12-03 09:00, 12-03 9:00, 2026/12/03 9:00.
    static const QRegularExpression full(
        QStringLiteral("^(?:(\\d{4})[-/.])?(\\d{1,2})[-/.](\\d{1,2})\\s+(\\d{1,2})[:.](\\d{2})$"));
    if (const auto m = full.match(text); m.hasMatch()) {
        const int year = m.captured(1).isEmpty()
            ? (day.isValid() ? day.year() : QDate::currentDate().year())
            : m.captured(1).toInt();
        const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
        const auto t = timeOf(m.captured(4).toInt(), m.captured(5).toInt());
        if (!date.isValid() || !t)
            return std::nullopt;
        return QDateTime(date, *t);
    }
    return std::nullopt;
}

QString TripTime::format(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TripTime::error(const QString &text)
{
    return tr("\"%1\" is not a time: type e.g. 14:30, +2h or 2026-12-03 09:00.").arg(text);
}

} // namespace ga::vehicles
