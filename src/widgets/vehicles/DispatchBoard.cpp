#include "widgets/vehicles/DispatchBoard.h"

#include "core/Clock.h"
#include "vehicles/DispatchService.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/vehicles/BoardTimeline.h"
#include "widgets/vehicles/DispatchActions.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ga {

using namespace vehicles;

namespace {

// A small coloured square and a word, for the legend.
class LegendItem : public QWidget
{
public:
    LegendItem(const QColor &color, const QString &text, QWidget *parent)
        : QWidget(parent)
        , m_color(color)
        , m_text(text)
    {
        setMinimumWidth(fontMetrics().horizontalAdvance(text) + 24);
        setMinimumHeight(fontMetrics().height() + 4);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const int s = fontMetrics().height() - 4;
        const int y = (height() - s) / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(m_color);
        p.drawRoundedRect(QRect(0, y, s, s), 2, 2);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(s + 5, 0, width() - s - 5, height()), Qt::AlignVCenter, m_text);
    }

private:
    QColor m_color;
    QString m_text;
};

} // namespace

DispatchBoard::DispatchBoard(DispatchService &service, SettingsService &settings,
                             const Clock &clock, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_clock(clock)
{
    m_day = m_clock.today();
    m_actions = new DispatchActions(service, settings, clock, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("boardToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_prevAction = new QAction(tr("◀ Pr&evious day"), this);
    m_prevAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_todayAction = new QAction(tr("&Today"), this);
    m_todayAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_nextAction = new QAction(tr("Ne&xt day ▶"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_weekAction = new QAction(tr("Wee&k"), this);
    m_weekAction->setCheckable(true);
    m_weekAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_W));
    m_focusPendingAction = new QAction(tr("Pending &list"), this);
    m_focusPendingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusBoardAction = new QAction(tr("&Board"), this);
    m_focusBoardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    for (QAction *a : {m_prevAction, m_todayAction, m_nextAction, m_weekAction,
                       m_focusPendingAction, m_focusBoardAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setIconText(a->text()); // the tool button keeps the mnemonic
        a->setToolTip(a->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                      + a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        addAction(a);
    }
    bar->addAction(m_prevAction);
    bar->addAction(m_todayAction);
    bar->addAction(m_nextAction);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("boardDate"));
    m_dateLabel->setContentsMargins(10, 0, 10, 0);
    QFont big = m_dateLabel->font();
    big.setPointSizeF(big.pointSizeF() + 2);
    big.setBold(true);
    m_dateLabel->setFont(big);
    bar->addWidget(m_dateLabel);
    bar->addAction(m_weekAction);
    auto *commands = new QToolBar(this);
    commands->setObjectName(QStringLiteral("boardCommands"));
    commands->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : m_actions->workflowActions())
        commands->addAction(a);
    auto *top = new QHBoxLayout;
    top->setSpacing(0);
    top->addWidget(bar);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(commands);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_timeline = new BoardTimeline(splitter);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    m_pendingTitle = new QLabel(side);
    m_pendingTitle->setObjectName(QStringLiteral("pendingTitle"));
    sideLayout->addWidget(m_pendingTitle);
    m_pending = new QListWidget(side);
    m_pending->setObjectName(QStringLiteral("pendingList"));
    m_pending->setWordWrap(true);
    m_pending->setAlternatingRowColors(true);
    m_pending->setSpacing(1);
    m_pendingTitle->setBuddy(m_pending);
    sideLayout->addWidget(m_pending, 1);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("tripDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(150);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    sideLayout->addWidget(m_details);
    splitter->addWidget(m_timeline);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 320});
    layout->addWidget(splitter, 1);
    layout->addWidget(createLegend());

    connect(m_prevAction, &QAction::triggered, this,
            [this] { showDay(m_day.addDays(m_week ? -7 : -1)); });
    connect(m_nextAction, &QAction::triggered, this,
            [this] { showDay(m_day.addDays(m_week ? 7 : 1)); });
    connect(m_todayAction, &QAction::triggered, this, [this] { showDay(m_clock.today()); });
    connect(m_weekAction, &QAction::toggled, this, [this](bool on) { setWeekView(on); });
    connect(m_focusPendingAction, &QAction::triggered, this, &DispatchBoard::focusContent);
    connect(m_focusBoardAction, &QAction::triggered, this,
            [this] { m_timeline->setFocus(Qt::ShortcutFocusReason); });

    connect(m_timeline, &BoardTimeline::tripSelected, this, [this](qint64 id) {
        m_pending->clearSelection();
        selectTrip(id);
    });
    connect(m_timeline, &BoardTimeline::tripActivated, this, [this](qint64 id) {
        selectTrip(id);
        if (m_actions->assign()->isEnabled())
            m_actions->openAssignDialog();
        else if (m_actions->print()->isEnabled())
            m_actions->print()->trigger();
    });
    connect(m_pending, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (item)
                    selectTrip(item->data(Qt::UserRole).toLongLong());
            });
    connect(m_pending, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectTrip(item->data(Qt::UserRole).toLongLong());
        m_actions->openAssignDialog();
    });
    connect(m_actions, &DispatchActions::tripChanged, this, [this](qint64 id) {
        reload();
        selectTrip(id);
    });
    // The trip just assigned left the pending list: it stays the current trip, its bar selected
    // and the keyboard on the board, so Ctrl+P prints its order (the pending list would take
    // its first request when it got the focus back).
    connect(m_actions, &DispatchActions::assigned, this, [this](qint64 id) {
        selectTrip(id);
        if (m_actions->tripId() == id && m_actions->trip()->hasAssignment()) {
            m_pending->clearSelection();
            m_timeline->setFocus(Qt::OtherFocusReason);
        }
    });

    updateTitle();
}

QWidget *DispatchBoard::createLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("boardLegend"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(2, 2, 2, 2);
    row->addWidget(new QLabel(tr("Legend:"), legend));
    for (TripStatus s : {TripStatus::Approved, TripStatus::Assigned, TripStatus::Departed,
                         TripStatus::Returned, TripStatus::Closed})
        row->addWidget(new LegendItem(BoardTimeline::statusColor(s), displayName(s), legend));
    row->addWidget(new LegendItem(QColor(0xd0, 0x10, 0x10), tr("emergency (red edge)"), legend));
    row->addWidget(new LegendItem(QColor(0xe7, 0x1d, 0x36), tr("now (red line)"), legend));
    row->addWidget(new LegendItem(QColor(0xfd, 0xf1, 0xe0), tr("in maintenance"), legend));
    row->addStretch(1);
    auto *hint = new QLabel(
        tr("Ctrl+N: new request · Ctrl+L: pending list · Enter: assign · Alt+←/→: day"), legend);
    hint->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(hint);
    return legend;
}

DateRange DispatchBoard::range() const
{
    if (!m_week)
        return {m_day, m_day};
    const QDate monday = m_day.addDays(1 - m_day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

void DispatchBoard::activate()
{
    reload();
}

void DispatchBoard::showDay(const QDate &day)
{
    m_day = day;
    updateTitle();
    reload();
}

void DispatchBoard::setWeekView(bool week)
{
    if (m_week == week)
        return;
    m_week = week;
    if (m_weekAction->isChecked() != week)
        m_weekAction->setChecked(week);
    updateTitle();
    reload();
}

void DispatchBoard::updateTitle()
{
    const QLocale locale;
    const DateRange r = range();
    if (m_week)
        m_dateLabel->setText(tr("Week %1: %2 – %3")
                                 .arg(r.from.weekNumber())
                                 .arg(locale.toString(r.from, QLocale::ShortFormat),
                                      locale.toString(r.to, QLocale::ShortFormat)));
    else
        m_dateLabel->setText(locale.toString(m_day, QLocale::LongFormat));
    m_prevAction->setText(m_week ? tr("◀ Pr&evious week") : tr("◀ Pr&evious day"));
    m_nextAction->setText(m_week ? tr("Ne&xt week ▶") : tr("Ne&xt day ▶"));
    m_prevAction->setIconText(m_prevAction->text());
    m_nextAction->setIconText(m_nextAction->text());
    m_actions->setRequestDefaults(0, QDateTime(m_day, QTime(9, 0)));
}

void DispatchBoard::reload()
{
    QElapsedTimer timer;
    timer.start();
    runGuarded(this, tr("Dispatch board"), [this] {
        const DispatchBoardData data = m_service.board(range());
        m_timeline->setBoard(data, m_clock.nowSecs());
        fillPending(data.pending);
    });
    m_lastLoadMs = timer.elapsed();
    spdlog::debug("dispatch board loaded in {} ms", m_lastLoadMs);
    selectTrip(m_actions->tripId());
}

void DispatchBoard::fillPending(const QList<Trip> &pending)
{
    const qint64 current = m_actions->tripId();
    QSignalBlocker block(m_pending);
    m_pending->clear();
    int currentRow = -1;
    for (const Trip &t : pending) {
        QStringList marks;
        if (t.emergency)
            marks << tr("[EMERGENCY]");
        if (t.outOfRegion)
            marks << tr("[OUT OF REGION]");
        const QDateTime s = QDateTime::fromSecsSinceEpoch(t.planned.start).toLocalTime();
        const QDateTime e = QDateTime::fromSecsSinceEpoch(t.planned.end).toLocalTime();
        const QString when = s.date() == e.date()
                                 ? s.toString(QStringLiteral("MM-dd HH:mm")) + QStringLiteral("–")
                                       + e.toString(QStringLiteral("HH:mm"))
                                 : s.toString(QStringLiteral("MM-dd HH:mm")) + QStringLiteral(" – ")
                                       + e.toString(QStringLiteral("MM-dd HH:mm"));
        QString text = t.requestNo + QStringLiteral("  ") + displayName(t.status);
        if (!marks.isEmpty())
            text += QStringLiteral("  ") + marks.join(QLatin1Char(' '));
        text += QLatin1Char('\n') + when + QStringLiteral("  ") + t.departmentName
                + QStringLiteral(" → ") + t.destination + QStringLiteral(" · ")
                + tr("%n passenger(s)", nullptr, t.passengers);
        auto *item = new QListWidgetItem(text, m_pending);
        item->setData(Qt::UserRole, t.id);
        if (t.emergency)
            item->setForeground(QColor(0xb0, 0x00, 0x00));
        else if (t.outOfRegion)
            item->setForeground(QColor(0x6a, 0x1b, 0x9a));
        if (t.id == current)
            currentRow = m_pending->count() - 1;
    }
    if (currentRow >= 0)
        m_pending->setCurrentRow(currentRow);
    m_pendingTitle->setText(tr("&Waiting for a vehicle (%1)").arg(pending.size()));
}

void DispatchBoard::selectTrip(qint64 tripId)
{
    m_actions->setTrip(tripId);
    const auto &trip = m_actions->trip();
    m_timeline->setSelectedTrip(trip && trip->hasAssignment() ? trip->id : 0);
    if (!trip) {
        m_details->setText(tr("Choose a trip on the board or a request in the list."));
        return;
    }
    const Trip &t = *trip;
    QString html = QStringLiteral("<b>%1</b> — %2<br/>%3 → %4<br/>%5 – %6<br/>")
                       .arg(t.requestNo.toHtmlEscaped(), displayName(t.status).toHtmlEscaped(),
                            t.departmentName.toHtmlEscaped(), t.destination.toHtmlEscaped(),
                            formatInstant(t.planned.start), formatInstant(t.planned.end));
    html += tr("Liaison: %1 %2").arg(t.liaison.toHtmlEscaped(), t.liaisonPhone.toHtmlEscaped())
            + QStringLiteral("<br/>");
    html += tr("Purpose: %1").arg(t.purpose.toHtmlEscaped()) + QStringLiteral("<br/>");
    html += tr("%n passenger(s)", nullptr, t.passengers) + QStringLiteral("<br/>");
    if (t.hasAssignment())
        html += tr("Vehicle %1, driver %2")
                    .arg(t.plate.toHtmlEscaped(), t.driverName.toHtmlEscaped())
                + QStringLiteral("<br/>");
    if (t.dispatchedBeforeApproval)
        html += QStringLiteral("<span style=\"color:#b00\">%1</span><br/>")
                    .arg(t.isApproved() ? tr("Emergency: approved after dispatch")
                                        : tr("Emergency: dispatched before approval"));
    if (!t.overrideReason.isEmpty())
        html += tr("Override: %1").arg(t.overrideReason.toHtmlEscaped()) + QStringLiteral("<br/>");
    if (!t.reason.isEmpty())
        html += tr("Reason: %1").arg(t.reason.toHtmlEscaped());
    m_details->setText(html);
}

void DispatchBoard::focusContent()
{
    m_pending->setFocus(Qt::ShortcutFocusReason);
    if (m_pending->currentRow() < 0 && m_pending->count() > 0)
        m_pending->setCurrentRow(0);
}

} // namespace ga
