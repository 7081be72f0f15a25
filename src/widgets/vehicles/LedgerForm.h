#pragma once

#include "core/Money.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace ga {

// A dialog of labelled fields for the ledger's records. Each record's layout is a Designer form
// in ui/vehicles/ (the fields and a Save/Cancel button box named buttonBox); setUpForm() puts it
// in the dialog and the caller fills the fields. The save handler runs when the user presses
// Save: a ga::Error it throws is shown and the dialog stays open with the input intact.
class LedgerFormDialog : public QDialog
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QVariant>>;

    explicit LedgerFormDialog(QWidget *parent = nullptr);

    template<typename Form> void setUpForm(Form &form, const QString &title)
    {
        form.setupUi(this);
        attachForm(form.buttonBox, title);
    }

    void setSaveHandler(std::function<void()> save) { m_save = std::move(save); }
    // Read-only forms (users without the permission) show the data and a Close button only.
    void setReadOnly(bool readOnly);

    // Values in. A date edit whose form gives it a special value text is optional: an invalid
    // date shows as that text (and reads back invalid); a required one shows today instead.
    static void setChoices(QComboBox *combo, const Choices &choices, const QVariant &current);
    static void setDate(QDateEdit *edit, const QDate &value);
    static void setMoney(QLineEdit *edit, Money value);

    // Values back; money throws ValidationError naming the field when it does not parse.
    static Money money(QLineEdit *edit, const QString &what);
    static QDate date(QDateEdit *edit);
    static QVariant choice(QComboBox *combo);

    void accept() override;

private:
    void attachForm(QDialogButtonBox *buttons, const QString &title);

    std::function<void()> m_save;
    QPushButton *m_saveButton = nullptr;
    bool m_readOnly = false;
};

} // namespace ga
