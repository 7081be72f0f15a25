#include "core/Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ga {

void setupLogging(const QString &logDir, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(console);
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        try {
            const std::string file = QDir(logDir).filePath(QStringLiteral("govassets.log")).toStdString();
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 5);
            rotating->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
            sinks.push_back(rotating);
        } catch (const spdlog::spdlog_ex &e) {
            console->log(spdlog::details::log_msg("", spdlog::level::warn, e.what()));
        }
    }
    auto logger = std::make_shared<spdlog::logger>("govassets", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

} // namespace ga
