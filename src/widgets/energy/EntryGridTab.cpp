#include "widgets/energy/EntryGridTab.h"

#include "energy/EnergyService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/energy/EnergyDialogs.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolBar>
#include <QVBoxLayout>

#include <iterator>

namespace ga::energy {

// --- EntryGridModel ---------------------------------------------------------------------------

EntryGridModel::EntryGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EntryGridModel::setRows(const QList<GridRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const GridRow *EntryGridModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EntryGridModel::rowOfMeter(qint64 meterId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).meter.id == meterId)
            return i;
    return -1;
}

int EntryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    const GridRow *r = rowAt(index.row());
    if (!r)
        return {};
    const bool cumulative = r->meter.kind == ReadingKind::Cumulative;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Building: return QString(r->buildingCode + QStringLiteral("  ") + r->buildingName);
        case Meter: return r->meter.meterNo;
        case Type: return energyTypeDisplayName(r->meter.type);
        case Unit: return r->meter.unit;
        case LastYear:
            return r->lastYear ? formatQuantity(r->lastYear->consumptionMilli) : QString();
        case LastMonth:
            return r->lastMonth ? formatQuantity(r->lastMonth->valueMilli) : QString();
        case Value:
            if (role == Qt::EditRole)
                return r->current ? QString::number(double(r->current->valueMilli) / 1000.0, 'f', 3)
                                  : QString();
            return r->current ? formatQuantity(r->current->valueMilli) : QString();
        case Use: return r->current && cumulative ? formatQuantity(r->current->consumptionMilli) : QString();
        case Status:
            if (!r->current)
                return tr("not entered");
            if (r->current->awaitsConfirmation())
                return tr("flagged, awaiting confirmation");
            if (r->current->flags != NoFlag)
                return tr("confirmed: %1").arg(r->current->note);
            return QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= LastYear && index.column() <= Use)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastYear)
        return tr("The use of the same month a year before");
    if (role == Qt::ToolTipRole && index.column() == LastMonth)
        return cumulative ? tr("Last month's index") : tr("Last month's amount");
    if (role == Qt::BackgroundRole && r->current && r->current->flags != NoFlag)
        return QColor(r->current->awaitsConfirmation() ? 0xf8d7da : 0xfff3cd);
    if (role == Qt::BackgroundRole && index.column() == Value)
        return QColor(0xeef5ff);
    return {};
}

QVariant EntryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Building: return tr("Building");
    case Meter: return tr("Meter");
    case Type: return tr("Type");
    case Unit: return tr("Unit");
    case LastYear: return tr("Same month last year (use)");
    case LastMonth: return tr("Last month");
    case Value: return tr("This month");
    case Use: return tr("Use");
    case Status: return tr("Status");
    }
    return {};
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Value)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntryGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Value || !rowAt(index.row()))
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return false;
    const auto milli = parseQuantity(text);
    if (!milli) {
        emit refused(tr("\"%1\" is not a reading: type a number of %2, at most three decimals.")
                         .arg(text, rowAt(index.row())->meter.unit));
        return false;
    }
    emit valueEntered(index.row(), *milli);
    return true;
}

// --- EntryGridView ------------------------------------------------------------------------------

void EntryGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache || hint == QAbstractItemDelegate::NoHint) {
        const QModelIndex at = currentIndex();
        const QModelIndex next = model()->index(at.row() + 1, at.column());
        if (next.isValid())
            setCurrentIndex(next);
    }
}

// --- EntryGridTab ---------------------------------------------------------------------------------

EntryGridTab::EntryGridTab(EnergyService &energy, QWidget *parent)
    : Page(parent)
    , m_energy(energy)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("gridMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(false);
    monthLabel->setBuddy(m_month);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    auto *buildingLabel = new QLabel(tr("B&uilding:"), this);
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("gridBuilding"));
    m_building->setMinimumWidth(240);
    buildingLabel->setBuddy(m_building);
    bar->addWidget(buildingLabel);
    bar->addWidget(m_building);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("gridSummary"));
    bar->addWidget(m_summary, 1);
    m_confirm = new QAction(tr("C&onfirm…"), this);
    m_confirm->setObjectName(QStringLiteral("confirmAction"));
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_confirm->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_confirm->setToolTip(tr("Confirm the current flagged reading with a note"));
    connect(m_confirm, &QAction::triggered, this, &EntryGridTab::confirmCurrent);
    addAction(m_confirm);
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_confirm);
    bar->addWidget(toolBar);
    layout->addLayout(bar);

    m_model = new EntryGridModel(this);
    m_view = new EntryGridView(this);
    m_view->setObjectName(QStringLiteral("entryGrid"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {220, 110, 80, 50, 150, 110, 120, 100};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    const QDate today = QDate::currentDate().addMonths(-1);
    m_month->setDate(QDate(today.year(), today.month(), 1));
    connect(m_month, &QDateEdit::dateChanged, this, &EntryGridTab::reload);
    connect(m_building, &QComboBox::currentIndexChanged, this, &EntryGridTab::reload);
    // Queued: the save reloads the model, which must not happen inside the editor's commit.
    connect(m_model, &EntryGridModel::valueEntered, this, &EntryGridTab::save,
            Qt::QueuedConnection);
    connect(m_model, &EntryGridModel::refused, this,
            [this](const QString &message) { showError(this, tr("Entry grid"), message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const GridRow *r = m_model->rowAt(m_view->currentIndex().row());
        m_confirm->setEnabled(m_energy.canEdit() && r && r->current && r->current->flags != NoFlag);
    });
}

void EntryGridTab::activate()
{
    const qint64 keep = m_building->currentData().toLongLong();
    {
        const QSignalBlocker block(m_building);
        m_building->clear();
        m_building->addItem(tr("All buildings"), 0);
        QList<BuildingInfo> buildings;
        runGuarded(this, tr("Entry grid"), [&] { buildings = m_energy.buildings(); });
        for (const BuildingInfo &b : buildings)
            m_building->addItem(b.code + QStringLiteral("  ") + b.name, b.id);
        m_building->setCurrentIndex(qMax(0, m_building->findData(keep)));
    }
    m_view->setEditTriggers(m_energy.canEdit()
                                ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                                      | QAbstractItemView::EditKeyPressed
                                : QAbstractItemView::NoEditTriggers);
    m_confirm->setVisible(m_energy.canEdit());
    reload();
}

QString EntryGridTab::month() const
{
    return monthKey(m_month->date().year(), m_month->date().month());
}

void EntryGridTab::setMonth(const QString &month)
{
    if (const auto d = monthStart(month))
        m_month->setDate(*d);
}

void EntryGridTab::reload()
{
    const QModelIndex at = m_view->currentIndex();
    QList<GridRow> rows;
    if (!runGuarded(this, tr("Entry grid"),
                    [&] { rows = m_energy.entryGrid(month(), m_building->currentData().toLongLong()); }))
        return;
    m_model->setRows(rows);
    if (rows.isEmpty())
        return;
    m_view->setCurrentIndex(m_model->index(qBound(0, at.row(), int(rows.size()) - 1),
                                           at.isValid() ? at.column() : int(EntryGridModel::Value)));
    updateSummary();
}

void EntryGridTab::updateSummary()
{
    int entered = 0, flagged = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const GridRow *r = m_model->rowAt(i);
        if (r->current) {
            ++entered;
            if (r->current->awaitsConfirmation())
                ++flagged;
        }
    }
    m_summary->setText(tr("%1 of %n meter(s) entered; %2 awaiting confirmation.", nullptr,
                          m_model->rowCount())
                           .arg(entered)
                           .arg(flagged));
}

void EntryGridTab::save(int row, qint64 milli)
{
    const GridRow *r = m_model->rowAt(row);
    if (!r || m_saving)
        return;
    const QScopedValueRollback<bool> guard(m_saving, true);
    const Meter meter = r->meter;
    ReadingInput in;
    in.meterId = meter.id;
    in.month = month();
    in.valueMilli = milli;
    if (r->current) {
        in.amount = r->current->amount;
        in.note = r->current->flags != NoFlag ? QString() : r->current->note;
    }
    try {
        m_energy.saveReading(in);
    } catch (const AnomalyError &e) {
        ConfirmReadingDialog dialog(meter, in, e.assessment(), this);
        dialog.setSaver([&] { m_energy.saveReading(dialog.reading()); });
        if (dialog.exec() != QDialog::Accepted) {
            reload();
            return;
        }
    } catch (const Error &e) {
        showError(this, tr("Entry grid"), e.message());
    }
    const int current = m_view->currentIndex().row();
    const int column = m_view->currentIndex().column();
    reload();
    m_view->setCurrentIndex(m_model->index(current, column));
}

void EntryGridTab::confirmCurrent()
{
    const GridRow *r = m_model->rowAt(m_view->currentIndex().row());
    if (!r || !r->current || r->current->flags == NoFlag)
        return;
    ReadingInput in;
    in.meterId = r->meter.id;
    in.month = month();
    in.valueMilli = r->current->valueMilli;
    in.amount = r->current->amount;
    in.event = r->current->event;
    in.oldFinalMilli = r->current->oldFinalMilli;
    in.newStartMilli = r->current->newStartMilli;
    in.note = r->current->note;
    Assessment a;
    if (!runGuarded(this, tr("Entry grid"), [&] { a = m_energy.assess(in); }))
        return;
    ConfirmReadingDialog dialog(r->meter, in, a, this);
    dialog.setSaver([&] { m_energy.saveReading(dialog.reading()); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace ga::energy
