#include "housing/HousingTypes.h"

namespace ga::housing {


QString flatStatusKey(FlatStatus s)
{
    switch (s) {
    case FlatStatus::Vacant: return QStringLiteral("vacant");
    case FlatStatus::Occupied: return QStringLiteral("occupied");
    case FlatStatus::Maintenance: return QStringLiteral("maintenance");
    case FlatStatus::Reserved: return QStringLiteral("reserved");
    }
    return {};
}

QList<FlatStatus> allFlatStatuses()
{
    return {FlatStatus::Vacant, FlatStatus::Occupied, FlatStatus::Maintenance,
            FlatStatus::Reserved};
}

std::optional<FlatStatus> flatStatusFromKey(const QString &key)
{
    for (FlatStatus s : allFlatStatuses())
        if (flatStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString flatStatusDisplayName(FlatStatus s)
{
    switch (s) {
    case FlatStatus::Vacant: return QCoreApplication::translate("HousingTypes", "Vacant");
    case FlatStatus::Occupied: return QCoreApplication::translate("HousingTypes", "Occupied");
    case FlatStatus::Maintenance: return QCoreApplication::translate("HousingTypes", "Maintenance");
    case FlatStatus::Reserved: return QCoreApplication::translate("HousingTypes", "Reserved");
    }
    return {};
}

QString applicationStatusKey(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Waiting: return QStringLiteral("waiting");
    case ApplicationStatus::Offered: return QStringLiteral("offered");
    case ApplicationStatus::Housed: return QStringLiteral("housed");
    case ApplicationStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<ApplicationStatus> applicationStatusFromKey(const QString &key)
{
    for (ApplicationStatus s : {ApplicationStatus::Waiting, ApplicationStatus::Offered,
                                ApplicationStatus::Housed, ApplicationStatus::Withdrawn})
        if (applicationStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString applicationStatusDisplayName(ApplicationStatus s)
{
    switch (s) {
    case ApplicationStatus::Waiting: return QCoreApplication::translate("HousingTypes", "Waiting");
    case ApplicationStatus::Offered: return QCoreApplication::translate("HousingTypes", "Offered");
    case ApplicationStatus::Housed: return QCoreApplication::translate("HousingTypes", "Housed");
    case ApplicationStatus::Withdrawn:
        return QCoreApplication::translate("HousingTypes", "Withdrawn");
    }
    return {};
}

QString offerStatusKey(OfferStatus s)
{
    switch (s) {
    case OfferStatus::Open: return QStringLiteral("open");
    case OfferStatus::Accepted: return QStringLiteral("accepted");
    case OfferStatus::Declined: return QStringLiteral("declined");
    }
    return {};
}

std::optional<OfferStatus> offerStatusFromKey(const QString &key)
{
    for (OfferStatus s : {OfferStatus::Open, OfferStatus::Accepted, OfferStatus::Declined})
        if (offerStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString offerStatusDisplayName(OfferStatus s)
{
    switch (s) {
    case OfferStatus::Open: return QCoreApplication::translate("HousingTypes", "Open");
    case OfferStatus::Accepted: return QCoreApplication::translate("HousingTypes", "Accepted");
    case OfferStatus::Declined: return QCoreApplication::translate("HousingTypes", "Declined");
    }
    return {};
}

QString tenancyStatusKey(TenancyStatus s)
{
    return s == TenancyStatus::Active ? QStringLiteral("active") : QStringLiteral("ended");
}

QString tenancyStatusDisplayName(TenancyStatus s)
{
    return s == TenancyStatus::Active ? QCoreApplication::translate("HousingTypes", "Active")
                                      : QCoreApplication::translate("HousingTypes", "Ended");
}

QString itemConditionKey(ItemCondition c)
{
    switch (c) {
    case ItemCondition::Ok: return QStringLiteral("ok");
    case ItemCondition::Damaged: return QStringLiteral("damaged");
    case ItemCondition::Missing: return QStringLiteral("missing");
    }
    return {};
}

std::optional<ItemCondition> itemConditionFromKey(const QString &key)
{
    for (ItemCondition c : {ItemCondition::Ok, ItemCondition::Damaged, ItemCondition::Missing})
        if (itemConditionKey(c) == key)
            return c;
    return std::nullopt;
}

QString itemConditionDisplayName(ItemCondition c)
{
    switch (c) {
    case ItemCondition::Ok: return QCoreApplication::translate("HousingTypes", "In order");
    case ItemCondition::Damaged: return QCoreApplication::translate("HousingTypes", "Damaged");
    case ItemCondition::Missing: return QCoreApplication::translate("HousingTypes", "Missing");
    }
    return {};
}

QString Flat::label() const
{
    QStringList parts;
    parts << QCoreApplication::translate("HousingTypes", "Bldg %1").arg(building);
    if (!unit.isEmpty())
        parts << QCoreApplication::translate("HousingTypes", "Unit %1").arg(unit);
    parts << number;
    return parts.join(QLatin1Char(' '));
}

} // namespace ga::housing
