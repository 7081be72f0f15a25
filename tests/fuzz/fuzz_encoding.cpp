// Encoding detection and decoding (UTF-8 with or without BOM, UTF-16, GB18030) of any bytes.
#include "FuzzSupport.h"

#include "storage/csv/TextEncoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ga::fuzz::init();
    const QByteArray bytes = ga::fuzz::bytes(data, size);
    const QString encoding = ga::detectTextEncoding(bytes);
    if (encoding.isEmpty())
        __builtin_trap(); // detection always names an encoding
    bool clean = true;
    ga::decodeText(bytes, encoding, &clean);
    return 0;
}
