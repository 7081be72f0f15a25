#pragma once

#include "org/OrgTypes.h"
#include "widgets/common/RecordTableModel.h"

namespace ga {

class OrgService;

// The staff list: pages of rows from OrgService, filtered and sorted in SQL.
class StaffTableModel : public RecordTableModel<StaffRow>
{
    Q_OBJECT
public:
    enum Column {
        StaffNo,
        Name,
        Department,
        Rank,
        Post,
        PostStart,
        PostEnd,
        Transferred,
        Status,
        ColumnCount
    };

    explicit StaffTableModel(OrgService &org, QObject *parent = nullptr);

    void setFilter(const StaffFilter &filter); // reloads
    const StaffFilter &filter() const { return m_filter; }

private:
    Spec spec(OrgService &org);

    StaffFilter m_filter;
};

// The building list, paged like the staff list.
class BuildingTableModel : public RecordTableModel<BuildingRow>
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Campus,
        Department,
        GrossArea,
        UsableArea,
        EnergyUsers,
        YearBuilt,
        Status,
        ColumnCount
    };

    explicit BuildingTableModel(OrgService &org, QObject *parent = nullptr);

    void setFilter(const BuildingFilter &filter); // reloads
    const BuildingFilter &filter() const { return m_filter; }

private:
    Spec spec(OrgService &org);

    BuildingFilter m_filter;
};

} // namespace ga
