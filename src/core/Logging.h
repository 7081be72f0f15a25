#pragma once

#include <QString>

namespace ga {

// Sets up spdlog: a rotating file `govassets.log` in `logDir` (5 files of 5 MB) plus stderr.
// Debug level when `verbose`. Safe to call more than once (the last call wins).
void setupLogging(const QString &logDir, bool verbose);

} // namespace ga
