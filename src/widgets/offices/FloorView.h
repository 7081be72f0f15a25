#pragma once

#include "offices/OfficeTypes.h"
#include "offices/RoomRepository.h"
#include "widgets/common/Page.h"

#include <QList>
#include <QRectF>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPainter;

namespace ga::offices {

class OfficeService;

// The rooms of one floor drawn as tiles whose areas follow the rooms' usable areas (a
// schematic, no plan), coloured by status or by over-standard, with their occupants' names.
// Arrow keys move between tiles; Enter or a click opens the room (roomActivated).
class FloorView : public QWidget
{
    Q_OBJECT
public:
    enum class Colouring { Status, OverStandard };

    explicit FloorView(QWidget *parent = nullptr);

    void setRooms(const QList<RoomRow> &rooms, const QString &title);
    void setColouring(Colouring c);
    const QList<RoomRow> &rooms() const { return m_rooms; }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int i);
    // The tiles laid out in `area` (the widget's rectangle, or a printed page's).
    QList<QRectF> layoutTiles(const QRectF &area) const;
    // Paints the title, the tiles and the legend into `area` (screen and printer alike).
    void render(QPainter &p, const QRectF &area) const;

    QSize sizeHint() const override { return {800, 480}; }

signals:
    void roomActivated(qint64 roomId);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    QColor colourOf(const RoomRow &r) const;
    QRectF tileArea(const QRectF &area) const;

    QList<RoomRow> m_rooms;
    QString m_title;
    Colouring m_colouring = Colouring::Status;
    int m_current = -1;
};

// The floor view tab: building and floor choosers, the colouring, the view and Print.
class FloorTab : public Page
{
    Q_OBJECT
public:
    explicit FloorTab(OfficeService &offices, QWidget *parent = nullptr);
    FloorView *view() const { return m_view; }
    QComboBox *buildingCombo() const { return m_building; }
    QComboBox *floorCombo() const { return m_floor; }
    QAction *printAction() const { return m_print; }

    void activate() override;
    // Shows a floor (the register's current room's, or any).
    void showFloor(qint64 buildingId, int floor);

signals:
    void roomOpened(qint64 roomId);

private:
    void fillFloors();
    void loadFloor();
    void print();

    OfficeService &m_offices;
    QList<FloorEntry> m_floors;
    QComboBox *m_building = nullptr;
    QComboBox *m_floor = nullptr;
    QComboBox *m_colouring = nullptr;
    QLabel *m_summary = nullptr;
    FloorView *m_view = nullptr;
    QAction *m_print = nullptr;
};

} // namespace ga::offices
