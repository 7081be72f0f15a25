#include "widgets/org/OrgTableModels.h"

#include "core/Period.h"
#include "org/OrgService.h"

namespace ga {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? toIsoDate(d) : QString();
}

} // namespace

// --- StaffTableModel -----------------------------------------------------------------------

StaffTableModel::StaffTableModel(OrgService &org, QObject *parent)
    : RecordTableModel<StaffRow>(spec(org), parent)
{
}

RecordTableModel<StaffRow>::Spec StaffTableModel::spec(OrgService &org)
{
    using Row = StaffRow;
    Spec s;
    s.columns = {
        {tr("Staff no."), [](const Row &r) { return r.staff.staffNo; }},
        {tr("Name"), [](const Row &r) { return r.staff.name; }},
        {tr("Department"), [](const Row &r) { return r.departmentName; },
         Qt::AlignLeft | Qt::AlignVCenter,
         [&org](const Row &r) { return QVariant(org.departmentPath(r.staff.departmentId)); }},
        {tr("Rank"), [](const Row &r) { return r.rankName; }},
        {tr("Post"), [](const Row &r) { return r.staff.postTitle; }},
        {tr("Post start"), [](const Row &r) { return dateText(r.staff.postStart); }},
        {tr("Post end"), [](const Row &r) { return dateText(r.staff.postEnd); }},
        {tr("Transferred"),
         [](const Row &r) { return r.staff.transferred ? tr("Yes") : QString(); }},
        {tr("Status"), [](const Row &r) { return orgStatusDisplayName(r.staff.status); }},
    };
    s.fetch = [this, &org](const KeysetCursor &after, int limit) {
        return org.staffPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.staff.id; };
    s.active = [](const Row &r) { return r.staff.status == OrgStatus::Active; };
    s.sort = [this](int column, Qt::SortOrder order) {
        static const StaffSort byColumn[]
            = {StaffSort::StaffNo, StaffSort::Name,        StaffSort::Department,
               StaffSort::Rank,    StaffSort::PostTitle,   StaffSort::PostStart,
               StaffSort::PostEnd, StaffSort::Transferred, StaffSort::Status};
        m_filter.sort = byColumn[column];
        m_filter.order = order;
    };
    return s;
}

void StaffTableModel::setFilter(const StaffFilter &filter)
{
    m_filter = filter;
    reload();
}

// --- BuildingTableModel --------------------------------------------------------------------

BuildingTableModel::BuildingTableModel(OrgService &org, QObject *parent)
    : RecordTableModel<BuildingRow>(spec(org), parent)
{
}

RecordTableModel<BuildingRow>::Spec BuildingTableModel::spec(OrgService &org)
{
    using Row = BuildingRow;
    Spec s;
    s.columns = {
        {tr("Code"), [](const Row &r) { return r.building.code; }},
        {tr("Name"), [](const Row &r) { return r.building.name; }, Qt::AlignLeft | Qt::AlignVCenter,
         [](const Row &r) {
             return r.building.address.isEmpty() ? QVariant() : QVariant(r.building.address);
         }},
        {tr("Campus"), [](const Row &r) { return r.building.campus; }},
        {tr("Managing department"), [](const Row &r) { return r.departmentName; },
         Qt::AlignLeft | Qt::AlignVCenter,
         [&org](const Row &r) {
             return r.building.departmentId > 0
                 ? QVariant(org.departmentPath(r.building.departmentId))
                 : QVariant();
         }},
        numberColumn<Row>(tr("Gross area (m²)"),
                          [](const Row &r) { return formatArea(r.building.grossArea); }),
        numberColumn<Row>(tr("Usable area (m²)"),
                          [](const Row &r) { return formatArea(r.building.usableArea); }),
        numberColumn<Row>(tr("Energy users"),
                          [](const Row &r) { return QString::number(r.building.energyUsers); }),
        numberColumn<Row>(tr("Year built"),
                          [](const Row &r) {
                              return r.building.yearBuilt > 0
                                  ? QString::number(r.building.yearBuilt)
                                  : QString();
                          }),
        {tr("Status"), [](const Row &r) { return orgStatusDisplayName(r.building.status); }},
    };
    s.fetch = [this, &org](const KeysetCursor &after, int limit) {
        return org.buildingsPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.building.id; };
    s.active = [](const Row &r) { return r.building.status == OrgStatus::Active; };
    s.sort = [this](int column, Qt::SortOrder order) {
        static const BuildingSort byColumn[]
            = {BuildingSort::Code,        BuildingSort::Name,      BuildingSort::Campus,
               BuildingSort::Department,  BuildingSort::GrossArea, BuildingSort::UsableArea,
               BuildingSort::EnergyUsers, BuildingSort::YearBuilt, BuildingSort::Status};
        m_filter.sort = byColumn[column];
        m_filter.order = order;
    };
    return s;
}

void BuildingTableModel::setFilter(const BuildingFilter &filter)
{
    m_filter = filter;
    reload();
}

} // namespace ga
