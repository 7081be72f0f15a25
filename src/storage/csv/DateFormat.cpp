#include "storage/csv/DateFormat.h"

namespace ga {

namespace {

// Reads 1..maxDigits digits at `pos`; returns the count read (0 = none).
int readNumber(QStringView s, qsizetype &pos, int maxDigits, int *value)
{
    int n = 0;
    int v = 0;
    while (pos < s.size() && n < maxDigits) {
        const char16_t c = s[pos].unicode();
        if (c < u'0' || c > u'9')
            break;
        v = v * 10 + (c - u'0');
        ++pos;
        ++n;
    }
    *value = v;
    return n;
}

bool expect(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos < s.size() && s[pos].unicode() == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

QStringList DateTimeFormat::dateLayouts()
{
    return {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy.M.d"),
            QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy年M月d日"), QStringLiteral("d/M/yyyy"),
            QStringLiteral("M/d/yyyy")};
}

QStringList DateTimeFormat::knownFormats()
{
    QStringList all = dateLayouts();
    for (const QString &d : dateLayouts())
        all << d + QStringLiteral(" HH:mm");
    for (const QString &d : dateLayouts())
        all << d + QStringLiteral(" HH:mm:ss");
    return all;
}

DateTimeFormat::DateTimeFormat(const QString &name)
{
    QString datePart = name.trimmed();
    TimePart time = TimePart::None;
    if (datePart.endsWith(QLatin1String(" HH:mm:ss"))) {
        time = TimePart::Seconds;
        datePart.chop(9);
    } else if (datePart.endsWith(QLatin1String(" HH:mm"))) {
        time = TimePart::Minutes;
        datePart.chop(6);
    }
    static const Layout layouts[] = {Layout::IsoDash,  Layout::SlashYmd, Layout::DotYmd,
                                     Layout::Compact,  Layout::Chinese,  Layout::SlashDmy,
                                     Layout::SlashMdy};
    const QStringList names = dateLayouts();
    const qsizetype i = names.indexOf(datePart);
    if (i < 0)
        return;
    m_layout = layouts[i];
    m_time = time;
    m_name = name.trimmed();
}

bool DateTimeFormat::parseDate(QStringView s, qsizetype *consumed, QDate *date) const
{
    qsizetype pos = 0;
    int y = 0, m = 0, d = 0;
    bool ok = false;
    switch (m_layout) {
    case Layout::Invalid:
        return false;
    case Layout::IsoDash:
    case Layout::SlashYmd:
    case Layout::DotYmd: {
        const char16_t sep = m_layout == Layout::IsoDash ? u'-'
                             : m_layout == Layout::SlashYmd ? u'/'
                                                            : u'.';
        ok = readNumber(s, pos, 4, &y) == 4 && expect(s, pos, sep) && readNumber(s, pos, 2, &m) > 0
             && expect(s, pos, sep) && readNumber(s, pos, 2, &d) > 0;
        break;
    }
    case Layout::Compact:
        ok = readNumber(s, pos, 4, &y) == 4 && readNumber(s, pos, 2, &m) == 2
             && readNumber(s, pos, 2, &d) == 2;
        break;
    case Layout::Chinese:
        ok = readNumber(s, pos, 4, &y) == 4 && expect(s, pos, u'年') && readNumber(s, pos, 2, &m) > 0
             && expect(s, pos, u'月') && readNumber(s, pos, 2, &d) > 0;
        if (ok)
            expect(s, pos, u'日') || expect(s, pos, u'号');
        break;
    case Layout::SlashDmy:
        ok = readNumber(s, pos, 2, &d) > 0 && expect(s, pos, u'/') && readNumber(s, pos, 2, &m) > 0
             && expect(s, pos, u'/') && readNumber(s, pos, 4, &y) == 4;
        break;
    case Layout::SlashMdy:
        ok = readNumber(s, pos, 2, &m) > 0 && expect(s, pos, u'/') && readNumber(s, pos, 2, &d) > 0
             && expect(s, pos, u'/') && readNumber(s, pos, 4, &y) == 4;
        break;
    }
    if (!ok || !QDate::isValid(y, m, d))
        return false;
    *date = QDate(y, m, d);
    *consumed = pos;
    return true;
}

bool DateTimeFormat::parse(QStringView text, QDate *date, QTime *time, bool *hadTime,
                           bool *hadSeconds) const
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    QDate d;
    if (!parseDate(s, &pos, &d))
        return false;
    int h = 0, mi = 0, sec = 0;
    bool withTime = false;
    bool withSeconds = false;
    if (pos < s.size()) {
        const char16_t c = s[pos].unicode();
        if (c != u' ' && c != u'T' && c != u'\t')
            return false;
        while (pos < s.size() && (s[pos] == u' ' || s[pos] == u'T' || s[pos] == u'\t'))
            ++pos;
        if (readNumber(s, pos, 2, &h) == 0 || !expect(s, pos, u':') || readNumber(s, pos, 2, &mi) != 2)
            return false;
        withTime = true;
        if (expect(s, pos, u':')) {
            if (readNumber(s, pos, 2, &sec) != 2)
                return false;
            withSeconds = true;
            if (expect(s, pos, u'.')) {
                int fraction = 0;
                if (readNumber(s, pos, 9, &fraction) == 0)
                    return false;
            }
        }
        if (pos != s.size() || !QTime::isValid(h, mi, sec))
            return false;
    }
    *date = d;
    if (time)
        *time = QTime(h, mi, sec);
    if (hadTime)
        *hadTime = withTime;
    if (hadSeconds)
        *hadSeconds = withSeconds;
    return true;
}

DateFormatGuess detectDateFormat(const QStringList &samples)
{
    DateFormatGuess guess;
    if (samples.isEmpty()) {
        guess.error = DateTimeFormat::tr("The date column is empty: there is nothing to tell "
                                         "its format from.");
        return guess;
    }
    bool anyTime = false;
    bool anySeconds = false;
    QStringList fitting;
    for (const QString &layout : DateTimeFormat::dateLayouts()) {
        const DateTimeFormat format(layout);
        bool all = true;
        for (const QString &sample : samples) {
            QDate d;
            bool t = false, sec = false;
            if (!format.parse(sample, &d, nullptr, &t, &sec)) {
                all = false;
                break;
            }
            anyTime = anyTime || t;
            anySeconds = anySeconds || sec;
        }
        if (all)
            fitting << layout;
    }
    const QString suffix = anySeconds ? QStringLiteral(" HH:mm:ss")
                           : anyTime  ? QStringLiteral(" HH:mm")
                                      : QString();
    for (const QString &f : std::as_const(fitting))
        guess.candidates << f + suffix;
    if (guess.candidates.size() == 1) {
        guess.format = guess.candidates.first();
    } else if (guess.candidates.isEmpty()) {
        QString bad;
        for (const QString &sample : samples) {
            bool fitsOne = false;
            for (const QString &layout : DateTimeFormat::dateLayouts()) {
                QDate d;
                if (DateTimeFormat(layout).parse(sample, &d)) {
                    fitsOne = true;
                    break;
                }
            }
            if (!fitsOne) {
                bad = sample;
                break;
            }
        }
        guess.error = bad.isEmpty()
                          ? DateTimeFormat::tr("The dates are written in more than one format; "
                                               "choose the format of the date column.")
                          : DateTimeFormat::tr("The date format of \"%1\" is not recognised (known "
                                               "formats: %2).")
                                .arg(bad, DateTimeFormat::dateLayouts().join(QStringLiteral(", ")));
    } else {
        guess.error = DateTimeFormat::tr("The dates could be read as day/month or month/day (%1); "
                                         "choose the format of the date column.")
                          .arg(guess.candidates.join(QStringLiteral(" | ")));
    }
    return guess;
}

} // namespace ga
