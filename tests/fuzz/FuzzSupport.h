#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets: a QCoreApplication for the text codecs and translations the
// code under test uses, the logs silenced (a rejected input is the normal case), and the input
// as Qt sees it.
namespace ga::fuzz {

inline void init()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        spdlog::set_level(spdlog::level::off);
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace ga::fuzz
