#pragma once

#include "core/Period.h"
#include "vehicles/DispatchTypes.h"
#include "widgets/common/Page.h"

#include <QDate>

class QAction;
class QLabel;
class QListWidget;
class QToolBar;

namespace ga {

class BoardTimeline;
class Clock;
class DispatchActions;
class SettingsService;

namespace vehicles {
class DispatchService;
}

// The dispatch clerk's home (Vehicles → "board"): the timeline of the fleet for one day (or a
// week) and, beside it, the requests waiting for a vehicle. A request is assigned by keyboard
// alone: Ctrl+L focuses the pending list, arrows choose, Enter opens the assign dialog.
class DispatchBoard : public Page
{
    Q_OBJECT
public:
    DispatchBoard(vehicles::DispatchService &service, SettingsService &settings,
                  const Clock &clock, QWidget *parent = nullptr);

    void activate() override;
    // The pending requests: where a clerk starts (choose a request, Enter assigns it).
    void focusContent() override;

    void showDay(const QDate &day);
    void setWeekView(bool week);
    bool isWeekView() const { return m_week; }
    DateRange range() const;

    BoardTimeline *timeline() const { return m_timeline; }
    QListWidget *pendingList() const { return m_pending; }
    DispatchActions *actions() const { return m_actions; }
    // Milliseconds the last reload took (queries and model), for the status line and benchmarks.
    qint64 lastLoadMs() const { return m_lastLoadMs; }

private:
    void reload();
    void fillPending(const QList<vehicles::Trip> &pending);
    void selectTrip(qint64 tripId);
    void updateTitle();
    QWidget *createLegend();

    vehicles::DispatchService &m_service;
    const Clock &m_clock;
    DispatchActions *m_actions = nullptr;
    BoardTimeline *m_timeline = nullptr;
    QListWidget *m_pending = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_pendingTitle = nullptr;
    QAction *m_prevAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_weekAction = nullptr;
    QAction *m_focusPendingAction = nullptr;
    QAction *m_focusBoardAction = nullptr;
    QDate m_day;
    bool m_week = false;
    qint64 m_lastLoadMs = 0;
};

} // namespace ga
