#include "widgets/common/Page.h"

#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ga {

void Page::focusContent()
{
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (!isAncestorOf(w) || qobject_cast<QTabBar *>(w))
            continue;
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

TabbedPage::TabbedPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { activate(); });
}

void TabbedPage::addSubPage(const QString &key, const QString &title, Page *page)
{
    page->setObjectName(key + QStringLiteral("Tab"));
    m_keys << key;
    // The first tab becomes current as it is added: no activation (no loading) while the page
    // is being built; the main window activates it when it is shown.
    const QSignalBlocker quiet(m_tabs);
    m_tabs->addTab(page, title);
}

void TabbedPage::activate()
{
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->activate();
}

void TabbedPage::showSubPage(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0)
        m_tabs->setCurrentIndex(i);
}

QString TabbedPage::currentSubPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

Page *TabbedPage::subPage(const QString &key) const
{
    const int i = m_keys.indexOf(key);
    return i >= 0 ? qobject_cast<Page *>(m_tabs->widget(i)) : nullptr;
}

} // namespace ga
