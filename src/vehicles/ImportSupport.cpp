#include "vehicles/ImportSupport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ga::vehicles {

QStringList headerAliases(std::initializer_list<const char16_t *> headers)
{
    QStringList out;
    for (const char16_t *h : headers)
        out << QString::fromUtf16(h);
    return out;
}

ImportField plateField(bool required)
{
    return {QStringLiteral("plate"), QCoreApplication::translate("ImportSupport", "Plate"),
            required,
            headerAliases({u"车牌号", u"车牌", u"车牌号码", u"号牌号码", u"plate", u"plate no",
                           u"licence plate"})};
}

ImportField fleetNoField()
{
    return {QStringLiteral("fleetNo"), QCoreApplication::translate("ImportSupport", "Fleet number"),
            false,
            headerAliases({u"自编号", u"车辆编号", u"fleet no", u"fleet number", u"vehicle number",
                           u"vehicle no", u"unit number"})};
}

namespace {

QString folded(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('_'));
    s.remove(QLatin1Char('-'));
    return s;
}

template<typename Enum>
std::optional<Enum> byKeyOrName(const QString &text, const QList<Enum> &values)
{
    const QString f = folded(text);
    for (Enum v : values) {
        if (f == folded(key(v)) || f == folded(displayName(v)))
            return v;
    }
    return std::nullopt;
}

bool has(const QString &s, const char16_t *needle)
{
    return s.contains(QString::fromUtf16(needle));
}

} // namespace

std::optional<Category> parseCategory(const QString &text)
{
    if (auto v = byKeyOrName(text, allCategorys()))
        return v;
    const QString s = folded(text);
    if (s.isEmpty())
        return std::nullopt;
    if (has(s, u"机要") || s.startsWith(QLatin1String("confidential")))
        return Category::Confidential;
    if (has(s, u"应急") || s.startsWith(QLatin1String("emergency")))
        return Category::Emergency;
    if (has(s, u"执法") || has(s, u"执勤") || s.startsWith(QLatin1String("law")))
        return Category::LawEnforcement;
    if (has(s, u"特种") || has(s, u"专业技术") || s.startsWith(QLatin1String("special")))
        return Category::Special;
    if (has(s, u"一般公务") || has(s, u"平台") || s.startsWith(QLatin1String("general")))
        return Category::General;
    if (has(s, u"领导") || has(s, u"固定用车") || s.startsWith(QLatin1String("leader")))
        return Category::Leader;
    return std::nullopt;
}

std::optional<EnergyType> parseEnergyType(const QString &text)
{
    if (auto v = byKeyOrName(text, allEnergyTypes()))
        return v;
    const QString s = folded(text);
    if (s.isEmpty())
        return std::nullopt;
    if (has(s, u"插电") || s == QLatin1String("pluginhybrid"))
        return EnergyType::PlugInHybrid;
    if (has(s, u"纯电") || has(s, u"电动") || s == QLatin1String("electric")
        || s == QLatin1String("batteryelectric") || s == QLatin1String("ev"))
        return EnergyType::BatteryElectric;
    if (has(s, u"混合") || has(s, u"混动") || s == QLatin1String("hev"))
        return EnergyType::Hybrid;
    if (has(s, u"柴油"))
        return EnergyType::Diesel;
    if (has(s, u"汽油") || s == QLatin1String("gasoline") || s == QLatin1String("gas"))
        return EnergyType::Petrol;
    return std::nullopt;
}

std::optional<Ownership> parseOwnership(const QString &text)
{
    if (auto v = byKeyOrName(text, allOwnerships()))
        return v;
    const QString s = folded(text);
    if (has(s, u"租") || s == QLatin1String("lease") || s == QLatin1String("rented"))
        return Ownership::Leased;
    if (has(s, u"保留") || has(s, u"自有") || has(s, u"编制") || s == QLatin1String("owned"))
        return Ownership::Retained;
    return std::nullopt;
}

std::optional<FuelKind> parseFuelKind(const QString &text)
{
    if (auto v = byKeyOrName(text, allFuelKinds()))
        return v;
    const QString s = folded(text);
    if (s.isEmpty())
        return std::nullopt;
    const auto any = [&s](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (s.contains(QLatin1String(w)))
                return true;
        return false;
    };
    if (has(s, u"柴") || any({"diesel", "ulsd", "dsl", "biodiesel"}))
        return FuelKind::Diesel;
    if (has(s, u"汽油") || has(s, u"乙醇")
        || any({"petrol", "gasoline", "unleaded", "ethanol", "regular", "premium", "midgrade",
                "super", "flexfuel", "benzin"}))
        return FuelKind::Petrol;
    if (s == QLatin1String("unl") || s == QLatin1String("gas") || s == QLatin1String("plus")
        || s.startsWith(QLatin1String("e10")) || s.startsWith(QLatin1String("e15"))
        || s.startsWith(QLatin1String("e85")))
        return FuelKind::Petrol;
    if (has(s, u"电") || s.contains(QLatin1String("kwh")) || s.contains(QLatin1String("electric"))
        || s.contains(QLatin1String("charg")) || s == QLatin1String("ev"))
        return FuelKind::Electricity;
    // A grade alone ("92#", "95号", "0#", "-10号"): petrol grades are RON 89–98, diesel grades
    // are the cold-filter point, 5 down to -50.
    qsizetype end = 0;
    if (end < s.size() && s.at(end) == QLatin1Char('-'))
        ++end;
    while (end < s.size() && s.at(end).isDigit())
        ++end;
    if (end > 0 && (end == s.size() || s.at(end) == QLatin1Char('#') || s.at(end) == u'号')) {
        bool ok = false;
        const int grade = s.left(end).toInt(&ok);
        if (ok && grade >= 89 && grade <= 98)
            return FuelKind::Petrol;
        if (ok && grade <= 10 && end < s.size())
            return FuelKind::Diesel;
    }
    return std::nullopt;
}

FuelKind defaultFuelKind(EnergyType energy)
{
    switch (energy) {
    case EnergyType::Diesel:
        return FuelKind::Diesel;
    case EnergyType::BatteryElectric:
        return FuelKind::Electricity;
    default:
        return FuelKind::Petrol;
    }
}

QString cleanCode(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("=\"")) && s.endsWith(QLatin1Char('"')) && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('\t'));
    return s;
}

bool looksLikeScientificNotation(const QString &text)
{
    const qsizetype e = text.indexOf(QLatin1Char('E'), 0, Qt::CaseInsensitive);
    if (e <= 0 || e + 1 >= text.size())
        return false;
    bool mantissa = false;
    bool exponent = false;
    text.left(e).toDouble(&mantissa);
    text.mid(e + 1).toInt(&exponent);
    return mantissa && exponent;
}

qint64 LocalTimeConverter::toUtcSecs(QDate date, QTime time)
{
    const qint64 key = date.toJulianDay() * 24 + time.hour();
    auto it = m_offsets.constFind(key);
    if (it == m_offsets.cend())
        it = m_offsets.insert(key, QDateTime(date, QTime(time.hour(), 0), Qt::LocalTime)
                                       .offsetFromUtc());
    constexpr qint64 unixEpochJulianDay = 2440588;
    return (date.toJulianDay() - unixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000
           - *it;
}

} // namespace ga::vehicles
