#include "widgets/energy/EnergyTabs.h"

#include "energy/EnergyService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/energy/EnergyDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <iterator>

namespace ga::energy {

// --- MeterTableModel ----------------------------------------------------------------------------

MeterTableModel::MeterTableModel(EnergyService &energy, QObject *parent)
    : RecordTableModel<MeterRow>(spec(energy), parent)
{}

RecordTableModel<MeterRow>::Spec MeterTableModel::spec(EnergyService &energy)
{
    using Row = MeterRow;
    Spec s;
    s.columns = {
        {tr("Building"),
         [](const Row &r) { return QString(r.buildingCode + QStringLiteral("  ") + r.buildingName); }},
        {tr("Meter no."), [](const Row &r) { return r.meter.meterNo; }},
        {tr("Type"), [](const Row &r) { return energyTypeDisplayName(r.meter.type); }},
        {tr("Unit"), [](const Row &r) { return r.meter.unit; }},
        {tr("Reading"), [](const Row &r) { return readingKindDisplayName(r.meter.kind); }},
        {tr("Read from"), [](const Row &r) { return r.meter.sinceMonth; }},
        numberColumn<Row>(tr("Unit price (¥)"),
                          [](const Row &r) {
                              return r.meter.unitPrice > 0
                                         ? QVariant(QLocale().toString(r.meter.unitPrice / 10000.0, 'f', 4))
                                         : QVariant(tr("by invoice"));
                          }),
        {tr("Agency"), [](const Row &r) { return r.departmentName; }},
        {tr("Status"),
         [](const Row &r) { return r.meter.isActive() ? tr("Active") : tr("Retired"); }},
    };
    s.fetch = [this, &energy](const KeysetCursor &after, int limit) {
        return energy.metersPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.meter.id; };
    s.active = [](const Row &r) { return r.meter.isActive(); };
    s.sort = [this](int column, Qt::SortOrder order) {
        m_filter.sort = column == 1 ? MeterSort::MeterNo
                        : column == 2 ? MeterSort::Type
                                      : MeterSort::Building;
        m_filter.order = order;
    };
    return s;
}

void MeterTableModel::setFilter(const MeterFilter &filter)
{
    m_filter = filter;
    reload();
}

// --- MetersTab ------------------------------------------------------------------------------------

MetersTab::MetersTab(EnergyService &energy, QWidget *parent)
    : RecordListTab(tr("Meters"), kAllCommands, parent)
    , m_energy(energy)
{
    newAction()->setText(tr("&New meter…"));
    addSearch(tr("Search meter number, building code or name"))
        ->setObjectName(QStringLiteral("meterSearch"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("meterType"));
    m_type->addItem(tr("All types"), -1);
    for (EnergyType t : allEnergyTypes())
        m_type->addItem(energyTypeDisplayName(t), int(t));
    addFilter(tr("T&ype:"), m_type);
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    addFilter(m_showRetired);
    m_model = new MeterTableModel(energy, this);
    setModel(m_model, QStringLiteral("metersTable"));
    const int widths[] = {220, 110, 90, 60, 110, 90, 110, 180, 80};
    for (int c = 0; c < int(std::size(widths)); ++c)
        view()->setColumnWidth(c, widths[c]);
}

bool MetersTab::canEdit() const
{
    return m_energy.canEdit();
}

void MetersTab::reloadChoices() {}

void MetersTab::applyFilter()
{
    MeterFilter f = m_model->filter();
    f.text = searchEdit()->text().trimmed();
    const int type = m_type->currentData().toInt();
    f.type = type < 0 ? std::nullopt : std::optional<EnergyType>(EnergyType(type));
    f.includeRetired = m_showRetired->isChecked();
    m_model->setFilter(f);
}

QString MetersTab::countText() const
{
    const int n = m_energy.countMeters(m_model->filter());
    return n == 0 ? tr("No meters match the filter.") : tr("%n meter(s)", nullptr, n);
}

const MeterRow *MetersTab::currentRow() const
{
    return m_model->rowAt(view()->currentIndex().row());
}

void MetersTab::addRecord()
{
    Meter initial;
    const QDate d = QDate::currentDate();
    initial.sinceMonth = monthKey(d.year(), d.month());
    if (const MeterRow *row = currentRow())
        initial.buildingId = row->meter.buildingId;
    MeterDialog dialog(m_energy, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_energy.createMeter(dialog.meter()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void MetersTab::editCurrent()
{
    const qint64 id = currentId();
    Meter current;
    if (id <= 0 || !runGuarded(this, tr("Edit meter"), [&] { current = m_energy.meter(id); }))
        return;
    MeterDialog dialog(m_energy, current, this);
    dialog.setSaver([&] { m_energy.updateMeter(dialog.meter()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void MetersTab::retireCurrent()
{
    if (const MeterRow *row = currentRow(); row && row->meter.isActive())
        runOnCurrent(tr("Retire meter"),
                     tr("Retire meter \"%1\"? Its readings are kept.").arg(row->meter.meterNo),
                     [this](qint64 id) { m_energy.retireMeter(id); });
}

void MetersTab::reactivateCurrent()
{
    if (const MeterRow *row = currentRow(); row && !row->meter.isActive())
        runOnCurrent(tr("Reactivate meter"), tr("Reactivate meter \"%1\"?").arg(row->meter.meterNo),
                     [this](qint64 id) { m_energy.reactivateMeter(id); });
}

void MetersTab::deleteCurrent()
{
    if (const MeterRow *row = currentRow())
        runOnCurrent(tr("Delete meter"),
                     tr("Delete meter \"%1\" for good? Only a meter without readings can be "
                        "deleted.")
                         .arg(row->meter.meterNo),
                     [this](qint64 id) { m_energy.deleteMeter(id); });
}

// --- CoefficientsTab --------------------------------------------------------------------------------

CoefficientsTab::CoefficientsTab(EnergyService &energy, QWidget *parent)
    : RecordCommandsPage(tr("Standard-coal coefficients"), NewRecord | EditRecord, parent)
    , m_energy(energy)
{
    newAction()->setText(tr("&New version…"));
    auto *note = new QLabel(tr("Standard-coal coefficients (GB/T 2589). Each version applies from "
                               "its date, so a past period keeps the coefficients it was "
                               "converted with. Only administrators change them; every change "
                               "is audited."),
                            this);
    note->setWordWrap(true);
    mainLayout()->addWidget(note);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("coefficientsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Energy type"), tr("Valid from"), tr("kgce per unit"), tr("Unit"),
                             tr("Density (kg/L)"), tr("Note")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 140);
    m_tree->setColumnWidth(1, 110);
    m_tree->setColumnWidth(2, 110);
    mainLayout()->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (editAction()->isEnabled())
            editCurrent();
    });
    setFocusProxy(m_tree);
}

bool CoefficientsTab::canEdit() const
{
    return m_energy.canEditCoefficients();
}

std::optional<RecordCommandsPage::Current> CoefficientsTab::currentRecord() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    return Current {item->data(0, Qt::UserRole).toLongLong(), true};
}

void CoefficientsTab::reload()
{
    const qint64 keep = currentRecord() ? currentRecord()->id : 0;
    if (!runGuarded(this, title(), [&] { m_coefficients = m_energy.coefficients(); }))
        return;
    m_tree->clear();
    for (const Coefficient &c : m_coefficients) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, energyTypeDisplayName(c.type));
        item->setText(1, c.validFrom.toString(Qt::ISODate));
        item->setText(2, QLocale().toString(c.kgcePerUnit, 'f', 4));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, c.unit);
        item->setText(4, c.density ? QLocale().toString(*c.density, 'f', 2) : QString());
        item->setText(5, c.note);
        item->setData(0, Qt::UserRole, c.id);
        if (c.id == keep)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateActions();
}

void CoefficientsTab::addRecord()
{
    Coefficient initial;
    if (const auto cur = currentRecord())
        for (const Coefficient &c : m_coefficients)
            if (c.id == cur->id) {
                initial = c;
                initial.id = 0;
                initial.note.clear();
            }
    initial.validFrom = QDate(QDate::currentDate().year() + 1, 1, 1);
    CoefficientDialog dialog(initial, this);
    dialog.setSaver([&] { m_energy.saveCoefficient(dialog.coefficient()); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CoefficientsTab::editCurrent()
{
    const auto cur = currentRecord();
    if (!cur)
        return;
    for (const Coefficient &c : m_coefficients)
        if (c.id == cur->id) {
            CoefficientDialog dialog(c, this);
            dialog.setSaver([&] { m_energy.saveCoefficient(dialog.coefficient()); });
            if (dialog.exec() == QDialog::Accepted)
                reload();
            return;
        }
}

} // namespace ga::energy
