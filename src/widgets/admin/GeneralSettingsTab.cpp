#include "widgets/admin/GeneralSettingsTab.h"

#include "core/Session.h"
#include "org/SettingsService.h"
#include "widgets/common/ErrorMessage.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ga {

GeneralSettingsTab::GeneralSettingsTab(SettingsService &settings, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_session(session)
{
    setObjectName(QStringLiteral("GeneralSettingsTab"));

    // The bureau.
    auto *bureauBox = new QGroupBox(tr("Bureau"), this);
    m_bureau = new QLineEdit(bureauBox);
    m_bureau->setObjectName(QStringLiteral("bureau"));
    m_bureau->setMaxLength(120);
    auto *bureauForm = new QFormLayout(bureauBox);
    bureauForm->addRow(tr("&Name:"), m_bureau);

    // The language of this computer.
    auto *languageBox = new QGroupBox(tr("Interface language (this computer)"), this);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageNote = new QLabel(languageBox);
    m_languageNote->setWordWrap(true);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::activated, this, [this] {
        QSettings().setValue(QLatin1String(LanguageKey), m_language->currentData().toString());
        m_languageNote->setText(tr("Saved. The new language is applied at the next start of "
                                   "GovAssets."));
    });

    // Thresholds.
    auto *vehicleBox = new QGroupBox(tr("Vehicles"), this);
    auto *vehicleForm = new QFormLayout(vehicleBox);
    vehicleForm->addRow(tr("Renewal after (&years of service):"),
                        addSpin(SettingsService::VehicleRenewalYears, 1, 30, 1, tr(" years")));
    vehicleForm->addRow(tr("Renewal after (&mileage):"),
                        addSpin(SettingsService::VehicleRenewalKm, 1000, 2000000, 10000, tr(" km")));
    vehicleForm->addRow(tr("&Alert before inspection / insurance / licence expiry:"),
                        addSpin(SettingsService::VehicleAlertDays, 1, 365, 5, tr(" days")));
    vehicleForm->addRow(tr("Service interval (&days):"),
                        addSpin(SettingsService::VehicleServiceIntervalDays, 1, 3650, 30, tr(" days")));
    vehicleForm->addRow(tr("Service interval (&km):"),
                        addSpin(SettingsService::VehicleServiceIntervalKm, 100, 200000, 1000, tr(" km")));

    auto *housingBox = new QGroupBox(tr("Turnover housing"), this);
    auto *housingForm = new QFormLayout(housingBox);
    housingForm->addRow(tr("Default &tenancy term:"),
                        addSpin(SettingsService::HousingTermDefaultYears, 1, 20, 1, tr(" years")));
    housingForm->addRow(tr("Ma&ximum tenancy term:"),
                        addSpin(SettingsService::HousingTermMaxYears, 1, 20, 1, tr(" years")));
    housingForm->addRow(tr("Alert before a tenancy &ends:"),
                        addSpin(SettingsService::HousingAlertDays, 1, 365, 5, tr(" days")));

    m_readOnlyNote = new QLabel(tr("Only administrators can change these settings."), this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_problem->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    m_saveAction = new QAction(tr("&Save settings"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(m_saveAction);
    m_revertAction = new QAction(tr("Re&vert"), this);
    connect(m_revertAction, &QAction::triggered, this, &GeneralSettingsTab::load);

    m_saveButton = new QPushButton(m_saveAction->text(), this);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setToolTip(m_saveAction->shortcut().toString(QKeySequence::NativeText));
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    m_revertButton = new QPushButton(m_revertAction->text(), this);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_readOnlyNote);
    buttons->addWidget(m_status);
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(bureauBox);
    left->addWidget(languageBox);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(vehicleBox);
    right->addWidget(housingBox);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    for (QSpinBox *spin : std::as_const(m_spins))
        connect(spin, &QSpinBox::valueChanged, this, &GeneralSettingsTab::updateState);
    connect(m_bureau, &QLineEdit::textChanged, this, &GeneralSettingsTab::updateState);
    load();
}

QSpinBox *GeneralSettingsTab::addSpin(const char *key, int min, int max, int step,
                                      const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(key));
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setMinimumWidth(140);
    m_spins.insert(QString::fromLatin1(key), spin);
    return spin;
}

void GeneralSettingsTab::load()
{
    const bool editable = m_session.can(Permission::ManageSettings);
    m_bureau->setText(m_settings.value(QString::fromLatin1(SettingsService::BureauName)));
    m_bureau->setReadOnly(!editable);
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        it.value()->setValue(m_settings.intValue(it.key(), it.value()->minimum()));
        it.value()->setReadOnly(!editable);
        it.value()->setButtonSymbols(editable ? QAbstractSpinBox::UpDownArrows
                                              : QAbstractSpinBox::NoButtons);
    }
    const QString lang = QSettings().value(QLatin1String(LanguageKey)).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    m_languageNote->setText(tr("A change is applied at the next start of GovAssets."));
    m_readOnlyNote->setVisible(!editable);
    m_saveButton->setVisible(editable);
    m_revertButton->setVisible(editable);
    m_saveAction->setEnabled(editable);
    m_revertAction->setEnabled(editable);
    updateState();
}

QString GeneralSettingsTab::problem() const
{
    if (m_bureau->text().trimmed().isEmpty())
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
    m_problem->setText(p);
    m_status->clear();
    const bool editable = m_session.can(Permission::ManageSettings);
    m_saveButton->setEnabled(editable && p.isEmpty());
    m_saveAction->setEnabled(editable && p.isEmpty());
}

bool GeneralSettingsTab::save()
{
    if (!problem().isEmpty())
        return false;
    const bool ok = runGuarded(this, tr("Save settings"), [this] {
        QList<QPair<QString, QString>> changes;
        const QString bureauKey = QString::fromLatin1(SettingsService::BureauName);
        const QString bureau = m_bureau->text().trimmed();
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
        m_status->setText(tr("Settings saved."));
    return ok;
}

} // namespace ga
