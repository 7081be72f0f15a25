#include "widgets/admin/GeneralSettingsTab.h"

#include "core/Session.h"
#include "org/SettingsService.h"
#include "storage/Backup.h"
#include "widgets/common/ErrorMessage.h"

#include "ui_GeneralSettingsTab.h"

#include <QAction>
#include <QSettings>

namespace ga {

GeneralSettingsTab::GeneralSettingsTab(SettingsService &settings, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_session(session)
    , m_ui(std::make_unique<Ui::GeneralSettingsTab>())
{
    m_ui->setupUi(this);

    m_ui->language->addItem(tr("System default"), QString());
    m_ui->language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    connect(m_ui->language, &QComboBox::activated, this, [this] {
        QSettings().setValue(QLatin1String(LanguageKey), m_ui->language->currentData().toString());
        m_ui->languageNote->setText(tr("Saved. The new language is applied at the next start of "
                                       "GovAssets."));
    });

    const QList<QPair<const char *, QSpinBox *>> spins {
        {SettingsService::VehicleRenewalYears, m_ui->renewalYears},
        {SettingsService::VehicleRenewalKm, m_ui->renewalKm},
        {SettingsService::VehicleAlertDays, m_ui->vehicleAlertDays},
        {SettingsService::VehicleServiceIntervalDays, m_ui->serviceIntervalDays},
        {SettingsService::VehicleServiceIntervalKm, m_ui->serviceIntervalKm},
        {SettingsService::HousingTermDefaultYears, m_ui->termDefaultYears},
        {SettingsService::HousingTermMaxYears, m_ui->termMaxYears},
        {SettingsService::HousingAlertDays, m_ui->housingAlertDays},
        {SettingsService::BackupKeep, m_ui->backupKeep},
    };
    for (const auto &[key, spin] : spins) {
        spin->setObjectName(QString::fromLatin1(key));
        m_spins.insert(QString::fromLatin1(key), spin);
        connect(spin, &QSpinBox::valueChanged, this, &GeneralSettingsTab::updateState);
    }

    m_saveAction = new QAction(m_ui->save->text(), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(m_saveAction);
    m_revertAction = new QAction(m_ui->revert->text(), this);
    connect(m_revertAction, &QAction::triggered, this, &GeneralSettingsTab::load);
    m_ui->save->setToolTip(m_saveAction->shortcut().toString(QKeySequence::NativeText));
    connect(m_ui->save, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_ui->revert, &QPushButton::clicked, m_revertAction, &QAction::trigger);

    connect(m_ui->bureau, &QLineEdit::textChanged, this, &GeneralSettingsTab::updateState);
    load();
}

GeneralSettingsTab::~GeneralSettingsTab() = default;

void GeneralSettingsTab::load()
{
    const bool editable = m_session.can(Permission::ManageSettings);
    m_ui->bureau->setText(m_settings.value(QString::fromLatin1(SettingsService::BureauName)));
    m_ui->bureau->setReadOnly(!editable);
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        const int fallback = it.key() == QLatin1String(SettingsService::BackupKeep)
                                 ? Backup::kDefaultKeep
                                 : it.value()->minimum();
        it.value()->setValue(m_settings.intValue(it.key(), fallback));
        it.value()->setReadOnly(!editable);
        it.value()->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                              : QAbstractSpinBox::NoButtons);
    }
    const QString lang = QSettings().value(QLatin1String(LanguageKey)).toString();
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(lang)));
    m_ui->languageNote->setText(tr("A change is applied at the next start of GovAssets."));
    m_ui->readOnlyNote->setVisible(!editable);
    m_ui->save->setVisible(editable);
    m_ui->revert->setVisible(editable);
    m_saveAction->setEnabled(editable);
    m_revertAction->setEnabled(editable);
    updateState();
}

QString GeneralSettingsTab::problem() const
{
    if (m_ui->bureau->text().trimmed().isEmpty())
        return tr("The bureau's name may not be empty.");
    const int def = m_spins.value(QLatin1String(SettingsService::HousingTermDefaultYears))->value();
    const int max = m_spins.value(QLatin1String(SettingsService::HousingTermMaxYears))->value();
    if (def > max)
        return tr("The default tenancy term (%1 years) exceeds the maximum (%2 years).")
            .arg(def)
            .arg(max);
    return {};
}

void GeneralSettingsTab::updateState()
{
    const QString p = problem();
    m_ui->problem->setText(p);
    m_ui->status->clear();
    const bool editable = m_session.can(Permission::ManageSettings);
    m_ui->save->setEnabled(editable && p.isEmpty());
    m_saveAction->setEnabled(editable && p.isEmpty());
}

bool GeneralSettingsTab::save()
{
    if (!problem().isEmpty())
        return false;
    const bool ok = runGuarded(this, tr("Save settings"), [this] {
        QList<QPair<QString, QString>> changes;
        const QString bureauKey = QString::fromLatin1(SettingsService::BureauName);
        const QString bureau = m_ui->bureau->text().trimmed();
        if (bureau != m_settings.value(bureauKey))
            changes.append({bureauKey, bureau});
        for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
            const QString value = QString::number(it.value()->value());
            if (value != m_settings.value(it.key()))
                changes.append({it.key(), value});
        }
        m_settings.setValues(changes);
    });
    if (ok)
        m_ui->status->setText(tr("Settings saved."));
    return ok;
}

} // namespace ga
