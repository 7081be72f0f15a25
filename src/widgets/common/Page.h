#pragma once

#include <QStringList>
#include <QWidget>

class QTabWidget;

namespace ga {

// One page of the main window's navigation. A page may hold sub-pages (tabs), addressed by a
// key so that `--screenshot vehicles/board` and the saved "last page" can reach them.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Called each time the page is shown: reload what may have changed elsewhere.
    virtual void activate() {}
    virtual QStringList subPageKeys() const { return {}; }
    virtual void showSubPage(const QString &key) { Q_UNUSED(key) }
    virtual QString currentSubPage() const { return {}; }

    // Moves the keyboard focus into the page, so its shortcuts (which act while the focus is
    // inside the page) work right after the page was chosen with Ctrl+1…9. By default the
    // first focusable widget of the page (tab bars skipped) gets the focus.
    virtual void focusContent();
};

// A navigation page of tabs, each a Page addressed by its key ("staff", "flats" …): the tab in
// view is activated whenever it is shown or chosen, and the main window opens a tab by its key.
class TabbedPage : public Page
{
    Q_OBJECT
public:
    explicit TabbedPage(QWidget *parent = nullptr);

    void activate() override;
    QStringList subPageKeys() const override { return m_keys; }
    void showSubPage(const QString &key) override;
    QString currentSubPage() const override;
    // The tab with `key`, or nullptr.
    Page *subPage(const QString &key) const;

protected:
    // Adds a tab; its object name becomes "<key>Tab".
    void addSubPage(const QString &key, const QString &title, Page *page);

private:
    QTabWidget *m_tabs = nullptr;
    QStringList m_keys;
};

} // namespace ga
