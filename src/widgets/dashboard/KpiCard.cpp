#include "widgets/dashboard/KpiCard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace ga {

KpiCard::KpiCard(const QString &caption, const QString &targetPage, QWidget *parent)
    : QFrame(parent)
    , m_target(targetPage)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(190);
    setAlert(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    m_value->setFont(f);
    m_detail = new QLabel(this);
    m_detail->setStyleSheet(QStringLiteral("color: #666;"));
    m_detail->setWordWrap(true);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setAccessibleName(caption);
}

void KpiCard::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString KpiCard::value() const
{
    return m_value->text();
}

void KpiCard::setAlert(bool alert)
{
    setStyleSheet(alert ? QStringLiteral("ga--KpiCard { background: #fdecea; border: 1px solid #e57373; "
                                         "border-radius: 6px; } ga--KpiCard:focus { border: 2px solid #1565c0; }")
                        : QStringLiteral("ga--KpiCard { background: white; border: 1px solid #cfd8dc; "
                                         "border-radius: 6px; } ga--KpiCard:focus { border: 2px solid #1565c0; }"));
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_target);
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        emit activated(m_target);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace ga
