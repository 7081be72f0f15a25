#include "org/OrgTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace ga {

namespace {

template<typename Enum>
struct EnumInfo
{
    Enum value;
    const char *key;
    const char *name; // source text, translated in context "OrgTypes"
};

const EnumInfo<DepartmentKind> kKinds[] = {
    {DepartmentKind::Bureau, "bureau", QT_TRANSLATE_NOOP("OrgTypes", "Bureau")},
    {DepartmentKind::Agency, "agency", QT_TRANSLATE_NOOP("OrgTypes", "Agency")},
    {DepartmentKind::Division, "division", QT_TRANSLATE_NOOP("OrgTypes", "Division")},
};
const EnumInfo<OrgStatus> kStatuses[] = {
    {OrgStatus::Active, "active", QT_TRANSLATE_NOOP("OrgTypes", "Active")},
    {OrgStatus::Retired, "retired", QT_TRANSLATE_NOOP("OrgTypes", "Retired")},
};
const EnumInfo<Gender> kGenders[] = {
    {Gender::Unspecified, "", QT_TRANSLATE_NOOP("OrgTypes", "Not recorded")},
    {Gender::Male, "male", QT_TRANSLATE_NOOP("OrgTypes", "Male")},
    {Gender::Female, "female", QT_TRANSLATE_NOOP("OrgTypes", "Female")},
};
const EnumInfo<RankLevel> kLevels[] = {
    {RankLevel::Central, "central", QT_TRANSLATE_NOOP("OrgTypes", "Central")},
    {RankLevel::Provincial, "provincial", QT_TRANSLATE_NOOP("OrgTypes", "Provincial")},
    {RankLevel::City, "city", QT_TRANSLATE_NOOP("OrgTypes", "City")},
    {RankLevel::County, "county", QT_TRANSLATE_NOOP("OrgTypes", "County")},
    {RankLevel::Township, "township", QT_TRANSLATE_NOOP("OrgTypes", "Township")},
};

template<typename Enum, std::size_t N>
QString keyOf(const EnumInfo<Enum> (&table)[N], Enum v)
{
    for (const auto &e : table) {
        if (e.value == v)
            return QString::fromLatin1(e.key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const EnumInfo<Enum> (&table)[N], const QString &key)
{
    for (const auto &e : table) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const EnumInfo<Enum> (&table)[N], Enum v)
{
    for (const auto &e : table) {
        if (e.value == v)
            return QCoreApplication::translate("OrgTypes", e.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const EnumInfo<Enum> (&table)[N])
{
    QList<Enum> out;
    for (const auto &e : table)
        out << e.value;
    return out;
}

} // namespace

QString departmentKindKey(DepartmentKind k) { return keyOf(kKinds, k); }
std::optional<DepartmentKind> departmentKindFromKey(const QString &key) { return fromKey(kKinds, key); }
QString departmentKindDisplayName(DepartmentKind k) { return nameOf(kKinds, k); }
QList<DepartmentKind> allDepartmentKinds() { return valuesOf(kKinds); }

QString orgStatusKey(OrgStatus s) { return keyOf(kStatuses, s); }
std::optional<OrgStatus> orgStatusFromKey(const QString &key) { return fromKey(kStatuses, key); }
QString orgStatusDisplayName(OrgStatus s) { return nameOf(kStatuses, s); }

QString genderKey(Gender g) { return keyOf(kGenders, g); }
std::optional<Gender> genderFromKey(const QString &key) { return fromKey(kGenders, key); }
QString genderDisplayName(Gender g) { return nameOf(kGenders, g); }
QList<Gender> allGenders() { return valuesOf(kGenders); }

QString rankLevelKey(RankLevel l) { return keyOf(kLevels, l); }
std::optional<RankLevel> rankLevelFromKey(const QString &key) { return fromKey(kLevels, key); }
QString rankLevelDisplayName(RankLevel l) { return nameOf(kLevels, l); }
QList<RankLevel> allRankLevels() { return valuesOf(kLevels); }

QString formatArea(qint64 centiSquareMetres)
{
    return QLocale().toString(centiSquareMetres / 100.0, 'f', 2);
}

QString formatAreaWithUnit(qint64 centiSquareMetres)
{
    return formatArea(centiSquareMetres) + QStringLiteral(" m²");
}

std::optional<qint64> parseArea(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QStringLiteral("m²"));
    t.remove(QStringLiteral("㎡"));
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:\\.(\\d{0,2}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 whole = m.captured(1).toLongLong(&ok);
    if (!ok || whole > 1'000'000'000)
        return std::nullopt;
    QString frac = m.captured(2);
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    return whole * 100 + frac.toLongLong();
}

QString Rank::displayName() const
{
    if (QLocale().language() == QLocale::Chinese || nameEn.isEmpty())
        return name;
    return nameEn;
}

} // namespace ga
