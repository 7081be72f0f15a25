#include "widgets/offices/FloorView.h"

#include "offices/OfficeService.h"
#include "org/OrgTypes.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/offices/OfficeTableModels.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ga::offices {

namespace {
constexpr qreal kTitleHeight = 28;
constexpr qreal kLegendHeight = 24;
constexpr qreal kGap = 4;
constexpr qreal kMinTileWidth = 64;
} // namespace

FloorView::FloorView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(400, 260);
    setAutoFillBackground(true);
}

void FloorView::setRooms(const QList<RoomRow> &rooms, const QString &title)
{
    m_rooms = rooms;
    m_title = title;
    m_current = rooms.isEmpty() ? -1 : qBound(0, m_current, int(rooms.size()) - 1);
    update();
}

void FloorView::setColouring(Colouring c)
{
    m_colouring = c;
    update();
}

void FloorView::setCurrentIndex(int i)
{
    if (m_rooms.isEmpty())
        return;
    m_current = qBound(0, i, int(m_rooms.size()) - 1);
    update();
}

QRectF FloorView::tileArea(const QRectF &area) const
{
    return area.adjusted(0, kTitleHeight, 0, -kLegendHeight);
}

QList<QRectF> FloorView::layoutTiles(const QRectF &whole) const
{
    // Rows of equal height; each tile's width is its share of the row's area, the rows filled
    // in room order so neighbours stay neighbours.
    QList<QRectF> out;
    const QRectF area = tileArea(whole);
    if (m_rooms.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return out;
    double total = 0;
    for (const RoomRow &r : m_rooms)
        total += double(qMax<qint64>(r.room.usableArea, 1));
    const int rows = qMax(1, int(std::lround(std::sqrt(m_rooms.size() / 4.0))));
    const double perRow = total / rows;
    const qreal rowHeight = area.height() / rows;
    int start = 0;
    for (int row = 0; row < rows && start < m_rooms.size(); ++row) {
        int end = start;
        double sum = 0;
        while (end < m_rooms.size() && (sum < perRow || row == rows - 1)) {
            sum += double(qMax<qint64>(m_rooms.at(end).room.usableArea, 1));
            ++end;
        }
        qreal x = area.left();
        const qreal y = area.top() + row * rowHeight;
        for (int i = start; i < end; ++i) {
            const double share = double(qMax<qint64>(m_rooms.at(i).room.usableArea, 1)) / sum;
            const qreal w = i == end - 1 ? area.right() - x
                                         : qMax(kMinTileWidth, area.width() * share);
            out << QRectF(x, y, qMax<qreal>(w, 1), rowHeight).adjusted(kGap / 2, kGap / 2,
                                                                       -kGap / 2, -kGap / 2);
            x += w;
        }
        start = end;
    }
    return out;
}

QColor FloorView::colourOf(const RoomRow &r) const
{
    if (m_colouring == Colouring::OverStandard) {
        if (r.overStandard)
            return overStandardColour();
        return r.occupants > 0 ? QColor(0x66, 0xbb, 0x6a) : QColor(0xbd, 0xbd, 0xbd);
    }
    return statusColour(r.room.status).lighter(160);
}

void FloorView::render(QPainter &p, const QRectF &area) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = p.font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), kTitleHeight),
               Qt::AlignLeft | Qt::AlignVCenter, m_title);
    QFont normal = titleFont;
    normal.setBold(false);
    p.setFont(normal);
    if (m_rooms.isEmpty())
        p.drawText(tileArea(area), Qt::AlignCenter, tr("No rooms on this floor."));
    const QList<QRectF> tiles = layoutTiles(area);
    for (int i = 0; i < tiles.size(); ++i) {
        const RoomRow &r = m_rooms.at(i);
        const QRectF tile = tiles.at(i);
        QColor fill = colourOf(r);
        if (m_colouring == Colouring::OverStandard && r.overStandard)
            fill = fill.lighter(150);
        p.setBrush(fill);
        p.setPen(QPen(i == m_current ? QColor(Qt::black) : QColor(0x75, 0x75, 0x75),
                      i == m_current ? 3 : 1));
        p.drawRect(tile);
        p.setPen(Qt::black);
        QString text = r.room.number + QLatin1Char('\n') + formatAreaWithUnit(r.room.usableArea);
        if (!r.occupantNames.isEmpty())
            text += QLatin1Char('\n') + r.occupantNames;
        else if (r.room.useType != UseType::Office)
            text += QLatin1Char('\n') + displayName(r.room.useType);
        p.drawText(tile.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   text);
    }
    // The legend.
    qreal x = area.left();
    const qreal y = area.bottom() - kLegendHeight + 4;
    auto legend = [&](const QColor &c, const QString &label) {
        p.setBrush(c);
        p.setPen(QColor(0x75, 0x75, 0x75));
        p.drawRect(QRectF(x, y, 14, 14));
        p.setPen(Qt::black);
        const qreal w = p.fontMetrics().horizontalAdvance(label) + 12;
        p.drawText(QRectF(x + 18, y - 2, w, 18), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 18 + w + 8;
    };
    if (m_colouring == Colouring::Status) {
        for (RoomStatus s : allRoomStatuss())
            legend(statusColour(s).lighter(160), displayName(s));
    } else {
        legend(overStandardColour(), tr("Over standard"));
        legend(QColor(0x66, 0xbb, 0x6a), tr("Within standard"));
        legend(QColor(0xbd, 0xbd, 0xbd), tr("Vacant"));
    }
    p.restore();
}

void FloorView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    render(p, QRectF(rect()).adjusted(8, 4, -8, -4));
}

void FloorView::mousePressEvent(QMouseEvent *e)
{
    const QList<QRectF> tiles = layoutTiles(QRectF(rect()).adjusted(8, 4, -8, -4));
    for (int i = 0; i < tiles.size(); ++i) {
        if (tiles.at(i).contains(e->position())) {
            setCurrentIndex(i);
            emit roomActivated(m_rooms.at(i).room.id);
            return;
        }
    }
    QWidget::mousePressEvent(e);
}

void FloorView::keyPressEvent(QKeyEvent *e)
{
    if (m_rooms.isEmpty()) {
        QWidget::keyPressEvent(e);
        return;
    }
    switch (e->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentIndex(m_current + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentIndex(m_current - 1);
        break;
    case Qt::Key_Home: setCurrentIndex(0); break;
    case Qt::Key_End: setCurrentIndex(int(m_rooms.size()) - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit roomActivated(m_rooms.at(m_current).room.id);
        break;
    default: QWidget::keyPressEvent(e); return;
    }
}

// --- FloorTab ------------------------------------------------------------------------------

FloorTab::FloorTab(OfficeService &offices, QWidget *parent)
    : Page(parent)
    , m_offices(offices)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("floorBuilding"));
    m_building->setMinimumWidth(200);
    auto *buildingLabel = new QLabel(tr("&Building:"), this);
    buildingLabel->setBuddy(m_building);
    m_floor = new QComboBox(this);
    m_floor->setObjectName(QStringLiteral("floorFloor"));
    auto *floorLabel = new QLabel(tr("Fl&oor:"), this);
    floorLabel->setBuddy(m_floor);
    m_colouring = new QComboBox(this);
    m_colouring->setObjectName(QStringLiteral("floorColouring"));
    m_colouring->addItem(tr("By status"));
    m_colouring->addItem(tr("By over-standard"));
    auto *colourLabel = new QLabel(tr("Colo&ur:"), this);
    colourLabel->setBuddy(m_colouring);
    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_print, &QAction::triggered, this, &FloorTab::print);
    addAction(m_print);
    m_print->setIconText(m_print->text()); // the tool button keeps the mnemonic
    auto *printButton = new QToolButton(this);
    printButton->setDefaultAction(m_print);
    for (QWidget *w : {static_cast<QWidget *>(buildingLabel), static_cast<QWidget *>(m_building),
                       static_cast<QWidget *>(floorLabel), static_cast<QWidget *>(m_floor),
                       static_cast<QWidget *>(colourLabel), static_cast<QWidget *>(m_colouring)})
        bar->addWidget(w);
    bar->addStretch();
    m_summary = new QLabel(this);
    bar->addWidget(m_summary);
    bar->addWidget(printButton);
    layout->addLayout(bar);
    m_view = new FloorView(this);
    m_view->setObjectName(QStringLiteral("floorView"));
    layout->addWidget(m_view, 1);
    connect(m_building, &QComboBox::activated, this, [this] {
        fillFloors();
        loadFloor();
    });
    connect(m_floor, &QComboBox::activated, this, [this] { loadFloor(); });
    connect(m_colouring, &QComboBox::activated, this, [this](int i) {
        m_view->setColouring(i == 1 ? FloorView::Colouring::OverStandard
                                    : FloorView::Colouring::Status);
    });
    connect(m_view, &FloorView::roomActivated, this, &FloorTab::roomOpened);
    setTabOrder(m_building, m_floor);
    setTabOrder(m_floor, m_colouring);
    setTabOrder(m_colouring, m_view);
    setFocusProxy(m_view);
}

void FloorTab::activate()
{
    if (!runGuarded(this, tr("Floor view"), [&] { m_floors = m_offices.floors(); }))
        return;
    const qint64 keep = m_building->currentData().toLongLong();
    const QSignalBlocker block(m_building);
    m_building->clear();
    qint64 last = 0;
    for (const FloorEntry &f : m_floors) {
        if (f.buildingId == last)
            continue;
        last = f.buildingId;
        m_building->addItem(f.buildingCode + QStringLiteral("  ") + f.buildingName, f.buildingId);
    }
    const int i = m_building->findData(keep);
    m_building->setCurrentIndex(i >= 0 ? i : 0);
    fillFloors();
    loadFloor();
}

void FloorTab::fillFloors()
{
    const qint64 building = m_building->currentData().toLongLong();
    const int keep = m_floor->currentIndex() >= 0 ? m_floor->currentData().toInt() : INT_MIN;
    m_floor->clear();
    for (const FloorEntry &f : m_floors)
        if (f.buildingId == building)
            m_floor->addItem(tr("Floor %1 (%n room(s))", nullptr, f.rooms).arg(f.floor), f.floor);
    const int i = m_floor->findData(keep);
    m_floor->setCurrentIndex(i >= 0 ? i : (m_floor->count() > 0 ? 0 : -1));
}

void FloorTab::showFloor(qint64 buildingId, int floor)
{
    activate();
    const int b = m_building->findData(buildingId);
    if (b < 0)
        return;
    m_building->setCurrentIndex(b);
    fillFloors();
    const int f = m_floor->findData(floor);
    if (f >= 0)
        m_floor->setCurrentIndex(f);
    loadFloor();
}

void FloorTab::loadFloor()
{
    if (m_building->currentIndex() < 0 || m_floor->currentIndex() < 0) {
        m_view->setRooms({}, tr("No rooms registered."));
        m_summary->clear();
        return;
    }
    const qint64 building = m_building->currentData().toLongLong();
    const int floor = m_floor->currentData().toInt();
    QList<RoomRow> rooms;
    if (!runGuarded(this, tr("Floor view"),
                    [&] { rooms = m_offices.roomsOnFloor(building, floor); }))
        return;
    int over = 0;
    qint64 area = 0;
    for (const RoomRow &r : rooms) {
        over += r.overStandard ? 1 : 0;
        area += r.room.usableArea;
    }
    m_view->setRooms(rooms, tr("%1, floor %2").arg(m_building->currentText().trimmed()).arg(floor));
    m_summary->setText(tr("%n room(s), %1 usable, %2 over standard", nullptr, int(rooms.size()))
                           .arg(formatAreaWithUnit(area))
                           .arg(over));
}

void FloorTab::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print floor view"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter p(&printer);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    // Lay out at screen size and scale to the page, so the fonts keep their proportions.
    const QSizeF logical(1100, 1100 * page.height() / page.width());
    p.scale(page.width() / logical.width(), page.height() / logical.height());
    m_view->render(p, QRectF(QPointF(0, 0), logical));
}

} // namespace ga::offices
