#pragma once

#include "vehicles/DispatchTypes.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QHash>
#include <QList>

namespace ga {

// The dispatch board's timeline: vehicles down (plate and category), hours across, trips as bars
// coloured by status, a line at "now". Custom-painted; only the visible rows are drawn, so a
// fleet of thousands scrolls as fast as a dozen. One day (06:00–22:00 in view, the whole day
// scrollable) or a week (seven days side by side).
class BoardTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit BoardTimeline(QWidget *parent = nullptr);

    void setBoard(const vehicles::DispatchBoardData &data, qint64 now);
    const vehicles::DispatchBoardData &board() const { return m_data; }
    void setNow(qint64 now);

    qint64 selectedTrip() const { return m_selected; }
    void setSelectedTrip(qint64 tripId);
    // Scrolls so that the vehicle row and the trip's start are visible.
    void ensureTripVisible(qint64 tripId);
    // The trip's bar in viewport coordinates (empty when not on the board or scrolled away).
    QRect tripRect(qint64 tripId) const;
    // The bars currently painted.
    int visibleBarCount() const;

    static QColor statusColor(vehicles::TripStatus status);

signals:
    void tripSelected(qint64 tripId);
    void tripActivated(qint64 tripId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    bool isWeek() const { return m_data.range.days() > 1; }
    double pixelsPerHour() const;
    int contentWidth() const;
    int xOf(qint64 instant) const;      // viewport x of an instant
    QRect barRect(int row, const vehicles::BoardTrip &trip) const;
    qint64 tripAt(const QPoint &pos) const;
    int firstVisibleRow() const;
    void updateScrollBars();
    void scrollToMorning();

    vehicles::DispatchBoardData m_data;
    QHash<qint64, QList<int>> m_tripsByVehicle;   // vehicle id → indexes into m_data.trips
    QHash<qint64, int> m_rowOfVehicle;
    qint64 m_now = 0;
    qint64 m_selected = 0;
    double m_viewStartHour = 6;   // the hour at the left edge, kept across resizes
    bool m_adjusting = false;

    static constexpr int kRowHeight = 28;
    static constexpr int kHeaderHeight = 36;
    static constexpr int kLabelWidth = 200;
};

} // namespace ga
