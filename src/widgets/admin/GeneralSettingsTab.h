#pragma once

#include <QMap>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ga {

class Session;
class SettingsService;

// Settings → General: the bureau's name and the modules' thresholds (stored in the database,
// administrators only), and the interface language (this computer's QSettings "ui/language",
// applied at the next start).
class GeneralSettingsTab : public QWidget
{
    Q_OBJECT
public:
    GeneralSettingsTab(SettingsService &settings, Session &session, QWidget *parent = nullptr);

    // Re-reads the stored values (dropping unsaved edits) and the user's rights.
    void load();
    // Validates and stores what changed; true on success (errors are shown to the user).
    bool save();
    // Empty when the form's values can be saved, else the reason.
    QString problem() const;

    static constexpr const char *LanguageKey = "ui/language";

private:
    QSpinBox *addSpin(const char *key, int min, int max, int step, const QString &suffix);
    void updateState();

    SettingsService &m_settings;
    Session &m_session;
    QLineEdit *m_bureau = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QMap<QString, QSpinBox *> m_spins;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};

} // namespace ga
