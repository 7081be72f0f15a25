#include "offices/OfficeTypes.h"

#include <QCoreApplication>

namespace ga::offices {

namespace {

template<typename Enum>
struct EnumInfo
{
    Enum value;
    const char *key;
    const char *name; // source text, translated in context "OfficeTypes"
};

const EnumInfo<UseType> kUseTypes[] = {
    {UseType::Office, "office", QT_TRANSLATE_NOOP("OfficeTypes", "Office")},
    {UseType::Service, "service", QT_TRANSLATE_NOOP("OfficeTypes", "Service room")},
    {UseType::Equipment, "equipment", QT_TRANSLATE_NOOP("OfficeTypes", "Equipment room")},
    {UseType::Ancillary, "ancillary", QT_TRANSLATE_NOOP("OfficeTypes", "Ancillary room")},
};
const EnumInfo<ServiceKind> kServiceKinds[] = {
    {ServiceKind::None, "", QT_TRANSLATE_NOOP("OfficeTypes", "—")},
    {ServiceKind::Meeting, "meeting", QT_TRANSLATE_NOOP("OfficeTypes", "Meeting room")},
    {ServiceKind::Archive, "archive", QT_TRANSLATE_NOOP("OfficeTypes", "Archive")},
    {ServiceKind::Print, "print", QT_TRANSLATE_NOOP("OfficeTypes", "Print room")},
    {ServiceKind::Reception, "reception", QT_TRANSLATE_NOOP("OfficeTypes", "Reception")},
    {ServiceKind::Canteen, "canteen", QT_TRANSLATE_NOOP("OfficeTypes", "Canteen")},
    {ServiceKind::Other, "other", QT_TRANSLATE_NOOP("OfficeTypes", "Other service")},
};
const EnumInfo<RoomStatus> kRoomStatuses[] = {
    {RoomStatus::InUse, "in_use", QT_TRANSLATE_NOOP("OfficeTypes", "In use")},
    {RoomStatus::Vacant, "vacant", QT_TRANSLATE_NOOP("OfficeTypes", "Vacant")},
    {RoomStatus::Repair, "repair", QT_TRANSLATE_NOOP("OfficeTypes", "Under repair")},
    {RoomStatus::Lent, "lent", QT_TRANSLATE_NOOP("OfficeTypes", "Lent out")},
    {RoomStatus::Disposed, "disposed", QT_TRANSLATE_NOOP("OfficeTypes", "Disposed")},
};

template<typename Enum, size_t N>
QString keyOf(const EnumInfo<Enum> (&table)[N], Enum v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromLatin1(e.key);
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> fromKey(const EnumInfo<Enum> (&table)[N], const QString &k)
{
    for (const auto &e : table)
        if (k == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template<typename Enum, size_t N>
QString nameOf(const EnumInfo<Enum> (&table)[N], Enum v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QCoreApplication::translate("OfficeTypes", e.name);
    return {};
}

template<typename Enum, size_t N>
QList<Enum> valuesOf(const EnumInfo<Enum> (&table)[N])
{
    QList<Enum> out;
    for (const auto &e : table)
        out << e.value;
    return out;
}

} // namespace

#define GA_DEFINE_OFFICE_ENUM(Enum, table)                                             \
    QString key(Enum v) { return keyOf(table, v); }                                    \
    std::optional<Enum> from##Enum##Key(const QString &k) { return fromKey(table, k); } \
    QString displayName(Enum v) { return nameOf(table, v); }                           \
    QList<Enum> all##Enum##s() { return valuesOf(table); }

GA_DEFINE_OFFICE_ENUM(UseType, kUseTypes)
GA_DEFINE_OFFICE_ENUM(ServiceKind, kServiceKinds)
GA_DEFINE_OFFICE_ENUM(RoomStatus, kRoomStatuses)

#undef GA_DEFINE_OFFICE_ENUM

qint64 shareOf(qint64 usableArea, int occupants)
{
    if (occupants <= 0)
        return usableArea;
    return (usableArea + occupants - 1) / occupants;
}

} // namespace ga::offices
