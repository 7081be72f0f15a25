#include "widgets/common/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ga {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &willHold, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto *banner = new QLabel(tr("Not built yet — this module comes in a later release."), this);
    banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 8px; color: #5a4300; }"));
    auto *body = new QLabel(willHold, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(banner);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("It will hold:"), this));
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace ga
