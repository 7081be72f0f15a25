#pragma once

#include "core/Money.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ga {

// A dialog of labelled fields for the ledger's records. The save handler runs when the user
// presses Save: a ga::Error it throws is shown and the dialog stays open with the input intact.
class LedgerFormDialog : public QDialog
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QVariant>>;

    explicit LedgerFormDialog(const QString &title, QWidget *parent = nullptr);

    void setSaveHandler(std::function<void()> save) { m_save = std::move(save); }
    // Read-only forms (users without the permission) show the data and a Close button only.
    void setReadOnly(bool readOnly);

    QLineEdit *addText(const QString &label, const QString &value);
    QPlainTextEdit *addLongText(const QString &label, const QString &value);
    QLineEdit *addMoney(const QString &label, Money value);
    QSpinBox *addInt(const QString &label, int value, int min, int max, const QString &suffix = {});
    // `optional`: the date may be left unknown (shown as "—", read back as an invalid QDate).
    QDateEdit *addDate(const QString &label, const QDate &value, bool optional = false);
    QDateTimeEdit *addDateTime(const QString &label, const QDateTime &value);
    QComboBox *addChoice(const QString &label, const Choices &choices, const QVariant &current);
    QCheckBox *addCheck(const QString &label, bool checked);

    // Values back; money throws ValidationError naming the field when it does not parse.
    static Money money(QLineEdit *edit, const QString &what);
    static QDate date(QDateEdit *edit);
    static QVariant choice(QComboBox *combo);

    void accept() override;

private:
    QFormLayout *m_form = nullptr;
    std::function<void()> m_save;
    QPushButton *m_saveButton = nullptr;
    bool m_readOnly = false;
};

} // namespace ga
