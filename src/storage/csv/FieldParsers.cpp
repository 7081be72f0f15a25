#include "storage/csv/FieldParsers.h"

namespace ga {

std::optional<qint64> parseScaled(QStringView text, int decimals)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    bool negative = false;
    if (pos < s.size() && (s[pos] == u'-' || s[pos] == u'+')) {
        negative = s[pos] == u'-';
        ++pos;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    int digits = 0;
    bool inFraction = false;
    for (; pos < s.size(); ++pos) {
        char16_t c = s[pos].unicode();
        if (c >= u'０' && c <= u'９')
            c = u'0' + (c - u'０');
        if (c >= u'0' && c <= u'9') {
            ++digits;
            if (!inFraction) {
                if (whole > 9'000'000'000'000LL)
                    return std::nullopt;
                whole = whole * 10 + (c - u'0');
            } else if (fractionDigits < decimals) {
                fraction = fraction * 10 + (c - u'0');
                ++fractionDigits;
            } else if (fractionDigits == decimals) {
                roundUp = c >= u'5';
                ++fractionDigits; // later digits do not matter
            }
        } else if ((c == u',' || c == u'，') && !inFraction && digits > 0) {
            continue;
        } else if ((c == u'.' || c == u'．') && !inFraction) {
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    for (int i = std::min(fractionDigits, decimals); i < decimals; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    qint64 value = whole * scale + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
}

} // namespace ga
