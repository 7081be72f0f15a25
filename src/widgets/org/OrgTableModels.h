#pragma once

#include "org/OrgTypes.h"
#include "widgets/common/PagedTableModel.h"

namespace ga {

class OrgService;

// The staff list: pages of rows from OrgService, filtered and sorted in SQL.
class StaffTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { StaffNo, Name, Department, Rank, Post, PostStart, PostEnd, Transferred, Status,
                  ColumnCount };

    explicit StaffTableModel(OrgService &org, QObject *parent = nullptr);

    void setFilter(const StaffFilter &filter);   // reloads
    const StaffFilter &filter() const { return m_filter; }
    const StaffRow *rowAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int fetchPage(const KeysetCursor &after, int limit) override;
    KeysetCursor keyOfRow(int row) const override;
    void appendFetched() override;
    void clearRows() override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    OrgService &m_org;
    StaffFilter m_filter;
    QList<StaffRow> m_rows;
    QList<StaffRow> m_fetched;
};

// The building list, paged like the staff list.
class BuildingTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Campus, Department, GrossArea, UsableArea, EnergyUsers, YearBuilt,
                  Status, ColumnCount };

    explicit BuildingTableModel(OrgService &org, QObject *parent = nullptr);

    void setFilter(const BuildingFilter &filter);
    const BuildingFilter &filter() const { return m_filter; }
    const BuildingRow *rowAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    int fetchPage(const KeysetCursor &after, int limit) override;
    KeysetCursor keyOfRow(int row) const override;
    void appendFetched() override;
    void clearRows() override;
    int loadedRowCount() const override { return int(m_rows.size()); }

private:
    OrgService &m_org;
    BuildingFilter m_filter;
    QList<BuildingRow> m_rows;
    QList<BuildingRow> m_fetched;
};

} // namespace ga
