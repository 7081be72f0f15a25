#include "widgets/offices/OfficeTableModels.h"

#include "offices/OfficeService.h"
#include "org/OrgTypes.h"

#include <QBrush>
#include <QColor>

namespace ga::offices {

QColor statusColour(RoomStatus status)
{
    switch (status) {
    case RoomStatus::InUse: return QColor(0x2e, 0x7d, 0x32);
    case RoomStatus::Vacant: return QColor(0x15, 0x65, 0xc0);
    case RoomStatus::Repair: return QColor(0xef, 0x6c, 0x00);
    case RoomStatus::Lent: return QColor(0x6a, 0x1b, 0x9a);
    case RoomStatus::Disposed: return QColor(0x61, 0x61, 0x61);
    }
    return QColor(Qt::black);
}

QColor overStandardColour()
{
    return QColor(0xc6, 0x28, 0x28);
}

RoomTableModel::RoomTableModel(OfficeService &offices, QObject *parent)
    : RecordTableModel<RoomRow>(spec(offices), parent)
{
}

void RoomTableModel::setFilter(const RoomFilter &filter)
{
    m_filter = filter;
    reload();
}

RecordTableModel<RoomRow>::Spec RoomTableModel::spec(OfficeService &offices)
{
    using Row = RoomRow;
    Spec s;
    s.columns = {
        {tr("Building"), [](const Row &r) { return r.buildingName; }},
        numberColumn<Row>(tr("Floor"), [](const Row &r) { return QString::number(r.room.floor); }),
        {tr("Room"), [](const Row &r) { return r.room.number; }, Qt::AlignLeft | Qt::AlignVCenter,
         [](const Row &r) { return r.room.notes.isEmpty() ? QVariant() : QVariant(r.room.notes); }},
        {tr("Use"),
         [](const Row &r) {
             return r.room.useType == UseType::Service && r.room.serviceKind != ServiceKind::None
                 ? displayName(r.room.serviceKind)
                 : displayName(r.room.useType);
         }},
        numberColumn<Row>(tr("Usable (m²)"), [](const Row &r) { return formatArea(r.room.usableArea); }),
        numberColumn<Row>(tr("Gross (m²)"), [](const Row &r) { return formatArea(r.room.grossArea); }),
        {tr("Status"),
         [](const Row &r) {
             return r.overStandard ? tr("%1, over standard").arg(displayName(r.room.status))
                                   : displayName(r.room.status);
         },
         Qt::AlignLeft | Qt::AlignVCenter, {},
         [](const Row &r) {
             return QBrush(r.overStandard ? overStandardColour() : statusColour(r.room.status));
         }},
        {tr("Owner agency"), [](const Row &r) { return r.departmentName; }},
        {tr("Occupants"), [](const Row &r) { return r.occupantNames; }},
    };
    s.fetch = [this, &offices](const KeysetCursor &after, int limit) {
        return offices.roomsPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.room.id; };
    s.active = [](const Row &r) { return !r.room.isDisposed(); };
    s.sort = [this](int column, Qt::SortOrder order) {
        m_filter.sort = column == Number       ? RoomSort::Number
                        : column == UsableArea ? RoomSort::UsableArea
                                               : RoomSort::Location;
        m_filter.order = order;
    };
    return s;
}

CaseTableModel::CaseTableModel(OfficeService &offices, QObject *parent)
    : RecordTableModel<CaseRow>(spec(offices), parent)
{
}

void CaseTableModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reload();
}

RecordTableModel<CaseRow>::Spec CaseTableModel::spec(OfficeService &offices)
{
    using Row = CaseRow;
    Spec s;
    auto red = [](const Row &r) { return r.overdue ? QVariant(QBrush(overStandardColour())) : QVariant(); };
    s.columns = {
        {tr("Person"), [](const Row &r) { return r.staffName; }, Qt::AlignLeft | Qt::AlignVCenter,
         [](const Row &r) { return r.staffNo; }},
        {tr("Department"), [](const Row &r) { return r.departmentName; }},
        {tr("Room"), [](const Row &r) { return r.roomLabel; }},
        numberColumn<Row>(tr("Share (m²)"), [](const Row &r) { return formatArea(r.overCase.share); }),
        numberColumn<Row>(tr("Limit (m²)"), [](const Row &r) { return formatArea(r.overCase.limit); }),
        numberColumn<Row>(tr("Over by (m²)"), [](const Row &r) { return formatArea(r.overCase.excess); }),
        {tr("Opened"), [](const Row &r) { return r.overCase.openedOn.toString(Qt::ISODate); }},
        {tr("Deadline"),
         [](const Row &r) {
             return r.overdue ? tr("%1 (overdue)").arg(r.overCase.deadline.toString(Qt::ISODate))
                              : r.overCase.deadline.toString(Qt::ISODate);
         },
         Qt::AlignLeft | Qt::AlignVCenter, {}, red},
        {tr("Rectification plan"),
         [](const Row &r) {
             return r.overCase.status == CaseStatus::Closed
                 ? tr("Closed %1").arg(r.overCase.closedOn.toString(Qt::ISODate))
                 : r.overCase.plan;
         }},
    };
    s.fetch = [this, &offices](const KeysetCursor &after, int limit) {
        return offices.casesPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.overCase.id; };
    s.active = [](const Row &r) { return r.overCase.status == CaseStatus::Open; };
    return s;
}

} // namespace ga::offices
