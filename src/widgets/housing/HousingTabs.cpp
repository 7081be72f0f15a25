#include "widgets/housing/HousingTabs.h"

#include "core/Error.h"
#include "core/Period.h"
#include "housing/HousingRent.h"
#include "housing/HousingService.h"
#include "org/OrgService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/housing/HousingDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ga::housing {

namespace {

QString areaText(qint64 area)
{
    return QString::number(area / 100.0, 'f', 2);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? toIsoDate(d) : QString();
}

void fillLayoutCombo(QComboBox *combo, HousingService &housing, const QString &firstItem)
{
    const QString keep = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    if (!firstItem.isEmpty())
        combo->addItem(firstItem, QString());
    for (const QString &layout : housing.layouts())
        combo->addItem(layout, layout);
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i >= 0 ? i : (combo->count() > 0 ? 0 : -1));
}

// An action of a tab's own, on its toolbar before the status commands, acting while the focus
// is in the tab.
QAction *addTabAction(RecordCommandsPage *page, QToolBar *bar, QAction *before, const QString &text,
                      const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = new QAction(text, page);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    if (before)
        bar->insertAction(before, action);
    else
        bar->addAction(action);
    return action;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

// --- ComplexesTab --------------------------------------------------------------------------

ComplexesTab::ComplexesTab(HousingService &housing, OrgService &org, QWidget *parent)
    : RecordListTab(tr("Housing complexes"), kAllCommands, parent)
    , m_housing(housing)
    , m_org(org)
{
    newAction()->setText(tr("&New complex…"));
    m_showRetired = new QCheckBox(tr("Show re&tired"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    addFilter(m_showRetired);
    using Row = ComplexRow;
    RecordTableModel<Row>::Spec s;
    s.columns = {
        {tr("Code"), [](const Row &r) { return r.complex.code; }},
        {tr("Name"), [](const Row &r) { return r.complex.name; }},
        {tr("Address"), [](const Row &r) { return r.complex.address; }},
        {tr("Managing unit"), [](const Row &r) { return r.departmentName; }},
        numberColumn<Row>(tr("Rent per m² a month"),
                          [](const Row &r) { return Money(r.complex.rentRate).toString(); }),
        numberColumn<Row>(tr("Flats"), [](const Row &r) { return QString::number(r.flats); }),
        numberColumn<Row>(tr("Vacant"), [](const Row &r) { return QString::number(r.vacant); }),
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_housing.complexesPageAfter(m_includeRetired, after, limit);
    };
    s.id = [](const Row &r) { return r.complex.id; };
    s.active = [](const Row &r) { return r.complex.isActive(); };
    m_model = new RecordTableModel<Row>(s, this);
    setModel(m_model, QStringLiteral("complexesTable"));
}

bool ComplexesTab::canEdit() const
{
    return m_housing.canEdit();
}

void ComplexesTab::applyFilter()
{
    m_includeRetired = m_showRetired->isChecked();
    m_model->reload();
}

QString ComplexesTab::countText() const
{
    const int n = m_housing.countComplexes(m_includeRetired);
    return n == 0 ? tr("No housing complexes yet.") : tr("%n complex(es)", nullptr, n);
}

void ComplexesTab::addRecord()
{
    ComplexDialog dialog(m_org, Complex(), this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_housing.createComplex(dialog.complex()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void ComplexesTab::editCurrent()
{
    Complex current;
    if (currentId() <= 0
        || !runGuarded(this, title(), [&] { current = m_housing.complex(currentId()); }))
        return;
    ComplexDialog dialog(m_org, current, this);
    dialog.setSaver([&] { m_housing.updateComplex(dialog.complex()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ComplexesTab::retireCurrent()
{
    runOnCurrent(tr("Retire complex"), tr("Retire the complex? Its flats and history are kept."),
                 [this](qint64 id) { m_housing.retireComplex(id); });
}

void ComplexesTab::reactivateCurrent()
{
    runOnCurrent(tr("Reactivate complex"), tr("Reactivate the complex?"),
                 [this](qint64 id) { m_housing.reactivateComplex(id); });
}

void ComplexesTab::deleteCurrent()
{
    runOnCurrent(tr("Delete complex"),
                 tr("Delete the complex for good? Only a complex without flats can be deleted."),
                 [this](qint64 id) { m_housing.deleteComplex(id); });
}

// --- FlatsTab ------------------------------------------------------------------------------

FlatsTab::FlatsTab(HousingService &housing, QWidget *parent)
    : RecordListTab(tr("Flats"), kAllCommands, parent)
    , m_housing(housing)
{
    newAction()->setText(tr("&New flat…"));
    retireAction()->setText(tr("Set to main&tenance…"));
    reactivateAction()->setText(tr("Set v&acant…"));
    addSearch(tr("Search building, number, layout or meter"))
        ->setObjectName(QStringLiteral("flatSearch"));
    m_complex = new QComboBox(this);
    m_complex->setObjectName(QStringLiteral("flatComplex"));
    addFilter(tr("Co&mplex:"), m_complex);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("flatStatus"));
    m_status->addItem(tr("Any status"), -1);
    for (FlatStatus st : allFlatStatuses())
        m_status->addItem(flatStatusDisplayName(st), int(st));
    addFilter(tr("&Status:"), m_status);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("flatLayout"));
    addFilter(tr("&Layout:"), m_layout);

    using Row = FlatRow;
    RecordTableModel<Row>::Spec s;
    s.columns = {
        {tr("Complex"), [](const Row &r) { return r.complexName; }},
        {tr("Flat"), [](const Row &r) { return r.flat.label(); }},
        numberColumn<Row>(tr("Floor"), [](const Row &r) { return QString::number(r.flat.floor); }),
        numberColumn<Row>(tr("Area (m²)"), [](const Row &r) { return areaText(r.flat.area); }),
        {tr("Layout"), [](const Row &r) { return r.flat.layout; }},
        {tr("Status"), [](const Row &r) { return flatStatusDisplayName(r.flat.status); }},
        numberColumn<Row>(tr("Days vacant"),
                          [](const Row &r) {
                              return r.daysVacant >= 0 ? QString::number(r.daysVacant) : QString();
                          }),
        {tr("Tenant"), [](const Row &r) { return r.tenantName; }},
        {tr("Meters (water / electricity / gas)"), [](const Row &r) {
             return QStringList {r.flat.waterMeter, r.flat.powerMeter, r.flat.gasMeter}.join(
                 QStringLiteral(" / "));
         }},
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_housing.flatsPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.flat.id; };
    s.active = [](const Row &r) { return r.flat.status != FlatStatus::Maintenance; };
    s.sort = [this](int column, Qt::SortOrder order) {
        m_filter.sort = column == 3 ? FlatSort::Area
            : column == 4           ? FlatSort::Layout
            : column == 5           ? FlatSort::Status
                                    : FlatSort::Number;
        m_filter.order = order;
    };
    m_model = new RecordTableModel<Row>(s, this);
    setModel(m_model, QStringLiteral("flatsTable"));
    view()->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
}

bool FlatsTab::canEdit() const
{
    return m_housing.canEdit();
}

void FlatsTab::reloadChoices()
{
    fillComplexCombo(m_complex, m_housing, tr("All complexes"));
    fillLayoutCombo(m_layout, m_housing, tr("Any layout"));
}

void FlatsTab::applyFilter()
{
    m_filter.text = searchEdit()->text().trimmed();
    m_filter.complexId = comboId(m_complex);
    const int status = m_status->currentData().toInt();
    m_filter.status = status >= 0 ? std::optional<FlatStatus>(FlatStatus(status)) : std::nullopt;
    m_filter.layout = m_layout->currentData().toString();
    m_model->reload();
}

QString FlatsTab::countText() const
{
    const int n = m_housing.countFlats(m_filter);
    return n == 0 ? tr("No flats match the filter.") : tr("%n flat(s)", nullptr, n);
}

void FlatsTab::addRecord()
{
    Flat initial;
    initial.complexId = comboId(m_complex);
    initial.building = QStringLiteral("1");
    FlatDialog dialog(m_housing, initial, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_housing.createFlat(dialog.flat()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void FlatsTab::editCurrent()
{
    Flat current;
    if (currentId() <= 0 || !runGuarded(this, title(), [&] { current = m_housing.flat(currentId()); }))
        return;
    FlatDialog dialog(m_housing, current, this);
    dialog.setSaver([&] { m_housing.updateFlat(dialog.flat()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void FlatsTab::retireCurrent()
{
    runOnCurrent(tr("Set to maintenance"), tr("Take the flat out of letting for maintenance?"),
                 [this](qint64 id) { m_housing.setFlatStatus(id, FlatStatus::Maintenance); });
}

void FlatsTab::reactivateCurrent()
{
    runOnCurrent(tr("Set vacant"), tr("The maintenance is done: set the flat vacant?"),
                 [this](qint64 id) { m_housing.setFlatStatus(id, FlatStatus::Vacant); });
}

void FlatsTab::deleteCurrent()
{
    runOnCurrent(tr("Delete flat"),
                 tr("Delete the flat for good? Only a flat never offered or let can be deleted."),
                 [this](qint64 id) { m_housing.deleteFlat(id); });
}

// --- ApplicationsTab -----------------------------------------------------------------------

ApplicationsTab::ApplicationsTab(HousingService &housing, OrgService &org, QWidget *parent)
    : RecordListTab(tr("Applications"), NewRecord | DeleteRecord, parent)
    , m_housing(housing)
    , m_org(org)
{
    newAction()->setText(tr("&New application…"));
    deleteAction()->setText(tr("&Withdraw…"));
    addSearch(tr("Search name or staff number"))->setObjectName(QStringLiteral("applicationSearch"));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("applicationLayout"));
    addFilter(tr("&Layout:"), m_layout);
    m_showClosed = new QCheckBox(tr("Show &closed"), this);
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    addFilter(m_showClosed);
    using Row = ApplicationRow;
    RecordTableModel<Row>::Spec s;
    s.columns = {
        {tr("Applied"), [](const Row &r) { return dateText(r.application.appliedOn); }},
        {tr("Staff no."), [](const Row &r) { return r.staffNo; }},
        {tr("Name"), [](const Row &r) { return r.staffName; }},
        {tr("Department"), [](const Row &r) { return r.departmentName; }},
        {tr("Layout"), [](const Row &r) { return r.application.layout; }},
        numberColumn<Row>(tr("Household"),
                          [](const Row &r) { return QString::number(r.application.householdSize); }),
        numberColumn<Row>(tr("Priority points"),
                          [](const Row &r) { return QString::number(r.application.priorityPoints); }),
        {tr("Grounds"), [](const Row &r) { return r.application.priorityGrounds; }},
        {tr("Status"),
         [](const Row &r) { return applicationStatusDisplayName(r.application.status); }},
        {tr("Passed over because"), [](const Row &r) { return r.skipNote; }},
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_housing.applicationsPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.application.id; };
    s.active = [](const Row &r) {
        return r.application.status == ApplicationStatus::Waiting
            || r.application.status == ApplicationStatus::Offered;
    };
    m_model = new RecordTableModel<Row>(s, this);
    setModel(m_model, QStringLiteral("applicationsTable"));
}

bool ApplicationsTab::canEdit() const
{
    return m_housing.canEdit();
}

void ApplicationsTab::reloadChoices()
{
    fillLayoutCombo(m_layout, m_housing, tr("Any layout"));
}

void ApplicationsTab::applyFilter()
{
    m_filter.text = searchEdit()->text().trimmed();
    m_filter.layout = m_layout->currentData().toString();
    m_filter.openOnly = !m_showClosed->isChecked();
    m_model->reload();
}

QString ApplicationsTab::countText() const
{
    const int n = m_housing.countApplications(m_filter);
    return n == 0 ? tr("No applications match the filter.") : tr("%n application(s)", nullptr, n);
}

void ApplicationsTab::addRecord()
{
    ApplicationDialog dialog(m_housing, m_org, this);
    qint64 id = 0;
    dialog.setSaver([&] { id = m_housing.fileApplication(dialog.application()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh(id);
}

void ApplicationsTab::deleteCurrent()
{
    runOnCurrent(tr("Withdraw application"),
                 tr("Withdraw the application? It leaves the queue; the record is kept."),
                 [this](qint64 id) { m_housing.withdrawApplication(id); });
}

// --- QueueTab ------------------------------------------------------------------------------

QueueTab::QueueTab(HousingService &housing, QWidget *parent)
    : Page(parent)
    , m_housing(housing)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolBar);
    const auto action = [&](const QString &text, const QKeySequence &key, const QString &name,
                            void (QueueTab::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        toolBar->addAction(a);
        return a;
    };
    m_offer = action(tr("&Offer flat…"), QKeySequence(Qt::CTRL | Qt::Key_O),
                     QStringLiteral("offerAction"), &QueueTab::offer);
    m_accept = action(tr("&Accept offer…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                      QStringLiteral("acceptAction"), &QueueTab::accept);
    m_decline = action(tr("De&cline offer…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                       QStringLiteral("declineAction"), &QueueTab::decline);
    toolBar->setVisible(housing.canEdit());

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Layout:"), this);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("queueLayout"));
    m_layout->setMinimumWidth(160);
    label->setBuddy(m_layout);
    bar->addWidget(label);
    bar->addWidget(m_layout);
    bar->addStretch(1);
    layout->addLayout(bar);
    connect(m_layout, &QComboBox::activated, this, [this] { reload(); });

    layout->addWidget(new QLabel(tr("Waiting, by priority points and then date:"), this));
    m_queue = makeTable(this,
                        {tr("Place"), tr("Name"), tr("Department"), tr("Applied"),
                         tr("Queue date"), tr("Priority points"), tr("Grounds"),
                         tr("Passed over because")},
                        QStringLiteral("queueTable"));
    layout->addWidget(m_queue, 3);
    layout->addWidget(new QLabel(tr("Open offers:"), this));
    m_offers = makeTable(this,
                         {tr("Offered"), tr("Applicant"), tr("Complex"), tr("Flat"),
                          tr("Passed over"), tr("Reason")},
                         QStringLiteral("offersTable"));
    layout->addWidget(m_offers, 2);
}

void QueueTab::activate()
{
    const bool first = m_layout->count() == 0;
    fillLayoutCombo(m_layout, m_housing, QString());
    // The first time, the first layout anyone is waiting for.
    for (int i = 0; first && i < m_layout->count(); ++i) {
        bool waiting = false;
        runGuarded(this, tr("Queue"), [&] {
            waiting = !m_housing.queue(m_layout->itemData(i).toString()).isEmpty();
        });
        if (waiting) {
            m_layout->setCurrentIndex(i);
            break;
        }
    }
    reload();
}

void QueueTab::reload()
{
    runGuarded(this, tr("Queue"), [this] {
        m_rows = m_housing.queue(m_layout->currentData().toString());
        m_openOffers = m_housing.openOffers();
    });
    m_queue->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const ApplicationRow &r = m_rows[i];
        setRow(m_queue, i,
               {QString::number(r.position), r.staffName, r.departmentName,
                dateText(r.application.appliedOn), dateText(r.application.queueDate),
                QString::number(r.application.priorityPoints), r.application.priorityGrounds,
                r.skipNote});
    }
    m_queue->resizeColumnsToContents();
    m_offers->setRowCount(int(m_openOffers.size()));
    for (int i = 0; i < m_openOffers.size(); ++i) {
        const OfferRow &o = m_openOffers[i];
        setRow(m_offers, i,
               {dateText(o.offer.offeredOn), o.staffName, o.complexName, o.flatLabel,
                o.skippedName, o.offer.skipReason});
    }
    m_offers->resizeColumnsToContents();
}

void QueueTab::offer()
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        showError(this, tr("Offer flat"), tr("Choose the applicant in the queue first."));
        return;
    }
    const QString head = m_rows.isEmpty() ? QString() : m_rows.first().staffName;
    OfferDialog dialog(m_housing, m_rows[row], m_rows.first().position == 1 ? head : tr("another agency's applicant"), this);
    dialog.setSaver([&] {
        m_housing.offerFlat(m_rows[row].application.id, dialog.flatId(), dialog.skipReason());
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void QueueTab::accept()
{
    const int row = m_offers->currentRow();
    if (row < 0 || row >= m_openOffers.size()) {
        showError(this, tr("Accept offer"), tr("Choose the open offer first."));
        return;
    }
    const OfferRow o = m_openOffers[row];
    Money rent;
    if (!runGuarded(this, tr("Accept offer"), [&] {
            const Flat f = m_housing.flat(o.offer.flatId);
            rent = monthlyRent(f.area, m_housing.complex(f.complexId).rentRate);
        }))
        return;
    AcceptOfferDialog dialog(m_housing, o, rent, this);
    dialog.setSaver([&] {
        m_housing.acceptOffer(o.offer.id, dialog.start(), dialog.end(), dialog.deposit());
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void QueueTab::decline()
{
    const int row = m_offers->currentRow();
    if (row < 0 || row >= m_openOffers.size()) {
        showError(this, tr("Decline offer"), tr("Choose the open offer first."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Decline offer"),
                                                 tr("Why did %1 decline?")
                                                     .arg(m_openOffers[row].staffName),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok && runGuarded(this, tr("Decline offer"),
                         [&] { m_housing.declineOffer(m_openOffers[row].offer.id, reason); }))
        reload();
}

// --- TenanciesTab --------------------------------------------------------------------------

TenanciesTab::TenanciesTab(HousingService &housing, QWidget *parent)
    : RecordListTab(tr("Tenancies"), EditRecord, parent)
    , m_housing(housing)
{
    editAction()->setText(tr("E&xtend…"));
    m_checkOut = addTabAction(this, toolBar(), nullptr, tr("Check &out…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                              QStringLiteral("checkOutAction"));
    connect(m_checkOut, &QAction::triggered, this, &TenanciesTab::checkOutCurrent);
    addSearch(tr("Search tenant, building or flat number"))
        ->setObjectName(QStringLiteral("tenancySearch"));
    m_complex = new QComboBox(this);
    m_complex->setObjectName(QStringLiteral("tenancyComplex"));
    addFilter(tr("Co&mplex:"), m_complex);
    m_showEnded = new QCheckBox(tr("Show &ended"), this);
    m_showEnded->setObjectName(QStringLiteral("showEnded"));
    addFilter(m_showEnded);
    using Row = TenancyRow;
    RecordTableModel<Row>::Spec s;
    s.columns = {
        {tr("Tenant"), [](const Row &r) { return r.staffName; }},
        {tr("Complex"), [](const Row &r) { return r.complexName; }},
        {tr("Flat"), [](const Row &r) { return r.flatLabel; }},
        {tr("Start"), [](const Row &r) { return dateText(r.tenancy.start); }},
        {tr("Agreed end"), [](const Row &r) { return dateText(r.tenancy.end); }},
        numberColumn<Row>(tr("Monthly rent"),
                          [](const Row &r) { return r.tenancy.monthlyRent.toString(); }),
        numberColumn<Row>(tr("Deposit"), [](const Row &r) { return r.tenancy.deposit.toString(); }),
        numberColumn<Row>(tr("Credit"), [](const Row &r) { return r.tenancy.credit.toString(); }),
        {tr("Post ends"), [](const Row &r) { return dateText(r.postEnd); }},
        {tr("Status"), [](const Row &r) {
             return r.tenancy.isActive()
                 ? tenancyStatusDisplayName(r.tenancy.status)
                 : tr("Ended %1").arg(dateText(r.tenancy.endedOn));
         }},
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_housing.tenanciesPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.tenancy.id; };
    s.active = [](const Row &r) { return r.tenancy.isActive(); };
    m_model = new RecordTableModel<Row>(s, this);
    setModel(m_model, QStringLiteral("tenanciesTable"));
}

bool TenanciesTab::canEdit() const
{
    return m_housing.canEdit() || m_housing.canApproveExtensions();
}

void TenanciesTab::reloadChoices()
{
    fillComplexCombo(m_complex, m_housing, tr("All complexes"));
    m_checkOut->setVisible(m_housing.canEdit());
}

void TenanciesTab::applyFilter()
{
    m_filter.text = searchEdit()->text().trimmed();
    m_filter.complexId = comboId(m_complex);
    m_filter.activeOnly = !m_showEnded->isChecked();
    m_model->reload();
}

QString TenanciesTab::countText() const
{
    const int n = m_housing.countTenancies(m_filter);
    return n == 0 ? tr("No tenancies match the filter.") : tr("%n tenancy(-ies)", nullptr, n);
}

const TenancyRow *TenanciesTab::currentRow() const
{
    return m_model->rowAt(view()->currentIndex().row());
}

void TenanciesTab::editCurrent()
{
    const TenancyRow *row = currentRow();
    if (!row)
        return;
    const TenancyRow current = *row;
    ExtendDialog dialog(m_housing, current, this);
    dialog.setSaver(
        [&] { m_housing.extendTenancy(current.tenancy.id, dialog.newEnd(), dialog.reason()); });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TenanciesTab::checkOutCurrent()
{
    const TenancyRow *row = currentRow();
    if (!row || !row->tenancy.isActive()) {
        showError(this, tr("Check out"), tr("Choose an active tenancy first."));
        return;
    }
    const TenancyRow current = *row;
    std::unique_ptr<CheckoutDialog> dialog;
    if (!runGuarded(this, tr("Check out"),
                    [&] { dialog = std::make_unique<CheckoutDialog>(m_housing, current, this); }))
        return;
    Settlement done;
    dialog->setSaver([&] { done = m_housing.checkOut(dialog->draft()); });
    if (dialog->exec() == QDialog::Accepted) {
        QMessageBox::information(
            this, tr("Check out"),
            done.balance < Money()
                ? tr("Checked out. Pay back %1 to %2.")
                      .arg(Money(-done.balance.fen()).toDisplayString(), current.staffName)
                : tr("Checked out. %1 pays %2.")
                      .arg(current.staffName, done.balance.toDisplayString()));
        refresh();
    }
}

// --- RentRollTab ---------------------------------------------------------------------------

RentRollTab::RentRollTab(HousingService &housing, QWidget *parent)
    : RecordListTab(tr("Rent roll"), EditRecord, parent)
    , m_housing(housing)
{
    editAction()->setText(tr("Record &payment…"));
    m_generate = addTabAction(this, toolBar(), editAction(), tr("&Generate month"),
                              QKeySequence(Qt::CTRL | Qt::Key_G), QStringLiteral("generateAction"));
    connect(m_generate, &QAction::triggered, this, &RentRollTab::generate);
    m_month = new QLineEdit(toIsoMonth(housing.today()), this);
    m_month->setObjectName(QStringLiteral("rentMonth"));
    m_month->setMaximumWidth(90);
    m_month->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}-?\\d{0,2}")), m_month));
    addFilter(tr("M&onth:"), m_month);
    connect(m_month, &QLineEdit::editingFinished, this, [this] { refresh(); });
    addSearch(tr("Search tenant"))->setObjectName(QStringLiteral("rentSearch"));
    m_complex = new QComboBox(this);
    m_complex->setObjectName(QStringLiteral("rentComplex"));
    addFilter(tr("Co&mplex:"), m_complex);
    m_unpaidOnly = new QCheckBox(tr("&Unpaid only"), this);
    m_unpaidOnly->setObjectName(QStringLiteral("unpaidOnly"));
    addFilter(m_unpaidOnly);
    using Row = RentLineRow;
    RecordTableModel<Row>::Spec s;
    s.columns = {
        {tr("Tenant"), [](const Row &r) { return r.staffName; }},
        {tr("Complex"), [](const Row &r) { return r.complexName; }},
        {tr("Flat"), [](const Row &r) { return r.flatLabel; }},
        numberColumn<Row>(tr("Days"), [](const Row &r) {
            return QStringLiteral("%1/%2").arg(r.line.days).arg(r.line.monthDays);
        }),
        numberColumn<Row>(tr("Rent"), [](const Row &r) { return r.line.amount.toString(); }),
        numberColumn<Row>(tr("Paid"), [](const Row &r) { return r.line.paid.toString(); }),
        numberColumn<Row>(tr("Owing"), [](const Row &r) { return r.line.outstanding().toString(); }),
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_housing.rentRollPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.line.id; };
    s.active = [](const Row &r) { return r.line.outstanding() > Money(); };
    m_model = new RecordTableModel<Row>(s, this);
    setModel(m_model, QStringLiteral("rentRollTable"));
}

bool RentRollTab::canEdit() const
{
    return m_housing.canEdit();
}

void RentRollTab::reloadChoices()
{
    fillComplexCombo(m_complex, m_housing, tr("All complexes"));
}

void RentRollTab::applyFilter()
{
    m_filter.month = m_month->text().trimmed();
    m_filter.text = searchEdit()->text().trimmed();
    m_filter.complexId = comboId(m_complex);
    m_filter.unpaidOnly = m_unpaidOnly->isChecked();
    m_model->reload();
}

QString RentRollTab::countText() const
{
    if (!isMonth(m_filter.month))
        return tr("Enter a month as YYYY-MM.");
    const RentRollTotals t = m_housing.rentRollTotals(m_filter);
    if (t.lines == 0)
        return tr("No rent lines for %1: press Generate month.").arg(m_filter.month);
    return tr("%n line(s): rent %1, paid %2, owing %3", nullptr, t.lines)
        .arg(t.amount.toDisplayString(), t.paid.toDisplayString(),
             (t.amount - t.paid).toDisplayString());
}

void RentRollTab::generate()
{
    const QString month = m_month->text().trimmed();
    RentRollResult r;
    if (!runGuarded(this, tr("Generate month"), [&] { r = m_housing.generateRentRoll(month); }))
        return;
    QString text;
    if (r.added == 0 && r.existing > 0)
        text = tr("The rent roll of %1 was already generated (%n line(s)); nothing was added.",
                  nullptr, r.existing)
                   .arg(month);
    else if (r.added == 0)
        text = tr("No active tenancy to bill for %1.").arg(month);
    else
        text = tr("%n line(s) added for %1, rent %2.", nullptr, r.added)
                   .arg(month, r.total.toDisplayString());
    QMessageBox::information(this, tr("Generate month"), text);
    refresh();
}

void RentRollTab::editCurrent()
{
    const RentLineRow *row = m_model->rowAt(view()->currentIndex().row());
    if (!row)
        return;
    const RentLineRow line = *row;
    PaymentDialog dialog(line, m_housing.today(), this);
    PaymentResult result;
    dialog.setSaver([&] {
        result = m_housing.recordPayment(line.line.id, dialog.amount(), dialog.paidOn(),
                                         dialog.note());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (result.toOtherLines > Money() || result.toCredit > Money())
        QMessageBox::information(this, tr("Record payment"),
                                 tr("%1 to this month, %2 to earlier months, %3 carried as "
                                    "credit.")
                                     .arg(result.toLine.toDisplayString(),
                                          result.toOtherLines.toDisplayString(),
                                          result.toCredit.toDisplayString()));
    refresh();
}

// --- ArrearsTab ----------------------------------------------------------------------------

ArrearsTab::ArrearsTab(HousingService &housing, QWidget *parent)
    : RecordListTab(tr("Arrears"), {}, parent)
    , m_housing(housing)
{
    m_complex = new QComboBox(this);
    m_complex->setObjectName(QStringLiteral("arrearsComplex"));
    addFilter(tr("Co&mplex:"), m_complex);
    m_minMonths = new QSpinBox(this);
    m_minMonths->setObjectName(QStringLiteral("minMonths"));
    m_minMonths->setRange(1, 120);
    addFilter(tr("Mi&nimum months:"), m_minMonths);
    connect(m_minMonths, &QSpinBox::valueChanged, this, [this] { refresh(); });
    m_byComplex = new QLabel(this);
    m_byComplex->setObjectName(QStringLiteral("arrearsByComplex"));
    m_byComplex->setWordWrap(true);
    mainLayout()->addWidget(m_byComplex);
    using Row = ArrearsRow;
    RecordTableModel<Row>::Spec s;
    s.columns = {
        {tr("Tenant"), [](const Row &r) { return r.staffName; }},
        {tr("Complex"), [](const Row &r) { return r.complexName; }},
        {tr("Flat"), [](const Row &r) { return r.flatLabel; }},
        numberColumn<Row>(tr("Months"), [](const Row &r) { return QString::number(r.months); }),
        {tr("Since"), [](const Row &r) { return r.oldestMonth; }},
        numberColumn<Row>(tr("Owing"), [](const Row &r) { return r.outstanding.toString(); }),
    };
    s.fetch = [this](const KeysetCursor &after, int limit) {
        return m_housing.arrearsPageAfter(m_filter, after, limit);
    };
    s.id = [](const Row &r) { return r.tenancyId; };
    m_model = new RecordTableModel<Row>(s, this);
    setModel(m_model, QStringLiteral("arrearsTable"));
}

void ArrearsTab::reloadChoices()
{
    fillComplexCombo(m_complex, m_housing, tr("All complexes"));
    QStringList parts;
    runGuarded(this, title(), [&] {
        for (const ComplexArrears &c : m_housing.arrearsByComplex())
            parts << tr("%1: %2 (%n tenant(s))", nullptr, c.tenants)
                         .arg(c.complexName, c.outstanding.toDisplayString());
    });
    m_byComplex->setText(parts.isEmpty() ? tr("No arrears.")
                                         : tr("Per complex: %1").arg(parts.join(tr("; "))));
}

void ArrearsTab::applyFilter()
{
    m_filter.complexId = comboId(m_complex);
    m_filter.minMonths = m_minMonths->value();
    m_model->reload();
}

QString ArrearsTab::countText() const
{
    const int n = m_housing.countArrears(m_filter);
    return n == 0 ? tr("No tenant owes rent.") : tr("%n tenant(s) owe rent", nullptr, n);
}

// --- HousingAlertsTab ----------------------------------------------------------------------

HousingAlertsTab::HousingAlertsTab(HousingService &housing, QWidget *parent)
    : Page(parent)
    , m_housing(housing)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("housingAlerts"));
    m_tree->setHeaderLabels({tr("Alert"), tr("Tenant"), tr("Flat"), tr("Date")});
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_tree, 1);
}

void HousingAlertsTab::activate()
{
    QList<HousingAlert> alerts;
    if (!runGuarded(this, tr("Alerts"), [&] { alerts = m_housing.alerts(); }))
        return;
    m_note->setText(tr("Tenancies ending within %1 days, tenants whose post has ended, arrears of "
                       "%2 months or more (the settings).")
                        .arg(m_housing.alertDays())
                        .arg(m_housing.arrearsMonths()));
    m_tree->clear();
    auto *within30 = new QTreeWidgetItem(m_tree, {tr("Ending within 30 days")});
    auto *within60 = new QTreeWidgetItem(
        m_tree, {tr("Ending within %1 days").arg(std::max(m_housing.alertDays(), 31))});
    auto *post = new QTreeWidgetItem(m_tree, {tr("Post ended, still occupying")});
    auto *arrears = new QTreeWidgetItem(m_tree, {tr("Arrears")});
    for (const HousingAlert &a : alerts) {
        QTreeWidgetItem *group = a.kind == AlertKind::PostEnded ? post
            : a.kind == AlertKind::Arrears                     ? arrears
            : a.days <= 30                                      ? within30
                                                                : within60;
        auto *item = new QTreeWidgetItem(group, {a.text, a.staffName, a.flatLabel, dateText(a.date)});
        item->setData(0, Qt::UserRole, a.tenancyId);
    }
    for (QTreeWidgetItem *group : {within30, within60, post, arrears}) {
        group->setText(0, tr("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
        group->setExpanded(true);
    }
    m_tree->resizeColumnToContents(0);
}

} // namespace ga::housing
