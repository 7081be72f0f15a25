#include "widgets/housing/HousingDialogs.h"

#include "core/Error.h"
#include "core/Period.h"
#include "housing/HousingRent.h"
#include "housing/HousingService.h"
#include "org/OrgService.h"

#include "ui_AcceptOfferDialog.h"
#include "ui_ApplicationDialog.h"
#include "ui_CheckoutDialog.h"
#include "ui_ComplexDialog.h"
#include "ui_ExtendDialog.h"
#include "ui_FlatDialog.h"
#include "ui_OfferDialog.h"
#include "ui_PaymentDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include <cmath>

namespace ga::housing {

namespace {

qint64 hundredths(double v)
{
    return qint64(std::llround(v * 100.0));
}

QString areaText(qint64 area)
{
    return QString::number(area / 100.0, 'f', 2);
}

QStringList commonLayouts(HousingService &housing)
{
    QStringList layouts = housing.layouts();
    for (const char *l : {"1室1厅", "2室1厅", "3室1厅"})
        if (!layouts.contains(QString::fromUtf8(l)))
            layouts << QString::fromUtf8(l);
    layouts.sort();
    return layouts;
}

} // namespace

Money moneyOf(const QDoubleSpinBox *spin)
{
    return Money(hundredths(spin->value()));
}

void setMoney(QDoubleSpinBox *spin, Money m)
{
    spin->setValue(double(m.fen()) / 100.0);
}

void fillComplexCombo(QComboBox *combo, HousingService &housing, const QString &firstItem)
{
    const qint64 keep = combo->currentIndex() >= 0 ? combo->currentData().toLongLong() : 0;
    const QSignalBlocker block(combo);
    combo->clear();
    if (!firstItem.isEmpty())
        combo->addItem(firstItem, qint64(0));
    for (const Complex &c : housing.activeComplexes())
        combo->addItem(QStringLiteral("%1 %2").arg(c.code, c.name), c.id);
    selectComboId(combo, keep);
}

// --- ComplexDialog -------------------------------------------------------------------------

ComplexDialog::ComplexDialog(OrgService &org, const Complex &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::ComplexDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit housing complex") : tr("New housing complex"));
    m_ui->rentRate->setSuffix(tr(" per m² a month"));
    fillDepartmentCombo(m_ui->department, org.departmentTree(false));
    m_ui->code->setText(initial.code);
    m_ui->name->setText(initial.name);
    m_ui->address->setText(initial.address);
    selectComboId(m_ui->department, initial.departmentId);
    setMoney(m_ui->rentRate, Money(initial.rentRate));
    addRequiredField(m_ui->code);
    addRequiredField(m_ui->name);
    updateOk();
}

ComplexDialog::~ComplexDialog() = default;

bool ComplexDialog::isComplete() const
{
    return !m_ui->code->text().trimmed().isEmpty() && !m_ui->name->text().trimmed().isEmpty();
}

Complex ComplexDialog::complex() const
{
    Complex c = m_initial;
    c.code = m_ui->code->text();
    c.name = m_ui->name->text();
    c.address = m_ui->address->text();
    c.departmentId = comboId(m_ui->department);
    c.rentRate = moneyOf(m_ui->rentRate).fen();
    return c;
}

// --- FlatDialog ----------------------------------------------------------------------------

FlatDialog::FlatDialog(HousingService &housing, const Flat &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::FlatDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit flat") : tr("New flat"));
    fillComplexCombo(m_ui->complex, housing);
    selectComboId(m_ui->complex, initial.complexId);
    m_ui->building->setText(initial.building);
    m_ui->unit->setText(initial.unit);
    m_ui->floor->setValue(initial.floor);
    m_ui->number->setText(initial.number);
    m_ui->area->setValue(double(initial.area) / 100.0);
    m_ui->layout->addItems(commonLayouts(housing));
    m_ui->layout->setCurrentText(initial.layout);
    m_ui->waterMeter->setText(initial.waterMeter);
    m_ui->powerMeter->setText(initial.powerMeter);
    m_ui->gasMeter->setText(initial.gasMeter);
    m_ui->inventory->setColumnCount(3);
    m_ui->inventory->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Value (¥)")});
    m_ui->inventory->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const InventoryItem &item : initial.items)
        addItemRow(item);
    connect(m_ui->addItem, &QPushButton::clicked, this, [this] {
        InventoryItem item;
        addItemRow(item);
        m_ui->inventory->setCurrentCell(m_ui->inventory->rowCount() - 1, 0);
        m_ui->inventory->editItem(m_ui->inventory->currentItem());
    });
    connect(m_ui->removeItem, &QPushButton::clicked, this, [this] {
        const int row = m_ui->inventory->currentRow();
        if (row >= 0)
            m_ui->inventory->removeRow(row);
    });
    addRequiredField(m_ui->building);
    addRequiredField(m_ui->number);
    updateOk();
}

FlatDialog::~FlatDialog() = default;

void FlatDialog::addItemRow(const InventoryItem &item)
{
    const int row = m_ui->inventory->rowCount();
    m_ui->inventory->insertRow(row);
    auto *name = new QTableWidgetItem(item.name);
    name->setData(Qt::UserRole, item.id);
    m_ui->inventory->setItem(row, 0, name);
    m_ui->inventory->setItem(row, 1, new QTableWidgetItem(QString::number(item.quantity)));
    m_ui->inventory->setItem(row, 2, new QTableWidgetItem(Money(item.value).toPlainString()));
}

bool FlatDialog::isComplete() const
{
    return !m_ui->building->text().trimmed().isEmpty()
        && !m_ui->number->text().trimmed().isEmpty();
}

Flat FlatDialog::flat() const
{
    Flat f = m_initial;
    f.complexId = comboId(m_ui->complex);
    f.building = m_ui->building->text();
    f.unit = m_ui->unit->text();
    f.floor = m_ui->floor->value();
    f.number = m_ui->number->text();
    f.area = hundredths(m_ui->area->value());
    f.layout = m_ui->layout->currentText();
    f.waterMeter = m_ui->waterMeter->text();
    f.powerMeter = m_ui->powerMeter->text();
    f.gasMeter = m_ui->gasMeter->text();
    f.items.clear();
    for (int row = 0; row < m_ui->inventory->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *cell = m_ui->inventory->item(row, column);
            return cell ? cell->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty() && text(2).isEmpty())
            continue;
        InventoryItem item;
        item.id = m_ui->inventory->item(row, 0)->data(Qt::UserRole).toLongLong();
        item.name = text(0);
        bool ok = false;
        item.quantity = text(1).toInt(&ok);
        if (!ok)
            throw ValidationError(tr("The quantity of \"%1\" is not a whole number.").arg(item.name));
        const auto value = text(2).isEmpty() ? std::optional<Money>(Money()) : Money::parse(text(2));
        if (!value)
            throw ValidationError(tr("The value of \"%1\" is not an amount.").arg(item.name));
        item.value = value->fen();
        f.items << item;
    }
    return f;
}

// --- ApplicationDialog ---------------------------------------------------------------------

ApplicationDialog::ApplicationDialog(HousingService &housing, OrgService &org, QWidget *parent)
    : OrgFormDialog(parent)
    , m_housing(housing)
    , m_org(org)
    , m_ui(std::make_unique<Ui::ApplicationDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("New housing application"));
    m_ui->appliedOn->setDate(housing.today());
    m_ui->householdSize->setValue(2);
    m_ui->layout->addItems(commonLayouts(housing));
    m_ui->layout->setCurrentText(QStringLiteral("2室1厅"));
    m_ui->noLocalHousing->setChecked(true);
    connect(m_ui->staffNo, &QLineEdit::textChanged, this, &ApplicationDialog::updateEligibility);
    connect(m_ui->noLocalHousing, &QCheckBox::toggled, this,
            &ApplicationDialog::updateEligibility);
    updateEligibility();
}

ApplicationDialog::~ApplicationDialog() = default;

void ApplicationDialog::updateEligibility()
{
    m_staffId = 0;
    const QString no = m_ui->staffNo->text().trimmed();
    QString text;
    if (no.isEmpty()) {
        text = tr("Enter the applicant's staff number.");
    } else if (const auto staff = m_org.findStaffByNumber(no); !staff) {
        text = tr("No staff member has the number %1.").arg(no);
    } else {
        m_staffId = staff->id;
        const QStringList problems
            = m_housing.eligibilityProblems(staff->id, m_ui->noLocalHousing->isChecked());
        text = problems.isEmpty()
            ? tr("%1 (%2): eligible.").arg(staff->name, m_org.departmentPath(staff->departmentId))
            : tr("%1 is not eligible:\n%2").arg(staff->name, problems.join(QLatin1Char('\n')));
    }
    m_ui->eligibility->setText(text);
    updateOk();
}

bool ApplicationDialog::isComplete() const
{
    return m_staffId > 0;
}

Application ApplicationDialog::application() const
{
    Application a;
    a.staffId = m_staffId;
    a.appliedOn = m_ui->appliedOn->date();
    a.householdSize = m_ui->householdSize->value();
    a.layout = m_ui->layout->currentText();
    a.priorityPoints = m_ui->priorityPoints->value();
    a.priorityGrounds = m_ui->priorityGrounds->text();
    a.noLocalHousing = m_ui->noLocalHousing->isChecked();
    return a;
}

// --- OfferDialog ---------------------------------------------------------------------------

OfferDialog::OfferDialog(HousingService &housing, const ApplicationRow &applicant,
                         const QString &headName, QWidget *parent)
    : OrgFormDialog(parent)
    , m_needsReason(applicant.position != 1)
    , m_ui(std::make_unique<Ui::OfferDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Offer a flat"));
    QString text = tr("%1, place %2 in the queue for %3.")
                       .arg(applicant.staffName)
                       .arg(applicant.position)
                       .arg(applicant.application.layout);
    if (m_needsReason)
        text += QLatin1Char('\n')
            + tr("%1 heads the queue: record why this applicant is offered the flat first.")
                  .arg(headName);
    m_ui->applicant->setText(text);
    m_ui->skipReason->setEnabled(m_needsReason);
    FlatFilter filter;
    filter.status = FlatStatus::Vacant;
    filter.layout = applicant.application.layout;
    for (const FlatRow &row : housing.flatsPageAfter(filter, {}, 500))
        m_ui->flat->addItem(tr("%1 %2, %3 m²")
                                .arg(row.complexName, row.flat.label(), areaText(row.flat.area)),
                            row.flat.id);
    connect(m_ui->skipReason, &QPlainTextEdit::textChanged, this, [this] { updateOk(); });
    updateOk();
}

OfferDialog::~OfferDialog() = default;

bool OfferDialog::isComplete() const
{
    return m_ui->flat->count() > 0
        && (!m_needsReason || !m_ui->skipReason->toPlainText().trimmed().isEmpty());
}

qint64 OfferDialog::flatId() const
{
    return comboId(m_ui->flat);
}

QString OfferDialog::skipReason() const
{
    return m_needsReason ? m_ui->skipReason->toPlainText().trimmed() : QString();
}

// --- AcceptOfferDialog ---------------------------------------------------------------------

AcceptOfferDialog::AcceptOfferDialog(HousingService &housing, const OfferRow &offer,
                                     Money monthlyRent, QWidget *parent)
    : OrgFormDialog(parent)
    , m_ui(std::make_unique<Ui::AcceptOfferDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Sign the tenancy"));
    m_ui->summary->setText(
        tr("%1 accepts %2 %3.").arg(offer.staffName, offer.complexName, offer.flatLabel));
    const QDate start = housing.today();
    m_ui->start->setDate(start);
    m_ui->end->setDate(housing.defaultEnd(start));
    m_ui->rent->setText(tr("Monthly rent %1, frozen at signing. The term may run to %2 at most.")
                            .arg(monthlyRent.toDisplayString(), toIsoDate(housing.maxEnd(start))));
    connect(m_ui->start, &QDateEdit::dateChanged, this, [this, &housing, monthlyRent](QDate d) {
        m_ui->end->setDate(housing.defaultEnd(d));
        m_ui->rent->setText(
            tr("Monthly rent %1, frozen at signing. The term may run to %2 at most.")
                .arg(monthlyRent.toDisplayString(), toIsoDate(housing.maxEnd(d))));
    });
}

AcceptOfferDialog::~AcceptOfferDialog() = default;

QDate AcceptOfferDialog::start() const
{
    return m_ui->start->date();
}

QDate AcceptOfferDialog::end() const
{
    return m_ui->end->date();
}

Money AcceptOfferDialog::deposit() const
{
    return moneyOf(m_ui->deposit);
}

// --- ExtendDialog --------------------------------------------------------------------------

ExtendDialog::ExtendDialog(HousingService &housing, const TenancyRow &row, QWidget *parent)
    : OrgFormDialog(parent)
    , m_ui(std::make_unique<Ui::ExtendDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Extend tenancy"));
    m_ui->summary->setText(tr("%1, %2 %3: agreed end %4. Beyond %5 (the maximum term) only a "
                              "manager may extend, with the reason recorded.")
                               .arg(row.staffName, row.complexName, row.flatLabel,
                                    toIsoDate(row.tenancy.end),
                                    toIsoDate(housing.maxEnd(row.tenancy.start))));
    m_ui->newEnd->setDate(row.tenancy.end.addYears(1));
}

ExtendDialog::~ExtendDialog() = default;

QDate ExtendDialog::newEnd() const
{
    return m_ui->newEnd->date();
}

QString ExtendDialog::reason() const
{
    return m_ui->reason->toPlainText().trimmed();
}

// --- PaymentDialog -------------------------------------------------------------------------

PaymentDialog::PaymentDialog(const RentLineRow &line, const QDate &today, QWidget *parent)
    : OrgFormDialog(parent)
    , m_ui(std::make_unique<Ui::PaymentDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Record a rent payment"));
    m_ui->summary->setText(tr("%1, %2 %3, rent of %4: %5, paid %6, owing %7. More than is owed "
                              "pays the earlier months and is then carried as credit.")
                               .arg(line.staffName, line.complexName, line.flatLabel,
                                    line.line.month, line.line.amount.toDisplayString(),
                                    line.line.paid.toDisplayString(),
                                    line.line.outstanding().toDisplayString()));
    setMoney(m_ui->amount, line.line.outstanding());
    m_ui->paidOn->setDate(today);
    connect(m_ui->amount, &QDoubleSpinBox::valueChanged, this, [this] { updateOk(); });
    updateOk();
}

PaymentDialog::~PaymentDialog() = default;

bool PaymentDialog::isComplete() const
{
    return moneyOf(m_ui->amount) > Money();
}

Money PaymentDialog::amount() const
{
    return moneyOf(m_ui->amount);
}

QDate PaymentDialog::paidOn() const
{
    return m_ui->paidOn->date();
}

QString PaymentDialog::note() const
{
    return m_ui->note->text();
}

// --- CheckoutDialog ------------------------------------------------------------------------

CheckoutDialog::CheckoutDialog(HousingService &housing, const TenancyRow &row, QWidget *parent)
    : OrgFormDialog(parent)
    , m_housing(housing)
    , m_tenancy(row)
    , m_ui(std::make_unique<Ui::CheckoutDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Check out"));
    m_ui->summary->setText(tr("%1, %2 %3, since %4; deposit %5.")
                               .arg(row.staffName, row.complexName, row.flatLabel,
                                    toIsoDate(row.tenancy.start),
                                    row.tenancy.deposit.toDisplayString()));
    m_ui->date->setDate(housing.today());
    m_ui->flatAfter->addItem(flatStatusDisplayName(FlatStatus::Vacant),
                             int(FlatStatus::Vacant));
    m_ui->flatAfter->addItem(flatStatusDisplayName(FlatStatus::Maintenance),
                             int(FlatStatus::Maintenance));
    m_lines = housing.inspectionTemplate(row.tenancy.id);
    QTableWidget *table = m_ui->inspection;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Item"), tr("Condition"), tr("Damage cost")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setRowCount(int(m_lines.size()));
    for (int i = 0; i < m_lines.size(); ++i) {
        auto *name = new QTableWidgetItem(m_lines[i].name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        table->setItem(i, 0, name);
        auto *condition = new QComboBox(table);
        for (ItemCondition c : {ItemCondition::Ok, ItemCondition::Damaged, ItemCondition::Missing})
            condition->addItem(itemConditionDisplayName(c), int(c));
        table->setCellWidget(i, 1, condition);
        auto *cost = new QDoubleSpinBox(table);
        cost->setPrefix(QStringLiteral("¥"));
        cost->setMaximum(1000000);
        cost->setEnabled(false);
        table->setCellWidget(i, 2, cost);
        connect(condition, &QComboBox::currentIndexChanged, this, [this, condition, cost] {
            const bool damaged = condition->currentData().toInt() != int(ItemCondition::Ok);
            cost->setEnabled(damaged);
            if (!damaged)
                cost->setValue(0);
            updatePreview();
        });
        connect(cost, &QDoubleSpinBox::valueChanged, this, [this] { updatePreview(); });
    }
    connect(m_ui->date, &QDateEdit::dateChanged, this, [this] { updatePreview(); });
    connect(m_ui->utilities, &QDoubleSpinBox::valueChanged, this, [this] { updatePreview(); });
    updatePreview();
}

CheckoutDialog::~CheckoutDialog() = default;

CheckoutDraft CheckoutDialog::draft() const
{
    CheckoutDraft d;
    d.tenancyId = m_tenancy.tenancy.id;
    d.date = m_ui->date->date();
    d.utilities = moneyOf(m_ui->utilities);
    d.flatAfter = FlatStatus(m_ui->flatAfter->currentData().toInt());
    d.notes = m_ui->notes->text();
    for (int i = 0; i < m_lines.size(); ++i) {
        InspectionLine line = m_lines[i];
        const auto *condition = qobject_cast<QComboBox *>(m_ui->inspection->cellWidget(i, 1));
        const auto *cost = qobject_cast<QDoubleSpinBox *>(m_ui->inspection->cellWidget(i, 2));
        line.condition = ItemCondition(condition->currentData().toInt());
        line.cost = moneyOf(cost);
        d.inspection << line;
    }
    return d;
}

void CheckoutDialog::updatePreview()
{
    try {
        const Settlement s = m_housing.previewCheckOut(draft());
        QString text = tr("Rent to the day %1 + utilities %2 + damages %3 − deposit %4 − credit "
                          "%5 = %6")
                           .arg(s.rentDue.toDisplayString(), s.utilities.toDisplayString(),
                                s.damages.toDisplayString(), s.deposit.toDisplayString(),
                                s.credit.toDisplayString(), s.balance.toDisplayString());
        text += QLatin1Char('\n')
            + (s.balance < Money() ? tr("To be paid back to the tenant: %1")
                                         .arg(Money(-s.balance.fen()).toDisplayString())
                                   : tr("To be paid by the tenant: %1")
                                         .arg(s.balance.toDisplayString()));
        m_ui->settlement->setText(text);
        m_ui->errorLabel->setVisible(false);
        okButton()->setEnabled(true);
    } catch (const Error &e) {
        m_ui->settlement->setText(e.message());
        okButton()->setEnabled(false);
    }
}

} // namespace ga::housing
