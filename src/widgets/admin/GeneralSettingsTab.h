#pragma once

#include <QMap>
#include <QWidget>

#include <memory>

class QAction;
class QSpinBox;

namespace ga {

namespace Ui {
class GeneralSettingsTab;
}

class Session;
class SettingsService;

// Settings → General: the bureau's name and the modules' thresholds (stored in the database,
// administrators only), and the interface language (this computer's QSettings "ui/language",
// applied at the next start). The layout is the form ui/admin/GeneralSettingsTab.ui.
class GeneralSettingsTab : public QWidget
{
    Q_OBJECT
public:
    GeneralSettingsTab(SettingsService &settings, Session &session, QWidget *parent = nullptr);
    ~GeneralSettingsTab() override;

    // Re-reads the stored values (dropping unsaved edits) and the user's rights.
    void load();
    // Validates and stores what changed; true on success (errors are shown to the user).
    bool save();
    // Empty when the form's values can be saved, else the reason.
    QString problem() const;

    static constexpr const char *LanguageKey = "ui/language";

private:
    void updateState();

    SettingsService &m_settings;
    Session &m_session;
    std::unique_ptr<Ui::GeneralSettingsTab> m_ui;
    // The threshold spin boxes by setting key (also their object names).
    QMap<QString, QSpinBox *> m_spins;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};

} // namespace ga
