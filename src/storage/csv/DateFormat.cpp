#include "storage/csv/DateFormat.h"

#include <QRegularExpression>

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

// "8:30", "08:30:15", "08:30:15.250", "1:05 PM", "12:00 a.m.", "下午1:05": a time of day.
bool readTimeOfDay(QStringView text, int *h, int *mi, int *sec, bool *withSeconds)
{
    QStringView s = text.trimmed();
    int shift = -1; // -1 a 24-hour time, 0 before noon, 12 after
    // The usual cell, "08:30" or "08:30:15", starts and ends with a digit: no marker to look for.
    const bool plain = !s.isEmpty() && s.front().isDigit() && s.back().isDigit();
    if (plain) {
    } else if (s.startsWith(u"上午") || s.startsWith(u"下午")) {
        shift = s.startsWith(u"下午") ? 12 : 0;
        s = s.mid(2).trimmed();
    }
    const auto marker = [&s](QLatin1StringView am, QLatin1StringView pm) {
        if (s.endsWith(am, Qt::CaseInsensitive)) {
            s.chop(am.size());
            return 0;
        }
        if (s.endsWith(pm, Qt::CaseInsensitive)) {
            s.chop(pm.size());
            return 12;
        }
        return -1;
    };
    if (!plain) {
        if (shift < 0)
            shift = marker(QLatin1StringView("a.m."), QLatin1StringView("p.m."));
        if (shift < 0)
            shift = marker(QLatin1StringView("am"), QLatin1StringView("pm"));
        if (shift < 0)
            shift = marker(QLatin1StringView("a"), QLatin1StringView("p"));
        s = s.trimmed();
    }
    qsizetype pos = 0;
    *sec = 0;
    *withSeconds = false;
    if (readNumber(s, pos, 2, h) == 0 || !expect(s, pos, u':') || readNumber(s, pos, 2, mi) != 2)
        return false;
    if (expect(s, pos, u':')) {
        if (readNumber(s, pos, 2, sec) != 2)
            return false;
        *withSeconds = true;
        if (expect(s, pos, u'.')) {
            int fraction = 0;
            if (readNumber(s, pos, 9, &fraction) == 0)
                return false;
        }
    }
    if (pos != s.size())
        return false;
    if (shift >= 0) {
        if (*h < 1 || *h > 12)
            return false;
        *h = *h % 12 + shift;
    }
    return QTime::isValid(*h, *mi, *sec);
}

} // namespace

bool parseTimeOfDay(QStringView text, QTime *time)
{
    int h = 0, mi = 0, sec = 0;
    bool withSeconds = false;
    if (!readTimeOfDay(text, &h, &mi, &sec, &withSeconds))
        return false;
    *time = QTime(h, mi, sec);
    return true;
}

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

namespace {

// The date part of a name in Qt's notation ("MM/dd/yyyy", "yyyy-M-d") in the form
// dateLayouts() names it: padding of day and month does not matter when reading.
QString canonicalDatePart(QString d)
{
    if (d == QLatin1String("yyyyMMdd") || d == QLatin1String("yyyyMd"))
        return QStringLiteral("yyyyMMdd");
    d.replace(QLatin1String("MM"), QLatin1String("M"))
        .replace(QLatin1String("dd"), QLatin1String("d"));
    if (d == QLatin1String("yyyy-M-d"))
        return QStringLiteral("yyyy-MM-dd");
    if (d.endsWith(QLatin1Char('d')) && d.startsWith(QStringLiteral("yyyy年")))
        d += QStringLiteral("日");
    return d;
}

} // namespace

QStringList DateTimeFormat::qtNotationLayouts()
{
    return {QStringLiteral("yyyy-MM-dd"),     QStringLiteral("yyyy/MM/dd"),
            QStringLiteral("yyyy.MM.dd"),     QStringLiteral("yyyyMMdd"),
            QStringLiteral("yyyy年MM月dd日"), QStringLiteral("dd/MM/yyyy"),
            QStringLiteral("MM/dd/yyyy")};
}

DateTimeFormat::DateTimeFormat(const QString &name)
{
    QString datePart = name.trimmed();
    // A 12-hour marker changes nothing: times are read with or without AM / PM.
    for (const char *marker : {" AP", " ap", " A", " a"})
        if (datePart.endsWith(QLatin1String(marker))) {
            datePart.chop(qsizetype(qstrlen(marker)));
            break;
        }
    TimePart time = TimePart::None;
    static const QRegularExpression timeSuffix(
        QStringLiteral("(?:\\s+|'?T'?)([Hh]{1,2}):mm(:ss(?:\\.z{1,3})?)?$"));
    const QRegularExpressionMatch match = timeSuffix.match(datePart);
    if (match.hasMatch()) {
        time = match.capturedLength(2) > 0 ? TimePart::Seconds : TimePart::Minutes;
        datePart.truncate(match.capturedStart(0));
    }
    static const Layout layouts[] = {Layout::IsoDash,  Layout::SlashYmd, Layout::DotYmd,
                                     Layout::Compact,  Layout::Chinese,  Layout::SlashDmy,
                                     Layout::SlashMdy};
    const QStringList names = dateLayouts();
    const qsizetype i = names.indexOf(canonicalDatePart(datePart));
    if (i < 0)
        return;
    m_layout = layouts[i];
    m_time = time;
    m_name = names.at(i)
        + (time == TimePart::Seconds       ? QStringLiteral(" HH:mm:ss")
               : time == TimePart::Minutes ? QStringLiteral(" HH:mm")
                                           : QString());
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
        if (!readTimeOfDay(s.mid(pos), &h, &mi, &sec, &withSeconds))
            return false;
        withTime = true;
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
