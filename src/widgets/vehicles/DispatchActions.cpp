#include "widgets/vehicles/DispatchActions.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "org/SettingsService.h"
#include "vehicles/DispatchService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/vehicles/AssignDialog.h"
#include "widgets/vehicles/DispatchOrderDocument.h"
#include "widgets/vehicles/LiaisonsDialog.h"
#include "widgets/vehicles/TripDialogs.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QShortcut>
#include <QTimer>
#include <QStandardPaths>
#include <QTextDocument>
#include <QWidget>

namespace ga {

using namespace vehicles;

DispatchActions::DispatchActions(DispatchService &service, SettingsService &settings,
                                 const Clock &clock, QWidget *host)
    : QObject(host)
    , m_service(service)
    , m_settings(settings)
    , m_clock(clock)
    , m_host(host)
{
    m_newRequest = make(tr("&New request…"), QKeySequence::New, QStringLiteral("newRequest"));
    m_approve = make(tr("Appr&ove"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                     QStringLiteral("approve"));
    m_reject = make(tr("Re&ject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
                    QStringLiteral("reject"));
    m_assign = make(tr("&Assign…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                    QStringLiteral("assign"));
    m_depart = make(tr("&Depart…"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("depart"));
    m_return = make(tr("&Return…"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("return"));
    m_close = make(tr("C&lose"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                   QStringLiteral("close"));
    m_cancel = make(tr("&Cancel trip…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                    QStringLiteral("cancel"));
    m_print = make(tr("&Print dispatch order…"), QKeySequence::Print, QStringLiteral("print"));
    m_savePdf = make(tr("Sav&e dispatch order as PDF…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("savePdf"));
    m_liaisons = make(tr("Liai&sons…"), QKeySequence(), QStringLiteral("liaisons"));
    m_liaisons->setToolTip(tr("The departments' registered dispatch liaisons"));
    m_assign->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                            QKeySequence(Qt::CTRL | Qt::Key_Enter)});

    connect(m_newRequest, &QAction::triggered, this, &DispatchActions::doNewRequest);
    connect(m_approve, &QAction::triggered, this, &DispatchActions::doApprove);
    connect(m_reject, &QAction::triggered, this, &DispatchActions::doReject);
    connect(m_assign, &QAction::triggered, this, [this] { openAssignDialog(); });
    connect(m_depart, &QAction::triggered, this, &DispatchActions::doDepart);
    connect(m_return, &QAction::triggered, this, &DispatchActions::doReturn);
    connect(m_close, &QAction::triggered, this, &DispatchActions::doClose);
    connect(m_cancel, &QAction::triggered, this, &DispatchActions::doCancel);
    connect(m_print, &QAction::triggered, this, &DispatchActions::doPrint);
    connect(m_savePdf, &QAction::triggered, this, &DispatchActions::doSavePdf);
    connect(m_liaisons, &QAction::triggered, this, [this] {
        LiaisonsDialog dialog(m_service, m_defaultDepartment, m_host);
        dialog.exec();
    });
    updateEnabled();
}

QAction *DispatchActions::make(const QString &text, const QKeySequence &shortcut,
                               const QString &name)
{
    auto *a = new QAction(text, this);
    // A tool button shows the icon text: keeping the '&' gives the button its mnemonic (Alt+…).
    a->setIconText(text);
    a->setObjectName(name + QStringLiteral("Action"));
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcut.isEmpty())
        a->setToolTip(text.section(QLatin1Char('&'), 0, 0) + text.section(QLatin1Char('&'), 1)
                      + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                      + QLatin1Char(')'));
    m_host->addAction(a);
    return a;
}

QList<QAction *> DispatchActions::workflowActions() const
{
    return {m_newRequest, m_approve, m_reject, m_assign, m_depart,
            m_return,     m_close,   m_cancel, m_print,  m_liaisons};
}

void DispatchActions::setTrip(qint64 tripId)
{
    m_trip.reset();
    if (tripId > 0) {
        try {
            m_trip = m_service.trip(tripId);
        } catch (const Error &) {
            m_trip.reset();
        }
    }
    updateEnabled();
}

void DispatchActions::setRequestDefaults(qint64 departmentId, const QDateTime &start)
{
    m_defaultDepartment = departmentId;
    m_defaultStart = start;
}

void DispatchActions::updateEnabled()
{
    m_newRequest->setEnabled(m_service.canRequest());
    const bool has = m_trip.has_value();
    m_approve->setEnabled(has && m_service.canApprove(*m_trip));
    m_reject->setEnabled(has && m_service.canReject(*m_trip));
    m_assign->setEnabled(has
                         && (m_service.canAssign(*m_trip) || m_service.canApproveAndAssign(*m_trip)));
    m_depart->setEnabled(has && m_service.canDepart(*m_trip));
    m_return->setEnabled(has && m_service.canReturn(*m_trip));
    m_close->setEnabled(has && m_service.canClose(*m_trip));
    m_cancel->setEnabled(has && m_service.canCancel(*m_trip));
    m_print->setEnabled(has);
    m_savePdf->setEnabled(has);
}

void DispatchActions::run(const QString &title, const std::function<void()> &action)
{
    const qint64 id = tripId();
    if (runGuarded(m_host, title, action)) {
        setTrip(id);
        emit tripChanged(id);
    } else {
        setTrip(id);
    }
}

void DispatchActions::doNewRequest()
{
    QDateTime start = m_defaultStart;
    const QDateTime now = m_clock.now().toLocalTime();
    if (!start.isValid() || start < now) {
        // The next half hour.
        start = now.addSecs(30 * 60);
        start.setTime(QTime(start.time().hour(), start.time().minute() < 30 ? 30 : 0));
        if (start < now)
            start = start.addSecs(3600);
    }
    TripRequestDialog dialog(m_service, m_defaultDepartment, start, now, m_host);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            const qint64 id = m_service.createRequest(dialog.request());
            setTrip(id);
            emit tripChanged(id);
            return;
        } catch (const Error &e) {
            dialog.showError(e.message());
        }
    }
}



void DispatchActions::doApprove()
{
    if (!m_trip)
        return;
    const qint64 id = m_trip->id;
    run(tr("Approve"), [this, id] { m_service.approve(id); });
}

void DispatchActions::doReject()
{
    if (!m_trip)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        m_host, tr("Reject %1").arg(m_trip->requestNo), tr("Reason for rejecting the request:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 id = m_trip->id;
    run(tr("Reject"), [this, id, reason] { m_service.reject(id, reason); });
}

QWidget *DispatchActions::openAssignDialog()
{
    if (!m_trip)
        return nullptr;
    if (!m_service.canAssign(*m_trip) && !m_service.canApproveAndAssign(*m_trip)) {
        QString why = tr("Trip %1 cannot be assigned now (%2).")
                          .arg(m_trip->requestNo, displayName(m_trip->status));
        if (m_trip->status == TripStatus::Requested && !m_trip->emergency)
            why = tr("Trip %1 is not approved yet; only an emergency trip may be dispatched "
                     "before approval.")
                      .arg(m_trip->requestNo);
        showError(m_host, tr("Assign"), why);
        return nullptr;
    }
    auto *dialog = new AssignDialog(m_service, *m_trip, m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_trip->id;
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        const bool print = dialog->printRequested();
        setTrip(id);
        emit tripChanged(id);
        emit assigned(id);
        if (print)
            QTimer::singleShot(0, this, [this, id] {
                if (tripId() == id)
                    doPrint();
            });
    });
    dialog->open();
    return dialog;
}

void DispatchActions::doDepart()
{
    if (!m_trip)
        return;
    const auto vehicle = m_service.vehicle(m_trip->vehicleId);
    DepartDialog dialog(*m_trip, vehicle ? vehicle->odometerKm : 0,
                        m_clock.now().toLocalTime(), m_host);
    const int result = dialog.exec();
    if (result != QDialog::Accepted)
        return;
    const qint64 id = m_trip->id;
    const int km = dialog.odometerOut();
    const qint64 at = dialog.at();
    run(tr("Depart"), [this, id, km, at] { m_service.depart(id, km, at); });
}

void DispatchActions::doReturn()
{
    if (!m_trip)
        return;
    ReturnDialog dialog(*m_trip, m_clock.now().toLocalTime(), m_host);
    const int result = dialog.exec();
    if (result != QDialog::Accepted)
        return;
    const qint64 id = m_trip->id;
    run(tr("Return"), [&, id] {
        m_service.recordReturn(id, dialog.odometerIn(), dialog.at(), dialog.fuelCost(),
                               dialog.tolls(), dialog.parking());
    });
}

void DispatchActions::doClose()
{
    if (!m_trip)
        return;
    const qint64 id = m_trip->id;
    run(tr("Close"), [this, id] { m_service.close(id); });
}

void DispatchActions::doCancel()
{
    if (!m_trip)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        m_host, tr("Cancel %1").arg(m_trip->requestNo), tr("Reason for cancelling the trip:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 id = m_trip->id;
    run(tr("Cancel trip"), [this, id, reason] { m_service.cancel(id, reason); });
}

void DispatchActions::doPrint()
{
    if (!m_trip)
        return;
    const DispatchOrderDocument order(*m_trip, m_settings.value(SettingsService::BureauName),
                                      m_clock.nowSecs());
    auto doc = order.document();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(QString::fromUtf8(DispatchOrderDocument::kOfficialTitle)
                       + QLatin1Char(' ') + m_trip->requestNo);
    // Without a printer the print dialog writes a PDF file, offered under this name (with one,
    // the printer stays the default: a file name would make PDF the default output).
    if (QPrinterInfo::availablePrinterNames().isEmpty())
        printer.setOutputFileName(defaultPdfPath());
    QPrintPreviewDialog preview(&printer, m_host);
    preview.setObjectName(QStringLiteral("dispatchOrderPreview"));
    // Ctrl+P in the preview prints (the preview's own print button, which asks where to).
    auto *printNow = new QShortcut(QKeySequence::Print, &preview);
    connect(printNow, &QShortcut::activated, &preview, [&preview] {
        // Qt's own action, found by Qt's own (translated) text.
        const char *context = "QPrintPreviewDialog";
        const char *text = "Print";
        const QString printText = QCoreApplication::translate(context, text);
        for (QAction *a : preview.findChildren<QAction *>())
            if (a->text() == printText) {
                a->trigger();
                return;
            }
    });
    preview.setWindowTitle(tr("Dispatch order %1").arg(m_trip->requestNo));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *p) { doc->print(p); });
    preview.exec();
}

QString DispatchActions::defaultPdfPath() const
{
    QString dir = m_orderFolder.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                      : m_orderFolder;
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return QDir(dir).filePath(QString::fromUtf8(DispatchOrderDocument::kOfficialTitle)
                              + QLatin1Char('-') + (m_trip ? m_trip->requestNo : QString())
                              + QStringLiteral(".pdf"));
}

void DispatchActions::doSavePdf()
{
    if (!m_trip)
        return;
    const QString path = QFileDialog::getSaveFileName(m_host, tr("Save dispatch order"),
                                                      defaultPdfPath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const DispatchOrderDocument order(*m_trip, m_settings.value(SettingsService::BureauName),
                                      m_clock.nowSecs());
    QString error;
    if (!order.writePdf(path, &error))
        showError(m_host, tr("Save dispatch order"), error);
}

} // namespace ga
