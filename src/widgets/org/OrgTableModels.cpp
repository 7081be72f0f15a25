#include "widgets/org/OrgTableModels.h"

#include "core/Period.h"
#include "org/OrgService.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace ga {

namespace {

QVariant retiredForeground(OrgStatus status)
{
    if (status == OrgStatus::Active)
        return {};
    return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? toIsoDate(d) : QString();
}

} // namespace

// --- StaffTableModel -----------------------------------------------------------------------

StaffTableModel::StaffTableModel(OrgService &org, QObject *parent)
    : PagedTableModel(parent)
    , m_org(org)
{}

void StaffTableModel::setFilter(const StaffFilter &filter)
{
    m_filter = filter;
    reload();
}

const StaffRow *StaffTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    const StaffRow *row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    const Staff &s = row->staff;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StaffNo: return s.staffNo;
        case Name: return s.name;
        case Department: return row->departmentName;
        case Rank: return row->rankName;
        case Post: return s.postTitle;
        case PostStart: return dateText(s.postStart);
        case PostEnd: return dateText(s.postEnd);
        case Transferred: return s.transferred ? tr("Yes") : QString();
        case Status: return orgStatusDisplayName(s.status);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Department)
        return m_org.departmentPath(s.departmentId);
    if (role == Qt::ForegroundRole)
        return retiredForeground(s.status);
    if (role == Qt::UserRole)
        return s.id;
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case StaffNo: return tr("Staff no.");
    case Name: return tr("Name");
    case Department: return tr("Department");
    case Rank: return tr("Rank");
    case Post: return tr("Post");
    case PostStart: return tr("Post start");
    case PostEnd: return tr("Post end");
    case Transferred: return tr("Transferred");
    case Status: return tr("Status");
    default: return {};
    }
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    static const StaffSort byColumn[] = {StaffSort::StaffNo,   StaffSort::Name,
                                         StaffSort::Department, StaffSort::Rank,
                                         StaffSort::PostTitle, StaffSort::PostStart,
                                         StaffSort::PostEnd,   StaffSort::Transferred,
                                         StaffSort::Status};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = byColumn[column];
    m_filter.order = order;
    reload();
}

int StaffTableModel::fetchPage(const KeysetCursor &after, int limit)
{
    m_fetched = m_org.staffPageAfter(m_filter, after, limit);
    return int(m_fetched.size());
}

KeysetCursor StaffTableModel::keyOfRow(int row) const
{
    return m_rows.at(row).key;
}

void StaffTableModel::appendFetched()
{
    m_rows.append(m_fetched);
    m_fetched.clear();
}

void StaffTableModel::clearRows()
{
    m_rows.clear();
    m_fetched.clear();
}

// --- BuildingTableModel --------------------------------------------------------------------

BuildingTableModel::BuildingTableModel(OrgService &org, QObject *parent)
    : PagedTableModel(parent)
    , m_org(org)
{}

void BuildingTableModel::setFilter(const BuildingFilter &filter)
{
    m_filter = filter;
    reload();
}

const BuildingRow *BuildingTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BuildingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildingTableModel::data(const QModelIndex &index, int role) const
{
    const BuildingRow *row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    const Building &b = row->building;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code: return b.code;
        case Name: return b.name;
        case Campus: return b.campus;
        case Department: return row->departmentName;
        case GrossArea: return formatArea(b.grossArea);
        case UsableArea: return formatArea(b.usableArea);
        case EnergyUsers: return QString::number(b.energyUsers);
        case YearBuilt: return b.yearBuilt > 0 ? QString::number(b.yearBuilt) : QString();
        case Status: return orgStatusDisplayName(b.status);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case GrossArea:
        case UsableArea:
        case EnergyUsers:
        case YearBuilt: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Department && b.departmentId > 0)
            return m_org.departmentPath(b.departmentId);
        if (index.column() == Name && !b.address.isEmpty())
            return b.address;
        return {};
    }
    if (role == Qt::ForegroundRole)
        return retiredForeground(b.status);
    if (role == Qt::UserRole)
        return b.id;
    return {};
}

QVariant BuildingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Campus: return tr("Campus");
    case Department: return tr("Managing department");
    case GrossArea: return tr("Gross area (m²)");
    case UsableArea: return tr("Usable area (m²)");
    case EnergyUsers: return tr("Energy users");
    case YearBuilt: return tr("Year built");
    case Status: return tr("Status");
    default: return {};
    }
}

void BuildingTableModel::sort(int column, Qt::SortOrder order)
{
    static const BuildingSort byColumn[] = {BuildingSort::Code,        BuildingSort::Name,
                                            BuildingSort::Campus,      BuildingSort::Department,
                                            BuildingSort::GrossArea,   BuildingSort::UsableArea,
                                            BuildingSort::EnergyUsers, BuildingSort::YearBuilt,
                                            BuildingSort::Status};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = byColumn[column];
    m_filter.order = order;
    reload();
}

int BuildingTableModel::fetchPage(const KeysetCursor &after, int limit)
{
    m_fetched = m_org.buildingsPageAfter(m_filter, after, limit);
    return int(m_fetched.size());
}

KeysetCursor BuildingTableModel::keyOfRow(int row) const
{
    return m_rows.at(row).key;
}

void BuildingTableModel::appendFetched()
{
    m_rows.append(m_fetched);
    m_fetched.clear();
}

void BuildingTableModel::clearRows()
{
    m_rows.clear();
    m_fetched.clear();
}

} // namespace ga
