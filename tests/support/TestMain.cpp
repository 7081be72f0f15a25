#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <cstdio>

// Catch2's main with a QApplication, so GUI tests can drive real widgets (offscreen by default).
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    spdlog::set_level(spdlog::level::critical); // tests provoke errors on purpose
    // The postgres run of a suite without a server to run on is skipped (CTest's
    // SKIP_RETURN_CODE), not failed: scripts/test starts one.
    const bool listing = argc > 1 && QByteArray(argv[1]).startsWith("--list");
    if (!listing && qEnvironmentVariable("GOVASSETS_TEST_STORE") == QLatin1String("postgres")
        && qEnvironmentVariableIsEmpty("GOVASSETS_TEST_PG_URL")) {
        std::fprintf(stderr, "No PostgreSQL test server (GOVASSETS_TEST_PG_URL is not set); "
                             "scripts/test starts one. Skipped.\n");
        return 77;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GovAssetsTests"));
    QApplication::setOrganizationName(QStringLiteral("GovAssets"));
    return Catch::Session().run(argc, argv);
}
