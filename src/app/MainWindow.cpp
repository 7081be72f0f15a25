#include "app/MainWindow.h"

#include "app/Services.h"
#include "energy/EnergyService.h"
#include "org/BackupService.h"
#include "storage/Backup.h"
#include "widgets/admin/RestoreDialog.h"
#include "widgets/admin/StoreDialog.h"
#include "widgets/common/ErrorMessage.h"
#include "org/SettingsService.h"
#include "org/UserService.h"
#include "widgets/admin/AuditPage.h"
#include "widgets/admin/SettingsPage.h"
#include "widgets/common/Page.h"
#include "widgets/common/PlaceholderPage.h"
#include "widgets/housing/HousingPage.h"
#include "widgets/dashboard/DashboardPage.h"
#include "widgets/energy/EnergyPage.h"
#include "widgets/offices/OfficesPage.h"
#include "widgets/org/OrganisationPage.h"
#include "housing/HousingImporters.h"
#include "vehicles/FuelImporter.h"
#include "vehicles/VehicleImporter.h"
#include "widgets/vehicles/ImportDialog.h"
#include "widgets/vehicles/VehiclesPage.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace ga {

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setMinimumWidth(150);
    m_nav->setMaximumWidth(240);
    m_nav->setIconSize(QSize(20, 20));
    m_stack = new QStackedWidget(this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 1100});
    setCentralWidget(splitter);

    createPages();
    createActions();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_keys.size())
            return;
        Page *p = m_pages.value(m_keys.at(row));
        m_stack->setCurrentWidget(p);
        p->activate();
    });

    m_userLabel = new QLabel(this);
    m_dbLabel = new QLabel(this);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    updateStatusBar();
    updateTitle();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &key, const QString &title, Page *page)
{
    page->setObjectName(key + QStringLiteral("Page"));
    m_keys << key;
    m_pages.insert(key, page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setSizeHint(QSize(0, 34));
}

void MainWindow::createPages()
{
    auto *dashboard = new DashboardPage(m_services, this);
    connect(dashboard, &DashboardPage::navigateTo, this, &MainWindow::showPage);
    addPage(QStringLiteral("dashboard"), tr("Dashboard"), dashboard);
    addPage(QStringLiteral("vehicles"), tr("Vehicles"), new VehiclesPage(m_services, this));
    addPage(QStringLiteral("offices"), tr("Offices"),
            new offices::OfficesPage(m_services.offices(), m_services.org(), this));
    addPage(QStringLiteral("housing"), tr("Housing"),
            new housing::HousingPage(m_services.housing(), m_services.org(), this));
    addPage(QStringLiteral("energy"), tr("Energy"),
            new energy::EnergyPage(m_services.energy(), m_services.org(), this));
    addPage(QStringLiteral("reports"), tr("Reports"),
            new PlaceholderPage(tr("Reports"),
                                tr("The monthly cost report, the running-cost disclosure and the "
                                   "energy statement, printed or saved as PDF, CSV and XLSX."),
                                this));
    addPage(QStringLiteral("organisation"), tr("Organisation"),
            new OrganisationPage(m_services.org(), this));
    addPage(QStringLiteral("audit"), tr("Audit log"),
            new AuditPage(m_services.auditQuery(), m_services.session(), this));
    addPage(QStringLiteral("settings"), tr("Settings"),
            new SettingsPage(m_services.settings(), m_services.users(), m_services.session(), this));
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    const auto openImport = [this](Importer &importer) {
        ImportDialog dialog(importer, this);
        connect(&dialog, &ImportDialog::imported, this, [this] {
            if (auto *p = qobject_cast<Page *>(m_stack->currentWidget()))
                p->activate();
        });
        dialog.exec();
    };
    auto *importVehicles = new QAction(tr("Import &vehicles…"), this);
    importVehicles->setObjectName(QStringLiteral("importVehiclesAction"));
    connect(importVehicles, &QAction::triggered, this,
            [this, openImport] { openImport(m_services.vehicleImporter()); });
    fileMenu->addAction(importVehicles);
    auto *importFuel = new QAction(tr("Import &fuel transactions…"), this);
    importFuel->setObjectName(QStringLiteral("importFuelAction"));
    connect(importFuel, &QAction::triggered, this,
            [this, openImport] { openImport(m_services.fuelImporter()); });
    fileMenu->addAction(importFuel);
    auto *importFlats = new QAction(tr("Import f&lats…"), this);
    importFlats->setObjectName(QStringLiteral("importFlatsAction"));
    connect(importFlats, &QAction::triggered, this,
            [this, openImport] { openImport(m_services.flatImporter()); });
    fileMenu->addAction(importFlats);
    auto *importTenancies = new QAction(tr("Import &tenancies…"), this);
    importTenancies->setObjectName(QStringLiteral("importTenanciesAction"));
    connect(importTenancies, &QAction::triggered, this,
            [this, openImport] { openImport(m_services.tenancyImporter()); });
    fileMenu->addAction(importTenancies);
    fileMenu->addSeparator();
    m_backupAction = new QAction(tr("&Back up…"), this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, [this] { backUp(); });
    fileMenu->addAction(m_backupAction);
    m_restoreAction = new QAction(tr("R&estore…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        RestoreDialog dialog(m_services.backups(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_pendingRestore = dialog.chosenFile();
        close();
    });
    fileMenu->addAction(m_restoreAction);
    const bool mayBackUp = m_services.backups().canBackUp();
    m_backupAction->setEnabled(mayBackUp);
    m_restoreAction->setEnabled(mayBackUp);
    m_storeAction = new QAction(tr("Data s&tore…"), this);
    m_storeAction->setObjectName(QStringLiteral("storeAction"));
    connect(m_storeAction, &QAction::triggered, this, [this] {
        StoreDialog dialog(m_services.database().path(), this);
        if (dialog.exec() != QDialog::Accepted
            || dialog.location() == m_services.database().path())
            return;
        m_pendingStore = dialog.location();
        close();
    });
    fileMenu->addAction(m_storeAction);
    fileMenu->addSeparator();
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(m_quitAction);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (auto *p = qobject_cast<Page *>(m_stack->currentWidget()))
            p->activate();
    });
    viewMenu->addAction(m_refreshAction);
    viewMenu->addSeparator();
    for (int i = 0; i < m_keys.size(); ++i) {
        auto *go = new QAction(m_nav->item(i)->text(), this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            m_nav->setCurrentRow(i);
            m_pages.value(m_keys.at(i))->focusContent();
        });
        viewMenu->addAction(go);
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = new QAction(tr("&About GovAssets"), this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About GovAssets"),
                           tr("GovAssets %1\nPublic assets of a government-affairs administration "
                              "bureau: vehicles, offices, turnover housing and energy.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    helpMenu->addAction(m_aboutAction);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_refreshAction);
}

bool MainWindow::showPage(const QString &keyAndTab)
{
    const QString key = keyAndTab.section(QLatin1Char('/'), 0, 0);
    const QString tab = keyAndTab.section(QLatin1Char('/'), 1);
    const int row = m_keys.indexOf(key);
    if (row < 0)
        return false;
    m_nav->setCurrentRow(row);
    if (!tab.isEmpty()) {
        Page *p = m_pages.value(key);
        if (!p->subPageKeys().contains(tab))
            return false;
        p->showSubPage(tab);
    }
    m_pages.value(key)->focusContent();
    return true;
}

QString MainWindow::currentPageKey() const
{
    const int row = m_nav->currentRow();
    if (row < 0)
        return {};
    const QString key = m_keys.at(row);
    const QString sub = m_pages.value(key)->currentSubPage();
    return sub.isEmpty() ? key : key + QLatin1Char('/') + sub;
}

void MainWindow::backUp(const QString &chosen)
{
    QString target = chosen;
    if (target.isEmpty()) {
        const QString suggested
            = QDir(Backup::folderFor(m_services.database().path()))
                  .filePath(QStringLiteral("govassets-%1.db")
                                .arg(QDateTime::currentDateTime().toString(
                                    QStringLiteral("yyyyMMdd-HHmm"))));
        target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                              tr("GovAssets backups (*.db)"));
        if (target.isEmpty())
            return;
    }
    QProgressDialog progress(tr("Backing up the database…"), QString(), 0, 100, this);
    progress.setWindowTitle(tr("Back up"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    BackupInfo info;
    const bool ok = runGuarded(this, tr("Back up"), [&] {
        info = m_services.backups().backUp(target, [&](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
    });
    progress.reset();
    if (ok)
        statusBar()->showMessage(
            tr("The database was backed up to %1 and the copy checked (schema %2, %3).")
                .arg(QDir::toNativeSeparators(info.path))
                .arg(info.schemaVersion)
                .arg(QLocale().formattedDataSize(info.bytes, 1,
                                                 QLocale::DataSizeTraditionalFormat)),
            30000);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MainWindow::updateStatusBar()
{
    const UserContext &u = m_services.session().user();
    m_userLabel->setText(tr("User: %1 (%2)").arg(u.displayName, roleDisplayName(u.role)));
    m_dbLabel->setText(tr("Database: %1").arg(m_services.database().path()));
}

void MainWindow::updateTitle()
{
    QString bureau = m_services.settings().value(QString::fromLatin1(SettingsService::BureauName));
    QString title = bureau.isEmpty() ? tr("GovAssets") : tr("GovAssets — %1").arg(bureau);
    if (m_demo)
        title += tr(" [DEMO — generated data]");
    setWindowTitle(title);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    // A geometry saved on a larger or another monitor must not leave the window past the screen.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        if (!available.contains(frameGeometry())) {
            resize(size().boundedTo(available.size() * 0.95));
            move(available.center() - rect().center());
        }
    }
    const QString last = settings.value(QStringLiteral("mainWindow/page")).toString();
    if (last.isEmpty() || !showPage(last))
        m_nav->setCurrentRow(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/page"), currentPageKey());
    QMainWindow::closeEvent(event);
}

} // namespace ga
