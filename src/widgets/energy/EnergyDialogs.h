#pragma once

#include "energy/EnergyService.h"
#include "widgets/org/OrgDialogs.h"

#include <memory>

namespace ga::energy {

namespace Ui {
class MeterDialog;
class ConfirmReadingDialog;
class CoefficientDialog;
class QuotaDialog;
} // namespace Ui

// A meter's record: its building, number, type (the unit follows), kind of reading, first
// month, indexes and tariff.
class MeterDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    MeterDialog(EnergyService &energy, const Meter &initial, QWidget *parent = nullptr);
    ~MeterDialog() override;
    Meter meter() const;

protected:
    bool isComplete() const override;

private:
    void updateFields();

    Meter m_initial;
    std::unique_ptr<Ui::MeterDialog> m_ui;
};

// Asked when the anomaly rule flags a reading: the reasons, what happened (the value is right,
// the register rolled over, the meter was replaced) and the note that confirms it. Its saver
// stores the reading with the note; a refusal stays in the dialog.
class ConfirmReadingDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    ConfirmReadingDialog(const Meter &meter, const ReadingInput &input,
                         const Assessment &assessment, QWidget *parent = nullptr);
    ~ConfirmReadingDialog() override;
    // The input with the event, the replacement's indexes and the note filled in.
    ReadingInput reading() const;

protected:
    bool isComplete() const override;

private:
    void updateFields();

    ReadingInput m_input;
    std::unique_ptr<Ui::ConfirmReadingDialog> m_ui;
};

// One version of a standard-coal coefficient.
class CoefficientDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    CoefficientDialog(const Coefficient &initial, QWidget *parent = nullptr);
    ~CoefficientDialog() override;
    Coefficient coefficient() const;

private:
    Coefficient m_initial;
    std::unique_ptr<Ui::CoefficientDialog> m_ui;
};

// A building's yearly quota.
class QuotaDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    QuotaDialog(const QString &building, int year, qint64 kgce, const QString &note,
                QWidget *parent = nullptr);
    ~QuotaDialog() override;
    int year() const;
    qint64 kgce() const;
    QString note() const;

private:
    std::unique_ptr<Ui::QuotaDialog> m_ui;
};

} // namespace ga::energy
