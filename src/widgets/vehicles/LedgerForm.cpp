#include "widgets/vehicles/LedgerForm.h"

#include "core/Error.h"
#include "widgets/common/ErrorMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ga {

namespace {
// The minimum of an optional date edit, shown as its special value text.
const QDate kNoDate(1900, 1, 1);
} // namespace

LedgerFormDialog::LedgerFormDialog(QWidget *parent)
    : QDialog(parent)
{
}

void LedgerFormDialog::attachForm(QDialogButtonBox *buttons, const QString &title)
{
    setWindowTitle(title);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A long text shows four lines of the dialog's font.
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
}

void LedgerFormDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_saveButton->setVisible(!readOnly);
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(readOnly);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            t->setReadOnly(readOnly);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                 || qobject_cast<QCheckBox *>(w))
            w->setEnabled(!readOnly);
    }
}

void LedgerFormDialog::setChoices(QComboBox *combo, const Choices &choices, const QVariant &current)
{
    combo->clear();
    for (const auto &c : choices)
        combo->addItem(c.first, c.second);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void LedgerFormDialog::setDate(QDateEdit *edit, const QDate &value)
{
    const bool optional = !edit->specialValueText().isEmpty();
    if (optional)
        edit->setMinimumDate(kNoDate);
    edit->setDate(value.isValid() ? value : (optional ? kNoDate : QDate::currentDate()));
}

void LedgerFormDialog::setMoney(QLineEdit *edit, Money value)
{
    edit->setText(value.toPlainString());
}

Money LedgerFormDialog::money(QLineEdit *edit, const QString &what)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return Money();
    const auto m = Money::parse(text);
    if (!m)
        throw ValidationError(tr("\"%1\" is not an amount of money (%2).").arg(text, what));
    return *m;
}

QDate LedgerFormDialog::date(QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

QVariant LedgerFormDialog::choice(QComboBox *combo)
{
    return combo->currentData();
}

void LedgerFormDialog::accept()
{
    if (m_readOnly || !m_save) {
        QDialog::accept();
        return;
    }
    if (runGuarded(this, windowTitle(), m_save))
        QDialog::accept();
}

} // namespace ga
