#pragma once

#include "org/OrgTypes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ga {

class OrgService;

// Base of the organisation's add/edit dialogs: a form, an error line under it and OK/Cancel.
// OK stays disabled until isComplete(); pressing it runs the saver, and an error the service
// raises is shown in the dialog, which stays open so the user can correct the field.
class OrgFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrgFormDialog(QWidget *parent = nullptr);

    void setSaver(std::function<void()> saver) { m_saver = std::move(saver); }
    QPushButton *okButton() const;
    QString errorText() const;

    void accept() override;

protected:
    virtual bool isComplete() const { return true; }
    void updateOk();
    QFormLayout *form() const { return m_form; }
    void addRequiredField(QLineEdit *edit);
    static QDoubleSpinBox *createAreaSpin(QWidget *parent);

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<void()> m_saver;
};

class DepartmentDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    DepartmentDialog(OrgService &org, const Department &initial, QWidget *parent = nullptr);
    Department department() const;

protected:
    bool isComplete() const override;

private:
    Department m_initial;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_parent = nullptr;
    QDoubleSpinBox *m_approvedArea = nullptr;
    QLineEdit *m_phone = nullptr;
};

class StaffDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    StaffDialog(OrgService &org, const Staff &initial, QWidget *parent = nullptr);
    Staff staff() const;

protected:
    bool isComplete() const override;

private:
    Staff m_initial;
    QLineEdit *m_staffNo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_rank = nullptr;
    QLineEdit *m_postTitle = nullptr;
    QDateEdit *m_postStart = nullptr;
    QDateEdit *m_postEnd = nullptr;
    QCheckBox *m_transferred = nullptr;
    QLineEdit *m_phone = nullptr;
};

class BuildingDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    BuildingDialog(OrgService &org, const Building &initial, QWidget *parent = nullptr);
    Building building() const;

protected:
    bool isComplete() const override;

private:
    Building m_initial;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_campus = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_department = nullptr;
    QDoubleSpinBox *m_gross = nullptr;
    QDoubleSpinBox *m_usable = nullptr;
    QSpinBox *m_energyUsers = nullptr;
    QSpinBox *m_yearBuilt = nullptr;
};

class RankDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    RankDialog(const Rank &initial, QWidget *parent = nullptr);
    Rank rank() const;

protected:
    bool isComplete() const override;

private:
    Rank m_initial;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QDoubleSpinBox *m_limit = nullptr;
    QCheckBox *m_active = nullptr;
};

// Fills `combo` with the departments of the tree, indented by depth, each item's data its id
// and its tooltip the full path. `firstItem`, when not empty, comes first with id 0.
void fillDepartmentCombo(QComboBox *combo, const QList<DepartmentEntry> &tree,
                         const QString &firstItem = {});
// Selects the item whose id is `id` (the first item when absent).
void selectComboId(QComboBox *combo, qint64 id);
qint64 comboId(const QComboBox *combo);

} // namespace ga
