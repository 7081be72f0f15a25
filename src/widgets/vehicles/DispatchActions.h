#pragma once

#include "vehicles/Trip.h"

#include <QCoreApplication>
#include <QList>
#include <QDateTime>
#include <QKeySequence>
#include <QObject>

#include <functional>

#include <optional>

class QAction;
class QWidget;

namespace ga {

class Clock;
class SettingsService;

namespace vehicles {
class DispatchService;
}

// The dispatch commands, one QAction each, shared by the board and the trips list: new request,
// approve, reject, assign, depart, return, close, cancel, print the dispatch order, save it as
// PDF. Each is enabled according to the current trip's status and the user's permissions (the
// service checks again). The actions are added to `host` with a widget-with-children shortcut
// context, so each tab's shortcuts work while that tab has the focus.
class DispatchActions : public QObject
{
    Q_OBJECT
public:
    DispatchActions(vehicles::DispatchService &service, SettingsService &settings,
                    const Clock &clock, QWidget *host);

    QAction *newRequest() const { return m_newRequest; }
    QAction *approve() const { return m_approve; }
    QAction *reject() const { return m_reject; }
    QAction *assign() const { return m_assign; }
    QAction *depart() const { return m_depart; }
    QAction *returned() const { return m_return; }
    QAction *close() const { return m_close; }
    QAction *cancel() const { return m_cancel; }
    QAction *print() const { return m_print; }
    QAction *savePdf() const { return m_savePdf; }
    QAction *liaisons() const { return m_liaisons; }
    QList<QAction *> workflowActions() const;

    // The trip the commands act on (0: none); reloads it and updates the enabled states.
    void setTrip(qint64 tripId);
    qint64 tripId() const { return m_trip ? m_trip->id : 0; }
    const std::optional<vehicles::Trip> &trip() const { return m_trip; }
    void updateEnabled();

    // Default department and start of a new request (e.g. the board's day).
    void setRequestDefaults(qint64 departmentId, const QDateTime &start);

    // The folder a dispatch order's PDF is offered in (default: the user's documents).
    void setOrderFolder(const QString &folder) { m_orderFolder = folder; }

    // Opens the assign dialog for the current trip (non-blocking, window-modal); returns it.
    QWidget *openAssignDialog();

signals:
    // After a command changed a trip (or created one): views reload.
    void tripChanged(qint64 tripId);
    // After the assign dialog assigned the trip (views keep it selected).
    void assigned(qint64 tripId);

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &name);
    void run(const QString &title, const std::function<void()> &action);
    void doNewRequest();
    void doApprove();
    void doReject();
    void doDepart();
    void doReturn();
    void doClose();
    void doCancel();
    void doPrint();
    void doSavePdf();
    QString defaultPdfPath() const;

    vehicles::DispatchService &m_service;
    SettingsService &m_settings;
    const Clock &m_clock;
    QWidget *m_host;
    std::optional<vehicles::Trip> m_trip;
    qint64 m_defaultDepartment = 0;
    QDateTime m_defaultStart;
    QString m_orderFolder;

    QAction *m_newRequest = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_depart = nullptr;
    QAction *m_return = nullptr;
    QAction *m_close = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_print = nullptr;
    QAction *m_savePdf = nullptr;
    QAction *m_liaisons = nullptr;
};

} // namespace ga
