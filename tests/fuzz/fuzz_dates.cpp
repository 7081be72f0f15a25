// Date format detection over a column of samples (one per line) and parsing each sample in every
// known format and in the detected one.
#include "FuzzSupport.h"

#include "storage/csv/DateFormat.h"

#include <QDate>
#include <QTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ga::fuzz::init();
    const QStringList samples = QString::fromUtf8(ga::fuzz::bytes(data, size))
                                    .split(QLatin1Char('\n'));
    const ga::DateFormatGuess guess = ga::detectDateFormat(samples);
    if (guess.isOk() != guess.error.isEmpty())
        __builtin_trap(); // a format, or the reason there is none
    static const QStringList formats = ga::DateTimeFormat::knownFormats();
    for (const QString &sample : samples) {
        for (const QString &name : formats) {
            QDate date;
            QTime time;
            if (ga::DateTimeFormat(name).parse(sample, &date, &time) && !date.isValid())
                __builtin_trap(); // parsed means a real date
        }
        QTime t;
        ga::parseTimeOfDay(sample, &t);
    }
    if (guess.isOk())
        for (const QString &sample : samples) {
            QDate date;
            ga::DateTimeFormat(guess.format).parse(sample, &date);
        }
    return 0;
}
