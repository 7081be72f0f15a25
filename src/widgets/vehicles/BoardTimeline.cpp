#include "widgets/vehicles/BoardTimeline.h"

#include "core/Period.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ga {

using vehicles::BoardTrip;
using vehicles::TripStatus;

BoardTimeline::BoardTimeline(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setObjectName(QStringLiteral("boardTimeline"));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_adjusting)
            m_viewStartHour = value / pixelsPerHour();
    });
}

QColor BoardTimeline::statusColor(TripStatus status)
{
    switch (status) {
    case TripStatus::Requested: return QColor(0x9e, 0x9e, 0x9e);
    case TripStatus::Approved: return QColor(0x64, 0x9d, 0xd8);
    case TripStatus::Assigned: return QColor(0x1e, 0x6f, 0xc8);
    case TripStatus::Departed: return QColor(0xe6, 0x7e, 0x22);
    case TripStatus::Returned: return QColor(0x2e, 0x9e, 0x5b);
    case TripStatus::Closed: return QColor(0x7f, 0x8c, 0x8d);
    case TripStatus::Rejected: return QColor(0xc0, 0x39, 0x2b);
    case TripStatus::Cancelled: return QColor(0xc8, 0xa0, 0xa0);
    }
    return Qt::gray;
}

void BoardTimeline::setBoard(const vehicles::DispatchBoardData &data, qint64 now)
{
    const bool rangeChanged = data.range.from != m_data.range.from
                              || data.range.to != m_data.range.to;
    m_data = data;
    m_now = now;
    m_tripsByVehicle.clear();
    m_rowOfVehicle.clear();
    m_rowOfVehicle.reserve(m_data.vehicles.size());
    for (int i = 0; i < m_data.vehicles.size(); ++i)
        m_rowOfVehicle.insert(m_data.vehicles.at(i).id, i);
    for (int i = 0; i < m_data.trips.size(); ++i)
        m_tripsByVehicle[m_data.trips.at(i).vehicleId].append(i);
    m_adjusting = true;
    updateScrollBars();
    m_adjusting = false;
    if (rangeChanged)
        scrollToMorning();
    viewport()->update();
}

void BoardTimeline::setNow(qint64 now)
{
    m_now = now;
    viewport()->update();
}

void BoardTimeline::setSelectedTrip(qint64 tripId)
{
    if (m_selected == tripId)
        return;
    m_selected = tripId;
    viewport()->update();
}

double BoardTimeline::pixelsPerHour() const
{
    const double width = std::max(100, viewport()->width() - kLabelWidth);
    if (isWeek())
        return std::max(3.0, width / (m_data.range.days() * 24.0));
    return std::max(30.0, width / 16.0);   // 06:00–22:00 in view
}

int BoardTimeline::contentWidth() const
{
    const double hours = std::max<qint64>(1, m_data.span.seconds()) / 3600.0;
    return int(std::ceil(hours * pixelsPerHour()));
}

int BoardTimeline::xOf(qint64 instant) const
{
    const double hours = (instant - m_data.span.start) / 3600.0;
    return kLabelWidth + int(std::lround(hours * pixelsPerHour())) - horizontalScrollBar()->value();
}

QRect BoardTimeline::barRect(int row, const BoardTrip &trip) const
{
    const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
    const int x1 = xOf(std::max(trip.planned.start, m_data.span.start));
    const int x2 = xOf(std::min(trip.planned.end, m_data.span.end));
    return QRect(x1, y + 4, std::max(3, x2 - x1), kRowHeight - 8);
}

int BoardTimeline::firstVisibleRow() const
{
    return verticalScrollBar()->value() / kRowHeight;
}

QRect BoardTimeline::tripRect(qint64 tripId) const
{
    for (const BoardTrip &t : m_data.trips) {
        if (t.id != tripId)
            continue;
        const int row = m_rowOfVehicle.value(t.vehicleId, -1);
        if (row < 0)
            return {};
        const QRect r = barRect(row, t);
        const QRect body(kLabelWidth, kHeaderHeight, viewport()->width() - kLabelWidth,
                         viewport()->height() - kHeaderHeight);
        return r.intersected(body);
    }
    return {};
}

int BoardTimeline::visibleBarCount() const
{
    int n = 0;
    for (const BoardTrip &t : m_data.trips)
        if (!tripRect(t.id).isEmpty())
            ++n;
    return n;
}

void BoardTimeline::updateScrollBars()
{
    const int bodyHeight = std::max(0, viewport()->height() - kHeaderHeight);
    const int total = int(m_data.vehicles.size()) * kRowHeight;
    verticalScrollBar()->setRange(0, std::max(0, total - bodyHeight));
    verticalScrollBar()->setPageStep(bodyHeight);
    verticalScrollBar()->setSingleStep(kRowHeight);
    const int bodyWidth = std::max(0, viewport()->width() - kLabelWidth);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth() - bodyWidth));
    horizontalScrollBar()->setPageStep(bodyWidth);
    horizontalScrollBar()->setSingleStep(int(pixelsPerHour() / 2));
}

void BoardTimeline::scrollToMorning()
{
    // 06:00 at the left edge; on today late or early, "now" a little right of the edge.
    double hour = 6;
    if (!isWeek() && m_now >= m_data.span.start && m_now < m_data.span.end) {
        const double nowHour = (m_now - m_data.span.start) / 3600.0;
        if (nowHour < 6 || nowHour > 21)
            hour = std::max(0.0, nowHour - 2);
    }
    m_viewStartHour = isWeek() ? 0 : hour;
    horizontalScrollBar()->setValue(int(m_viewStartHour * pixelsPerHour()));
}

void BoardTimeline::ensureTripVisible(qint64 tripId)
{
    for (const BoardTrip &t : m_data.trips) {
        if (t.id != tripId)
            continue;
        const int row = m_rowOfVehicle.value(t.vehicleId, -1);
        if (row < 0)
            return;
        const int bodyHeight = viewport()->height() - kHeaderHeight;
        const int y = row * kRowHeight;
        QScrollBar *v = verticalScrollBar();
        if (y < v->value() || y + kRowHeight > v->value() + bodyHeight)
            v->setValue(y - bodyHeight / 2);
        const int x = xOf(t.planned.start) + horizontalScrollBar()->value() - kLabelWidth;
        QScrollBar *h = horizontalScrollBar();
        const int bodyWidth = viewport()->width() - kLabelWidth;
        if (x < h->value() || x > h->value() + bodyWidth - 40)
            h->setValue(x - 40);
        return;
    }
}

void BoardTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_adjusting = true;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(m_viewStartHour * pixelsPerHour()));
    m_adjusting = false;
}

void BoardTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect all = viewport()->rect();
    const QPalette &pal = palette();
    p.fillRect(all, pal.base());

    const int w = all.width();
    const int h = all.height();
    const QRect body(kLabelWidth, kHeaderHeight, w - kLabelWidth, h - kHeaderHeight);
    const double pph = pixelsPerHour();
    const int hours = int(m_data.span.seconds() / 3600);
    const QColor gridColor = pal.color(QPalette::Mid).lighter(130);
    const QColor dayColor = pal.color(QPalette::Dark);

    const int first = firstVisibleRow();
    const int rows = int(m_data.vehicles.size());
    const int last = std::min(rows - 1, first + body.height() / kRowHeight + 1);

    // Rows: alternating background, maintenance tinted, then the bars.
    p.save();
    p.setClipRect(body);
    for (int row = first; row <= last; ++row) {
        const auto &v = m_data.vehicles.at(row);
        const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
        QColor bg = row % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base);
        if (v.status == vehicles::VehicleStatus::Maintenance)
            bg = QColor(0xfd, 0xf1, 0xe0);
        p.fillRect(QRect(kLabelWidth, y, w - kLabelWidth, kRowHeight), bg);
    }
    // Hour grid.
    const int step = isWeek() ? 6 : 1;
    for (int hr = 0; hr <= hours; hr += step) {
        const int x = xOf(m_data.span.start + qint64(hr) * 3600);
        if (x < kLabelWidth || x > w)
            continue;
        p.setPen(hr % 24 == 0 ? dayColor : gridColor);
        p.drawLine(x, kHeaderHeight, x, h);
    }
    QFont barFont = font();
    barFont.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    p.setFont(barFont);
    for (int row = first; row <= last; ++row) {
        const auto it = m_tripsByVehicle.constFind(m_data.vehicles.at(row).id);
        if (it == m_tripsByVehicle.cend())
            continue;
        for (int index : *it) {
            const BoardTrip &t = m_data.trips.at(index);
            const QRect r = barRect(row, t);
            if (r.right() < kLabelWidth || r.left() > w)
                continue;
            const QColor c = statusColor(t.status);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(r, 3, 3);
            if (t.emergency) {
                p.setBrush(QColor(0xd0, 0x10, 0x10));
                p.drawRect(QRect(r.left(), r.top(), 4, r.height()));
            }
            if (t.dispatchedBeforeApproval && t.status != TripStatus::Closed) {
                p.setPen(QPen(QColor(0xd0, 0x10, 0x10), 1.5, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
            }
            if (t.id == m_selected) {
                p.setPen(QPen(pal.color(QPalette::Highlight).darker(150), 3));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 3, 3);
            }
            if (r.width() > 60) {
                p.setPen(Qt::white);
                const QString text = t.otherAgency
                                         ? tr("Busy (another agency)")
                                         : t.requestNo.right(4) + QStringLiteral(" ")
                                               + t.departmentName + QStringLiteral(" → ")
                                               + t.destination;
                const QRect tr = r.adjusted(t.emergency ? 7 : 4, 0, -3, 0);
                p.drawText(tr, Qt::AlignVCenter | Qt::AlignLeft,
                           p.fontMetrics().elidedText(text, Qt::ElideRight, tr.width()));
            }
        }
    }
    // Now.
    if (m_now >= m_data.span.start && m_now < m_data.span.end) {
        const int x = xOf(m_now);
        p.setPen(QPen(QColor(0xe7, 0x1d, 0x36), 2));
        p.drawLine(x, kHeaderHeight, x, h);
    }
    p.restore();

    // Header: hours (day) or days with 6-hour ticks (week).
    p.fillRect(QRect(0, 0, w, kHeaderHeight), pal.button());
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, kHeaderHeight - 1, w, kHeaderHeight - 1);
    p.save();
    p.setClipRect(QRect(kLabelWidth, 0, w - kLabelWidth, kHeaderHeight));
    p.setFont(font());
    const QLocale locale;
    if (isWeek()) {
        for (int d = 0; d < m_data.range.days(); ++d) {
            const QDate day = m_data.range.from.addDays(d);
            const int x1 = xOf(m_data.span.start + qint64(d) * 86400);
            const int x2 = xOf(m_data.span.start + qint64(d + 1) * 86400);
            p.setPen(pal.color(QPalette::ButtonText));
            p.drawText(QRect(x1 + 4, 2, x2 - x1 - 8, kHeaderHeight / 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       locale.toString(day, QStringLiteral("ddd M/d")));
            for (int hr = 6; hr < 24; hr += 6) {
                const int x = xOf(m_data.span.start + qint64(d) * 86400 + hr * 3600);
                p.setPen(pal.color(QPalette::Mid));
                p.drawLine(x, kHeaderHeight - 6, x, kHeaderHeight - 1);
                if (pph * 6 > 24) {
                    p.setPen(pal.color(QPalette::ButtonText));
                    p.drawText(QRect(x - 14, kHeaderHeight / 2, 28, kHeaderHeight / 2 - 4),
                               Qt::AlignCenter, QString::number(hr));
                }
            }
            p.setPen(dayColor);
            p.drawLine(x1, 0, x1, kHeaderHeight);
        }
    } else {
        for (int hr = 0; hr <= hours; ++hr) {
            const int x = xOf(m_data.span.start + qint64(hr) * 3600);
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(x, kHeaderHeight - 6, x, kHeaderHeight - 1);
            p.setPen(pal.color(QPalette::ButtonText));
            p.drawText(QRect(x - 24, 4, 48, kHeaderHeight - 10), Qt::AlignCenter,
                       QStringLiteral("%1:00").arg(hr % 24, 2, 10, QLatin1Char('0')));
        }
    }
    p.restore();

    // Vehicle labels.
    p.fillRect(QRect(0, kHeaderHeight, kLabelWidth, h - kHeaderHeight), pal.window());
    p.save();
    p.setClipRect(QRect(0, kHeaderHeight, kLabelWidth, h - kHeaderHeight));
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1.5));
    for (int row = first; row <= last; ++row) {
        const auto &v = m_data.vehicles.at(row);
        const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
        p.setPen(pal.color(QPalette::Mid).lighter(120));
        p.drawLine(0, y + kRowHeight - 1, kLabelWidth, y + kRowHeight - 1);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(6, y, 92, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, v.plate);
        p.setFont(small);
        QString sub = vehicles::displayName(v.category);
        if (v.status != vehicles::VehicleStatus::Available)
            sub = vehicles::displayName(v.status) + QStringLiteral(" · ") + sub;
        p.setPen(v.status == vehicles::VehicleStatus::Maintenance ? QColor(0xb0, 0x60, 0x00)
                                                                   : pal.color(QPalette::PlaceholderText));
        const QRect sr(100, y, kLabelWidth - 104, kRowHeight);
        p.drawText(sr, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(sub, Qt::ElideRight, sr.width()));
    }
    p.restore();
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(kLabelWidth - 1, 0, kLabelWidth - 1, h);

    // Corner: the vehicle count.
    p.fillRect(QRect(0, 0, kLabelWidth - 1, kHeaderHeight - 1), pal.button());
    p.setPen(pal.color(QPalette::ButtonText));
    p.setFont(font());
    p.drawText(QRect(6, 0, kLabelWidth - 12, kHeaderHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("%n vehicle(s)", nullptr, int(m_data.vehicles.size())));
}

qint64 BoardTimeline::tripAt(const QPoint &pos) const
{
    if (pos.x() < kLabelWidth || pos.y() < kHeaderHeight)
        return 0;
    const int row = (pos.y() - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    if (row < 0 || row >= m_data.vehicles.size())
        return 0;
    const auto it = m_tripsByVehicle.constFind(m_data.vehicles.at(row).id);
    if (it == m_tripsByVehicle.cend())
        return 0;
    for (int index : *it) {
        const BoardTrip &t = m_data.trips.at(index);
        // Another agency's trip on a platform vehicle is busy time only: nothing to open.
        if (barRect(row, t).contains(pos))
            return t.otherAgency ? 0 : t.id;
    }
    return 0;
}

void BoardTimeline::mousePressEvent(QMouseEvent *event)
{
    const qint64 id = tripAt(event->position().toPoint());
    if (id > 0) {
        setSelectedTrip(id);
        emit tripSelected(id);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void BoardTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = tripAt(event->position().toPoint());
    if (id > 0)
        emit tripActivated(id);
}

void BoardTimeline::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selected > 0) {
        emit tripActivated(m_selected);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool BoardTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = tripAt(help->pos());
        for (const BoardTrip &t : m_data.trips) {
            if (t.id != id)
                continue;
            QString text = QStringLiteral("<b>%1</b> — %2<br/>%3<br/>%4 → %5")
                               .arg(t.requestNo.toHtmlEscaped(),
                                    vehicles::displayName(t.status).toHtmlEscaped(),
                                    formatInstant(t.planned.start) + QStringLiteral(" – ")
                                        + formatInstant(t.planned.end),
                                    t.departmentName.toHtmlEscaped(),
                                    t.destination.toHtmlEscaped());
            text += QStringLiteral("<br/>") + tr("Driver: %1").arg(t.driverName.toHtmlEscaped());
            text += QStringLiteral("<br/>") + tr("Passengers: %1").arg(t.passengers);
            if (t.emergency)
                text += QStringLiteral("<br/>") + tr("Emergency trip");
            if (t.outOfRegion)
                text += QStringLiteral("<br/>") + tr("Out of the region");
            if (t.dispatchedBeforeApproval)
                text += QStringLiteral("<br/>") + tr("Dispatched before approval");
            QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace ga
