#include "widgets/energy/EnergyDialogs.h"

#include "ui_CoefficientDialog.h"
#include "ui_ConfirmReadingDialog.h"
#include "ui_MeterDialog.h"
#include "ui_QuotaDialog.h"

namespace ga::energy {

namespace {
double units(qint64 milli)
{
    return double(milli) / 1000.0;
}
qint64 milli(double units)
{
    return qRound64(units * 1000.0);
}
} // namespace

// --- MeterDialog ---------------------------------------------------------------------------------

MeterDialog::MeterDialog(EnergyService &energy, const Meter &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::MeterDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit meter") : tr("New meter"));
    for (const BuildingInfo &b : energy.buildings())
        m_ui->building->addItem(b.code + QStringLiteral("  ") + b.name, b.id);
    selectComboId(m_ui->building, initial.buildingId);
    m_ui->meterNo->setText(initial.meterNo);
    for (EnergyType t : allEnergyTypes())
        m_ui->type->addItem(energyTypeDisplayName(t), int(t));
    m_ui->type->setCurrentIndex(m_ui->type->findData(int(initial.type)));
    m_ui->unit->setText(initial.unit);
    for (ReadingKind k : {ReadingKind::Cumulative, ReadingKind::Period})
        m_ui->kind->addItem(readingKindDisplayName(k), int(k));
    m_ui->kind->setCurrentIndex(m_ui->kind->findData(int(initial.kind)));
    m_ui->sinceMonth->setText(initial.sinceMonth);
    m_ui->initialIndex->setValue(units(initial.initialMilli));
    m_ui->rollover->setValue(units(initial.rolloverMilli));
    m_ui->unitPrice->setValue(double(initial.unitPrice) / 10000.0);
    m_ui->note->setText(initial.note);
    addRequiredField(m_ui->meterNo);
    connect(m_ui->type, &QComboBox::currentIndexChanged, this, &MeterDialog::updateFields);
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &MeterDialog::updateFields);
    connect(m_ui->building, &QComboBox::currentIndexChanged, this, [this] { updateOk(); });
    updateFields();
}

MeterDialog::~MeterDialog() = default;

void MeterDialog::updateFields()
{
    const auto type = EnergyType(m_ui->type->currentData().toInt());
    const bool other = type == EnergyType::Other;
    m_ui->unit->setEnabled(other);
    if (!other)
        m_ui->unit->setText(defaultUnit(type));
    const bool cumulative = ReadingKind(m_ui->kind->currentData().toInt()) == ReadingKind::Cumulative;
    m_ui->initialIndex->setEnabled(cumulative);
    m_ui->rollover->setEnabled(cumulative);
    updateOk();
}

bool MeterDialog::isComplete() const
{
    return m_ui->building->currentIndex() >= 0 && !m_ui->meterNo->text().trimmed().isEmpty();
}

Meter MeterDialog::meter() const
{
    Meter m = m_initial;
    m.buildingId = comboId(m_ui->building);
    m.meterNo = m_ui->meterNo->text().trimmed();
    m.type = EnergyType(m_ui->type->currentData().toInt());
    m.unit = m_ui->unit->text().trimmed();
    m.kind = ReadingKind(m_ui->kind->currentData().toInt());
    m.sinceMonth = m_ui->sinceMonth->text().trimmed();
    m.initialMilli = milli(m_ui->initialIndex->value());
    m.rolloverMilli = milli(m_ui->rollover->value());
    m.unitPrice = qRound64(m_ui->unitPrice->value() * 10000.0);
    m.note = m_ui->note->text().trimmed();
    return m;
}

// --- ConfirmReadingDialog ---------------------------------------------------------------------------

ConfirmReadingDialog::ConfirmReadingDialog(const Meter &meter, const ReadingInput &input,
                                           const Assessment &assessment, QWidget *parent)
    : OrgFormDialog(parent)
    , m_input(input)
    , m_ui(std::make_unique<Ui::ConfirmReadingDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    m_ui->reasons->setText(tr("The reading %1 %2 of meter %3 for %4 is flagged: %5.")
                               .arg(formatQuantity(input.valueMilli), meter.unit, meter.meterNo,
                                    input.month, assessment.describe()));
    m_ui->event->addItem(tr("The reading is right as entered"), int(ReadingEvent::None));
    if (meter.kind == ReadingKind::Cumulative) {
        if (meter.rolloverMilli > 0)
            m_ui->event->addItem(tr("The register rolled over"), int(ReadingEvent::Rollover));
        m_ui->event->addItem(tr("The meter was replaced"), int(ReadingEvent::Replacement));
    }
    m_ui->event->setCurrentIndex(m_ui->event->findData(int(input.event)));
    m_ui->oldFinal->setValue(units(input.oldFinalMilli));
    m_ui->newStart->setValue(units(input.newStartMilli));
    m_ui->note->setText(input.note);
    addRequiredField(m_ui->note);
    connect(m_ui->event, &QComboBox::currentIndexChanged, this, &ConfirmReadingDialog::updateFields);
    updateFields();
    m_ui->note->setFocus();
}

ConfirmReadingDialog::~ConfirmReadingDialog() = default;

void ConfirmReadingDialog::updateFields()
{
    const bool replaced = ReadingEvent(m_ui->event->currentData().toInt()) == ReadingEvent::Replacement;
    m_ui->formLayout->setRowVisible(m_ui->oldFinal, replaced);
    m_ui->formLayout->setRowVisible(m_ui->newStart, replaced);
    updateOk();
}

bool ConfirmReadingDialog::isComplete() const
{
    return !m_ui->note->text().trimmed().isEmpty();
}

ReadingInput ConfirmReadingDialog::reading() const
{
    ReadingInput r = m_input;
    r.event = ReadingEvent(m_ui->event->currentData().toInt());
    r.oldFinalMilli = milli(m_ui->oldFinal->value());
    r.newStartMilli = milli(m_ui->newStart->value());
    r.note = m_ui->note->text().trimmed();
    return r;
}

// --- CoefficientDialog ------------------------------------------------------------------------------

CoefficientDialog::CoefficientDialog(const Coefficient &initial, QWidget *parent)
    : OrgFormDialog(parent)
    , m_initial(initial)
    , m_ui(std::make_unique<Ui::CoefficientDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(initial.id > 0 ? tr("Edit coefficient") : tr("New coefficient version"));
    for (EnergyType t : allEnergyTypes())
        if (isEnergy(t))
            m_ui->type->addItem(energyTypeDisplayName(t), int(t));
    m_ui->type->setCurrentIndex(m_ui->type->findData(int(initial.type)));
    m_ui->type->setEnabled(initial.id == 0);
    m_ui->validFrom->setDate(initial.validFrom.isValid() ? initial.validFrom : QDate::currentDate());
    m_ui->kgce->setValue(initial.kgcePerUnit);
    m_ui->unit->setText(initial.unit);
    m_ui->density->setValue(initial.density.value_or(0));
    m_ui->note->setText(initial.note);
}

CoefficientDialog::~CoefficientDialog() = default;

Coefficient CoefficientDialog::coefficient() const
{
    Coefficient c = m_initial;
    c.type = EnergyType(m_ui->type->currentData().toInt());
    c.validFrom = m_ui->validFrom->date();
    c.kgcePerUnit = m_ui->kgce->value();
    c.unit = m_ui->unit->text().trimmed();
    if (m_ui->density->value() > 0)
        c.density = m_ui->density->value();
    else
        c.density.reset();
    c.note = m_ui->note->text().trimmed();
    return c;
}

// --- QuotaDialog ---------------------------------------------------------------------------------------

QuotaDialog::QuotaDialog(const QString &building, int year, qint64 kgce, const QString &note,
                         QWidget *parent)
    : OrgFormDialog(parent)
    , m_ui(std::make_unique<Ui::QuotaDialog>())
{
    m_ui->setupUi(this);
    attachForm(m_ui->errorLabel, m_ui->buttonBox);
    setWindowTitle(tr("Energy quota of %1").arg(building));
    m_ui->year->setValue(year);
    m_ui->kgce->setValue(int(qMin<qint64>(kgce, m_ui->kgce->maximum())));
    m_ui->note->setText(note);
}

QuotaDialog::~QuotaDialog() = default;

int QuotaDialog::year() const
{
    return m_ui->year->value();
}

qint64 QuotaDialog::kgce() const
{
    return m_ui->kgce->value();
}

QString QuotaDialog::note() const
{
    return m_ui->note->text().trimmed();
}

} // namespace ga::energy
