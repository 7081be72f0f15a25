#include "widgets/vehicles/TripDialogs.h"

#include "core/Period.h"
#include "vehicles/DispatchService.h"
#include "vehicles/TripTime.h"

#include "ui_DepartDialog.h"
#include "ui_ReturnDialog.h"
#include "ui_TripRequestDialog.h"

#include <QCompleter>
#include <QStringListModel>

namespace ga {

using namespace vehicles;

namespace {

void connectButtons(QDialog *dialog, QDialogButtonBox *buttons)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace

TripRequestDialog::TripRequestDialog(DispatchService &service, qint64 departmentId,
                                     const QDateTime &start, const QDateTime &now,
                                     QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_departments(service.departments())
    , m_day(start.date())
    , m_now(now)
    , m_ui(std::make_unique<Ui::TripRequestDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connectButtons(this, m_ui->buttonBox);

    // The department: typed in part, found by "contains" (names repeat across agencies, so
    // divisions carry their agency's name).
    for (const auto &d : m_departments)
        m_ui->department->addItem(d.name, d.id);
    if (QCompleter *c = m_ui->department->completer()) {
        c->setFilterMode(Qt::MatchContains);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setCompletionMode(QCompleter::PopupCompletion);
    }
    const int index = m_ui->department->findData(departmentId);
    m_ui->department->setCurrentIndex(index);
    if (index < 0)
        m_ui->department->setEditText(QString());
    connect(m_ui->department->lineEdit(), &QLineEdit::editingFinished, this,
            &TripRequestDialog::resolveDepartment);
    connect(m_ui->department, &QComboBox::currentIndexChanged, this,
            [this](int) { departmentChosen(); });

    m_ui->liaison->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_ui->liaison, &QComboBox::currentIndexChanged, this,
            &TripRequestDialog::liaisonChosen);

    m_purposes = new QStringListModel(this);
    m_destinations = new QStringListModel(this);
    for (auto [edit, model] : {std::pair {m_ui->purpose, m_purposes},
                               std::pair {m_ui->destination, m_destinations}}) {
        auto *completer = new QCompleter(model, edit);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setMaxVisibleItems(8);
        edit->setCompleter(completer);
    }

    m_ui->start->setText(TripTime::format(start));
    m_ui->end->setText(TripTime::format(start.addSecs(2 * 3600)));
    connect(m_ui->start, &QLineEdit::textChanged, this, &TripRequestDialog::updateTimes);
    connect(m_ui->end, &QLineEdit::textChanged, this, &TripRequestDialog::updateTimes);
    updateTimes();
    departmentChosen();
    m_ui->department->setFocus();
}

TripRequestDialog::~TripRequestDialog() = default;

qint64 TripRequestDialog::departmentId() const
{
    const int i = m_ui->department->currentIndex();
    if (i < 0 || m_ui->department->currentText() != m_ui->department->itemText(i))
        return 0;
    return m_ui->department->itemData(i).toLongLong();
}

void TripRequestDialog::resolveDepartment()
{
    const QString typed = m_ui->department->currentText().trimmed();
    if (typed.isEmpty())
        return;
    int found = m_ui->department->findText(typed, Qt::MatchFixedString);
    if (found < 0) {
        for (int i = 0; i < m_ui->department->count(); ++i) {
            if (m_ui->department->itemText(i).contains(typed, Qt::CaseInsensitive)) {
                found = i;
                break;
            }
        }
    }
    if (found < 0) {
        showError(tr("No department's name contains \"%1\".").arg(typed));
        return;
    }
    m_ui->errorLabel->hide();
    if (found != m_ui->department->currentIndex())
        m_ui->department->setCurrentIndex(found);
    else
        m_ui->department->setEditText(m_ui->department->itemText(found));
    departmentChosen();
}

void TripRequestDialog::departmentChosen()
{
    const qint64 id = departmentId();
    if (id == m_loadedDepartment)
        return;
    m_loadedDepartment = id;
    m_liaisons = id > 0 ? m_service.liaisons(id) : QList<Liaison>();
    {
        QSignalBlocker block(m_ui->liaison);
        m_ui->liaison->clear();
        for (const Liaison &l : m_liaisons) {
            m_ui->liaison->addItem(l.name, l.phone);
            m_ui->liaison->setItemData(m_ui->liaison->count() - 1,
                                       tr("%1, phone %2").arg(l.name, l.phone), Qt::ToolTipRole);
        }
    }
    m_ui->liaison->setCurrentIndex(m_liaisons.isEmpty() ? -1 : 0);
    liaisonChosen(m_ui->liaison->currentIndex());
    const RequestHistory history = id > 0 ? m_service.requestHistory(id) : RequestHistory();
    m_purposes->setStringList(history.purposes);
    m_destinations->setStringList(history.destinations);
}

void TripRequestDialog::liaisonChosen(int index)
{
    if (index >= 0 && index < m_liaisons.size())
        m_ui->phone->setText(m_liaisons.at(index).phone);
    else if (m_liaisons.isEmpty())
        m_ui->phone->clear();
}

std::optional<QDateTime> TripRequestDialog::startTime() const
{
    return TripTime::parse(m_ui->start->text(), m_day, m_now);
}

std::optional<QDateTime> TripRequestDialog::endTime() const
{
    const auto start = startTime();
    return TripTime::parse(m_ui->end->text(), start ? start->date() : m_day,
                           start.value_or(QDateTime()));
}

void TripRequestDialog::updateTimes()
{
    const auto start = startTime();
    const auto end = endTime();
    if (!start) {
        m_ui->timesHint->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_ui->timesHint->setText(TripTime::error(m_ui->start->text()));
    } else if (!end) {
        m_ui->timesHint->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_ui->timesHint->setText(TripTime::error(m_ui->end->text()));
    } else {
        m_ui->timesHint->setStyleSheet(QString());
        const qint64 minutes = start->secsTo(*end) / 60;
        m_ui->timesHint->setText(tr("%1 – %2 (%3 h %4 min)")
                                     .arg(TripTime::format(*start),
                                          end->date() == start->date()
                                              ? end->toString(QStringLiteral("HH:mm"))
                                              : TripTime::format(*end))
                                     .arg(minutes / 60)
                                     .arg(minutes % 60));
    }
}

TripRequest TripRequestDialog::request() const
{
    TripRequest r;
    r.departmentId = departmentId();
    r.liaison = m_ui->liaison->currentText();
    r.liaisonPhone = m_ui->phone->text();
    r.purpose = m_ui->purpose->text();
    r.destination = m_ui->destination->text();
    r.outOfRegion = m_ui->outOfRegion->isChecked();
    r.emergency = m_ui->emergency->isChecked();
    r.passengers = m_ui->passengers->value();
    const auto start = startTime();
    const auto end = endTime();
    if (start && end)
        r.planned = {toUtcSecs(*start), toUtcSecs(*end)};
    return r;
}

void TripRequestDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void TripRequestDialog::accept()
{
    resolveDepartment();
    if (!startTime()) {
        showError(TripTime::error(m_ui->start->text()));
        m_ui->start->setFocus();
        return;
    }
    if (!endTime()) {
        showError(TripTime::error(m_ui->end->text()));
        m_ui->end->setFocus();
        return;
    }
    QDialog::accept();
}

DepartDialog::DepartDialog(const Trip &trip, int vehicleOdometer, const QDateTime &now,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DepartDialog>())
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    setWindowTitle(tr("Departure — %1").arg(trip.requestNo));
    m_ui->summary->setText(tr("%1, driver %2").arg(trip.plate, trip.driverName));
    m_ui->odometer->setValue(vehicleOdometer);
    m_ui->departedAt->setDateTime(now);
}

DepartDialog::~DepartDialog() = default;

int DepartDialog::odometerOut() const
{
    return m_ui->odometer->value();
}

qint64 DepartDialog::at() const
{
    return toUtcSecs(m_ui->departedAt->dateTime());
}

ReturnDialog::ReturnDialog(const Trip &trip, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReturnDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connectButtons(this, m_ui->buttonBox);
    setWindowTitle(tr("Return — %1").arg(trip.requestNo));
    m_ui->summary->setText(tr("%1, driver %2, out at %3 km")
                               .arg(trip.plate, trip.driverName)
                               .arg(trip.odometerOut.value_or(0)));
    m_ui->odometer->setValue(trip.odometerOut.value_or(0));
    m_ui->returnedAt->setDateTime(now);
}

ReturnDialog::~ReturnDialog() = default;

int ReturnDialog::odometerIn() const
{
    return m_ui->odometer->value();
}

qint64 ReturnDialog::at() const
{
    return toUtcSecs(m_ui->returnedAt->dateTime());
}

Money ReturnDialog::fuelCost() const
{
    return Money::parse(m_ui->fuel->text()).value_or(Money());
}

Money ReturnDialog::tolls() const
{
    return Money::parse(m_ui->tolls->text()).value_or(Money());
}

Money ReturnDialog::parking() const
{
    return Money::parse(m_ui->parking->text()).value_or(Money());
}

void ReturnDialog::accept()
{
    for (QLineEdit *edit : {m_ui->fuel, m_ui->tolls, m_ui->parking}) {
        if (!Money::parse(edit->text()).has_value()) {
            m_ui->errorLabel->setText(tr("\"%1\" is not an amount of money.").arg(edit->text()));
            m_ui->errorLabel->show();
            edit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace ga
