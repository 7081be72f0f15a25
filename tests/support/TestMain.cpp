#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

// Catch2's main with a QApplication, so GUI tests can drive real widgets (offscreen by default).
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    spdlog::set_level(spdlog::level::critical); // tests provoke errors on purpose
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GovAssetsTests"));
    QApplication::setOrganizationName(QStringLiteral("GovAssets"));
    return Catch::Session().run(argc, argv);
}
