#pragma once

#include "org/OrgTypes.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ga {

namespace Ui {
class BuildingDialog;
class DepartmentDialog;
class RankDialog;
class StaffDialog;
} // namespace Ui

class OrgService;

// Base of the organisation's add/edit dialogs: a form, an error line under it and OK/Cancel.
// OK stays disabled until isComplete(); pressing it runs the saver, and an error the service
// raises is shown in the dialog, which stays open so the user can correct the field.
// Each dialog's layout is a form in ui/org/ (fields, the error line `errorLabel` and the
// button box); the dialog sets it up and hands the two to attachForm().
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
    // Wires the form's error line and OK/Cancel; call once, after setupUi().
    void attachForm(QLabel *error, QDialogButtonBox *buttons);
    void addRequiredField(QLineEdit *edit);

private:
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<void()> m_saver;
};

class DepartmentDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    DepartmentDialog(OrgService &org, const Department &initial, QWidget *parent = nullptr);
    ~DepartmentDialog() override;
    Department department() const;

protected:
    bool isComplete() const override;

private:
    Department m_initial;
    std::unique_ptr<Ui::DepartmentDialog> m_ui;
};

class StaffDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    StaffDialog(OrgService &org, const Staff &initial, QWidget *parent = nullptr);
    ~StaffDialog() override;
    Staff staff() const;

protected:
    bool isComplete() const override;

private:
    Staff m_initial;
    std::unique_ptr<Ui::StaffDialog> m_ui;
};

class BuildingDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    BuildingDialog(OrgService &org, const Building &initial, QWidget *parent = nullptr);
    ~BuildingDialog() override;
    Building building() const;

protected:
    bool isComplete() const override;

private:
    Building m_initial;
    std::unique_ptr<Ui::BuildingDialog> m_ui;
};

class RankDialog : public OrgFormDialog
{
    Q_OBJECT
public:
    RankDialog(const Rank &initial, QWidget *parent = nullptr);
    ~RankDialog() override;
    Rank rank() const;

protected:
    bool isComplete() const override;

private:
    Rank m_initial;
    std::unique_ptr<Ui::RankDialog> m_ui;
};

// Fills `combo` with the departments of the tree, indented by depth, each item's data its id
// and its tooltip the full path. `firstItem`, when not empty, comes first with id 0.
void fillDepartmentCombo(QComboBox *combo, const QList<DepartmentEntry> &tree,
                         const QString &firstItem = {});
// Selects the item whose id is `id` (the first item when absent).
void selectComboId(QComboBox *combo, qint64 id);
qint64 comboId(const QComboBox *combo);

} // namespace ga
