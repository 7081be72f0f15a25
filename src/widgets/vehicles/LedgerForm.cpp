#include "widgets/vehicles/LedgerForm.h"

#include "core/Error.h"
#include "widgets/common/ErrorMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ga {

namespace {
const QDate kNoDate(1900, 1, 1);
} // namespace

LedgerFormDialog::LedgerFormDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
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

QLineEdit *LedgerFormDialog::addText(const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    m_form->addRow(label, edit);
    return edit;
}

QPlainTextEdit *LedgerFormDialog::addLongText(const QString &label, const QString &value)
{
    auto *edit = new QPlainTextEdit(value, this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    m_form->addRow(label, edit);
    return edit;
}

QLineEdit *LedgerFormDialog::addMoney(const QString &label, Money value)
{
    auto *edit = new QLineEdit(value.toPlainString(), this);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(QStringLiteral("0.00"));
    m_form->addRow(label, edit);
    return edit;
}

QSpinBox *LedgerFormDialog::addInt(const QString &label, int value, int min, int max,
                                   const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(min, max);
    spin->setValue(value);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    m_form->addRow(label, spin);
    return spin;
}

QDateEdit *LedgerFormDialog::addDate(const QString &label, const QDate &value, bool optional)
{
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(QStringLiteral("—"));
    }
    edit->setDate(value.isValid() ? value : (optional ? kNoDate : QDate::currentDate()));
    m_form->addRow(label, edit);
    return edit;
}

QDateTimeEdit *LedgerFormDialog::addDateTime(const QString &label, const QDateTime &value)
{
    auto *edit = new QDateTimeEdit(value, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *LedgerFormDialog::addChoice(const QString &label, const Choices &choices,
                                       const QVariant &current)
{
    auto *combo = new QComboBox(this);
    for (const auto &c : choices)
        combo->addItem(c.first, c.second);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
    m_form->addRow(label, combo);
    return combo;
}

QCheckBox *LedgerFormDialog::addCheck(const QString &label, bool checked)
{
    auto *check = new QCheckBox(label, this);
    check->setChecked(checked);
    m_form->addRow(QString(), check);
    return check;
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
