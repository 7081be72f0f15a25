#include "energy/EnergyTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace ga::energy {

QString energyTypeKey(EnergyType t)
{
    switch (t) {
    case EnergyType::Electricity: return QStringLiteral("electricity");
    case EnergyType::NaturalGas: return QStringLiteral("natural_gas");
    case EnergyType::Heat: return QStringLiteral("heat");
    case EnergyType::Water: return QStringLiteral("water");
    case EnergyType::Petrol: return QStringLiteral("petrol");
    case EnergyType::Diesel: return QStringLiteral("diesel");
    case EnergyType::Lpg: return QStringLiteral("lpg");
    case EnergyType::Coal: return QStringLiteral("coal");
    case EnergyType::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<EnergyType> energyTypeFromKey(const QString &key)
{
    for (EnergyType t : allEnergyTypes())
        if (energyTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QString energyTypeDisplayName(EnergyType t)
{
    switch (t) {
    case EnergyType::Electricity: return QCoreApplication::translate("EnergyTypes", "Electricity");
    case EnergyType::NaturalGas: return QCoreApplication::translate("EnergyTypes", "Natural gas");
    case EnergyType::Heat: return QCoreApplication::translate("EnergyTypes", "Heat");
    case EnergyType::Water: return QCoreApplication::translate("EnergyTypes", "Water");
    case EnergyType::Petrol: return QCoreApplication::translate("EnergyTypes", "Petrol");
    case EnergyType::Diesel: return QCoreApplication::translate("EnergyTypes", "Diesel");
    case EnergyType::Lpg: return QCoreApplication::translate("EnergyTypes", "LPG");
    case EnergyType::Coal: return QCoreApplication::translate("EnergyTypes", "Coal");
    case EnergyType::Other: return QCoreApplication::translate("EnergyTypes", "Other");
    }
    return {};
}

QList<EnergyType> allEnergyTypes()
{
    return {EnergyType::Electricity, EnergyType::NaturalGas, EnergyType::Heat,
            EnergyType::Water,       EnergyType::Petrol,     EnergyType::Diesel,
            EnergyType::Lpg,         EnergyType::Coal,       EnergyType::Other};
}

QString defaultUnit(EnergyType t)
{
    switch (t) {
    case EnergyType::Electricity: return QStringLiteral("kWh");
    case EnergyType::NaturalGas:
    case EnergyType::Water: return QStringLiteral("m³");
    case EnergyType::Heat: return QStringLiteral("GJ");
    case EnergyType::Petrol:
    case EnergyType::Diesel: return QStringLiteral("L");
    case EnergyType::Lpg:
    case EnergyType::Coal: return QStringLiteral("kg");
    case EnergyType::Other: return {};
    }
    return {};
}

QString readingKindKey(ReadingKind k)
{
    return k == ReadingKind::Cumulative ? QStringLiteral("cumulative") : QStringLiteral("period");
}

std::optional<ReadingKind> readingKindFromKey(const QString &key)
{
    if (key == QLatin1String("cumulative"))
        return ReadingKind::Cumulative;
    if (key == QLatin1String("period"))
        return ReadingKind::Period;
    return std::nullopt;
}

QString readingKindDisplayName(ReadingKind k)
{
    return k == ReadingKind::Cumulative ? QCoreApplication::translate("EnergyTypes", "Cumulative index") : QCoreApplication::translate("EnergyTypes", "Period amount");
}

QString readingEventKey(ReadingEvent e)
{
    switch (e) {
    case ReadingEvent::None: return QStringLiteral("");
    case ReadingEvent::Rollover: return QStringLiteral("rollover");
    case ReadingEvent::Replacement: return QStringLiteral("replacement");
    }
    return QStringLiteral("");
}

std::optional<ReadingEvent> readingEventFromKey(const QString &key)
{
    if (key.isEmpty())
        return ReadingEvent::None;
    if (key == QLatin1String("rollover"))
        return ReadingEvent::Rollover;
    if (key == QLatin1String("replacement"))
        return ReadingEvent::Replacement;
    return std::nullopt;
}

QString formatQuantity(qint64 milli)
{
    QString s = QLocale().toString(double(milli) / 1000.0, 'f', 3);
    const QChar point = QLocale().decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

std::optional<qint64> parseQuantity(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:\\.(\\d{0,3}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 whole = m.captured(1).toLongLong(&ok);
    if (!ok || whole > 1'000'000'000'000LL)
        return std::nullopt;
    QString frac = m.captured(2);
    while (frac.size() < 3)
        frac += QLatin1Char('0');
    return whole * 1000 + frac.toLongLong();
}

QString monthKey(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> monthStart(const QString &month)
{
    // "YYYY-MM", read without a regular expression: it is called for every row of a report.
    if (month.size() != 7 || month.at(4) != QLatin1Char('-'))
        return std::nullopt;
    int year = 0, m = 0;
    for (int i : {0, 1, 2, 3}) {
        const QChar c = month.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        year = year * 10 + (c.unicode() - '0');
    }
    for (int i : {5, 6}) {
        const QChar c = month.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        m = m * 10 + (c.unicode() - '0');
    }
    const QDate d(year, m, 1);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString addMonths(const QString &month, int n)
{
    const auto d = monthStart(month);
    if (!d)
        return {};
    const QDate r = d->addMonths(n);
    return monthKey(r.year(), r.month());
}

QString Assessment::describe() const
{
    QStringList parts;
    if (flags & BelowPrevious)
        parts << QCoreApplication::translate("EnergyTypes", "below the previous reading %1").arg(formatQuantity(previousMilli.value_or(0)));
    if (flags & OutsideRange)
        parts << QCoreApplication::translate("EnergyTypes",
                                             "the month's use %1 is outside the usual range "
                                             "%2 – %3 (median ± k·MAD of %n earlier year(s))",
                                             nullptr, historyCount)
                     .arg(formatQuantity(consumptionMilli),
                          formatQuantity(qMax<qint64>(0, qRound64(low))),
                          formatQuantity(qRound64(high)));
    return parts.join(QStringLiteral("; "));
}

} // namespace ga::energy
