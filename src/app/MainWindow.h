#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ga {

class Page;
class Services;

// The main window: a navigation list on the left (Dashboard … Settings), the chosen page on
// the right, a status bar with user, role and database. Geometry and the last page are restored
// from QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Page keys, in navigation order: dashboard, vehicles, offices, housing, energy, reports,
    // organisation, audit, settings.
    QStringList pageKeys() const { return m_keys; }
    // "vehicles" or "vehicles/board"; false for an unknown key.
    bool showPage(const QString &keyAndTab);
    QString currentPageKey() const;
    Page *page(const QString &key) const { return m_pages.value(key); }

    void setDemoMode(bool demo);
    // A backup the user chose under File → Restore… (the window then closes); empty otherwise.
    QString pendingRestore() const { return m_pendingRestore; }
    // Another store the user chose under File → Data store… (the window then closes, and the
    // program starts again on it); empty otherwise.
    QString pendingStore() const { return m_pendingStore; }
    // File → Back up…: to `target` (asked for when empty), with a progress dialog.
    void backUp(const QString &target = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void addPage(const QString &key, const QString &title, Page *page);
    void createActions();
    void updateStatusBar();
    void updateTitle();
    void restoreState();

    Services &m_services;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_keys;
    QHash<QString, Page *> m_pages;
    QLabel *m_userLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    bool m_demo = false;
    QString m_pendingRestore;
    QString m_pendingStore;

    QAction *m_refreshAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_storeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace ga
