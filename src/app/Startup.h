#pragma once

#include <QString>

class QApplication;
class QCoreApplication;
class QWidget;

namespace ga {

struct AppOptions;

// Loads the program's translation and Qt's own (dialog buttons) for `language`: "zh_CN", "en",
// or empty for the system locale (Chinese on a zh locale, English otherwise).
// Returns the language chosen.
QString installTranslations(QCoreApplication &app, const QString &language);

// The GUI start-up: open the store, first-start setup or login, main window; or, with
// --screenshot, render one page to a PNG and return.
int runGui(QApplication &app, const AppOptions &options);

// Renders `widget` (already laid out) to a PNG file.
bool saveScreenshot(QWidget *widget, const QString &file);

} // namespace ga
