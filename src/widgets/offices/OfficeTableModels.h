#pragma once

#include "offices/OfficeTypes.h"
#include "widgets/common/RecordTableModel.h"

namespace ga::offices {

class OfficeService;

// The room register, paged by key; sorting by location, number or usable area in SQL.
class RoomTableModel : public RecordTableModel<RoomRow>
{
    Q_OBJECT
public:
    enum Column {
        Building,
        Floor,
        Number,
        UseType,
        UsableArea,
        GrossArea,
        Status,
        Owner,
        Occupants,
        ColumnCount
    };

    explicit RoomTableModel(OfficeService &offices, QObject *parent = nullptr);

    void setFilter(const RoomFilter &filter); // reloads
    const RoomFilter &filter() const { return m_filter; }

private:
    Spec spec(OfficeService &offices);

    RoomFilter m_filter;
};

// Over-standard cases by deadline, overdue ones in red.
class CaseTableModel : public RecordTableModel<CaseRow>
{
    Q_OBJECT
public:
    enum Column { Person, Department, Room, Share, Limit, Excess, Opened, Deadline, Plan, ColumnCount };

    explicit CaseTableModel(OfficeService &offices, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter); // reloads
    const CaseFilter &filter() const { return m_filter; }

private:
    Spec spec(OfficeService &offices);

    CaseFilter m_filter;
};

// The colour of a room's status (the register's status column and the floor view's tiles).
QColor statusColour(RoomStatus status);
QColor overStandardColour();

} // namespace ga::offices
